"""What the hot spot algorithms share: neighbour parameters, reading polygons once,
building neighbours with their warnings, and writing areas with added fields.

``socharm:hotspots`` defines the neighbour options (NEIGHBOURS, DISTANCE, K,
ROW_STANDARDISE, PERMUTATIONS, SEED, CORRECTION, ALPHA); ``socharm:localmoran``,
``socharm:hotharm`` and ``socharm:emerginghotspots`` take the same ones
through :func:`add_neighbour_parameters`, so names, help and checks match.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...domain.geometry import spatial_weights
from ...domain.stats.hotspots import (
    AREA_STATUSES,
    CORRECTIONS,
    STATUS_UNDEFINED,
    NoVariationError,
    nothing_can_be_significant,
)
from ...domain.limits import MAX_VALUE_TEXT, bad_values, finite_or_none, first, show_number
from ...qgis_io.read_layers import to_python
from ..base import with_help
from .crs import FOR_DISTANCE_BAND, FOR_K_NEAREST, refuse_geographic, warn_geographic
from ...compat import FeatureSourceFlag, GeometryType, InvalidGeometryCheck, NumberType


NEIGHBOURS = "NEIGHBOURS"
DISTANCE = "DISTANCE"
K = "K"
ROW_STANDARDISE = "ROW_STANDARDISE"
PERMUTATIONS = "PERMUTATIONS"
SEED = "SEED"
CORRECTION = "CORRECTION"
ALPHA = "ALPHA"

FEW_AREAS = 30  # fewer than this: a warning (local statistics need many areas)


def add_neighbour_parameters(alg, parent: str, *, row_standardise: bool = True, permutations: bool = True,
                             correction_default: int = 1, row_standardise_default: bool = False) -> None:
    """NEIGHBOURS, DISTANCE, K (and ROW_STANDARDISE, PERMUTATIONS, SEED), CORRECTION, ALPHA."""
    tr = alg.tr
    alg.add_parameter(with_help(
        QgsProcessingParameterEnum(NEIGHBOURS, tr("Neighbours"), options=[
            tr("Queen contiguity (sharing a boundary or a corner)"), tr("Rook contiguity (sharing a boundary)"),
            tr("Distance band"), tr("K nearest"),
        ], defaultValue=0),
        tr("Which areas count as each area's neighbours. Contiguity suits areas that tile the force (wards, LSOAs, "
           "grid cells). "
           "Distance band: every area whose centre lies within the distance (needs a projected CRS). "
           "K nearest: the K areas with the nearest centres (every area gets K neighbours).")))
    alg.add_parameter(with_help(
        QgsProcessingParameterDistance(DISTANCE, tr("Distance band"), defaultValue=1000.0, parentParameterName=parent,
                                       minValue=0.0),
        tr("With a distance band: the distance between area centres (centroids) within which areas are neighbours, "
           "in the layer's units.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterNumber(K, tr("K nearest"), type=NumberType.Integer, minValue=1,
                                     maxValue=1000, defaultValue=8),
        tr("With k nearest: how many neighbours each area gets.")))
    if row_standardise:
        alg.add_parameter(with_help(
            QgsProcessingParameterBoolean(ROW_STANDARDISE, tr("Row-standardise the weights"),
                                          defaultValue=row_standardise_default),
            tr("Divide each area's weights by their total. With the neighbour choices here every neighbour weighs "
               "the same, "
               "so z-scores and p-values do not change; only the size of local Moran's I does."),
            advanced=True))
    if permutations:
        alg.add_parameter(with_help(
            QgsProcessingParameterNumber(PERMUTATIONS, tr("Permutations"), type=NumberType.Integer,
                                         minValue=0, maxValue=99999, defaultValue=999),
            tr("0: p-values from the normal distribution (analytical z only). Otherwise conditional permutations: "
               "each area keeps its value "
               "and the other values are shuffled over its neighbours this many times; p = twice the smaller tail. "
               "The smallest possible p is 2/(permutations + 1).")))
        alg.add_parameter(with_help(
            QgsProcessingParameterNumber(SEED, tr("Random seed"), type=NumberType.Integer,
                                         minValue=0, defaultValue=1),
            tr("Seed of the permutations: the same seed gives the same p-values on every run."), advanced=True))
    alg.add_parameter(with_help(
        QgsProcessingParameterEnum(CORRECTION, tr("Correction for testing every area"), options=[
            tr("None"), tr("False discovery rate (Benjamini-Hochberg)"), tr("Bonferroni"),
        ], defaultValue=correction_default),
        tr("Testing hundreds of areas at once finds some 'significant' ones by chance. The false discovery rate "
           "keeps the share of "
           "false hot spots among those found near the chosen level; Bonferroni is the strictest.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterNumber(ALPHA, tr("Significance level"), type=NumberType.Double,
                                     minValue=0.0001, maxValue=0.5, defaultValue=0.05),
        tr("An area is significant where its corrected p-value is below this (0.05: 95 % confidence). "
           "The confidence bins (99, 95, 90 %) do not depend on it.")))


@dataclass
class NeighbourOptions:
    method: str
    distance: float
    k: int
    row_standardise: bool
    permutations: int
    seed: int
    correction: str
    alpha: float

    def provenance(self) -> dict:
        out = {"neighbours": self.method, "row_standardise": self.row_standardise, "permutations": self.permutations,
               "seed": self.seed if self.permutations else None, "correction": self.correction, "alpha": self.alpha}
        if self.method == spatial_weights.DISTANCE_BAND:
            out["distance"] = self.distance
        if self.method == spatial_weights.K_NEAREST:
            out["k"] = self.k
        return out


def read_neighbour_options(alg, parameters, context) -> NeighbourOptions:
    def has(name):
        return alg.parameterDefinition(name) is not None

    return NeighbourOptions(
        method=spatial_weights.NEIGHBOUR_METHODS[alg.parameterAsEnum(parameters, NEIGHBOURS, context)],
        distance=alg.parameterAsDouble(parameters, DISTANCE, context),
        k=alg.parameterAsInt(parameters, K, context),
        row_standardise=alg.parameterAsBool(parameters, ROW_STANDARDISE, context) if has(ROW_STANDARDISE) else False,
        permutations=alg.parameterAsInt(parameters, PERMUTATIONS, context) if has(PERMUTATIONS) else 0,
        seed=alg.parameterAsInt(parameters, SEED, context) if has(SEED) else 0,
        correction=CORRECTIONS[alg.parameterAsEnum(parameters, CORRECTION, context)],
        alpha=alg.parameterAsDouble(parameters, ALPHA, context),
    )


# --------------------------------------------------------------------------- reading polygons


@dataclass
class PolygonRows:
    """Every feature of a polygon layer, read once: attributes as QGIS gives
    them (written back unchanged), WKB for the domain, geometry for the output."""

    name: str
    fields: QgsFields
    fids: List[int]
    attributes: List[list]
    wkb: List[Optional[bytes]]
    geometries: List[Optional[QgsGeometry]]
    crs: object

    def __len__(self) -> int:
        return len(self.fids)

    @property
    def has_geometry(self) -> np.ndarray:
        return np.array([w is not None for w in self.wkb], dtype=bool)

    def numbers(self, field: str) -> Tuple[np.ndarray, List[int]]:
        """The field as floats, NaN for NULL; and the feature ids holding NULL."""
        index = self.fields.lookupField(field)
        values = np.full(len(self.fids), np.nan)
        nulls = []
        for k, attrs in enumerate(self.attributes):
            value = attrs[index]
            number = finite_or_none(to_python(value))
            if number is None:
                nulls.append(self.fids[k])
            else:
                values[k] = number
        return values, nulls

    def out_of_range(self, field: str) -> List[Tuple[int, float]]:
        """(feature id, value) of each feature whose field holds an infinite
        number or one larger in size than MAX_VALUE (NaN is read as NULL)."""
        index = self.fields.lookupField(field)
        found = []
        for k, attrs in enumerate(self.attributes):
            value = attrs[index]
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                continue
            if bad_values([number])[0]:
                found.append((self.fids[k], number))
        return found


def read_polygons(alg, source: QgsProcessingFeatureSource, label: str, feedback) -> PolygonRows:
    """Every feature once; fails naming the layer when it is not polygons or is empty."""
    name = source.sourceName()
    if QgsWkbTypes.geometryType(source.wkbType()) != GeometryType.Polygon:
        raise QgsProcessingException(alg.tr(
            "Layer '{0}' given as {1} holds {2} geometries; hot spot statistics need polygons (areas or grid "
            "cells).").format(
            name, label, QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(source.wkbType()))))
    request = QgsFeatureRequest()
    request.setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
    features = source.getFeatures(request, FeatureSourceFlag.SkipGeometryValidityChecks)
    fids, attrs, wkbs, geoms = [], [], [], []
    total = source.featureCount()
    step = 100.0 / total if total and total > 0 else 0
    for i, feature in enumerate(features):
        if i % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(i * step)
        fids.append(feature.id())
        attrs.append(feature.attributes())
        geom = feature.geometry()
        if geom.isNull() or geom.isEmpty():
            wkbs.append(None)
            geoms.append(None)
            continue
        if QgsWkbTypes.isCurvedType(geom.wkbType()):
            geom = QgsGeometry(geom.constGet().segmentize())
        wkbs.append(bytes(geom.asWkb()))
        geoms.append(geom)
    if not fids and not feedback.isCanceled():
        raise QgsProcessingException(alg.tr("Layer '{0}' given as {1} has no features.").format(name, label))
    return PolygonRows(name, source.fields(), fids, attrs, wkbs, geoms, source.sourceCrs())


# --------------------------------------------------------------------------- neighbours


def check_crs(alg, options: NeighbourOptions, crs, layer_name: str, feedback) -> None:
    """Refuse a distance band in a geographic CRS; warn for k nearest there.
    Called before anything is read."""
    if options.method not in (spatial_weights.DISTANCE_BAND,
                              spatial_weights.K_NEAREST) or crs is None or not crs.isGeographic():
        return
    if options.method == spatial_weights.DISTANCE_BAND:
        refuse_geographic(crs, layer_name, FOR_DISTANCE_BAND)
    warn_geographic(crs, layer_name, FOR_K_NEAREST, feedback)


def build_neighbours(alg, options: NeighbourOptions, wkb: Sequence[Optional[bytes]], ids: Sequence, crs,
                     layer_name: str, feedback) -> spatial_weights.Neighbours:
    """The neighbours the options ask for, with what a user needs to know:
    the neighbour counts, areas found by the geometric check, islands listed.
    (Call :func:`check_crs` first.)"""
    started = time.perf_counter()
    try:
        if options.method in (spatial_weights.QUEEN, spatial_weights.ROOK):
            neighbours = spatial_weights.contiguity(wkb, options.method)
        else:
            centres = spatial_weights.centroids(spatial_weights.ring_table(wkb))
            if options.method == spatial_weights.DISTANCE_BAND:
                if not options.distance > 0:
                    raise QgsProcessingException(alg.tr("Choose a distance band greater than 0 (DISTANCE)."))
                neighbours = spatial_weights.distance_band(centres, options.distance)
            else:
                check_k(alg, options.k, sum(w is not None for w in wkb), layer_name)
                neighbours = spatial_weights.k_nearest(centres, options.k)
    except spatial_weights.GeometryError as error:
        raise QgsProcessingException(alg.tr("Layer '{0}', feature id {1}: {2}").format(
            layer_name, ids[error.position], str(error).split(": ", 1)[-1]))
    card = neighbours.cardinality
    present = np.array([w is not None for w in wkb], dtype=bool)
    feedback.pushInfo(alg.tr("Neighbours ({0}): {1} areas, {2:.1f} neighbours on average (fewest {3}, most {4}), "
                             "built in {5:.2f} s").format(
        options.method, len(card), float(card[present].mean()) if present.any() else 0.0,
        int(card[present].min()) if present.any() else 0, int(card.max()) if len(card) else 0,
        time.perf_counter() - started))
    if neighbours.rescued:
        feedback.pushInfo(alg.tr("{0} area(s) shared no vertex with any other area; their neighbours were found by "
                                 "testing the geometries.").format(
            neighbours.rescued))
    islands = [ids[i] for i in neighbours.islands if present[i]]
    if islands:
        feedback.pushWarning(alg.tr(
            "Layer '{0}': {1} area(s) have no neighbours (islands) and get no statistic (status no_neighbours): "
            "feature ids {2}. "
            "A distance band or k nearest gives every area neighbours.").format(layer_name, len(islands), first(
                islands)))
    return neighbours


@dataclass
class AreasAndNeighbours:
    """What every neighbour statistic starts from: the areas read once, the
    numeric fields asked for (NaN where NULL), and the neighbours built."""

    source: QgsProcessingFeatureSource
    options: NeighbourOptions
    rows: PolygonRows
    values: dict  # field -> float array, NaN where NULL
    nulls: dict  # field -> feature ids whose value is NULL
    has_geometry: np.ndarray
    neighbours: object
    usable: np.ndarray  # every field has a value and the area a geometry


def read_areas_and_neighbours(alg, parameters, context, feedback, steps, fields: Sequence[str],
                              missing_hint: str = "") -> Optional[AreasAndNeighbours]:
    """Check INPUT and the fields, read the polygons once, warn of NULLs, empty
    geometries and few areas, and build the neighbours (steps 0 and 1 of
    ``steps``). None when cancelled."""
    source = alg.parameterAsSource(parameters, "INPUT", context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, "INPUT"))
    for field in fields:
        if source.fields().lookupField(field) < 0:
            raise QgsProcessingException(alg.tr("Layer '{0}' has no field '{1}'.{2} Fields: {3}").format(
                source.sourceName(), field, missing_hint, ", ".join(source.fields().names())))
    options = read_neighbour_options(alg, parameters, context)
    check_crs(alg, options, source.sourceCrs(), source.sourceName(), feedback)

    steps.pushInfo(alg.tr("Reading areas"))
    rows = read_polygons(alg, source, "INPUT", steps)
    if feedback.isCanceled():
        return None
    values, nulls = {}, {}
    for field in fields:
        refuse_out_of_range(alg, rows, field)
        values[field], nulls[field] = rows.numbers(field)
        warn_nulls(alg, nulls[field], field, rows.name, feedback)
    has_geometry = rows.has_geometry
    warn_no_geometry(alg, [f for f, g in zip(rows.fids, has_geometry) if not g], rows.name, feedback)

    steps.setCurrentStep(1)
    steps.pushInfo(alg.tr("Finding neighbours"))
    neighbours = build_neighbours(alg, options, rows.wkb, rows.fids, rows.crs, rows.name, steps)
    usable = np.asarray(has_geometry, dtype=bool).copy()
    for field in fields:
        usable &= np.isfinite(values[field])
    warn_few_areas(alg, int(usable.sum()), rows.name, feedback)
    return AreasAndNeighbours(source, options, rows, values, nulls, has_geometry, neighbours, usable)


def compute_local_statistic(alg, statistic, read: AreasAndNeighbours, field: str, steps, feedback, label: str):
    """Run a local statistic (gi_star, local_moran) on one field with the
    neighbour options (step 2 of ``steps``); bad data become messages naming
    the layer and field. None when cancelled."""
    options = read.options
    steps.setCurrentStep(2)
    steps.pushInfo(label)
    try:
        result = statistic(read.values[field], read.neighbours, row_standardise=options.row_standardise,
                           permutations=options.permutations, seed=options.seed, correction=options.correction,
                           alpha=options.alpha, has_geometry=read.has_geometry, progress=progress_callback(steps))
    except NoVariationError:
        raise QgsProcessingException(alg.tr("Layer '{0}', field '{1}': every area has the same value, so no area "
                                            "can stand out.").format(
            read.rows.name, field))
    except ValueError as error:
        raise QgsProcessingException(alg.tr("Layer '{0}', field '{1}': {2}").format(read.rows.name, field, str(error)))
    if feedback.isCanceled():
        return None
    report_untested(alg, result.status, result.tested, read.rows, feedback)
    warn_unreachable_significance(alg, options, result.tested, feedback)
    note_permutation_floor(alg, options, result.p, result.p_adj, feedback)
    return result


def check_k(alg, k: int, n: int, layer_name: str) -> None:
    """Refuse K nearest when K reaches every other area: each area's neighbours
    would then be all the others, so none can differ from its neighbours and
    every area's statistic is undefined."""
    if n >= 3 and k >= n - 1:
        raise QgsProcessingException(alg.tr(
            "K nearest (K) is {0}, but layer '{1}' has {2} areas with a geometry: with K of {3} or more every "
            "area's neighbours "
            "are all the other areas, so no area can differ from its neighbours and none can be tested. Choose K "
            "below {3} "
            "(8 is usual), or contiguity.").format(k, layer_name, n, n - 1))


def report_untested(alg, status: np.ndarray, tested: int, rows: PolygonRows, feedback) -> None:
    """Say why areas with a value got no statistic: an error when none could be
    tested, a warning naming the areas whose neighbours are every other area."""
    status = np.asarray(status, dtype=object)
    undefined = [fid for fid, s in zip(rows.fids, status) if s == STATUS_UNDEFINED]
    if tested == 0:
        counts = ", ".join("{0} {1}".format(int(np.sum(status == s)), s) for s in AREA_STATUSES if np.sum(status == s))
        reason = alg.tr("Every area with a value has all the other areas as neighbours (the distance band or K "
                        "reaches them all): "
                        "choose fewer neighbours.") if undefined else alg.tr(
                        "No area with a value has a neighbour with a value: choose a distance band or K nearest.")
        raise QgsProcessingException(alg.tr("Layer '{0}': no area could be tested ({1}). {2}").format(rows.name, counts,
                reason))
    if undefined:
        feedback.pushWarning(alg.tr(
            "Layer '{0}': {1} area(s) have all the other areas with a value as neighbours, so their statistic is "
            "undefined "
            "(status undefined): feature ids {2}. Choose fewer neighbours (a smaller distance band or K).").format(
            rows.name, len(undefined), first(undefined)))


def refuse_out_of_range(alg, rows: PolygonRows, field: str) -> None:
    """Fail naming the areas whose value is infinite or larger than MAX_VALUE:
    such a value is a mistake, and would swamp (or overflow) every statistic."""
    bad = rows.out_of_range(field)
    if bad:
        raise QgsProcessingException(alg.tr(
            "Layer '{0}', field '{1}': {2} area(s) hold a value that is infinite or larger in size than {3}, e.g. "
            "{4}: feature ids {5}. "
            "Correct or remove these values (an area with no value, NULL, is left out).").format(
            rows.name, field, len(bad), MAX_VALUE_TEXT, show_number(bad[0][1]), first([fid for fid, _ in bad])))


def warn_few_areas(alg, n: int, layer_name: str, feedback) -> None:
    if n < FEW_AREAS:
        feedback.pushWarning(alg.tr(
            "Layer '{0}': only {1} areas have a value. Local statistics need about 30 areas or more "
            "to be trusted.").format(layer_name, n))


def warn_nulls(alg, nulls: Sequence, field: str, layer_name: str, feedback) -> None:
    if nulls:
        feedback.pushWarning(alg.tr(
            "Layer '{0}', field '{1}': {2} area(s) have no value (NULL). They are left out of the statistic, never "
            "counted as 0, "
            "and written with empty results and status null_value: feature ids {3}.").format(
            layer_name, field, len(nulls), first(nulls)))


def warn_no_geometry(alg, fids: Sequence, layer_name: str, feedback) -> None:
    if fids:
        feedback.pushWarning(alg.tr("Layer '{0}': {1} area(s) have no geometry and get no statistic (status "
                                    "no_geometry): feature ids {2}.").format(
            layer_name, len(fids), first(fids)))


def warn_unreachable_significance(alg, options: NeighbourOptions, tested: int, feedback) -> None:
    if nothing_can_be_significant(options.permutations, options.correction, tested, options.alpha):
        feedback.pushWarning(alg.tr(
            "With {0} permutations the smallest p-value is {1:.4f}; after the {2} correction over {3} areas none "
            "can be below {4}. "
            "Use more permutations.").format(options.permutations, 2.0 / (options.permutations + 1), options.correction,
                                             tested,
                                              options.alpha))


def note_permutation_floor(alg, options: NeighbourOptions, p: np.ndarray, p_adj: np.ndarray, feedback) -> None:
    """Say when areas sit at the smallest p the permutations allow but the correction leaves them not significant."""
    if not options.permutations or options.correction == "none":
        return
    floor = 2.0 / (options.permutations + 1)
    at_floor = np.isfinite(p) & (p <= floor * (1 + 1e-9))
    held_back = int(np.sum(at_floor & ~(p_adj < options.alpha)))
    if held_back:
        feedback.pushWarning(alg.tr(
            "{0} area(s) have the smallest p-value {1} permutations can give ({2:.4f}) but are not significant "
            "after the {3} correction "
            "over {4} areas. More permutations would tell them apart.").format(
            held_back, options.permutations, floor, options.correction, int(np.isfinite(p).sum())))


def progress_callback(feedback, start: float = 0.0, span: float = 100.0):
    """A domain progress(fraction) callback that reports progress and returns True when cancelled."""

    def progress(fraction: float) -> bool:
        feedback.setProgress(start + span * fraction)
        return feedback.isCanceled()

    return progress


# --------------------------------------------------------------------------- writing
