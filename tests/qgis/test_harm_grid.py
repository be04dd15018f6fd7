"""Specification of socharm:harmgrid, run through QGIS's processing.run.

Expected numbers come from the built-in table's weights (read from the table)
and the cell geometry worked out by hand: squares snapped to multiples of the
cell size, ids row by row from the south-west, a record on an edge in the
cell with the lowest id.
"""
from __future__ import annotations

import math

import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsProcessingException, QgsVectorLayer

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.qgis_io.outputs import provenance_of

ALG = "socharm:harmgrid"
TABLE = load_builtin_table("ons_css_ho_code")
FIELDS = ["cell_id", "harm_n", "harm_score", "harm_rank", "harm_share", "harm_per_km2"]


def w(code: str) -> float:
    return TABLE.weights[normalise_code(code)]


def grid(run, events, feedback=None, **parameters):
    params = {"EVENTS": events, "CODE_FIELD": "code", "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(parameters)
    return run(ALG, params, feedback)


def cells(results):
    return {f["cell_id"]: f for f in results["OUTPUT"].getFeatures()}


@pytest.fixture
def six_events(layers):
    return layers.events([
        ("POINT(500 500)", "8N", "2024-01-02"),
        ("POINT(1000 500)", "28E", "2024-01-03"),  # on the edge of cells 1 and 2: cell 1
        ("POINT(2500 1500)", "29", "2024-01-04"),  # cell 6
        ("POINT(5000 5000)", "8N", "2024-01-05"),  # beyond the extent: outside
        (None, "8N", "2024-01-06"),  # no_geometry
        ("POINT(1500 500)", "44", "2024-01-07"),  # filtered out
    ])


def test_cells_carry_scoreharms_fields_and_the_records_reconcile(run, six_events, read):
    results, feedback = grid(run, six_events, CELL_SIZE=1000, EXTENT="0,3000,0,2000 [EPSG:27700]",
                             FILTER="code <> '44'")

    layer = results["OUTPUT"]
    assert layer.fields().names() == FIELDS
    assert layer.crs().authid() == "EPSG:27700"
    rows = {r["cell_id"]: r for r in read.rows(layer)}
    assert sorted(rows) == [1, 2, 3, 4, 5, 6]
    assert [rows[i]["harm_n"] for i in range(1, 7)] == [2, 0, 0, 0, 0, 1]
    harm_1, harm_6 = w("8N") + w("28E"), w("29")
    assert rows[1]["harm_score"] == pytest.approx(harm_1)
    assert rows[6]["harm_score"] == pytest.approx(harm_6)
    assert [rows[i]["harm_score"] for i in (2, 3, 4, 5)] == [0, 0, 0, 0]  # empty cells kept, as zeros
    assert rows[1]["harm_share"] == pytest.approx(100 * harm_1 / (harm_1 + harm_6))
    assert rows[1]["harm_per_km2"] == pytest.approx(harm_1)  # 1 km2 cells
    assert rows[2]["harm_rank"] == 3
    assert results["RECORDS_IN"] == 6 and results["ASSIGNED"] == 3
    assert results["TOTAL_HARM"] == pytest.approx(harm_1 + harm_6)
    assert results["CELLS"] == 6 and results["CELL_SIZE_USED"] == 1000
    by_status = provenance_of(layer)["reconciliation"]["by_status"]
    assert by_status == {"assigned": 3, "outside": 1, "no_geometry": 1, "invalid": 0, "filtered": 1, "out_of_period": 0}
    assert sum(r["harm_n"] for r in rows.values()) == by_status["assigned"]
    assert any("1 records lay on an edge between cells" in m for m in feedback.infos)
    geometry = {f["cell_id"]: f.geometry() for f in layer.getFeatures()}
    assert geometry[6].boundingBox().toString(0) == "2000,1000 : 3000,2000"


def test_automatic_cell_size_is_stated_in_the_log_and_provenance(run, layers):
    events = layers.events([("POINT(400000 300000)", "8N", ""), ("POINT(420000 315000)", "8N", ""),
                            ("POINT(410000 307000)", "28E", "")])
    results, feedback = grid(run, events)

    assert results["CELL_SIZE_USED"] == 250  # 15,000 / 50 = 300, rounded down to 250
    assert any(m.startswith("Cell size 250 m (automatic") for m in feedback.infos)
    facts = provenance_of(results["OUTPUT"])["grid"]
    assert (facts["cell_size"], facts["cell_size_automatic"], facts["extent_source"]) == (250, True, "records")
    assert facts["extent"] == [400000, 300000, 420000, 315000]
    assert results["CELLS"] == 80 * 60
    first = next(results["OUTPUT"].getFeatures())
    assert first.geometry().area() == pytest.approx(62500)
    assert results["ASSIGNED"] == 3


def test_hexagons_have_the_area_of_the_square_and_hold_every_record(run, layers):
    events = layers.events([("POINT({0} {1})".format(100 + 37 * k, 200 + 53 * (k % 17)), "8N", "") for k in range(60)])
    results, _ = grid(run, events, GRID_SHAPE=1, CELL_SIZE=300)

    features = list(results["OUTPUT"].getFeatures())
    assert all(f.geometry().area() == pytest.approx(90000, rel=1e-9) for f in features)
    assert all(len(f.geometry().asPolygon()[0]) == 7 for f in features)
    assert sum(f["harm_n"] for f in features) == results["ASSIGNED"] == 60
    assert provenance_of(results["OUTPUT"])["grid"]["shape"] == "hexagon"


def test_a_record_on_the_edge_of_two_hexagons_counts_once_in_the_lower_id(run, layers):
    side = 1000 * math.sqrt(2 / (3 * math.sqrt(3)))
    half_width = math.sqrt(3) * side / 2  # the edge between the hexagons centred at (0, 0) and (2 half_width, 0)
    events = layers.events([("POINT({0!r} 0)".format(half_width), "8N", ""), ("POINT(-800 -900)", "8N", ""),
                            ("POINT(2500 1200)", "8N", "")])
    results, feedback = grid(run, events, GRID_SHAPE=1, CELL_SIZE=1000)

    holding = [f for f in results["OUTPUT"].getFeatures() if f["harm_n"]]
    on_edge = [f for f in holding if f.geometry().boundingBox().contains(half_width, 0.0)]
    assert len(on_edge) == 1 and on_edge[0]["harm_n"] == 1
    west = [f for f in results["OUTPUT"].getFeatures() if f.geometry().centroid().asPoint().distance(0, 0) < 1]
    assert west[0]["harm_n"] == 1  # the cell centred at the origin, west of the edge
    assert any("1 records lay on an edge" in m for m in feedback.infos)


L_SHAPE = "POLYGON((0 0,3000 0,3000 1000,1000 1000,1000 2000,0 2000,0 0))"


def test_a_boundary_keeps_whole_cells_that_overlap_it(run, layers, read):
    boundary = layers.areas([("force", L_SHAPE)])
    events = layers.events([("POINT(500 500)", "8N", ""), ("POINT(1500 1500)", "8N", ""), ("POINT(5000 500)", "8N",
            "")])
    results, _ = grid(run, events, CELL_SIZE=1000, BOUNDARY=boundary)

    rows = {r["cell_id"]: r for r in read.rows(results["OUTPUT"])}
    assert sorted(rows) == [1, 2, 3, 4]  # cell 5 (1000-2000 x 1000-2000) only touches the L
    assert rows[1]["harm_n"] == 1
    assert results["ASSIGNED"] == 1  # (1500 1500) is in no kept cell, (5000 500) beyond them
    facts = provenance_of(results["OUTPUT"])["grid"]
    assert (facts["extent_source"], facts["boundary"], facts["cut_to_boundary"]) == ("boundary", "areas", False)


def test_cut_cells_hold_only_the_records_inside_the_boundary(run, layers, read):
    boundary = layers.areas([("force", "POLYGON((0 0,3000 0,0 2000,0 0))")])
    # the second beyond the line, in cell 3
    events = layers.events([("POINT(100 100)", "8N", ""), ("POINT(2900 900)", "8N", "")])
    whole, _ = grid(run, events, CELL_SIZE=1000, BOUNDARY=boundary)
    cut, _ = grid(run, events, CELL_SIZE=1000, BOUNDARY=boundary, CLIP_TO_BOUNDARY=True)

    assert whole["ASSIGNED"] == 2 and cut["ASSIGNED"] == 1
    assert provenance_of(cut["OUTPUT"])["reconciliation"]["by_status"]["outside"] == 1
    areas = {f["cell_id"]: f.geometry().area() for f in cut["OUTPUT"].getFeatures()}
    assert areas[1] == pytest.approx(1e6)
    assert areas[3] == pytest.approx(1000 * (2000 - 2 * 2000 / 3) / 2)  # a triangle 1,000 wide, 666.7 high
    density = {r["cell_id"]: r["harm_per_km2"] for r in read.rows(cut["OUTPUT"])}
    assert density[1] == pytest.approx(w("8N"))


def test_written_grid_reopens_styled_with_provenance_and_records(run, six_events, tmp_path, read):
    output, records = tmp_path / "grid.gpkg", tmp_path / "records.gpkg"
    grid(run, six_events, CELL_SIZE=1000, EXTENT="0,3000,0,2000 [EPSG:27700]", FILTER="code <> '44'",
         OUTPUT=str(output), RECORDS=str(records))

    fresh = QgsVectorLayer(str(output), "fresh", "ogr")
    assert isinstance(fresh.renderer(), QgsGraduatedSymbolRenderer)
    assert fresh.renderer().classAttribute() == "harm_score"
    provenance = provenance_of(fresh)
    assert provenance["algorithm"] == "socharm:harmgrid"
    assert provenance["harm_table"]["name"] == TABLE.name
    assert provenance["parameters"]["CELL_SIZE"] == 1000
    listed = QgsVectorLayer(str(records), "records", "ogr")
    statuses = {r["source_fid"]: (r["area_id"], r["status"]) for r in read.rows(listed)}
    assert sorted(statuses.values(), key=str) == sorted([
        ("1", "assigned"), ("1", "assigned"), ("6", "assigned"), (None, "outside"), (None, "no_geometry"),
        (None, "filtered")], key=str)
    assert provenance_of(listed)["reconciliation"]["records_in"] == 6


def test_an_empty_layer_with_an_extent_gives_a_grid_of_zeros(run, layers):
    empty = layers.events([])
    results, _ = grid(run, empty, CELL_SIZE=500, EXTENT="0,1000,0,1000 [EPSG:27700]")

    assert results["CELLS"] == 4 and results["RECORDS_IN"] == 0
    assert [f["harm_score"] for f in results["OUTPUT"].getFeatures()] == [0, 0, 0, 0]


def test_an_empty_layer_without_an_extent_is_refused_clearly(run, layers):
    with pytest.raises(QgsProcessingException, match="no records with a location.*EXTENT"):
        grid(run, layers.events([(None, "8N", "")]), CELL_SIZE=500)


def test_a_negative_cell_size_is_refused(run, six_events):
    with pytest.raises(QgsProcessingException):
        grid(run, six_events, CELL_SIZE=-100)


def test_a_cell_size_giving_too_many_cells_is_refused_with_the_smallest_that_fits(run, six_events):
    # sqrt(3,000 x 2,000 / 1,000,000) = 2.45 -> 2.5: 1,200 x 800 cells (1,202 x 802 with room for snapping) fit
    with pytest.raises(QgsProcessingException, match=r"Cell size 1 makes 6000000 cells .* at most 1000000 .* at "
                                                     r"least 2\.5,"):
        grid(run, six_events, CELL_SIZE=1, EXTENT="0,3000,0,2000 [EPSG:27700]")


def test_records_at_one_place_need_a_cell_size(run, layers):
    events = layers.events([("POINT(10 10)", "8N", ""), ("POINT(10 10)", "8N", "")])
    with pytest.raises(QgsProcessingException, match="one place.*CELL_SIZE"):
        grid(run, events)
    results, _ = grid(run, events, CELL_SIZE=100)
    assert results["ASSIGNED"] == 2


def test_a_geographic_crs_is_refused(run, layers):
    events = layers.events([("POINT(-1.5 53.4)", "8N", "")], crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        grid(run, events, CELL_SIZE=0.01)
