"""A stacked bar of what each measure (or offence code) contributes to the selected areas."""
from __future__ import annotations

from typing import List

from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFontMetrics, QPainter, QPen
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from .panel_logic import Segment

# ColorBrewer "Set2" + "Dark2": distinct hues readable on screen and in print
PALETTE = ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3",
           "#1b9e77", "#d95f02", "#7570b3", "#e7298a"]


def colour_of(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


class CompositionBar(QWidget):
    """Paints one horizontal bar split into segments, and a legend of label, value and share."""

    BAR_HEIGHT = 22
    LEGEND_ROW = 18

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("SocHarmCompositionBar")
        self.segments: List[Segment] = []
        self.title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.BAR_HEIGHT + 8)

    def set_segments(self, segments: List[Segment], title: str = "") -> None:
        self.segments = list(segments)
        self.title = title
        tip = "\n".join("{0}: {1:,.1f} ({2:.1f} %)".format(s.label, s.value, s.share) for s in self.segments)
        self.setToolTip(tip)
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _legend_rows(self, width: int) -> List[List[int]]:
        metrics = QFontMetrics(self.font())
        rows: List[List[int]] = [[]]
        used = 0
        for i, segment in enumerate(self.segments):
            w = 16 + metrics.horizontalAdvance(self._legend_text(segment)) + 14
            if rows[-1] and used + w > width:
                rows.append([])
                used = 0
            rows[-1].append(i)
            used += w
        return rows if rows[0] else []

    @staticmethod
    def _legend_text(segment: Segment) -> str:
        return "{0} {1:.0f} %".format(segment.label, segment.share)

    def sizeHint(self):  # noqa: N802
        width = max(self.width(), 200)
        title = self.LEGEND_ROW if self.title else 0
        return QSize(width, title + self.BAR_HEIGHT + 6 + self.LEGEND_ROW * len(self._legend_rows(width - 8)) + 4)

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        x0, y = 4, 2
        width = self.width() - 8
        if self.title:
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(x0, y, width, self.LEGEND_ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, width))
            y += self.LEGEND_ROW
        bar = QRectF(x0, y, width, self.BAR_HEIGHT)
        if not self.segments:
            painter.setPen(QPen(QColor("#999999")))
            painter.drawRect(bar)
            painter.end()
            return
        x = float(x0)
        for i, segment in enumerate(self.segments):
            w = width * segment.share / 100.0
            painter.fillRect(QRectF(x, y, w, self.BAR_HEIGHT), colour_of(i))
            if w > 34:
                painter.setPen(QColor("#202020"))
                painter.drawText(QRectF(x, y, w, self.BAR_HEIGHT), Qt.AlignmentFlag.AlignCenter, "{0:.0f} %".format(
                    segment.share))
            x += w
        painter.setPen(QPen(QColor("#606060")))
        painter.drawRect(bar)
        y += self.BAR_HEIGHT + 6
        for row in self._legend_rows(width):
            x = float(x0)
            for i in row:
                painter.fillRect(QRectF(x, y + 3, 12, 12), colour_of(i))
                text = self._legend_text(self.segments[i])
                painter.setPen(self.palette().windowText().color())
                tw = metrics.horizontalAdvance(text)
                painter.drawText(QRectF(x + 16, y, tw + 2, self.LEGEND_ROW),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                x += 16 + tw + 14
            y += self.LEGEND_ROW
        painter.end()

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        height = self.sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)
