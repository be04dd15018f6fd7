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

from typing import Dict, List, Sequence, Tuple

import numpy as np

from ..codes import INVALID, LOCATED, NO_GEOMETRY
from ..columns import Factorized
from .scheme_scoring import GroupedLayer

_NAN = ("NaN",)  # a value that equals nothing, even itself, as a key that equals itself


def _values_key(values: Sequence) -> tuple:
    return tuple(_NAN if v != v else v for v in values)  # noqa: PLR0124 (NaN is the one value unequal to itself)


def grouped_layer(name: str, columns: Sequence[str], flags: Sequence[str], values: Sequence[tuple],
                  placed: Sequence[tuple], slots: Dict[object, int]
                  ) -> Tuple[GroupedLayer, Dict[str, np.ndarray], int]:
    """The layer's records as rows with counts: (the rows, each flag per row, multipoints of several points).

    ``values``: per distinct (values, flags): the values (one per name in
    ``columns``), the flags, then records with no geometry, located records, all
    records, multipoints, the smallest key of each state (no geometry, located,
    neither) and xmin, ymin, xmax, ymax of the located ones (scheme_sql.group_values).
    ``placed``: per area id and distinct (values, flags): the id, the values, the
    flags, the records, and those on a boundary shared by areas (scheme_sql.group_areas).
    ``slots``: area id -> its position. Located records not placed are outside.
    Raises ValueError when the two disagree (more records placed than located)."""
    width = len(columns) + len(flags)
    in_areas: Dict[tuple, List[Tuple[int, int]]] = {}
    shared = 0
    for row in placed:
        in_areas.setdefault(_values_key(row[1:1 + width]), []).append((slots[row[0]], int(row[1 + width])))
        shared += int(row[2 + width] or 0)

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
            where = sorted(in_areas.pop(_values_key(group), []))
            for slot, n in where:
                rows.append((first_usable, group, LOCATED, slot, n, extent))
            left = usable - sum(n for _, n in where)
            if left < 0:
                raise ValueError("layer {0!r}: {1} records placed in areas, but only {2} were located".format(
                    name, usable - left, usable))
            if left:
                rows.append((first_usable, group, LOCATED, -1, left, extent))
    if in_areas:
        raise ValueError("layer {0!r}: records placed in areas that the count of its records does not hold".format(
            name))
    rows.sort(key=lambda r: float("inf") if r[0] is None else float(r[0]))

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
