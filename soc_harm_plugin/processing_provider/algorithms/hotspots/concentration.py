"""socharm:concentration: how concentrated harm is (Lorenz table, chart, Gini, share holding half)."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QVariant

from ....about import plugin_version
from ....domain.analyses import concentration
from ....domain.limits import first, float_or_none
from ....domain.columns import object_array
from ....qgis_io import read_layers
from ....qgis_io.read_layers import to_python
from ....qgis_io.outputs import PROVENANCE_PREFIX, add_features, finish_output
from ...outputs.areas import as_json
from ... import groups
from ...base import SocHarmAlgorithm, with_help
from ....compat import FeatureRequestFlag, field_type, FieldDataType, FieldType, SourceType, WkbType

TABLE_FIELDS = (
    ("measure", FieldType.String),
    ("rank", FieldType.Int),
    ("unit", FieldType.String),
    ("value", FieldType.Double),
    ("cum_share_units", FieldType.Double),
    ("cum_share_value", FieldType.Double),
)
NUMERIC_TYPES = (FieldType.Int, FieldType.UInt, FieldType.LongLong, FieldType.ULongLong, FieldType.Double)


class ConcentrationAlgorithm(SocHarmAlgorithm):
    ALGORITHM_ID = "concentration"
    GROUP_ID = groups.HOTSPOTS
    INPUT = "INPUT"
    VALUE_FIELD = "VALUE_FIELD"
    COUNT_FIELD = "COUNT_FIELD"
    ID_FIELD = "ID_FIELD"
    OUTPUT = "OUTPUT"
    CHART = "CHART"

    def display_name(self) -> str:
        return self.tr("Harm concentration")


    def initAlgorithm(self, config=None):
        tr = self.tr
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.INPUT, tr("Units (areas, streets, nominals or groups)"), [
                SourceType.Vector]),
            tr("One feature (or table row) per unit with a value, e.g. the areas scored by socharm:scoreharm or a "
               "table of groups.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.VALUE_FIELD, tr("Value field (harm)"), defaultValue="harm_score",
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldDataType.Numeric),
            tr("Each unit's harm. Units with no value (NULL) are left out and reported, never counted as 0; "
               "negative values are refused.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.COUNT_FIELD, tr("Count field"), parentLayerParameterName=self.INPUT,
                                        type=FieldDataType.Numeric, optional=True),
            tr("Each unit's count of records (e.g. harm_n), to compare concentration by counts with concentration "
               "by harm.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.ID_FIELD, tr("Unit id field"), parentLayerParameterName=self.INPUT,
                                        optional=True),
            tr("Written as 'unit' in the Lorenz table; without it, the feature id."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Lorenz table"), SourceType.Vector),
            tr("One row per unit and measure ('value', and 'count' with a count field): rank (1 = most), unit, "
               "value, cum_share_units and cum_share_value, in percent.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFileDestination(self.CHART, tr("Lorenz chart"), fileFilter="PNG files (*.png)",
                                                  optional=True, createByDefault=True),
            tr("A PNG of the Lorenz curves, read from the top: the share of the value held by the top x % of units.")))
        self.add_output(QgsProcessingOutputNumber("GINI", tr("Gini (harm)")))
        self.add_output(QgsProcessingOutputNumber("SHARE_HOLDING_HALF", tr("% of units holding half the harm")))
        self.add_output(QgsProcessingOutputNumber("GINI_COUNT", tr("Gini (counts)")))
        self.add_output(QgsProcessingOutputNumber("SHARE_HOLDING_HALF_COUNT", tr(
            "% of units holding half the records")))
        self.add_output(QgsProcessingOutputNumber("UNITS", tr("Units with a value")))
        self.add_output(QgsProcessingOutputNumber("NULL_VALUES", tr("Units with no value")))
        self.add_output(QgsProcessingOutputNumber("NULL_COUNTS", tr("Units with no count")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        name = source.sourceName()
        fields = source.fields()
        value_field = self.parameterAsString(parameters, self.VALUE_FIELD, context)
        count_field = self.parameterAsString(parameters, self.COUNT_FIELD, context) or ""
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or ""
        for role, field in ((self.VALUE_FIELD, value_field), (self.COUNT_FIELD, count_field), (self.ID_FIELD,
                id_field)):
            if role == self.VALUE_FIELD or field:
                index = fields.lookupField(field) if field else -1
                if index < 0:
                    raise QgsProcessingException(self.tr("Layer '{0}' has no field '{1}' ({2}). Fields: {3}").format(
                        name, field, role, ", ".join(fields.names())))
                if role != self.ID_FIELD and field_type(fields.at(index)) not in NUMERIC_TYPES:
                    raise QgsProcessingException(self.tr("Field '{0}' of layer '{1}' is of type {2}; {3} must be "
                                                         "numeric.").format(
                        field, name, fields.at(index).typeName(), role))

        fids, values, counts, ids = self._read(source, value_field, count_field, id_field, feedback)
        if feedback.isCanceled():
            return {}
        if not len(fids):
            raise QgsProcessingException(self.tr("Layer '{0}' has no features.").format(name))
        measures = [(concentration.VALUE, value_field, values)] + ([(concentration.COUNT, count_field,
                                                                     counts)] if count_field else [])
        results = []
        for measure, field, column in measures:
            try:
                result = concentration.concentration(column, measure)
            except concentration.NegativeValueError as error:
                raise QgsProcessingException(self.tr(
                    "Layer '{0}': {1} unit(s) have a negative value in field '{2}' (feature ids {3}); a "
                    "concentration needs values of 0 or more.").format(
                    name, len(error.positions), field, first(fids[error.positions].tolist())))
            if result.n_nulls:
                feedback.pushWarning(self.tr(
                    "Layer '{0}': {1} unit(s) have no value in field '{2}' (feature ids {3}); they are left out, "
                    "not counted as 0.").format(
                    name, result.n_nulls, field, first(fids[result.null_positions].tolist())))
            if result.gini is None:
                feedback.pushWarning(self.tr("Layer '{0}': field '{1}' adds up to 0 over {2} unit(s): its shares "
                                             "and Gini are undefined.").format(
                    name, field, result.n_units))
            else:
                feedback.pushInfo(self.tr("{0}: Gini {1:.3f}; {2:.1f} % of units ({3} of {4}) hold half of the "
                                          "total {5:.6g}.").format(
                    field, result.gini, result.share_holding_half, result.units_holding_half, result.n_units,
                                                                   result.total))
            results.append((field, result))

        output_id = self._write_table(parameters, context, results, fids, ids)
        provenance = {
            **self.provenance_header(parameters, context),
            "input_layer": name,
            "unit_id_field": id_field or None,
            "definitions": {
                "order": "units ranked by value, most first (ties in input order)",
                "gini": "sum over all pairs |x_i - x_j| / (2 n^2 mean), no small-sample correction",
                "share_holding_half": "100 k / n for the smallest k whose top-k units hold at least half the total",
                "shares": "percent",
                "nulls": "left out and counted, never taken as 0",
            },
            "measures": {
                result.measure: {
                    "field": field, "units": result.n_units, "nulls": result.n_nulls,
                    "null_feature_ids": fids[result.null_positions[:50]].tolist(),
                    "total": result.total, "gini": result.gini,
                    "share_holding_half": result.share_holding_half, "units_holding_half": result.units_holding_half,
                } for field, result in results
            },
        }
        feedback.pushInfo(self.tr("Provenance: {0}").format(as_json(provenance)))
        abstract = self.tr("Concentration of '{0}' over the units of '{1}'.").format(value_field, name)
        finish_output(output_id, context, provenance, abstract)
        chart = self.parameterAsFileOutput(parameters, self.CHART, context) if parameters.get(self.CHART) not in (None,
                "") else ""
        if chart:
            text = concentration.ChartText(
                title=self.tr("Concentration in '{0}'").format(name),
                x_label=self.tr("% of units (most first)"),
                y_label=self.tr("% of the total"),
                equality=self.tr("Equal shares"),
                curve=self.tr("{label}: Gini {gini}; {share} % of units hold half"),
                labels=tuple(field for field, _ in results),
            )
            concentration.lorenz_chart(chart, [result for _, result in results], text,
                           metadata={"Software": "SOC Harm {0}".format(plugin_version()),
                                     "Description": PROVENANCE_PREFIX + as_json(provenance)})
        value, count = results[0][1], results[1][1] if len(results) > 1 else None
        return {
            self.OUTPUT: output_id,
            self.CHART: chart or None,
            "GINI": value.gini,
            "SHARE_HOLDING_HALF": value.share_holding_half,
            "GINI_COUNT": count.gini if count is not None else None,
            "SHARE_HOLDING_HALF_COUNT": count.share_holding_half if count is not None else None,
            "UNITS": value.n_units,
            "NULL_VALUES": value.n_nulls,
            "NULL_COUNTS": count.n_nulls if count is not None else None,
        }

    def _read(self, source, value_field, count_field, id_field, feedback):
        """Feature ids and the value, count and id of every unit, read once without geometry, batch by batch
        into columns (a number per unit, NaN for no value; the ids only when an id field is given: without
        one the unit is its feature id)."""
        wanted = [f for f in (value_field, count_field, id_field) if f]
        request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry).setSubsetOfAttributes(wanted,
                source.fields())
        total = source.featureCount()
        step = 100.0 / total if total and total > 0 else 0
        parts = []
        batch = _UnitBatch()
        for i, feature in enumerate(source.getFeatures(request)):
            if i % 10000 == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(i * step)
            batch.fids.append(feature.id())
            batch.values.append(_number(feature[value_field]))
            if count_field:
                batch.counts.append(_number(feature[count_field]))
            if id_field:
                batch.ids.append(_text(feature[id_field]))
            if len(batch.fids) >= read_layers.RECORDS_PER_BATCH:
                parts.append(batch.columns())
                batch = _UnitBatch()
                if feedback.isCanceled():
                    break
                feedback.setProgress((i + 1) * step)
        parts.append(batch.columns())
        fids, values, counts, ids = (np.concatenate([part[k] for part in parts]) for k in range(4))
        return fids, values, counts, ids if id_field else None

    def _write_table(self, parameters, context, results, fids, ids):
        fields = QgsFields()
        for name, kind in TABLE_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WkbType.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        feature = QgsFeature(fields)
        for _, result in results:
            shares = [None if v != v else float(v) for v in result.cum_share_value.tolist()]
            for rank, at, value, units, share in zip(result.rank.tolist(), result.order.tolist(), result.value.tolist(),
                                                     result.cum_share_units.tolist(), shares):
                feature.setAttributes([result.measure, rank, ids[at] if ids is not None else str(fids[at]), value,
                                       units, share])
                add_features(sink, feature, self.OUTPUT)
        del sink
        return dest_id


class _UnitBatch:
    """The units of one batch as lists, until they become columns."""

    def __init__(self):
        self.fids, self.values, self.counts, self.ids = [], [], [], []

    def columns(self):
        return (np.asarray(self.fids, dtype=np.int64), np.asarray(self.values, dtype=float),
                np.asarray(self.counts, dtype=float), object_array(self.ids))


def _number(value) -> float:
    """A unit's value as a float; NaN for no value (NULL, or not a number): left out and counted."""
    number = float_or_none(to_python(value))
    return np.nan if number is None else number


def _text(value):
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return str(value)


