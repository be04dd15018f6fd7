"""Specification of socharm:harmchange, run through QGIS's processing.run.

Expected numbers are derived by hand in the tests (binomial splits counted on
paper) or by an independent enumeration of every relabelling
(:func:`relabelling_p`), from the built-in table's weights.
"""
from __future__ import annotations

import itertools
import json
import math

import pandas as pd
import pytest
from qgis.core import (QgsCategorizedSymbolRenderer, QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException,
                       QgsProject, QgsVectorLayer)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.qgis_io.outputs import provenance_of, set_provenance
from tests.helpers import shared_data_dir

ALG = "socharm:harmchange"
HO_CODES = load_builtin_table("ons_css_ho_code")
SPEC_FIELDS = ("n_current", "n_baseline", "harm_current", "harm_baseline", "harm_change", "harm_change_pct",
               "p_count", "p_harm", "rank_current", "rank_baseline", "change_class", "count_change_class")
CLASSES = {"increase", "decrease", "no_change", "too_few"}


def w(code: str) -> float:
    return HO_CODES.weights[normalise_code(code)]


def relabelling_p(current, baseline, p0):
    """Two-sided p of the harm test by brute force: every assignment of the pooled
    records to the two periods, weighted by its chance (an independent check)."""
    pooled = [x for x in list(current) + list(baseline) if x > 0]
    mean = p0 * sum(pooled)
    seen = abs(sum(x for x in current if x > 0) - mean)
    total = 0.0
    for labels in itertools.product((0, 1), repeat=len(pooled)):
        harm = sum(x for x, lab in zip(pooled, labels) if lab)
        k = sum(labels)
        if abs(harm - mean) >= seen - 1e-9:
            total += p0 ** k * (1 - p0) ** (len(pooled) - k)
    return total


def two_areas(layers):
    return layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))])


def change(run, areas, events, feedback=None, **parameters):
    params = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code", "DATE_FIELD": "day",
              "HARM_TABLE": 0, "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(parameters)
    return run(ALG, params, feedback)


def by_area(results, key="area_id"):
    return {f[key]: {k: _plain(f[k]) for k in f.fields().names()} for f in results["OUTPUT"].getFeatures()}


def _plain(value):
    from qgis.PyQt.QtCore import QVariant

    return None if value is None or (isinstance(value, QVariant) and value.isNull()) else value


# --------------------------------------------------------------------------- the comparison, by hand


@pytest.fixture
def april(layers):
    """April 2020 against April 2019 (month-only text), two areas.

    A: six 28E in 2020-04, none in 2019-04. B: one 44 in 2020-04, three 44 in 2019-04.
    Plus: one 28E in 2020-03 (out of period), one dated 'April' (unparseable), one
    without a date, one outside both areas and one without a location (both 2020-04).
    """
    rows = [("POINT(100 100)", "28E", "2020-04")] * 6
    rows += [("POINT(1500 500)", "44", "2020-04")] + [("POINT(1500 500)", "44", "2019-04")] * 3
    rows += [("POINT(100 100)", "28E", "2020-03"), ("POINT(1500 500)", "44", "April"), ("POINT(1500 500)", "44", None),
             ("POINT(9000 9000)", "44", "2020-04"), (None, "28E", "2020-04")]
    return two_areas(layers), layers.events(rows)


def test_counts_harm_change_and_ranks_per_area(run, april):
    areas, events = april

    results, _ = change(run, areas, events, CURRENT_START="2020-04-01", CURRENT_END="2020-04-30", BASELINE=1)

    out = by_area(results)
    assert {k: (v["n_current"], v["n_baseline"]) for k, v in out.items()} == {"A": (6, 0.0), "B": (1, 3.0)}
    assert out["A"]["harm_current"] == pytest.approx(6 * w("28E")) and out["A"]["harm_baseline"] == 0
    assert out["B"]["harm_change"] == pytest.approx(-2 * w("44"))
    assert out["B"]["harm_change_pct"] == pytest.approx(-200 / 3)
    assert out["A"]["harm_change_pct"] is None and out["A"]["harm_change_pct_reason"] == "baseline_zero"
    assert (out["A"]["rank_current"], out["A"]["rank_baseline"], out["A"]["rank_change"]) == (1, 2, 1)
    assert (out["B"]["rank_current"], out["B"]["rank_baseline"], out["B"]["rank_change"]) == (2, 1, -1)
    assert out["A"]["current_period"] == "2020-04" and out["A"]["baseline_period"] == "2019-04"


def test_p_values_and_classes_by_hand(run, april):
    areas, events = april

    results, _ = change(run, areas, events, CURRENT_START="2020-04-01", CURRENT_END="2020-04-30", BASELINE=1)

    out = by_area(results)
    # A: 6 of 6 records in the current period, even chances: p = 2/64 < 0.05
    assert out["A"]["p_count"] == pytest.approx(2 / 64) and out["A"]["count_change_class"] == "increase"
    assert out["A"]["p_harm"] == pytest.approx(2 / 64) and out["A"]["change_class"] == "increase"
    # B: 1 of 4: p = (1 + 4 + 4 + 1)/16; even 0 of 4 would have p = 2/16: too few to tell
    assert out["B"]["p_count"] == pytest.approx(10 / 16) and out["B"]["count_change_class"] == "too_few"
    assert out["B"]["change_class"] == "too_few"
    assert out["A"]["harm_test"] == "exact"


def test_the_force_total_is_tested_and_returned(run, april):
    areas, events = april

    results, feedback = change(run, areas, events, CURRENT_START="2020-04-01", CURRENT_END="2020-04-30", BASELINE=1)

    current, baseline = [w("28E")] * 6 + [w("44")], [w("44")] * 3
    assert results["FORCE_N_CURRENT"] == 7 and results["FORCE_N_BASELINE"] == 3
    assert results["FORCE_HARM_CURRENT"] == pytest.approx(sum(current))
    assert results["FORCE_P_COUNT"] == pytest.approx(2 * (120 + 45 + 10 + 1) / 1024)  # 7 of 10
    assert results["FORCE_P_HARM"] == pytest.approx(relabelling_p(current, baseline, 0.5))
    assert results["FORCE_COUNT_CHANGE_CLASS"] == "no_change"
    assert results["CURRENT_PERIOD"] == "2020-04" and results["BASELINE_PERIOD"] == "2019-04"
    assert any(line.startswith("Force total: harm") for line in feedback.infos)
    assert provenance_of(results["OUTPUT"])["force_total"]["n_current"] == 7


def test_every_record_is_reconciled_and_unparseable_dates_are_listed(run, april):
    areas, events = april

    results, feedback = change(run, areas, events, CURRENT_START="2020-04-01", CURRENT_END="2020-04-30", BASELINE=1)

    reconciliation = provenance_of(results["OUTPUT"])["reconciliation"]
    assert reconciliation["records_in"] == 15
    assert reconciliation["by_status"] == {"current": 7, "baseline": 3, "out_of_period": 1, "no_date": 1,
                                           "unparseable_date": 1, "outside": 1, "no_geometry": 1, "invalid": 0,
                                           "filtered": 0}
    assert feedback.warnings_with("1 records have a date that cannot be read", "'April'")


def test_output_has_the_public_fields_and_opens_styled_by_change_class(run, april, tmp_path):
    areas, events = april

    results, _ = change(run, areas, events, CURRENT_START="2020-04-01", CURRENT_END="2020-04-30", BASELINE=1,
                        OUTPUT=str(tmp_path / "change.gpkg"))

    layer = QgsVectorLayer(results["OUTPUT"], "change", "ogr")
    names = layer.fields().names()
    assert all(name in names for name in SPEC_FIELDS)
    assert {f["change_class"] for f in layer.getFeatures()} <= CLASSES
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "change_class"
    assert {c.value() for c in renderer.categories()} == CLASSES
    # significant changes emphasised: drawn last (symbol levels), with a thicker outline than the rest
    assert renderer.usingSymbolLevels()
    passes = {c.value(): c.symbol().symbolLayer(0).renderingPass() for c in renderer.categories()}
    widths = {c.value(): c.symbol().symbolLayer(0).strokeWidth() for c in renderer.categories()}
    assert passes["increase"] == passes["decrease"] > max(passes["no_change"], passes["too_few"])
    assert min(widths["increase"], widths["decrease"]) > max(widths["no_change"], widths["too_few"])
    provenance = provenance_of(layer)
    assert provenance["algorithm"] == ALG and provenance["periods"]["compared_current"]["label"] == "2020-04"


def test_street_lines_open_styled_with_line_symbols(run, layers, tmp_path):
    from qgis.core import QgsLineSymbol

    streets = layers.areas([("S1", "LINESTRING(0 0,1000 0)"), ("S2", "LINESTRING(0 100,1000 100)")],
                           geometry="LineString", name="streets")
    rows = [("POINT(500 10)", "44", "2020-04")] * 6 + [("POINT(500 90)", "44", "2019-04")] * 6

    results, _ = change(run, streets, layers.events(rows), CURRENT_START="2020-04-01", CURRENT_END="2020-04-30",
                        BASELINE=1, OUTPUT=str(tmp_path / "streets_change.gpkg"))

    layer = QgsVectorLayer(results["OUTPUT"], "streets", "ogr")
    assert {f["area_id"]: f["change_class"] for f in layer.getFeatures()} == {"S1": "increase", "S2": "decrease"}
    assert all(isinstance(c.symbol(), QgsLineSymbol) for c in layer.renderer().categories())


# --------------------------------------------------------------------------- periods


def test_mean_of_previous_periods_scales_the_baseline_to_one_period(run, layers):
    rows = [("POINT(100 100)", "44", "2020-04")] * 6 + [("POINT(100 100)", "44", m) for m in ("2020-01", "2020-02",
            "2020-03")]

    results, _ = change(run, two_areas(layers), layers.events(rows), CURRENT_START="2020-04-01",
                        CURRENT_END="2020-04-30", BASELINE=2, N_PERIODS=3)

    a = by_area(results)["A"]
    assert a["n_baseline"] == pytest.approx(1.0) and a["harm_change_pct"] == pytest.approx(500.0)
    # 6 of 9 records in one month of four: P(X >= 6) + P(X = 0) for X ~ Bin(9, 1/4)
    pmf = [math.comb(9, k) * 0.25 ** k * 0.75 ** (9 - k) for k in range(10)]
    d = pmf[6]
    assert a["p_count"] == pytest.approx(sum(p for p in pmf if p <= d * (1 + 1e-7)))
    assert results["BASELINE_PERIOD"] == "mean of 3: 2020-03; 2020-02; 2020-01"


def test_a_current_period_the_data_cover_in_part_is_compared_as_the_part(run, layers):
    rows = [("POINT(100 100)", "44", day) for day in ("2020-03-01", "2020-03-10", "2020-03-25", "2020-04-02",
                                                      "2020-04-15")]
    results, feedback = change(run, two_areas(layers), layers.events(rows, date_type="date"),
                               CURRENT_START="2020-04-01", CURRENT_END="2020-04-30", BASELINE=0)

    assert results["CURRENT_PERIOD"] == "2020-04-01/2020-04-15"
    assert results["BASELINE_PERIOD"] == "2020-03-01/2020-03-15"
    a = by_area(results)["A"]
    assert (a["n_current"], a["n_baseline"]) == (2, 2.0)  # 25 March lies in the part not compared
    assert feedback.warnings_with("cover only part of the current period 2020-04", "never compared as if whole")


def test_month_only_field_of_the_police_uk_importer_is_recognised_from_its_metadata(run, layers):
    rows = [("POINT(100 100)", "44", QDate(2020, 4, 1))] * 3 + [("POINT(100 100)", "44", QDate(2020, 3, 1))]
    plain_dates = layers.events(rows, date_type="date", name="plain")
    imported = layers.events(rows, date_type="date", name="imported")
    set_provenance(imported, {"algorithm": "socharm:importpoliceuk", "month": {"field": "day", "month_only": True}}, "")

    marked, feedback = change(run, two_areas(layers), imported, CURRENT_START="2020-04-10", CURRENT_END="2020-04-20",
                              BASELINE=0)

    assert marked["CURRENT_PERIOD"] == "2020-04" and marked["BASELINE_PERIOD"] == "2020-03"
    assert by_area(marked)["A"]["n_current"] == 3
    assert feedback.warnings_with("widened to whole months")
    # unmarked, the same dates are days: the data end on 1 April, before the period asked for
    with pytest.raises(QgsProcessingException, match=r"The current period 2020-04-10/2020-04-20 lies outside the data"):
        change(run, two_areas(layers), plain_dates, CURRENT_START="2020-04-10", CURRENT_END="2020-04-20", BASELINE=0)


def test_date_times_count_on_their_own_local_date(run, layers):
    rows = [("POINT(100 100)", "44", text) for text in (
        "2020-03-01T08:00:00+00:00",
        "2020-05-01T00:30:00+01:00",  # 30 April in UTC, but 1 May where it was recorded
        "2020-04-30T23:30:00-05:00",  # 1 May in UTC, but 30 April where it was recorded
        "2020-04-15T12:00:00Z",
    )]

    results, _ = change(run, two_areas(layers), layers.events(rows), CURRENT_START="2020-04-01",
                        CURRENT_END="2020-04-30", BASELINE=0)

    assert by_area(results)["A"]["n_current"] == 2
    assert provenance_of(results["OUTPUT"])["reconciliation"]["by_status"]["out_of_period"] == 1


def test_date_time_fields_count_on_their_own_local_date(run, layers):
    def at(y, m, d, hh, mm, offset):
        return QDateTime(QDate(y, m, d), QTime(hh, mm), Qt.TimeSpec.OffsetFromUTC, offset)

    rows = [("POINT(100 100)", "44", at(2020, 3, 1, 8, 0, 0)), ("POINT(100 100)", "44", at(2020, 5, 1, 0, 30, 3600)),
            ("POINT(100 100)", "44", at(2020, 4, 30, 23, 30, -5 * 3600))]

    results, _ = change(run, two_areas(layers), layers.events(rows, date_type="datetime"),
                        CURRENT_START="2020-04-01", CURRENT_END="2020-04-30", BASELINE=0)

    assert by_area(results)["A"]["n_current"] == 1


# --------------------------------------------------------------------------- bad input


def test_a_current_period_with_no_record_at_all_is_refused_as_missing_data(run, layers):
    rows = [("POINT(100 100)", "44", m) for m in ("2020-01", "2020-03", "2020-04")]

    with pytest.raises(QgsProcessingException, match=r"at all falls in the current period 2020-02: the data for it "
                                                     r"are most likely missing"):
        change(run, two_areas(layers), layers.events(rows), CURRENT_START="2020-02-01", CURRENT_END="2020-02-29",
               BASELINE=0)


def test_a_baseline_longer_than_the_data_is_refused_or_shortened(run, layers):
    rows = [("POINT(100 100)", "44", m) for m in ("2020-02", "2020-03", "2020-04")]
    events = layers.events(rows)

    with pytest.raises(QgsProcessingException, match=r"The baseline 2019-04 .* lies outside the data .* which "
                                                     r"cover 2020-02/2020-04"):
        change(run, two_areas(layers), events, CURRENT_START="2020-04-01", CURRENT_END="2020-04-30", BASELINE=1)
    results, feedback = change(run, two_areas(layers), events, CURRENT_START="2020-04-01", CURRENT_END="2020-04-30",
                               BASELINE=2, N_PERIODS=12)

    assert results["BASELINE_PERIOD"] == "mean of 2: 2020-03; 2020-02"
    assert feedback.warnings_with("the baseline is the mean of 2 period(s), not 12")


def test_a_single_period_of_data_cannot_be_compared(run, layers):
    rows = [("POINT(100 100)", "44", "2020-04")] * 3

    with pytest.raises(QgsProcessingException, match=r"lies outside the data"):
        change(run, two_areas(layers), layers.events(rows), BASELINE=0)


def test_no_date_field_is_a_clear_error(run, april):
    areas, events = april
    with pytest.raises(QgsProcessingException, match=r"Layer 'events': choose its date field"):
        change(run, areas, events, DATE_FIELD=None)


def test_dates_that_never_parse_leave_nothing_to_compare(run, layers):
    rows = [("POINT(100 100)", "44", "soon")] * 2
    with pytest.raises(QgsProcessingException, match=r"has a date that can be read"):
        change(run, two_areas(layers), layers.events(rows), BASELINE=0)


def test_the_default_current_period_is_the_last_whole_month(run, layers):
    rows = [("POINT(100 100)", "44", day) for day in ("2020-02-01", "2020-03-05", "2020-04-01", "2020-04-09")]

    results, _ = change(run, two_areas(layers), layers.events(rows, date_type="date"), BASELINE=0)

    assert results["CURRENT_PERIOD"] == "2020-03" and results["BASELINE_PERIOD"] == "2020-02"


# --------------------------------------------------------------------------- scheme


def test_a_scheme_stands_in_for_the_events_and_harm_table(run, layers, tmp_path):
    scheme = {"version": 1, "key": "tiny", "name": "Tiny scheme", "measures": [
        {"key": "burglary", "label": "Burglary", "layer": "offences", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "date_field": "day", "dimension": "acquisitive",
         "filter": "\"code\" = '28E'"},
        {"key": "all_crime", "label": "All crime", "layer": "offences", "method": "fixed", "weight": 10,
         "rationale": "a flat weight for the test", "date_field": "day", "dimension": "volume"},
    ]}
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(scheme), encoding="utf-8")
    rows = [("POINT(100 100)", "28E", "2020-04")] * 2 + [("POINT(100 100)", "44", "2019-04")]
    offences = layers.events(rows, name="offences")

    results, _ = run(ALG, {"AREAS": two_areas(layers), "AREA_ID": "area_id", "SCHEME": str(path), "LAYERS": [offences],
                           "CURRENT_START": "2020-04-01", "CURRENT_END": "2020-04-30", "BASELINE": 1,
                           "OUTPUT": "TEMPORARY_OUTPUT"})

    a = by_area(results)["A"]
    assert a["n_current"] == 4 and a["n_baseline"] == 1.0  # each burglary counts in both measures
    assert a["harm_current"] == pytest.approx(2 * w("28E") + 2 * 10)
    assert a["harm_baseline"] == pytest.approx(10.0)
    assert provenance_of(results["OUTPUT"])["source"]["scheme"]["name"] == "Tiny scheme"


def test_neither_events_nor_scheme_is_a_clear_error(run, layers):
    with pytest.raises(QgsProcessingException, match=r"Give either an events layer"):
        run(ALG, {"AREAS": two_areas(layers), "AREA_ID": "area_id", "OUTPUT": "TEMPORARY_OUTPUT"})


# --------------------------------------------------------------------------- real data


@pytest.fixture(scope="module")
def city_of_london():
    """Every City of London street crime 2017-2021 as a memory point layer (lon/lat, Month as YYYY-MM text),
    and the LSOAs."""
    data = shared_data_dir() / "policeuk" / "city-of-london"
    crimes = pd.concat([pd.read_csv(p, dtype=str) for p in sorted((data / "crimes").glob("*-street.csv"))],
                       ignore_index=True)
    events = QgsVectorLayer("Point?crs=EPSG:4326&field=Month:string&field=Crime type:string&field=LSOA code:string",
                            "city of london crimes", "memory")
    features = []
    for month, kind, lsoa, lon, lat in zip(crimes["Month"], crimes["Crime type"], crimes["LSOA code"],
                                           crimes["Longitude"], crimes["Latitude"]):
        feature = QgsFeature(events.fields())
        if isinstance(lon, str) and lon.strip():
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(lon), float(lat))))
        feature.setAttributes([month, kind, lsoa if isinstance(lsoa, str) else None])
        features.append(feature)
    events.dataProvider().addFeatures(features)
    areas = QgsVectorLayer(str(data / "boundaries" / "london-2011-lsoa-gen20.shp"), "LSOA 2011", "ogr")
    assert areas.isValid() and events.featureCount() == len(crimes)
    yield crimes, events, areas
    release(areas, events)


def test_city_of_london_april_2020_against_april_2019_is_a_decrease(run, city_of_london):
    crimes, events, areas = city_of_london

    results, feedback = run(ALG, {
        "AREAS": areas, "AREA_ID": "LSOA11CD", "AREA_NAME": "LSOA11NM", "EVENTS": events, "CODE_FIELD": "Crime type",
        "HARM_TABLE": 1, "DATE_FIELD": "Month", "CURRENT_START": "2020-04-01", "CURRENT_END": "2020-04-30",
        "BASELINE": 1, "OUTPUT": "TEMPORARY_OUTPUT"})

    assert results["CURRENT_PERIOD"] == "2020-04" and results["BASELINE_PERIOD"] == "2019-04"
    assert results["FORCE_CHANGE_CLASS"] == "decrease" and results["FORCE_COUNT_CHANGE_CLASS"] == "decrease"
    assert results["FORCE_HARM_CHANGE_PCT"] < -50
    out = by_area(results, "LSOA11CD")
    april = crimes[crimes["Month"].isin(["2019-04", "2020-04"])]
    busiest = april["LSOA code"].value_counts().index[:3].tolist()
    assert [out[code]["count_change_class"] for code in busiest] == ["decrease"] * 3
    assert out[busiest[0]]["change_class"] == "decrease"
    # every record of the data is accounted for
    reconciliation = provenance_of(results["OUTPUT"])["reconciliation"]
    assert reconciliation["records_in"] == len(crimes) == sum(reconciliation["by_status"].values())
    n_april_2020 = int((crimes["Month"] == "2020-04").sum())
    by_status = reconciliation["by_status"]
    assert by_status["current"] + by_status["baseline"] + by_status["outside"] + by_status["no_geometry"] == len(april)
    assert sum(f["n_current"] for f in results["OUTPUT"].getFeatures()) == results["FORCE_N_CURRENT"] <= n_april_2020


def test_city_of_london_december_2020_is_missing_from_the_data(run, city_of_london):
    _, events, areas = city_of_london

    with pytest.raises(QgsProcessingException,
                       match=r"current period 2020-12: the data for it are most likely missing"):
        run(ALG, {"AREAS": areas, "AREA_ID": "LSOA11CD", "EVENTS": events, "CODE_FIELD": "Crime type", "HARM_TABLE": 1,
                  "DATE_FIELD": "Month", "CURRENT_START": "2020-12-01", "CURRENT_END": "2020-12-31", "BASELINE": 0,
                  "OUTPUT": "TEMPORARY_OUTPUT"})


def release(*file_layers) -> None:
    """Delete layers through the project while QGIS runs: one left to the garbage collector can crash it at exit."""
    project = QgsProject.instance()
    for layer in file_layers:
        if project.addMapLayer(layer, False):
            project.removeMapLayer(layer.id())


def test_city_of_london_imported_by_importpoliceuk_is_read_as_month_only(run, layers, tmp_path):
    data = shared_data_dir() / "policeuk" / "city-of-london"
    imported, _ = run("socharm:importpoliceuk", {"INPUT": str(data / "crimes"), "OUTPUT": str(
        tmp_path / "crimes.gpkg")})
    crimes = QgsVectorLayer(imported["OUTPUT"], "crimes", "ogr")
    areas = QgsVectorLayer(str(data / "boundaries" / "london-2011-lsoa-gen20.shp"), "LSOA 2011", "ogr")
    layers.made.extend([crimes, areas])  # released through the project after the test

    results, feedback = run(ALG, {
        "AREAS": areas, "AREA_ID": "LSOA11CD", "EVENTS": crimes, "CODE_FIELD": "category", "HARM_TABLE": 1,
        "DATE_FIELD": "month", "CURRENT_START": "2020-04-01", "CURRENT_END": "2020-04-30", "BASELINE": 1,
        "OUTPUT": "TEMPORARY_OUTPUT"})

    periods = provenance_of(results["OUTPUT"])["periods"]
    assert periods["month_only"] is True and periods["unit"] == "month"
    assert any("recorded by the police.uk import" in line for line in feedback.infos)
    assert results["FORCE_CHANGE_CLASS"] == "decrease" and results["BASELINE_PERIOD"] == "2019-04"


# --------------------------------------------------------------------------- what drove a change (DRIVERS)


@pytest.fixture
def mixed(layers):
    """A, April 2020: three robberies (34B) and two burglaries (28E); April 2019: one robbery,
    two burglaries and one assault with injury (8N). B: one pedal cycle theft (44) in each April."""
    rows = [("POINT(100 100)", "34B", "2020-04")] * 3 + [("POINT(100 100)", "28E", "2020-04")] * 2
    rows += [("POINT(100 100)", "34B", "2019-04"), ("POINT(100 100)", "8N", "2019-04")]
    rows += [("POINT(100 100)", "28E", "2019-04")] * 2
    rows += [("POINT(1500 500)", "44", "2020-04"), ("POINT(1500 500)", "44", "2019-04")]
    return two_areas(layers), layers.events(rows)


def drivers_of(results):
    return {(f["scope"], _plain(f["area_id"]), f["driver"]): {k: _plain(f[k]) for k in f.fields().names()}
            for f in results["DRIVERS"].getFeatures()}


def test_drivers_by_offence_category_add_up_to_the_areas_change(run, mixed):
    areas, events = mixed

    results, feedback = change(run, areas, events, CURRENT_START="2020-04-01", CURRENT_END="2020-04-30", BASELINE=1,
                               DRIVERS="TEMPORARY_OUTPUT")

    names = results["DRIVERS"].fields().names()
    assert names[:8] == ["area_id", "driver", "n_current", "n_baseline", "harm_current", "harm_baseline",
                         "harm_change", "share_of_change"]
    rows = drivers_of(results)
    # A: robbery 3 against 1 (+2 x 34B), burglary 2 against 2 (0), violence 0 against 1 (-8N)
    total = 2 * w("34B") - w("8N")
    robbery = rows[("area", "A", "Robbery")]
    assert (robbery["n_current"], robbery["n_baseline"]) == (3, 1.0)
    assert robbery["harm_change"] == pytest.approx(2 * w("34B"))
    assert robbery["share_of_change"] == pytest.approx(100 * 2 * w("34B") / total)  # 131.0 %
    assert rows[("area", "A", "Burglary")]["share_of_change"] == 0.0
    violence = rows[("area", "A", "Violence and sexual offences")]
    assert violence["share_of_change"] == pytest.approx(-100 * w("8N") / total)  # -31.0 %: signs kept
    shares = [r["share_of_change"] for k, r in rows.items() if k[:2] == ("area", "A")]
    assert math.fsum(shares) == pytest.approx(100.0, abs=1e-9)
    out = by_area(results)
    area_a = [r["harm_change"] for k, r in rows.items() if k[:2] == ("area", "A")]
    assert math.fsum(area_a) == pytest.approx(out["A"]["harm_change"])
    # B: no change at all: no share, and the reason says so
    bike = rows[("area", "B", "Bicycle theft")]
    assert bike["harm_change"] == 0.0 and bike["share_of_change"] is None and bike["share_reason"] == "no_change"
    # the force: the sum of both areas
    assert rows[("force", None, "Robbery")]["share_of_change"] == pytest.approx(100 * 2 * w("34B") / total)
    assert robbery["current_period"] == "2020-04" and robbery["driver_by"] == "category"
    prov = provenance_of(results["OUTPUT"])["drivers"]
    assert prov["by"] == "category" and prov["areas"] == {"A": [["Robbery",
                                                                 pytest.approx(round(100 * 2 * w("34B") / total, 2))]]}
    assert provenance_of(results["DRIVERS"])["algorithm"] == "socharm:harmchange"
    assert any(m.startswith("Force: what drove the change in harm: mostly Robbery (+") for m in feedback.infos)


def test_drivers_by_code_carry_the_harm_tables_label(run, mixed):
    areas, events = mixed

    results, _ = change(run, areas, events, CURRENT_START="2020-04-01", CURRENT_END="2020-04-30", BASELINE=1,
                        DRIVERS="TEMPORARY_OUTPUT", DRIVER_BY=1)

    rows = drivers_of(results)
    assert sorted(k[2] for k in rows if k[:2] == ("area", "A")) == ["28E", "34B", "8N"]
    assert rows[("area", "A", "34B")]["driver_label"] == "Robbery of personal property"
    assert rows[("area", "A", "8N")]["harm_change"] == pytest.approx(-w("8N"))


def test_a_scheme_change_is_driven_by_its_measures(run, layers, tmp_path):
    scheme = {"version": 1, "key": "tiny", "name": "Tiny scheme", "measures": [
        {"key": "burglary", "label": "Burglary", "layer": "offences", "method": "table", "code_field": "code",
         "harm_table": "ons_css_ho_code", "date_field": "day", "dimension": "acquisitive",
         "filter": "\"code\" = '28E'"},
        {"key": "all_crime", "label": "All crime", "layer": "offences", "method": "fixed", "weight": 10,
         "rationale": "a flat weight for the test", "date_field": "day", "dimension": "volume"},
    ]}
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(scheme), encoding="utf-8")
    rows = [("POINT(100 100)", "28E", "2020-04")] * 2 + [("POINT(100 100)", "44", "2019-04")]
    offences = layers.events(rows, name="offences")

    results, _ = run(ALG, {"AREAS": two_areas(layers), "AREA_ID": "area_id", "SCHEME": str(path), "LAYERS": [offences],
                           "CURRENT_START": "2020-04-01", "CURRENT_END": "2020-04-30", "BASELINE": 1,
                           "OUTPUT": "TEMPORARY_OUTPUT", "DRIVERS": "TEMPORARY_OUTPUT"})

    rows = drivers_of(results)
    # A changed by 2 x 28E + 2 x 10 - 10 = 2 x 28E + 10: burglary 2 x 28E of it, all crime 10
    total = 2 * w("28E") + 10
    assert rows[("area", "A", "burglary")]["share_of_change"] == pytest.approx(100 * 2 * w("28E") / total)
    assert rows[("area", "A", "all_crime")]["share_of_change"] == pytest.approx(100 * 10 / total)
    assert rows[("area", "A", "all_crime")]["driver_label"] == "All crime"
    assert rows[("area", "A", "burglary")]["driver_by"] == "measure"


def test_qgis_process_writes_the_drivers_table_with_its_provenance(layers, tmp_path):
    from tools.qgis_cli import QgisProcess

    rows = [("POINT(100 100)", "34B", "2020-04")] * 3 + [("POINT(100 100)", "34B", "2019-04")]
    rows += [("POINT(100 100)", "8N", "2019-04")]
    areas = layers.gpkg(two_areas(layers), "areas.gpkg")
    events = layers.gpkg(layers.events(rows), "events.gpkg")
    # qgis_process 3.22 reports field parameters with defaults as missing: pass every one
    cli = QgisProcess(tmp_path / "qp").run(ALG, {
        "AREAS": areas.source(), "AREA_ID": "area_id", "EVENTS": events.source(), "CODE_FIELD": "code",
        "DATE_FIELD": "day", "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0, "TOLERANCE": 50,
        "CURRENT_START": "2020-04-01", "CURRENT_END": "2020-04-30", "BASELINE": 1, "N_PERIODS": 3, "ALPHA": 0.05,
        "SEED": 1, "DRIVER_BY": 0, "OUTPUT": str(tmp_path / "change.gpkg"), "DRIVERS": str(tmp_path / "drivers.gpkg")})
    assert cli["_returncode"] == 0, cli["_stderr"]
    drivers = QgsVectorLayer(str(tmp_path / "drivers.gpkg"), "drivers", "ogr")
    got = {(f["scope"], f["driver"]): f["share_of_change"] for f in drivers.getFeatures() if f["scope"] == "area"}
    total = 2 * w("34B") - w("8N")
    assert got == {("area", "Robbery"): pytest.approx(100 * 2 * w("34B") / total),
                   ("area", "Violence and sexual offences"): pytest.approx(-100 * w("8N") / total)}
    assert provenance_of(drivers)["drivers"]["by"] == "category"
    change_layer = QgsVectorLayer(str(tmp_path / "change.gpkg"), "change", "ogr")
    assert provenance_of(change_layer)["drivers"]["areas"]["A"][0][0] == "Robbery"
    assert change_layer.renderer().type() == "categorizedSymbol"
