"""socharm:referralimpact: did the harm linked to nominals fall after they were referred?

The engine is :mod:`...domain.analyses.referrals`; links are read as
``socharm:scorescheme`` reads them (:mod:`...domain.harm.links`), records are
weighted as ``socharm:scoreharm`` weights them (the same harm parameters).
"""
from __future__ import annotations

from types import SimpleNamespace
from typing import Dict, List, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ....domain.analyses import referrals
from ....domain.codes import LINK_TO_UNKNOWN_NOMINAL, LINK_TO_UNKNOWN_RECORD
from ....domain.columns import Factorized
from ....domain.harm.links import id_key, link_pairs
from ....domain.harm.scheme import Link
from ....domain.harm.scheme_scoring import SourceLayer
from ....domain.harm.scoring import MissingWeightError, weigh_codes
from ....domain.limits import first
from ....domain.periods.dates import parse_date_column, parse_dates
from ....domain.sharing.privacy import identifier_category
from ....qgis_io.outputs import add_features, finish_output
from ....qgis_io.read_layers import to_python
from ... import groups
from ...inputs import harm as harm_inputs
from ...inputs.columns import read_columns
from ...outputs.areas import as_json
from ...base import SocHarmAlgorithm, parameter_date, with_help
from ....compat import DateTimeType, FeatureRequestFlag, field_type, FieldType, NumberType, SourceType, WkbType

NOMINAL_FIELD_TYPES = {
    "nominal_id": FieldType.String, "ref": FieldType.String, "group": FieldType.String, "referred": FieldType.Int,
    "referral_date": FieldType.String, "status": FieldType.String, "cohort": FieldType.String,
    "matched_to": FieldType.String, "window_month": FieldType.String, "n_before": FieldType.Int,
    "n_after": FieldType.Int, "harm_before": FieldType.Double, "harm_after": FieldType.Double,
    "harm_change": FieldType.Double,
}
COHORT_FIELD_TYPES = {
    "cohort": FieldType.String, "n_nominals": FieldType.String, "mean_harm_before": FieldType.Double,
    "mean_harm_after": FieldType.Double, "mean_change": FieldType.Double, "ci_low": FieldType.Double,
    "ci_high": FieldType.Double, "method": FieldType.String,
}


class ReferralImpact(SocHarmAlgorithm):
    ALGORITHM_ID = "referralimpact"
    GROUP_ID = groups.CHANGE
    NOMINALS = "NOMINALS"
    NOMINAL_ID = "NOMINAL_ID"
    REFERRAL_DATE = "REFERRAL_DATE"
    GROUP_FIELD = "GROUP_FIELD"
    LINK_TABLE = "LINK_TABLE"
    RECORD_ID = "RECORD_ID"
    LINK_RECORD_ID = "LINK_RECORD_ID"
    LINK_NOMINAL_ID = "LINK_NOMINAL_ID"
    NOMINAL_ID_FIELD = "NOMINAL_ID_FIELD"
    SEPARATOR = "SEPARATOR"
    MONTHS_BEFORE = "MONTHS_BEFORE"
    MONTHS_AFTER = "MONTHS_AFTER"
    REFERRED_FROM = "REFERRED_FROM"
    REFERRED_TO = "REFERRED_TO"
    MATCHES = "MATCHES"
    CALIPER = "CALIPER"
    CONFIDENCE = "CONFIDENCE"
    SUPPRESS_BELOW = "SUPPRESS_BELOW"
    INCLUDE_PERSONAL = "INCLUDE_PERSONAL"
    OUTPUT = "OUTPUT"
    COHORTS = "COHORTS"

    def display_name(self) -> str:
        return self.tr("Impact of nominal referrals")

    def initAlgorithm(self, config=None):
        tr = self.tr
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.NOMINALS, tr("Nominals"), [SourceType.Vector]),
            tr("One row per nominal (a layer or a table), with an id and the date each was referred to a diversionary "
               "scheme or disrupted.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.NOMINAL_ID, tr("Nominal id field"),
                                        parentLayerParameterName=self.NOMINALS),
            tr("The id the links use. Ids compare as text (12, 12.0 and '12' are one id). Rows without an id, or "
               "sharing one, are counted and left out.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.REFERRAL_DATE, tr("Referral (or disruption) date field"),
                                        parentLayerParameterName=self.NOMINALS),
            tr("A date, date-time or text (2024-03-15, 15/03/2024, or month-only 2024-03). Only its month is used. "
               "Empty: never referred, so the nominal may be a comparison. A value that is not a date is counted as "
               "invalid_referral_date.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.GROUP_FIELD, tr("Compare within groups of"),
                                        parentLayerParameterName=self.NOMINALS,
                                        optional=True),
            tr("Optional: a field such as group_type. A referred nominal is then compared only with nominals of the "
               "same value "
               "(exact matching), so a difference between kinds of nominal is not read as the effect of referral.")))
        harm_inputs.add_harm_parameters(self)
        for name in (harm_inputs.START, harm_inputs.END):
            self.removeParameter(name)
        self.parameterDefinition(harm_inputs.EVENTS).setDescription(tr("Linked records (offences or other events)"))
        self.parameterDefinition(harm_inputs.EVENTS).setHelp(tr(
            "The records linked to nominals, weighted by harm as socharm:scoreharm weights them. Every record needs a "
            "date."))
        self.parameterDefinition(harm_inputs.DATE_FIELD).setHelp(tr(
            "Each record's date (a date, a date-time or text; month-only 2019-02 works). The data cover the months "
            "from the first "
            "to the last dated record: a referral whose windows reach outside them is counted, not compared."))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.LINK_TABLE, tr("Link table (record id to nominal id)"),
                                                [SourceType.Vector], optional=True),
            tr("One row per link between a record and a nominal, as a harm scheme's link table (e.g. "
               "offence_nominal_links). "
               "Give this, or a nominal id field on the records.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.RECORD_ID, tr("Record id field"),
                                        parentLayerParameterName=harm_inputs.EVENTS, optional=True),
            tr("With a link table: the records' id field (e.g. offence_id).")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.LINK_RECORD_ID, tr("Link table: record id field"),
                                        parentLayerParameterName=self.LINK_TABLE, optional=True),
            tr("The link table's field holding the record id.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.LINK_NOMINAL_ID, tr("Link table: nominal id field"),
                                        parentLayerParameterName=self.LINK_TABLE, optional=True),
            tr("The link table's field holding the nominal id.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.NOMINAL_ID_FIELD, tr("Nominal id field on the records"),
                                        parentLayerParameterName=harm_inputs.EVENTS, optional=True),
            tr("Instead of a link table: a field of the records holding the linked nominal's id, or several separated "
               "by the separator.")))
        self.add_parameter(with_help(
            QgsProcessingParameterString(self.SEPARATOR, tr("Separator of several ids"), defaultValue=";",
                                         optional=True),
            tr("With a nominal id field on the records: the character between ids (e.g. N1;N2). Empty: one id per "
               "record."),
            advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.MONTHS_BEFORE, tr("Months before referral"), NumberType.Integer,
                                         defaultValue=6, minValue=1, maxValue=120),
            tr("The window before: this many whole months before the month of referral (which is in neither window).")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.MONTHS_AFTER, tr("Months after referral"), NumberType.Integer,
                                         defaultValue=6, minValue=1, maxValue=120),
            tr("The window after: this many whole months after the month of referral.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(self.REFERRED_FROM, tr("Referrals from"), type=DateTimeType.Date,
                                           optional=True),
            tr("Study only referrals from this month. Nominals referred later than a studied nominal's window after "
               "may be its "
               "comparison (not yet referred); nominals referred earlier never are."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(self.REFERRED_TO, tr("Referrals to"), type=DateTimeType.Date, optional=True),
            tr("Study only referrals up to this month (inclusive)."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.MATCHES, tr("Comparison nominals per referral"), NumberType.Integer,
                                         defaultValue=1, minValue=1, maxValue=10),
            tr("How many not-referred nominals each referred nominal is matched with (without replacement)."),
            advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.CALIPER, tr("Caliper (standard deviations)"), NumberType.Double,
                                         defaultValue=0.2, minValue=0.0, maxValue=10.0),
            tr("A comparison must lie within this many pooled standard deviations of log(1 + harm before) of its "
               "referred nominal "
               "(0.2: Austin 2011). A referral with none that close is counted as referred_unmatched. 0: no "
               "caliper."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.CONFIDENCE, tr("Confidence level (%)"), NumberType.Double,
                                         defaultValue=95.0, minValue=50.0, maxValue=99.9),
            tr("Of the intervals."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.SUPPRESS_BELOW, tr("Show counts below this as <N"), NumberType.Integer,
                                         defaultValue=5, minValue=0),
            tr("Small-number suppression in the cohort table: a cohort of 1 to this number minus 1 nominals is written "
               "\"<5\" (for 5), "
               "and its means and interval are left empty. 0 writes every count.")))
        self.add_parameter(with_help(
            QgsProcessingParameterBoolean(self.INCLUDE_PERSONAL, tr("Include nominal ids"), defaultValue=False),
            tr("Off (the default), the per-nominal table names each nominal by a reference (P0001...) that is not its "
               "id, and no "
               "personal field of the nominals is copied. On, it adds nominal_id: the table then holds personal data."),
            advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Nominals: harm before and after"), SourceType.Vector),
            tr("One row per nominal: ref, group, referred (1/0), referral_date (month), status, cohort, matched_to, "
               "window_month, "
               "n_before, n_after, harm_before, harm_after, harm_change. Pseudonymous, but about people: for the "
               "analyst, not for sharing.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.COHORTS, tr("Cohorts: mean change and interval"), SourceType.Vector),
            tr("Three rows (referred, comparison, difference): cohort, n_nominals (\"<5\" when small), "
               "mean_harm_before, "
               "mean_harm_after, mean_change, ci_low, ci_high and method. Safe to share.")))
        self.add_output(QgsProcessingOutputNumber("REFERRAL_EFFECT", tr("Effect: difference in mean change of linked "
                                                                        "harm, referred minus comparison")))
        self.add_output(QgsProcessingOutputNumber("REFERRAL_EFFECT_LOW", tr("Effect: lower end of the interval")))
        self.add_output(QgsProcessingOutputNumber("REFERRAL_EFFECT_HIGH", tr("Effect: upper end of the interval")))
        self.add_output(QgsProcessingOutputNumber("N_REFERRED", tr("Referred nominals compared")))
        self.add_output(QgsProcessingOutputNumber("N_COMPARISON", tr("Comparison nominals")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        design = self._design(parameters, context)
        include_personal = self.parameterAsBool(parameters, self.INCLUDE_PERSONAL, context)
        suppress_below = self.parameterAsInt(parameters, self.SUPPRESS_BELOW, context)

        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Reading nominals"))
        nominals, nominal_info = self._read_nominals(parameters, context, steps, include_personal)
        if nominals is None:
            return {}

        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Reading linked records"))
        link, link_layer, link_info = self._link_spec(parameters, context, steps)
        extra = [link.record_id] if link.via_table else [link.nominal_id_field]
        events_source = self.parameterAsSource(parameters, harm_inputs.EVENTS, context)
        if events_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, harm_inputs.EVENTS))
        if not self.parameterAsString(parameters, harm_inputs.DATE_FIELD, context):
            raise QgsProcessingException(self.tr("Layer '{0}': choose its date field (DATE_FIELD): harm before and "
                                                 "after a referral needs each record's date.").format(
                events_source.sourceName()))
        inputs = harm_inputs.read_harm_inputs(self, parameters, context, steps, events_source.sourceCrs(),
                                              extra_fields=extra)
        if inputs is None or feedback.isCanceled():
            return {}

        steps.setCurrentStep(2)
        steps.pushInfo(self.tr("Reading links"))
        layers = {"records": SourceLayer(name="records", fid=inputs.events.fid, x=inputs.events.x, y=inputs.events.y,
                                         geometry_status=inputs.events.geometry_status, columns=dict(inputs.extra))}
        if link.via_table:
            layers["links"] = self._read_link_table(link_layer, link, steps, context)
            if layers["links"] is None:
                return {}
        known = {k for k in nominals.keys.tolist() if k is not None}
        pairs = link_pairs(layers["records"], link, layers, known_nominals=known)
        records, missing = self._weigh(inputs, pairs, feedback)

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Matching referred nominals with comparisons"))
        try:
            result = referrals.referral_impact(nominals, records, pairs, design)
        except referrals.ReferralDesignError as error:
            raise QgsProcessingException(self.tr("The design cannot be run: {0}").format(str(error)))
        self._report(result, nominal_info, inputs, link_info, suppress_below, feedback)
        self._check_comparable(result, nominal_info, design)
        if feedback.isCanceled():
            return {}

        output_id = self._write_nominals(parameters, context, result, include_personal)
        cohorts = result.cohorts(suppress_below)
        cohorts_id = self._write_cohorts(parameters, context, cohorts)
        provenance = self._provenance(parameters, context, result, nominal_info, inputs, link_info, suppress_below,
                                      include_personal, missing)
        feedback.pushInfo(self.tr("Provenance: {0}").format(as_json(provenance)))
        finish_output(output_id, context, provenance, self.tr(
            "Harm linked to each nominal of '{0}' before and after referral ({1} months each side). Personal data: not "
            "for sharing.").format(
            nominal_info["layer"], design.months_before))
        finish_output(cohorts_id, context, provenance, self.tr(
            "Referred nominals of '{0}' against matched comparisons: mean change in linked harm with its "
            "interval.").format(
            nominal_info["layer"]))
        e = result.effect
        return {
            self.OUTPUT: output_id,
            self.COHORTS: cohorts_id,
            "REFERRAL_EFFECT": e.estimate,
            "REFERRAL_EFFECT_LOW": e.low,
            "REFERRAL_EFFECT_HIGH": e.high,
            "N_REFERRED": e.n_referred,
            "N_COMPARISON": e.n_comparison,
        }

    # ------------------------------------------------------------------ inputs

    def _design(self, parameters, context) -> referrals.ReferralDesign:
        start = parameter_date(self, parameters, self.REFERRED_FROM, context)
        end = parameter_date(self, parameters, self.REFERRED_TO, context)
        design = referrals.ReferralDesign(
            months_before=self.parameterAsInt(parameters, self.MONTHS_BEFORE, context),
            months_after=self.parameterAsInt(parameters, self.MONTHS_AFTER, context),
            period_start=start, period_end=end,
            caliper=self.parameterAsDouble(parameters, self.CALIPER, context),
            matches=self.parameterAsInt(parameters, self.MATCHES, context),
            confidence=self.parameterAsDouble(parameters, self.CONFIDENCE, context) / 100.0,
        )
        try:
            design.check()
        except referrals.ReferralDesignError as error:
            if error.code == "period_reversed":
                raise QgsProcessingException(self.tr("Referrals from ({0}) is after referrals to ({1}).").format(
                    error.details["start"], error.details["end"]))
            raise QgsProcessingException(self.tr("The design cannot be run: {0}").format(str(error)))
        return design

    def _field(self, source, parameters, name, context, required=True) -> str:
        value = self.parameterAsString(parameters, name, context) or ""
        if not value:
            if required:
                raise QgsProcessingException(self.tr("Choose the {0} field of layer '{1}'.").format(name,
                                                                                                    source.sourceName()))
            return ""
        if source.fields().lookupField(value) < 0:
            raise QgsProcessingException(self.tr("Layer '{0}' has no field '{1}' ({2}). Fields: {3}").format(
                source.sourceName(), value, name, ", ".join(source.fields().names())))
        return value

    def _read_nominals(self, parameters, context, feedback, include_personal: bool):
        source = self.parameterAsSource(parameters, self.NOMINALS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.NOMINALS))
        name = source.sourceName()
        id_field = self._field(source, parameters, self.NOMINAL_ID, context)
        date_field = self._field(source, parameters, self.REFERRAL_DATE, context)
        group_field = self._field(source, parameters, self.GROUP_FIELD, context, required=False)
        date_index = source.fields().lookupField(date_field)
        if field_type(source.fields().at(date_index)) not in harm_inputs.DATE_TYPES:
            raise QgsProcessingException(self.tr(
                "Field '{0}' of layer '{1}' is of type {2}; a referral date must be a date, date-time or text.").format(
                date_field, name, source.fields().at(date_index).typeName()))
        if group_field and not include_personal and identifier_category(group_field):
            raise QgsProcessingException(self.tr(
                "Field '{0}' of layer '{1}' looks like a personal identifier; grouping by it would write it to the "
                "outputs. "
                "Choose a field such as group_type, or turn on 'Include nominal ids'.").format(group_field, name))
        wanted = [f for f in (id_field, date_field, group_field) if f]
        request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry).setSubsetOfAttributes(wanted,
                                                                                                    source.fields())
        fids: List[int] = []
        ids: List[object] = []
        dates: List[object] = []
        groups: List[object] = []
        total = source.featureCount()
        step = 100.0 / total if total and total > 0 else 0
        for i, feature in enumerate(source.getFeatures(request)):
            if i % 10000 == 0:
                if feedback.isCanceled():
                    return None, None
                feedback.setProgress(i * step)
            fids.append(feature.id())
            ids.append(to_python(feature[id_field]))
            dates.append(to_python(feature[date_field]))
            if group_field:
                value = to_python(feature[group_field])
                groups.append(None if value is None or str(value).strip() == "" else str(value).strip())
        if not fids:
            raise QgsProcessingException(self.tr("Layer '{0}' has no nominals.").format(name))
        keys = np.array([id_key(v) for v in ids] + [None], dtype=object)[:-1]
        referral = parse_dates(dates)
        if not (~np.isnat(referral.day)).any():
            raise QgsProcessingException(self.tr(
                "Layer '{0}', field '{1}': no nominal has a referral date that can be read ({2} nominals{3}); nothing "
                "to compare.").format(
                name, date_field, len(fids), self.tr(", e.g. {0}").format(", ".join(repr(e) for e in referral.examples))
                if referral.examples else ""))
        nominals = referrals.Nominals(keys, referral, np.array(groups + [None],
                                                               dtype=object)[:-1] if group_field else None)
        info = {"layer": name, "source": source.sourceName(), "id_field": id_field, "date_field": date_field,
                "group_field": group_field or None, "fids": np.asarray(fids, dtype=np.int64),
                "date_examples": list(referral.examples)}
        return nominals, info

    def _link_spec(self, parameters, context, feedback):
        events = self.parameterAsSource(parameters, harm_inputs.EVENTS, context)
        if events is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, harm_inputs.EVENTS))
        id_field = self.parameterAsString(parameters, self.NOMINAL_ID, context)
        table = self.parameterAsSource(parameters, self.LINK_TABLE,
                                       context) if parameters.get(self.LINK_TABLE) not in (None, "") else None
        field_on_records = self.parameterAsString(parameters, self.NOMINAL_ID_FIELD, context) or ""
        if table is None and not field_on_records:
            raise QgsProcessingException(self.tr(
                "Say how records are linked to nominals: a link table (LINK_TABLE, with RECORD_ID, LINK_RECORD_ID and "
                "LINK_NOMINAL_ID), "
                "or a field of layer '{0}' holding nominal ids (NOMINAL_ID_FIELD).").format(events.sourceName()))
        if table is not None:
            if field_on_records:
                feedback.pushWarning(self.tr("A link table is given: the nominal id field on the records ('{0}') is "
                                             "not used.").format(field_on_records))
            record_id = self._field(events, parameters, self.RECORD_ID, context)
            table_record = self._field(table, parameters, self.LINK_RECORD_ID, context)
            table_nominal = self._field(table, parameters, self.LINK_NOMINAL_ID, context)
            link = Link(nominals="nominals", nominal_id=id_field, group_type_field="", group_types=(),
                        record_id=record_id,
                        table="links", table_record_id=table_record, table_nominal_id=table_nominal)
            info = {"link_table": table.sourceName(), "record_id_field": record_id,
                    "table_record_id_field": table_record,
                    "table_nominal_id_field": table_nominal}
            return link, table, info
        field_name = self._field(events, parameters, self.NOMINAL_ID_FIELD, context)
        separator = self.parameterAsString(parameters, self.SEPARATOR, context) or ""
        link = Link(nominals="nominals", nominal_id=id_field, group_type_field="", group_types=(),
                    nominal_id_field=field_name, separator=separator)
        return link, None, {"nominal_id_field": field_name, "separator": separator or None}

    def _read_link_table(self, table, link: Link, feedback, context) -> Optional[SourceLayer]:
        columns, _ = read_columns(self, table, [link.table_record_id, link.table_nominal_id], feedback, None, context)
        if feedback.isCanceled():
            return None
        n = len(columns[link.table_record_id])
        return SourceLayer(name="links", fid=np.arange(1, n + 1, dtype=np.int64), x=np.zeros(n), y=np.zeros(n),
                           geometry_status=np.full(n, "ok", dtype=object),
                           columns={name: np.array(values + [None], dtype=object)[:-1] for name,
                                    values in columns.items()})

    def _weigh(self, inputs, pairs, feedback):
        """Weights as socharm:scoreharm gives them; codes without weight are looked for among linked records only."""
        events = inputs.events
        n = len(events)
        codes = events.codes if isinstance(events.codes, Factorized) else Factorized.of(np.asarray(events.codes,
                                                                                                   dtype=object))
        scope = np.ones(n, dtype=bool) if events.passes_filter is None else np.asarray(events.passes_filter, dtype=bool)
        linked = np.zeros(n, dtype=bool)
        linked[pairs.record] = True
        try:
            weights, _, missing, flagged = weigh_codes(inputs.table, codes, scope & linked, inputs.missing_policy,
                                                       inputs.default_weight)
        except MissingWeightError as error:
            raise harm_inputs.missing_weight_error(self, inputs, error)
        harm_inputs.report_missing_weights(self, SimpleNamespace(missing_codes=missing), inputs, feedback)
        harm_inputs.report_flagged(self, flagged, feedback)
        return referrals.Records(np.asarray(weights, dtype=float), parse_date_column(events.dates), scope), missing

    # ------------------------------------------------------------------ checks and log

    def _report(self, result, nominal_info, inputs, link_info, suppress_below, feedback) -> None:
        rec = result.reconciliation
        by_nominal = rec["nominals"]["by_status"]
        parts = ", ".join("{0} {1}".format(n, code) for code, n in by_nominal.items() if n)
        feedback.pushInfo(self.tr("Nominals in: {0} = {1}").format(rec["nominals"]["nominals_in"], parts))
        links = rec["links"]
        parts = ", ".join("{0} {1}".format(n, code) for code, n in links["by_status"].items() if n)
        feedback.pushInfo(self.tr("Links in: {0} = {1}").format(links["links_in"], parts or "0"))
        feedback.pushInfo(self.tr("Records in: {0} = {1} linked to a nominal + {2} linked to none").format(
            rec["records"]["records_in"], rec["records"]["linked"], rec["records"]["unlinked"]))
        fids = nominal_info["fids"]
        status = result.columns["status"]
        for code, text in (
                (referrals.NO_NOMINAL_ID, self.tr("{0} nominals of layer '{1}' have no id in field '{2}' (feature ids "
                                                  "{3}): left out.")),
                (referrals.DUPLICATE_NOMINAL_ID, self.tr("{0} nominals of layer '{1}' share an id in field '{2}' with "
                                                         "another (feature ids {3}): left out, and their links counted "
                                                         "as nominal_not_compared."))):
            rows = np.flatnonzero(status == code)
            if len(rows):
                feedback.pushWarning(text.format(len(rows), nominal_info["layer"], nominal_info["id_field"],
                                                 first(fids[rows].tolist())))
        rows = np.flatnonzero(status == referrals.INVALID_REFERRAL_DATE)
        if len(rows):
            feedback.pushWarning(self.tr("{0} nominals of layer '{1}' have a referral date that cannot be read in "
                                         "field '{2}', e.g. {3} (feature ids {4}): counted as invalid_referral_date, "
                                         "never compared.").format(
                len(rows), nominal_info["layer"], nominal_info["date_field"],
                ", ".join(repr(e) for e in nominal_info["date_examples"]),
                first(fids[rows].tolist())))
        outside = by_nominal.get(referrals.REFERRED_OUTSIDE_DATA, 0)
        if outside:
            months = rec["data_months"]
            feedback.pushWarning(self.tr("{0} referred nominals have a window of {1} months before or {2} after their "
                                         "referral month outside the data ({3} to {4}): counted as "
                                         "referred_window_outside_data, not compared.").format(
                outside, result.design.months_before, result.design.months_after,
                months["first"] if months else "-", months["last"] if months else "-"))
        unmatched = by_nominal.get(referrals.REFERRED_UNMATCHED, 0)
        if unmatched:
            feedback.pushWarning(self.tr("{0} referred nominals have no comparison close enough in harm before "
                                         "(caliper {1:g} SD = {2:.3f} on log(1 + harm)): counted as "
                                         "referred_unmatched, left out of the effect.").format(
                unmatched, result.design.caliper, result.caliper_width or 0.0))
        unknown = links["by_status"].get(LINK_TO_UNKNOWN_NOMINAL, 0)
        if unknown:
            feedback.pushWarning(self.tr("{0} links name a nominal that is not in layer '{1}' (field '{2}'): counted "
                                         "as link_to_unknown_nominal.").format(
                unknown, nominal_info["layer"], nominal_info["id_field"]))
        unknown = links["by_status"].get(LINK_TO_UNKNOWN_RECORD, 0)
        if unknown:
            feedback.pushWarning(self.tr("{0} links of table '{1}' name a record that is not in layer '{2}' (field "
                                         "'{3}'): counted as link_to_unknown_record.").format(
                unknown, link_info.get("link_table"), inputs.layer_name, link_info.get("record_id_field")))
        bad = links["by_status"].get("unparseable_date", 0)
        if bad:
            feedback.pushWarning(self.tr("{0} links are to records whose date cannot be read in field '{1}' of layer "
                                         "'{2}': counted as unparseable_date.").format(
                bad, inputs.date_field, inputs.layer_name))
        e = result.effect
        if e.estimate is not None:
            interval = self.tr("no interval from one pair") if e.low is None else self.tr("{0:g} % interval {1:,.1f} "
                                                                                          "to {2:,.1f}").format(
                result.design.confidence * 100.0, e.low, e.high)
            feedback.pushInfo(self.tr("Referred minus comparison, change in linked harm from {0} months before to {1} "
                                      "after: {2:,.1f} ({3}); {4} referred nominals, {5} comparisons.").format(
                result.design.months_before, result.design.months_after, e.estimate, interval, e.n_referred,
                e.n_comparison))
        if 0 < e.n_referred < suppress_below or 0 < e.n_comparison < suppress_below:
            feedback.pushWarning(self.tr("Fewer than {0} nominals in a cohort: the cohort table shows its count as "
                                         "<{0} and leaves its means empty.").format(suppress_below))

    def _check_comparable(self, result, nominal_info, design) -> None:
        by_nominal = result.reconciliation["nominals"]["by_status"]
        referred = sum(by_nominal.get(code, 0) for code in (referrals.REFERRED, referrals.REFERRED_UNMATCHED,
                                                            referrals.REFERRED_OUTSIDE_DATA))
        if referred and by_nominal.get(referrals.REFERRED_OUTSIDE_DATA, 0) == referred:
            months = result.reconciliation["data_months"]
            raise QgsProcessingException(self.tr(
                "No referral in field '{0}' of layer '{1}' can be compared: each needs {2} whole months of records "
                "before its month and "
                "{3} after, and the records run from {4} to {5}. Shorten the windows or give records that cover "
                "them.").format(
                nominal_info["date_field"], nominal_info["layer"], design.months_before, design.months_after,
                months["first"] if months else "-", months["last"] if months else "-"))
        if not referred:
            raise QgsProcessingException(self.tr(
                "No nominal of layer '{0}' was referred in the period studied (field '{1}'): nothing to "
                "compare.").format(
                nominal_info["layer"], nominal_info["date_field"]))

    # ------------------------------------------------------------------ outputs

    def _write_nominals(self, parameters, context, result, include_personal: bool) -> str:
        names = (["nominal_id"] if include_personal else []) + list(referrals.NOMINAL_FIELDS)
        fields = QgsFields()
        for name in names:
            fields.append(QgsField(name, NOMINAL_FIELD_TYPES[name]))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WkbType.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        cols = dict(result.columns)
        cols["nominal_id"] = cols["key"]
        feature = QgsFeature(fields)
        for i in range(len(cols["ref"])):
            feature.setAttributes([_attribute(cols[name][i], NOMINAL_FIELD_TYPES[name], name) for name in names])
            add_features(sink, feature, self.OUTPUT)
        del sink
        return dest_id

    def _write_cohorts(self, parameters, context, cohorts: List[Dict[str, object]]) -> str:
        fields = QgsFields()
        for name, kind in COHORT_FIELD_TYPES.items():
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.COHORTS, context, fields, WkbType.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.COHORTS))
        feature = QgsFeature(fields)
        for row in cohorts:
            feature.setAttributes([_attribute(row[name], kind, name) for name, kind in COHORT_FIELD_TYPES.items()])
            add_features(sink, feature, self.COHORTS)
        del sink
        return dest_id

    def _provenance(self, parameters, context, result, nominal_info, inputs, link_info, suppress_below,
                    include_personal, missing) -> dict:
        d = result.design
        return {
            **self.provenance_header(parameters, context),
            "nominals": {k: nominal_info[k] for k in ("layer", "id_field", "date_field", "group_field")},
            "records": {"layer": inputs.layer_name, "code_field": inputs.code_field, "date_field": inputs.date_field,
                        "harm_table": inputs.table.provenance(), "filter": inputs.filter_expression or None,
                        "missing_weight": {"policy": inputs.missing_policy, "codes": missing}},
            "links": link_info,
            "design": {
                "months_before": d.months_before, "months_after": d.months_after,
                "referral_month": "in neither window",
                "referrals_from": d.period_start.isoformat() if d.period_start else None,
                "referrals_to": d.period_end.isoformat() if d.period_end else None,
                "comparison_pool": "never referred, or referred after the end of the referred nominal's window after "
                                   "(not yet referred)",
                "matching": d.method(result.grouped),
                "caliper_sd": d.caliper, "caliper_width_log1p": result.caliper_width, "matches": d.matches,
                "effect": "mean over referred nominals of (harm after - harm before) minus the mean of their "
                          "comparisons' changes over the same months; paired t-interval",
                "confidence": d.confidence,
                "references": ["Cochran & Rubin 1973", "Austin 2011", "Callaway & Sant'Anna 2021",
                               "HM Treasury Magenta Book 2020"],
            },
            "effect": result.effect.as_dict(),
            "data_months": result.reconciliation["data_months"],
            "reconciliation": result.reconciliation,
            "suppress_below": suppress_below,
            "personal_fields": ["nominal_id"] if include_personal else [],
            "pseudonyms": "ref P0001... in the order the nominal ids sort; not the ids",
        }


def _attribute(value, kind, name: str):
    """A column value as an attribute: None for NULL and NaN, whole numbers as int."""
    if value is None:
        return None
    if isinstance(value, (float, np.floating)) and value != value:
        return None
    if kind == FieldType.Int:
        return int(value)
    if kind == FieldType.Double:
        return float(value)
    return str(value)
