"""The SCHEME and LAYERS parameters, and reading a scheme's layers once each.

Shared by every algorithm that scores with a harm scheme (scorescheme, and the
change and framework algorithms), so the names, help and checks are the same.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ...domain.periods.dates import as_month_text
from ...domain.harm.scheme import Scheme, SchemeError, builtin_schemes, load_scheme
from ...domain.harm.scheme_scoring import SourceLayer, measure_sources, scheme_fields
from ...qgis_io.outputs import month_only_field
from ...qgis_io.read_layers import PointSummary, matching_fids, read_point_batches, read_points
from ..base import with_help
from .expressions import check_filter, report_empty_filter
from .point_checks import report_points
from ...compat import SourceType

SCHEME = "SCHEME"
LAYERS = "LAYERS"


def add_scheme_parameters(alg, optional: bool = False) -> None:
    tr = alg.tr
    default = None if optional else str(builtin_schemes()["soc_place_harm"])
    alg.add_parameter(with_help(
        QgsProcessingParameterFile(SCHEME, tr("Harm scheme (JSON)"), extension="json", defaultValue=default,
                                   optional=optional),
        tr("A harm scheme file: its measures, where their records come from and how each is weighted. "
           "The plugin ships three in its resources/schemes folder: soc_place_harm.json (SOC place-based harm, "
           "nine measures), "
           "consumer_detriment.json and neighbourhood_policeuk.json.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterMultipleLayers(LAYERS, tr("Layers for the scheme"), SourceType.Vector,
                                             optional=True),
        tr("Layers that replace the scheme's sources of the same name (the layer's name, its table name in a "
           "GeoPackage, "
           "or its file name). A scheme layer not given here is looked for in the project by name, or read from "
           "the path the "
           "scheme gives. When the scheme reads a single layer and one layer is given, that layer is used whatever "
           "its name.")))



def load_scheme_parameter(alg, parameters, context) -> Scheme:
    path = alg.parameterAsFile(parameters, SCHEME, context)
    if not path:
        raise QgsProcessingException(alg.tr("Choose a harm scheme file (SCHEME)."))
    try:
        return load_scheme(path)
    except SchemeError as error:
        raise QgsProcessingException(alg.tr("Harm scheme problem: {0}").format(str(error)))


def _names_of(layer: QgsVectorLayer) -> List[str]:
    """The names a layer answers to: its own, its GeoPackage table, its file stem."""
    names = [layer.name()]
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    if parts.get("layerName"):
        names.append(parts["layerName"])
    if parts.get("path"):
        names.append(Path(parts["path"]).stem)
    return [n.strip().lower() for n in names if n]


def resolve_layers(alg, parameters, context, scheme: Scheme, feedback) -> Dict[str, QgsVectorLayer]:
    """Every layer the scheme names, as a layer: from LAYERS, the project, or
    the scheme's own path. Fails naming the measures that need a missing layer."""
    given = alg.parameterAsLayerList(parameters, LAYERS, context) or []
    given = [layer for layer in given if isinstance(layer, QgsVectorLayer)]
    found: Dict[str, QgsVectorLayer] = {}
    wanted = scheme.layers()
    for name in wanted:
        key = name.strip().lower()
        for layer in given:
            if key in _names_of(layer):
                found[name] = layer
                break
    missing = [n for n in wanted if n not in found]
    if missing and len(wanted) == 1 and len(given) == 1:
        found[wanted[0]] = given[0]
        feedback.pushInfo(alg.tr("The scheme reads one layer, '{0}': using layer '{1}'.").format(wanted[0], given[
            0].name()))
        missing = []
    base = Path(scheme.source).parent if scheme.source else Path(".")
    for name in list(missing):
        layer = _from_project_or_path(name, base, context)
        if layer is not None:
            found[name] = layer
            missing.remove(name)
    if missing:
        needs = ["'{0}' (measures {1})".format(n, ", ".join(_users(scheme, n))) for n in missing]
        offered = ", ".join("'{0}'".format(layer.name()) for layer in given) or alg.tr("none")
        raise QgsProcessingException(alg.tr(
            "Scheme '{0}' needs layer(s) {1}, which are not among the LAYERS given ({2}), the project's layers or "
            "files. "
            "Add them to LAYERS (named as the scheme names them).").format(scheme.name, "; ".join(needs), offered))
    return found


def _users(scheme: Scheme, layer: str) -> List[str]:
    return [m.key for m in scheme.measures
            if layer in (m.layer, m.link.table if m.link else None, m.link.nominals if m.link else None)]


def _from_project_or_path(name: str, base: Path, context) -> Optional[QgsVectorLayer]:
    project = context.project()
    if project is not None:
        matches = [layer for layer in project.mapLayersByName(name) if isinstance(layer, QgsVectorLayer)]
        if matches:
            return matches[0]
    path_part = name.split("|")[0]
    if any(path_part.lower().endswith(ext) for ext in (".gpkg", ".shp", ".geojson", ".csv", ".sqlite", ".fgb")):
        path = Path(path_part)
        if not path.is_absolute():
            path = base / path
        uri = str(path) + name[len(path_part):]
        layer = QgsProcessingUtils.mapLayerFromString(uri, context, True)
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            return layer
    return None


@dataclass
class SchemeLayers:
    layers: Dict[str, SourceLayer]
    filters: Dict[str, np.ndarray]
    sources: Dict[str, str]  # scheme layer name -> the source used (for provenance)
    multi_cut: Dict[str, int]


def read_scheme_layers(alg, scheme: Scheme, layers: Dict[str, QgsVectorLayer], context, feedback,
                       dest_crs) -> SchemeLayers:
    """Read each layer once with every field its measures need; evaluate each
    measure's filter. Fails naming the measure, layer and field."""
    fields = scheme_fields(scheme)
    for m in scheme.measures:  # before any record is read
        if m.filter:
            check_filter(alg, _filter_key(alg, scheme, m), m.filter, layers[m.layer].fields(), layers[m.layer].name())
    out: Dict[str, SourceLayer] = {}
    sources: Dict[str, str] = {}
    multi_cut: Dict[str, int] = {}
    for name, layer in layers.items():
        if feedback.isCanceled():
            return None
        wanted = fields.get(name, [])
        names = layer.fields().names()
        for field in wanted:
            if field not in names:
                users = [m.key for m in scheme.measures if field in m.fields and m.layer == name] or _users(scheme,
                        name)
                raise QgsProcessingException(alg.tr(
                    "Scheme '{0}', measure '{1}': layer '{2}' has no field '{3}'. Its fields: {4}").format(
                    scheme.name, ", ".join(users), layer.name(), field, ", ".join(names)))
        _announce(alg, name, layer, feedback, dest_crs)
        columns = read_points(layer, layer, wanted, dest_crs, context.transformContext(), feedback, factorize=wanted)
        report_points(alg, layer.name(), columns, feedback)
        out[name] = _source_layer(scheme, name, layer, columns)
        sources[name] = layer.source()
        multi_cut[name] = columns.multi_cut
    filters: Dict[str, np.ndarray] = {}
    for m in scheme.measures:
        if not m.filter:
            continue
        layer = layers[m.layer]
        passing = matching_fids(layer, m.filter, context)
        filters[m.key] = np.isin(out[m.layer].fid, passing)
        if not filters[m.key].any():
            report_empty_filter(alg, _filter_key(alg, scheme, m), m.filter, layer, layer.name(), len(out[m.layer]),
                                context, feedback)
    return SchemeLayers(out, filters, sources, multi_cut)


@dataclass
class SchemeReading:
    """A scheme's layers opened to be read (:func:`open_scheme_layers`): the
    layers its links read, whole (``whole``), and each measure layer batch by
    batch (:meth:`batches`). ``multi_cut`` fills as the layers are read."""

    whole: Dict[str, SourceLayer]
    sources: Dict[str, str]  # scheme layer name -> the source used (for provenance)
    multi_cut: Dict[str, int]
    expected: Dict[str, int]  # scheme layer name -> its feature count (0: unknown)
    _alg: object
    _scheme: Scheme
    _layers: Dict[str, QgsVectorLayer]
    _fields: Dict[str, List[str]]
    _passing: Dict[str, np.ndarray]  # measure key -> the sorted feature ids its filter keeps
    _context: object
    _feedback: object
    _dest_crs: object
    _batch_size: Optional[int] = None

    def batches(self, name: str) -> Iterator[Tuple[SourceLayer, Dict[str, np.ndarray]]]:
        """A measure layer's records batch by batch (one batch when the links read it whole), each with its
        measures' filters (measure key -> bool per record); the layer's points are reported after the last."""
        if name in self.whole:
            src = self.whole[name]
            yield src, self._filters(name, src.fid)
            return
        alg, layer, feedback = self._alg, self._layers[name], self._feedback
        _announce(alg, name, layer, feedback, self._dest_crs)
        wanted = self._fields.get(name, [])
        summary = PointSummary()
        for columns in read_point_batches(layer, layer, wanted, self._dest_crs, self._context.transformContext(),
                                          feedback, factorize=wanted, batch_size=self._batch_size):
            if feedback.isCanceled():
                return
            summary.add(columns)
            self.multi_cut[name] = summary.multi_cut
            src = _source_layer(self._scheme, name, layer, columns)
            del columns
            yield src, self._filters(name, src.fid)
        if not feedback.isCanceled():
            report_points(alg, layer.name(), summary, feedback)

    def layer_name(self, name: str) -> str:
        """The name of the layer read for scheme layer ``name``."""
        return self._layers[name].name()

    def _filters(self, name: str, fid: np.ndarray) -> Dict[str, np.ndarray]:
        return {m.key: np.isin(fid, self._passing[m.key]) for m in self._scheme.measures
                if m.layer == name and m.key in self._passing}


def open_scheme_layers(alg, scheme: Scheme, layers: Dict[str, QgsVectorLayer], context, feedback, dest_crs,
                       batch_size: Optional[int] = None, passing_in_database: Optional[Dict[str, bool]] = None,
                       counted_in_database: Sequence[str] = ()) -> Optional[SchemeReading]:
    """:func:`read_scheme_layers` for scoring batch by batch: every check made
    and each measure's filter evaluated before a record is read; the layers
    the links read (link tables, nominals) read whole now, the others left to :meth:`SchemeReading.batches`
    (RECORDS_PER_BATCH records at a time unless ``batch_size``). ``passing_in_database``: measure key ->
    whether any record passes its filter, for the measures counted in a database (not evaluated here);
    ``counted_in_database``: layers counted there, of which the links read only their fields (no location)."""
    fields = scheme_fields(scheme)
    _check_scheme_fields(alg, scheme, layers, fields)
    placed = measure_sources(scheme)
    linked = set()  # the layers the links read: link tables and nominals
    for m in scheme.measures:
        if m.link is not None:
            linked.update(n for n in (m.link.table, m.link.nominals) if n)
    passing: Dict[str, np.ndarray] = {}
    in_database = passing_in_database or {}
    for m in scheme.measures:
        if m.filter:
            layer = layers[m.layer]
            if m.key in in_database:
                passes = in_database[m.key]
            else:
                passing[m.key] = np.sort(matching_fids(layer, m.filter, context))
                passes = bool(len(passing[m.key]))
            if not passes:
                report_empty_filter(alg, _filter_key(alg, scheme, m), m.filter, layer, layer.name(),
                                    max(layer.featureCount(), 0), context, feedback)
    whole: Dict[str, SourceLayer] = {}
    multi_cut: Dict[str, int] = {}
    for name, layer in layers.items():
        if name in placed and name not in linked:
            continue
        if feedback.isCanceled():
            return None
        _announce(alg, name, layer, feedback, dest_crs)
        wanted = fields.get(name, [])
        if name in counted_in_database:
            whole[name] = _fields_only(alg, name, layer, wanted, feedback, context)
            continue
        columns = read_points(layer, layer, wanted, dest_crs, context.transformContext(), feedback, factorize=wanted)
        report_points(alg, layer.name(), columns, feedback)
        whole[name] = _source_layer(scheme, name, layer, columns)
        multi_cut[name] = columns.multi_cut
    return SchemeReading(
        whole=whole, sources={name: layer.source() for name, layer in layers.items()}, multi_cut=multi_cut,
        expected={name: max(layer.featureCount(), 0) for name, layer in layers.items()}, _alg=alg, _scheme=scheme,
        _layers=layers, _fields=fields, _passing=passing, _context=context, _feedback=feedback, _dest_crs=dest_crs,
        _batch_size=batch_size)


def _fields_only(alg, name: str, layer: QgsVectorLayer, wanted: List[str], feedback, context) -> SourceLayer:
    """A layer's fields the links read, without its geometry (its records are counted in a database)."""
    from .columns import read_columns

    columns, _ = read_columns(alg, layer, wanted, feedback, None, context)
    n = len(columns[wanted[0]]) if wanted else 0
    return SourceLayer(name=name, fid=np.arange(n, dtype=np.int64), x=np.full(n, np.nan), y=np.full(n, np.nan),
                       geometry_status=np.full(n, "no_geometry", dtype=object),
                       columns={f: np.array(list(values) + [None], dtype=object)[:-1] for f, values in columns.items()})


def _check_scheme_fields(alg, scheme: Scheme, layers: Dict[str, QgsVectorLayer], fields: Dict[str, List[str]]) -> None:
    """Every measure's filter and every field the scheme reads, before any record is read."""
    for m in scheme.measures:
        if m.filter:
            check_filter(alg, _filter_key(alg, scheme, m), m.filter, layers[m.layer].fields(), layers[m.layer].name())
    for name, layer in layers.items():
        names = layer.fields().names()
        for field in fields.get(name, []):
            if field not in names:
                users = [m.key for m in scheme.measures if field in m.fields and m.layer == name] or _users(scheme,
                        name)
                raise QgsProcessingException(alg.tr(
                    "Scheme '{0}', measure '{1}': layer '{2}' has no field '{3}'. Its fields: {4}").format(
                    scheme.name, ", ".join(users), layer.name(), field, ", ".join(names)))


def _announce(alg, name: str, layer: QgsVectorLayer, feedback, dest_crs) -> None:
    if layer.crs() != dest_crs and layer.crs().isValid() and layer.isSpatial():
        feedback.pushInfo(alg.tr("Layer '{0}' ({1}) is reprojected to the areas' CRS ({2}).").format(
            layer.name(), layer.crs().authid(), dest_crs.authid()))
    feedback.pushInfo(alg.tr("Reading layer '{0}' for scheme layer '{1}'").format(layer.name(), name))


def _source_layer(scheme: Scheme, name: str, layer: QgsVectorLayer, columns) -> SourceLayer:
    for m in scheme.measures:  # first-of-month dates that stand for the whole month
        if m.layer == name and m.date_field and month_only_field(layer, m.date_field):
            columns.columns[m.date_field] = as_month_text(columns.columns[m.date_field])
    return SourceLayer(name=name, fid=columns.fid, x=columns.x, y=columns.y,
                       geometry_status=columns.geometry_status, columns=columns.columns)


def _filter_key(alg, scheme: Scheme, measure) -> str:
    return alg.tr("Scheme '{0}', measure '{1}', key 'filter'").format(scheme.name, measure.key)
