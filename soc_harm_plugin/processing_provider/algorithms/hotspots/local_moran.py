"""socharm:localmoran: harm clusters and outliers by local Moran's I."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ....domain.stats.hotspots import STATUS_NULL
from ....domain.stats.local_moran import HH, HL, LH, LL, NOT_SIGNIFICANT, local_moran
from ....qgis_io.outputs import finish_output
from ....qgis_io.styles import qml_style
from ...inputs import neighbours as neighbour_inputs
from ...outputs.areas import plain_column, write_areas
from ... import groups
from ...base import SocHarmAlgorithm, with_help
from ....compat import FieldDataType, FieldType, SourceType

LM_FIELDS = [
    ("lm_i", FieldType.Double),
    ("lm_z", FieldType.Double),
    ("lm_p", FieldType.Double),
    ("lm_p_adj", FieldType.Double),
    ("lm_quad", FieldType.String),
    ("lm_neighbours", FieldType.Int),
    ("lm_status", FieldType.String),
]


class LocalMoran(SocHarmAlgorithm):
    ALGORITHM_ID = "localmoran"
    GROUP_ID = groups.HOTSPOTS
    INPUT = "INPUT"
    VALUE_FIELD = "VALUE_FIELD"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return self.tr("Harm clusters and outliers (local Moran's I)")


    def initAlgorithm(self, config=None):
        tr = self.tr
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.INPUT, tr("Areas"), [SourceType.VectorPolygon]),
            tr("Polygons with a value to test: areas scored by 'Score harm by area' or cells from 'Aggregate harm "
               "to a grid'.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.VALUE_FIELD, tr("Value field"), defaultValue="harm_score",
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldDataType.Numeric),
            tr("The value whose clusters and outliers are sought: harm_score (harm), harm_n (records) or a rate. "
               "Areas with NULL are left out, never counted as 0.")))
        # lm_i as GeoDa and esda give it
        neighbour_inputs.add_neighbour_parameters(self, self.INPUT, row_standardise_default=True)
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Clusters and outliers")),
            tr("Every area with lm_i, lm_z, lm_p, lm_p_adj, lm_quad (HH and LL clusters, HL and LH outliers, ns "
               "not significant), "
               "lm_neighbours and lm_status (ok, null_value, no_geometry, no_neighbours, undefined).")))
        for code, label in ((HH, tr("High-high clusters")), (LL, tr("Low-low clusters")),
                            (HL, tr("High-low outliers")), (LH, tr("Low-high outliers"))):
            self.add_output(QgsProcessingOutputNumber(code, label))
        self.add_output(QgsProcessingOutputNumber("TESTED_AREAS", tr("Areas tested")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        field = self.parameterAsString(parameters, self.VALUE_FIELD, context)
        read = neighbour_inputs.read_areas_and_neighbours(self, parameters, context, feedback, steps, [field])
        if read is None:
            return {}
        options, rows, nulls = read.options, read.rows, read.nulls[field]
        result = neighbour_inputs.compute_local_statistic(self, local_moran, read, field, steps, feedback,
                                            self.tr("Computing local Moran's I ({0} permutations)").format(
                                                options.permutations))
        if result is None:
            return {}
        counts = {code: result.count(code) for code in (HH, LL, HL, LH, NOT_SIGNIFICANT)}
        feedback.pushInfo(self.tr("{0} areas tested: {1} HH, {2} LL, {3} HL, {4} LH, {5} not significant; {6} left "
                                  "out (NULL value).").format(
            result.tested, counts[HH], counts[LL], counts[HL], counts[LH], counts[NOT_SIGNIFICANT],
                                                              result.count_status(STATUS_NULL)))

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing outputs"))
        columns = [plain_column(result.i), plain_column(result.z), plain_column(result.p), plain_column(result.p_adj),
                   list(result.quad), plain_column(result.n_neighbours, "int"), list(result.status)]
        dest_id = write_areas(self, parameters, self.OUTPUT, context, rows, LM_FIELDS, columns, steps)
        if feedback.isCanceled():
            return {}
        provenance = {
            **self.provenance_header(parameters, context),
            "input_layer": rows.name,
            "value_field": field,
            "statistic": "local Moran's I (Anselin 1995: z_i times the lag of z); lm_z under conditional "
                         "randomisation; p two-sided",
            "inference": options.provenance(),
            "areas": {"in": len(rows), "tested": result.tested,
                      "by_status": {s: int(np.sum(result.status == s)) for s in sorted(set(result.status))}},
            "null_value_fids": nulls[:1000],
            "quadrants": counts,
        }
        abstract = self.tr("Local Moran's I clusters and outliers of '{0}' in layer '{1}'.").format(field, rows.name)
        finish_output(dest_id, context, provenance, abstract, style=qml_style("local_moran_quad"))
        out = {self.OUTPUT: dest_id, "TESTED_AREAS": result.tested}
        out.update({code: counts[code] for code in (HH, LL, HL, LH)})
        return out
