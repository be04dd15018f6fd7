"""The content of a briefing pack's tables: each area's figures, as published text.

Everything here is plain data in, plain text out, so what a pack publishes
(ranks, change arrows, suppressed counts) is decided and tested without QGIS.
User-visible words go through the ``tr`` function the caller passes (the
plugin's translator in QGIS; the identity in tests). Pure Python: no QGIS import.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..codes import (
    ASSIGNED,
    BUFFER,
    CONTROL,
    DECREASE,
    DIFFUSION_OF_BENEFIT,
    DISPLACEMENT,
    FILTERED,
    INCREASE,
    INVALID,
    NEITHER,
    NO_CHANGE,
    NO_EVIDENCE,
    NO_GEOMETRY,
    OUT_OF_PERIOD,
    OUTSIDE,
    REDUCTION,
    TARGET,
    TOO_FEW,
    ZONES,
)
from ..language.formats import format_number, format_percent  # noqa: F401 (numbers read the same in every language)
from ..limits import finite_or_none
from .privacy import is_suppressed, suppress_count_text

Translate = Callable[[str], str]  # the translator the caller passes: the plugin's, or untranslated

ARROW_UP = "\u25b2"  # ▲ (in WGL4: Arial, Calibri, DejaVu and Liberation all draw it)
ARROW_DOWN = "\u25bc"  # ▼
NO_MOVE = "\u2013"  # – en dash
MINUS = "\u2212"  # − a true minus, as print typesetting uses

SIGNIFICANT = (INCREASE, DECREASE)
HOTSPOT_BINS = (3, 2, 1, 0, -1, -2, -3)


def untranslated(text: str) -> str:
    """The default translator: the text as it is."""
    return text


@dataclass
class AreaFigures:
    """One area's published figures. ``share`` and ``change_pct`` are percentages."""

    key: str  # the area id (never printed unless it is the label)
    label: str  # what the pack prints: the area name, or its id
    harm: float = 0.0
    rank: Optional[int] = None
    share: Optional[float] = None
    n: Optional[float] = None
    rank_before: Optional[int] = None
    harm_before: Optional[float] = None
    n_before: Optional[float] = None
    change_pct: Optional[float] = None
    change_class: Optional[str] = None  # increase / decrease / no_change / too_few
    hotspot_bin: Optional[int] = None
    hotspot_z: Optional[float] = None
    extra: Dict[str, str] = field(default_factory=dict)  # more published columns (INCLUDE_PERSONAL), header -> text
    # (driver, % of the change) pushing its way, largest first
    drivers: List[Tuple[str, float]] = field(default_factory=list)

    @property
    def has_change(self) -> bool:
        return self.harm_before is not None or self.rank_before is not None or self.change_class is not None

    @property
    def significant(self) -> bool:
        return self.change_class in SIGNIFICANT


@dataclass
class Cell:
    """Published text, and how to emphasise it: None, ``"increase"``, ``"decrease"``, ``"muted"``, ``"strong"``."""

    text: str
    emphasis: Optional[str] = None


@dataclass
class Table:
    headers: List[str]
    rows: List[List[Cell]]
    align_right: List[bool]  # per column: numbers align right

    def texts(self) -> List[List[str]]:
        return [[c.text for c in row] for row in self.rows]


# ------------------------------------------------------------------ number formats

def is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _magnitude(value: float) -> str:
    size = abs(value)
    if size >= 10 or size == 0:
        return "{0:,.0f}".format(size)
    return "{0:.1f}".format(size)


def format_change(value) -> str:
    """A change in per cent with its sign: ``+38 %``, ``−4.2 %``, ``0 %``."""
    if is_missing(value):
        return ""
    value = float(value)
    if round(value, 1) == 0:
        return "0 %"
    sign = "+" if value > 0 else MINUS
    return "{0}{1} %".format(sign, _magnitude(value))


def percent_words(value: float) -> str:
    """``38 %`` (the size only, for sentences that say up or down)."""
    return "{0} %".format(_magnitude(float(value)))


def rank_move_cell(rank: Optional[int], rank_before: Optional[int], tr: Translate = untranslated) -> Cell:
    """How far an area moved in the ranking: ▲ up (more harm than others than before), ▼ down."""
    if rank is None:
        return Cell("")
    if rank_before is None:
        return Cell(tr("new"), "muted")
    places = int(rank_before) - int(rank)
    if places > 0:
        return Cell("{0} {1}".format(ARROW_UP, places), "increase")
    if places < 0:
        return Cell("{0} {1}".format(ARROW_DOWN, -places), "decrease")
    return Cell(NO_MOVE, "muted")


def change_cell(area: AreaFigures, tr: Translate = untranslated) -> Cell:
    """The harm change: bold red or blue when significant, grey when not."""
    if area.change_class == TOO_FEW:
        text = format_change(area.change_pct) if not is_missing(area.change_pct) else tr("too few")
        return Cell(text, "muted")
    if is_missing(area.change_pct):
        if not is_missing(area.harm_before) and float(area.harm_before) == 0 and area.harm > 0:
            text = tr("new")
        else:
            text = ""
    else:
        text = format_change(area.change_pct)
    if area.change_class == INCREASE:
        return Cell(text, "increase")
    if area.change_class == DECREASE:
        return Cell(text, "decrease")
    return Cell(text, "muted")


def change_class_text(code: Optional[str], tr: Translate = untranslated) -> str:
    if code == INCREASE:
        return tr("Significant rise")
    if code == DECREASE:
        return tr("Significant fall")
    if code == NO_CHANGE:
        return tr("Not significant")
    if code == TOO_FEW:
        return tr("Too few to tell")
    return ""


def hotspot_text(gi_bin: Optional[int], tr: Translate = untranslated) -> str:
    if gi_bin is None:
        return ""
    gi_bin = int(gi_bin)
    if gi_bin == 3:
        return tr("Hot spot, 99 % confidence")
    if gi_bin == 2:
        return tr("Hot spot, 95 % confidence")
    if gi_bin == 1:
        return tr("Hot spot, 90 % confidence")
    if gi_bin == -1:
        return tr("Cold spot, 90 % confidence")
    if gi_bin == -2:
        return tr("Cold spot, 95 % confidence")
    if gi_bin == -3:
        return tr("Cold spot, 99 % confidence")
    return tr("Not significant")


# ------------------------------------------------------------------ ordering

def by_rank(areas: Sequence[AreaFigures]) -> List[AreaFigures]:
    """Most harm first: by rank, then by harm, then by label (stable for ties)."""
    return sorted(areas, key=lambda a: (a.rank if a.rank is not None else 10 ** 9, -(a.harm or 0.0), a.label))


# ------------------------------------------------------------------ tables

def ranked_table(areas: Sequence[AreaFigures], top_n: int, suppress_below: int, tr: Translate = untranslated,
                 area_heading: str = "", harm_heading: str = "", with_change: Optional[bool] = None) -> Table:
    """The top-N table: rank, move, area, records, harm, share, change.

    Move and change appear when any area has baseline figures (or when
    ``with_change`` says so). Records below ``suppress_below`` print as ``<5``.
    """
    ordered = by_rank(areas)[:max(0, int(top_n))]
    if with_change is None:
        with_change = any(a.has_change for a in areas)
    extra_headers: List[str] = []
    for area in ordered:
        for header in area.extra:
            if header not in extra_headers:
                extra_headers.append(header)
    headers = [tr("Rank")]
    right = [True]
    if with_change:
        headers.append(tr("Move"))
        right.append(False)
    headers += [area_heading or tr("Area"), tr("Records"), harm_heading or tr("Harm"), tr("Share")]
    right += [False, True, True, True]
    if with_change:
        headers.append(tr("Change"))
        right.append(True)
    headers += extra_headers
    right += [False] * len(extra_headers)
    rows = []
    for area in ordered:
        row = [Cell("" if area.rank is None else str(area.rank), "strong")]
        if with_change:
            row.append(rank_move_cell(area.rank, area.rank_before, tr))
        row += [Cell(area.label), Cell(suppress_count_text(area.n, suppress_below)), Cell(format_number(area.harm)),
                Cell(format_percent(area.share))]
        if with_change:
            row.append(change_cell(area, tr))
        row += [Cell(area.extra.get(h, "")) for h in extra_headers]
        rows.append(row)
    return Table(headers, rows, right)


def change_table(areas: Sequence[AreaFigures], suppress_below: int, limit: int = 20, tr: Translate = untranslated,
                 area_heading: str = "") -> Table:
    """Every area with baseline figures: significant changes first, then by change, largest rise first
    (areas with no % change, e.g. none in the baseline, last)."""
    with_change = [a for a in areas if a.has_change]

    def order(a: AreaFigures):
        missing = is_missing(a.change_pct)
        return (0 if a.significant else 1, missing, 0.0 if missing else -float(a.change_pct), a.label)

    ordered = sorted(with_change, key=order)[:max(0, int(limit))]
    headers = [area_heading or tr("Area"), tr("Records now"), tr("Records before"), tr("Harm now"), tr("Harm before"),
               tr("Change"), tr("Result")]
    rows = []
    for a in ordered:
        emphasis = a.change_class if a.significant else "muted"
        rows.append([
            Cell(a.label), Cell(suppress_count_text(a.n, suppress_below)), Cell(suppress_count_text(a.n_before,
                    suppress_below)),
            Cell(format_number(a.harm)), Cell(format_number(a.harm_before)), change_cell(a, tr),
            Cell(change_class_text(a.change_class, tr), emphasis),
        ])
    return Table(headers, rows, [False, True, True, True, True, True, False])


def hotspot_table(areas: Sequence[AreaFigures], limit: int = 20, tr: Translate = untranslated,
                  area_heading: str = "") -> Table:
    """Significant hot and cold spots: hottest first, then the coldest."""
    significant = [a for a in areas if a.hotspot_bin not in (None, 0)]
    hot = sorted([a for a in significant if a.hotspot_bin > 0],
                 key=lambda a: (-a.hotspot_bin, -(a.hotspot_z or 0.0), a.label))
    cold = sorted([a for a in significant if a.hotspot_bin < 0],
                  key=lambda a: (a.hotspot_bin, a.hotspot_z or 0.0, a.label))
    ordered = (hot + cold)[:max(0, int(limit))]
    rows = []
    for a in ordered:
        emphasis = "increase" if a.hotspot_bin > 0 else "decrease"
        rows.append([Cell(a.label), Cell(hotspot_text(a.hotspot_bin, tr), emphasis),
                     Cell(format_number(a.hotspot_z, 2))])
    return Table([area_heading or tr("Area"), tr("Result"), tr("Gi* z-score")], rows, [False, False, True])


def hotspot_counts(areas: Sequence[AreaFigures]) -> Dict[int, int]:
    """How many areas fall in each bin, 3 (hot, 99 %) to -3 (cold, 99 %)."""
    counts = {b: 0 for b in HOTSPOT_BINS}
    for a in areas:
        if a.hotspot_bin is not None and int(a.hotspot_bin) in counts:
            counts[int(a.hotspot_bin)] += 1
    return counts


def hotspot_short(gi_bin: Optional[int], tr: Translate = untranslated) -> Cell:
    """A hot spot bin in a table cell: "hot 95 %", "cold 90 %", "–" (not significant)."""
    if gi_bin is None:
        return Cell("")
    gi_bin = int(gi_bin)
    level = {1: "90 %", 2: "95 %", 3: "99 %"}.get(abs(gi_bin), "")
    if gi_bin > 0:
        return Cell(tr("hot {0}").format(level), "increase")
    if gi_bin < 0:
        return Cell(tr("cold {0}").format(level), "decrease")
    return Cell(NO_MOVE, "muted")


def detail_table(areas: Sequence[AreaFigures], suppress_below: int, limit: int = 25, tr: Translate = untranslated,
                 area_heading: str = "") -> Table:
    """The detail areas (e.g. wards) inside one sector: force-wide rank, records, harm, share of the
    sector, and the hot spot bin when the areas have one."""
    ordered = by_rank(areas)[:max(0, int(limit))]
    total = sum(float(a.harm or 0.0) for a in areas)
    with_hotspots = any(a.hotspot_bin is not None for a in areas)
    rows = []
    for a in ordered:
        share = 100.0 * float(a.harm or 0.0) / total if total > 0 else None
        row = [Cell("" if a.rank is None else str(a.rank), "strong"), Cell(a.label),
               Cell(suppress_count_text(a.n, suppress_below)), Cell(format_number(a.harm)), Cell(format_percent(share))]
        if with_hotspots:
            row.append(hotspot_short(a.hotspot_bin, tr))
        rows.append(row)
    headers = [tr("Rank"), area_heading or tr("Area"), tr("Records"), tr("Harm"), tr("Share of sector")]
    right = [True, False, True, True, True]
    if with_hotspots:
        headers.append(tr("Hot spot"))
        right.append(False)
    return Table(headers, rows, right)


def reconciliation_table(reconciliation: Optional[dict], suppress_below: int, tr: Translate = untranslated) -> Table:
    """Records in and the count of each status (suppressed like every published count)."""
    rows = []
    if isinstance(reconciliation, dict):
        rows.append([Cell(tr("Records read")), Cell(suppress_count_text(reconciliation.get("records_in"),
                                                                        suppress_below), "strong")])
        for status, count in (reconciliation.get("by_status") or {}).items():
            rows.append([Cell(status_text(status, tr)), Cell(suppress_count_text(count, suppress_below))])
    return Table([tr("Records"), tr("Count")], rows, [False, True])


def status_text(code: str, tr: Translate = untranslated) -> str:
    """The reconciliation statuses of socharm:scoreharm in words."""
    if code == ASSIGNED:
        return tr("Counted in an area")
    if code == OUTSIDE:
        return tr("Outside every area")
    if code == NO_GEOMETRY:
        return tr("No location")
    if code == INVALID:
        return tr("Invalid location or date")
    if code == FILTERED:
        return tr("Left out by the filter")
    if code == OUT_OF_PERIOD:
        return tr("Outside the period")
    return code


# ------------------------------------------------------------------ rank labels on maps

DEFAULT_LABEL_TOP_N = 10  # rank labels on the 10 areas with the most harm, as the ranked table lists them


# ------------------------------------------------------------------ text that fits its box

ELLIPSIS = "\u2026"  # …
Measure = Callable[[str], float]  # the printed width of one line of text (mm)

_JOINERS = {"\u200d", "\ufe0e", "\ufe0f"}  # zero width joiner, variation selectors


def _joins_previous(char: str) -> bool:
    """A character drawn as part of the one before it (an accent, an emoji modifier)."""
    import unicodedata

    return char in _JOINERS or unicodedata.combining(char) > 0 or "\U0001f3fb" <= char <= "\U0001f3ff"


def _cut(text: str, n: int) -> str:
    """The first ``n`` characters, moved back so no accent or emoji sequence is split."""
    n = max(0, min(n, len(text)))
    while 0 < n < len(text) and (_joins_previous(text[n]) or text[n - 1] == "\u200d"):
        n -= 1
    return text[:n].rstrip()


def elide(text: str, width: float, measure: Measure) -> str:
    """``text`` on one line at most ``width`` wide: as it is when it fits, else its
    longest start that fits followed by an ellipsis (just the ellipsis when nothing fits)."""
    text = " ".join((text or "").split())
    if measure(text) <= width:
        return text
    return _start_and_ellipsis(text, width, measure)


def _start_and_ellipsis(text: str, width: float, measure: Measure) -> str:
    """The longest start of ``text`` that fits ``width`` followed by an ellipsis."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(_cut(text, middle) + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    return _cut(text, low) + ELLIPSIS


def shorten_long_words(text: str, width: float, measure: Measure) -> str:
    """Every word wider than ``width`` shortened with an ellipsis, so the text can wrap
    at its spaces inside a box that wide; spaces and line breaks are kept."""
    import re

    parts = re.split(r"(\s+)", text or "")
    return "".join(part if not part or part.isspace() or measure(part) <= width else elide(part, width, measure)
                   for part in parts)


def wrap(text: str, width: float, measure: Measure, max_lines: int = 2) -> List[str]:
    """``text`` broken at spaces into lines at most ``width`` wide, at most ``max_lines``
    of them. A word wider than a line is shortened with an ellipsis; when lines are
    left over, the last line kept ends with an ellipsis. Line breaks in ``text`` are kept."""
    lines: List[str] = []
    for paragraph in (text or "").split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = word if not current else current + " " + word
            if measure(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word if measure(word) <= width else elide(word, width, measure)
        lines.append(current)
    max_lines = max(1, int(max_lines))
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    if not kept[-1].endswith(ELLIPSIS):  # the text goes on: say so
        kept[-1] = _start_and_ellipsis(kept[-1], width, measure)
    return kept


def column_widths(natural: Sequence[float], smallest: Sequence[float], fixed: Sequence[bool], room: float):
    """Widths for the columns of a table ``room`` wide, and whether they fit.

    A fixed column (numbers) always gets its natural width: a number is never
    narrowed, wrapped or cut. The other (text) columns share what is left: each
    gets its natural width when all fit, else the narrow ones keep theirs and the
    wide ones are given the same width (their text then wraps or is shortened),
    none below its ``smallest``. ``fits`` is False when even the smallest widths do
    not fit beside the numbers; the text columns are then squeezed below their
    smallest (the caller should make the text smaller first)."""
    n = len(natural)
    widths = [float(natural[k]) if fixed[k] else 0.0 for k in range(n)]
    flexible = [k for k in range(n) if not fixed[k]]
    available = room - sum(widths)
    if not flexible:
        return widths, available >= -1e-9
    desired = {k: float(natural[k]) for k in flexible}
    least = {k: min(float(smallest[k]), desired[k]) for k in flexible}

    def total(cap: float) -> float:
        return sum(min(desired[k], max(least[k], cap)) for k in flexible)

    if total(max(desired.values())) <= available:
        for k in flexible:
            widths[k] = desired[k]
        return widths, True
    if total(0.0) > available:
        scale = max(0.0, available) / total(0.0) if total(0.0) > 0 else 0.0
        for k in flexible:
            widths[k] = least[k] * scale
        return widths, False
    low, high = 0.0, max(desired.values())
    for _ in range(60):
        middle = (low + high) / 2.0
        if total(middle) <= available:
            low = middle
        else:
            high = middle
    for k in flexible:
        widths[k] = min(desired[k], max(least[k], low))
    return widths, True


def rank_label_keys(areas: Sequence[AreaFigures], top_n: int) -> set:
    """The keys of the areas a map labels with their rank: the ``top_n`` areas the ranked
    table lists (most harm first), leaving out any without harm. Areas with no harm
    share one rank ("#190" on every one of them), which says nothing and buries the map."""
    ordered = by_rank(areas)[:max(0, int(top_n))]
    return {a.key for a in ordered if a.rank is not None and not is_missing(a.harm) and float(a.harm) > 0}


# ------------------------------------------------------------------ what drove a change (socharm:harmchange DRIVERS)


def drivers_from_provenance(provenance: Optional[dict], key: str = "areas"):
    """What drove each area's change (``key`` "areas": {area key: [(driver, share %), ...]}) or the
    force's ("force": [(driver, share %), ...]), from socharm:harmchange's provenance; empty without."""
    drivers = provenance.get("drivers") if isinstance(provenance, dict) else None
    found = drivers.get(key) if isinstance(drivers, dict) else None

    def pairs(listed) -> List[Tuple[str, float]]:
        return [(str(p[0]), float(p[1])) for p in listed or [] if isinstance(p, (list, tuple)) and len(p) == 2
                and finite_or_none(p[1]) is not None]

    if key == "force":
        return pairs(found if isinstance(found, list) else [])
    return {str(k): pairs(v) for k, v in found.items()} if isinstance(found, dict) else {}


# ------------------------------------------------------------------ did it work? (socharm:interventionimpact)

IMPACT_ZONES = ZONES


def zone_text(code: str, tr: Translate = untranslated) -> str:
    if code == TARGET:
        return tr("Target")
    if code == BUFFER:
        return tr("Buffer")
    if code == CONTROL:
        return tr("Control")
    return str(code)


def target_class_text(code: Optional[str], tr: Translate = untranslated) -> str:
    """The target's class in words (socharm:interventionimpact TARGET_CLASS)."""
    if code == REDUCTION:
        return tr("Reduction")
    if code == INCREASE:
        return tr("Increase")
    if code == NO_EVIDENCE:
        return tr("No evidence of a change")
    return ""


def buffer_class_text(code: Optional[str], tr: Translate = untranslated) -> str:
    """The buffer's class in words (socharm:interventionimpact BUFFER_CLASS)."""
    if code == DISPLACEMENT:
        return tr("Displacement")
    if code == DIFFUSION_OF_BENEFIT:
        return tr("Diffusion of benefit")
    if code == NEITHER:
        return tr("Neither")
    return ""


def format_ratio(value) -> str:
    """A ratio or quotient with two decimals and a true minus: ``1.64``, ``−0.27``."""
    if is_missing(value):
        return ""
    value = float(value)
    if math.isinf(value):
        return "\u221e" if value > 0 else MINUS + "\u221e"
    text = "{0:,.2f}".format(abs(value))
    return (MINUS + text) if value < 0 and text.strip("0.,") else text


def format_interval(low, high) -> str:
    """``1.54 – 1.75`` (empty when either end is missing)."""
    if is_missing(low) or is_missing(high):
        return ""
    return "{0} \u2013 {1}".format(format_ratio(low), format_ratio(high))


def _signed_number(value) -> str:
    if is_missing(value):
        return ""
    text = format_number(abs(float(value)))
    if text in ("0", ""):
        return text
    return ("+" if float(value) > 0 else MINUS) + text


def impact_zone_table(rows: Sequence[dict], suppress_below: int, tr: Translate = untranslated) -> Table:
    """Records and harm before and after in each zone (records below the threshold as <5)."""
    by_zone = {str(r.get("zone")): r for r in rows}
    out = []
    for zone in IMPACT_ZONES:
        r = by_zone.get(zone)
        if r is None:
            continue
        emphasis = "strong" if zone == TARGET else None
        out.append([Cell(zone_text(zone, tr), emphasis), Cell(suppress_count_text(r.get("n_before"), suppress_below)),
                    Cell(suppress_count_text(r.get("n_after"), suppress_below)),
                    Cell(format_number(r.get("harm_before"))),
                    Cell(format_number(r.get("harm_after")))])
    return Table([tr("Zone"), tr("Records before"), tr("Records after"), tr("Harm before"), tr("Harm after")], out,
                 [False, True, True, True, True])


def _class_cell(text: str, code: Optional[str]) -> Cell:
    if code in (REDUCTION, DIFFUSION_OF_BENEFIT):
        return Cell(text, "decrease")  # less crime: the "fall" colour of the change tables
    if code in (INCREASE, DISPLACEMENT):
        return Cell(text, "increase")
    return Cell(text, "muted")


def impact_measure_table(results: dict, tr: Translate = untranslated) -> Table:
    """The measures with their intervals and what each says, from socharm:interventionimpact's results."""
    r = results or {}
    rows = [
        [Cell(tr("Relative effect, records (target against "
                 "control)")), Cell(format_ratio(r.get("ODDS_RATIO")), "strong"),
         Cell(format_interval(r.get("ODDS_RATIO_LOW"), r.get("ODDS_RATIO_HIGH"))),
         _class_cell(target_class_text(r.get("TARGET_CLASS"), tr), r.get("TARGET_CLASS"))],
        [Cell(tr("Relative effect, harm")), Cell(format_ratio(r.get("HARM_EFFECT")), "strong"),
         Cell(format_interval(r.get("HARM_EFFECT_LOW"), r.get("HARM_EFFECT_HIGH"))),
         _class_cell(target_class_text(r.get("TARGET_HARM_CLASS"), tr), r.get("TARGET_HARM_CLASS"))],
        [Cell(tr("Buffer against control, records")), Cell(format_ratio(r.get("BUFFER_ODDS_RATIO"))),
         Cell(format_interval(r.get("BUFFER_ODDS_RATIO_LOW"), r.get("BUFFER_ODDS_RATIO_HIGH"))), Cell("")],
        [Cell(tr("Weighted displacement quotient, records")), Cell(format_ratio(r.get("WDQ_COUNT")), "strong"),
         Cell(format_interval(r.get("WDQ_COUNT_LOW"), r.get("WDQ_COUNT_HIGH"))),
         _class_cell(buffer_class_text(r.get("BUFFER_CLASS"), tr), r.get("BUFFER_CLASS"))],
        [Cell(tr("Weighted displacement quotient, harm")), Cell(format_ratio(r.get("WDQ_HARM"))),
         Cell(format_interval(r.get("WDQ_HARM_LOW"), r.get("WDQ_HARM_HIGH"))),
         _class_cell(buffer_class_text(r.get("BUFFER_HARM_CLASS"), tr), r.get("BUFFER_HARM_CLASS"))],
        [Cell(tr("Total net effect, records prevented")), Cell(_signed_number(r.get("TNE_COUNT"))), Cell(""), Cell("")],
        [Cell(tr("Total net effect, harm prevented")), Cell(_signed_number(r.get("TNE_HARM"))), Cell(""), Cell("")],
    ]
    for row in rows:
        if not row[1].text:
            row[1] = Cell(tr("undefined"), "muted")
    confidence = r.get("confidence")
    interval = tr("{0} % interval").format("{0:g}".format(100.0 * float(confidence))) if not is_missing(confidence) \
        else tr("Interval")
    return Table([tr("Measure"), tr("Value"), interval, tr("Reading")], rows, [False, True, True, False])


COHORT_FIELDS = ("cohort", "n_nominals", "mean_harm_before", "mean_harm_after", "mean_change", "ci_low", "ci_high",
                 "method")


def cohort_text(code: str, tr: Translate = untranslated) -> str:
    if code == "referred":
        return tr("Referred")
    if code == "comparison":
        return tr("Comparison")
    if code == "difference":
        return tr("Difference (referred \u2212 comparison)")
    return str(code)


def cohort_table(rows: Sequence[dict], suppress_below: int, tr: Translate = untranslated) -> Table:
    """Referral cohorts (socharm:referralimpact COHORTS): nominals below the threshold print
    as <5 and their means are not shown (a mean of so few people could identify them)."""
    out = []
    for r in rows:
        n = r.get("n_nominals")
        hidden = is_suppressed(n, suppress_below)
        if hidden:
            figures = [Cell(NO_MOVE, "muted")] * 4
        else:
            figures = [Cell(format_number(r.get("mean_harm_before"), 1)), Cell(format_number(r.get("mean_harm_after"),
                                                                                             1)),
                       Cell(_signed_decimal(r.get("mean_change")), "strong"),
                       Cell(_interval_decimal(r.get("ci_low"), r.get("ci_high")))]
        out.append([Cell(cohort_text(str(r.get("cohort")), tr)), Cell(suppress_count_text(n, suppress_below))] + figures
                   + [Cell(str(r.get("method") or ""), "muted")])
    return Table([tr("Cohort"), tr("Nominals"), tr("Mean harm before"), tr("Mean harm after"), tr("Mean change"),
                  tr("Interval"), tr("Method")], out, [False, True, True, True, True, True, False])


def _signed_decimal(value) -> str:
    if is_missing(value):
        return ""
    text = "{0:,.1f}".format(abs(float(value)))
    if text.strip("0.,") == "":
        return "0.0"
    return ("+" if float(value) > 0 else MINUS) + text


def _interval_decimal(low, high) -> str:
    if is_missing(low) or is_missing(high):
        return ""
    return "{0} \u2013 {1}".format(_signed_decimal(low), _signed_decimal(high))

MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE")  # Government Security Classifications: the codes a pack is marked with


def marking_words(marking: str, tr: Translate = untranslated) -> str:
    """A security marking as the pack's language prints it: ``SWYDDOGOL-SENSITIF`` in Welsh, as
    Welsh public bodies print it; the code itself in English. An unknown code is printed as it is."""
    if marking == "OFFICIAL":
        return tr("OFFICIAL")
    if marking == "OFFICIAL-SENSITIVE":
        return tr("OFFICIAL-SENSITIVE")
    return marking
