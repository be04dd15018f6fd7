"""Every user-visible string is extracted, and only literals reach tr()."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tools.resources import extract_strings

REPO = Path(__file__).resolve().parents[2]


def test_source_catalogue_is_up_to_date():
    assert extract_strings.main(["--check"]) == 0, "run make translations and commit i18n/soc_harm_en.ts"


def test_catalogue_holds_strings_from_every_algorithm_module():
    sources = extract_strings.collect()
    files = {place[0] for places in sources.values() for place in places}
    assert "soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" in files
    assert "soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" in files
    assert "Score harm by area" in sources


def test_formatted_string_in_tr_is_rejected(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('def f(self, n):\n    return self.tr(f"Ranked {n} areas")\n', encoding="utf-8")
    with pytest.raises(extract_strings.ExtractionError, match="bad.py:2"):
        _strings_outside_repo(bad)


def _strings_outside_repo(path: Path):
    original = extract_strings.REPO
    extract_strings.REPO = path.parent
    try:
        return extract_strings.strings_in(path)
    finally:
        extract_strings.REPO = original


def test_plugin_code_parses_as_python_39():
    """Windows QGIS 3.22 runs Python 3.9."""
    for path in (REPO / "soc_harm_plugin").rglob("*.py"):
        ast.parse(path.read_text(encoding="utf-8"), str(path), feature_version=(3, 9))
