"""Repair an invalid area so that it keeps its meaning: the same places inside.

QGIS's ``makeValid`` rebuilds a polygon from its noded linework. What it
gives back is valid but not always what the polygon meant: a spike (one
vertex out and back) comes back as the polygon plus a line, a zero-area
polygon (a sliver) as a line, a hole that shares an edge with its shell as a
line while the hole's place is filled in. A line or point in an area cannot
hold records, and read as an area's edges it would flip the inside and
outside of points near it.

:func:`repair_area` repairs by structure instead, as GEOS locates a point in
a polygon, valid or not: a point is inside a polygon when it is inside its
shell and inside none of its holes; inside a multipolygon when it is inside
any of its parts. So each shell and each hole is made valid on its own and
only its polygonal parts are kept (lines and points are dropped and
counted); a part is its shell less its holes; the area is the union of its
parts. Where the input was valid in places (a square with a spike), the
valid places keep their vertices exactly: the boundary a point is tested
against does not move.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

from qgis.core import (QgsCurvePolygon, QgsGeometry, QgsGeometryCollection, QgsMultiPolygon, QgsPolygon,
                       QgsProcessingException, QgsWkbTypes)

from ..compat import GeometryType
from ..translate import tr


@dataclass
class Dropped:
    """What a repair left that is not an area: it was dropped."""

    lines: int = 0
    points: int = 0
    length: float = 0.0  # of the lines, in map units

    def __bool__(self) -> bool:
        return bool(self.lines or self.points)


@dataclass
class Repair:
    geometry: Optional[QgsGeometry]  # polygonal (Polygon or MultiPolygon); None when no area is left
    dropped: Dropped


def repair_area(geom: QgsGeometry) -> Repair:
    """The polygonal meaning of an invalid (multi)polygon; see the module docstring."""
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        geom = QgsGeometry(geom.constGet().segmentize())
    dropped = Dropped()
    parts: List[QgsGeometry] = []
    for polygon in _polygons(geom.constGet()):
        shell = _valid_polygonal(_ring_polygon(polygon.exteriorRing()), dropped)
        if shell is None:
            continue
        holes = [_valid_polygonal(_ring_polygon(polygon.interiorRing(i)), dropped) for i in range(
            polygon.numInteriorRings())]
        holes = [h for h in holes if h is not None]
        if holes:
            shell = _only_polygons(shell.difference(holes[0] if len(holes) == 1 else QgsGeometry.unaryUnion(holes)),
                                   dropped)
        if shell is not None:
            parts.append(shell)
    if not parts:
        return Repair(None, dropped)
    area = parts[0] if len(parts) == 1 else _only_polygons(QgsGeometry.unaryUnion(parts), dropped)
    return Repair(area, dropped)


def _polygons(geometry) -> list:
    """The polygons of a polygon or multipolygon (abstract geometries)."""
    if isinstance(geometry, QgsCurvePolygon):
        return [geometry]
    if isinstance(geometry, QgsGeometryCollection):
        out = []
        for i in range(geometry.numGeometries()):
            out.extend(_polygons(geometry.geometryN(i)))
        return out
    return []


def _ring_polygon(ring) -> Optional[QgsGeometry]:
    """A ring as a polygon of its own (None for an empty ring)."""
    if ring is None or ring.isEmpty():
        return None
    polygon = QgsPolygon()
    polygon.setExteriorRing(ring.clone())
    return QgsGeometry(polygon)


def _valid_polygonal(polygon: Optional[QgsGeometry], dropped: Dropped) -> Optional[QgsGeometry]:
    """The polygon made valid, its polygonal parts only; None when none is left."""
    if polygon is None:
        return None
    if polygon.isGeosValid():
        return polygon
    return _only_polygons(polygon.makeValid(), dropped)


def _only_polygons(geom: QgsGeometry, dropped: Dropped) -> Optional[QgsGeometry]:
    """The polygonal parts of a geometry (a polygon, or a multipolygon of
    several); the rest is counted in ``dropped``. None when none is left."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    kept = QgsMultiPolygon()
    _sort_parts(geom.constGet(), kept, dropped)
    if kept.numGeometries() == 0:
        return None
    if kept.numGeometries() == 1:
        return QgsGeometry(kept.geometryN(0).clone())
    return QgsGeometry(kept)


def _sort_parts(geometry, kept: QgsMultiPolygon, dropped: Dropped) -> None:
    kind = QgsWkbTypes.geometryType(geometry.wkbType())
    if isinstance(geometry, QgsGeometryCollection):
        for i in range(geometry.numGeometries()):
            _sort_parts(geometry.geometryN(i), kept, dropped)
    elif geometry.isEmpty():
        return
    elif kind == GeometryType.Polygon:
        part = geometry.clone() if isinstance(geometry, QgsPolygon) else geometry.segmentize()
        if not kept.addGeometry(part):
            raise QgsProcessingException(tr(
                "A repaired area's part of type {0} could not be kept as a polygon.").format(
                QgsWkbTypes.displayString(geometry.wkbType())))
    elif kind == GeometryType.Line:
        dropped.lines += 1
        dropped.length += geometry.length()
    else:
        dropped.points += 1
