"""Writing outputs checks what QGIS returns: a refused feature or geometry stops
the run with a message that names the output, never a silently short output."""
from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from soc_harm_plugin.processing_provider.outputs.areas import multi_part
from soc_harm_plugin.qgis_io.outputs import add_features


def test_a_feature_the_sink_refuses_stops_the_run_naming_the_output():
    points = QgsVectorLayer("Point?crs=EPSG:27700", "points", "memory")
    square = QgsFeature()
    square.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))"))

    with pytest.raises(QgsProcessingException, match="Could not write features to OUTPUT"):
        add_features(points.dataProvider(), [square], "OUTPUT")
    assert points.featureCount() == 0


def test_features_the_sink_takes_are_all_written():
    points = QgsVectorLayer("Point?crs=EPSG:27700", "points", "memory")
    features = []
    for x in range(3):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt("POINT({0} 0)".format(x)))
        features.append(feature)

    add_features(points.dataProvider(), features, "OUTPUT")

    assert points.featureCount() == 3


def test_a_geometry_that_cannot_be_multi_part_stops_the_run():
    with pytest.raises(QgsProcessingException, match="could not be made multi-part"):
        multi_part(QgsGeometry())


def test_a_polygon_is_made_multi_part():
    geom = multi_part(QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))"))

    assert geom.isMultipart() and geom.area() == 1.0
