"""Renderers for plugin outputs, built in code so they match the data."""
from __future__ import annotations

from qgis.core import (
    QgsClassificationJenks,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsStyle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

HARM_RAMP = "YlOrRd"  # ColorBrewer: lightness rises steadily, readable in greyscale and by colour-blind readers


def harm_ramp():
    ramp = QgsStyle.defaultStyle().colorRamp(HARM_RAMP)
    return ramp or QgsGradientColorRamp(QColor("#ffffb2"), QColor("#bd0026"))


def apply_harm_style(layer: QgsVectorLayer, field: str = "harm_score", classes: int = 5) -> None:
    """Graduated harm map: Jenks natural breaks on a sequential ramp."""
    renderer = QgsGraduatedSymbolRenderer(field)
    if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple({"outline_color": "#636363", "outline_width": "0.2"})
        renderer.setSourceSymbol(symbol)
    method = QgsClassificationJenks()
    method.setLabelPrecision(0)
    method.setLabelTrimTrailingZeroes(True)
    renderer.setClassificationMethod(method)
    renderer.updateClasses(layer, classes)
    renderer.updateColorRamp(harm_ramp())
    if layer.geometryType() == QgsWkbTypes.LineGeometry:
        renderer.setSymbolSizes(0.4, 1.6)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
