"""What the log says about point records that cannot be placed, and why.

The readers (:mod:`..qgis_io.read_layers`) count a record with an absurd or
unreadable location as ``invalid``; these warnings name those records and
the reason, and say so plainly when an input makes every record fail (a
polygon layer given as points, coordinates in degrees in a layer with no
CRS), so no run ends with every record invalid or outside and no reason.
"""
from __future__ import annotations

import numpy as np
from qgis.core import QgsWkbTypes

from ...compat import GeometryType
from ...domain.limits import first
from ...qgis_io.read_layers import COORDINATE_LIMIT, FAR, UNREADABLE


def report_points(alg, name: str, columns, feedback, source=None, dest_crs=None, label: str = "EVENTS") -> None:
    """Warnings for the invalid records of a point layer read by read_points,
    by reason and naming them; given the source (and the analysis CRS), also
    for a layer that is not points and for a layer with no CRS."""
    wrong = source is not None and _wrong_geometry(alg, name, source, len(columns.fid), feedback, label)
    if source is not None and dest_crs is not None:
        _no_crs(alg, name, source, columns, dest_crs, feedback)
    far = columns.rejected.get(FAR, ())
    if len(far):
        feedback.pushWarning(alg.tr(
            "Layer '{0}': {1} record(s) lie absurdly far away (a coordinate beyond ±{2:,.0f} map units, farther "
            "than any place on "
            "Earth in any coordinate system): they are counted as invalid (feature ids {3}).").format(
            name, len(far), COORDINATE_LIMIT, first(columns.fid[far])))
    unreadable = columns.rejected.get(UNREADABLE, ())
    if len(unreadable) and not wrong:
        feedback.pushWarning(alg.tr(
            "Layer '{0}': {1} of {2} record(s) have a geometry that is not a point, or a coordinate that is not a "
            "number "
            "(NaN or infinite): they are counted as invalid (feature ids {3}).").format(
            name, len(unreadable), len(columns.fid), first(columns.fid[unreadable])))


def _wrong_geometry(alg, name: str, source, n: int, feedback, label: str) -> bool:
    """Warn when the layer holds no points at all (a polygon or line layer, or
    a table); True when it warned."""
    kind = QgsWkbTypes.geometryType(source.wkbType())
    if not n or kind in (GeometryType.Point, GeometryType.Unknown):
        return False
    if kind == GeometryType.Null:
        feedback.pushWarning(alg.tr(
            "Layer '{0}' given as {1} has no geometry: all {2} records are counted as no_geometry and none is "
            "placed in an area.").format(
            name, label, n))
    else:
        feedback.pushWarning(alg.tr(
            "Layer '{0}' given as {1} holds {2} geometries, not points: all {3} records are counted as invalid and "
            "none is placed "
            "in an area. Choose a point layer, or make points first (e.g. with Centroids).").format(
            name, label, QgsWkbTypes.geometryDisplayString(kind), n))
    return True


def _no_crs(alg, name: str, source, columns, dest_crs, feedback) -> None:
    if source.sourceCrs().isValid() or not len(columns.fid):
        return
    located = columns.located
    x, y = columns.x[located], columns.y[located]
    looks_like_degrees = bool(len(x)) and bool(np.all(np.abs(x) <= 180.0) and np.all(np.abs(y) <= 90.0))
    if not dest_crs.isValid():  # the analysis runs in this layer's own (unknown) CRS
        if looks_like_degrees:
            feedback.pushWarning(alg.tr(
                "Layer '{0}' has no CRS and its coordinates look like longitude and latitude in degrees (all {1} "
                "located records "
                "lie within ±180, ±90): distances and sizes would be in degrees. Set the layer's CRS (e.g. "
                "EPSG:4326 for GPS "
                "coordinates) and reproject it to a projected CRS such as EPSG:27700 first.").format(name, len(x)))
        else:
            feedback.pushWarning(alg.tr("Layer '{0}' has no CRS: its coordinates are used as they are, in units "
                                        "nobody stated.").format(name))
    elif looks_like_degrees and not dest_crs.isGeographic():
        feedback.pushWarning(alg.tr(
            "Layer '{0}' has no CRS and its coordinates look like longitude and latitude in degrees (all {1} "
            "located records lie "
            "within ±180, ±90), but with no CRS they are taken as {2}, where they lie far from the areas: expect "
            "them outside. "
            "Set the layer's CRS (e.g. EPSG:4326 for GPS coordinates) and run again.").format(
            name, len(x), dest_crs.authid()))
    else:
        feedback.pushWarning(alg.tr(
            "Layer '{0}' has no CRS: its coordinates are taken to be in the areas' CRS ({1}).").format(
            name, dest_crs.authid()))


