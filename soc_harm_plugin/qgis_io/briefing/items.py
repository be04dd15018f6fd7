"""Filling a page's template items: frame, labels fitted to their boxes, tables, maps (a base of BriefingPack)."""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsRectangle,
    QgsTableCell,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ...about import plugin_version, resource_path
from ...domain.language import formats, languages
from ...domain.sharing import briefing
from ...domain.sharing import narrative
from ...domain.codes import DECREASE, INCREASE
from ...translate import document_language, tr
from ...compat import (
    DistanceUnit,
    label_font,
    LayoutUnit,
    legend_style_font,
    LegendComponent,
    set_label_font,
    set_legend_style_font,
)
from .areas import BriefingLayer
from .layers import memory_copy
from .options import MAX_TOP_N
from .text import _cut_to_height, _plain_font, _sized, attribution_text, estimate_text_height, measure, text_width


TITLE_SIZES = (17.0, 15.0, 13.0, 12.0)  # a long title is set smaller, then shortened with an ellipsis
SUBTITLE_SIZES = (9.5, 9.0, 8.5, 8.0)
MAP_NAME_MM = 40.0  # an area name on a map is at most this wide (then shortened with an ellipsis)
NAME_MM = 75.0  # an area name in a sentence is at most this wide, about 45 letters
TABLE_TEXT_LINES = 2  # a name in a table takes at most two lines, then ends with an ellipsis
TABLE_TEXT_MIN_MM = 12.0  # a text column narrower than this: the table is set smaller
TABLE_WORD_MAX_MM = 30.0  # a text column is as wide as its longest word up to this; longer words are shortened
TABLE_TEXT_EASY_MM = 35.0  # numbers' headings stay on one line when names still get this much (or all they need)
NUMBER_SLACK_MM = 0.3  # numbers get their measured width and this to spare
LINE_MM_PER_PT = 0.3528 * 1.2  # a line of text is about 1.2 times its size, in mm per point
EMPHASIS_COLOURS = {INCREASE: "#b2182b", DECREASE: "#2166ac", "muted": "#6e6e6e"}


class LayoutItems:
    """How the pack fills a page's template items; BriefingPack supplies the state
    (options, layout, project, the layers read) and the pages use these."""

    # -------------------------------------------------------------- shared fillers

    def _areas_word(self, area_layer: BriefingLayer) -> str:
        return narrative.areas_word(area_layer.geography, tr)

    def _area_word(self, area_layer: Optional[BriefingLayer]) -> str:
        """One area of the layer's geography: "sector" (a word of its own in each language)."""
        return narrative.area_word(area_layer.geography if area_layer is not None else None, tr)

    def _area_heading(self, area_layer: Optional[BriefingLayer]) -> str:
        word = self._area_word(area_layer)
        return word[:1].upper() + word[1:]

    def _frame(self, items, title: str, subtitle: str, name: Optional[str] = None) -> None:
        """Marking, title, subtitle, footer and page number. Each is one line inside its box:
        a long title is set smaller, then shortened with an ellipsis. With ``name``, ``title``
        is a pattern ({0} for the name) and only the name is shortened."""
        marking = briefing.marking_words(self.options.marking, tr)  # SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE when both
        for key in ("marking_header", "marking_footer"):
            item = items.get(key)
            if isinstance(item, QgsLayoutItemLabel):
                item.setText(self.publish(marking))
        if name is None:
            self._set_line(items, "title", "{0}", title, sizes=TITLE_SIZES)
        else:
            self._set_line(items, "title", title, name, sizes=TITLE_SIZES)
        self._set_line(items, "subtitle", "{0}", subtitle, sizes=SUBTITLE_SIZES)
        produced = formats.format_date(self.options.produced, document_language())
        title = self.options.title or tr("Harm briefing")
        if self._words is None:
            footer = tr("{0} \u00b7 produced {1} with SOC Harm {2}").format("{0}", produced, plugin_version())
            self._set_line(items, "footer_left", footer, title)
        else:  # bilingual: the title once, then when it was made in each language
            made = self.publish(tr("produced {0} with SOC Harm {1}").format(produced, plugin_version()))
            self._set_line(items, "footer_left", "{0} \u00b7 " + made, title, pattern_published=True)
        self._set_line(items, "footer_right", "{0}", tr("Page {0} of {1}").format(self._page_number + 1, len(
            self.pages)))

    def _set_text(self, items, key: str, text: str) -> Optional[QgsLayoutItemLabel]:
        """A label that wraps: any word wider than its box is shortened with an ellipsis."""
        item = items.get(key)
        if isinstance(item, QgsLayoutItemLabel):
            item.setText(briefing.shorten_long_words(self.publish(text, block=True), item.sizeWithUnits().width(),
                                                     measure(label_font(item))))
            return item
        return None

    def _set_line(self, items, key: str, pattern: str, name: str, sizes: Sequence[float] = (),
                  pattern_published: bool = False) -> Optional[QgsLayoutItemLabel]:
        """Put ``pattern`` with ``name`` in it ({0}) on one line of a label: at the first of
        ``sizes`` (points) at which it fits the label's width (the label's own size when none
        is given), else at the last size with ``name`` shortened by an ellipsis. On a bilingual
        page a line too long for both languages takes two: the Welsh, then the English."""
        item = items.get(key)
        if not isinstance(item, QgsLayoutItemLabel):
            return None
        font = label_font(item)
        width = item.sizeWithUnits().width()
        replaying = self._words is not None and self._words.replaying
        name = " ".join(self.publish(name or "").split())
        names = self._words.last_pair if replaying else ("", "")
        if not pattern_published:
            pattern = self.publish(pattern)
        patterns = self._words.last_pair if replaying and not pattern_published else ("", "")
        pair = None  # a bilingual line's Welsh and English, when they differ
        if replaying and all(patterns) and patterns[0] != patterns[1]:
            pair = [part.replace("{0}", name) for part in patterns]
        elif replaying and all(names) and names[0] != names[1]:
            pair = [pattern.replace("{0}", " ".join(part.split())) for part in names]
        text = pattern.replace("{0}", name)
        chosen = None
        for size in sizes or (font.pointSizeF(),):
            chosen = size
            if text_width(text, _sized(font, size)) <= width:
                break
        if pair and text_width(text, _sized(font, chosen)) > width:
            return self._two_lines(item, font, chosen, pair, bool(sizes))
        fits = measure(font, size=chosen)
        if sizes:
            set_label_font(item, _sized(font, chosen))
        target = width
        for _ in range(20):
            if fits(text) > target:
                room = target - fits(pattern.replace("{0}", ""))
                text = pattern.replace("{0}", briefing.elide(name, room, fits)) if room > 0 else briefing.elide(text,
                        target, fits)
            item.setText(text)
            # QGIS's own measure decides: font hinting at small sizes differs between versions
            over = item.sizeForText().width() - width
            if over <= 0:
                break
            target -= over + 0.5
        return item

    def _two_lines(self, item: QgsLayoutItemLabel, font: QFont, size: float, lines: Sequence[str],
                   resize_font: bool) -> QgsLayoutItemLabel:
        """A bilingual line as two: the Welsh line above the English one, each shortened to the
        label's width if it must be; the label grows to hold both."""
        width, room = item.sizeWithUnits().width(), item.sizeWithUnits().height()
        if resize_font:  # both lines in the label's own height where a size of at least 6 pt allows
            size = max(6.0, min(size, (room + 0.5) / (len(lines) * LINE_MM_PER_PT)))
            set_label_font(item, _sized(font, size))
        fits = measure(font, size=size)
        item.setText("\n".join(briefing.elide(line, width, fits) if fits(line) > width else line for line in lines))
        height = max(room, len(lines) * size * LINE_MM_PER_PT)
        item.attemptResize(type(item.sizeWithUnits())(width, height, LayoutUnit.Millimeters))
        return item

    def _hide(self, items, *keys: str) -> None:
        for key in keys:
            item = items.get(key)
            if item is not None:
                item.setVisibility(False)

    def _move_y(self, item, y_on_page: float, page: int) -> None:
        position = item.positionWithUnits()
        item.attemptMove(QgsLayoutPoint(position.x(), y_on_page, LayoutUnit.Millimeters), True, False, page)

    def _page_y(self, item) -> float:
        return item.pagePos().y()

    def _fit_label(self, item: QgsLayoutItemLabel, text: str, max_height: float, sizes=(9.0, 8.5, 8.0, 7.5)) -> float:
        """Put text in a label at the largest size that fits ``max_height``; the height used.
        A word wider than the label is shortened with an ellipsis (so the text wraps inside
        it); text that does not fit even at the smallest size is cut, ending with an ellipsis."""
        return self._fit_published(item, self.publish(text, block=True), max_height, sizes)

    def _fit_published(self, item: QgsLayoutItemLabel, published: str, max_height: float,
                       sizes=(9.0, 8.5, 8.0, 7.5)) -> float:
        """:meth:`_fit_label` for a text already published (so it can be fitted again, smaller)."""
        width = item.sizeWithUnits().width()
        font = label_font(item)
        family = font.family()
        chosen = sizes[-1]
        for size in sizes:
            candidate = briefing.shorten_long_words(published, width, measure(font, size=size))
            if estimate_text_height(candidate, width, size, family) <= max_height:
                chosen = size
                break
        text = briefing.shorten_long_words(published, width, measure(font, size=chosen))
        if estimate_text_height(text, width, chosen, family) > max_height:
            text = _cut_to_height(text, lambda t: estimate_text_height(t, width, chosen, family) <= max_height)
        set_label_font(item, _sized(font, chosen))
        item.setText(text)
        height = min(max_height, estimate_text_height(text, width, chosen, family))
        item.attemptResize(type(item.sizeWithUnits())(width, height, LayoutUnit.Millimeters))
        return height

    def _stack(self, items, page: int, text_key: str, text: str, max_height: float, *below: str) -> None:
        """Fit a text block, then move the items ``below`` (a heading, then its block) up under it."""
        item = items.get(text_key)
        if not isinstance(item, QgsLayoutItemLabel):
            return
        used = self._fit_label(item, text, max_height, sizes=(8.5, 8.0, 7.5, 7.0))
        y = self._page_y(item) + used + 6.0
        for key in below:
            other = items.get(key)
            if other is None:
                continue
            self._move_y(other, y, page)
            y += other.sizeWithUnits().height() + 1.0 if isinstance(other, QgsLayoutItemLabel) else 0.0

    def _table(self, items, key: str, table: briefing.Table, max_height: Optional[float] = None,
               warn: bool = True) -> Optional[object]:
        frame = items.get(key)
        if not isinstance(frame, QgsLayoutFrame):
            return None
        manual = frame.multiFrame()
        heading = items.get(key + "_heading")  # a frame loaded empty shrinks: its column is its heading's width
        width = heading.sizeWithUnits().width() if isinstance(heading, QgsLayoutItemLabel) else 110.0
        heads = [self.publish(text) for text in table.headers]
        # a bilingual text cell: the Welsh line above the English (a narrower column, fewer lines than "cy / en")
        texts = [[self.publish(cell.text, block=not right) for cell, right in zip(row, table.align_right)]
                 for row in table.rows]
        widths, header_measure, content_measure = self._column_widths(manual, heads, texts, table.align_right, width)
        headers = []
        for k, (text, right) in enumerate(zip(heads, table.align_right)):
            # QGIS wraps a heading at its spaces (a column is never narrower than its heading's longest
            # word, but for a text column's word longer than TABLE_WORD_MAX_MM: that word is shortened)
            column = QgsLayoutTableColumn(briefing.shorten_long_words(text, widths[k], header_measure))
            column.setHAlignment(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
            headers.append(column)
        manual.setHeaders(headers)
        base = manual.contentTextFormat()
        rows = []
        for row, row_texts in zip(table.rows, texts):
            cells = []
            for k, (cell, text, right) in enumerate(zip(row, row_texts, table.align_right)):
                if not right:  # names wrap onto two lines at most, then end with an ellipsis
                    lines = TABLE_TEXT_LINES * len(self.languages)  # a bilingual cell: both languages' lines
                    text = "\n".join(briefing.wrap(text, widths[k], content_measure, max_lines=lines))
                table_cell = QgsTableCell(text)
                table_cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                if cell.emphasis:
                    text_format = type(base)(base)
                    font = text_format.font()
                    if cell.emphasis in (INCREASE, DECREASE, "strong"):
                        font.setBold(True)
                    text_format.setFont(font)
                    if cell.emphasis in EMPHASIS_COLOURS:
                        text_format.setColor(QColor(EMPHASIS_COLOURS[cell.emphasis]))  # noqa: QGS202 (QgsTextFormat: returns nothing)
                    table_cell.setTextFormat(text_format)
                cells.append(table_cell)
            rows.append(cells)
        manual.setTableContents(rows)
        manual.setColumnWidths(widths)
        manual.refresh()
        cap = max_height if max_height is not None else 180.0
        height = table_height(self.layout, manual, len(rows), cap)
        frame.attemptResize(type(frame.sizeWithUnits())(width, height, LayoutUnit.Millimeters))
        if warn and height >= cap and len(rows) and table_height(self.layout, manual, len(rows), cap + 500.0) > cap:
            self.log.warning(tr(
                "The table '{0}' has more rows than fit on its page: the last rows are left out.").format(
                table.headers[0] if table.headers else key))
        return manual

    def _column_widths(self, manual, heads: List[str], texts: List[List[str]], numbers: Sequence[bool], width: float):
        """Column widths for a table ``width`` wide, and the measures of its header and content text.

        A column of numbers is as wide as its widest number (and the longest word of its
        heading), always: a number is never narrowed, wrapped or cut (a rank 10 squeezed
        into the width of one digit prints as 0). The text columns share what is left;
        each is at least as wide as its longest word (up to TABLE_WORD_MAX_MM), so words wrap
        whole; longer text wraps onto two lines and ends with an ellipsis. When even that
        does not fit beside the numbers, the whole table is set smaller."""
        margin = manual.cellMargin()
        n = len(heads)
        room = width - n * 2.0 * margin - (n + 1) * manual.gridStrokeWidth() - 0.5
        header_format, content_format = manual.headerTextFormat(), manual.contentTextFormat()
        header_size, content_size = header_format.size(), content_format.size()
        header_font, content_font = header_format.font(), content_format.font()
        widths: List[float] = []
        header_measure = content_measure = None
        for step in range(0, 5):
            shrink = 0.5 * step
            header_measure = measure(header_font, bold=True, size=header_size - shrink)
            content_measure = measure(content_font, bold=True, size=content_size - shrink)  # bold: the widest case
            natural, smallest, unwrapped = [], [], []
            for k, heading in enumerate(heads):
                heading_word = max([header_measure(w) for w in heading.split()] + [0.0])
                content = max([content_measure(row[k]) for row in texts] + [0.0])
                if numbers[k]:
                    natural.append(max(heading_word, content) + NUMBER_SLACK_MM)
                    smallest.append(natural[-1])
                    unwrapped.append(max(header_measure(heading), content) + NUMBER_SLACK_MM)
                else:  # as wide as its longest word (so words wrap whole), unless that is a very long word
                    longest_word = max([content_measure(w) for row in texts for w in row[k].split()] + [heading_word])
                    natural.append(max(header_measure(heading), content))
                    smallest.append(max(TABLE_TEXT_MIN_MM, min(longest_word, TABLE_WORD_MAX_MM)))
                    unwrapped.append(natural[-1])
            # numbers' headings on one line when the names lose little by it; else they wrap at their spaces
            widths, fits = briefing.column_widths(unwrapped, smallest, numbers, room)
            if fits and all(numbers[k] or widths[k] >= min(natural[k], TABLE_TEXT_EASY_MM) for k in range(len(heads))):
                break
            widths, fits = briefing.column_widths(natural, smallest, numbers, room)
            if fits:
                break
        if step:
            header_format.setSize(header_size - shrink)
            content_format.setSize(content_size - shrink)
            manual.setHeaderTextFormat(header_format)
            manual.setContentTextFormat(content_format)
        return widths, header_measure, content_measure

    def _map(self, items, layers_top_first: Sequence[QgsVectorLayer], extent: QgsRectangle, crs,
             legend_layers: Sequence[QgsVectorLayer], legend_title: str, note: str = "") -> Optional[QgsLayoutItemMap]:
        map_item = items.get("map")
        if not isinstance(map_item, QgsLayoutItemMap):
            return None
        self._keep.extend(layers_top_first)
        map_item.setCrs(crs)
        map_item.setLayers(list(layers_top_first))
        map_item.setKeepLayerSet(True)
        box = QgsRectangle(extent)
        if box.isEmpty():
            box = QgsRectangle(box.xMinimum() - 500, box.yMinimum() - 500, box.xMaximum() + 500, box.yMaximum() + 500)
        box.scale(1.06)
        map_item.zoomToExtent(box)
        arrow = items.get("north_arrow")
        if isinstance(arrow, QgsLayoutItemPicture):
            arrow.setPicturePath(str(resource_path("templates", "north_arrow.svg")))
            arrow.setLinkedMap(map_item)
        scale = items.get("scalebar")
        if isinstance(scale, QgsLayoutItemScaleBar):
            scale.setLinkedMap(map_item)
            units = DistanceUnit.Kilometers if not crs.isGeographic() else DistanceUnit.Degrees
            scale.applyDefaultSize(units)
            scale.setNumberOfSegmentsLeft(0)
            scale.setNumberOfSegments(min(scale.numberOfSegments(), 3))
            scale.setUnitLabel(tr("km") if units == DistanceUnit.Kilometers else "\u00b0")
            scale.update()
        legend = items.get("legend")
        if isinstance(legend, QgsLayoutItemLegend):
            legend.setLinkedMap(map_item)
            legend.setAutoUpdateModel(False)
            title = self.publish(legend_title)
            if self._words is not None and self._words.replaying and all(self._words.last_pair):
                # bilingual: "Cymraeg / English" when it fits the map's width, else the Welsh line, then the English
                title_font = legend_style_font(legend.style(LegendComponent.Title))
                if text_width(title, title_font, bold=True) > map_item.sizeWithUnits().width():
                    title = languages.join_blocks(list(self._words.last_pair))
            legend.setTitle(title)
            root = legend.model().rootGroup()
            root.removeAllChildren()
            for layer in legend_layers:
                node = root.addLayer(layer)
                QgsLegendRenderer.setNodeLegendStyle(node, LegendComponent.Hidden)
            classes = sum(len(legend.model().layerLegendNodes(n)) for n in root.findLayers())
            columns = 1 if classes <= 3 else min(3, (classes + 2) // 3)
            legend.setColumnCount(columns)
            legend.setResizeToContents(True)
            legend.updateLegend()
            legend.adjustBoxSize()
        note_item = self._set_line(items, "map_note", "{0}", note, sizes=(7.0, 6.5, 6.0))
        if isinstance(legend, QgsLayoutItemLegend) and note_item is not None:
            page = legend.page()
            # the legend's size counts one line of title: a bilingual title has a second (1.2 lines of its size)
            points = legend_style_font(legend.style(LegendComponent.Title)).pointSizeF()
            extra = legend.title().count("\n") * (points if points > 0 else 10.0) * LINE_MM_PER_PT
            # and one line per class: a bilingual class label has a second in each row of the columns
            label_lines = max([c.label().count("\n") for layer in legend_layers
                               for c in getattr(layer.renderer(), "categories", list)()] + [0])
            if label_lines:
                label_points = legend_style_font(legend.style(LegendComponent.SymbolLabel)).pointSizeF()
                rows = -(-classes // columns)
                extra += label_lines * rows * (label_points if label_points > 0 else 8.0) * LINE_MM_PER_PT
            self._move_y(note_item, self._page_y(legend) + legend.sizeWithUnits().height() + extra + 1.0, page)
        attribution = self._set_text(items, "attribution", attribution_text(self.options.produced.year))
        if attribution is not None and note_item is not None:
            if self._words is not None:  # bilingual: a map shorter by what the longer legend and notes need
                self._make_room(items, map_item, box, note_item, attribution, bottom=194.5)
            self._below(note_item, attribution, bottom=194.5)
        return map_item

    def _make_room(self, items, map_item: QgsLayoutItemMap, box: QgsRectangle, note: QgsLayoutItemLabel,
                   attribution: QgsLayoutItemLabel, bottom: float) -> None:
        """Shorten the map, and move what lies under it up, by what the attribution lacks to be
        printed at 6 pt or more under the note, above ``bottom``."""
        font = label_font(attribution)
        need = estimate_text_height(attribution.text(), attribution.sizeWithUnits().width(), 6.0, font.family())
        short = self._page_y(note) + note.sizeWithUnits().height() + 0.3 + need - bottom
        if short <= 0:
            return
        size = map_item.sizeWithUnits()
        map_item.attemptResize(type(size)(size.width(), max(40.0, size.height() - short), LayoutUnit.Millimeters))
        map_item.zoomToExtent(box)
        for key in ("scalebar", "basic", "legend", "map_note"):
            item = items.get(key)
            if item is not None:
                self._move_y(item, self._page_y(item) - short, item.page())

    def _below(self, above: QgsLayoutItemLabel, item: QgsLayoutItemLabel, bottom: float) -> None:
        """Move ``item`` under ``above`` when they overlap (a bilingual note takes two lines), its
        text set smaller to end above ``bottom`` (mm on the page). Nothing is published here: the
        two languages' layouts differ in size, never in the texts they print."""
        top = self._page_y(above) + above.sizeWithUnits().height() + 0.3
        if top <= self._page_y(item):
            return
        self._move_y(item, top, item.page())
        font, width = label_font(item), item.sizeWithUnits().width()
        size = font.pointSizeF()
        while size > 5.0 and estimate_text_height(item.text(), width, size, font.family()) > bottom - top:
            size -= 0.5
        set_label_font(item, _sized(font, size))
        item.attemptResize(type(item.sizeWithUnits())(width, max(1.0, bottom - top), LayoutUnit.Millimeters))

    def _every_row(self, manual, table: briefing.Table, text_item: QgsLayoutItemLabel, narrative_text: str,
                   used: float, heading: QgsLayoutItemLabel, frame: QgsLayoutFrame, room: float, page: int) -> None:
        """A bilingual table's rows are taller (both languages wrap): when they do not all fit, the
        narrative above is set smaller or shortened by what they lack and the table moves up, so
        every row the English pack prints is printed. Nothing is published here (see _below)."""
        full = table_height(self.layout, manual, len(table.rows), room + 500.0)
        lack = full - frame.sizeWithUnits().height()
        if lack <= 0.5:
            return
        fitted = self._fit_published(text_item, narrative_text, max(15.0, used - lack), sizes=(8.5, 8.0, 7.5, 7.0))
        shift = used - fitted
        for item in (heading, frame):
            self._move_y(item, self._page_y(item) - shift, page)
        width = frame.sizeWithUnits().width()
        height = min(full, room + shift)
        frame.attemptResize(type(frame.sizeWithUnits())(width, height, LayoutUnit.Millimeters))
        if height < full - 0.5:
            self.log.warning(tr("The table '{0}' has more rows than fit on its page: the last rows are left "
                                "out.").format(table.headers[0] if table.headers else "table"))

    def _right_column(self, items, page: int, narrative_text: str, table_heading: str, table: Optional[briefing.Table],
                      note: str, narrative_heading: Optional[str] = None, table2_heading: str = "",
                      table2: Optional[briefing.Table] = None) -> None:
        """Narrative, then the table(s) below it, then the note: stacked to their real heights."""
        bottom = 193.0
        note_item = items.get("table_note")
        note_h = 0.0
        if isinstance(note_item, QgsLayoutItemLabel) and note:
            note_h = estimate_text_height(self.publish(note, block=True), note_item.sizeWithUnits().width(),
                                          label_font(note_item).pointSizeF())
        if narrative_heading is not None:
            self._set_line(items, "narrative_heading", "{0}", narrative_heading)
        text_item = items.get("narrative")
        y = None
        if isinstance(text_item, QgsLayoutItemLabel):
            top = self._page_y(text_item)
            if self._words is None:
                reserve = 14.0 + (8.0 + 5.0 * min(len(table.rows), 6) if table is not None else 0.0) + note_h
            else:  # bilingual: every row, under a heading and column heads of two lines
                reserve = 20.0 + (12.0 + 6.0 * len(table.rows) if table is not None else 0.0) + note_h
            room = max(20.0, bottom - top - reserve)
            narrative_published = self.publish(narrative_text, block=True)
            used = self._fit_published(text_item, narrative_published, room)
            y = top + used + 4.0
        heading = items.get("table_heading")
        frame = items.get("table")
        if table is None or not table.rows:
            self._hide(items, "table_heading", "table")
            note = ""
        elif isinstance(heading, QgsLayoutItemLabel) and isinstance(frame, QgsLayoutFrame):
            self._set_line(items, "table_heading", "{0}", table_heading)
            if y is not None:
                self._move_y(heading, y, page)
                self._move_y(frame, y + max(7.0, heading.sizeWithUnits().height() + 1.5), page)
            frame_top = self._page_y(frame)
            room = bottom - frame_top - note_h - 1.5
            manual = self._table(items, "table", table, room, warn=self._words is None)
            if self._words is not None and manual is not None and isinstance(text_item, QgsLayoutItemLabel):
                self._every_row(manual, table, text_item, narrative_published, used, heading, frame, room, page)
            y = self._page_y(frame) + frame.sizeWithUnits().height() + 2.0
        heading2, frame2 = items.get("table2_heading"), items.get("table2")
        if table2 is None or not table2.rows:
            self._hide(items, "table2_heading", "table2")
        elif isinstance(heading2, QgsLayoutItemLabel) and isinstance(frame2, QgsLayoutFrame):
            self._set_line(items, "table2_heading", "{0}", table2_heading)
            if y is not None:
                self._move_y(heading2, y + 3.0, page)
                self._move_y(frame2, y + 3.0 + max(7.0, heading2.sizeWithUnits().height() + 1.0), page)
            room = bottom - self._page_y(frame2) - note_h - 1.5
            self._table(items, "table2", table2, room)
            y = self._page_y(frame2) + frame2.sizeWithUnits().height() + 2.0
        if isinstance(note_item, QgsLayoutItemLabel):
            self._set_text(items, "table_note", note)
            if note:
                width = note_item.sizeWithUnits().width()
                note_item.attemptResize(type(note_item.sizeWithUnits())(width, note_h + 0.5, LayoutUnit.Millimeters))
                if y is not None:
                    self._move_y(note_item, min(y + 1.0, bottom - note_h), page)

    # -------------------------------------------------------------- pages

    def _top_n(self) -> int:
        return max(1, min(int(self.options.top_n), MAX_TOP_N))

    def _map_name(self, label: str, size: float) -> str:
        """An area name as a map label prints it: at most MAP_NAME_MM wide."""
        font = QFont("Arial")
        font.setBold(True)
        return briefing.elide(self.publish(label), MAP_NAME_MM, measure(font, size=size))

    def _short_name(self, label: str) -> str:
        """An area name as a sentence prints it: at most NAME_MM wide."""
        return briefing.elide(self.publish(label), NAME_MM, measure(QFont("Arial"), size=9.0))

    def _short_names(self, figures: Sequence[briefing.AreaFigures]) -> List[briefing.AreaFigures]:
        import dataclasses

        return [dataclasses.replace(a, label=self._short_name(a.label)) for a in figures]

    def _map_labels(self, area_layer: BriefingLayer, names: bool, ranked: Optional[set], size: float) -> Dict[int, str]:
        """Map labels by feature id: the name (with ``names``) and the rank of the areas in
        ``ranked`` (keys): rank labels go on the top areas only, never on areas without harm."""
        labels = {}
        for fid, area in zip(area_layer.fids, area_layer.figures):
            parts = [self._map_name(area.label, size)] if names else []
            if ranked is not None and area.key in ranked:
                parts.append("#{0}".format(area.rank))
            labels[fid] = "\n".join(parts)
        return labels

    def _scored_map_layer(self, area_layer: BriefingLayer, name: str, label_names: bool, size: float) -> QgsVectorLayer:
        labels = self._map_labels(area_layer, label_names, briefing.rank_label_keys(area_layer.figures, self._top_n()),
                                  size)
        fields = [area_layer.id_field, "harm_score", "harm_rank"]
        return memory_copy(area_layer.layer, fields, name, labels, crs=self.scored.layer.crs(),
                           transform_context=self.project.transformContext())


def table_height(layout, table, rows: int, cap: float) -> float:
    """The height (mm) a table's header and ``rows`` rows take, at most ``cap``
    (QGIS reports only its frames' heights, so ask how many rows fit)."""
    from qgis.core import QgsLayoutUtils

    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    if table.rowsVisible(context, cap, 0, True, False) < rows:
        return cap
    low, high = 0.0, cap
    while high - low > 0.2:
        middle = (low + high) / 2.0
        if table.rowsVisible(context, middle, 0, True, False) >= rows:
            high = middle
        else:
            low = middle
    return high + 0.3


def _plain_glyphs(item) -> None:
    """Set every font of a template item to draw without ligatures."""
    if isinstance(item, QgsLayoutItemLabel):
        set_label_font(item, _plain_font(label_font(item)))
    elif isinstance(item, QgsLayoutFrame) and item.multiFrame() is not None:
        table = item.multiFrame()
        if hasattr(table, "contentTextFormat"):
            for getter, setter in ((table.contentTextFormat, table.setContentTextFormat),
                                   (table.headerTextFormat, table.setHeaderTextFormat)):
                text_format = getter()
                text_format.setFont(_plain_font(text_format.font()))
                setter(text_format)
    elif isinstance(item, QgsLayoutItemLegend):
        for style in (LegendComponent.Title, LegendComponent.Group, LegendComponent.Subgroup,
                      LegendComponent.SymbolLabel):
            set_legend_style_font(item.rstyle(style), _plain_font(legend_style_font(item.rstyle(style))))
    elif isinstance(item, QgsLayoutItemScaleBar):
        text_format = item.textFormat()
        text_format.setFont(_plain_font(text_format.font()))
        item.setTextFormat(text_format)
