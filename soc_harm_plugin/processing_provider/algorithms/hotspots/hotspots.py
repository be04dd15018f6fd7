"""socharm:hotspots: harm hot and cold spots by Getis-Ord Gi*."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ....domain.stats.hotspots import STATUS_NULL, gi_star
from ....qgis_io.outputs import finish_output
from ....qgis_io.styles import qml_style
from ...inputs import neighbours as neighbour_inputs
from ...outputs.areas import plain_column, write_areas
from ... import groups
from ...base import SocHarmAlgorithm, with_help
from ....compat import FieldDataType, FieldType, SourceType

GI_FIELDS = [
    ("gi_z", FieldType.Double),
    ("gi_p", FieldType.Double),
    ("gi_p_adj", FieldType.Double),
    ("gi_sig", FieldType.Bool),
    ("gi_bin", FieldType.Int),
    ("gi_neighbours", FieldType.Int),
    ("gi_status", FieldType.String),
]


def gi_columns(result) -> list:
    return [plain_column(result.z), plain_column(result.p), plain_column(result.p_adj),
            plain_column(result.sig, "bool"), plain_column(result.bin, "int"),
            plain_column(result.n_neighbours, "int"), list(result.status)]


def significant_counts(result):
    """(hot, cold): areas with gi_sig and a positive (negative) z."""
    sig = result.sig == 1
    return int(np.sum(sig & (result.z > 0))), int(np.sum(sig & (result.z < 0)))


class Hotspots(SocHarmAlgorithm):
    ALGORITHM_ID = "hotspots"
    GROUP_ID = groups.HOTSPOTS
    INPUT = "INPUT"
    VALUE_FIELD = "VALUE_FIELD"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return self.tr("Harm hotspots (Getis-Ord Gi*)")


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
            tr("The value whose clusters are sought: harm_score (harm), harm_n (records) or a rate. Areas with "
               "NULL are left out, never counted as 0.")))
        neighbour_inputs.add_neighbour_parameters(self, self.INPUT)
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Hot and cold spots")),
            tr("Every area with gi_z, gi_p, gi_p_adj, gi_sig, gi_bin (-3 to 3: cold or hot at 99, 95, 90 % "
               "confidence after the correction; 0 not significant), "
               "gi_neighbours and gi_status (ok, null_value, no_geometry, no_neighbours, undefined).")))
        self.add_output(QgsProcessingOutputNumber("HOT_AREAS", tr("Significant hot spots")))
        self.add_output(QgsProcessingOutputNumber("COLD_AREAS", tr("Significant cold spots")))
        self.add_output(QgsProcessingOutputNumber("TESTED_AREAS", tr("Areas tested")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        field = self.parameterAsString(parameters, self.VALUE_FIELD, context)
        read = neighbour_inputs.read_areas_and_neighbours(self, parameters, context, feedback, steps, [field])
        if read is None:
            return {}
        options, rows, nulls = read.options, read.rows, read.nulls[field]
        result = neighbour_inputs.compute_local_statistic(self, gi_star, read, field, steps, feedback,
                                            self.tr("Computing Gi* ({0} permutations)").format(options.permutations))
        if result is None:
            return {}
        hot, cold = significant_counts(result)
        feedback.pushInfo(self.tr("{0} areas tested: {1} hot spots and {2} cold spots at {3} after the {4} "
                                  "correction; {5} left out (NULL value).").format(
            result.tested, hot, cold, options.alpha, options.correction, result.count(STATUS_NULL)))

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing outputs"))
        dest_id = write_areas(self, parameters, self.OUTPUT, context, rows, GI_FIELDS, gi_columns(result), steps)
        if feedback.isCanceled():
            return {}
        provenance = {
            **self.provenance_header(parameters, context),
            "input_layer": rows.name,
            "value_field": field,
            "statistic": "Getis-Ord Gi* (self included), analytical z; p two-sided",
            "inference": options.provenance(),
            "areas": {"in": len(rows), "tested": result.tested,
                      "by_status": {s: result.count(s) for s in sorted(set(result.status))}},
            "null_value_fids": nulls[:1000],
            "significant": {"hot": hot, "cold": cold},
            "bins": {str(b): int(np.sum(result.bin == b)) for b in range(-3, 4)},
        }
        abstract = self.tr("Getis-Ord Gi* hot and cold spots of '{0}' in layer '{1}'.").format(field, rows.name)
        finish_output(dest_id, context, provenance, abstract, style=qml_style("hotspot_gi_bin"))
        return {self.OUTPUT: dest_id, "HOT_AREAS": hot, "COLD_AREAS": cold, "TESTED_AREAS": result.tested}
