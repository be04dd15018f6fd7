"""Specification of soc_harm_plugin.processing_provider.nothing_counted: why no record was counted.

The module imports no QGIS; an algorithm is only asked for tr(), so a stand-in
that returns the text untranslated is enough here.

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_nothing_counted.py -q
"""
from __future__ import annotations

import numpy as np

from soc_harm_plugin.processing_provider import nothing_counted


class Untranslated:
    @staticmethod
    def tr(text: str) -> str:
        return text


def test_counted_none_needs_records_and_not_one_assigned():
    assert nothing_counted.counted_none({"assigned": 0, "outside": 3})
    assert not nothing_counted.counted_none({"assigned": 1, "outside": 3})
    assert not nothing_counted.counted_none({"assigned": 0, "outside": 0})  # no record at all: nothing failed


def test_a_scheme_record_selected_by_two_measures_counts_once():
    status = np.array(["outside", "outside", "no_geometry", "filtered"], dtype=object)
    layer = np.array(["crimes", "crimes", "crimes", "nominals"], dtype=object)
    fid = np.array([7, 7, 8, 7])

    assert nothing_counted.statuses_per_record(status, layer, fid) == {"outside": 1, "no_geometry": 1, "filtered": 1}


def test_reasons_come_most_first_with_the_extents_after_outside():
    text = nothing_counted.reasons(Untranslated(), {"assigned": 0, "no_geometry": 1, "outside": 5},
                      record_extent=(-0.2, 51.4, 0.1, 51.6), area_extent=(530000.0, 180000.0, 533000.0, 182000.0))

    assert text == ("5 lie outside every one of the areas (the records lie within x -0.2 to 0.1, y 51.4 to 51.6, "
                    "the areas within x 530000 to 533000, y 180000 to 182000: are both layers in the right place "
                    "and CRS?); "
                    "1 have no location")


def test_reasons_name_the_period_and_the_records_dates():
    text = nothing_counted.reasons(Untranslated(), {"out_of_period": 4}, period=("2024-01-01", None), dates=(
        "2023-01-10", "2023-06-30"))

    assert text == "4 fall outside the period 2024-01-01 to ... (their dates run from 2023-01-10 to 2023-06-30)"


def test_reasons_take_the_callers_words_for_a_status():
    text = nothing_counted.reasons(Untranslated(), {"filtered": 3, "unexpected": 1}, texts={
        "filtered": "3 are selected by no measure"})

    assert text == "3 are selected by no measure; 1 are unexpected"


def test_dates_of_gives_the_first_and_last_readable_day():
    days = np.array(["2023-06-30", "NaT", "2023-01-10"], dtype="datetime64[D]")

    assert nothing_counted.dates_of(days) == ("2023-01-10", "2023-06-30")
    assert nothing_counted.dates_of(np.array(["NaT"], dtype="datetime64[D]")) is None
