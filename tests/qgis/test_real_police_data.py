"""Real data.police.uk files (City of London, 2019) scored on real LSOA boundaries.

These read ../shared/data and skip, with a reason starting "needs ../shared:",
only where that folder is absent.
"""
from __future__ import annotations

import csv

import pandas as pd
import pytest
from qgis.core import QgsApplication, QgsVectorLayer

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from tests.helpers import shared_data_dir


@pytest.fixture(scope="module")
def police_2019(tmp_path_factory):
    """Six months of street-level crimes merged into one CSV, and the LSOAs."""
    data = shared_data_dir() / "policeuk" / "city-of-london"
    frames = [pd.read_csv(path, dtype=str) for path in sorted((data / "crimes").glob("2019-0[1-6]-*.csv"))]
    crimes = pd.concat(frames, ignore_index=True)
    folder = tmp_path_factory.mktemp("police")
    merged = folder / "crimes_2019h1.csv"
    crimes.to_csv(merged, index=False, quoting=csv.QUOTE_MINIMAL)
    uri = "file://{0}?type=csv&xField=Longitude&yField=Latitude&crs=EPSG:4326&detectTypes=no&geomType=point".format(
        merged)
    events = QgsVectorLayer(uri, "crimes 2019 H1", "delimitedtext")
    areas = QgsVectorLayer(str(data / "boundaries" / "london-2011-lsoa-gen20.shp"), "LSOA 2011", "ogr")
    assert events.isValid() and areas.isValid()
    return crimes, events, areas


@pytest.fixture(scope="module")
def scored(police_2019, qgis_processing, tmp_path_factory):
    import processing

    if QgsApplication.processingRegistry().providerById("socharm") is None:
        import soc_harm_plugin

        plugin = soc_harm_plugin.classFactory(None)
        plugin.initProcessing()
    crimes, events, areas = police_2019
    out = tmp_path_factory.mktemp("scored")
    result = processing.run("socharm:scoreharm", {
        "AREAS": areas, "AREA_ID": "LSOA11CD", "EVENTS": events, "CODE_FIELD": "Crime type",
        "HARM_TABLE": 1, "MISSING_WEIGHT": 0, "DATE_FIELD": "Month", "START": "2019-02-01", "END": "2019-05-31",
        "OUTPUT": str(out / "lsoa_harm.gpkg"), "RECORDS": str(out / "records.gpkg"),
    })
    return crimes, QgsVectorLayer(result["OUTPUT"], "lsoa", "ogr"), QgsVectorLayer(result["RECORDS"], "records", "ogr")


def _records(layer) -> pd.DataFrame:
    rows = [(f["source_fid"], f["area_id"], f["status"], f["weight"], f["code"]) for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=["fid", "area_id", "status", "weight", "code"])


def test_every_real_record_is_reconciled(scored):
    crimes, lsoa, records = scored
    recs = _records(records)
    in_period = crimes["Month"].isin(["2019-02", "2019-03", "2019-04", "2019-05"])
    no_location = crimes["Longitude"].isna() | (crimes["Longitude"].str.strip() == "")

    assert len(recs) == len(crimes)
    assert (recs["status"] == "out_of_period").sum() == (~in_period).sum()
    assert (recs["status"] == "no_geometry").sum() == (in_period & no_location).sum()
    assert sum(f["harm_n"] for f in lsoa.getFeatures()) == (recs["status"] == "assigned").sum()


def test_every_police_uk_category_has_a_weight_and_asb_weighs_zero(scored):
    _, _, records = scored
    recs = _records(records)
    scored_recs = recs[recs["status"].isin(["assigned", "outside"])]
    table = load_builtin_table("ons_css_policeuk_category")
    expected = scored_recs["code"].map(lambda c: table.weights[normalise_code(c)])

    assert (scored_recs["weight"].to_numpy() == pytest.approx(expected.to_numpy()))
    assert (scored_recs.loc[scored_recs["code"] == "Anti-social behaviour", "weight"] == 0).all()


def test_assigned_lsoa_agrees_with_police_uk_own_lsoa_for_nearly_every_record(scored):
    """data.police.uk gives each crime an LSOA from full-resolution boundaries;
    ours come from boundaries generalised to 20 m, so a few near edges differ."""
    crimes, _, records = scored
    recs = _records(records)
    assigned = recs[recs["status"] == "assigned"].copy()
    row = assigned["fid"].to_numpy() - 2  # delimited text feature ids are line numbers; line 1 is the header
    assigned["police_lsoa"] = crimes["LSOA code"].to_numpy()[row]
    agreement = (assigned["area_id"] == assigned["police_lsoa"]).mean()
    assert agreement >= 0.97


def test_the_busiest_city_lsoa_ranks_first_by_harm(scored):
    crimes, lsoa, _ = scored
    top = [f["LSOA11CD"] for f in lsoa.getFeatures() if f["harm_rank"] == 1]
    busiest = crimes["LSOA code"].value_counts().index[0]
    assert top == [busiest]
