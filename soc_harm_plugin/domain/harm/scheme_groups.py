"""A scheme's measure layer from the counts a database sends back (socharm:scorescheme on PostGIS).

The database groups the layer's records by every value the scheme reads and
each measure's filter and link result (``values`` rows, with the records by
geometry state), and the located ones by area too (``placed`` rows).
:func:`grouped_layer` turns those counts into a
:class:`~.scheme_scoring.GroupedLayer`: rows of records that get the same
status, weight and area in every measure, each with how many records it
stands for, in the order of their first record, so that
:class:`~.scheme_scoring.SchemeScorer` counts them as it counts records read
one by one.

Pure module (numpy only; never import qgis here).
"""
from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..codes import INVALID, LOCATED, NO_GEOMETRY, RECORD_STATUSES
from ..columns import Factorized
from ..periods.calendar import Period
from ..periods.dates import in_period, parse_dates
from .scheme_scoring import GroupedLayer, SchemeScorer

IN_PERIOD, OUT_OF_PERIOD, UNREADABLE = 0, 1, 2  # what a date makes of a record in scope (date_classes)
GROUP_COUNTS = 11  # the columns scheme_sql.group_values gives after a group's values and flags (then its texts)

_NAN = ("NaN",)  # a value that equals nothing, even itself, as a key that equals itself


def _first_of(key) -> float:
    return float("inf") if key is None else float(key)


def _values_key(values: Sequence) -> tuple:
    return tuple(_NAN if v != v else v for v in values)  # noqa: PLR0124 (NaN is the one value unequal to itself)


def date_classes(values: Sequence, period: Optional[Period]) -> List[int]:
    """What each date value makes of a record in scope, as the scheme's scorer decides it: IN_PERIOD,
    OUT_OF_PERIOD (no date, or outside a bounded period) or UNREADABLE (a bounded period only). Records whose
    dates fall in one class get the same status, so the database may place them by class, not by day."""
    if period is None or not period.bounded:
        return [IN_PERIOD] * len(values)
    dates = parse_dates(np.array(list(values) + [None], dtype=object)[:-1])
    inside = in_period(dates, period.start, period.end)
    return [UNREADABLE if bad else (IN_PERIOD if ok else OUT_OF_PERIOD)
            for bad, ok in zip(dates.unparseable.tolist(), inside.tolist())]


def placed_by_class(columns: Sequence[str], classes: Dict[str, tuple]) -> Optional[Callable[[tuple], tuple]]:
    """For :func:`grouped_layer`'s ``placed_key``: a group of values (columns, then flags) as the database
    placed it, each date column of ``classes`` (column -> its distinct values, the class of each, the class
    of no date; :func:`date_classes`) as its class. None when no column is placed by class."""
    if not classes:
        return None
    at = {list(columns).index(c): (dict(zip(values, kinds)), null) for c, (values, kinds, null) in classes.items()}

    def key(group: tuple) -> tuple:
        out = list(group)
        for k, (kind_of, null) in at.items():
            out[k] = null if group[k] is None else kind_of[group[k]]
        return tuple(out)

    return key


def grouped_layer(name: str, columns: Sequence[str], flags: Sequence[str], values: Sequence[tuple],
                  placed: Sequence[tuple], slots: Dict[object, int],
                  placed_key: Optional[Callable[[tuple], tuple]] = None
                  ) -> Tuple[GroupedLayer, Dict[str, np.ndarray], int]:
    """The layer's records as rows with counts: (the rows, each flag per row, multipoints of several points).

    ``values``: per distinct (values, flags): the values (one per name in
    ``columns``), the flags, then records with no geometry, located records, all
    records, multipoints, the smallest key of each state (no geometry, located,
    neither) and xmin, ymin, xmax, ymax of the located ones (scheme_sql.group_values).
    ``placed``: per area id and distinct (values, flags): the id, the values, the
    flags, the records, and those on a boundary shared by areas (scheme_sql.group_areas).
    ``slots``: area id -> its position. ``placed_key``: a group of ``values`` as ``placed`` names it (when
    the database placed the records by date class rather than by date: the records of one placed row then
    come from several groups, which differ only in dates of one class, and are shared among them in the
    order of their first record; none default: the group itself). Located records not placed are outside.
    Raises ValueError when the two disagree (more records placed than located)."""
    width = len(columns) + len(flags)
    in_areas: Dict[tuple, List[List[int]]] = {}
    shared = 0
    for row in placed:
        in_areas.setdefault(_values_key(row[1:1 + width]), []).append([slots[row[0]], int(row[1 + width])])
        shared += int(row[2 + width] or 0)
    for where in in_areas.values():
        where.sort()
    key_of = placed_key or (lambda group: group)
    values = sorted(values, key=lambda r: _first_of(r[width + 5]))

    rows: List[tuple] = []  # (first key, values, flags, state, area, records, extent)
    multi = 0
    for row in values:
        group, counts = row[:width], row[width:]
        empty, usable, total, multipoints = (int(v or 0) for v in counts[:4])
        first_empty, first_usable, first_invalid = counts[4:7]
        extent = tuple(np.nan if v is None else float(v) for v in counts[7:11])
        multi += multipoints
        nothing = (np.nan,) * 4
        if empty:
            rows.append((first_empty, group, NO_GEOMETRY, -1, empty, nothing))
        if total - empty - usable:
            rows.append((first_invalid, group, INVALID, -1, total - empty - usable, nothing))
        if usable:
            left = usable
            where = in_areas.get(_values_key(key_of(group)), [])
            while left and where:
                slot, n = where[0]
                take = min(n, left)
                rows.append((first_usable, group, LOCATED, slot, take, extent))
                left -= take
                if take == n:
                    where.pop(0)
                else:
                    where[0][1] -= take
            if left:
                rows.append((first_usable, group, LOCATED, -1, left, extent))
    more = sum(n for where in in_areas.values() for _, n in where)
    if more:
        raise ValueError("layer {0!r}: {1} records placed in areas more than were located".format(name, more))
    rows.sort(key=lambda r: _first_of(r[0]))

    n = len(rows)
    column_values = {c: np.array([r[1][k] for r in rows] + [None], dtype=object)[:-1]
                     for k, c in enumerate(columns)}
    flag_values = {f: np.array([bool(r[1][len(columns) + k]) for r in rows], dtype=bool) for k, f in enumerate(flags)}
    extent = np.array([r[5] for r in rows], dtype=float).reshape(n, 4)
    layer = GroupedLayer(
        name=name, fid=np.array([-1 if r[0] is None else int(r[0]) for r in rows], dtype=np.int64),
        x=extent[:, 0], y=extent[:, 1], geometry_status=np.array([r[2] for r in rows] + [None], dtype=object)[:-1],
        columns={c: Factorized.of(v) for c, v in column_values.items()},
        count=np.array([r[4] for r in rows], dtype=np.int64), area_index=np.array([r[3] for r in rows], dtype=np.int64),
        x_high=extent[:, 2], y_high=extent[:, 3], shared=shared)
    return layer, flag_values, multi


def one_row_per_group(name: str, columns: Sequence[str], flags: Sequence[str], values: Sequence[tuple]
                      ) -> Tuple[GroupedLayer, Dict[str, np.ndarray], Dict[str, list]]:
    """For a records output made in the database: each group of ``values`` (as in :func:`grouped_layer`,
    asked for with its values' text) as one row of a GroupedLayer, located in area 0 (for
    :func:`measure_rows`); each flag per group; and the keys ``scheme_sql.records_select`` joins the
    records on: the group's number, each value's text ("k0", ...) and whether it is NULL ("n0", ...),
    each flag ("f0", ...)."""
    width, texts = len(columns), len(columns) + len(flags) + GROUP_COUNTS
    n = len(values)
    layer = GroupedLayer(
        name=name, fid=np.arange(n, dtype=np.int64), x=np.full(n, np.nan), y=np.full(n, np.nan),
        geometry_status=np.full(n, LOCATED, dtype=object),
        columns={c: np.array([r[k] for r in values] + [None], dtype=object)[:-1] for k, c in enumerate(columns)},
        count=np.ones(n, dtype=np.int64), area_index=np.zeros(n, dtype=np.int64), x_high=np.full(n, np.nan),
        y_high=np.full(n, np.nan))
    flag_values = {f: np.array([bool(r[width + k]) for r in values], dtype=bool) for k, f in enumerate(flags)}
    keys: Dict[str, list] = {"group": list(range(n))}
    for k in range(width):
        keys["k{0}".format(k)] = [r[texts + k] for r in values]
        keys["n{0}".format(k)] = [r[k] is None for r in values]
    for k, f in enumerate(flags):
        keys["f{0}".format(k)] = flag_values[f].tolist()
    return layer, flag_values, keys


ROW_FIELDS = ("group", "measure_order", "measure", "dimension", "weight", "code", "table_code", "day", "status")


def measure_rows(probe: SchemeScorer, name: str, groups: GroupedLayer) -> Dict[str, list]:
    """What the scheme makes of each group of layer ``name`` in each measure that selects it, apart from
    its place (for a records output made in the database): ``groups`` one row per group, every row located
    in area 0, so each row's status is assigned, or what overrides a place (filtered, out_of_period,
    invalid). Per (group, measure) the ROW_FIELDS as plain values; measure None (order: after every
    measure) for the groups no measure selects. ``probe`` is a scorer for this alone (it counts them)."""
    order = {m.key: k for k, m in enumerate(probe.scheme.measures)}
    out: Dict[str, list] = {f: [] for f in ROW_FIELDS}
    for key, part in probe.add(name, groups).items():
        for i, row in enumerate(part["rows"].tolist()):
            day = part["date"][i]
            code, table_code = part["code"][i], part["table_code"][i]
            values = (int(row), len(order) if key is None else order[key], key, part["dimension"],
                      float(part["weight"][i]), None if code is None else str(code),
                      None if table_code is None else str(table_code), None if np.isnat(day) else day.item(),
                      RECORD_STATUSES[int(part["status"][i])])
            for f, value in zip(ROW_FIELDS, values):
                out[f].append(value)
    return out
