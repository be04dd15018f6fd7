"""The three zones of an intervention: target, buffer and control, made not to overlap.

Pure shapely (1.8 and 2.x). The target is where the operation ran; the
buffer is a ring ``distance`` metres wide around it, or a polygon layer, with
the target cut out; the control is a polygon layer with target and buffer cut
out, or by default the rest of the data (every record outside target and
buffer), drawn as the records' convex hull without target and buffer.

A record on the edge two zones share counts in the first of target, buffer,
control (the point-in-area engine gives a shared edge to the id that sorts
first, and the zones' ids are 0, 1, 2 in that order).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from shapely import wkb as shapely_wkb
from shapely.geometry import MultiPoint
from shapely.ops import unary_union

# stable codes of what was done to the zones (the adapter words them)
BUFFER_CLIPPED = "buffer_clipped_to_target"  # the buffer layer covered part of the target: cut out
CONTROL_CLIPPED = "control_clipped"  # the control layer overlapped target or buffer: cut out (warned)
CONTROL_IS_REST = "control_is_rest"  # no control layer: every record outside target and buffer

# stable error codes
TARGET_EMPTY = "target_empty"
BUFFER_EMPTY = "buffer_empty"
CONTROL_SWALLOWED = "control_swallowed"

MIN_AREA_M2 = 1e-6  # smaller pieces are rounding, not area


class ZoneError(ValueError):
    """Zones that cannot be compared. ``code`` is stable; ``details`` give the areas."""

    def __init__(self, code: str, **details):
        super().__init__("{0}: {1}".format(code, ", ".join("{0}={1}".format(k, v) for k, v in sorted(details.items()))))
        self.code = code
        self.details = details


@dataclass
class Zones:
    """Non-overlapping target, buffer and control polygons (shapely), with notes."""

    target: object
    buffer: object
    control: Optional[object]  # None: the control is every record outside target and buffer
    control_drawn: Optional[object] = None  # what the map draws for a control that is "the rest"
    notes: List[Tuple[str, dict]] = field(default_factory=list)

    @property
    def control_is_rest(self) -> bool:
        return self.control is None

    def polygons(self) -> List[object]:
        """Target and buffer, and the control when it is a layer: the areas records are placed in."""
        return [self.target, self.buffer] + ([] if self.control is None else [self.control])

    def drawn(self) -> List[Optional[object]]:
        """Target, buffer and control as the map draws them."""
        return [self.target, self.buffer, self.control if self.control is not None else self.control_drawn]

    def areas_km2(self) -> List[Optional[float]]:
        return [None if g is None else g.area / 1e6 for g in self.drawn()]


def _zone_shape(geometry):
    if geometry is None:
        return None
    if isinstance(geometry, (bytes, bytearray, memoryview)):
        return shapely_wkb.loads(bytes(geometry))
    return geometry


def union_of(geometries: Sequence) -> Optional[object]:
    """The union of polygons (WKB or shapely), made valid; None when there is none or it is empty."""
    shapes = []
    for g in geometries:
        shape = _zone_shape(g)
        if shape is None or shape.is_empty:
            continue
        if not shape.is_valid:
            shape = shape.buffer(0)
        shapes.append(shape)
    if not shapes:
        return None
    merged = unary_union(shapes)
    return None if merged.is_empty else _polygonal(merged)


def _polygonal(geometry):
    """Only the polygonal parts (a difference can leave slivers of lines or points)."""
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return unary_union(parts) if parts else geometry.buffer(0)


def _empty(geometry) -> bool:
    return geometry is None or geometry.is_empty or geometry.area <= MIN_AREA_M2


def build_zones(target: Sequence, buffer_distance: float = 0.0, buffer_layer: Optional[Sequence] = None,
                control_layer: Optional[Sequence] = None,
                points: Optional[Tuple[Sequence[float], Sequence[float]]] = None) -> Zones:
    """Target, buffer and control that do not overlap.

    ``target``, ``buffer_layer``, ``control_layer``: polygons (WKB or shapely);
    several are merged. The buffer is ``buffer_layer`` when given, else a ring
    ``buffer_distance`` wide around the target. ``points`` (x, y of the
    located records) give the drawn extent of a control that is "the rest".

    Raises ZoneError: ``target_empty``, ``buffer_empty`` (no buffer, or a
    buffer layer wholly inside the target), ``control_swallowed`` (target and
    buffer cover the whole control layer).
    """
    notes: List[Tuple[str, dict]] = []
    target_shape = union_of(target)
    if _empty(target_shape):
        raise ZoneError(TARGET_EMPTY)
    if buffer_layer is not None:
        outer = union_of(buffer_layer)
        if _empty(outer):
            raise ZoneError(BUFFER_EMPTY, source="layer")
        overlap = outer.intersection(target_shape).area
        buffer_shape = _polygonal(outer.difference(target_shape))
        if overlap > MIN_AREA_M2:
            notes.append((BUFFER_CLIPPED, {"km2": round(overlap / 1e6, 4)}))
    else:
        if not buffer_distance or buffer_distance <= 0:
            raise ZoneError(BUFFER_EMPTY, source="distance", distance=buffer_distance)
        buffer_shape = _polygonal(target_shape.buffer(float(buffer_distance)).difference(target_shape))
    if _empty(buffer_shape):
        raise ZoneError(BUFFER_EMPTY, source="layer" if buffer_layer is not None else "distance")
    inner = unary_union([target_shape, buffer_shape])
    control_shape = None
    drawn = None
    if control_layer is not None:
        whole = union_of(control_layer)
        if _empty(whole):
            raise ZoneError(CONTROL_SWALLOWED, control_km2=0.0, overlap_km2=0.0)
        overlap = whole.intersection(inner).area
        control_shape = _polygonal(whole.difference(inner))
        if _empty(control_shape):
            raise ZoneError(CONTROL_SWALLOWED, control_km2=round(whole.area / 1e6, 4),
                            overlap_km2=round(overlap / 1e6, 4))
        if overlap > MIN_AREA_M2:
            notes.append((CONTROL_CLIPPED, {"km2": round(overlap / 1e6, 4),
                                            "share": round(100.0 * overlap / whole.area, 1)}))
    else:
        notes.append((CONTROL_IS_REST, {}))
        if points is not None and len(points[0]):
            hull = MultiPoint(list(zip(points[0], points[1]))).convex_hull
            hull = unary_union([hull.buffer(1.0), inner]).convex_hull
            rest = hull.difference(inner)
            drawn = None if rest.is_empty else _polygonal(rest)
    return Zones(target_shape, buffer_shape, control_shape, drawn, notes)
