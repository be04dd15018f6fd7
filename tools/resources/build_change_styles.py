"""Write resources/styles/harm_change.qml and harm_change_lines.qml from code.

The styles socharm:harmchange applies to its output: categories of
``change_class``. Significant increases (red) and decreases (blue) are
saturated, outlined and drawn on top (symbol levels); no significant change
is grey; too few to tell is white and hatched. ColorBrewer RdBu ends: readable
by colour-blind readers, and the outline and hatching carry the meaning in
greyscale.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.resources.build_change_styles
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CATEGORIES = (  # value, legend label, polygon (fill, outline, width mm), line (colour, width mm, dashed)
    ("increase", "Significant increase", ("#b2182b", "#67001f", 0.6), ("#b2182b", 1.2, False)),
    ("decrease", "Significant decrease", ("#2166ac", "#053061", 0.6), ("#2166ac", 1.2, False)),
    ("no_change", "No significant change", ("#e0e0e0", "#969696", 0.2), ("#9e9e9e", 0.35, False)),
    ("too_few", "Too few to tell", ("#ffffff", "#bdbdbd", 0.2), ("#cfcfcf", 0.3, True)),
)


def build(out_dir: Path) -> list:
    from qgis.core import (QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsLinePatternFillSymbolLayer, QgsLineSymbol,
                           QgsMapLayer, QgsRendererCategory, QgsVectorLayer)
    from qgis.PyQt.QtGui import QColor

    written = []
    for name, geometry in (("harm_change", "MultiPolygon"), ("harm_change_lines", "MultiLineString")):
        categories = []
        for value, label, polygon, line in CATEGORIES:
            if geometry == "MultiPolygon":
                fill, outline, width = polygon
                symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": outline,
                                                     "outline_width": str(width), "outline_width_unit": "MM"})
                if value == "too_few":
                    hatch = QgsLinePatternFillSymbolLayer()
                    hatch.setLineAngle(45)
                    hatch.setDistance(1.6)
                    hatch.setLineWidth(0.15)
                    hatch.setColor(QColor("#969696"))
                    symbol.appendSymbolLayer(hatch)
            else:
                colour, width, dashed = line
                props = {"line_color": colour, "line_width": str(width), "line_width_unit": "MM", "capstyle": "round"}
                if dashed:
                    props["line_style"] = "dash"
                symbol = QgsLineSymbol.createSimple(props)
            for i in range(symbol.symbolLayerCount()):  # significant changes drawn last, over their neighbours
                symbol.symbolLayer(i).setRenderingPass(1 if value in ("increase", "decrease") else 0)
            categories.append(QgsRendererCategory(value, symbol, label))
        renderer = QgsCategorizedSymbolRenderer("change_class", categories)
        renderer.setUsingSymbolLevels(True)
        layer = QgsVectorLayer(geometry + "?crs=EPSG:27700&field=change_class:string", name, "memory")
        layer.setRenderer(renderer)
        path = out_dir / (name + ".qml")
        message, ok = layer.saveNamedStyle(str(path), QgsMapLayer.StyleCategory.Symbology)
        if not ok:
            raise RuntimeError("cannot write {0}: {1}".format(path, message))
        written.append(path)
    return written


def main(argv=None) -> int:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for path in build(REPO / "resources" / "styles"):
        print(path.relative_to(REPO))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
