"""Build the categorised styles of the hot spot outputs into resources/styles/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.resources.build_hotspot_styles

Writes hotspot_gi_bin.qml, local_moran_quad.qml, hotharm_class.qml and
emerging_hotspots.qml (committed; the algorithms apply them through
qgis_io.styles.qml_style). Every category value is a stable code the
algorithms write; a last catch-all category shows areas with no statistic.

Gi* bins use the hot/cold confidence colours of ArcGIS's Hot Spot Analysis
(cold 99 % (69,117,181) ... not significant (255,255,191) ... hot 99 % (214,47,39)).
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
STYLES = REPO / "resources" / "styles"

NO_STATISTIC = ("No statistic (see status)", "#d9d9d9")

STYLES_SPEC = {
    "hotspot_gi_bin": ("gi_bin", "int", [
        (3, "Hot spot, 99 % confidence", "#d62f27"),
        (2, "Hot spot, 95 % confidence", "#ed7551"),
        (1, "Hot spot, 90 % confidence", "#fab984"),
        (0, "Not significant", "#ffffbf"),
        (-1, "Cold spot, 90 % confidence", "#c0ccbe"),
        (-2, "Cold spot, 95 % confidence", "#849eba"),
        (-3, "Cold spot, 99 % confidence", "#4575b5"),
    ]),
    "local_moran_quad": ("lm_quad", "string", [
        ("HH", "High-high cluster", "#d7191c"),
        ("LL", "Low-low cluster", "#2c7bb6"),
        ("HL", "High-low outlier", "#fdae61"),
        ("LH", "Low-high outlier", "#abd9e9"),
        ("ns", "Not significant", "#f0f0f0"),
    ]),
    "hotharm_class": ("hotharm_class", "string", [
        ("hot_both", "Hot by harm and count", "#b2182b"),
        ("hot_harm_only", "Hot by harm only", "#762a83"),
        ("hot_count_only", "Hot by count only", "#f4a582"),
        ("cold_both", "Cold by harm and count", "#4393c3"),
        ("other", "Neither", "#f0f0f0"),
    ]),
    "emerging_hotspots": ("ehs_class", "string", [
        ("new_hot", "New hot spot", "#fcbba1"),
        ("consecutive_hot", "Consecutive hot spot", "#fc9272"),
        ("intensifying_hot", "Intensifying hot spot", "#cb181d"),
        ("persistent_hot", "Persistent hot spot", "#a50f15"),
        ("diminishing_hot", "Diminishing hot spot", "#fb6a4a"),
        ("sporadic_hot", "Sporadic hot spot", "#fdd0a2"),
        ("oscillating_hot", "Oscillating hot spot", "#e7298a"),
        ("historical_hot", "Historical hot spot", "#d4b9da"),
        ("new_cold", "New cold spot", "#c6dbef"),
        ("consecutive_cold", "Consecutive cold spot", "#9ecae1"),
        ("intensifying_cold", "Intensifying cold spot", "#08519c"),
        ("persistent_cold", "Persistent cold spot", "#08306b"),
        ("diminishing_cold", "Diminishing cold spot", "#4292c6"),
        ("sporadic_cold", "Sporadic cold spot", "#c7e9c0"),
        ("oscillating_cold", "Oscillating cold spot", "#41ab5d"),
        ("historical_cold", "Historical cold spot", "#bdbdbd"),
        ("no_pattern", "No pattern detected", "#f7f7f7"),
    ]),
}


def build(out_dir: Path = STYLES) -> list:
    from qgis.core import (QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsMapLayer, QgsRendererCategory,
                           QgsVectorLayer)

    written = []
    for name, (field, kind, categories) in STYLES_SPEC.items():
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:27700&field={0}:{1}".format(field, kind), name, "memory")
        cats = []
        for value, label, colour in categories + [("", NO_STATISTIC[0], NO_STATISTIC[1])]:
            symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#7f7f7f", "outline_width": "0.1"})
            cats.append(QgsRendererCategory(value, symbol, label))
        layer.setRenderer(QgsCategorizedSymbolRenderer(field, cats))
        path = out_dir / (name + ".qml")
        message, ok = layer.saveNamedStyle(str(path),
                                           QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Rendering)
        if not ok:
            raise RuntimeError("cannot write {0}: {1}".format(path, message))
        written.append(path)
    return written


def main(argv=None) -> int:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for path in build():
        print(path.relative_to(REPO))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
