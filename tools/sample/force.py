"""A seeded generator of a fictional police force (entirely synthetic).

Nothing here describes a real person, place or force: the geography is a
jittered grid near (440000, 390000) on the British National Grid (EPSG:27700),
names are put together from invented word lists, and every record is drawn
from ``numpy.random.default_rng(seed)``. The same seed and arguments give the
same force, value for value and vertex for vertex.

Pure Python + numpy / pandas / shapely: no QGIS and no GDAL here (see
``write.py`` for the GeoPackage writer).

Layers (names and fields are a contract other code relies on):

``sectors``, ``wards``, ``streets``, ``offences``, ``nominals``,
``offence_nominal_links`` (no geometry), ``complaints``, ``drug_deaths``,
``firearms_discharges``, ``firearms_intel``, ``cannabis_farms``, and for
community priorities ``survey`` (a resident survey in two waves),
``ward_need`` and ``ward_population`` (no geometry).

The community layers come last and from their own random stream: adding them
changed no value of the layers before them. They depend on the map and the
street weights, not on the number of offences.

Dates are ISO strings (``YYYY-MM-DD``) in the attribute tables, with field type
``"date"``; months are ``YYYY-MM`` strings. Integer fields are ``int64``
columns (pandas' nullable ``Int64`` where a field has NULLs, as the survey's
``confidence``), float fields ``float64`` (NaN = NULL), string fields hold
Python ``str`` or ``None`` (NULL).

The generator's ground truth that is *not* a field (the street each offence
was generated on, the offences snapped onto ward boundaries, the sector whose
harm rises at the end of the period) is kept in ``SampleForce.truth`` and read
with :func:`offence_streets`, :func:`boundary_offence_ids` and
:func:`rising_sector_id`.
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import unary_union
from shapely.prepared import prep

from .operation import operations_layer, plant_operation
from .referrals import REFERRAL_STREAM, plant_referral_cohort

try:  # shapely >= 2.0: vectorised point construction
    from shapely import points as _shapely_points  # type: ignore[attr-defined]
except ImportError:  # shapely 1.8
    _shapely_points = None

CRS = "EPSG:27700"
OPERATION_MONTH = "2024-01"  # the seeded operation starts this month (tools/sample/operation.py); None: no operation

LAYER_NAMES = (
    "sectors",
    "wards",
    "streets",
    "offences",
    "nominals",
    "offence_nominal_links",
    "complaints",
    "drug_deaths",
    "firearms_discharges",
    "firearms_intel",
    "cannabis_farms",
    "survey",
    "ward_need",
    "ward_population",
    "operations",
)

GROUP_TYPES = ("OCG", "PI", "UCG", "PCG")
COMPLAINT_TYPES = (
    "doorstep_crime",
    "scam_mail",
    "counterfeit_goods",
    "unsafe_products",
    "rogue_trader",
    "underage_sales",
    "illegal_tobacco",
    "online_shopping_fraud",
)
DRUG_DEATH_SUBSTANCES = ("opioid", "cocaine", "mixed")
INTEL_SOURCES = ("police", "crimestoppers", "trading_standards")
# The resident survey: priority categories (the documented list of
# soc_harm_plugin.domain.community.priorities), answers outside that list that residents
# also write in, and demographic groups as the census-style table names them.
SURVEY_CATEGORIES = (
    "drug_dealing",
    "antisocial_behaviour",
    "burglary",
    "vehicle_crime",
    "violence",
    "knife_crime",
    "scams",
    "speeding",
    "litter",
    "criminal_damage",
)
SURVEY_OTHER_ANSWERS = ("parking", "dog_fouling", "noise")
AGE_BANDS = ("16-24", "25-34", "35-44", "45-54", "55-64", "65+")
SEXES = ("female", "male")
ETHNICITIES = ("White", "Asian", "Black", "Mixed", "Other")
PREFER_NOT_TO_SAY = "prefer not to say"
GROUP_MEMBERSHIPS = ("none", "neighbourhood watch", "residents association", "faith group")

# Geometry of the fictional force area: an 8 x 6 grid of 2.5 km cells,
# origin at the south-west corner, with a few boundary cells left out.
_ORIGIN = (430000.0, 382500.0)
_CELL = 2500.0
_NX, _NY = 8, 6
_DROPPED_CELLS = frozenset({(0, 0), (1, 0), (7, 0), (0, 4), (0, 5), (7, 4), (7, 5), (6, 5)})
_N_SECTORS = 7
_STREET_MARGIN = 40.0  # streets keep this far inside the force boundary (m)
_MAX_OFFSET = 25.0  # offences lie within this distance of their street (m)
_NULL_SHARE = 0.005
_BOUNDARY_SHARE = 0.005
_RISING_MONTHS = 6
_LINK_SHARE = 0.08

# ---------------------------------------------------------------- names ---
_SECTOR_NAMES = (
    "Brackenholt",
    "Caldervine",
    "Elmstow Vale",
    "Grisdale Moor",
    "Hollinrake",
    "Marrowby",
    "Wexley Cross",
)
_PLACE_HEADS = (
    "Ash", "Bell", "Brack", "Cald", "Cress", "Dell", "Drim", "Elder", "Fallow",
    "Gorse", "Hask", "Heron", "Ivy", "Jessel", "Lark", "Lorrow", "Mallow",
    "Nettle", "Orrin", "Pell", "Quill", "Rook", "Rush", "Sedge", "Skell",
    "Tamber", "Teasel", "Ulver", "Vetch", "Wren", "Yarrow", "Kestrel",
)
_PLACE_TAILS = (
    "bank", "beck", "by", "combe", "croft", "dale", "dene", "field", "garth",
    "holme", "hurst", "lea", "mere", "more", "side", "stow", "thwaite", "well",
)
_STREET_HEADS = (
    "Acorn", "Alder", "Amber", "Apple", "Aspen", "Badger", "Barley", "Beacon",
    "Beech", "Birch", "Bluebell", "Bramble", "Brook", "Buttercup", "Canal",
    "Cedar", "Chapel", "Cherry", "Chestnut", "Clover", "Copper", "Cowslip",
    "Daisy", "Dove", "Elm", "Fern", "Finch", "Flax", "Forge", "Foxglove",
    "Furnace", "Garden", "Glebe", "Granary", "Hawthorn", "Hazel", "Heather",
    "Holly", "Hop", "Juniper", "Kiln", "Laburnum", "Larch", "Laurel", "Lilac",
    "Linnet", "Loom", "Maple", "Meadow", "Mill", "Mulberry", "Myrtle", "Orchard",
    "Osier", "Otter", "Pear", "Pippin", "Plover", "Poplar", "Primrose", "Quarry",
    "Reed", "Robin", "Rowan", "Saffron", "Sandpiper", "Sorrel", "Spindle",
    "Spinney", "Sycamore", "Tannery", "Thistle", "Thrush", "Tithe", "Walnut",
    "Weaver", "Wharf", "Willow", "Yew",
)
_STREET_MIDDLES = ("", "field", "wood", "bank", "side", "dale", "croft")
_STREET_KINDS = (
    "Street", "Road", "Lane", "Close", "Avenue", "Way", "Crescent", "Grove",
    "Drive", "Terrace", "Walk", "Gardens", "Row", "Place", "Mews",
)
_FIRST_NAMES = (
    "Aaron", "Adam", "Aiden", "Alfie", "Amir", "Archie", "Ashley", "Bailey",
    "Ben", "Billy", "Bradley", "Callum", "Carl", "Charlie", "Connor", "Craig",
    "Daniel", "Darren", "Dean", "Declan", "Dylan", "Ellis", "Ethan", "Finley",
    "Frankie", "Harley", "Harvey", "Jack", "Jake", "Jamal", "Jay", "Jordan",
    "Josh", "Kai", "Kane", "Kieran", "Kyle", "Lee", "Leon", "Lewis", "Liam",
    "Logan", "Luke", "Marcus", "Mason", "Nathan", "Reece", "Riley", "Ryan",
    "Sam", "Scott", "Shane", "Tyler", "Wayne", "Zac", "Amy", "Chloe", "Demi",
    "Jade", "Kayleigh", "Leanne", "Megan", "Paige", "Shannon", "Stacey",
)
_SURNAME_HEADS = (
    "Ashen", "Barrow", "Brack", "Carrow", "Dunmer", "Elver", "Farrow", "Gillam",
    "Harrow", "Ingle", "Jessop", "Kettering", "Lomas", "Marlow", "Nesbit",
    "Orwin", "Pickles", "Quarrel", "Rowntree", "Sallow", "Tiptree", "Umber",
    "Varley", "Winstan", "Yeadon",
)
_SURNAME_TAILS = ("", "by", "den", "ham", "ley", "ridge", "ston", "wick", "worth", "field")


# ------------------------------------------------------------ data model ---
@dataclass
class Layer:
    """One layer of the sample: geometries and attribute rows in the same order.

    ``geometry_type`` is ``"Polygon"``, ``"LineString"``, ``"Point"`` or
    ``None`` (attribute-only table). ``geometries`` holds shapely geometries,
    or ``None`` for a row without a location. ``field_types`` maps every
    attribute column, in column order, to ``"str"``, ``"int"``, ``"float"`` or
    ``"date"`` (dates are ISO ``YYYY-MM-DD`` strings).
    """

    name: str
    geometry_type: Optional[str]
    geometries: list
    attributes: pd.DataFrame
    field_types: Dict[str, str]

    def __len__(self) -> int:
        return len(self.attributes)


@dataclass
class SampleForce:
    """Every layer of the fictional force, keyed by layer name (EPSG:27700).

    ``truth`` holds the generator's ground truth that is deliberately not a
    field of any layer; read it with the module's helper functions.
    """

    layers: Dict[str, Layer]
    crs: str = CRS
    seed: Optional[int] = None
    truth: dict = field(default_factory=dict, repr=False)

    def __getitem__(self, name: str) -> Layer:
        return self.layers[name]


def offence_streets(force: SampleForce) -> pd.Series:
    """The ``street_id`` each offence was generated on, indexed like ``offences``.

    Offences with no geometry keep the street they were drawn for; offences
    snapped onto a ward boundary get the street nearest to that point.
    """
    return force.truth["offence_street"].copy()


def boundary_offence_ids(force: SampleForce) -> List[str]:
    """``offence_id`` of the offences placed exactly on a boundary shared by two wards."""
    return list(force.truth["boundary_offence_ids"])


def operation_truth(force: SampleForce) -> Optional[dict]:
    """What the seeded operation planted (``tools/sample/operation.py``), or None without one."""
    return force.truth.get("operation")


def rising_sector_id(force: SampleForce) -> str:
    """The sector whose harm rises over the last six months of the period."""
    return force.truth["rising_sector_id"]


def offence_mix(path: Optional[Path] = None) -> pd.DataFrame:
    """The offence mix the generator draws from (``tools/sample/data/offence_mix.csv``).

    Columns: ``ho_code, label, police_uk_category, share, soc_theme, css_weight``.
    Shares are normalised to sum to 1.
    """
    if path is None:
        path = Path(__file__).resolve().parent / "data" / "offence_mix.csv"
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    frame = pd.DataFrame(
        {
            "ho_code": [r["ho_code"].strip() for r in rows],
            "label": [r["label"].strip() for r in rows],
            "police_uk_category": [r["police_uk_category"].strip() for r in rows],
            "share": np.array([float(r["share"]) for r in rows], dtype=float),
            "soc_theme": [r["soc_theme"].strip() for r in rows],
            "css_weight": np.array([float(r["css_weight"]) for r in rows], dtype=float),
        }
    )
    if frame["ho_code"].duplicated().any():
        raise ValueError("offence_mix.csv: duplicate ho_code")
    if (frame["share"] < 0).any() or frame["share"].sum() <= 0:
        raise ValueError("offence_mix.csv: shares must be non-negative and not all zero")
    frame["share"] = frame["share"] / frame["share"].sum()
    return frame


# ------------------------------------------------------------- helpers ---
def _make_points(x: np.ndarray, y: np.ndarray, null_mask: Optional[np.ndarray] = None) -> list:
    """shapely Points from coordinate arrays (None where ``null_mask``)."""
    if _shapely_points is not None:
        geoms = list(_shapely_points(np.column_stack([x, y])))
    else:
        geoms = [Point(a, b) for a, b in zip(x.tolist(), y.tolist())]
    if null_mask is not None:
        for i in np.flatnonzero(null_mask).tolist():
            geoms[i] = None
    return geoms


def _stream(seed: int, part: int) -> np.random.Generator:
    """The random stream of one part of the generator, from ``default_rng``."""
    return np.random.default_rng([int(seed), part])


def _ids(prefix: str, n: int, width: int) -> List[str]:
    width = max(width, len(str(n)))
    return [f"{prefix}{i:0{width}d}" for i in range(1, n + 1)]


def _unique_names(rng: np.random.Generator, n: int, heads: Sequence[str], tails: Sequence[str],
                  taken: Optional[set] = None) -> List[str]:
    """n distinct head+tail names, in a seeded order."""
    combos = [h + t for h in heads for t in tails]
    if taken:
        combos = [c for c in combos if c not in taken]
    if n > len(combos):
        raise ValueError("not enough name combinations")
    order = rng.permutation(len(combos))[:n]
    return [combos[i] for i in order.tolist()]


def _ring_area_ok(poly: Polygon) -> bool:
    return poly.is_valid and poly.area > 0


def _month_calendar(start_month: str, months: int) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(month starts as datetime64[D], days in each month, month-of-year 1..12)."""
    first = np.datetime64(start_month, "M")
    m = first + np.arange(months)
    starts = m.astype("datetime64[D]")
    ends = (m + 1).astype("datetime64[D]")
    days = (ends - starts).astype(np.int64)
    month_of_year = (m.astype(np.int64) % 12) + 1
    return starts, days, month_of_year


def _random_dates(rng: np.random.Generator, n: int, start: np.datetime64, n_days: int,
                  last_days: int = 0) -> np.ndarray:
    """n dates (datetime64[D]) uniform over [start, start+n_days), or its last ``last_days``."""
    lo = n_days - last_days if last_days else 0
    return start + rng.integers(lo, n_days, size=n)


def _iso(dates: np.ndarray) -> np.ndarray:
    return np.array(dates.astype("datetime64[D]").astype(str).tolist(), dtype=object)


# ------------------------------------------------------ wards & sectors ---
def _build_grid(rng: np.random.Generator):
    """Jittered grid nodes and edge polylines; every shared edge is one polyline."""
    ox, oy = _ORIGIN
    nodes = np.zeros((_NX + 1, _NY + 1, 2))
    for i in range(_NX + 1):
        for j in range(_NY + 1):
            jit = np.clip(rng.normal(0.0, 260.0, size=2), -520.0, 520.0)
            nodes[i, j] = (ox + i * _CELL + jit[0], oy + j * _CELL + jit[1])
    nodes = np.round(nodes)

    def edge(a: np.ndarray, b: np.ndarray) -> List[Tuple[float, float]]:
        d = b - a
        length = float(np.hypot(*d))
        u = d / length
        nrm = np.array([-u[1], u[0]])
        pts = [tuple(a)]
        for t in (0.25, 0.5, 0.75):
            off = float(np.clip(rng.normal(0.0, 130.0), -260.0, 260.0))
            along = float(np.clip(rng.normal(0.0, 60.0), -120.0, 120.0))
            p = a + d * t + nrm * off + u * along
            pts.append((float(round(p[0])), float(round(p[1]))))
        pts.append(tuple(b))
        return [(float(x), float(y)) for x, y in pts]

    h_edges = {}
    for i in range(_NX):
        for j in range(_NY + 1):
            h_edges[i, j] = edge(nodes[i, j], nodes[i + 1, j])
    v_edges = {}
    for i in range(_NX + 1):
        for j in range(_NY):
            v_edges[i, j] = edge(nodes[i, j], nodes[i, j + 1])
    return nodes, h_edges, v_edges


def _build_wards(rng: np.random.Generator):
    kept = [(i, j) for j in range(_NY) for i in range(_NX) if (i, j) not in _DROPPED_CELLS]
    for _attempt in range(100):
        nodes, h_edges, v_edges = _build_grid(rng)
        polys = []
        for i, j in kept:
            ring = (
                h_edges[i, j][:-1]
                + v_edges[i + 1, j][:-1]
                + h_edges[i, j + 1][::-1][:-1]
                + v_edges[i, j][::-1][:-1]
            )
            polys.append(Polygon(ring))
        if all(_ring_area_ok(p) for p in polys):
            break
    else:  # pragma: no cover - the jitter is far too small for this
        raise RuntimeError("could not build valid wards")
    index = {c: k for k, c in enumerate(kept)}
    adjacency = {k: [] for k in range(len(kept))}
    for (i, j), k in index.items():
        for nb in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if nb in index:
                adjacency[k].append(index[nb])
    # Points on edges shared by two wards: intermediate vertices and quarter
    # points of the edge segments (exact binary fractions of whole metres).
    cand = []
    for (i, j), pts in h_edges.items():
        if (i, j - 1) in index and (i, j) in index:
            cand.extend(_edge_candidates(pts))
    for (i, j), pts in v_edges.items():
        if (i - 1, j) in index and (i, j) in index:
            cand.extend(_edge_candidates(pts))
    return kept, polys, adjacency, np.array(cand, dtype=float)


def _edge_candidates(pts: List[Tuple[float, float]]) -> List[Tuple[float, float]]:
    out = list(pts[1:-1])
    for (ax, ay), (bx, by) in zip(pts[:-1], pts[1:]):
        for t in (0.25, 0.5, 0.75):
            out.append((ax + (bx - ax) * t, ay + (by - ay) * t))
    return out


def _build_sectors(rng: np.random.Generator, wards: List[Polygon], adjacency: Dict[int, List[int]],
                   population: np.ndarray):
    n = len(wards)
    cent = np.array([[w.centroid.x, w.centroid.y] for w in wards])
    for _attempt in range(200):
        seeds = [int(rng.integers(n))]
        while len(seeds) < _N_SECTORS:
            d = np.min(np.hypot(cent[:, None, 0] - cent[None, seeds, 0],
                                cent[:, None, 1] - cent[None, seeds, 1]), axis=1)
            seeds.append(int(np.argmax(d)))
        owner = np.full(n, -1)
        pop = np.zeros(_N_SECTORS)
        for s, w in enumerate(seeds):
            owner[w] = s
            pop[s] = population[w]
        while (owner < 0).any():
            for s in np.argsort(pop + rng.uniform(0, 1, _N_SECTORS), kind="stable").tolist():
                frontier = sorted({nb for w in np.flatnonzero(owner == s).tolist()
                                   for nb in adjacency[w] if owner[nb] < 0})
                if frontier:
                    pick = frontier[int(rng.integers(len(frontier)))]
                    owner[pick] = s
                    pop[s] += population[pick]
                    break
        sectors = [unary_union([wards[w] for w in np.flatnonzero(owner == s).tolist()])
                   for s in range(_N_SECTORS)]
        ok = all(isinstance(p, Polygon) and len(p.interiors) == 0 and p.is_valid for p in sectors)
        counts = np.bincount(owner, minlength=_N_SECTORS)
        if ok and counts.min() >= 3:
            return owner, sectors
    raise RuntimeError("could not build contiguous sectors")  # pragma: no cover


# -------------------------------------------------------------- streets ---
@dataclass
class _Streets:
    coords: List[np.ndarray]
    names: List[str]
    ward: np.ndarray  # ward index per street
    # flattened segments
    seg_x0: np.ndarray
    seg_y0: np.ndarray
    seg_dx: np.ndarray
    seg_dy: np.ndarray
    seg_len: np.ndarray
    seg_cum_end: np.ndarray  # global cumulative length at each segment's end
    first_seg: np.ndarray
    last_seg: np.ndarray
    start_cum: np.ndarray
    length: np.ndarray
    mid: np.ndarray  # (n, 2) point half-way along each street

    def __len__(self) -> int:
        return len(self.coords)


def _walk(rng: np.random.Generator, start: np.ndarray, heading: float, total: float,
          n_seg: int, wiggle: float) -> np.ndarray:
    parts = rng.dirichlet(np.full(n_seg, 4.0)) * total
    pts = [start]
    theta = heading
    for k in range(n_seg):
        if k:
            theta += rng.normal(0.0, wiggle)
        pts.append(pts[-1] + parts[k] * np.array([math.cos(theta), math.sin(theta)]))
    return np.round(np.array(pts))


def _build_streets(rng: np.random.Generator, wards: List[Polygon], force_area: Polygon,
                   density: np.ndarray, town: np.ndarray, towns: List[np.ndarray]) -> _Streets:
    interior = force_area.buffer(-_STREET_MARGIN)
    interior_p = prep(interior)
    coords: List[np.ndarray] = []
    names: List[str] = []
    used_names: set = set()

    def ok(line_pts: np.ndarray) -> bool:
        if len(line_pts) < 2:
            return False
        seg = np.hypot(*np.diff(line_pts, axis=0).T)
        if seg.min() < 15.0:
            return False
        total = seg.sum()
        if not (100.0 <= total <= 800.0):
            return False
        line = LineString(line_pts)
        return line.is_simple and interior_p.contains(line)

    # Main roads: radial routes out of the town centre, chopped into streets.
    n_roads = 6
    base = [math.atan2(t[1] - town[1], t[0] - town[0]) for t in towns]
    angles = list(base)
    while len(angles) < n_roads:
        # fill the widest angular gap
        a = sorted(x % (2 * math.pi) for x in angles)
        gaps = [(a[(k + 1) % len(a)] - a[k]) % (2 * math.pi) or 2 * math.pi for k in range(len(a))]
        k = int(np.argmax(gaps))
        angles.append(a[k] + gaps[k] / 2 + rng.normal(0, 0.1))
    road_names = _unique_names(rng, n_roads, _STREET_HEADS, ("",))
    for r, ang in enumerate(angles):
        pts = [np.array(town, dtype=float)]
        theta = ang
        while True:
            theta += rng.normal(0.0, 0.12) + 0.25 * (ang - theta)
            step = rng.uniform(130.0, 230.0)
            nxt = np.round(pts[-1] + step * np.array([math.cos(theta), math.sin(theta)]))
            if not interior_p.contains(Point(nxt)) or len(pts) > 120:
                break
            pts.append(nxt)
        pts_arr = np.array(pts)
        road = f"{road_names[r]} Road"
        k = 0
        piece = 0
        while k < len(pts_arr) - 1:
            n_seg = int(rng.integers(2, 5))
            chunk = pts_arr[k:k + n_seg + 1]
            while len(chunk) > 2 and np.hypot(*np.diff(chunk, axis=0).T).sum() > 780.0:
                chunk = chunk[:-1]
            if ok(chunk):
                coords.append(chunk)
                names.append("High Street" if r == 0 and piece < 2 else road)
                piece += 1
            k += len(chunk) - 1
        used_names.update((road, "High Street"))
    # Local streets: each ward gets a small tree of streets branching off each other.
    heads = [h for h in _STREET_HEADS if h not in set(road_names)]
    name_pool = [f"{h}{m} {k}" for h in heads for m in _STREET_MIDDLES for k in _STREET_KINDS]
    name_pool = sorted(set(name_pool) - used_names)
    name_order = rng.permutation(len(name_pool)).tolist()
    name_iter = iter(name_order)
    dens = density / density.max()
    for w, ward in enumerate(wards):
        target = int(round(9 + 36 * dens[w] + rng.uniform(0, 4)))
        ward_p = prep(ward)
        minx, miny, maxx, maxy = ward.bounds
        local: List[np.ndarray] = []
        tries = 0
        mean_len = 230.0 + 260.0 * (1.0 - dens[w])
        while len(local) < target and tries < target * 30:
            tries += 1
            total = float(np.clip(rng.lognormal(math.log(mean_len), 0.4), 110.0, 780.0))
            n_seg = int(rng.integers(1, 6))
            if local and rng.random() < 0.75:
                parent = local[int(rng.integers(len(local)))]
                s = int(rng.integers(len(parent) - 1))
                t = rng.uniform(0.2, 0.8)
                start = np.round(parent[s] + t * (parent[s + 1] - parent[s]))
                d = parent[s + 1] - parent[s]
                heading = math.atan2(d[1], d[0]) + (math.pi / 2) * (1 if rng.random() < 0.5 else -1)
                heading += rng.normal(0.0, 0.15)
            else:
                start = np.round(np.array([rng.uniform(minx, maxx), rng.uniform(miny, maxy)]))
                if not ward_p.contains(Point(start)):
                    continue
                heading = rng.uniform(0.0, 2 * math.pi)
            line = _walk(rng, start, heading, total, n_seg, 0.3)
            if ok(line):
                local.append(line)
        for line in local:
            coords.append(line)
            names.append(name_pool[next(name_iter)])
    # Ward holding most of each street's length.
    ward_bounds = np.array([w.bounds for w in wards])
    street_ward = np.zeros(len(coords), dtype=np.int64)
    for s, pts in enumerate(coords):
        line = LineString(pts)
        bx0, by0, bx1, by1 = line.bounds
        near = np.flatnonzero((ward_bounds[:, 0] <= bx1) & (ward_bounds[:, 2] >= bx0)
                              & (ward_bounds[:, 1] <= by1) & (ward_bounds[:, 3] >= by0))
        best, best_len = -1, -1.0
        for w in near.tolist():
            inter = wards[w].intersection(line).length
            if inter > best_len + 1e-9:
                best, best_len = w, inter
        street_ward[s] = best
    # Stable order: by ward, then by position of the first vertex.
    first = np.array([c[0] for c in coords])
    order = np.lexsort((first[:, 0], -first[:, 1], street_ward))
    coords = [coords[k] for k in order.tolist()]
    names = [names[k] for k in order.tolist()]
    street_ward = street_ward[order]
    return _flatten_streets(coords, names, street_ward)


def _flatten_streets(coords: List[np.ndarray], names: List[str], ward: np.ndarray) -> _Streets:
    n_seg = np.array([len(c) - 1 for c in coords])
    p0 = np.concatenate([c[:-1] for c in coords])
    p1 = np.concatenate([c[1:] for c in coords])
    d = p1 - p0
    seg_len = np.hypot(d[:, 0], d[:, 1])
    cum_end = np.cumsum(seg_len)
    last = np.cumsum(n_seg) - 1
    first = last - n_seg + 1
    start_cum = cum_end[first] - seg_len[first]
    length = cum_end[last] - start_cum
    streets = _Streets(
        coords=coords, names=names, ward=ward,
        seg_x0=p0[:, 0], seg_y0=p0[:, 1], seg_dx=d[:, 0], seg_dy=d[:, 1], seg_len=seg_len,
        seg_cum_end=cum_end, first_seg=first, last_seg=last, start_cum=start_cum, length=length,
        mid=np.zeros((len(coords), 2)),
    )
    mx, my = _along(streets, np.arange(len(coords)), np.full(len(coords), 0.5))
    streets.mid = np.column_stack([mx, my])
    return streets


def _along(st: _Streets, street: np.ndarray, frac: np.ndarray,
           offset: Optional[np.ndarray] = None) -> Tuple[np.ndarray, np.ndarray]:
    """Coordinates at fraction ``frac`` along each ``street``, shifted ``offset`` m sideways."""
    pos = st.start_cum[street] + frac * st.length[street]
    seg = np.searchsorted(st.seg_cum_end, pos, side="left")
    seg = np.clip(seg, st.first_seg[street], st.last_seg[street])
    t = 1.0 - (st.seg_cum_end[seg] - pos) / st.seg_len[seg]
    t = np.clip(t, 0.0, 1.0)
    x = st.seg_x0[seg] + t * st.seg_dx[seg]
    y = st.seg_y0[seg] + t * st.seg_dy[seg]
    if offset is not None:
        x = x - offset * st.seg_dy[seg] / st.seg_len[seg]
        y = y + offset * st.seg_dx[seg] / st.seg_len[seg]
    return x, y


def _points_on_streets(rng: np.random.Generator, st: _Streets, street: np.ndarray,
                       min_off: float, max_off: float, on_share: float = 0.0):
    """Whole-metre points along the given streets, 0..max_off m to either side."""
    n = len(street)
    frac = rng.random(n)
    side = np.where(rng.random(n) < 0.5, -1.0, 1.0)
    dist = rng.uniform(min_off, max_off, size=n)
    if on_share:
        dist = np.where(rng.random(n) < on_share, 0.0, dist)
    x, y = _along(st, street, frac, side * dist)
    return np.round(x), np.round(y)


def _nearest_street(st: _Streets, pts: np.ndarray) -> np.ndarray:
    """Index of the street nearest to each point (vectorised, chunked)."""
    seg_street = np.repeat(np.arange(len(st)), st.last_seg - st.first_seg + 1)
    l2 = st.seg_len ** 2
    out = np.empty(len(pts), dtype=np.int64)
    for a in range(0, len(pts), 256):
        p = pts[a:a + 256]
        px = p[:, 0:1] - st.seg_x0[None, :]
        py = p[:, 1:2] - st.seg_y0[None, :]
        t = np.clip((px * st.seg_dx + py * st.seg_dy) / l2, 0.0, 1.0)
        d2 = (px - t * st.seg_dx) ** 2 + (py - t * st.seg_dy) ** 2
        out[a:a + 256] = seg_street[np.argmin(d2, axis=1)]
    return out


def _gauss(xy: np.ndarray, centre: np.ndarray, sigma: float) -> np.ndarray:
    d2 = (xy[:, 0] - centre[0]) ** 2 + (xy[:, 1] - centre[1]) ** 2
    return np.exp(-d2 / (2.0 * sigma * sigma))


def _norm(p: np.ndarray) -> np.ndarray:
    return p / p.sum()


# ------------------------------------------------------ community survey ---
# What residents name, by category: the offences (Home Office codes) whose
# expected harm ("harm") or count ("count") drives concern about it. The
# other categories follow the kind of place (see _category_pull).
_CATEGORY_SOURCES = {
    "drug_dealing": ("harm", ("92A", "92D", "92E")),
    "violence": ("harm", ("1", "2", "5D", "8N", "8S", "105A", "34B")),
    "knife_crime": ("harm", ("10C", "10D", "5D")),
    "burglary": ("harm", ("28E", "28F", "29", "30C")),
    "vehicle_crime": ("count", ("45", "48", "126", "58C")),
    "antisocial_behaviour": ("count", ("9A", "62A", "58D", "105A")),
    "criminal_damage": ("count", ("58A", "58C", "58D", "56A", "56B")),
}
_CATEGORY_BASE = {  # how often a category is named anywhere (relative)
    "drug_dealing": 0.9, "antisocial_behaviour": 1.0, "burglary": 0.8, "vehicle_crime": 0.5,
    "violence": 0.6, "knife_crime": 0.35, "scams": 0.35, "speeding": 0.9, "litter": 0.45,
    "criminal_damage": 0.35,
}
_SURVEY_RATE = 0.0042  # respondents per resident per wave (before the ward's own propensity)


def _percentile(values: np.ndarray) -> np.ndarray:
    """Rank percentile 0..1 (ties averaged)."""
    ranks = pd.Series(values).rank(method="average").to_numpy()
    return (ranks - 1.0) / max(len(values) - 1, 1)


def _build_community(rng: np.random.Generator, *, st: "_Streets", ward_ids: List[str], ward_pop: np.ndarray,
                     density: np.ndarray, street_density: np.ndarray, hot: np.ndarray, mix: pd.DataFrame,
                     serious_code: np.ndarray, starts: np.ndarray, dim: np.ndarray, month_w: np.ndarray,
                     ramp: np.ndarray, w_general: np.ndarray, w_serious: np.ndarray, in_rising: np.ndarray,
                     w_emerging: np.ndarray, rising_serious: float):
    """The resident survey (two waves), the need index and the population by group per ward.

    Concern follows the *expected* harm of each half of the period on the
    ward's streets (from the street weights the offences are drawn from, so
    the survey does not depend on the number of offences): more residents
    name drug dealing where drug harm is high (and, in expectation, more in
    the second wave where the new problem rises). Respondents are older and more often women than
    the population, and demographic non-response is higher in deprived wards.
    """
    n_w = len(ward_ids)
    n_st = len(st)
    months = len(starts)
    cats = list(SURVEY_CATEGORIES)
    dens_n = density / density.max()

    # --- need: a deprivation score per ward, as deciles (1 = most deprived) ---
    street_w = np.bincount(st.ward, weights=st.length, minlength=n_w)
    hot_ward = np.bincount(st.ward, weights=hot * st.length, minlength=n_w) / np.maximum(street_w, 1e-9)
    dep = 0.55 * _percentile(hot_ward) + 0.30 * _percentile(dens_n) + 0.15 * rng.random(n_w)
    dep_pct = _percentile(dep)
    from_most = np.empty(n_w, dtype=np.int64)
    from_most[np.argsort(-dep, kind="stable")] = np.arange(n_w)
    imd_decile = (1 + (from_most * 10) // n_w).astype(np.int64)
    income_dep = np.round(np.clip(0.04 + 0.30 * dep_pct + rng.normal(0, 0.03, n_w), 0.02, 0.5), 3)

    # --- expected harm of each category's offences per ward, per half --------
    p_month = month_w / month_w.sum()
    halves = [np.arange(0, max(1, months // 2)), np.arange(months // 2 if months >= 2 else 0, months)]
    codes = mix["ho_code"].tolist()
    share = mix["share"].to_numpy()
    weight = mix["css_weight"].to_numpy()
    street_exp = {c: [np.zeros(n_st), np.zeros(n_st)] for c in _CATEGORY_SOURCES}
    for h, half in enumerate(halves):
        for m in half.tolist():
            r = ramp[m]
            pg = _norm(w_general * np.where(in_rising, 1.0 + 0.6 * r, 1.0))
            ps = _norm(w_serious + (2.5 * r * rising_serious) * _norm(w_emerging))
            for cat, (kind, cat_codes) in _CATEGORY_SOURCES.items():
                sel = np.isin(codes, cat_codes)
                amount = share * (weight if kind == "harm" else 1.0)
                a_serious = float(amount[sel & serious_code].sum())
                a_general = float(amount[sel & ~serious_code].sum())
                street_exp[cat][h] += p_month[m] * (a_serious * ps + a_general * pg)
    pull = np.zeros((2, n_w, len(cats)))  # 0..1: how much each ward has of what a category is about
    for k, cat in enumerate(cats):
        if cat in _CATEGORY_SOURCES:
            rate = np.array([np.bincount(st.ward, weights=street_exp[cat][h], minlength=n_w) / ward_pop
                             for h in range(2)])
            pull[:, :, k] = np.sqrt(rate / rate.max())  # both waves on one scale: a rise shows
        elif cat in ("scams", "speeding"):
            pull[:, :, k] = 0.6 * (1.0 - dens_n)  # older, quieter, faster roads
        else:  # litter
            pull[:, :, k] = 0.6 * dens_n
    base_pref = np.array([_CATEGORY_BASE[c] for c in cats])
    prefer = base_pref[None, None, :] * (0.25 + 2.5 * pull)
    harm_cats = [cats.index(c) for c in ("drug_dealing", "violence", "burglary")]
    trouble = pull[:, :, harm_cats].mean(axis=2)
    trouble = trouble / trouble.max()

    # --- population by group per ward ---------------------------------------
    adults = np.round(ward_pop * 0.8).astype(np.int64)
    age_base = np.array([0.14, 0.17, 0.16, 0.17, 0.15, 0.21])
    age_tilt = np.array([0.06, 0.05, 0.01, -0.01, -0.04, -0.07])
    white = np.clip(0.93 - 0.35 * dens_n + rng.normal(0, 0.03, n_w), 0.45, 0.98)
    pop_rows = []
    group_props = {}
    for w in range(n_w):
        age_p = np.clip(age_base + age_tilt * (dens_n[w] - 0.4) * 2 + rng.normal(0, 0.01, 6), 0.03, None)
        age_p = age_p / age_p.sum()
        female = float(np.clip(0.51 + rng.normal(0, 0.01), 0.47, 0.55))
        sex_p = np.array([female, 1 - female])
        other = rng.dirichlet(np.array([0.5, 0.2, 0.18, 0.12]) * 60)
        eth_p = np.concatenate([[white[w]], (1 - white[w]) * other])
        group_props[w] = {"age_band": age_p, "sex": sex_p, "ethnicity": eth_p}
        for variable, labels, props in (("age_band", AGE_BANDS, age_p), ("sex", SEXES, sex_p),
                                        ("ethnicity", ETHNICITIES, eth_p)):
            counts = np.floor(adults[w] * props).astype(np.int64)
            counts[int(np.argmax(props))] += adults[w] - counts.sum()  # counts add up to the adults
            for label, count in zip(labels, counts.tolist()):
                pop_rows.append((ward_ids[w], variable, label, int(count)))

    # --- respondents ------------------------------------------------------------
    propensity = _SURVEY_RATE * (1.25 - 0.6 * dep_pct) * rng.lognormal(0.0, 0.45, n_w)
    n_by = np.array([rng.poisson(ward_pop * propensity * (1.0 if h == 0 else 1.1)) for h in range(2)])
    ward_of = np.concatenate([np.repeat(np.arange(n_w), n_by[h]) for h in range(2)])
    wave = np.concatenate([np.full(int(n_by[h].sum()), h + 1) for h in range(2)])
    n = len(ward_of)
    # fieldwork: the middle two months of each half of the period
    day = np.empty(n, dtype="datetime64[D]")
    for h, half in enumerate(halves):
        mid = half[len(half) // 2 - 1: len(half) // 2 + 1] if len(half) >= 2 else half
        first, last = starts[mid[0]], starts[mid[-1]] + dim[mid[-1]]
        sel = np.flatnonzero(wave == h + 1)
        day[sel] = first + rng.integers(0, int((last - first).astype(np.int64)), size=len(sel))
    order = np.lexsort((ward_of, day))
    ward_of, wave, day = ward_of[order], wave[order], day[order]
    h_of = wave - 1

    # priorities: up to three categories, drawn without replacement (Gumbel top-k)
    keys = np.log(prefer[h_of, ward_of]) + rng.gumbel(size=(n, len(cats)))
    ranked = np.argsort(-keys, axis=1, kind="stable")
    n_named = rng.choice(4, size=n, p=[0.03, 0.12, 0.25, 0.60])
    cat_arr = np.array(cats, dtype=object)
    pri = [np.where(n_named > j, cat_arr[ranked[:, j]], None) for j in range(3)]
    write_in = (rng.random(n) < 0.035) & (n_named > 0)  # an answer outside the list, as the last one named
    other = np.array(SURVEY_OTHER_ANSWERS, dtype=object)[rng.integers(len(SURVEY_OTHER_ANSWERS), size=n)]
    for j in range(3):
        last = write_in & (n_named == j + 1)
        pri[j] = np.where(last, other, pri[j])
    extra = rng.choice(3, size=n, p=[0.45, 0.35, 0.20])
    n_concern = np.minimum(n_named + extra, len(cats))
    concerns = np.array([";".join(cat_arr[ranked[i, :n_concern[i]]].tolist()) if n_concern[i] else None
                         for i in range(n)], dtype=object)
    concerns[rng.random(n) < 0.05] = None

    confidence = np.clip(np.round(3.75 - 1.2 * trouble[h_of, ward_of] - 0.6 * dep_pct[ward_of]
                                  + rng.normal(0, 0.85, n)), 1, 5).astype(np.int64)
    no_confidence = rng.random(n) < 0.07

    # demographics: older people and women answer more; non-response higher where deprived
    bias = {"age_band": np.array([0.55, 0.7, 0.9, 1.0, 1.2, 1.45]), "sex": np.array([1.2, 0.85]),
            "ethnicity": np.array([1.1, 0.8, 0.75, 0.85, 0.8])}
    labels = {"age_band": AGE_BANDS, "sex": SEXES, "ethnicity": ETHNICITIES}
    nonresponse = {"age_band": (0.04, 0.06), "sex": (0.03, 0.03), "ethnicity": (0.06, 0.09)}  # (NULL, prefer not)
    demo = {}
    for variable in ("age_band", "sex", "ethnicity"):
        values = np.empty(n, dtype=object)
        for w in range(n_w):
            sel = np.flatnonzero(ward_of == w)
            if len(sel):
                p = group_props[w][variable] * bias[variable]
                values[sel] = np.array(labels[variable], dtype=object)[rng.choice(len(p), size=len(sel), p=p / p.sum())]
        p_null, p_not = nonresponse[variable]
        scale = 0.7 + 0.6 * dep_pct[ward_of]
        u = rng.random(n)
        values[u < p_null * scale] = None
        values[(u >= p_null * scale) & (u < (p_null + p_not) * scale)] = PREFER_NOT_TO_SAY
        demo[variable] = values
    membership = np.array(GROUP_MEMBERSHIPS, dtype=object)[rng.choice(4, size=n, p=[0.72, 0.12, 0.1, 0.06])]
    membership[rng.random(n) < 0.25] = None

    # where they live: near a home on a street of their ward, to the nearest 10 m
    street = np.empty(n, dtype=np.int64)
    home_w = st.length * (0.3 + street_density)
    for w in range(n_w):
        sel = np.flatnonzero(ward_of == w)
        on_w = np.flatnonzero(st.ward == w)
        if len(sel) and len(on_w):
            street[sel] = on_w[rng.choice(len(on_w), size=len(sel), p=_norm(home_w[on_w]))]
    sx, sy = _points_on_streets(rng, st, street, 5.0, 20.0)
    sx, sy = np.round(sx, -1), np.round(sy, -1)
    code = np.array(ward_ids, dtype=object)[ward_of]
    quirk = rng.random(n)
    no_code = quirk < 0.015  # postcode not given
    outsider = (quirk >= 0.015) & (quirk < 0.019)  # lives in a neighbouring force's ward
    no_point = (quirk >= 0.019) & (quirk < 0.039)  # gave a postcode area only
    code[no_code] = None
    code[outsider] = np.array(["N{0:03d}".format(k) for k in rng.integers(1, 60, size=int(outsider.sum()))],
                              dtype=object)
    survey_df = pd.DataFrame({
        "respondent_id": np.array(_ids("R", n, 5), dtype=object),
        "survey_wave": wave.astype(np.int64),
        "survey_date": _iso(day),
        "ward_code": code,
        "priority_1": pri[0],
        "priority_2": pri[1],
        "priority_3": pri[2],
        "concerns": concerns,
        "confidence": pd.array(np.where(no_confidence, 0, confidence), dtype="Int64"),
        "age_band": demo["age_band"],
        "sex": demo["sex"],
        "ethnicity": demo["ethnicity"],
        "group_membership": membership,
    })
    survey_df.loc[no_confidence, "confidence"] = pd.NA
    survey_geoms = _make_points(sx, sy, outsider | no_point)
    survey_types = {
        "respondent_id": "str", "survey_wave": "int", "survey_date": "date", "ward_code": "str",
        "priority_1": "str", "priority_2": "str", "priority_3": "str", "concerns": "str", "confidence": "int",
        "age_band": "str", "sex": "str", "ethnicity": "str", "group_membership": "str",
    }
    need_df = pd.DataFrame({
        "ward_id": np.array(ward_ids, dtype=object),
        "imd_decile": imd_decile,
        "income_deprivation": income_dep.astype(float),
    })
    population_df = pd.DataFrame(pop_rows, columns=["ward_id", "variable", "group_value", "population"])
    population_df["population"] = population_df["population"].astype(np.int64)
    for column in ("ward_id", "variable", "group_value"):
        population_df[column] = population_df[column].astype(object)
    truth = {"survey_pull": {c: pull[:, :, k].copy() for k, c in enumerate(cats)}, "deprivation": dep_pct}
    return (
        ("survey", "Point", survey_geoms, survey_df, survey_types),
        ("ward_need", None, [None] * n_w, need_df,
         {"ward_id": "str", "imd_decile": "int", "income_deprivation": "float"}),
        ("ward_population", None, [None] * len(population_df), population_df,
         {"ward_id": "str", "variable": "str", "group_value": "str", "population": "int"}),
    ), truth


# ------------------------------------------------------------ generator ---
def generate_force(seed: int = 20240101, n_offences: int = 60000, months: int = 24,
                   start_month: str = "2023-01", operation_month: Optional[str] = OPERATION_MONTH) -> SampleForce:
    """Generate the fictional force (see the module docstring for the layers)."""
    if n_offences < 0:
        raise ValueError("n_offences must be >= 0")
    if months < 1:
        raise ValueError("months must be >= 1")
    # One random stream per part, so the map, the people and the other layers
    # stay the same whatever the number of offences.
    rng = _stream(seed, 0)
    mix = offence_mix()

    # --- geography ------------------------------------------------------
    _cells, wards, adjacency, boundary_cand = _build_wards(rng)
    n_w = len(wards)
    force_area = unary_union(wards)
    cent = np.array([[w.centroid.x, w.centroid.y] for w in wards])
    fc = np.array([force_area.centroid.x, force_area.centroid.y])
    town_w = int(np.argmin(np.hypot(*(cent - fc).T)))
    town = np.round(np.array(wards[town_w].representative_point().coords[0]))
    # two smaller towns, far from the centre and from each other
    far = np.hypot(*(cent - town).T)
    cand = [w for w in np.argsort(-far, kind="stable").tolist() if 5000 < far[w] < 9000]
    t2 = cand[int(rng.integers(min(4, len(cand))))]
    d2 = np.hypot(*(cent - cent[t2]).T)
    cand3 = [w for w in cand if d2[w] > 8000] or [max(cand, key=lambda w: (d2[w], -w))]
    t3 = cand3[int(rng.integers(min(4, len(cand3))))]
    towns = [cent[t2].round(), cent[t3].round()]

    def dens_xy(xy: np.ndarray) -> np.ndarray:
        """Urban density: the town centre and two smaller towns."""
        return (0.12 + np.exp(-np.hypot(*(xy - town).T) / 2600.0)
                + 0.55 * _gauss(xy, towns[0], 1500.0) + 0.55 * _gauss(xy, towns[1], 1500.0))

    density = dens_xy(cent)
    ward_pop = np.round(2600 + 10500 * density / density.max() + rng.normal(0, 700, n_w))
    ward_pop = np.clip(ward_pop, 2000, None).astype(np.int64)
    ward_sector, sector_polys = _build_sectors(rng, wards, adjacency, ward_pop)

    # order sectors north-west first, wards by sector then north-west first
    sc = np.array([[p.centroid.x, p.centroid.y] for p in sector_polys])
    s_order = np.lexsort((sc[:, 0], -np.round(sc[:, 1], -3)))
    s_rank = np.empty(_N_SECTORS, dtype=np.int64)
    s_rank[s_order] = np.arange(_N_SECTORS)
    ward_sector = s_rank[ward_sector]
    sector_polys = [sector_polys[k] for k in s_order.tolist()]
    w_order = np.lexsort((cent[:, 0], -np.round(cent[:, 1], -3), ward_sector))
    wards = [wards[k] for k in w_order.tolist()]
    ward_sector = ward_sector[w_order]
    ward_pop = ward_pop[w_order]
    density = density[w_order]
    cent = cent[w_order]

    sector_ids = [f"S{k + 1:02d}" for k in range(_N_SECTORS)]
    sector_names = list(_SECTOR_NAMES)
    ward_ids = _ids("W", n_w, 3)
    ward_names = _unique_names(rng, n_w, _PLACE_HEADS, _PLACE_TAILS)
    sector_pop = np.bincount(ward_sector, weights=ward_pop, minlength=_N_SECTORS).astype(np.int64)

    # --- hotspots ---------------------------------------------------------
    # Three problem areas: an estate next to the town centre and one in each
    # smaller town; plus an emerging area in another sector (the rise).
    def locate(xy: np.ndarray) -> int:
        p = Point(xy)
        for k, w in enumerate(wards):
            if w.covers(p):
                return k
        return int(np.argmin(np.hypot(*(cent - xy).T)))

    town_ward = locate(town)
    nb = [k for k in range(n_w) if wards[k].touches(wards[town_ward])
          and wards[k].intersection(wards[town_ward]).length > 0]
    p1_w = nb[int(rng.integers(len(nb)))]
    p1 = np.round(0.4 * town + 0.6 * cent[p1_w])
    problem = [p1, np.round(towns[0] + rng.normal(0, 300, 2)), np.round(towns[1] + rng.normal(0, 300, 2))]
    problem_sectors = {int(ward_sector[locate(p)]) for p in problem}
    problem_sectors.add(int(ward_sector[town_ward]))
    free = [s for s in range(_N_SECTORS) if s not in problem_sectors]
    if not free:  # pragma: no cover - 7 sectors, at most 4 taken
        free = list(range(_N_SECTORS))

    # --- streets ------------------------------------------------------------
    st = _build_streets(rng, wards, force_area, density, town, towns)
    n_st = len(st)
    street_ids = _ids("ST", n_st, 4)
    street_sector = ward_sector[st.ward]

    # Street weights: heavy-tailed base x urban density; serious offences far
    # more concentrated on a few hotspot streets.
    base = rng.lognormal(0.0, 1.1, n_st) * dens_xy(st.mid) * (st.length / 300.0) ** 0.5
    hot = np.zeros(n_st)
    for k, p in enumerate(problem):
        hot += (1.6 if k == 0 else 1.0) * _gauss(st.mid, p, 450.0)
    zipf = rng.pareto(1.2, n_st) + 1.0  # a few streets are "the" problem streets
    w_general = base * (1.0 + 3.0 * hot)
    w_serious = base ** 1.3 * zipf * (0.3 + 8.0 * hot)
    # The rise: the busiest sector without a problem area gets a new problem
    # (think of a new county line) around its busiest street.
    sector_serious = np.bincount(street_sector, weights=w_serious, minlength=_N_SECTORS)
    rising = max(free, key=lambda k: (sector_serious[k], -k))
    in_rising = street_sector == rising
    emerging = np.round(st.mid[int(np.argmax(np.where(in_rising, base * zipf, -1.0)))])
    hot_emerging = _gauss(st.mid, emerging, 420.0)
    w_emerging = base ** 1.3 * zipf * hot_emerging

    # --- offences -----------------------------------------------------------
    rng = _stream(seed, 1)
    starts, dim, moy = _month_calendar(start_month, months)
    season = 1.0 + 0.12 * np.cos(2 * np.pi * (moy - 7) / 12.0)
    n_rise = min(_RISING_MONTHS, max(1, months // 4))
    ramp = np.zeros(months)
    ramp[months - n_rise:] = np.arange(1, n_rise + 1) / n_rise
    month_w = season * (1.0 + 0.08 * ramp)
    n = int(n_offences)
    code = rng.choice(len(mix), size=n, p=mix["share"].to_numpy())
    month = rng.choice(months, size=n, p=_norm(month_w))
    day = np.floor(rng.random(n) * dim[month]).astype(np.int64)
    dates = starts[month] + day
    weight = mix["css_weight"].to_numpy()
    theme = mix["soc_theme"].to_numpy()
    serious_code = (weight >= 300.0) | np.isin(theme, ["drugs", "firearms"])
    serious = serious_code[code]
    street = np.empty(n, dtype=np.int64)
    rising_serious = float(w_serious[in_rising].sum())
    for m in range(months):
        r = ramp[m]
        pg = _norm(w_general * np.where(in_rising, 1.0 + 0.6 * r, 1.0))
        ps = _norm(w_serious + (2.5 * r * rising_serious) * _norm(w_emerging))
        for is_serious, p in ((False, pg), (True, ps)):
            idx = np.flatnonzero((month == m) & (serious == is_serious))
            if len(idx):
                street[idx] = rng.choice(n_st, size=len(idx), p=p)
    ox, oy = _points_on_streets(rng, st, street, 1.0, _MAX_OFFSET, on_share=0.3)
    quirk = rng.random(n)
    null_geom = quirk < _NULL_SHARE
    on_boundary = (quirk >= _NULL_SHARE) & (quirk < _NULL_SHARE + _BOUNDARY_SHARE)
    b_idx = np.flatnonzero(on_boundary)
    if len(b_idx):
        cand_street = _nearest_street(st, boundary_cand)
        pc = _norm(w_general[cand_street] + 0.1 * w_general.mean())
        pick = rng.choice(len(boundary_cand), size=len(b_idx), p=pc)
        ox[b_idx] = boundary_cand[pick, 0]
        oy[b_idx] = boundary_cand[pick, 1]
        street[b_idx] = cand_street[pick]
    offence_ids = _ids("OF", n, 6)
    labels = mix["label"].to_numpy(dtype=object)
    cats = mix["police_uk_category"].to_numpy(dtype=object)
    codes = mix["ho_code"].to_numpy(dtype=object)
    month_str = np.array(starts.astype("datetime64[M]").astype(str).tolist(), dtype=object)
    offences_df = pd.DataFrame({
        "offence_id": np.array(offence_ids, dtype=object),
        "ho_code": codes[code],
        "offence_label": labels[code],
        "police_uk_category": cats[code],
        "offence_date": _iso(dates),
        "month": month_str[month],
        "soc_theme": theme.astype(object)[code],
    })
    offence_geoms = _make_points(ox, oy, null_geom)

    # --- nominals -------------------------------------------------------------
    rng = _stream(seed, 2)
    group_plan = [  # (type, centre, size range, MoRiLE range)
        ("OCG", problem[0], (10, 16), (60, 95)),
        ("OCG", problem[1], (9, 14), (55, 90)),
        ("OCG", problem[2], (8, 13), (50, 85)),
        ("OCG", town, (7, 11), (45, 80)),
        ("UCG", problem[0], (11, 16), (35, 70)),
        ("UCG", problem[1], (10, 15), (35, 70)),
        ("UCG", emerging, (8, 13), (40, 75)),
        ("UCG", problem[2], (9, 13), (30, 65)),
        ("PCG", problem[0], (7, 11), (15, 50)),
        ("PCG", town, (6, 10), (15, 45)),
        ("PCG", problem[1], (6, 10), (15, 45)),
        ("PCG", problem[2], (5, 9), (10, 40)),
    ]
    g_type, g_id, g_morile, g_centre, g_members = [], [], [], [], []
    for k, (gt, centre, (lo, hi), (mlo, mhi)) in enumerate(group_plan):
        size = int(rng.integers(lo, hi + 1))
        g_type += [gt] * size
        g_id += [f"G{k + 1:02d}"] * size
        g_morile += [round(float(rng.uniform(mlo, mhi)), 1)] * size
        g_centre += [np.asarray(centre, dtype=float)] * size
        g_members.append(size)
    n_pi = int(rng.integers(18, 25))
    for _ in range(n_pi):
        c = problem[int(rng.integers(3))] if rng.random() < 0.7 else np.array(
            st.mid[int(rng.choice(n_st, p=_norm(base)))])
        g_type.append("PI")
        g_id.append(None)
        g_morile.append(float("nan"))
        g_centre.append(np.asarray(c, dtype=float) + rng.normal(0, 500, 2))
    n_nom = len(g_type)
    home_street = np.empty(n_nom, dtype=np.int64)
    for k in range(n_nom):
        sigma = 350.0 if g_type[k] == "PCG" else 600.0
        home_street[k] = rng.choice(n_st, p=_norm(_gauss(st.mid, g_centre[k], sigma) * np.sqrt(base) + 1e-12))
    hx, hy = _points_on_streets(rng, st, home_street, 8.0, 18.0)
    first_names = np.array(_FIRST_NAMES, dtype=object)
    surnames = _unique_names(rng, len(_SURNAME_HEADS) * len(_SURNAME_TAILS), _SURNAME_HEADS, _SURNAME_TAILS)
    combos = rng.choice(len(_FIRST_NAMES) * len(surnames), size=n_nom, replace=False)
    full_names = [f"{first_names[c % len(_FIRST_NAMES)]} {surnames[c // len(_FIRST_NAMES)]}"
                  for c in combos.tolist()]
    period_end = starts[-1] + dim[-1]
    age_range = {"OCG": (24, 52), "UCG": (16, 27), "PCG": (14, 19), "PI": (18, 45)}
    age_days = np.array([rng.integers(age_range[t][0] * 365, age_range[t][1] * 365) for t in g_type])
    dob = period_end - age_days.astype("timedelta64[D]")
    house = rng.integers(1, 160, size=n_nom)
    addresses = [f"{int(h)} {st.names[s]}, {sector_names[street_sector[s]]}"
                 for h, s in zip(house.tolist(), home_street.tolist())]
    nominal_ids = _ids("N", n_nom, 4)
    nominals_df = pd.DataFrame({
        "nominal_id": np.array(nominal_ids, dtype=object),
        "full_name": np.array(full_names, dtype=object),
        "date_of_birth": _iso(dob),
        "address": np.array(addresses, dtype=object),
        "group_type": np.array(g_type, dtype=object),
        "group_id": np.array(g_id, dtype=object),
        "group_morile": np.array(g_morile, dtype=float),
    })

    # --- offence <-> nominal links ---------------------------------------------
    rng = _stream(seed, 3)
    link_rate = {"92A": 0.85, "34A": 0.5, "34B": 0.45, "10A": 0.75, "10B": 0.6, "10C": 0.35,
                 "10D": 0.35, "28E": 0.22, "28F": 0.15, "29": 0.6, "30C": 0.15, "92D": 0.2,
                 "92E": 0.15, "48": 0.12, "45": 0.06, "5D": 0.5, "2": 0.6, "1": 0.5, "62A": 0.4,
                 "35": 0.4, "8N": 0.05, "56A": 0.2, "39": 0.1}
    rate = np.array([link_rate.get(c, 0.015) for c in mix["ho_code"]])
    nearness = np.clip(hot[street] + hot_emerging[street] * ramp[month], 0.0, 1.0)
    link_p = rate[code] * (0.55 + 0.9 * nearness)
    if n:
        for _ in range(3):  # about 8 % of offences linked (clipping needs a couple of passes)
            link_p = np.clip(link_p * (_LINK_SHARE / max(link_p.mean(), 1e-12)), 0.0, 0.95)
    linked = rng.random(n) < link_p
    l_idx = np.flatnonzero(linked)
    links_off: List[np.ndarray] = []
    links_nom: List[np.ndarray] = []
    if len(l_idx):
        groups = [(k, gt) for k, (gt, *_r) in enumerate(group_plan)]
        g_start = np.concatenate([[0], np.cumsum(g_members)])
        pi_n = n_pi
        affinity = {  # theme -> weight per group type
            "drugs": {"OCG": 1.5, "UCG": 2.0, "PCG": 0.6, "PI": 0.8},
            "firearms": {"OCG": 2.0, "UCG": 1.5, "PCG": 0.4, "PI": 1.0},
            "acquisitive": {"OCG": 1.2, "UCG": 1.0, "PCG": 1.5, "PI": 1.2},
            "violence": {"OCG": 0.8, "UCG": 1.5, "PCG": 1.5, "PI": 1.2},
            "economic": {"OCG": 2.0, "UCG": 0.5, "PCG": 0.3, "PI": 1.0},
            "other": {"OCG": 0.8, "UCG": 1.0, "PCG": 1.2, "PI": 1.0},
        }
        kinds = ("OCG", "UCG", "PCG", "PI")
        theme_names = sorted(affinity)
        aff_matrix = np.array([[affinity[t][k] for k in kinds] for t in theme_names])
        code_theme = np.array([theme_names.index(t if t in affinity else "other") for t in theme])
        l_aff = aff_matrix[code_theme[code[l_idx]]]  # (linked offences, group kinds)
        lxy = np.column_stack([ox[l_idx], oy[l_idx]])
        cols = [l_aff[:, kinds.index(gt)] * (0.05 + _gauss(lxy, np.asarray(group_plan[k][1], float), 1800.0))
                for k, gt in groups]
        cols.append(l_aff[:, kinds.index("PI")] * 0.35)
        cum = np.cumsum(np.column_stack(cols), axis=1)
        cum = cum / cum[:, -1:]
        n_per = rng.choice(3, size=len(l_idx), p=[0.75, 0.2, 0.05]) + 1
        first_group = np.zeros(len(l_idx), dtype=np.int64)
        for extra in range(3):
            sel = np.flatnonzero(n_per > extra)
            u = rng.random(len(sel))
            g = np.minimum((u[:, None] > cum[sel]).sum(axis=1), len(groups))
            if extra:  # co-offenders: mostly the same group as the first
                g = np.where(rng.random(len(sel)) < 0.65, first_group[sel], g)
            else:
                first_group = g
            sizes = np.append(g_members, pi_n)[g]
            starts_g = g_start[g]
            member = starts_g + np.floor(rng.random(len(sel)) * sizes).astype(np.int64)
            links_off.append(l_idx[sel])
            links_nom.append(member)
    lo = np.concatenate(links_off) if links_off else np.zeros(0, dtype=np.int64)
    ln = np.concatenate(links_nom) if links_nom else np.zeros(0, dtype=np.int64)
    pairs = np.unique(np.column_stack([lo, ln]), axis=0) if len(lo) else np.zeros((0, 2), dtype=np.int64)
    off_arr = np.array(offence_ids, dtype=object)
    nom_arr = np.array(nominal_ids, dtype=object)
    links_df = pd.DataFrame({
        "offence_id": off_arr[pairs[:, 0]] if len(pairs) else np.array([], dtype=object),
        "nominal_id": nom_arr[pairs[:, 1]] if len(pairs) else np.array([], dtype=object),
    })

    # --- the referral cohort (own streams): linked offending falls after referral ----------
    referral_date, links_df, referral_truth = plant_referral_cohort(
        _stream(seed, REFERRAL_STREAM), _stream(seed, REFERRAL_STREAM + 1), nominals_df, links_df,
        pd.Series(offences_df["offence_date"].to_numpy(), index=offences_df["offence_id"].to_numpy()), starts)
    nominals_df["referral_date"] = referral_date

    # --- other point layers -------------------------------------------------------
    rng = _stream(seed, 4)
    n_days = int((period_end - starts[0]).astype(np.int64))
    rise_days = int((period_end - starts[months - n_rise]).astype(np.int64))
    scale = months / 24.0
    p_hot = _norm(base * hot)
    p_emerging = _norm(base * hot_emerging + 1e-12)

    def hot_points(count: int, rising_share: float, lo_off: float, hi_off: float, spread: float = 0.0):
        n_r = int(round(count * rising_share))
        s = np.concatenate([rng.choice(n_st, size=count - n_r, p=_norm(p_hot + spread * _norm(base))),
                            rng.choice(n_st, size=n_r, p=p_emerging)])
        x, y = _points_on_streets(rng, st, s, lo_off, hi_off)
        d = np.concatenate([_random_dates(rng, count - n_r, starts[0], n_days),
                            _random_dates(rng, n_r, starts[0], n_days, rise_days)])
        order = np.argsort(d, kind="stable")
        return x[order], y[order], d[order]

    # complaints (trading standards)
    n_comp = max(1, int(round(1200 * scale)))
    ctype_p = np.array([0.12, 0.15, 0.11, 0.10, 0.14, 0.08, 0.10, 0.20])
    ctype = rng.choice(len(COMPLAINT_TYPES), size=n_comp, p=ctype_p)
    retail = np.isin(ctype, [2, 3, 5, 6])
    p_retail = _norm(base * dens_xy(st.mid) ** 2)
    p_home = _norm(st.length * (0.3 + dens_xy(st.mid)))
    cs = np.where(retail, rng.choice(n_st, size=n_comp, p=p_retail), rng.choice(n_st, size=n_comp, p=p_home))
    cx, cy = _points_on_streets(rng, st, cs, 6.0, 20.0)
    vuln_p = np.array([0.65, 0.55, 0.05, 0.10, 0.40, 0.30, 0.05, 0.15])
    cdate = _random_dates(rng, n_comp, starts[0], n_days)
    vuln = (rng.random(n_comp) < vuln_p[ctype]).astype(np.int64)
    order = np.argsort(cdate, kind="stable")
    complaints_df = pd.DataFrame({
        "complaint_id": np.array(_ids("TS", n_comp, 5), dtype=object),
        "complaint_type": np.array(COMPLAINT_TYPES, dtype=object)[ctype[order]],
        "received_date": _iso(cdate[order]),
        "victim_vulnerable": vuln[order],
    })
    complaint_geoms = _make_points(cx[order], cy[order])

    # drug deaths
    n_dd = max(1, int(round(40 * scale)))
    dx, dy, dd = hot_points(n_dd, 0.1, 5.0, 20.0, spread=0.3)
    drug_deaths_df = pd.DataFrame({
        "death_id": np.array(_ids("DD", n_dd, 3), dtype=object),
        "death_date": _iso(dd),
        "substance": np.array(DRUG_DEATH_SUBSTANCES, dtype=object)[
            rng.choice(3, size=n_dd, p=[0.5, 0.2, 0.3])],
    })
    # firearms discharges
    n_fd = max(1, int(round(25 * scale)))
    fx, fy, fdate = hot_points(n_fd, 0.16, 0.0, 15.0, spread=0.1)
    discharges_df = pd.DataFrame({
        "discharge_id": np.array(_ids("FD", n_fd, 3), dtype=object),
        "discharge_date": _iso(fdate),
        "soc_related": (rng.random(n_fd) < 0.72).astype(np.int64),
    })
    # firearms intelligence
    n_fi = max(1, int(round(300 * scale)))
    ix, iy, idate = hot_points(n_fi, 0.15, 0.0, 25.0, spread=0.35)
    grading = [f"{a}{b}" for a, b in zip(
        np.array(list("ABCDE"))[rng.choice(5, size=n_fi, p=[0.05, 0.45, 0.35, 0.1, 0.05])].tolist(),
        (rng.choice(5, size=n_fi, p=[0.1, 0.45, 0.3, 0.1, 0.05]) + 1).tolist())]
    intel_df = pd.DataFrame({
        "report_id": np.array(_ids("FI", n_fi, 4), dtype=object),
        "report_date": _iso(idate),
        "source": np.array(INTEL_SOURCES, dtype=object)[rng.choice(3, size=n_fi, p=[0.7, 0.2, 0.1])],
        "grading": np.array(grading, dtype=object),
    })
    # cannabis farms
    n_cf = max(1, int(round(60 * scale)))
    kx, ky, kdate = hot_points(n_cf, 0.12, 8.0, 18.0, spread=0.5)
    farms_df = pd.DataFrame({
        "farm_id": np.array(_ids("CF", n_cf, 3), dtype=object),
        "found_date": _iso(kdate),
        "plants": np.clip(np.round(rng.lognormal(math.log(90), 0.8, n_cf)), 6, 2000).astype(np.int64),
    })

    # --- layers --------------------------------------------------------------------
    layers: Dict[str, Layer] = {}

    def add(name, gtype, geoms, df, types):
        if list(df.columns) != list(types):
            raise ValueError("sample layer %s: columns %s do not match its field types %s"
                             % (name, list(df.columns), list(types)))
        layers[name] = Layer(name, gtype, geoms, df.reset_index(drop=True), dict(types))

    add("sectors", "Polygon", sector_polys, pd.DataFrame({
        "sector_id": np.array(sector_ids, dtype=object),
        "sector_name": np.array(sector_names, dtype=object),
        "population": sector_pop,
    }), {"sector_id": "str", "sector_name": "str", "population": "int"})
    add("wards", "Polygon", wards, pd.DataFrame({
        "ward_id": np.array(ward_ids, dtype=object),
        "ward_name": np.array(ward_names, dtype=object),
        "sector_id": np.array(sector_ids, dtype=object)[ward_sector],
        "population": ward_pop,
    }), {"ward_id": "str", "ward_name": "str", "sector_id": "str", "population": "int"})
    add("streets", "LineString", [LineString(c) for c in st.coords], pd.DataFrame({
        "street_id": np.array(street_ids, dtype=object),
        "street_name": np.array(st.names, dtype=object),
        "ward_id": np.array(ward_ids, dtype=object)[st.ward],
        "sector_id": np.array(sector_ids, dtype=object)[street_sector],
    }), {"street_id": "str", "street_name": "str", "ward_id": "str", "sector_id": "str"})
    add("offences", "Point", offence_geoms, offences_df, {
        "offence_id": "str", "ho_code": "str", "offence_label": "str", "police_uk_category": "str",
        "offence_date": "date", "month": "str", "soc_theme": "str"})
    add("nominals", "Point", _make_points(hx, hy), nominals_df, {
        "nominal_id": "str", "full_name": "str", "date_of_birth": "date", "address": "str",
        "group_type": "str", "group_id": "str", "group_morile": "float", "referral_date": "date"})
    add("offence_nominal_links", None, [None] * len(links_df), links_df,
        {"offence_id": "str", "nominal_id": "str"})
    add("complaints", "Point", complaint_geoms, complaints_df, {
        "complaint_id": "str", "complaint_type": "str", "received_date": "date",
        "victim_vulnerable": "int"})
    add("drug_deaths", "Point", _make_points(dx, dy), drug_deaths_df,
        {"death_id": "str", "death_date": "date", "substance": "str"})
    add("firearms_discharges", "Point", _make_points(fx, fy), discharges_df,
        {"discharge_id": "str", "discharge_date": "date", "soc_related": "int"})
    add("firearms_intel", "Point", _make_points(ix, iy), intel_df,
        {"report_id": "str", "report_date": "date", "source": "str", "grading": "str"})
    add("cannabis_farms", "Point", _make_points(kx, ky), farms_df,
        {"farm_id": "str", "found_date": "date", "plants": "int"})

    # --- community: resident survey, need, population by group (own stream) ----------
    community, community_truth = _build_community(
        _stream(seed, 5), st=st, ward_ids=ward_ids, ward_pop=ward_pop, density=density,
        street_density=dens_xy(st.mid), hot=hot, mix=mix, serious_code=serious_code, starts=starts, dim=dim,
        month_w=month_w, ramp=ramp, w_general=w_general, w_serious=w_serious, in_rising=in_rising,
        w_emerging=w_emerging, rising_serious=rising_serious)
    for name, gtype, geoms, df, types in community:
        add(name, gtype, geoms, df, types)

    street_arr = np.array(street_ids, dtype=object)
    offence_street = pd.Series(street_arr[street], index=offences_df.index, name="street_id")
    boundary_ids = [offence_ids[i] for i in b_idx.tolist()]
    null_ids = [offence_ids[i] for i in np.flatnonzero(null_geom).tolist()]

    # --- a police operation (own stream, last: every layer before it is as without it) --
    operation = None
    if operation_month is not None:
        operation = plant_operation(_stream(seed, 6), layers, operation_month, sector_ids[rising])
        moved = operation["moved_to_street"]
        streets_now = offence_street.to_numpy(dtype=object).copy()
        row_of = {oid: k for k, oid in enumerate(offences_df["offence_id"].tolist())}
        for oid, sid in moved.items():
            streets_now[row_of[oid]] = sid
        offence_street = pd.Series(streets_now[operation["kept"]], name="street_id")
        changed = set(operation["removed_offence_ids"]) | set(operation["moved_offence_ids"])
        boundary_ids = [i for i in boundary_ids if i not in changed]
        null_ids = [i for i in null_ids if i not in changed]
        end_date = str((pd.Period(str(month_str[months - 1]), freq="M").end_time).date())
        add("operations", "Polygon", *operations_layer(layers["wards"], operation, end_date))
        # offences the operation prevented take their links with them: a referral's planted fall
        # is only what its removed links would still have added
        prevented = set(operation["removed_offence_ids"])
        removed_links = referral_truth["removed"]
        referral_truth["removed"] = removed_links[~removed_links["offence_id"].isin(prevented)].reset_index(drop=True)

    truth = {
        "offence_street": offence_street,
        "boundary_offence_ids": boundary_ids,
        "null_offence_ids": null_ids,
        "operation": operation,
        "rising_sector_id": sector_ids[rising],
        "rising_from_month": str(month_str[months - n_rise]),
        "town_centre": tuple(float(v) for v in town),
        "problem_areas": [tuple(float(v) for v in p) for p in problem],
        "emerging_area": tuple(float(v) for v in emerging),
        "force_area": force_area,
        "survey_pull": community_truth["survey_pull"],
        "ward_deprivation": community_truth["deprivation"],
        "referrals": referral_truth,
    }
    return SampleForce(layers=layers, crs=CRS, seed=seed, truth=truth)
