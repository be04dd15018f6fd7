"""Run plugins.qgis.org's upload scan on the plugin zip, before uploading it.

plugins.qgis.org scans every uploaded plugin version with Bandit,
detect-secrets and flake8. A Bandit or detect-secrets finding BLOCKS the
version (no download, no approval); flake8 is advisory. This module runs the
same tools, with the same options and rules, on the same thing the site
scans: the zip, extracted into an empty folder. It needs only the standard
library; the tools come from their own venv (``.venv-scan``, built by the
Makefile from ``requirements-scan.txt``) and run in subprocesses.

Where the rules come from: the public repository qgis/QGIS-Plugins-Website,
read at commit 73c20fa (2026-07-23):

* ``qgis-app/plugins/security_scanner.py``: how each tool is called;
* ``qgis-app/plugins/tasks/run_security_scan.py``: a version is blocked when a
  "critical" check fails, and the Bandit and secrets checks are the critical
  ones (any one finding fails them; the severity stored with a rule only
  changes how the site displays it); flake8 is an "info" check;
* ``qgis-app/plugins/management/commands/data/{bandit,secrets,flake8}_rules.json``:
  the rules the site enables (its rule table is seeded from them);
* ``dockerize/docker/REQUIREMENTS.txt``: bandit~=1.9, detect-secrets~=1.5,
  flake8~=7.3, flake8-json~=24.4.

With its rule table filled (as on plugins.qgis.org: a LOW-severity B101
blocks there), the site runs, on the extracted zip:

* ``bandit -r DIR -f json --quiet -t <enabled tests>``: every severity and
  confidence counts;
* ``detect-secrets scan --all-files --exclude-files metadata\\.txt
  --exclude-files \\.secrets\\.baseline --disable-plugin <each disabled
  detector> .`` from DIR: every result counts;
* ``flake8 --format=json --max-line-length=120 --select <enabled codes>
  <every .py file>``: advisory only.

Those are the commands below. Where the site is lenient we are not: a tool
that is missing, times out or fails is an error here, never a pass; and a
``.secrets.baseline``, ``.bandit`` or ``.flake8`` shipped in the zip is
reported, not used (the site passes a shipped baseline to ``detect-secrets
scan --baseline``, which rewrites that file and prints nothing, so the site
sees no secret at all). Fix the cause of a finding instead.

    python -m tools.upload_scan dist/soc_harm_plugin-0.1.0.zip   # exit 0 clean, 1 blocked, 2 scan failed
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BIN = REPO / ".venv-scan" / "bin"
BIN_ENV = "SOC_HARM_SCAN_BIN"  # another folder holding bandit, detect-secrets and flake8

# The site's enabled rules (the "enabled": true entries of its data/*_rules.json).
# Bandit 1.9 no longer has B111 and B320; it warns about them and goes on, as on the site.
SITE_BANDIT_TESTS = (
    "B101,B102,B103,B104,B105,B106,B107,B108,B110,B111,B112,B113,B201,B202,"
    "B301,B302,B303,B304,B305,B306,B307,B308,B310,B311,B312,B313,B314,B315,"
    "B316,B317,B318,B319,B320,B321,B323,B324,B401,B402,B403,B405,B406,B407,"
    "B408,B409,B412,B413,B501,B502,B503,B504,B505,B506,B507,B508,B509,B601,"
    "B602,B603,B604,B605,B606,B607,B608,B609,B610,B611,B612,B613,B614,B615,"
    "B701,B702,B703,B704"
)
SITE_SECRETS_DISABLED = ("IPPublicDetector",)  # every other detector of detect-secrets 1.5 runs
SITE_FLAKE8_SELECT = (
    "C901,E101,E711,E712,E713,E714,E721,E722,E731,E741,E742,E743,E901,E902,"
    "E999,F402,F403,F404,F405,F811,F821,F822,F823,F831,F901,W605"
)
# Files the site would take as tool configuration (see the module docstring).
SCANNER_CONFIG_FILES = (".bandit", ".secrets.baseline", ".flake8")
TIMEOUT_S = 600  # generous: a slow tool is an error here, never a pass


class ScanError(RuntimeError):
    """The scan could not run or its output could not be read; the message says why."""


@dataclass(frozen=True)
class Finding:
    tool: str
    file: str  # path inside the zip, e.g. soc_harm_plugin/domain/community/priorities.py
    line: int
    rule: str  # Bandit test id, detect-secrets secret type, flake8 code
    text: str

    def __str__(self) -> str:
        return "%s  %s:%d  %s  %s" % (self.tool, self.file, self.line, self.rule, self.text)


@dataclass
class ScanReport:
    bandit: List[Finding] = field(default_factory=list)  # blocking
    secrets: List[Finding] = field(default_factory=list)  # blocking
    flake8: List[Finding] = field(default_factory=list)  # advisory
    flake8_default: int = 0  # advisory findings with flake8's default rules (the site's fallback with no rule table)
    files: int = 0  # files in the zip
    python_files: int = 0
    bandit_loc: int = 0  # lines of code Bandit says it read: proof that it scanned
    config_files: List[str] = field(default_factory=list)

    @property
    def blocking(self) -> List[Finding]:
        return self.bandit + self.secrets


def tool_paths(bin_dir=None) -> Dict[str, Path]:
    """bandit, detect-secrets and flake8 in bin_dir (or $SOC_HARM_SCAN_BIN, or .venv-scan/bin)."""
    folder = Path(bin_dir or os.environ.get(BIN_ENV) or DEFAULT_BIN)
    paths = {name: folder / name for name in ("bandit", "detect-secrets", "flake8")}
    missing = [name for name, path in paths.items() if not os.access(str(path), os.X_OK)]
    if missing:
        raise ScanError(
            "%s not found in %s: build the scanners' venv with `make %s/.setup-stamp` "
            "(make package does)" % (", ".join(missing), folder, DEFAULT_BIN.parent.name)
        )
    return paths


def _run(cmd: Sequence[str], cwd: Path, ok_codes=(0, 1)) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    try:
        run = subprocess.run(
            [str(c) for c in cmd], cwd=str(cwd), env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, universal_newlines=True, timeout=TIMEOUT_S,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ScanError("%s did not run: %s" % (Path(str(cmd[0])).name, exc)) from None
    if run.returncode not in ok_codes:
        raise ScanError("%s exited with %d:\n%s" % (Path(str(cmd[0])).name, run.returncode, run.stderr.strip()[-2000:]))
    return run.stdout


def _json(text: str, tool: str):
    try:
        return json.loads(text)
    except ValueError:
        raise ScanError("%s printed no JSON report: %r" % (tool, text[:200])) from None


def _source_line(root: Path, name: str, line: int) -> str:
    try:
        lines = (root / name).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return text if len(text) <= 160 else text[:157] + "..."


def _relative(root: Path, filename: str) -> str:
    path = Path(filename)
    if not path.is_absolute():
        path = root / path
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return filename


def run_bandit(root: Path, bandit: Path) -> Tuple[List[Finding], int]:
    report = _json(_run([bandit, "-r", root, "-f", "json", "--quiet", "-t", SITE_BANDIT_TESTS], root), "bandit")
    if report.get("errors"):
        raise ScanError("bandit could not scan: %s" % "; ".join(
            "%s: %s" % (_relative(root, e.get("filename", "?")), e.get("reason", "?")) for e in report["errors"]))
    findings = []
    for r in report.get("results", []):
        name = _relative(root, r.get("filename", ""))
        line = int(r.get("line_number") or 0)
        text = "%s [%s severity, %s confidence]" % (r.get("issue_text", ""), r.get("issue_severity", "?"),
                                                    r.get("issue_confidence", "?"))
        code = _source_line(root, name, line)
        findings.append(Finding("bandit", name, line, r.get("test_id", "?"), text + (": " + code if code else "")))
    loc = int(report.get("metrics", {}).get("_totals", {}).get("loc", 0))
    return findings, loc


def run_detect_secrets(root: Path, detect_secrets: Path) -> List[Finding]:
    cmd = [detect_secrets, "scan", "--all-files",
           "--exclude-files", r"metadata\.txt", "--exclude-files", r"\.secrets\.baseline"]
    for plugin in SITE_SECRETS_DISABLED:
        cmd += ["--disable-plugin", plugin]
    report = _json(_run(cmd + ["."], root, ok_codes=(0,)), "detect-secrets")
    findings = []
    for filename, secrets in sorted(report.get("results", {}).items()):
        name = _relative(root, filename)
        for s in secrets:
            line = int(s.get("line_number") or 0)
            findings.append(Finding("detect-secrets", name, line, str(s.get("type", "?")),
                                    "possible secret: " + _source_line(root, name, line)))
    return findings


def run_flake8(root: Path, flake8: Path, python_files: List[Path], select: Optional[str] = SITE_FLAKE8_SELECT
               ) -> List[Finding]:
    if not python_files:
        return []
    cmd = [flake8, "--format=json", "--max-line-length=120"] + (["--select", select] if select else [])
    report = _json(_run(cmd + python_files, root), "flake8")
    return [
        Finding("flake8", _relative(root, filename), int(i.get("line_number") or 0), str(i.get("code", "?")),
                str(i.get("text", "")))
        for filename, issues in sorted(report.items()) for i in issues
    ]


def scan_tree(root, bin_dir=None) -> ScanReport:
    """Scan a folder that holds an extracted plugin zip (the plugin folder inside it)."""
    root = Path(root)
    tools = tool_paths(bin_dir)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    python_files = [p for p in files if p.name.endswith(".py")]
    report = ScanReport(files=len(files), python_files=len(python_files))
    report.config_files = [p.relative_to(root).as_posix() for p in files if p.name in SCANNER_CONFIG_FILES]
    if python_files:
        report.bandit, report.bandit_loc = run_bandit(root, tools["bandit"])
    report.secrets = run_detect_secrets(root, tools["detect-secrets"])
    report.flake8 = run_flake8(root, tools["flake8"], python_files)
    report.flake8_default = len(run_flake8(root, tools["flake8"], python_files, select=None))
    return report


def scan_zip(zip_path, bin_dir=None) -> ScanReport:
    """Extract the zip into an empty temporary folder, as the site does, and scan it."""
    zip_path = Path(zip_path)
    tool_paths(bin_dir)  # fail before extracting anything
    tmp = Path(tempfile.mkdtemp(prefix="soc_harm_upload_scan_"))
    try:
        try:
            with zipfile.ZipFile(zip_path) as zf:
                zf.extractall(tmp)
        except (OSError, zipfile.BadZipFile) as exc:
            raise ScanError("cannot extract %s: %s" % (zip_path, exc)) from None
        return scan_tree(tmp, bin_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def report_lines(report: ScanReport, label: str) -> List[str]:
    """The scan's summary, each blocking finding (tool, file:line, rule, text), and the verdict."""
    def plural(n: int) -> str:
        return "%d finding%s" % (n, "" if n == 1 else "s")

    lines = ["upload scan of %s, as plugins.qgis.org runs it: %d files, %d Python (%d lines of code)"
             % (label, report.files, report.python_files, report.bandit_loc)]
    for title, findings in (("Bandit", report.bandit), ("detect-secrets", report.secrets)):
        lines.append("  %s (blocking): %s" % (title, plural(len(findings))))
        lines.extend("    %s" % f for f in findings)
    codes = sorted(Counter(f.rule for f in report.flake8).items())
    lines.append("  flake8 (advisory, does not block): %s with the site's rules%s; %d with flake8's default rules"
                 % (plural(len(report.flake8)), (" (" + ", ".join("%s %d" % c for c in codes) + ")") if codes else "",
                    report.flake8_default))
    lines.extend("  note: %s is a scanner config file the site would let change its results; this scan "
                 "ignores it: fix the findings instead" % name for name in report.config_files)
    if report.blocking:
        lines.append("upload scan: FAIL: %s blocking; plugins.qgis.org would block this version"
                     % plural(len(report.blocking)))
    else:
        lines.append("upload scan: PASS (0 blocking findings)")
    return lines


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.upload_scan", description=__doc__.split("\n\n")[0])
    parser.add_argument("zip", help="the plugin zip, as it will be uploaded")
    parser.add_argument("--bin", help="folder holding bandit, detect-secrets and flake8 (default: $%s or %s)"
                        % (BIN_ENV, DEFAULT_BIN.relative_to(REPO)))
    args = parser.parse_args(argv)
    try:
        report = scan_zip(args.zip, args.bin)
    except ScanError as exc:
        print("upload scan: ERROR: %s" % exc, file=sys.stderr)
        return 2
    print("\n".join(report_lines(report, args.zip)))
    return 1 if report.blocking else 0


if __name__ == "__main__":
    sys.exit(main())
