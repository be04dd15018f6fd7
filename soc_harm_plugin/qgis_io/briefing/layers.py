"""The memory copies of the input layers the pack draws, and their symbols and labels."""

from __future__ import annotations

from typing import Dict, Optional, Sequence

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from ...translate import tr
from ..outputs import add_features
from ...compat import (
    FieldType,
    GeometryType,
    LabelMultiLineAlignment,
    LabelPlacement,
)
from .options import BriefingError


# ------------------------------------------------------------------ layers drawn

def memory_copy(layer: QgsVectorLayer, fields: Sequence[str], name: str, labels: Optional[Dict[int, str]] = None,
                fids: Optional[Sequence[int]] = None, crs=None, transform_context=None) -> QgsVectorLayer:
    """A memory layer of ``layer``'s geometry and only ``fields`` (plus ``pack_label``
    from ``labels`` by feature id): what a pack draws, never an identifier."""
    source_fields = layer.fields()
    kept = [f for f in fields if source_fields.lookupField(f) >= 0]
    geometry = QgsWkbTypes.displayString(QgsWkbTypes.multiType(layer.wkbType()))
    target_crs = crs or layer.crs()
    copy = QgsVectorLayer("{0}?crs={1}".format(geometry, target_crs.authid() or "EPSG:27700"), name, "memory")
    if not target_crs.authid():
        copy.setCrs(target_crs)
    provider = copy.dataProvider()
    attributes = [source_fields.field(f) for f in kept]
    from qgis.core import QgsField

    attributes.append(QgsField("pack_label", FieldType.String))
    if not provider.addAttributes(attributes):
        raise BriefingError(tr("Could not copy the fields {0} of layer '{1}' to draw them.").format(", ".join(kept),
                layer.name()))
    copy.updateFields()
    request = QgsFeatureRequest().setSubsetOfAttributes(kept, source_fields)
    if fids is not None:
        request.setFilterFids(list(fids))
    transform = None
    if layer.crs() != target_crs and transform_context is not None:
        transform = QgsCoordinateTransform(layer.crs(), target_crs, transform_context)
    features = []
    index = [source_fields.lookupField(f) for f in kept]
    for feature in layer.getFeatures(request):
        out = QgsFeature(copy.fields())
        attrs = feature.attributes()
        out.setAttributes([attrs[i] for i in index] + [(labels or {}).get(feature.id(), "")])
        geometry_value = QgsGeometry(feature.geometry())
        if transform is not None and not geometry_value.isNull() \
                and geometry_value.transform(transform) != Qgis.GeometryOperationResult.Success:
            geometry_value = QgsGeometry()  # not drawn, rather than drawn in the wrong place
        out.setGeometry(geometry_value)
        features.append(out)
    add_features(provider, features, name, error=BriefingError)
    copy.updateExtents()
    if not provider.createSpatialIndex():  # an atlas page draws a few areas of thousands: find them, not read them all
        from qgis.core import QgsMessageLog  # without the index the same areas are drawn, only more slowly

        QgsMessageLog.logMessage(tr("Layer '{0}' has no spatial index: its maps are drawn more slowly.").format(name),
                                 "SOC Harm", Qgis.MessageLevel.Warning)
    return copy


def _single(layer: QgsVectorLayer, fill: str, outline: str, width: float) -> None:
    symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": outline, "outline_width": str(width)})
    if layer.geometryType() != GeometryType.Polygon:
        from qgis.core import QgsSymbol

        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(outline))  # noqa: QGS202 (QgsSymbol.setColor returns nothing)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def _outline_only(layer: QgsVectorLayer, colour: str, width: float) -> None:
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "style": "no", "outline_color": colour,
                                         "outline_width": str(width)})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def _label_layer(layer: QgsVectorLayer, size: float = 8.0) -> None:
    """Label with pack_label (already the published text)."""
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling

    settings = QgsPalLayerSettings()
    settings.fieldName = "pack_label"
    settings.isExpression = False
    settings.placement = LabelPlacement.OverPoint if layer.geometryType() == GeometryType.Polygon \
        else LabelPlacement.Curved
    settings.multilineAlign = LabelMultiLineAlignment.Center
    text = QgsTextFormat()
    font = QFont("Arial")
    font.setBold(True)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor("#1a1a1a"))  # noqa: QGS202 (QgsTextFormat.setColor returns nothing)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.9)
    buffer.setColor(QColor("#ffffff"))  # noqa: QGS202 (QgsTextBufferSettings.setColor returns nothing)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
