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

    def field_type(field: QgsField):
        """The field's type as a ``FieldType`` member."""
        return field.metaType()
else:
    class FieldType:
        Bool = QVariant.Type.Bool
        Int = QVariant.Type.Int
        UInt = QVariant.Type.UInt
        LongLong = QVariant.Type.LongLong
        ULongLong = QVariant.Type.ULongLong
        Double = QVariant.Type.Double
        String = QVariant.Type.String
        Date = QVariant.Type.Date
        DateTime = QVariant.Type.DateTime

    def field_type(field: QgsField):
        """The field's type as a ``FieldType`` member."""
        return field.type()
