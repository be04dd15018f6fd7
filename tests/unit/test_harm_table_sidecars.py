"""The built-in harm tables' sidecars and provenance: source checksums, and a build that reproduces them.

The sidecars store each source file's SHA-256 as ``"digest": "sha256:<hex>"``
(a bare quoted hex string is what plugins.qgis.org's secret scanner blocks);
PROVENANCE.md shows the same hex. (The checksum in every output's provenance
is the table CSV's own SHA-256, computed when the table is read: see
test_harm_table.py.)

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_harm_table_sidecars.py -q
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from soc_harm_plugin.domain.harm.harm_table import BUILTIN_TABLES
from tests.helpers import shared_data_dir
from tools.resources import build_harm_tables

REPO = Path(__file__).resolve().parents[2]
TABLES_DIR = REPO / "resources" / "harm_tables"
# a row of PROVENANCE.md's Sources table: | `file` | origin | `sha256 hex` |
SOURCE_ROW = re.compile(r"^\| `([^`]+)` \| .* \| `([0-9a-f]{64})` \|$", re.MULTILINE)


def _sources(key: str) -> list:
    return json.loads((TABLES_DIR / (key + ".json")).read_text(encoding="utf-8"))["source"]


def test_sidecar_source_digests_are_the_sha256_that_provenance_shows():
    shown = dict(SOURCE_ROW.findall((TABLES_DIR / "PROVENANCE.md").read_text(encoding="utf-8")))
    assert sorted(shown) == sorted(build_harm_tables.SOURCES)
    for key in BUILTIN_TABLES:
        sources = _sources(key)
        assert len(sources) == 2
        for source in sources:
            assert sorted(source) == ["digest", "file", "origin"]
            assert source["digest"] == "sha256:" + shown[source["file"]]


def test_sidecar_source_digests_are_the_sha256_of_the_source_files():
    weights = shared_data_dir() / "weights"
    for key in BUILTIN_TABLES:
        for source in _sources(key):
            assert source["digest"] == "sha256:" + hashlib.sha256((weights / source["file"]).read_bytes()).hexdigest()


def test_build_harm_tables_regenerates_the_committed_files(tmp_path):
    shared = shared_data_dir().parent
    build_harm_tables.main(["--shared", str(shared), "--out", str(tmp_path)])
    committed = sorted(p.name for p in TABLES_DIR.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == committed
    for name in committed:
        assert (tmp_path / name).read_bytes() == (TABLES_DIR / name).read_bytes(), name
