"""soc_harm_plugin.compat gives, on the QGIS that runs the tests, the same values
as the names those enums had in QGIS 3.22 (which every 3.x still accepts)."""
from __future__ import annotations

import pytest
from qgis.core import (
    QgsColorRampShader,
    QgsFeatureRequest,
    QgsField,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingFeatureSource,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProperty,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from soc_harm_plugin import compat

# (compat name, the 3.22 name) for every member the plugin uses
SAME_AS_322 = [
    # unscoped OverPoint is another enum's member on 3.26+: the scoped 3.22 name
    ("LabelPlacement.OverPoint", QgsPalLayerSettings.Placement.OverPoint),
    ("LabelPlacement.Curved", QgsPalLayerSettings.Placement.Curved),
    ("LabelMultiLineAlignment.Center", QgsPalLayerSettings.MultiLineAlign.MultiCenter),
    ("GeometryType.Point", QgsWkbTypes.PointGeometry),
    ("GeometryType.Line", QgsWkbTypes.LineGeometry),
    ("GeometryType.Polygon", QgsWkbTypes.PolygonGeometry),
    ("WkbType.NoGeometry", QgsWkbTypes.NoGeometry),
    ("WkbType.Point", QgsWkbTypes.Point),
    ("WkbType.Polygon", QgsWkbTypes.Polygon),
    ("WkbType.MultiPolygon", QgsWkbTypes.MultiPolygon),
    ("WkbType.LineString", QgsWkbTypes.LineString),
    ("WkbType.MultiLineString", QgsWkbTypes.MultiLineString),
    ("LayerType.Vector", QgsMapLayer.VectorLayer),
    ("LayerType.Raster", QgsMapLayer.RasterLayer),
    ("DistanceUnit.Meters", QgsUnitTypes.DistanceMeters),
    ("DistanceUnit.Kilometers", QgsUnitTypes.DistanceKilometers),
    ("DistanceUnit.Degrees", QgsUnitTypes.DistanceDegrees),
    ("LayoutUnit.Millimeters", QgsUnitTypes.LayoutMillimeters),
    ("SourceType.Vector", QgsProcessing.TypeVector),
    ("SourceType.VectorAnyGeometry", QgsProcessing.TypeVectorAnyGeometry),
    ("SourceType.VectorPoint", QgsProcessing.TypeVectorPoint),
    ("SourceType.VectorLine", QgsProcessing.TypeVectorLine),
    ("SourceType.VectorPolygon", QgsProcessing.TypeVectorPolygon),
    ("AlgorithmFlag.NoThreading", QgsProcessingAlgorithm.FlagNoThreading),
    ("FeatureSourceFlag.SkipGeometryValidityChecks", QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks),
    ("ParameterFlag.Optional", QgsProcessingParameterDefinition.FlagOptional),
    ("ParameterFlag.Advanced", QgsProcessingParameterDefinition.FlagAdvanced),
    ("NumberType.Integer", QgsProcessingParameterNumber.Integer),
    ("NumberType.Double", QgsProcessingParameterNumber.Double),
    ("FieldDataType.Any", QgsProcessingParameterField.Any),
    ("FieldDataType.Numeric", QgsProcessingParameterField.Numeric),
    ("FieldDataType.String", QgsProcessingParameterField.String),
    ("FileBehavior.File", QgsProcessingParameterFile.File),
    ("FileBehavior.Folder", QgsProcessingParameterFile.Folder),
    ("DateTimeType.Date", QgsProcessingParameterDateTime.Date),
    ("FeatureRequestFlag.NoGeometry", QgsFeatureRequest.NoGeometry),
    ("InvalidGeometryCheck.NoCheck", QgsFeatureRequest.GeometryNoCheck),
    ("PropertyType.Static", QgsProperty.StaticProperty),
    ("ShaderInterpolationMethod.Discrete", QgsColorRampShader.Discrete),
    ("LegendComponent.Title", QgsLegendStyle.Title),
    ("LegendComponent.Group", QgsLegendStyle.Group),
    ("LegendComponent.Subgroup", QgsLegendStyle.Subgroup),
    ("LegendComponent.SymbolLabel", QgsLegendStyle.SymbolLabel),
    ("LegendComponent.Hidden", QgsLegendStyle.Hidden),
]


def _resolve(path: str):
    value = compat
    for part in path.split("."):
        value = getattr(value, part)
    return value


@pytest.mark.parametrize("name,old", SAME_AS_322, ids=[name for name, _ in SAME_AS_322])
def test_compat_member_is_the_322_member(name, old):
    assert int(_resolve(name)) == int(old)


def test_label_placement_is_the_placement_enum_that_settings_accept():
    # 3.40 and 3.44 refuse an unscoped OverPoint (it resolves to another enum)
    settings = QgsPalLayerSettings()
    settings.placement = compat.LabelPlacement.OverPoint

    assert int(settings.placement) == int(compat.LabelPlacement.OverPoint)


@pytest.mark.parametrize("name,old", [("Bool", QVariant.Bool), ("Int", QVariant.Int), ("UInt", QVariant.UInt),
                                      ("LongLong", QVariant.LongLong), ("ULongLong", QVariant.ULongLong),
                                      ("Double", QVariant.Double), ("String", QVariant.String),
                                      ("Date", QVariant.Date), ("DateTime", QVariant.DateTime)])
def test_field_types_make_fields_of_that_type(name, old):
    field = QgsField("f", getattr(compat.FieldType, name))

    assert compat.field_type(field) == getattr(compat.FieldType, name)
    assert int(field.type()) == int(old)
