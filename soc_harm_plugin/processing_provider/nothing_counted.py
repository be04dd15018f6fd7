"""Why no record was counted: the warning for inputs that make every record fail.

When every record of an input fails (all outside the areas, none with a
location, none in the period, none through the filter), the outputs are all
zeros and look like a quiet month. Each algorithm then warns in its own
sentence what it counted in (areas, cells); the reasons come from here, from
the records' status counts, so they read alike everywhere and name the cause:
the two extents when records lie outside, the period and the records' dates
when none falls in it, the filter when it keeps nothing.
"""
from __future__ import annotations

from typing import Dict, Optional, Sequence, Tuple

import numpy as np

from ..domain.geometry.grid import Extent
from ..domain.codes import ASSIGNED, FILTERED, INVALID, NO_GEOMETRY, OUT_OF_PERIOD, OUTSIDE


def counted_none(by_status: Dict[str, int], counted: Sequence[str] = (ASSIGNED,)) -> bool:
    """Records came in and not one has a counted status."""
    return sum(by_status.values()) > 0 and not any(by_status.get(code, 0) for code in counted)


def statuses_of(status: np.ndarray, counts: Optional[np.ndarray] = None) -> Dict[str, int]:
    """Status code -> records, from one status code per record (``counts``: per
    row, the records it stands for; None: one each)."""
    from ..domain.analyses.change import status_totals

    return status_totals(status, counts)


def rectangle_extent(rect) -> Optional[Extent]:
    """A QgsRectangle as an Extent (None when empty)."""
    if rect is None or rect.isNull():
        return None
    return rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()


def extent_text(extent: Extent) -> str:
    """'x 530000 to 533000, y 180000 to 182000' (degrees keep their decimals)."""
    return "x {0:.7g} to {2:.7g}, y {1:.7g} to {3:.7g}".format(*extent)


def dates_of(days: Optional[np.ndarray]) -> Optional[Tuple[str, str]]:
    """(first, last) readable day, as ISO text, or None."""
    if days is None:
        return None
    days = np.asarray(days, dtype="datetime64[D]")
    days = days[~np.isnat(days)]
    if not len(days):
        return None
    return str(days.min()), str(days.max())


def reasons(alg, by_status: Dict[str, int], *, texts: Optional[Dict[str, str]] = None, filter_expression: str = "",
            period: Optional[Tuple[object, object]] = None, dates: Optional[Tuple[str, str]] = None,
            record_extent: Optional[Extent] = None, area_extent: Optional[Extent] = None,
            areas_word: str = "") -> str:
    """What became of the records that were not counted, most first, as one sentence part.

    ``texts``: the words for a status code (its number included), replacing
    the usual ones (the extents still follow 'outside'); ``areas_word``: what
    the records fell outside of ('areas', 'cells'); ``period``: (start, end)
    as given (None: open)."""
    tr = alg.tr
    texts = texts or {}
    parts = []
    for code, n in sorted(by_status.items(), key=lambda kv: -kv[1]):
        if not n or code == ASSIGNED:
            continue
        if code == OUTSIDE:
            text = texts.get(code) or tr("{0} lie outside every one of the {1}").format(n, areas_word or tr("areas"))
            if record_extent is not None and area_extent is not None:
                text += tr(" (the records lie within {0}, the {1} within {2}: are both layers in the right place "
                           "and CRS?)").format(
                    extent_text(record_extent), areas_word or tr("areas"), extent_text(area_extent))
            parts.append(text)
        elif code in texts:
            parts.append(texts[code])
        elif code == NO_GEOMETRY:
            parts.append(tr("{0} have no location").format(n))
        elif code == INVALID:
            parts.append(tr("{0} have an invalid location or, for the period, a date that cannot be read").format(n))
        elif code == FILTERED:
            parts.append(tr("{0} are left out by the filter {1}").format(n, filter_expression))
        elif code == OUT_OF_PERIOD:
            start, end = period if period is not None else (None, None)
            text = tr("{0} fall outside the period {1} to {2}").format(n, start or "...", end or "...")
            if dates is not None:
                text += tr(" (their dates run from {0} to {1})").format(*dates)
            parts.append(text)
        else:
            parts.append(tr("{0} are {1}").format(n, code))
    return "; ".join(parts)


def warn_events_none_counted(alg, result, inputs, areas_name: str, area_extent, feedback, cells: bool = False,
                             texts: Optional[Dict[str, str]] = None) -> None:
    """Warn, with the reasons, when not one record of the events (the harm inputs of
    socharm:scoreharm) was counted in an area, or a cell."""
    by_status = result.reconciliation["by_status"]
    if not counted_none(by_status):
        return
    period = inputs.period
    why = reasons(alg, by_status, texts=texts, filter_expression=inputs.filter_expression,
                  period=(period.start, period.end), dates=result.date_range,
                  record_extent=inputs.records_extent(), area_extent=area_extent,
                  areas_word=alg.tr("cells") if cells else alg.tr("areas"))
    if cells:
        feedback.pushWarning(alg.tr("Layer '{0}': none of its {1} records was counted in any cell, so every cell "
                                    "scores 0: {2}.").format(
            inputs.layer_name, result.reconciliation["records_in"], why))
    else:
        feedback.pushWarning(alg.tr("Layer '{0}': none of its {1} records was counted in any area of '{2}', so "
                                    "every area scores 0: {3}.").format(
            inputs.layer_name, result.reconciliation["records_in"], areas_name, why))


def statuses_per_record(status: np.ndarray, layer: np.ndarray, fid: np.ndarray) -> Dict[str, int]:
    """Status code -> records, from a scheme's rows (one per record and measure,
    one for a record no measure selects): each record once, by its first row."""
    import pandas as pd

    first = ~pd.DataFrame({"layer": np.asarray(layer, dtype=object), "fid": np.asarray(fid)}).duplicated().to_numpy()
    return statuses_of(np.asarray(status, dtype=object)[first])


def scheme_reasons(alg, by_status: Dict[str, int], *, period=None, dates: Optional[Tuple[str, str]] = None,
                   record_extent: Optional[Extent] = None, area_extent: Optional[Extent] = None) -> str:
    """:func:`reasons` for a scheme's records: a record no measure selects is
    'filtered'. ``dates``: the first and last readable day of its rows;
    ``record_extent``: the extent of its rows outside every area."""
    return reasons(alg, by_status, texts={FILTERED: alg.tr("{0} are selected by no measure of the scheme").format(
        by_status.get(FILTERED, 0))}, period=period, dates=dates, record_extent=record_extent,
        area_extent=area_extent)
