"""Renderers for plugin outputs, built in code so they match the data."""
from __future__ import annotations

from typing import Callable, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsClassificationJenks,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsRendererRange,
    QgsStyle,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

HARM_RAMP = "YlOrRd"  # ColorBrewer: lightness rises steadily, readable in greyscale and by colour-blind readers


def harm_ramp():
    ramp = QgsStyle.defaultStyle().colorRamp(HARM_RAMP)
    return ramp or QgsGradientColorRamp(QColor("#ffffb2"), QColor("#bd0026"))


def harm_classification() -> QgsClassificationJenks:
    """Jenks natural breaks, labels as whole numbers."""
    method = QgsClassificationJenks()
    method.setLabelPrecision(0)
    method.setLabelTrimTrailingZeroes(True)
    return method


def harm_classes(values: Sequence[float], classes: int = 5) -> list:
    """The Jenks classes (QgsClassificationRange) of the values, in the order
    of the layer's features: what updateClasses finds when it reads the same
    values back from the layer (which reads NULL, written for NaN, as 0), without
    reading the layer."""
    values = np.asarray(values, dtype=float)
    if not len(values):
        return []
    return harm_classification().classes(np.where(np.isnan(values), 0.0, values).tolist(), classes)


def apply_harm_style(layer: QgsVectorLayer, field: str = "harm_score", classes: int = 5,
                     ranges: Optional[list] = None) -> None:
    """Graduated harm map: Jenks natural breaks on a sequential ramp.

    ``ranges`` (from :func:`harm_classes` on the field's values) saves
    reading the field back from the layer; without them the layer is read.
    """
    renderer = QgsGraduatedSymbolRenderer(field)
    if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple({"outline_color": "#636363", "outline_width": "0.2"})
        renderer.setSourceSymbol(symbol)
    renderer.setClassificationMethod(harm_classification())
    if ranges is None:
        renderer.updateClasses(layer, classes)
    else:  # what updateClasses does with the classes it computes
        source = renderer.sourceSymbol()
        for item in ranges:
            symbol = source.clone() if source is not None else QgsSymbol.defaultSymbol(layer.geometryType())
            renderer.addClassRange(QgsRendererRange(item, symbol))
    renderer.updateColorRamp(harm_ramp())
    if layer.geometryType() == QgsWkbTypes.LineGeometry:
        renderer.setSymbolSizes(0.4, 1.6)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def harm_style(ranges: list, field: str = "harm_score", classes: int = 5) -> Callable[[QgsVectorLayer], None]:
    """apply_harm_style with classes computed once (:func:`harm_classes` of the
    field's values), however many layers get the style."""

    def apply(layer: QgsVectorLayer) -> None:
        apply_harm_style(layer, field, classes, ranges=ranges)

    return apply
