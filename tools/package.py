"""Stage, zip and check the installable plugin (standard library only).

In the repository, metadata.txt, LICENSE, resources/, processing/ and i18n/
sit beside the ``soc_harm_plugin`` package; an installed plugin carries them
INSIDE its folder (see ``soc_harm_plugin/about.py``). Staging builds that
installed layout; the zip wraps it in one top-level folder; the check applies
what plugins.qgis.org's upload validator rejects, before anyone uploads.

    python -m tools.package stage build/plugin      -> build/plugin/soc_harm_plugin/
    python -m tools.package zip dist                -> dist/soc_harm_plugin-<version>.zip
    python -m tools.package check dist/soc_harm_plugin-0.1.0.zip
    python -m tools.package scan dist/soc_harm_plugin-0.1.0.zip    -> plugins.qgis.org's upload scan
"""
from __future__ import annotations

import argparse
import configparser
import fnmatch
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Iterable, List, Optional
from urllib.parse import urlparse

from tools import upload_scan

REPO = Path(__file__).resolve().parents[1]
PLUGIN_NAME = "soc_harm_plugin"

# plugins.qgis.org: PLUGIN_MAX_UPLOAD_SIZE = 25000000 bytes.
MAX_ZIP_BYTES = 25_000_000
REQUIRED_METADATA = (
    "name",
    "description",
    "version",
    "qgisMinimumVersion",
    "author",
    "email",
    "about",
    "tracker",
    "repository",
)
# Not demanded by the site's validator, but by our own listing: the plugin
# shows up under a category and tags, with its icon, and its algorithms only
# reach qgis_process when hasProcessingProvider=yes.
LISTING_METADATA = ("tags", "category", "icon")
URL_METADATA = ("tracker", "repository", "homepage")
FORBIDDEN_DIRS = ("__pycache__", ".git", "__MACOSX")

# Never staged, wherever they appear.
IGNORED = (
    "__pycache__",
    "*.pyc",
    "*.pyo",
    ".git",
    ".gitignore",
    ".gitkeep",
    ".DS_Store",
    "__MACOSX",
    ".pytest_cache",
    ".mypy_cache",
    "tests",
    "*~",
    "*.swp",
    "*.orig",
    "*.rej",
)


class StagingError(RuntimeError):
    """The repository cannot be staged as it is; the message says why."""


def read_metadata(path: Optional[Path] = None) -> dict:
    """The [general] section of metadata.txt (the repository's by default)."""
    path = Path(path) if path else REPO / "metadata.txt"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep qgisMinimumVersion's case
    parser.read(path, encoding="utf-8")
    return dict(parser["general"])


def plugin_version() -> str:
    return read_metadata()["version"].strip()


def default_zip_name() -> str:
    return "%s-%s.zip" % (PLUGIN_NAME, plugin_version())


def _ignore(directory: str, names: List[str]) -> List[str]:
    return [n for n in names if any(fnmatch.fnmatch(n, pat) for pat in IGNORED)]


def find_lrelease() -> Optional[str]:
    """Qt 5's lrelease; Debian's /usr/bin/lrelease is a qtchooser shim."""
    for candidate in (os.environ.get("LRELEASE"), "/usr/lib/qt5/bin/lrelease"):
        if candidate and Path(candidate).is_file():
            return candidate
    for name in ("lrelease-qt5", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    return None


def compile_translations(ts_files: Iterable[Path], out_dir: Path) -> List[Path]:
    """Run lrelease on each .ts, writing <stem>.qm into out_dir."""
    ts_files = sorted(ts_files)
    if not ts_files:
        return []
    lrelease = find_lrelease()
    if lrelease is None:
        raise StagingError(
            "i18n/ holds .ts files but lrelease is missing: install "
            "qttools5-dev-tools (make setup does) or set LRELEASE=/path/to/lrelease"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in ts_files:
        qm = out_dir / (ts.stem + ".qm")
        run = subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(qm)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            universal_newlines=True,
        )
        if run.returncode != 0 or not qm.is_file():
            raise StagingError("lrelease failed on %s:\n%s" % (ts, run.stdout))
        built.append(qm)
    return built


def stage(dest_dir) -> Path:
    """Copy the installable plugin into dest_dir/soc_harm_plugin/ and return it.

    An older staged copy is replaced. Translations are compiled from
    i18n/*.ts straight into the staged i18n/, so a package always carries
    .qm files that match the sources.
    """
    package = REPO / PLUGIN_NAME
    if not (package / "__init__.py").is_file():
        raise StagingError("%s/__init__.py is missing" % package)
    for required in ("metadata.txt", "LICENSE"):
        if not (REPO / required).is_file():
            raise StagingError("%s is missing from the repository root" % required)
    if not (REPO / "resources").is_dir():
        raise StagingError("resources/ is missing from the repository root")
    if (REPO / "processing" / "__init__.py").exists():
        raise StagingError(
            "processing/__init__.py must not exist: processing/ holds help and "
            "models, not Python (plugins.qgis.org and QGIS expect no package there)"
        )

    target = Path(dest_dir).resolve() / PLUGIN_NAME
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(package, target, ignore=_ignore)

    for name in ("metadata.txt", "LICENSE", "README.md"):
        if (REPO / name).is_file():
            shutil.copy2(REPO / name, target / name)
    for folder in ("resources", "processing"):
        source = REPO / folder
        if not source.is_dir():
            continue
        if (target / folder).exists():
            raise StagingError(
                "%s/%s clashes with the repository's %s/ when staged"
                % (PLUGIN_NAME, folder, folder)
            )
        shutil.copytree(source, target / folder, ignore=_ignore)

    i18n = REPO / "i18n"
    if i18n.is_dir():
        ts_files = list(i18n.glob("*.ts"))
        if ts_files:
            compile_translations(ts_files, target / "i18n")
        else:  # .qm built elsewhere and no sources: ship what is there
            for qm in sorted(i18n.glob("*.qm")):
                (target / "i18n").mkdir(exist_ok=True)
                shutil.copy2(qm, target / "i18n" / qm.name)
    return target


def _zip_info(arcname: str, source: Path) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo.from_file(source, arcname, strict_timestamps=False)
    if source.is_dir():
        info.external_attr = (0o40755 << 16) | 0x10
    else:
        info.external_attr = 0o100644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
    return info


def build_zip(dest_zip) -> Path:
    """Stage into a temporary folder and zip it under one top-level folder.

    dest_zip is the zip's path, or an existing folder (or a path ending in a
    separator) to receive soc_harm_plugin-<version>.zip. Entries are sorted,
    the folder entry first (the site takes the package name from the first
    entry), with plain 644/755 permissions.
    """
    dest = Path(dest_zip)
    if dest.is_dir() or str(dest_zip).endswith(("/", os.sep)):
        dest = dest / default_zip_name()
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="soc_harm_stage_") as tmp:
        root = stage(tmp)
        paths = sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix())
        partial = dest.with_name(dest.name + ".part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(_zip_info(PLUGIN_NAME + "/", root), b"")
            for path in paths:
                arcname = PLUGIN_NAME + "/" + path.relative_to(root).as_posix()
                if path.is_dir():
                    zf.writestr(_zip_info(arcname + "/", path), b"")
                else:
                    zf.writestr(_zip_info(arcname, path), path.read_bytes())
        partial.replace(dest)
    return dest


def _metadata_problems(text: str, names: set, package: str) -> List[str]:
    problems = []
    # The site parses with a default ConfigParser: '%' interpolation included.
    parser = configparser.ConfigParser()
    parser.optionxform = str
    try:
        parser.read_file(io.StringIO(text))
        if not parser.has_section("general"):
            return ["metadata.txt has no [general] section"]
        meta = dict(parser.items("general"))
    except configparser.Error as exc:
        return ["metadata.txt does not parse as plugins.qgis.org reads it: %s" % exc]

    for key in REQUIRED_METADATA + LISTING_METADATA:
        if not meta.get(key, "").strip():
            problems.append("metadata.txt: required key %r is missing or empty" % key)
    if meta.get("hasProcessingProvider", "").strip().lower() != "yes":
        problems.append(
            "metadata.txt: hasProcessingProvider must be 'yes' (found %r); without it "
            "qgis_process never lists the algorithms" % meta.get("hasProcessingProvider")
        )
    icon = meta.get("icon", "").strip()
    if icon:
        icon_name = package + "/" + (icon[2:] if icon.startswith("./") else icon)
        if icon_name not in names:
            problems.append("metadata.txt: icon %r is not in the zip (%s)" % (icon, icon_name))
    for key in URL_METADATA:
        value = meta.get(key, "").strip()
        if not value:
            continue
        parsed = urlparse(value)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            problems.append("metadata.txt: %s is not a web address: %r" % (key, value))
    if "/" in meta.get("author", ""):
        problems.append("metadata.txt: author must not contain '/'")
    minimum = meta.get("qgisMinimumVersion", "").strip()
    if minimum and not re.match(r"^\d+\.\d+(\.\d+)?$", minimum):
        problems.append("metadata.txt: qgisMinimumVersion %r is not like 3.22" % minimum)
    return problems


def check_zip(zip_path) -> List[str]:
    """Problems plugins.qgis.org (or our own listing rules) would reject; [] if none."""
    path = Path(zip_path)
    if not path.is_file():
        return ["%s does not exist" % path]
    problems = []
    size = path.stat().st_size
    if size > MAX_ZIP_BYTES:
        problems.append("zip is %d bytes, over the %d-byte limit" % (size, MAX_ZIP_BYTES))
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        return problems + ["not a readable zip: %s" % exc]

    with zf:
        names = zf.namelist()
        if not names:
            return problems + ["zip is empty"]
        bad = zf.testzip()
        if bad:
            problems.append("corrupt entry (CRC error): %s" % bad)

        for name in names:
            parts = name.rstrip("/").split("/")
            if name.startswith("/") or ".." in name or "\\" in name:
                problems.append("unsafe path in zip: %s" % name)
            if ".pyc" in name or name.endswith(".pyo"):
                problems.append("compiled Python in zip: %s" % name)
            for forbidden in FORBIDDEN_DIRS:
                if forbidden in parts:
                    problems.append("%s directory in zip: %s" % (forbidden, name))

        loose = [n for n in names if "/" not in n]
        if loose:
            problems.append("files outside the plugin folder: %s" % ", ".join(loose))
        tops = sorted({n.split("/")[0] for n in names if "/" in n})
        if len(tops) != 1:
            problems.append(
                "expected one top-level folder, found %d: %s" % (len(tops), ", ".join(tops))
            )
        if "/" not in names[0]:
            problems.append("first zip entry %r is not inside a folder" % names[0])
        package = names[0].split("/")[0] if "/" in names[0] else (tops[0] if tops else "")
        if not package:
            return problems
        if not (package.isidentifier() and re.match(r"^[A-Za-z][A-Za-z0-9_]+$", package)):
            problems.append(
                "top-level folder %r is not a Python identifier of ASCII letters, "
                "digits and '_' starting with a letter" % package
            )

        name_set = set(names)
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if package + "/" + required not in name_set:
                problems.append("%s/%s is missing" % (package, required))
        if package + "/processing/__init__.py" in name_set:
            problems.append(
                "%s/processing/__init__.py must not exist (processing/ holds help "
                "and models)" % package
            )

        metadata_name = package + "/metadata.txt"
        if metadata_name in name_set:
            try:
                text = zf.read(metadata_name).decode("utf-8")
            except UnicodeDecodeError as exc:
                problems.append("metadata.txt is not UTF-8: %s" % exc)
            else:
                problems.extend(_metadata_problems(text, name_set, package))
    return problems


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.package", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_stage = sub.add_parser("stage", help="copy the installable plugin into DEST/soc_harm_plugin/")
    p_stage.add_argument("dest", nargs="?", default=str(REPO / "build" / "plugin"))
    p_zip = sub.add_parser("zip", help="build the plugin zip (DEST: a .zip path or a folder)")
    p_zip.add_argument("dest", nargs="?", default=str(REPO / "dist"))
    p_zip.add_argument("--check", action="store_true", help="also run the checks")
    p_check = sub.add_parser("check", help="check a zip as plugins.qgis.org would")
    p_check.add_argument("zip")
    p_scan = sub.add_parser("scan", help="run plugins.qgis.org's upload scan (Bandit, detect-secrets: blocking; "
                            "flake8: advisory) on a zip; needs .venv-scan")
    p_scan.add_argument("zip")
    sub.add_parser("version", help="print the version from metadata.txt")
    args = parser.parse_args(argv)

    try:
        if args.command == "version":
            print(plugin_version())
            return 0
        if args.command == "scan":
            return upload_scan.main([args.zip])
        if args.command == "stage":
            print(stage(args.dest))
            return 0
        if args.command == "zip":
            dest = Path(args.dest)
            if not dest.suffix == ".zip":
                dest.mkdir(parents=True, exist_ok=True)
            built = build_zip(dest)
            print(built)
            if not args.check:
                return 0
            zip_to_check = built
        else:
            zip_to_check = Path(args.zip)
    except StagingError as exc:
        print("error: %s" % exc, file=sys.stderr)
        return 1

    problems = check_zip(zip_to_check)
    if problems:
        print("%s FAILS the plugin checks:" % zip_to_check, file=sys.stderr)
        for problem in problems:
            print("  - " + problem, file=sys.stderr)
        return 1
    with zipfile.ZipFile(zip_to_check) as zf:
        count = sum(1 for n in zf.namelist() if not n.endswith("/"))
    print(
        "%s passes the plugin checks (%d files, %.1f kB)"
        % (zip_to_check, count, zip_to_check.stat().st_size / 1000.0),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
