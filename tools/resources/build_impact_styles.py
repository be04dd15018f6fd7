"""Write resources/styles/intervention_zones.qml from code.

The style socharm:interventionimpact gives its ZONES output: categories of
``result``. The target is drawn with a heavy outline, the buffer hatched and
the control outlined only, so the zones read apart in greyscale; the colours
follow the change styles (ColorBrewer RdBu, readable by colour-blind
readers): less crime blue, more crime red, no evidence grey.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.resources.build_impact_styles
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# value, legend label, fill, outline, outline width (mm), hatched, outline dashed
CATEGORIES = (
    ("reduction", "Target: reduction", "#2166ac", "#053061", 0.9, False, False),
    ("no_evidence", "Target: no evidence of a change", "#bdbdbd", "#252525", 0.9, False, False),
    ("increase", "Target: increase", "#b2182b", "#67001f", 0.9, False, False),
    ("diffusion_of_benefit", "Buffer: diffusion of benefit", "#92c5de", "#4393c3", 0.4, True, False),
    ("neither", "Buffer: neither", "#f0f0f0", "#969696", 0.4, True, False),
    ("displacement", "Buffer: displacement", "#f4a582", "#d6604d", 0.4, True, False),
    ("control", "Control", "#ffffff", "#636363", 0.4, False, True),
)


def zone_symbol(fill: str, outline: str, width: float, hatched: bool, dashed: bool):
    """The fill symbol of one category (used by the briefing pack too)."""
    from qgis.core import QgsFillSymbol, QgsLinePatternFillSymbolLayer
    from qgis.PyQt.QtGui import QColor

    props = {"color": fill, "outline_color": outline, "outline_width": str(width), "outline_width_unit": "MM"}
    if dashed:
        props["outline_style"] = "dash"
        props["color"] = "255,255,255,0"
    symbol = QgsFillSymbol.createSimple(props)
    if hatched:
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(45)
        hatch.setDistance(2.0)
        hatch.setLineWidth(0.2)
        hatch.setColor(QColor(outline))
        symbol.appendSymbolLayer(hatch)
    return symbol


def build(out_dir: Path) -> list:
    from qgis.core import QgsCategorizedSymbolRenderer, QgsMapLayer, QgsRendererCategory, QgsVectorLayer

    categories = [QgsRendererCategory(value, zone_symbol(fill, outline, width, hatched, dashed), label)
                  for value, label, fill, outline, width, hatched, dashed in CATEGORIES]
    renderer = QgsCategorizedSymbolRenderer("result", categories)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:27700&field=result:string", "intervention_zones", "memory")
    layer.setRenderer(renderer)
    path = out_dir / "intervention_zones.qml"
    message, ok = layer.saveNamedStyle(str(path), QgsMapLayer.StyleCategory.Symbology)
    if not ok:
        raise RuntimeError("cannot write {0}: {1}".format(path, message))
    return [path]


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
