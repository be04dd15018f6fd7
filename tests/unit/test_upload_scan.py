"""Specification of tools/upload_scan.py: plugins.qgis.org's upload scan on our package (no QGIS).

These tests run the real Bandit, detect-secrets and flake8 from .venv-scan
(`make test` builds it from requirements-scan.txt), on zips built the way
tools/package.py builds the one we upload.

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_upload_scan.py -q
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tools import package, upload_scan

PLUGIN = "soc_harm_plugin"


def _zip_tree(root: Path, dest: Path) -> Path:
    """Zip root's contents (the plugin folder inside it) as the upload would hold them."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(root.rglob("*")):
            zf.write(path, path.relative_to(root).as_posix())
    return dest


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


@pytest.fixture(scope="module")
def package_zip(tmp_path_factory) -> Path:
    return package.build_zip(tmp_path_factory.mktemp("dist") / "plugin.zip")


@pytest.fixture(scope="module")
def package_scan(package_zip):
    return upload_scan.scan_zip(package_zip)


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """A staged copy of the plugin with an assert and a bare sha256 hex planted, zipped and scanned once."""
    root = tmp_path_factory.mktemp("planted")
    staged = package.stage(root / "tree")
    module = staged / "domain" / "community" / "priorities.py"
    module.write_text(
        module.read_text(encoding="utf-8") + "\n\ndef _planted_check(n):\n    assert n > 0, 'planted'\n",
        encoding="utf-8",
    )
    # the way the sidecars stored their source checksums before: a bare quoted hex string
    sidecar = staged / "resources" / "harm_tables" / "ons_css_ho_code.json"
    text = sidecar.read_text(encoding="utf-8")
    assert '"digest": "sha256:' in text
    sidecar.write_text(text.replace('"digest": "sha256:', '"sha256": "'), encoding="utf-8")
    hex_lines = [i for i, line in enumerate(sidecar.read_text(encoding="utf-8").splitlines(), 1)
                 if '"sha256": "' in line]
    report = upload_scan.scan_zip(_zip_tree(root / "tree", root / "planted.zip"))
    return {
        "report": report,
        "assert_line": _line_of(module, "assert n > 0, 'planted'"),
        "hex_lines": hex_lines,
    }


def test_upload_scan_of_the_staged_package_finds_nothing_that_blocks(package_scan):
    assert package_scan.blocking == [], "\n".join(upload_scan.report_lines(package_scan, "the package"))


def test_upload_scan_of_the_package_read_every_python_file(package_zip, package_scan):
    # a clean verdict means something only if the scanners read the plugin
    with zipfile.ZipFile(package_zip) as zf:
        python_in_zip = [name for name in zf.namelist() if name.endswith(".py")]
    assert package_scan.python_files == len(python_in_zip) > 50
    assert package_scan.bandit_loc > 10_000


def test_upload_scan_reports_an_assert_planted_in_a_staged_package_as_b101(planted):
    found = [(f.tool, f.file, f.line, f.rule) for f in planted["report"].bandit]
    assert found == [("bandit", PLUGIN + "/domain/community/priorities.py", planted["assert_line"], "B101")]


def test_upload_scan_reports_a_bare_hex_checksum_planted_in_a_staged_package_as_a_secret(planted):
    found = [(f.tool, f.file, f.line, f.rule) for f in planted["report"].secrets]
    sidecar = PLUGIN + "/resources/harm_tables/ons_css_ho_code.json"
    assert len(planted["hex_lines"]) == 2
    assert found == [("detect-secrets", sidecar, line, "Hex High Entropy String") for line in planted["hex_lines"]]


def test_upload_scan_report_names_tool_file_line_rule_and_verdict_of_a_blocked_package(planted):
    lines = upload_scan.report_lines(planted["report"], "planted.zip")
    bandit = "    bandit  %s/domain/community/priorities.py:%d  B101  Use of assert detected." % (PLUGIN, planted[
        "assert_line"])
    secret = "    detect-secrets  %s/resources/harm_tables/ons_css_ho_code.json:%d  Hex High Entropy String  " % (
        PLUGIN, planted["hex_lines"][0])
    assert [line for line in lines if line.startswith(bandit)] != []
    assert [line for line in lines if line.startswith(secret)] != []
    assert lines[-1] == "upload scan: FAIL: 3 findings blocking; plugins.qgis.org would block this version"


def test_upload_scan_of_a_package_without_the_scanners_is_an_error_not_a_pass(tmp_path, package_zip):
    with pytest.raises(upload_scan.ScanError, match="bandit, detect-secrets, flake8 not found"):
        upload_scan.scan_zip(package_zip, bin_dir=tmp_path / "no-such-venv")
