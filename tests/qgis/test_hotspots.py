"""socharm:hotspots, socharm:localmoran, socharm:hotharm and socharm:emerginghotspots through processing.run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/qgis/test_hotspots.py -q

The statistics themselves are checked against hand values and esda in
tests/unit; here: the public fields and codes, styles that reopen from the
written file, provenance, warnings, NULL handling, CRS refusal, and that the
harm weight (not the record count) feeds the statistic end to end.
"""
from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from soc_harm_plugin.qgis_io.outputs import provenance_of

CELL = 1000.0
X0, Y0 = 400000.0, 300000.0
ID_FIELDS = ["area_id:string", "harm_score:double", "harm_n:integer"]


def cell_wkt(layers, r, c):
    return layers.square(X0 + c * CELL, Y0 + r * CELL, CELL)


def lattice_rows(layers, n, harm, counts=None):
    """n x n cells, area k = row * n + col, ids c000..; values per cell."""
    counts = counts if counts is not None else [1] * (n * n)
    return [("c{0:03d}".format(k), cell_wkt(layers, *divmod(k, n)), harm[k], counts[k]) for k in range(n * n)]


def clustered(n=10, seed=1):
    """Background noise, a hot 3x3 block bottom-left and a cold 3x3 block top-right."""
    rng = np.random.default_rng(seed)
    v = rng.normal(100, 10, n * n)
    for r in range(3):
        for c in range(3):
            v[r * n + c] = 300 + rng.normal(0, 10)
            v[(n - 1 - r) * n + (n - 1 - c)] = 20 + rng.normal(0, 5)
    return v.tolist()


def hotspot_params(layer, output, **extra):
    params = {"INPUT": layer, "VALUE_FIELD": "harm_score", "NEIGHBOURS": 0, "DISTANCE": 1500.0, "K": 8,
              "ROW_STANDARDISE": False, "PERMUTATIONS": 0, "SEED": 1, "CORRECTION": 1, "ALPHA": 0.05, "OUTPUT": output}
    params.update(extra)
    return params


def reopen(path: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(path, "reopened", "ogr")
    assert layer.isValid(), path
    return layer


def categories(layer):
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol", renderer.type()
    return renderer.classAttribute(), [c.value() for c in renderer.categories()]


def colour_by(layer, field):
    """{field value: fill colour the layer's renderer gives that feature}."""
    from qgis.core import QgsRenderContext

    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    try:
        return {f[field]: renderer.symbolForFeature(f, context).color().name() for f in layer.getFeatures()}
    finally:
        renderer.stopRender(context)


# --------------------------------------------------------------------------- socharm:hotspots


def test_hotspots_writes_every_field_with_bins_and_statuses(run, layers, read, tmp_path):
    areas = layers.areas(lattice_rows(layers, 10, clustered()), extra=ID_FIELDS[1:])
    results, fb = run("socharm:hotspots", hotspot_params(areas, "TEMPORARY_OUTPUT"))
    out = results["OUTPUT"]
    names = out.fields().names()
    for field in ("area_id", "harm_score", "gi_z", "gi_p", "gi_p_adj", "gi_sig", "gi_bin", "gi_neighbours",
                  "gi_status"):
        assert field in names
    rows = read.by(out, "area_id")
    assert rows["c011"]["gi_bin"] == 3 and rows["c011"]["gi_z"] > 3  # centre of the hot block
    assert rows["c088"]["gi_bin"] == -3 and rows["c088"]["gi_z"] < -3  # centre of the cold block
    assert {r["gi_bin"] for r in rows.values()} <= set(range(-3, 4))
    assert {r["gi_status"] for r in rows.values()} == {"ok"}
    assert rows["c000"]["gi_neighbours"] == 3 and rows["c055"]["gi_neighbours"] == 8
    for r in rows.values():  # gi_sig is the corrected p below ALPHA
        assert bool(r["gi_sig"]) == (r["gi_p_adj"] < 0.05)
    assert results["HOT_AREAS"] >= 9 and results["COLD_AREAS"] >= 1
    assert results["TESTED_AREAS"] == 100


def test_hotspots_output_reopens_styled_with_provenance(run, layers, tmp_path):
    areas = layers.areas(lattice_rows(layers, 10, clustered()), extra=ID_FIELDS[1:])
    path = str(tmp_path / "gi.gpkg")
    run("socharm:hotspots", hotspot_params(areas, path, PERMUTATIONS=99, SEED=3, CORRECTION=0))
    layer = reopen(path)
    field, values = categories(layer)
    assert field == "gi_bin"
    assert [str(v) for v in values] == ["3", "2", "1", "0", "-1", "-2", "-3", ""]
    colours = colour_by(layer, "gi_bin")
    # with 99 permutations the smallest p is 0.02: nothing reaches 99 % confidence
    assert set(colours) <= {2, 1, 0, -1, -2}
    assert colours[2] == "#ed7551" and colours[-2] == "#849eba" and colours[0] == "#ffffbf"
    provenance = provenance_of(layer)
    assert provenance["algorithm"] == "socharm:hotspots"
    assert provenance["inference"]["permutations"] == 99 and provenance["inference"]["seed"] == 3
    assert provenance["areas"]["tested"] == 100


def test_null_values_are_reported_and_left_out_not_zeroed(run, layers, read):
    harm = clustered()
    rows = lattice_rows(layers, 10, harm)
    rows[45] = (rows[45][0], rows[45][1], None, 1)
    areas = layers.areas(rows, extra=ID_FIELDS[1:])
    results, fb = run("socharm:hotspots", hotspot_params(areas, "TEMPORARY_OUTPUT"))
    out = read.by(results["OUTPUT"], "area_id")
    assert out["c045"]["gi_z"] is None and out["c045"]["gi_bin"] is None and out["c045"]["gi_status"] == "null_value"
    warning = fb.warnings_with("1 area(s) have no value (NULL)", "harm_score")
    assert warning and "never counted as 0" in warning[0]
    fid = [f.id() for f in areas.getFeatures() if f["area_id"] == "c045"][0]
    assert str(fid) in warning[0]
    # a 0 in its place gives other z-scores: the NULL was not read as 0
    zero = layers.areas([(a, w, 0.0 if k == 45 else v, n) for k, (a, w, v, n) in enumerate(rows)], extra=ID_FIELDS[1:])
    as_zero = read.by(run("socharm:hotspots", hotspot_params(zero, "TEMPORARY_OUTPUT"))[0]["OUTPUT"], "area_id")
    assert abs(as_zero["c044"]["gi_z"] - out["c044"]["gi_z"]) > 0.1
    assert results["TESTED_AREAS"] == 99


def test_a_distance_band_is_refused_in_a_geographic_crs(run, layers):
    rows = [("a{0}".format(k), layers.square(-1.0 + 0.01 * k, 52.0, 0.01), float(k), 1) for k in range(40)]
    areas = layers.areas(rows, extra=ID_FIELDS[1:], crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run("socharm:hotspots", hotspot_params(areas, "TEMPORARY_OUTPUT", NEIGHBOURS=2, DISTANCE=0.02))
    # contiguity in degrees is fine
    results, _ = run("socharm:hotspots", hotspot_params(areas, "TEMPORARY_OUTPUT", NEIGHBOURS=1))
    assert results["TESTED_AREAS"] == 40


def test_islands_and_few_areas_are_warned(run, layers, read):
    rows = lattice_rows(layers, 3, [float(v) for v in range(1, 10)])
    rows.append(("island", layers.square(X0 + 20 * CELL, Y0, CELL), 50.0, 1))
    areas = layers.areas(rows, extra=ID_FIELDS[1:])
    results, fb = run("socharm:hotspots", hotspot_params(areas, "TEMPORARY_OUTPUT", NEIGHBOURS=1))
    out = read.by(results["OUTPUT"], "area_id")
    assert out["island"]["gi_status"] == "no_neighbours" and out["island"]["gi_z"] is None
    island_fid = [f.id() for f in areas.getFeatures() if f["area_id"] == "island"][0]
    assert fb.warnings_with("1 area(s) have no neighbours (islands)", str(island_fid))
    assert fb.warnings_with("only 10 areas have a value")


def test_k_nearest_gives_the_island_neighbours(run, layers, read):
    rows = lattice_rows(layers, 6, clustered(6))
    rows.append(("island", layers.square(X0 + 20 * CELL, Y0, CELL), 50.0, 1))
    areas = layers.areas(rows, extra=ID_FIELDS[1:])
    results, fb = run("socharm:hotspots", hotspot_params(areas, "TEMPORARY_OUTPUT", NEIGHBOURS=3, K=4))
    out = read.by(results["OUTPUT"], "area_id")
    assert out["island"]["gi_neighbours"] == 4 and out["island"]["gi_status"] == "ok"
    assert not fb.warnings_with("islands")


def test_permutations_are_seeded_and_bounded(run, layers, read):
    areas = layers.areas(lattice_rows(layers, 10, clustered()), extra=ID_FIELDS[1:])
    params = hotspot_params(areas, "TEMPORARY_OUTPUT", PERMUTATIONS=199, SEED=7, CORRECTION=0)
    a = read.by(run("socharm:hotspots", params)[0]["OUTPUT"], "area_id")
    b = read.by(run("socharm:hotspots", params)[0]["OUTPUT"], "area_id")
    assert [r["gi_p"] for r in a.values()] == [r["gi_p"] for r in b.values()]
    assert min(r["gi_p"] for r in a.values()) == pytest.approx(2 / 200)
    assert all(r["gi_p_adj"] == r["gi_p"] for r in a.values())  # no correction


def test_too_few_permutations_for_bonferroni_are_warned(run, layers):
    areas = layers.areas(lattice_rows(layers, 10, clustered()), extra=ID_FIELDS[1:])
    _, fb = run("socharm:hotspots", hotspot_params(areas, "TEMPORARY_OUTPUT", PERMUTATIONS=99, CORRECTION=2))
    assert fb.warnings_with("With 99 permutations", "none can be below")


def test_every_area_with_the_same_value_is_a_clear_error(run, layers):
    areas = layers.areas(lattice_rows(layers, 6, [5.0] * 36), extra=ID_FIELDS[1:])
    with pytest.raises(QgsProcessingException, match="same value"):
        run("socharm:hotspots", hotspot_params(areas, "TEMPORARY_OUTPUT"))


# --------------------------------------------------------------------------- socharm:localmoran


def test_localmoran_fields_quadrant_codes_and_style(run, layers, read, tmp_path):
    harm = clustered()
    harm[99] = 400.0  # a high value in the corner of the cold block: an outlier
    areas = layers.areas(lattice_rows(layers, 10, harm), extra=ID_FIELDS[1:])
    path = str(tmp_path / "lm.gpkg")
    results, _ = run("socharm:localmoran", hotspot_params(areas, path, CORRECTION=0))
    layer = reopen(path)
    rows = read.by(layer, "area_id")
    for field in ("lm_i", "lm_z", "lm_p", "lm_p_adj", "lm_quad", "lm_neighbours", "lm_status"):
        assert field in layer.fields().names()
    assert {r["lm_quad"] for r in rows.values()} <= {"HH", "LL", "HL", "LH", "ns"}
    assert rows["c011"]["lm_quad"] == "HH"
    assert rows["c088"]["lm_quad"] == "LL"
    assert rows["c099"]["lm_quad"] == "HL"
    assert results["HH"] >= 1 and results["LL"] >= 1
    assert categories(layer)[0] == "lm_quad"
    assert set(categories(layer)[1]) == {"HH", "LL", "HL", "LH", "ns", ""}
    assert provenance_of(layer)["algorithm"] == "socharm:localmoran"


def test_localmoran_null_area_gets_no_quadrant(run, layers, read):
    rows = lattice_rows(layers, 10, clustered())
    rows[3] = (rows[3][0], rows[3][1], None, 1)
    areas = layers.areas(rows, extra=ID_FIELDS[1:])
    results, fb = run("socharm:localmoran", hotspot_params(areas, "TEMPORARY_OUTPUT"))
    out = read.by(results["OUTPUT"], "area_id")
    assert out["c003"]["lm_quad"] is None and out["c003"]["lm_status"] == "null_value"
    assert fb.warnings_with("1 area(s) have no value (NULL)")
    assert results["TESTED_AREAS"] == 99


# --------------------------------------------------------------------------- the harm weight feeds the statistic


SHOPLIFTING, ROBBERY = "46", "34B"  # ONS CSS 11.86 and 799.63


def disagreeing_events(layers, n=10):
    """Many shoplifting records bottom-left, a few robberies top-right, two shoplifting per cell elsewhere."""
    rows = []
    for k in range(n * n):
        r, c = divmod(k, n)
        if r < 3 and c < 3:
            codes = [SHOPLIFTING] * 30
        elif r >= n - 3 and c >= n - 3:
            codes = [ROBBERY] * 3
        else:
            codes = [SHOPLIFTING] * 2
        x, y = X0 + (c + 0.5) * CELL, Y0 + (r + 0.5) * CELL
        for j, code in enumerate(codes):
            rows.append(("POINT({0} {1})".format(x + j, y), code, "2024-{0:02d}-15".format(1 + j % 12)))
    return layers.events(rows)


def scored_lattice(run, layers, n=10):
    areas = layers.areas([("c{0:03d}".format(k), cell_wkt(layers, *divmod(k, n))) for k in range(n * n)])
    results, _ = run("socharm:scoreharm", {
        "AREAS": areas, "AREA_ID": "area_id", "EVENTS": disagreeing_events(layers, n), "CODE_FIELD": "code",
        "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    return results["OUTPUT"]


def test_harm_not_the_count_feeds_the_hotspots_end_to_end(run, layers, read):
    scored = scored_lattice(run, layers)
    by_harm = read.by(run("socharm:hotspots", hotspot_params(scored, "TEMPORARY_OUTPUT"))[0]["OUTPUT"], "area_id")
    by_count = read.by(run("socharm:hotspots", hotspot_params(scored, "TEMPORARY_OUTPUT", VALUE_FIELD="harm_n"))[0][
        "OUTPUT"],
                       "area_id")
    bottom_left, top_right = "c011", "c088"
    assert by_harm[top_right]["gi_bin"] == 3 and by_harm[bottom_left]["gi_bin"] <= 0
    assert by_count[bottom_left]["gi_bin"] == 3 and by_count[top_right]["gi_bin"] <= 0


def test_hotharm_finds_the_places_a_count_map_misses(run, layers, read, tmp_path):
    scored = scored_lattice(run, layers)
    path = str(tmp_path / "hotharm.gpkg")
    params = hotspot_params(scored, path)
    del params["VALUE_FIELD"]
    results, fb = run("socharm:hotharm", params)
    layer = reopen(path)
    rows = read.by(layer, "area_id")
    for field in ("count_bin", "harm_bin", "hotharm_class", "count_z", "harm_z", "hotharm_status"):
        assert field in layer.fields().names()
    assert rows["c088"]["hotharm_class"] == "hot_harm_only"
    assert colour_by(layer, "hotharm_class")["hot_harm_only"] == "#762a83"
    assert rows["c011"]["hotharm_class"] == "hot_count_only"
    assert {r["hotharm_class"] for r in rows.values()} <= {"hot_both", "hot_harm_only", "hot_count_only", "cold_both",
                                                           "other"}
    assert results["HOT_HARM_ONLY"] >= 1 and results["HOT_COUNT_ONLY"] >= 1
    assert categories(layer)[0] == "hotharm_class"
    assert provenance_of(layer)["algorithm"] == "socharm:hotharm"


def test_hotharm_needs_the_scored_fields(run, layers):
    areas = layers.areas([("a", layers.square(X0, Y0))], extra=[])
    params = hotspot_params(areas, "TEMPORARY_OUTPUT")
    del params["VALUE_FIELD"]
    with pytest.raises(QgsProcessingException, match="no field 'harm_n'"):
        run("socharm:hotharm", params)


# --------------------------------------------------------------------------- socharm:emerginghotspots


def emerging_events(layers, n=8, months=12):
    """Two shoplifting records per cell per month; from month 10 a block of robberies top-right;
    a block bottom-left with robberies every month; one record without a date."""
    rows = []
    for k in range(n * n):
        r, c = divmod(k, n)
        x, y = X0 + (c + 0.5) * CELL, Y0 + (r + 0.5) * CELL
        for m in range(months):
            day = "2024-{0:02d}-10".format(m + 1)
            codes = [SHOPLIFTING] * 2
            if r < 3 and c < 3:
                codes += [ROBBERY] * 2
            if r >= n - 3 and c >= n - 3 and m >= months - 3:
                codes += [ROBBERY] * 4
            rows.extend(("POINT({0} {1})".format(x + j, y + m), code, day) for j, code in enumerate(codes))
    rows.append(("POINT({0} {1})".format(X0 + 10, Y0 + 10), SHOPLIFTING, None))
    return layers.events(rows)


def emerging_params(areas, events, output, **extra):
    params = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code", "HARM_TABLE": 0,
              "MISSING_WEIGHT": 1, "DATE_FIELD": "day", "TIME_STEP": 0, "TIME_STEPS": 1, "NEIGHBOURS": 0,
              "DISTANCE": 1500.0, "K": 8, "CORRECTION": 1, "ALPHA": 0.05, "OUTPUT": output}
    params.update(extra)
    return params


def test_emerging_hotspots_classes_fields_style_and_slices(run, layers, read, tmp_path):
    n = 8
    areas = layers.areas([("c{0:03d}".format(k), cell_wkt(layers, *divmod(k, n))) for k in range(n * n)])
    path = str(tmp_path / "ehs.gpkg")
    results, fb = run("socharm:emerginghotspots", emerging_params(
        areas, emerging_events(layers, n), path, SLICES=str(tmp_path / "bins.gpkg")))
    layer = reopen(path)
    rows = read.by(layer, "area_id")
    for field in ("ehs_class", "ehs_trend_z", "ehs_trend_p", "ehs_tau", "ehs_hot_slices", "ehs_cold_slices",
                  "ehs_last_z", "ehs_last_bin", "ehs_harm", "ehs_records", "ehs_neighbours", "ehs_status"):
        assert field in layer.fields().names()
    assert rows["c009"]["ehs_class"] == "persistent_hot"  # robberies every month
    assert rows["c054"]["ehs_class"] in ("consecutive_hot", "new_hot")  # robberies from month 10
    assert rows["c054"]["ehs_hot_slices"] <= 4
    assert all(r["ehs_class"] in {
        "new_hot", "consecutive_hot", "intensifying_hot", "persistent_hot", "diminishing_hot", "sporadic_hot",
        "oscillating_hot", "historical_hot", "new_cold", "consecutive_cold", "intensifying_cold", "persistent_cold",
        "diminishing_cold", "sporadic_cold", "oscillating_cold", "historical_cold",
                                  "no_pattern"} for r in rows.values())
    assert categories(layer)[0] == "ehs_class"
    provenance = provenance_of(layer)
    assert provenance["time"]["slices"][0] == "2024-01" and len(provenance["time"]["slices"]) == 12
    fates = provenance["reconciliation"]["by_fate"]
    assert sum(fates.values()) == provenance["reconciliation"]["records_in"] == results["RECORDS_IN"]
    assert fates["no_date"] == 1  # counted, not dropped
    assert results["N_SLICES"] == 12
    bins = reopen(str(tmp_path / "bins.gpkg"))
    assert bins.featureCount() == n * n * 12
    assert {"area_id", "slice", "slice_start", "harm", "records", "gi_z", "gi_p_adj", "gi_bin"} <= set(
        bins.fields().names())
    total = sum(r["harm"] for r in read.rows(bins))
    assert total == pytest.approx(sum(r["ehs_harm"] for r in rows.values()))


def test_emerging_hotspots_warns_few_slices_and_partial_periods(run, layers):
    n = 6
    areas = layers.areas([("c{0:03d}".format(k), cell_wkt(layers, *divmod(k, n))) for k in range(n * n)])
    results, fb = run("socharm:emerginghotspots", emerging_params(
        areas, emerging_events(layers, n, months=6), "TEMPORARY_OUTPUT", START="2024-01-01", END="2024-06-20"))
    assert results["N_SLICES"] == 6
    assert fb.warnings_with("Only 6 time slices")
    assert fb.warnings_with("2024-06", "partly covered")


def test_emerging_hotspots_refuses_a_distance_band_in_degrees(run, layers):
    rows = [("a{0}".format(k), layers.square(-1.0 + 0.01 * k, 52.0, 0.01)) for k in range(12)]
    areas = layers.areas(rows, crs="EPSG:4326")
    events = layers.events([("POINT(-0.995 52.005)", SHOPLIFTING, "2024-01-01")], crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run("socharm:emerginghotspots", emerging_params(areas, events, "TEMPORARY_OUTPUT", NEIGHBOURS=2, DISTANCE=0.02))
