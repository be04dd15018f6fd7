"""socharm:assignareas: give every record its sector, ward and street."""
from __future__ import annotations

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
from ....domain.codes import ASSIGNED, LOCATED, OUTSIDE
from ....domain.geometry.geometry_index import points_in_polygons, points_to_nearest_lines
from ....domain.geometry.grid import geometries_extent, points_extent
from ....domain.harm.scoring import reconcile
from ....qgis_io.outputs import add_features, finish_output
from ....qgis_io.read_layers import read_points
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
        steps = QgsProcessingMultiStepFeedback(len(layers) + 2, feedback)
        steps.pushInfo(self.tr("Reading records"))
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context) if isinstance(parameters.get(self.INPUT),
                str) else None
        points = read_points(source, layer, [], crs, context.transformContext(), steps)
        report_points(self, source.sourceName(), points, feedback, source, crs, label=self.INPUT)
        usable = points.status == LOCATED
        x = np.where(usable, points.x, np.nan)
        y = np.where(usable, points.y, np.nan)
        if len(usable) and not usable.any():
            by_status = nothing_counted.statuses_of(points.status)
            steps.pushWarning(self.tr("Layer '{0}': none of its {1} records has a location, so none is assigned to "
                                      "an area: {2}.").format(
                source.sourceName(), len(usable), nothing_counted.reasons(self, by_status, texts={
                    "invalid": self.tr("{0} have an invalid location").format(by_status.get("invalid", 0))})))
        assigned = {}
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        for step, (key, id_key, prefix) in enumerate(layers, start=1):
            if feedback.isCanceled():
                return {}
            steps.setCurrentStep(step)
            area_source = self.parameterAsSource(parameters, key, context)
            id_field = self.parameterAsString(parameters, id_key, context)
            if not id_field:
                raise QgsProcessingException(self.tr("Choose the id field for layer '{0}'.").format(
                    area_source.sourceName()))
            area = read_area_layer(self, area_source, id_field, context, steps, dest_crs=crs, label=key)
            steps.pushInfo(self.tr("Assigning records to '{0}'").format(area.name))
            if area.is_lines:
                result = points_to_nearest_lines(x, y, area.areas.geometries, area.areas.ids, tolerance)
            else:
                result = points_in_polygons(x, y, area.areas.geometries, area.areas.ids)
                if result.multi:
                    steps.pushInfo(self.tr("{0} records lay on a boundary shared by areas of '{1}'; each went to "
                                           "the area whose id sorts first.").format(
                        result.multi, area.name))
            ids = np.asarray(area.areas.ids, dtype=object)
            id_type = area_source.fields().at(area.id_index)
            assigned[prefix] = (result, ids, id_type)
            n_in = int((result.index >= 0).sum())
            steps.pushInfo(self.tr("'{0}': {1} records assigned, {2} outside").format(area.name, n_in, int(
                usable.sum()) - n_in))
            if usable.any() and not n_in:
                outside = int(usable.sum())
                texts = {"outside": self.tr(
                    "{0} lie farther than the street search distance ({1:g}) from every street").format(
                    outside, tolerance)} if area.is_lines else None
                steps.pushWarning(self.tr("Layer '{0}': none of its records is assigned to '{1}': {2}.").format(
                    source.sourceName(), area.name, nothing_counted.reasons(
                        self, {"outside": outside}, texts=texts, record_extent=points_extent(x, y),
                        area_extent=geometries_extent(area.areas.geometries))))

        steps.setCurrentStep(len(layers) + 1)
        out_id = self._write(parameters, context, source, points, assigned, steps)
        if feedback.isCanceled():
            return {}  # cut short: write no provenance that would claim the file complete
        status_counts = reconcile(points.status)
        provenance = {
            "algorithm": "socharm:" + self.ALGORITHM_ID,
            "plugin_version": plugin_version(),
            "layers": {prefix: self.parameterAsString(parameters, id_key, context) for _, id_key, prefix in layers},
            "reconciliation": {"records_in": status_counts["records_in"],
                               "by_status": {k: v for k, v in status_counts["by_status"].items() if v}},
            "assigned": {prefix: int((r.index >= 0).sum()) for prefix, (r, _, _) in assigned.items()},
            "tolerance": tolerance,
            "shared_boundary_rule": "covered by several areas: the area whose id sorts first",
        }
        finish_output(out_id, context, provenance, self.tr("Records of '{0}' with their areas.").format(
            source.sourceName()))
        return {self.OUTPUT: out_id}

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

    def _write(self, parameters, context, source, points, assigned, feedback):
        fields = QgsFields(source.fields())
        added = []
        for prefix in ("sector", "ward", "street"):
            id_type = assigned[prefix][2] if prefix in assigned else None
            field = QgsField(id_type) if id_type is not None else QgsField("x", FieldType.String)
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
                feedback.pushWarning(self.tr("Layer '{0}' already has a field '{1}'; its values are replaced.").format(
                    source.sourceName(), field.name()))
        index = {f.name(): fields.lookupField(f.name()) for f in added}
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        row_of = {int(fid): i for i, fid in enumerate(points.fid)}
        columns = {}
        for prefix, (result, ids, _) in assigned.items():
            hit = result.index >= 0
            columns[prefix + "_id"] = np.where(hit, ids[np.maximum(result.index, 0)] if len(ids) else None, None)
            columns[prefix + "_status"] = np.where(points.status != LOCATED, None, np.where(hit, ASSIGNED, OUTSIDE))
            if result.distance is not None:
                columns["street_dist"] = result.distance
        columns["status"] = points.status
        total = source.featureCount() or 0
        step = 100.0 / total if total > 0 else 0
        n_fields = fields.count()
        request = QgsFeatureRequest().setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
        for n, feature in enumerate(source.getFeatures(request)):
            if n % 10000 == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(n * step)
            i = row_of.get(feature.id())
            values = list(feature.attributes()) + [None] * (n_fields - len(feature.attributes()))
            if i is not None:
                for name, column in columns.items():
                    values[index[name]] = _plain(column[i])
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(values)
            add_features(sink, out, self.OUTPUT)
        del sink
        return dest_id
