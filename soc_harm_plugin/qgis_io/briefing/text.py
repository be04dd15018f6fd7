"""The words the pack prints (periods, units, attributions) and how wide and high text is when printed."""

from __future__ import annotations

import re
from typing import Callable, Dict, Optional, Tuple

from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QFont, QFontMetricsF, QImage

from ...domain.language import formats
from ...domain.sharing import briefing
from ...translate import document_language, tr


# ------------------------------------------------------------------ text

def period_text(provenance: Optional[dict]) -> str:
    """The scored period in words, from provenance['period']."""
    period = (provenance or {}).get("period") if isinstance(provenance, dict) else None
    if not isinstance(period, dict) or not (period.get("start") or period.get("end")):
        return tr("all dates")
    return _span_words(period.get("start"), period.get("end"), bool(period.get("month_only")))


def _span_words(start_iso, end_iso, month_only: bool = False) -> str:
    """"1 January 2024 to 31 December 2024" (months only: "January 2024 to December 2024"), in the
    language being written: "1 Ionawr 2024 i 31 Rhagfyr 2024", "Ionawr 2024 i Ragfyr 2024"."""
    words = formats.format_span(str(start_iso)[:10] if start_iso else None, str(end_iso)[:10] if end_iso else None,
                                document_language(), month_only)
    return words or tr("all dates")


def period_field_words(value: str) -> str:
    """A period field as socharm:harmchange writes it ("2024-01-01 to 2024-12-31", a stable
    form) in words in the language being written; any other text as it is."""
    match = re.match(r"^\s*(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})\s*$", value)
    return _span_words(match.group(1), match.group(2)) if match else value


def harm_unit(provenance: Optional[dict]) -> str:
    table = (provenance or {}).get("harm_table") if isinstance(provenance, dict) else None
    key = table.get("key", "") if isinstance(table, dict) else ""
    if isinstance(key, str) and key.startswith("ons_css"):
        return tr("CSS points")
    return tr("harm points")


def harm_table_text(provenance: Optional[dict]) -> str:
    table = (provenance or {}).get("harm_table") if isinstance(provenance, dict) else None
    if isinstance(table, dict) and table.get("name"):
        return tr("{0}, version {1}").format(table.get("name"), table.get("version") or "?")
    scheme = (provenance or {}).get("scheme") if isinstance(provenance, dict) else None
    if isinstance(scheme, dict) and scheme.get("name"):
        return tr("scheme {0}, version {1}").format(scheme.get("name"), scheme.get("version") or "?")
    return tr("harm table not recorded")


def attribution_text(year: int) -> str:
    return (tr("Contains public sector information licensed under the Open Government Licence v3.0.") + " "
            + tr("Boundaries: contains OS data \u00a9 Crown copyright and database right {0}.").format(year))


def estimate_text_height(text: str, width_mm: float, size_pt: float, family: str = "Arial",
                         bold: bool = False) -> float:
    """The height (mm) of ``text`` wrapped to ``width_mm`` at ``size_pt``, laid out as a layout
    label lays it out (QGIS 3.22 draws label text with a pixel-size font ten times the size
    in mm, on a rectangle ten times the size), plus a millimetre to spare."""
    scale = 10.0
    font = QFont(family)
    font.setPixelSize(int(size_pt * 25.4 / 72.0 * scale + 0.5))
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    metrics = QFontMetricsF(font)
    rect = metrics.boundingRect(QRectF(0, 0, width_mm * scale, 1e8), int(
        Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
    return rect.height() / scale + 1.0


_METRICS_DPI = 300.0
_metrics_cache: Dict[Tuple[str, bool], Tuple[QFontMetricsF, QImage]] = {}


def _metrics(font: QFont, bold: bool) -> QFontMetricsF:
    """Font metrics at 300 dpi, kept per font (measuring is done thousands of times a pack)."""
    key = (font.toString(), bool(bold))
    found = _metrics_cache.get(key)
    if found is None:
        image = QImage(4, 4, QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(int(_METRICS_DPI / 0.0254))
        image.setDotsPerMeterY(int(_METRICS_DPI / 0.0254))
        measured = QFont(font)
        if bold:
            measured.setBold(True)
        found = (QFontMetricsF(measured, image), image)
        if len(_metrics_cache) > 64:
            _metrics_cache.clear()
        _metrics_cache[key] = found
    return found[0]


def text_width(text: str, font: QFont, bold: bool = False) -> float:
    """The width (mm) of one line of text in ``font`` (its point size), with 4 % to spare."""
    metrics = _metrics(font, bold)
    return max([metrics.horizontalAdvance(line) for line in (text or "").split("\n")] + [
        0.0]) * 25.4 / _METRICS_DPI * 1.04


def measure(font: QFont, bold: bool = False, size: Optional[float] = None) -> Callable[[str], float]:
    """A function giving the printed width (mm) of a line of text in ``font`` (at ``size`` points)."""
    font = QFont(font)
    if size is not None:
        font.setPointSizeF(size)
    return lambda text: text_width(text, font, bold)


# ------------------------------------------------------------------ small helpers

def _cut_to_height(text: str, fits: Callable[[str], bool]) -> str:
    """The longest start of ``text`` (whole words) that, with an ellipsis, still ``fits``."""
    import re

    words = re.split(r"(?<=\s)(?=\S)", text)  # each word with the space after it
    low, high = 0, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if fits("".join(words[:middle]).rstrip() + briefing.ELLIPSIS):
            low = middle
        else:
            high = middle - 1
    return "".join(words[:low]).rstrip() + briefing.ELLIPSIS


def _sized(font: QFont, size: float) -> QFont:
    font = QFont(font)
    font.setPointSizeF(size)
    return font


def _plain_font(font: QFont) -> QFont:
    """No ligatures: "fi" must stay two letters in the PDF's text, or a search for "briefing" fails."""
    font = QFont(font)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


def _alpha(provenance: Optional[dict]) -> str:
    tests = (provenance or {}).get("tests") if isinstance(provenance, dict) else None
    if isinstance(tests, dict) and tests.get("alpha") is not None:
        return str(tests.get("alpha"))
    parameters = (provenance or {}).get("parameters") if isinstance(provenance, dict) else None
    if isinstance(parameters, dict) and parameters.get("ALPHA") is not None:
        return str(parameters.get("ALPHA"))
    return "0.05"


def _category_text(code: str) -> str:
    return {
        "name": tr("name"),
        "person_id": tr("person id"),
        "date_of_birth": tr("date of birth"),
        "address": tr("address"),
        "phone": tr("phone number"),
        "vehicle": tr("vehicle registration"),
        "email": tr("email"),
        "personal": tr("marked personal by the scheme"),
    }.get(code, code)
