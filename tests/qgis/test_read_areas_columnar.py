"""Areas in a plain file are read in one columnar pass (GDAL's Arrow reader for
the geometries, QGIS's iterator without geometry for the attributes): the rows
are those QGIS's feature iterator gives, repairs and all.

Each expectation compares the columnar read with the iterator's read of the
same GeoPackage (read_areas without the layer), or counts records by hand.
"""
from __future__ import annotations

import pytest
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext,
                       QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer)

from soc_harm_plugin.qgis_io.area_layers import read_areas
from test_area_repair import DEFECTS

BNG = QgsCoordinateReferenceSystem("EPSG:27700")
SHARED = [  # a 2 x 2 block of squares: shared edges, and a vertex (1000 1000) shared by all four
    ("s1", "POLYGON((0 3000,1000 3000,1000 4000,0 4000,0 3000))"),
    ("s2", "POLYGON((1000 3000,2000 3000,2000 4000,1000 4000,1000 3000))"),
    ("s3", "POLYGON((0 4000,1000 4000,1000 5000,0 5000,0 4000))"),
    ("s4", "POLYGON((1000 4000,2000 4000,2000 5000,1000 5000,1000 4000))"),
]


def area_layer(layers):
    """Every repair case, the shared block, a holed polygon, a multipolygon, a
    sliver (nothing polygonal left after its repair) and an area without geometry,
    with attributes of several types (and NULLs)."""
    defects = [DEFECTS[name][0] for name in sorted(DEFECTS)]
    rows = [("d{0}".format(k), wkt, k, 1.5 * k, "2024-0{0}-01".format(k % 9 + 1)) for k, wkt in enumerate(defects)]
    rows += [(area_id, wkt, None, None, None) for area_id, wkt in SHARED]
    rows += [("holed", "POLYGON((5000 0,6000 0,6000 1000,5000 1000,5000 0),(5200 200,5800 200,5800 800,5200 800,"
                       "5200 200))", 7, 0.25, "2023-12-31"),
             ("multi", "MULTIPOLYGON(((7000 0,8000 0,8000 1000,7000 0)),((9000 0,9500 0,9500 500,9000 0)))", 8, 2.0,
              None),
             ("sliver", "POLYGON((0 0,1000 1000,0 0))", 10, 0.5, None),
             ("none", None, 9, 3.0, "2024-02-29")]
    memory = layers.areas(rows, extra=["pop:integer", "ratio:double", "day:date"])
    return layers.gpkg(memory, "areas.gpkg")


def same_rows(columnar, features):
    assert columnar.fids == features.fids
    assert columnar.attributes == features.attributes
    assert columnar.wkb == features.wkb
    assert columnar.area_m2.tolist() == features.area_m2.tolist()
    assert (columnar.repaired, columnar.empty, columnar.collapsed) == (features.repaired, features.empty,
                                                                       features.collapsed)
    assert columnar.dropped == features.dropped


@pytest.mark.parametrize("ellipsoid", ["NONE", "EPSG:7001"])
def test_a_geopackage_read_in_one_columnar_pass_gives_the_rows_of_the_feature_iterator(layers, ellipsoid):
    gpkg = area_layer(layers)
    context = QgsCoordinateTransformContext()

    features = read_areas(gpkg, BNG, context, ellipsoid)
    columnar = read_areas(gpkg, BNG, context, ellipsoid, layer=gpkg)

    assert (columnar.reader, features.reader) == ("arrow", "features")
    same_rows(columnar, features)
    assert len(features.repaired) >= 5 and features.empty and features.collapsed  # the cases are really there


def test_a_source_that_lists_other_features_than_the_layer_is_read_feature_by_feature(layers):
    gpkg = area_layer(layers)
    subset = QgsVectorLayer(gpkg.source(), "subset", "ogr")
    subset.setSubsetString("area_id IN ('s1', 's2', 's3', 's4')")  # the source: four features; the layer: all
    context = QgsCoordinateTransformContext()

    rows = read_areas(subset, BNG, context, "NONE", layer=gpkg)

    assert rows.reader == "features"
    assert [a[1] for a in rows.attributes] == ["s1", "s2", "s3", "s4"]


def test_records_on_shared_edges_and_vertices_of_areas_read_in_one_pass_go_to_the_id_that_sorts_first(
        run, layers, tmp_path):
    gpkg = layers.gpkg(layers.areas(list(reversed(SHARED))), "block.gpkg")  # file order is not id order
    points = [(1000, 4000), (1000, 3500), (1500, 4000), (500, 4000), (1000, 4500), (1500, 4500), (2000, 4500)]
    events = layers.memory("Point", ["code:string"], [("POINT({0} {1})".format(x, y), "8N") for x, y in points])

    results, _ = run("socharm:scoreharm", {"AREAS": gpkg, "AREA_ID": "area_id", "EVENTS": events,
                                           "CODE_FIELD": "code", "OUTPUT": str(tmp_path / "scored.gpkg")})

    scored = QgsVectorLayer(results["OUTPUT"], "scored", "ogr")
    # (1000 4000) the shared vertex: s1; (1000 3500) s1|s2: s1; (1500 4000) s2|s4: s2; (500 4000) s1|s3: s1;
    # (1000 4500) s3|s4: s3; (1500 4500) inside s4; (2000 4500) on s4's outer edge: s4
    assert {f["area_id"]: f["harm_n"] for f in scored.getFeatures()} == {"s1": 3, "s2": 1, "s3": 1, "s4": 2}


def test_selected_features_only_are_read_feature_by_feature(run, layers, tmp_path):
    gpkg = layers.gpkg(layers.areas(SHARED), "block.gpkg")
    gpkg.selectByExpression("area_id IN ('s2', 's4')")
    events = layers.memory("Point", ["code:string"], [("POINT(1500 3500)", "8N"), ("POINT(500 3500)", "8N")])
    QgsProject.instance().addMapLayer(gpkg, False)
    try:
        results, _ = run("socharm:scoreharm", {
            "AREAS": QgsProcessingFeatureSourceDefinition(gpkg.id(), selectedFeaturesOnly=True),
            "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code", "OUTPUT": str(tmp_path / "selected.gpkg")})
    finally:
        QgsProject.instance().removeMapLayer(gpkg.id())

    scored = QgsVectorLayer(results["OUTPUT"], "scored", "ogr")
    assert {f["area_id"]: f["harm_n"] for f in scored.getFeatures()} == {"s2": 1, "s4": 0}


def test_validity_is_checked_in_bulk_only_by_shapely_2_on_qgis_own_geos_and_then_as_qgis_checks_it():
    import shapely
    from qgis.core import Qgis, QgsGeometry

    from soc_harm_plugin.qgis_io.area_layers import _valid_in_bulk

    wkts = [wkt for wkt, *_ in DEFECTS.values()] + [wkt for _, wkt in SHARED]
    blobs = [bytes(QgsGeometry.fromWkt(wkt).asWkb()) for wkt in wkts] + [None, b"\x01\x03\x00"]  # none; unreadable
    same_geos = int(shapely.__version__.split(".")[0]) >= 2 and tuple(shapely.geos_version) == (
        Qgis.geosVersionMajor(), Qgis.geosVersionMinor(), Qgis.geosVersionPatch())

    valid = _valid_in_bulk(blobs)

    if not same_geos:
        assert valid is None  # every area is checked one by one, by QGIS
    else:
        assert valid.tolist() == [QgsGeometry.fromWkt(wkt).isGeosValid() for wkt in wkts] + [False, False]
