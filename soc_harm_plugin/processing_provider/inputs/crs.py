"""The one check of a layer in a geographic CRS (degrees). What degrees spoil depends on
the analysis, so each caller names its reason; the sentence for each reason is here."""
from __future__ import annotations

from qgis.core import QgsProcessingException

from ...translate import tr

FOR_AREAS = "areas"  # areas measured and points placed in degrees
FOR_SEARCH = "search"  # a search distance in degrees
FOR_CELLS = "cells"  # grid cells and kernel distances in degrees
FOR_DISTANCE_BAND = "distance_band"  # neighbours within a distance in degrees
FOR_K_NEAREST = "k_nearest"  # nearest neighbours found in degrees


def geographic_message(reason: str, layer_name: str, crs) -> str:
    """Why layer ``layer_name`` in the geographic ``crs`` is a problem for ``reason`` (translated)."""
    texts = {
        FOR_AREAS: tr(
            "Layer '{0}' is in a geographic CRS ({1}): the analysis runs in degrees. Reproject the areas to a "
            "projected CRS such as EPSG:27700 first."),
        FOR_SEARCH: tr(
            "Layer '{0}' is in a geographic CRS ({1}): the search distance is in degrees. Reproject the area "
            "layers to a projected CRS such as EPSG:27700 first."),
        FOR_CELLS: tr(
            "Layer '{0}' is in a geographic CRS ({1}): cells and distances in degrees have no fixed size. "
            "Reproject it to a projected CRS such as EPSG:27700 first, or give a boundary layer in one."),
        FOR_DISTANCE_BAND: tr(
            "Layer '{0}' is in a geographic CRS ({1}): a distance band in degrees means different distances "
            "north-south and east-west. "
            "Reproject the layer to a projected CRS such as EPSG:27700 first, or choose contiguity."),
        FOR_K_NEAREST: tr(
            "Layer '{0}' is in a geographic CRS ({1}): the nearest neighbours are found in degrees. Reproject to a "
            "projected CRS such as EPSG:27700 for true distances."),
    }
    return texts[reason].format(layer_name, crs.authid())


def is_geographic(crs) -> bool:
    return crs is not None and crs.isGeographic()


def warn_geographic(crs, layer_name: str, reason: str, feedback) -> None:
    """A warning when the layer is in a geographic CRS: the analysis runs, in degrees."""
    if is_geographic(crs):
        feedback.pushWarning(geographic_message(reason, layer_name, crs))


def refuse_geographic(crs, layer_name: str, reason: str) -> None:
    """Stop when the layer is in a geographic CRS: degrees make the result meaningless."""
    if is_geographic(crs):
        raise QgsProcessingException(geographic_message(reason, layer_name, crs))
