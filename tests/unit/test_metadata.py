"""metadata.txt offers the plugin to every QGIS it supports, 3.22 to 4.x."""
from __future__ import annotations

import configparser
from pathlib import Path

METADATA = Path(__file__).resolve().parents[2] / "metadata.txt"


def _general():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    return parser["general"]


def _version(text: str):
    return tuple(int(part) for part in text.split("."))


def test_qgis_4_is_offered_the_plugin():
    # Without qgisMaximumVersion QGIS reads 3.99, and QGIS 4 hides the plugin.
    assert _version(_general()["qgisMaximumVersion"]) >= (4, 0)


def test_qgis_322_is_still_the_minimum():
    assert _version(_general()["qgisMinimumVersion"]) == (3, 22)
