"""Build the briefing pack's layout templates (resources/templates/*.qpt) and
the map styles users can apply by hand (resources/styles/harm_choropleth.qml,
harm_change_diverging.qml, harm_hotspot.qml) from code; it writes no other file.
Run by hand when a template or style changes; the files are committed, and
users may edit the templates in QGIS's layout designer (keep the item ids).

    QT_QPA_PLATFORM=offscreen python -m tools.resources.build_briefing_resources

Every page is A4 landscape (297 x 210 mm). Item ids the pack fills:

=================  ============================================================
every page         marking_header, marking_footer, title, subtitle,
                   footer_left, footer_right (page x of y)
map pages          map, legend, scalebar, north_arrow, attribution, map_note
(summary, change,  narrative_heading, narrative, table_heading, table,
hotspots, atlas,   table_note; the atlas and impact pages also table2_heading,
impact)            table2; the impact page also table3_heading, table3 (under
                   its shorter map)
method page        provenance_heading, provenance, table_heading, table,
                   privacy_heading, privacy, sources_heading, sources
=================  ============================================================
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from soc_harm_plugin.compat import LayoutUnit, LegendComponent

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TEMPLATES = REPO / "resources" / "templates"
STYLES = REPO / "resources" / "styles"
FONT = "Arial"  # Windows' own; fontconfig gives Liberation Sans or DejaVu Sans elsewhere
INK = "#1a1a1a"
MUTED = "#4d4d4d"
RULE = "#7f7f7f"

PAGE_W, PAGE_H = 297.0, 210.0
MAP = (10.0, 30.0, 160.0, 122.0)  # x, y, w, h
IMPACT_MAP = (10.0, 30.0, 160.0, 90.0)  # the impact page's map leaves room for the zones' table under it
RIGHT_X, RIGHT_W = 177.0, 110.0


def _mm(x, y):
    from qgis.core import QgsLayoutPoint

    return QgsLayoutPoint(x, y, LayoutUnit.Millimeters)


def _size(w, h):
    from qgis.core import QgsLayoutSize

    return QgsLayoutSize(w, h, LayoutUnit.Millimeters)


def _font(size: float, bold: bool = False):
    from qgis.PyQt.QtGui import QFont

    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def label(layout, item_id: str, text: str, x, y, w, h, size=9.0, bold=False, colour=INK, align="left"):
    from qgis.core import QgsLayoutItemLabel
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor

    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    item.setFont(_font(size, bold))
    item.setFontColor(QColor(colour))
    item.setHAlign({"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
                    "right": Qt.AlignmentFlag.AlignRight}[align])
    item.setVAlign(Qt.AlignmentFlag.AlignTop)
    item.setMarginX(0.0)
    item.setMarginY(0.0)
    layout.addLayoutItem(item)
    item.attemptResize(_size(w, h))
    item.attemptMove(_mm(x, y))
    return item


def rule(layout, item_id: str, y: float):
    from qgis.core import QgsFillSymbol, QgsLayoutItemShape

    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    shape.setId(item_id)
    shape.setSymbol(QgsFillSymbol.createSimple({"color": RULE, "outline_style": "no"}))
    layout.addLayoutItem(shape)
    shape.attemptResize(_size(PAGE_W - 20.0, 0.3))
    shape.attemptMove(_mm(10.0, y))
    return shape


def frame_items(layout) -> None:
    """Marking at the top and bottom of the page, title, subtitle, rules, footer."""
    label(layout, "marking_header", "OFFICIAL", 10, 3.0, PAGE_W - 20, 6, 10.5, bold=True, align="center")
    label(layout, "title", "Harm briefing", 10, 10.0, PAGE_W - 20, 9, 17, bold=True)
    label(layout, "subtitle", "Period", 10, 19.5, PAGE_W - 20, 6, 9.5, colour=MUTED)
    rule(layout, "header_rule", 26.5)
    rule(layout, "footer_rule", 195.0)
    label(layout, "footer_left", "SOC Harm", 10, 196.5, 200, 4.5, 7, colour=MUTED)
    label(layout, "footer_right", "Page [% @layout_page %] of [% @layout_numpages %]", PAGE_W - 70, 196.5, 60, 4.5,
          7, colour=MUTED, align="right")
    label(layout, "marking_footer", "OFFICIAL", 10, 201.5, PAGE_W - 20, 6, 10.5, bold=True, align="center")


def table(layout, item_id: str, x, y, w, h):
    """A manual table frame: bold grey header row, light banding, hairline grid."""
    from qgis.core import (
        QgsLayoutFrame,
        QgsLayoutItemManualTable,
        QgsLayoutMultiFrame,
        QgsLayoutTable,
        QgsLayoutTableStyle,
        QgsTextFormat,
    )
    from qgis.PyQt.QtCore import QRectF
    from qgis.PyQt.QtGui import QColor

    manual = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(manual)
    frame = QgsLayoutFrame(layout, manual)
    frame.setId(item_id)
    frame.attemptSetSceneRect(QRectF(x, y, w, h))
    manual.addFrame(frame)
    manual.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    header = QgsTextFormat()
    header.setFont(_font(7.5, bold=True))
    header.setSize(7.5)
    header.setColor(QColor(INK))
    manual.setHeaderTextFormat(header)
    content = QgsTextFormat()
    content.setFont(_font(7.5))
    content.setSize(7.5)
    content.setColor(QColor(INK))
    manual.setContentTextFormat(content)
    manual.setCellMargin(0.9)
    manual.setGridStrokeWidth(0.1)
    manual.setGridColor(QColor("#bdbdbd"))
    manual.setShowGrid(True)
    manual.setVerticalGrid(False)
    manual.setHorizontalGrid(True)
    manual.setBackgroundColor(QColor("#ffffff"))
    manual.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
    manual.setEmptyTableMessage("None")
    manual.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    manual.setHeaderMode(QgsLayoutTable.HeaderMode.FirstFrame)
    manual.setIncludeTableHeader(True)
    banding = QgsLayoutTableStyle()
    banding.enabled = True
    banding.cellBackgroundColor = QColor("#f2f2f2")
    manual.setCellStyle(QgsLayoutTable.CellStyleGroup.EvenRows, banding)
    heading = QgsLayoutTableStyle()
    heading.enabled = True
    heading.cellBackgroundColor = QColor("#d9d9d9")
    manual.setCellStyle(QgsLayoutTable.CellStyleGroup.HeaderRow, heading)
    return frame


def map_items(layout, atlas: bool = False, rect=MAP) -> None:
    from qgis.core import (
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsRectangle,
    )
    from qgis.PyQt.QtGui import QColor

    x, y, w, h = rect
    map_item = QgsLayoutItemMap(layout)
    map_item.setId("map")
    map_item.setRect(20, 20, 20, 20)  # a size first, or the extent stays empty
    layout.addLayoutItem(map_item)
    map_item.attemptMove(_mm(x, y))
    map_item.attemptResize(_size(w, h))
    # a template with an empty extent loads with no height
    map_item.setExtent(QgsRectangle(0.0, 0.0, w * 100.0, h * 100.0))
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor(RULE))
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.25))

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    layout.addLayoutItem(arrow)
    arrow.attemptResize(_size(7.0, 10.5))
    arrow.attemptMove(_mm(x + w - 10.0, y + 2.5))
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setId("scalebar")
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    layout.addLayoutItem(scale)
    scale.setFont(_font(7))
    scale.setBackgroundEnabled(True)
    scale.setBackgroundColor(QColor(255, 255, 255, 210))
    scale.attemptMove(_mm(x + 2.0, y + h - 11.0))

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Harm")
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    legend.setColumnCount(3)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setSymbolWidth(6.0)
    legend.setSymbolHeight(3.6)
    legend.setColumnSpace(5.0)
    legend.setBoxSpace(1.0)
    legend.rstyle(LegendComponent.Title).setFont(_font(8.5, bold=True))
    legend.rstyle(LegendComponent.Group).setFont(_font(8, bold=True))
    legend.rstyle(LegendComponent.Subgroup).setFont(_font(8, bold=True))
    legend.rstyle(LegendComponent.SymbolLabel).setFont(_font(7.5))
    layout.addLayoutItem(legend)
    legend.attemptMove(_mm(x, y + h + 2.0))
    legend.attemptResize(_size(w, 24.0))

    label(layout, "map_note", "", x, y + h + 26.5, w, 5, 7, colour=MUTED)
    attribution_y = y + h + 32.5 if rect == MAP else 188.0
    label(layout, "attribution", "Contains public sector information licensed under the Open Government Licence v3.0.",
          x, attribution_y, w, 8 if rect == MAP else 6, 6.5, colour=MUTED)

    right_items(layout, atlas)


def right_items(layout, atlas: bool) -> None:
    label(layout, "narrative_heading", "Key points", RIGHT_X, 30, RIGHT_W, 6, 11, bold=True)
    label(layout, "narrative", "", RIGHT_X, 37, RIGHT_W, 45, 9)
    label(layout, "table_heading", "Top areas by harm", RIGHT_X, 86, RIGHT_W, 6, 11, bold=True)
    table(layout, "table", RIGHT_X, 93, RIGHT_W, 60)
    if atlas:
        label(layout, "table2_heading", "Harm by measure", RIGHT_X, 156, RIGHT_W, 6, 11, bold=True)
        table(layout, "table2", RIGHT_X, 163, RIGHT_W, 25)
    label(layout, "table_note", "", RIGHT_X, 189, RIGHT_W, 5.5, 6.5, colour=MUTED)


def method_items(layout) -> None:
    left_x, col_w, right_x = 10.0, 135.0, 152.0
    label(layout, "provenance_heading", "Where the figures come from", left_x, 30, col_w, 6, 11, bold=True)
    label(layout, "provenance", "", left_x, 37, col_w, 80, 8.5)
    label(layout, "table_heading", "Every record accounted for", left_x, 120, col_w, 6, 11, bold=True)
    table(layout, "table", left_x, 127, 90, 60)
    label(layout, "privacy_heading", "Data protection", right_x, 30, col_w, 6, 11, bold=True)
    label(layout, "privacy", "", right_x, 37, col_w, 70, 8.5)
    label(layout, "sources_heading", "Sources and licences", right_x, 120, col_w, 6, 11, bold=True)
    label(layout, "sources", "", right_x, 127, col_w, 62, 8.5)


def new_layout(name: str):
    from qgis.core import QgsLayoutItemPage, QgsPrintLayout, QgsProject

    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    return layout


TEMPLATE_KINDS = ("summary", "change", "hotspots", "atlas", "impact", "method")


def impact_items(layout) -> None:
    """Did it work? A shorter map, the zones' table under it, the measures and cohorts on the right."""
    x, y, w, h = IMPACT_MAP
    map_items(layout, atlas=True, rect=IMPACT_MAP)
    label(layout, "table3_heading", "Records and harm by zone", x, y + h + 26.0, w, 6, 11, bold=True)
    table(layout, "table3", x, y + h + 33.0, w, 22)


def build_template(kind: str):
    layout = new_layout("SOC Harm briefing: {0}".format(kind))
    frame_items(layout)
    if kind == "method":
        method_items(layout)
    elif kind == "impact":
        impact_items(layout)
    else:
        map_items(layout, atlas=(kind == "atlas"))
    return layout


def write_templates(folder: Path = TEMPLATES) -> list:
    from qgis.core import QgsReadWriteContext

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in TEMPLATE_KINDS:
        path = folder / "briefing_{0}.qpt".format(kind)
        layout = build_template(kind)
        if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
            raise RuntimeError("could not write {0}".format(path))
        written.append(path)
    return written


# ------------------------------------------------------------------ styles

def _example_layer(fields, rows, geometry="Polygon"):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    uri = "{0}?crs=EPSG:27700".format(geometry) + "".join("&field={0}".format(f) for f in fields)
    layer = QgsVectorLayer(uri, "example", "memory")
    features = []
    for k, values in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} 0,{1} 0,{1} 1,{0} 1,{0} 0))".format(k, k + 1)))
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


HARM_BREAKS = (0.0, 5000.0, 20000.0, 50000.0, 100000.0, 250000.0)  # CSS points per area: reclassify for your data
CHANGE_BREAKS = (-100.0, -50.0, -25.0, -10.0, 0.0, 10.0, 25.0, 50.0, 100.0, 100000.0)


# other styles there belong to other algorithms
OWN_STYLES = ("harm_choropleth", "harm_change_diverging", "harm_hotspot")


def write_styles(folder: Path = STYLES) -> list:
    from qgis.core import QgsClassificationRange

    from soc_harm_plugin.qgis_io.styles import (
        _range_label,
        apply_change_style,
        apply_harm_style,
        apply_hotspot_style,
        classification,
    )

    folder.mkdir(parents=True, exist_ok=True)
    written = []

    harm = _example_layer(["harm_score:double", "harm_rank:integer"], [(v, 1) for v in HARM_BREAKS])
    ranges = [QgsClassificationRange(classification("jenks").labelForRange(a, b), a, b)
              for a, b in zip(HARM_BREAKS[:-1], HARM_BREAKS[1:])]
    apply_harm_style(harm, "harm_score", len(ranges), ranges=ranges)
    written.append(_save(harm, folder / "harm_choropleth.qml"))

    change = _example_layer(["harm_change_pct:double", "change_class:string", "rank_current:integer",
                             "harm_current:double"], [(0.0, "no_change", 1, 0.0)])  # rank labels need harm_current
    change_ranges = []
    for a, b in zip(CHANGE_BREAKS[:-1], CHANGE_BREAKS[1:]):
        text = _range_label(a, b, 0, " %") if b < 100000 else "more than +100 %"
        change_ranges.append(QgsClassificationRange(text, a, b))
    apply_change_style(change, "harm_change_pct", ranges=change_ranges)
    written.append(_save(change, folder / "harm_change_diverging.qml"))

    hotspot = _example_layer(["gi_bin:integer"], [(0,)])
    apply_hotspot_style(hotspot, "gi_bin")
    written.append(_save(hotspot, folder / "harm_hotspot.qml"))
    return written


def _save(layer, path: Path) -> Path:
    from qgis.core import QgsMapLayer

    categories = (QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
                  | QgsMapLayer.StyleCategory.Rendering)
    message, ok = layer.saveNamedStyle(str(path), categories)
    if not ok:
        raise RuntimeError("could not write {0}: {1}".format(path, message))
    return path


def QgsLayoutMeasurement(value):  # noqa: N802 (QGIS's name)
    from qgis.core import QgsLayoutMeasurement as _Measurement

    return _Measurement(value, LayoutUnit.Millimeters)


def main(argv=None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for path in write_templates() + write_styles():
        print(path.relative_to(REPO))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
