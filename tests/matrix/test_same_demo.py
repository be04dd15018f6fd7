"""The demo gives the same results on every QGIS of the matrix.

`make test-matrix` runs `make demo` on the host QGIS and in the Debian 13
chroots (tools/qgis_matrix.sh) and gathers each one's output/demo into
build/matrix/<version>/; these tests compare them. Run by make test-matrix only.
"""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

MATRIX = Path(__file__).resolve().parents[2] / "build" / "matrix"


def _runs():
    runs = sorted(p for p in MATRIX.glob("*") if p.is_dir() and (p / "sectors_ranked.csv").is_file())
    if len(runs) < 2:
        pytest.fail("build/matrix holds {0} demo run(s); `make test-matrix` gathers one per QGIS version".format(
            len(runs)))
    return runs


def _files(run: Path):
    return sorted(str(p.relative_to(run)) for p in run.rglob("*") if p.is_file() and p.name != "VERSIONS.txt")


def test_every_version_writes_the_same_files():
    runs = _runs()
    first = _files(runs[0])

    for run in runs[1:]:
        assert _files(run) == first, "{0} and {1} wrote different files".format(runs[0].name, run.name)


def test_ranked_csvs_are_identical_on_every_version():
    runs = _runs()
    ranked = sorted(p.name for p in runs[0].glob("*_ranked.csv"))
    assert len(ranked) >= 5  # sectors, wards, streets, and the scheme's sectors and wards

    for name in ranked:
        expected = (runs[0] / name).read_bytes()
        for run in runs[1:]:
            assert (run / name).read_bytes() == expected, "{0} differs between {1} and {2}".format(
                name, runs[0].name, run.name)


def _cells(path: Path):
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def test_every_csv_holds_the_same_values_on_every_version():
    # GDAL 3.6 (QGIS 3.22 on Debian 12) quotes integers in CSV ("202"), GDAL 3.10 does
    # not: the cells are compared, to the last digit, not the quoting
    runs = _runs()
    names = sorted(str(p.relative_to(runs[0])) for p in runs[0].rglob("*.csv"))
    assert names

    differing = [(name, run.name) for name in names for run in runs[1:]
                 if _cells(run / name) != _cells(runs[0] / name)]

    assert differing == []


def _tables(gpkg: Path) -> dict:
    """Every feature and attribute table of a GeoPackage: its rows, geometry as WKB bytes."""
    con = sqlite3.connect(str(gpkg))
    try:
        names = [n for (n,) in con.execute(
            "select table_name from gpkg_contents where data_type in ('features', 'attributes') "
            "and table_name != 'layer_styles' order by 1")]
        out = {}
        for name in names:
            columns = [c[1] for c in con.execute('pragma table_info("{0}")'.format(name))]
            out[name] = (columns, con.execute('select * from "{0}" order by 1'.format(name)).fetchall())
        return out
    finally:
        con.close()


def test_every_geopackage_holds_the_same_rows_on_every_version():
    # styles (layer_styles) are written by each QGIS in its own dialect; the data must not differ
    runs = _runs()
    names = sorted(str(p.relative_to(runs[0])) for p in runs[0].rglob("*.gpkg"))
    assert len(names) >= 10

    differing = []
    for name in names:
        expected = _tables(runs[0] / name)
        for run in runs[1:]:
            got = _tables(run / name)
            differing += [(name, table, run.name) for table in expected if got.get(table) != expected[table]]

    assert differing == []
