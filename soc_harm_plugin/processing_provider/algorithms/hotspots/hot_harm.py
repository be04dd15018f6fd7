"""socharm:hotharm: hotspots vs harmspots, Gi* of record counts and of harm side by side."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ....domain.stats.hotspots import (
    COLD_BOTH,
    HOT_BOTH,
    HOT_COUNT_ONLY,
    HOT_HARM_ONLY,
    HOTHARM_CLASSES,
    OTHER,
    STATUS_NULL,
    STATUS_OK,
    NoVariationError,
    hot_vs_harm,
)
from ....qgis_io.outputs import finish_output
from ....qgis_io.styles import qml_style
from ...inputs import neighbours as neighbour_inputs
from ...outputs.areas import plain_column, write_areas
from ... import groups
from ...base import SocHarmAlgorithm, with_help
from ....compat import FieldDataType, FieldType, SourceType

HOTHARM_FIELDS = [
    ("count_z", FieldType.Double),
    ("count_p_adj", FieldType.Double),
    ("count_bin", FieldType.Int),
    ("harm_z", FieldType.Double),
    ("harm_p_adj", FieldType.Double),
    ("harm_bin", FieldType.Int),
    ("hotharm_class", FieldType.String),
    ("hotharm_neighbours", FieldType.Int),
    ("hotharm_status", FieldType.String),
]


class HotHarm(SocHarmAlgorithm):
    ALGORITHM_ID = "hotharm"
    GROUP_ID = groups.HOTSPOTS
    INPUT = "INPUT"
    COUNT_FIELD = "COUNT_FIELD"
    HARM_FIELD = "HARM_FIELD"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return self.tr("Hotspots vs harmspots")


    def initAlgorithm(self, config=None):
        tr = self.tr
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.INPUT, tr("Areas scored by harm"), [SourceType.VectorPolygon]),
            tr("The output of 'Score harm by area' (or 'Aggregate harm to a grid'): polygons with harm_n (records) "
               "and harm_score (harm).")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.COUNT_FIELD, tr("Record count field"), parentLayerParameterName=self.INPUT,
                                        type=FieldDataType.Numeric, optional=True),
            tr("Empty: harm_n, as 'Score harm by area' writes it."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.HARM_FIELD, tr("Harm field"), parentLayerParameterName=self.INPUT,
                                        type=FieldDataType.Numeric, optional=True),
            tr("Empty: harm_score, as 'Score harm by area' writes it."), advanced=True))
        neighbour_inputs.add_neighbour_parameters(self, self.INPUT)
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Hotspots vs harmspots")),
            tr("Every area with count_z, count_p_adj, count_bin, harm_z, harm_p_adj, harm_bin and hotharm_class: "
               "hot_both, "
               "hot_harm_only (hot by harm, not by count: the places a count map misses), hot_count_only, "
               "cold_both or other; "
               "hotharm_neighbours and hotharm_status.")))
        for code, label in ((HOT_BOTH, tr("Areas hot by harm and by count")), (HOT_HARM_ONLY, tr("Areas hot by "
                "harm only")),
                            (HOT_COUNT_ONLY, tr("Areas hot by count only")), (COLD_BOTH, tr("Areas cold by both")),
                            (OTHER, tr("Other areas"))):
            self.add_output(QgsProcessingOutputNumber(code.upper(), label))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        count_field = self.parameterAsString(parameters, self.COUNT_FIELD, context) or "harm_n"
        harm_field = self.parameterAsString(parameters, self.HARM_FIELD, context) or "harm_score"
        read = neighbour_inputs.read_areas_and_neighbours(self, parameters, context, feedback, steps, [count_field,
                harm_field],
                                            self.tr(" Run 'Score harm by area' first, or choose the count and harm "
                                                    "fields."))
        if read is None:
            return {}
        options, rows, neighbours = read.options, read.rows, read.neighbours
        counts, harm, has_geometry = read.values[count_field], read.values[harm_field], read.has_geometry
        count_nulls, harm_nulls = read.nulls[count_field], read.nulls[harm_field]

        steps.setCurrentStep(2)
        steps.pushInfo(self.tr("Computing Gi* of counts and of harm ({0} permutations)").format(options.permutations))
        try:
            result = hot_vs_harm(counts, harm, neighbours, row_standardise=options.row_standardise,
                                 permutations=options.permutations, seed=options.seed, correction=options.correction,
                                 alpha=options.alpha, has_geometry=has_geometry,
                                 progress=neighbour_inputs.progress_callback(steps))
        except NoVariationError:
            raise QgsProcessingException(self.tr(
                "Layer '{0}': every area has the same count or the same harm ('{1}', '{2}'), so no area can stand "
                "out.").format(
                rows.name, count_field, harm_field))
        except ValueError as error:
            raise QgsProcessingException(self.tr("Layer '{0}': {1}").format(rows.name, str(error)))
        if feedback.isCanceled():
            return {}
        neighbour_inputs.report_untested(self, result.harm.status, result.harm.tested, rows, feedback)
        neighbour_inputs.warn_unreachable_significance(self, options, result.harm.tested, feedback)
        neighbour_inputs.note_permutation_floor(self, options, result.harm.p, result.harm.p_adj, feedback)
        by_class = {code: result.count_class(code) for code in HOTHARM_CLASSES}
        feedback.pushInfo(self.tr("{0} areas: {1} hot by both, {2} hot by harm only (missed by a count map), {3} "
                                  "hot by count only, {4} cold by both; {5} left out (NULL value).").format(
            result.harm.tested, by_class["hot_both"], by_class["hot_harm_only"], by_class["hot_count_only"], by_class[
                "cold_both"],
            int(np.sum(result.harm.status == STATUS_NULL))))

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing outputs"))
        c, h = result.count, result.harm
        status = np.where(h.status == STATUS_OK, c.status, h.status)
        columns = [plain_column(c.z), plain_column(c.p_adj), plain_column(c.bin, "int"),
                   plain_column(h.z), plain_column(h.p_adj), plain_column(h.bin, "int"),
                   list(result.hotharm_class), plain_column(h.n_neighbours, "int"), list(status)]
        dest_id = write_areas(self, parameters, self.OUTPUT, context, rows, HOTHARM_FIELDS, columns, steps)
        if feedback.isCanceled():
            return {}
        provenance = {
            **self.provenance_header(parameters, context),
            "input_layer": rows.name,
            "count_field": count_field,
            "harm_field": harm_field,
            "statistic": "Getis-Ord Gi* of counts and of harm; hot/cold = corrected p < alpha with z > 0 / z < 0",
            "inference": options.provenance(),
            "areas": {"in": len(rows), "tested": h.tested,
                      "by_status": {s: int(np.sum(status == s)) for s in sorted(set(status.tolist()))}},
            "null_value_fids": sorted(set(count_nulls) | set(harm_nulls))[:1000],
            "classes": by_class,
        }
        abstract = self.tr("Hotspots by record count against harmspots by harm in layer '{0}'.").format(rows.name)
        finish_output(dest_id, context, provenance, abstract, style=qml_style("hotharm_class"))
        out = {self.OUTPUT: dest_id}
        out.update({code.upper(): n for code, n in by_class.items()})
        return out
