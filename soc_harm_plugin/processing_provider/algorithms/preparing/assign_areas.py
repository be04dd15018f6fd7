"""socharm:assignareas: give every record its sector, ward and street."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ....about import plugin_version
from ....domain.codes import ASSIGNED, OUTSIDE, RECORD_STATUSES
from ....domain.geometry.geometry_index import LineIndex, PolygonIndex
from ....domain.geometry.grid import geometries_extent
from ....domain.harm.scoring import INDEX_POINTS
from ....qgis_io.outputs import add_features, finish_output
from ....qgis_io.read_layers import PointSummary, read_point_batches
from ... import nothing_counted
from ...inputs.areas import read_area_layer
from ... import groups
from ...base import SocHarmAlgorithm, with_help
from ...inputs.crs import FOR_SEARCH, warn_geographic
from ...inputs.point_checks import report_points
from ...outputs.areas import plain as _plain
from ....compat import FieldType, InvalidGeometryCheck, SourceType

class AssignAreas(SocHarmAlgorithm):
    ALGORITHM_ID = "assignareas"
    INPUT = "INPUT"
    SECTORS, SECTOR_ID = "SECTORS", "SECTOR_ID"
    WARDS, WARD_ID = "WARDS", "WARD_ID"
    STREETS, STREET_ID = "STREETS", "STREET_ID"
    TOLERANCE = "TOLERANCE"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return self.tr("Assign records to areas")


    GROUP_ID = groups.PREPARING

    def initAlgorithm(self, config=None):
        tr = self.tr
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.INPUT, tr("Records (points)"), [SourceType.VectorPoint]),
            tr("Offences, nominals or any point records. Every record appears in the output, with or without a "
               "location.")))
        for layer, field, label, kind in (
            (self.SECTORS, self.SECTOR_ID, tr("Sectors"), SourceType.VectorPolygon),
            (self.WARDS, self.WARD_ID, tr("Wards"), SourceType.VectorPolygon),
        ):
            self.add_parameter(with_help(
                QgsProcessingParameterFeatureSource(layer, label, [kind], optional=True),
                tr("Polygons; a record gets the id of the one that contains it. A record on a boundary shared by "
                   "two areas goes to the area whose id sorts first.")))
            self.add_parameter(with_help(
                QgsProcessingParameterField(field, tr("{0} id field").format(label), parentLayerParameterName=layer,
                                            optional=True),
                tr("A unique id per area, copied into the output.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.STREETS, tr("Streets"), [SourceType.VectorLine], optional=True),
            tr("Street lines; a record gets the nearest street within the search distance (ties: the id that sorts "
               "first).")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.STREET_ID, tr("Street id field"), parentLayerParameterName=self.STREETS,
                                        optional=True),
            tr("A unique id per street, copied into the output.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDistance(self.TOLERANCE, tr("Street search distance"), defaultValue=50.0,
                                           parentParameterName=self.STREETS, minValue=0.0),
            tr("How far a record may lie from its nearest street and still be assigned to it, in the units of the "
               "first area layer's CRS (metres for EPSG:27700).")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Records with areas")),
            tr("All input fields plus sector_id, ward_id, street_id, street_dist, sector_status, ward_status, "
               "street_status (assigned or outside; empty when that layer was not given) and status (ok, "
               "no_geometry, invalid).")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        layers = [(key, id_key, prefix) for key, id_key, prefix in (
            (self.SECTORS, self.SECTOR_ID, "sector"), (self.WARDS, self.WARD_ID, "ward"), (self.STREETS, self.STREET_ID,
                    "street"))
            if parameters.get(key) not in (None, "")]
        if not layers:
            raise QgsProcessingException(self.tr("Give at least one of Sectors, Wards or Streets."))
        crs = self._analysis_crs(parameters, context, layers, source, feedback)
        steps = QgsProcessingMultiStepFeedback(len(layers) + 1, feedback)
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        expected = max(source.featureCount(), 0)
        targets = []
        for step, (key, id_key, prefix) in enumerate(layers):
            if feedback.isCanceled():
                return {}
            steps.setCurrentStep(step)
            targets.append(self._target(parameters, context, key, id_key, prefix, crs, tolerance, expected, steps))

        steps.setCurrentStep(len(layers))
        steps.pushInfo(self.tr("Reading records"))
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context) if isinstance(parameters.get(self.INPUT),
                str) else None
        batches = read_point_batches(source, layer, [], crs, context.transformContext(), steps)
        out_id, points, status_counts = self._assign_and_write(parameters, context, source, batches, targets,
                                                               expected, steps)
        if feedback.isCanceled():
            return {}  # cut short: write no provenance that would claim the file complete
        self._report(source, crs, points, status_counts, targets, tolerance, feedback)
        provenance = {
            "algorithm": "socharm:" + self.ALGORITHM_ID,
            "plugin_version": plugin_version(),
            "layers": {prefix: self.parameterAsString(parameters, id_key, context) for _, id_key, prefix in layers},
            "reconciliation": _status_reconciliation(status_counts),
            "assigned": {target.prefix: target.assigned for target in targets},
            "tolerance": tolerance,
            "shared_boundary_rule": "covered by several areas: the area whose id sorts first",
        }
        finish_output(out_id, context, provenance, self.tr("Records of '{0}' with their areas.").format(
            source.sourceName()))
        return {self.OUTPUT: out_id}

    def _target(self, parameters, context, key, id_key, prefix, crs, tolerance, expected, feedback) -> "_Target":
        """An area layer read and prepared once, to assign every batch of records."""
        area_source = self.parameterAsSource(parameters, key, context)
        id_field = self.parameterAsString(parameters, id_key, context)
        if not id_field:
            raise QgsProcessingException(self.tr("Choose the id field for layer '{0}'.").format(
                area_source.sourceName()))
        area = read_area_layer(self, area_source, id_field, context, feedback, dest_crs=crs, label=key)
        if area.is_lines:
            index = LineIndex(area.areas.geometries, area.areas.ids, tolerance)
        else:
            index = PolygonIndex(area.areas.geometries, area.areas.ids, min(expected, INDEX_POINTS))
        return _Target(prefix, area, index, np.asarray(area.areas.ids, dtype=object),
                       area_source.fields().at(area.id_index))

    def _assign_and_write(self, parameters, context, source, batches, targets, expected, feedback):
        """Assign each batch of records to every area layer and write its rows as
        it goes, in the order of the input's features: (output id, the records'
        PointSummary, records per status code). Only a batch is held at a time."""
        writer = _RowWriter(self, parameters, context, source, targets, feedback)
        points = PointSummary()
        status_counts: Dict[str, int] = {}
        done = 0
        for batch in batches:
            if feedback.isCanceled():
                break
            points.add(batch)
            status = batch.status
            for code, n in nothing_counted.statuses_of(status).items() if len(status) else ():
                status_counts[code] = status_counts.get(code, 0) + n
            usable = batch.located
            x = np.where(usable, batch.x, np.nan)
            y = np.where(usable, batch.y, np.nan)
            columns = {"status": status}
            for target in targets:
                result = target.index.assign(x, y)
                target.add(result)
                hit = result.index >= 0
                ids = target.ids
                columns[target.prefix + "_id"] = np.where(hit, ids[np.maximum(result.index, 0)] if len(ids) else None,
                                                          None)
                columns[target.prefix + "_status"] = np.where(~usable, None, np.where(hit, ASSIGNED, OUTSIDE))
                if result.distance is not None:
                    columns["street_dist"] = result.distance
            writer.write(batch.fid, columns)
            done += len(batch)
            if expected:
                feedback.setProgress(min(100.0, done * 100.0 / expected))
        writer.finish()
        return writer.dest_id, points, status_counts

    def _report(self, source, crs, points, status_counts, targets, tolerance, feedback) -> None:
        """What was assigned where, and why nothing was, once every batch is done."""
        report_points(self, source.sourceName(), points, feedback, source, crs, label=self.INPUT)
        records, located = points.records, points.located
        status_counts = dict(sorted(status_counts.items()))  # by code, as for one batch
        if records and not located:
            feedback.pushWarning(self.tr("Layer '{0}': none of its {1} records has a location, so none is assigned "
                                         "to an area: {2}.").format(
                source.sourceName(), records, nothing_counted.reasons(self, status_counts, texts={
                    "invalid": self.tr("{0} have an invalid location").format(status_counts.get("invalid", 0))})))
        for target in targets:
            area = target.area
            if target.multi and not area.is_lines:
                feedback.pushInfo(self.tr("{0} records lay on a boundary shared by areas of '{1}'; each went to "
                                          "the area whose id sorts first.").format(
                    target.multi, area.name))
            feedback.pushInfo(self.tr("'{0}': {1} records assigned, {2} outside").format(
                area.name, target.assigned, located - target.assigned))
            if located and not target.assigned:
                texts = {"outside": self.tr(
                    "{0} lie farther than the street search distance ({1:g}) from every street").format(
                    located, tolerance)} if area.is_lines else None
                feedback.pushWarning(self.tr("Layer '{0}': none of its records is assigned to '{1}': {2}.").format(
                    source.sourceName(), area.name, nothing_counted.reasons(
                        self, {"outside": located}, texts=texts, record_extent=points.extent,
                        area_extent=geometries_extent(area.areas.geometries))))

    def _analysis_crs(self, parameters, context, layers, source, feedback):
        """The first given area layer's CRS: distances and boundaries are measured there."""
        first = self.parameterAsSource(parameters, layers[0][0], context)
        if first is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, layers[0][0]))
        crs = first.sourceCrs()
        warn_geographic(crs, first.sourceName(), FOR_SEARCH, feedback)
        if source.sourceCrs() != crs:
            feedback.pushInfo(self.tr("Records of '{0}' ({1}) are matched to the areas in {2}; the output keeps "
                                      "their own geometry.").format(
                source.sourceName(), source.sourceCrs().authid(), crs.authid()))
        return crs


@dataclass
class _Target:
    """One area layer, prepared once, and what its records came to so far."""

    prefix: str  # sector, ward or street
    area: object  # AreaLayer
    index: object  # PolygonIndex or LineIndex
    ids: np.ndarray  # the areas' ids, objects
    id_field: object  # the id field (QgsField): the output's id field takes its type
    assigned: int = 0
    multi: int = 0

    def add(self, result) -> None:
        self.assigned += int((result.index >= 0).sum())
        self.multi += result.multi


def _status_reconciliation(counts: Dict[str, int]) -> dict:
    """Records in and, by status code, how many (as reconcile orders them: the record statuses first, any other
    code after them, most first), from counts added up batch by batch."""
    ordered = [code for code in RECORD_STATUSES if counts.get(code)]
    ordered += sorted((code for code in counts if code not in RECORD_STATUSES and counts[code]),
                      key=lambda code: -counts[code])
    return {"records_in": int(sum(counts.values())), "by_status": {code: int(counts[code]) for code in ordered}}


class _RowWriter:
    """The output: every input feature once, in the input's order, with the
    columns of its batch. A batch's rows are written as soon as it is
    assigned; a feature whose batch has not come yet (never, when the reader
    reads in the input's order) waits for it."""

    def __init__(self, alg, parameters, context, source, targets, feedback):
        fields = QgsFields(source.fields())
        given = {target.prefix: target.id_field for target in targets}
        added = []
        for prefix in ("sector", "ward", "street"):
            field = QgsField(given[prefix]) if prefix in given else QgsField("x", FieldType.String)
            field.setName(prefix + "_id")
            added.append(field)
        added.append(QgsField("street_dist", FieldType.Double))
        for prefix in ("sector", "ward", "street"):
            added.append(QgsField(prefix + "_status", FieldType.String))
        added.append(QgsField("status", FieldType.String))
        for field in added:
            if fields.lookupField(field.name()) < 0:
                fields.append(field)
            else:
                feedback.pushWarning(alg.tr("Layer '{0}' already has a field '{1}'; its values are replaced.").format(
                    source.sourceName(), field.name()))
        self.index = {f.name(): fields.lookupField(f.name()) for f in added}
        self.sink, self.dest_id = alg.parameterAsSink(parameters, alg.OUTPUT, context, fields, source.wkbType(),
                                                      source.sourceCrs())
        if self.sink is None:
            raise QgsProcessingException(alg.invalidSinkError(parameters, alg.OUTPUT))
        self.fields = fields
        self.output = alg.OUTPUT
        self.feedback = feedback
        request = QgsFeatureRequest().setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
        self.features = iter(source.getFeatures(request))
        self.waiting = None  # a feature read whose batch has not come yet
        self.pending: Dict[int, tuple] = {}  # feature id -> (its batch's columns, its row in them)
        self.written = 0

    def write(self, fids: np.ndarray, columns: Dict[str, np.ndarray]) -> None:
        """The rows of one batch (its feature ids and added columns)."""
        for i, fid in enumerate(fids.tolist()):
            self.pending[fid] = (columns, i)
        self._drain(stop_at_unread=True)

    def finish(self) -> None:
        """Every feature not written yet (those no batch had keep their added fields empty); the sink closed."""
        if not self.feedback.isCanceled():
            self._drain(stop_at_unread=False)
        self.sink = None
        self.pending = {}

    def _drain(self, stop_at_unread: bool) -> None:
        n_fields = self.fields.count()
        while True:
            if self.written % 10000 == 0 and self.feedback.isCanceled():
                return
            feature = self.waiting if self.waiting is not None else next(self.features, None)
            self.waiting = None
            if feature is None:
                return
            row = self.pending.pop(feature.id(), None)
            if row is None and stop_at_unread:
                self.waiting = feature
                return
            values = list(feature.attributes()) + [None] * (n_fields - len(feature.attributes()))
            if row is not None:
                columns, i = row
                for name, column in columns.items():
                    values[self.index[name]] = _plain(column[i])
            out = QgsFeature(self.fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(values)
            add_features(self.sink, out, self.output)
            self.written += 1
