"""data.police.uk crimes, imported, then scored: month-only periods and the
"Neighbourhood crime (data.police.uk)" scheme on the real City of London files."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsProject, QgsVectorLayer

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.domain.harm.scheme import builtin_schemes, load_scheme
from soc_harm_plugin.qgis_io.outputs import provenance_of
from tests.helpers import shared_data_dir

HEADER = ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location",
          "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"]
NEIGHBOURHOOD = builtin_schemes()["neighbourhood_policeuk"]


def write_month(folder: Path, month: str, rows) -> None:
    with open(folder / "{0}-city-of-london-street.csv".format(month), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for crime_id, lon, lat, category in rows:
            writer.writerow([crime_id, month, "City of London Police", "City of London Police", lon, lat,
                             "On or near X", "E01000001", "City of London 001A", category, "", ""])


def test_imported_month_dates_count_whole_months_in_a_period_that_starts_mid_month(run, tmp_path, layers):
    folder = tmp_path / "crimes"
    folder.mkdir()
    write_month(folder, "2019-02", [("a1", "-0.0900", "51.5150", "Burglary")])
    write_month(folder, "2019-03", [("a2", "-0.0900", "51.5150", "Robbery")])
    write_month(folder, "2019-04", [("a3", "-0.0900", "51.5150", "Drugs")])
    imported, _ = run("socharm:importpoliceuk", {"INPUT": str(folder), "OUTPUT": str(tmp_path / "crimes.gpkg")})
    crimes = QgsVectorLayer(imported["OUTPUT"], "crimes", "ogr")
    layers.made.append(crimes)  # released through the project after the test
    extent = crimes.extent().buffered(1000)
    areas = layers.areas([("AREA", extent.asWktPolygon())])
    table = load_builtin_table("ons_css_policeuk_category")
    # 15 February to 10 March: February and March count whole, as the data only know the month
    scored, _ = run("socharm:scoreharm", {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": crimes,
                                          "CODE_FIELD": "category",
                                          "HARM_TABLE": 1, "DATE_FIELD": "month", "START": "2019-02-15",
                                          "END": "2019-03-10",
                                          "OUTPUT": "TEMPORARY_OUTPUT"})
    feature = next(scored["OUTPUT"].getFeatures())
    assert feature["harm_n"] == 2
    assert feature["harm_score"] == pytest.approx(table.weights[normalise_code("Burglary")] + table.weights[
        normalise_code("Robbery")])
    schemed, _ = run("socharm:scorescheme", {"AREAS": areas, "AREA_ID": "area_id", "SCHEME": str(NEIGHBOURHOOD),
                                             "LAYERS": [crimes], "START": "2019-02-15", "END": "2019-03-10",
                                             "OUTPUT": "TEMPORARY_OUTPUT"})
    feature = next(schemed["OUTPUT"].getFeatures())
    assert (feature["burglary_n"], feature["violence_n"], feature["drugs_n"]) == (1, 1, 0)


@pytest.fixture(scope="module")
def city(tmp_path_factory, soc_harm):
    """Six months of the real City of London files, imported, and the LSOAs they fall in."""
    import processing

    data = shared_data_dir() / "policeuk" / "city-of-london"
    folder = tmp_path_factory.mktemp("city") / "crimes"
    folder.mkdir()
    months = ["2019-{0:02d}".format(m) for m in range(1, 7)]
    for month in months:
        name = "{0}-city-of-london-street.csv".format(month)
        (folder / name).write_bytes((data / "crimes" / name).read_bytes())
    out = folder.parent / "crimes.gpkg"
    imported = processing.run("socharm:importpoliceuk", {"INPUT": str(folder), "OUTPUT": str(out)})
    lsoas = QgsVectorLayer(str(data / "boundaries" / "london-2011-lsoa-gen20.shp"), "lsoa", "ogr")
    crimes = QgsVectorLayer(imported["OUTPUT"], "crimes", "ogr")
    yield {"folder": folder, "months": months, "crimes": crimes,
           "lsoas": lsoas, "population": data / "population" / "london-mid2019-pop-lsoa.csv"}
    project = QgsProject.instance()  # file layers are deleted through a project, never by the garbage collector
    for layer in (crimes, lsoas):
        if project.addMapLayer(layer, False):
            project.removeMapLayer(layer.id())


def test_neighbourhood_scheme_scores_real_city_of_london_crimes_and_every_crime_is_counted_once(run, city, read):
    crimes, lsoas = city["crimes"], city["lsoas"]
    extent = QgsGeometry.fromRect(crimes.extent())
    city_lsoas = QgsVectorLayer("Polygon?crs=EPSG:27700&field=LSOA11CD:string", "lsoa", "memory")
    city_lsoas.dataProvider().addFeatures([f for f in lsoas.getFeatures() if f.geometry().intersects(extent)])
    results, feedback = run("socharm:scorescheme", {
        "AREAS": city_lsoas, "AREA_ID": "LSOA11CD", "SCHEME": str(NEIGHBOURHOOD), "LAYERS": [crimes],
        "DENOMINATORS": str(city["population"]), "DENOMINATOR_CODE": "LSOA11CD",
                                                    "DENOMINATOR_FIELD": "Persons_All-Ages",
        "OUTPUT": "TEMPORARY_OUTPUT"})
    scheme = load_scheme(NEIGHBOURHOOD)
    rows = read.rows(results["OUTPUT"])
    union = QgsGeometry.unaryUnion([f.geometry() for f in city_lsoas.getFeatures()])
    inside = [f["category"] for f in crimes.getFeatures() if f.hasGeometry() and union.intersects(f.geometry())]
    # every category of the real files falls in exactly one measure: the measures' counts add up to the crimes placed
    counted = sum(r["harm_n"] for r in rows)
    assert counted == results["ASSIGNED"]
    measures = provenance_of(results["OUTPUT"])["reconciliation"]["measures"]
    selected = sum(rep["records_in"] - rep["by_status"]["filtered"] for rep in measures.values())
    assert selected == crimes.featureCount()  # each crime in exactly one measure
    outside = sum(rep["by_status"]["outside"] for rep in measures.values())
    assert counted + outside == crimes.featureCount() and counted == len(inside) > 0.95 * crimes.featureCount()
    asb = sum(1 for c in inside if c == "Anti-social behaviour")
    assert sum(r["asb_n"] for r in rows) == asb > 0 and sum(r["asb_harm"] for r in rows) == 0
    table = load_builtin_table("ons_css_policeuk_category")
    assert results["TOTAL_HARM"] == pytest.approx(sum(table.weights[normalise_code(c)] for c in inside))
    for r in rows:
        assert r["harm_score"] == pytest.approx(r["dim_personal"] + r["dim_property"] + r["dim_community"])
        if r["harm_score"] and read.plain(r["harm_per_1000"]) is not None:
            assert r["violence_per_1000"] * 1 == pytest.approx(r["violence_harm"] / (r["harm_score"] / r[
                "harm_per_1000"]))
    busiest = min(rows, key=lambda r: r["harm_rank"])
    district = {f["LSOA11CD"]: f["LAD11CD"] for f in lsoas.getFeatures()}
    assert district[busiest["LSOA11CD"]] == "E09000001"  # a City of London LSOA tops the list
    assert [m.key for m in scheme.measures if sum(r[m.key + "_n"] for r in rows) == 0] == []
