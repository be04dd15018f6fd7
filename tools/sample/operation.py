"""A seeded police operation planted in the sample force: a reduction in one ward from
a given month, with part of the prevented crime displaced into its neighbours.

From the operation's month on, each offence in the target ward is prevented
with probability :data:`REDUCTION`; of the prevented ones, a share
:data:`DISPLACEMENT` happens instead in a neighbouring ward, on a street within
:data:`REACH` metres of the target ward (the offence keeps its id, code, date
and links and moves there); the rest are gone, with their links to nominals.
Nothing else changes: every other offence, and every other layer, is the same
value for value as without the operation, because the operation is drawn from
its own random stream after everything else.

What it plants, relative to the control (the rest of the force), in
expectation: the target's relative effect size (Farrington's odds ratio) is
``1 / (1 - REDUCTION)`` and so is its harm analogue (offences are prevented
whatever their type); the weighted displacement quotient is ``-DISPLACEMENT``
(the buffer gains that share of what the target lost); the total net effect is
``(1 - DISPLACEMENT)`` of the offences prevented. This holds while the
force's crime is otherwise stationary: before the rising sector's ramp (its
last six months), so the demo's after period ends there.

Pure numpy and shapely (the plugin's point-in-area engine places the offences).
"""
from __future__ import annotations

from typing import Dict, List

import numpy as np
import pandas as pd
from shapely.geometry import Point
from shapely.prepared import prep

from soc_harm_plugin.domain.geometry.geometry_index import points_in_polygons

REDUCTION = 0.4  # share of the target ward's offences prevented from the operation's month
DISPLACEMENT = 0.3  # share of the prevented offences that happen in the buffer instead
REACH = 400.0  # displaced offences land within this distance of the target ward (m)
_MIN_OFFSET = 1.0
_MAX_OFFSET = 25.0  # as the generator's offences: within this distance of their street (m)


def planted_odds_ratio() -> float:
    """The relative effect size the operation plants (target against control)."""
    return 1.0 / (1.0 - REDUCTION)


def planted_wdq() -> float:
    """The weighted displacement quotient the operation plants."""
    return -DISPLACEMENT


def _xy(geometries: list):
    x = np.array([np.nan if g is None else g.x for g in geometries], dtype=float)
    y = np.array([np.nan if g is None else g.y for g in geometries], dtype=float)
    return x, y


def plant_operation(rng: np.random.Generator, layers: Dict[str, object], start_month: str,
                    rising_sector: str) -> dict:
    """Plant the operation in ``layers`` (changed in place) and return what was planted.

    The target is the ward with the most offences before ``start_month``
    outside the rising sector (a busy ward: where a force would run an
    operation). Returns the truth: ``ward_id``, ``neighbour_ward_ids``,
    ``start_month``, ``reduction``, ``displacement``, ``reach``,
    ``removed_offence_ids`` and ``moved_offence_ids`` (with the street each
    moved offence now lies on)."""
    wards = layers["wards"]
    offences = layers["offences"]
    streets = layers["streets"]
    attrs = offences.attributes
    ward_ids = list(wards.attributes["ward_id"])
    x, y = _xy(offences.geometries)
    ward_of = points_in_polygons(x, y, [w.wkb for w in wards.geometries], ward_ids).index
    before = (attrs["month"] < start_month).to_numpy()
    counts = np.bincount(ward_of[(ward_of >= 0) & before], minlength=len(ward_ids))
    eligible = (wards.attributes["sector_id"] != rising_sector).to_numpy()
    target = int(np.argmax(np.where(eligible, counts, -1)))
    target_shape = wards.geometries[target]
    neighbours = [k for k, w in enumerate(wards.geometries)
                  if k != target and w.touches(target_shape) and w.intersection(target_shape).length > 0]

    # from the operation's month, in the target ward: prevented, and of those, displaced
    after = ~before & (ward_of == target)
    candidates = np.flatnonzero(after)
    prevented = rng.random(len(candidates)) < REDUCTION
    displaced = prevented & (rng.random(len(candidates)) < DISPLACEMENT)
    moved = candidates[displaced]
    removed = candidates[prevented & ~displaced]

    # where displaced offences go: streets of the neighbouring wards that come within REACH of the target
    target_p = prep(target_shape)
    ring = prep(target_shape.buffer(REACH))
    street_ward = streets.attributes["ward_id"].to_numpy()
    near = [k for k, line in enumerate(streets.geometries)
            if street_ward[k] in {ward_ids[n] for n in neighbours} and ring.intersects(line)]
    if not near:  # pragma: no cover - every ward of the sample has streets near its neighbours
        raise RuntimeError("no street near the target ward to displace offences to")
    lengths = np.array([streets.geometries[k].length for k in near])
    new_street = np.empty(len(moved), dtype=np.int64)
    new_points: List[Point] = []
    for i in range(len(moved)):
        while True:
            k = near[int(rng.choice(len(near), p=lengths / lengths.sum()))]
            line = streets.geometries[k]
            at = line.interpolate(float(rng.random()) * line.length)
            angle = float(rng.uniform(0.0, 2.0 * np.pi))
            offset = float(rng.uniform(_MIN_OFFSET, _MAX_OFFSET))
            p = Point(round(at.x + offset * np.cos(angle)), round(at.y + offset * np.sin(angle)))
            if not target_p.covers(p) and ring.contains(p) and line.distance(p) <= _MAX_OFFSET:
                break
        new_street[i] = k
        new_points.append(p)
    geometries = list(offences.geometries)
    for row, point in zip(moved.tolist(), new_points):
        geometries[row] = point
    keep = np.ones(len(attrs), dtype=bool)
    keep[removed] = False
    offence_ids = attrs["offence_id"].to_numpy(dtype=object)
    removed_ids = offence_ids[removed].tolist()
    offences.attributes = attrs[keep].reset_index(drop=True)
    offences.geometries = [g for g, k in zip(geometries, keep.tolist()) if k]
    links = layers["offence_nominal_links"]
    gone = set(removed_ids)
    kept_links = ~links.attributes["offence_id"].isin(gone).to_numpy()
    links.attributes = links.attributes[kept_links].reset_index(drop=True)
    links.geometries = [None] * len(links.attributes)
    street_ids = streets.attributes["street_id"].to_numpy(dtype=object)
    return {
        "ward_id": ward_ids[target],
        "ward_name": str(wards.attributes["ward_name"].iloc[target]),
        "neighbour_ward_ids": [ward_ids[n] for n in neighbours],
        "start_month": start_month,
        "reduction": REDUCTION,
        "displacement": DISPLACEMENT,
        "reach": REACH,
        "removed_offence_ids": removed_ids,
        "moved_offence_ids": offence_ids[moved].tolist(),
        "moved_to_street": pd.Series(street_ids[new_street], index=offence_ids[moved], dtype=object),
        "kept": keep,
        "removed_links": int((~kept_links).sum()),
    }


OPERATION_ID = "OP01"
OPERATION_NAME = "Operation Kestrel"  # invented, like every name in the sample
OPERATION_FIELDS = {"operation_id": "str", "operation_name": "str", "ward_id": "str", "start_date": "date",
                    "end_date": "date"}


def operations_layer(wards, truth: dict, end_date: str):
    """The ``operations`` layer: the area the operation ran in (its ward), as a force keeps it.
    Returns (geometries, attributes, field types)."""
    k = list(wards.attributes["ward_id"]).index(truth["ward_id"])
    attributes = pd.DataFrame({
        "operation_id": np.array([OPERATION_ID], dtype=object),
        "operation_name": np.array([OPERATION_NAME], dtype=object),
        "ward_id": np.array([truth["ward_id"]], dtype=object),
        "start_date": np.array([truth["start_month"] + "-01"], dtype=object),
        "end_date": np.array([end_date], dtype=object),
    })
    return [wards.geometries[k]], attributes, dict(OPERATION_FIELDS)
