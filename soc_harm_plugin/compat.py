"""QGIS enums that moved into ``Qgis`` after 3.22, under their new names on every version.

The rest of the plugin writes ``SourceType.VectorPoint`` or ``GeometryType.Polygon``
as QGIS 3.36+ and QGIS 4 spell them (``Qgis.ProcessingSourceType.VectorPoint``); on
older QGIS the same names map to the old scoped members. The choice is made here,
once, by ``Qgis.versionInt()``, at the version each enum moved. Enums that did not
move are written in their scoped form (``QgsFeatureSink.Flag.FastInsert``), which
QGIS 3.22 to 4 all accept.
"""
from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsField,
    QgsColorRampShader,
    QgsFeatureRequest,
    QgsLegendStyle,
    QgsMapLayer,
    QgsMapLayerType,
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
from qgis.PyQt.QtCore import QMetaType, QVariant

QGIS_VERSION = Qgis.versionInt()

if QGIS_VERSION >= 32600:
    LabelPlacement = Qgis.LabelPlacement
    LabelMultiLineAlignment = Qgis.LabelMultiLineAlignment
else:
    class LabelPlacement:
        OverPoint = QgsPalLayerSettings.Placement.OverPoint
        Curved = QgsPalLayerSettings.Placement.Curved

    class LabelMultiLineAlignment:
        Center = QgsPalLayerSettings.MultiLineAlign.MultiCenter

if QGIS_VERSION >= 33000:
    GeometryType = Qgis.GeometryType
    WkbType = Qgis.WkbType
    LayerType = Qgis.LayerType
    DistanceUnit = Qgis.DistanceUnit
    LayoutUnit = Qgis.LayoutUnit
else:
    class GeometryType:
        Point = QgsWkbTypes.GeometryType.PointGeometry
        Line = QgsWkbTypes.GeometryType.LineGeometry
        Polygon = QgsWkbTypes.GeometryType.PolygonGeometry
        Null = QgsWkbTypes.GeometryType.NullGeometry
        Unknown = QgsWkbTypes.GeometryType.UnknownGeometry

    class WkbType:
        NoGeometry = QgsWkbTypes.Type.NoGeometry
        Point = QgsWkbTypes.Type.Point
        Polygon = QgsWkbTypes.Type.Polygon
        MultiPolygon = QgsWkbTypes.Type.MultiPolygon
        LineString = QgsWkbTypes.Type.LineString
        MultiLineString = QgsWkbTypes.Type.MultiLineString

    class LayerType:
        Vector = QgsMapLayerType.VectorLayer
        Raster = QgsMapLayerType.RasterLayer

    class DistanceUnit:
        Meters = QgsUnitTypes.DistanceUnit.DistanceMeters
        Kilometers = QgsUnitTypes.DistanceUnit.DistanceKilometers
        Degrees = QgsUnitTypes.DistanceUnit.DistanceDegrees

    class LayoutUnit:
        Millimeters = QgsUnitTypes.LayoutUnit.LayoutMillimeters

if QGIS_VERSION >= 33600:
    SourceType = Qgis.ProcessingSourceType
    AlgorithmFlag = Qgis.ProcessingAlgorithmFlag
    FeatureSourceFlag = Qgis.ProcessingFeatureSourceFlag
    ParameterFlag = Qgis.ProcessingParameterFlag
    NumberType = Qgis.ProcessingNumberParameterType
    FieldDataType = Qgis.ProcessingFieldParameterDataType
    FileBehavior = Qgis.ProcessingFileParameterBehavior
    DateTimeType = Qgis.ProcessingDateTimeParameterDataType
    FeatureRequestFlag = Qgis.FeatureRequestFlag
    InvalidGeometryCheck = Qgis.InvalidGeometryCheck
    PropertyType = Qgis.PropertyType
else:
    class SourceType:
        Vector = QgsProcessing.SourceType.TypeVector
        VectorAnyGeometry = QgsProcessing.SourceType.TypeVectorAnyGeometry
        VectorPoint = QgsProcessing.SourceType.TypeVectorPoint
        VectorLine = QgsProcessing.SourceType.TypeVectorLine
        VectorPolygon = QgsProcessing.SourceType.TypeVectorPolygon

    class AlgorithmFlag:
        NoThreading = QgsProcessingAlgorithm.Flag.FlagNoThreading

    class FeatureSourceFlag:
        SkipGeometryValidityChecks = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks

    class ParameterFlag:
        Optional = QgsProcessingParameterDefinition.Flag.FlagOptional
        Advanced = QgsProcessingParameterDefinition.Flag.FlagAdvanced

    class NumberType:
        Integer = QgsProcessingParameterNumber.Type.Integer
        Double = QgsProcessingParameterNumber.Type.Double

    class FieldDataType:
        Any = QgsProcessingParameterField.DataType.Any
        Numeric = QgsProcessingParameterField.DataType.Numeric
        String = QgsProcessingParameterField.DataType.String

    class FileBehavior:
        File = QgsProcessingParameterFile.Behavior.File
        Folder = QgsProcessingParameterFile.Behavior.Folder

    class DateTimeType:
        Date = QgsProcessingParameterDateTime.Type.Date

    class FeatureRequestFlag:
        NoGeometry = QgsFeatureRequest.Flag.NoGeometry

    class InvalidGeometryCheck:
        NoCheck = QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck

    class PropertyType:
        Static = QgsProperty.Type.StaticProperty

if QGIS_VERSION >= 33800:
    ShaderInterpolationMethod = Qgis.ShaderInterpolationMethod
else:
    class ShaderInterpolationMethod:
        Discrete = QgsColorRampShader.Type.Discrete

if QGIS_VERSION >= 34200:
    LegendComponent = Qgis.LegendComponent
else:
    class LegendComponent:
        Title = QgsLegendStyle.Style.Title
        Group = QgsLegendStyle.Style.Group
        Subgroup = QgsLegendStyle.Style.Subgroup
        SymbolLabel = QgsLegendStyle.Style.SymbolLabel
        Hidden = QgsLegendStyle.Style.Hidden

# Field types: QMetaType.Type from 3.38 (QVariant.Type is deprecated there and absent
# from Qt 6); QVariant.Type before, where QgsField takes nothing else.
if QGIS_VERSION >= 33800:
    class FieldType:
        Bool = QMetaType.Type.Bool
        Int = QMetaType.Type.Int
        UInt = QMetaType.Type.UInt
        LongLong = QMetaType.Type.LongLong
        ULongLong = QMetaType.Type.ULongLong
        Double = QMetaType.Type.Double
        String = QMetaType.Type.QString
        Date = QMetaType.Type.QDate
        DateTime = QMetaType.Type.QDateTime
else:
    class FieldType:
        Bool = QVariant.Bool
        Int = QVariant.Int
        UInt = QVariant.UInt
        LongLong = QVariant.LongLong
        ULongLong = QVariant.ULongLong
        Double = QVariant.Double
        String = QVariant.String
        Date = QVariant.Date
        DateTime = QVariant.DateTime


def field_type(field: QgsField):
    """The field's type as a ``FieldType`` member (``type()`` returns a QMetaType.Type from 3.38)."""
    return field.type()

if QGIS_VERSION >= 33000:
    RenderUnit = Qgis.RenderUnit
else:
    class RenderUnit:
        Points = QgsUnitTypes.RenderUnit.RenderPoints


# Calls deprecated on newer QGIS (and gone from QGIS 4), each in its old and new form.

def parameter_as_fields(algorithm, parameters: dict, name: str, context) -> list:
    """A field (or fields) parameter's names: parameterAsStrings from 3.32, parameterAsFields before."""
    if QGIS_VERSION >= 33200:
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


def label_font(item):
    """A layout label's font (the label's text format from 3.24)."""
    if QGIS_VERSION >= 32400:
        return item.textFormat().font()
    return item.font()


def set_label_font(item, font) -> None:
    """Give a layout label this font, and its point size, as QgsLayoutItemLabel.setFont did."""
    if QGIS_VERSION < 32400:
        item.setFont(font)
        return
    text_format = item.textFormat()
    text_format.setFont(font)
    if font.pointSizeF() > 0:
        text_format.setSize(font.pointSizeF())
    item.setTextFormat(text_format)


def set_legend_style_font(style, font) -> None:
    """Give a legend style this font in points, as QgsLegendStyle.setFont did (text format from 3.30)."""
    if QGIS_VERSION < 33000:
        style.setFont(font)
        return
    text_format = style.textFormat()
    text_format.setFont(font)
    if font.pointSizeF() > 0:
        text_format.setSize(font.pointSizeF())
        text_format.setSizeUnit(RenderUnit.Points)
    style.setTextFormat(text_format)


def legend_style_font(style):
    """A legend style's font (its text format's from 3.30)."""
    if QGIS_VERSION >= 33000:
        return style.textFormat().font()
    return style.font()


def save_style_to_database(layer, name: str, description: str) -> str:
    """Store the layer's style in its database as the default; '' or what went wrong."""
    if QGIS_VERSION >= 34400:
        results, message = layer.saveStyleToDatabaseV2(name, description, True, "")
        failed = QgsMapLayer.SaveStyleResult.QmlGenerationFailed | QgsMapLayer.SaveStyleResult.DatabaseWriteFailed
        return (message or "the style could not be written") if results & failed else ""
    return layer.saveStyleToDatabase(name, description, True, "")


def save_default_style(layer) -> bool:
    """Write the layer's style as its default (a .qml beside a file); whether it was written."""
    if QGIS_VERSION >= 32600:
        return layer.saveDefaultStyle(QgsMapLayer.StyleCategory.AllStyleCategories)[1]
    return layer.saveDefaultStyle()[1]
