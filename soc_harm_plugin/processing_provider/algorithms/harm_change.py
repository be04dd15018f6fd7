"""socharm:harmchange: compare harm between a current period and its baseline, per area and for the force."""
from __future__ import annotations

import datetime as dt
import time

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ...about import plugin_version
from ...domain.codes import DECREASE, INCREASE, NO_CHANGE, TOO_FEW
from ...domain.analyses.change import compare_periods
from ...domain.periods.plan import BASELINE_MEAN, BASELINES, PeriodError, PeriodPlan, plan_periods, require_records
from ...domain.periods.calendar import Window, month_end, month_start
from ...qgis_io.outputs import finish_output
from ...qgis_io.styles import qml_style
from .. import dated_records as d
from ..area_inputs import add_area_parameters, geography_for_provenance
from ..area_outputs import as_json, output_geometries, write_scored_areas
from ..base import SocHarmAlgorithm, parameter_date, run_parameters, with_help
from ...compat import DateTimeType, FieldType, NumberType

CHANGE_FIELD_TYPES = [
    ("n_current", FieldType.Int),
    ("n_baseline", FieldType.Double),
    ("harm_current", FieldType.Double),
    ("harm_baseline", FieldType.Double),
    ("harm_change", FieldType.Double),
    ("harm_change_pct", FieldType.Double),
    ("harm_change_pct_reason", FieldType.String),
    ("p_count", FieldType.Double),
    ("p_harm", FieldType.Double),
    ("harm_test", FieldType.String),
    ("rank_current", FieldType.Int),
    ("rank_baseline", FieldType.Int),
    ("rank_change", FieldType.Int),
    ("change_class", FieldType.String),
    ("count_change_class", FieldType.String),
    ("current_period", FieldType.String),
    ("baseline_period", FieldType.String),
]

TEST_DESCRIPTION = {
    "count": "exact conditional binomial test of two Poisson rates (two-sided, scipy.stats.binomtest rule)",
    "harm": "relabelling test of weighted counts: exact, normal approximation (compound-Poisson variance) or Monte Carlo (seeded), per harm_test",
    TOO_FEW: "not significant, and even the most extreme outcome in the direction seen could not reach ALPHA with these records",
}


def baseline_options(tr) -> list:
    return [tr("Previous period of equal length"), tr("Same period a year earlier"), tr("Mean of the previous N periods")]


def add_period_parameters(alg, start_help: str, end_help: str) -> None:
    """CURRENT_START, CURRENT_END, BASELINE, N_PERIODS, ALPHA, SEED (shared with the framework)."""
    tr = alg.tr
    alg.add_parameter(with_help(
        QgsProcessingParameterDateTime(HarmChange.CURRENT_START, tr("Current period start"), type=DateTimeType.Date, optional=True),
        start_help))
    alg.add_parameter(with_help(
        QgsProcessingParameterDateTime(HarmChange.CURRENT_END, tr("Current period end"), type=DateTimeType.Date, optional=True),
        end_help))
    add_baseline_parameters(alg)


def add_baseline_parameters(alg) -> None:
    tr = alg.tr
    alg.add_parameter(with_help(
        QgsProcessingParameterEnum(HarmChange.BASELINE, tr("Baseline"), options=baseline_options(tr), defaultValue=1),
        tr("What the current period is compared with: the period of the same length just before it; the same period a year earlier (the default: it removes the seasons); or the mean of the N periods of the same length before it. A current period of whole months has baselines of whole months.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterNumber(HarmChange.N_PERIODS, tr("N (periods in a mean baseline)"), type=NumberType.Integer,
                                     minValue=1, defaultValue=3),
        tr("With 'Mean of the previous N periods': how many periods. Periods the data do not wholly cover are left out of the mean, and the log says so.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterNumber(HarmChange.ALPHA, tr("Significance level"), type=NumberType.Double,
                                     minValue=0.0001, maxValue=0.5, defaultValue=0.05),
        tr("A change is significant when its p-value is below this. With many areas some will pass by chance: at 0.05, about 1 in 20 areas with no real change.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterNumber(HarmChange.SEED, tr("Random seed"), type=NumberType.Integer, defaultValue=1),
        tr("Seed of the Monte Carlo test of harm (used only where harm_test is monte_carlo): the same seed gives the same p-values."),
        advanced=True))


class HarmChange(SocHarmAlgorithm):
    ALGORITHM_ID = "harmchange"
    GROUP_ID = "change"
    CURRENT_START = "CURRENT_START"
    CURRENT_END = "CURRENT_END"
    BASELINE = "BASELINE"
    N_PERIODS = "N_PERIODS"
    ALPHA = "ALPHA"
    SEED = "SEED"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return self.tr("Compare harm between periods")

    def group_name(self) -> str:
        return self.tr("Change over time")

    def initAlgorithm(self, config=None):
        tr = self.tr
        add_area_parameters(self)
        d.add_record_parameters(self)
        add_period_parameters(
            self,
            tr("First day of the current period. Empty: the first day of the month of the period end."),
            tr("Last day of the current period (inclusive). Empty: the end of the last month the data wholly cover."))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Areas with their change in harm")),
            tr("Every area with n_current, n_baseline, harm_current, harm_baseline, harm_change, harm_change_pct (harm_change_pct_reason where it is null), p_count, p_harm, harm_test, rank_current, rank_baseline, rank_change, change_class and count_change_class (increase, decrease, no_change, too_few), current_period and baseline_period.")))
        for name, label in (("FORCE_N_CURRENT", tr("Force: records in the current period")),
                            ("FORCE_N_BASELINE", tr("Force: records in the baseline")),
                            ("FORCE_HARM_CURRENT", tr("Force: harm in the current period")),
                            ("FORCE_HARM_BASELINE", tr("Force: harm in the baseline")),
                            ("FORCE_HARM_CHANGE_PCT", tr("Force: change in harm (%)")),
                            ("FORCE_P_COUNT", tr("Force: p-value of the change in records")),
                            ("FORCE_P_HARM", tr("Force: p-value of the change in harm"))):
            self.add_output(QgsProcessingOutputNumber(name, label))
        for name, label in (("FORCE_CHANGE_CLASS", tr("Force: change in harm (class)")),
                            ("FORCE_COUNT_CHANGE_CLASS", tr("Force: change in records (class)")),
                            ("CURRENT_PERIOD", tr("Current period compared")),
                            ("BASELINE_PERIOD", tr("Baseline compared"))):
            self.add_output(QgsProcessingOutputString(name, label))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Reading areas"))
        area_source, area, crs = d.read_areas(self, parameters, context, steps)
        geometries = output_geometries(area.rows.wkb)
        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Reading records"))
        read = d.read_dated_records(self, parameters, context, steps, area, crs)
        if read is None or feedback.isCanceled():
            return {}
        d.report_dates(self, read, feedback, read.description)
        steps.setCurrentStep(2)
        plan = make_plan(self, parameters, context, read, feedback)
        steps.pushInfo(self.tr("Comparing {0} with {1}").format(plan.compared.label(), plan.baseline_label()))
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        started = time.perf_counter()
        result = compare_periods(read.records, len(area.areas.ids), plan, alpha=alpha, seed=seed,
                                 progress=lambda f: (steps.setProgress(100.0 * f), not feedback.isCanceled())[1])
        if feedback.isCanceled():
            return {}
        report_comparison(self, result, feedback, time.perf_counter() - started)

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing outputs"))
        columns = dict(result.columns)
        n = len(area.areas.ids)
        columns["current_period"] = np.full(n, plan.compared.label(), dtype=object)
        columns["baseline_period"] = np.full(n, plan.baseline_label(), dtype=object)
        output_id = write_scored_areas(self, parameters, self.OUTPUT, context, area_source, area, geometries,
                                       CHANGE_FIELD_TYPES, columns, steps)
        if feedback.isCanceled():
            return {}
        provenance = {
            "algorithm": "socharm:" + self.ALGORITHM_ID,
            "plugin_version": plugin_version(),
            "parameters": run_parameters(self, parameters, context),
            "periods": plan.as_dict(),
            "tests": dict(TEST_DESCRIPTION, alpha=alpha, seed=seed, scipy=_scipy_used()),
            "force_total": result.force,
            "empty_periods": result.empty_windows,
            "area_id_field": area.id_field,
            "area_name_field": area.name_field or None,
            "geography": geography_for_provenance("auto", area),
            "records": None,
            "reconciliation": result.reconciliation,
            "source": read.source,
        }
        feedback.pushInfo(self.tr("Provenance: {0}").format(as_json(provenance)))
        abstract = self.tr("Change in harm in areas of '{0}': {1} against {2}.").format(
            area.name, plan.compared.label(), plan.baseline_label())
        style = qml_style("harm_change_lines" if area.is_lines else "harm_change")
        finish_output(output_id, context, provenance, abstract, style=style)
        force = result.force
        return {
            self.OUTPUT: output_id,
            "FORCE_N_CURRENT": force["n_current"],
            "FORCE_N_BASELINE": force["n_baseline"],
            "FORCE_HARM_CURRENT": force["harm_current"],
            "FORCE_HARM_BASELINE": force["harm_baseline"],
            "FORCE_HARM_CHANGE_PCT": force["harm_change_pct"],
            "FORCE_P_COUNT": force["p_count"],
            "FORCE_P_HARM": force["p_harm"],
            "FORCE_CHANGE_CLASS": force["change_class"],
            "FORCE_COUNT_CHANGE_CLASS": force["count_change_class"],
            "CURRENT_PERIOD": plan.compared.label(),
            "BASELINE_PERIOD": plan.baseline_label(),
        }


def default_end(data: Window) -> dt.date:
    """The end of the last month the data wholly cover."""
    if data.end == month_end(data.end):
        return data.end
    return month_start(data.end) - dt.timedelta(days=1)


def make_plan(alg, parameters, context, read, feedback) -> PeriodPlan:
    """The periods to compare, from CURRENT_START/CURRENT_END, BASELINE and
    N_PERIODS; PeriodError becomes a message naming the dates."""
    records = read.records
    data = records.data_window()
    if data is None:
        raise QgsProcessingException(alg.tr("No record of {0} has a date that can be read: there are no periods to compare.").format(read.description))
    feedback.pushInfo(alg.tr("The data cover {0} ({1} to {2}).").format(data.label(), data.start.isoformat(), data.end.isoformat()))
    start = parameter_date(alg, parameters, HarmChange.CURRENT_START, context)
    end = parameter_date(alg, parameters, HarmChange.CURRENT_END, context)
    if end is None:
        end = default_end(data) if start is None or start <= default_end(data) else data.end
        feedback.pushInfo(alg.tr("No current period end given: using {0}.").format(end.isoformat()))
    if start is None:
        start = month_start(end)
        feedback.pushInfo(alg.tr("No current period start given: using {0}.").format(start.isoformat()))
    baseline = BASELINES[alg.parameterAsEnum(parameters, HarmChange.BASELINE, context)]
    n_periods = alg.parameterAsInt(parameters, HarmChange.N_PERIODS, context) if baseline == BASELINE_MEAN else 1
    try:
        plan = plan_periods(start, end, baseline, n_periods, month_only=records.month_only, data=data)
        plan = require_records(plan, records.day[records.in_scope()])
    except PeriodError as error:
        raise QgsProcessingException(period_error_message(alg, error, read.description))
    report_plan(alg, plan, feedback)
    return plan


def period_error_message(alg, error: PeriodError, description: str) -> str:
    details = error.details
    if error.code == "start_after_end":
        return alg.tr("The current period starts ({0}) after it ends ({1}).").format(details["start"], details["end"])
    if error.code == "year_earlier_overlaps":
        return alg.tr("The current period {0} is longer than a year: the same period a year earlier would overlap it. Choose another baseline or a shorter period.").format(details["current"])
    if error.code == "current_no_data":
        return alg.tr("The current period {0} lies outside the data of {1}, which cover {2}: there is nothing to compare.").format(
            details["current"], description, details["data"])
    if error.code == "baseline_no_data":
        return alg.tr("The baseline {0} ({1} period(s)) lies outside the data of {2}, which cover {3}: the baseline is longer than the data before the current period. Choose a later current period, a shorter baseline or fewer periods.").format(
            details["baseline"], details["periods"], description, details["data"])
    if error.code == "current_empty":
        return alg.tr("No record of {0} at all falls in the current period {1}: the data for it are most likely missing (data.police.uk lacks some months for some forces). Choose another period.").format(
            description, details["current"])
    if error.code == "baseline_empty":
        return alg.tr("No record of {0} at all falls in the baseline period(s) {1}: the data for them are most likely missing. Choose another baseline (e.g. the mean of the previous N periods, which leaves such periods out).").format(
            description, details["baseline"])
    if error.code == "no_data":
        return alg.tr("No record of {0} has a date that can be read.").format(description)
    return alg.tr("Periods cannot be compared: {0}").format(str(error))


def report_plan(alg, plan: PeriodPlan, feedback) -> None:
    for code, details in plan.notes:
        if code == "widened_to_whole_months":
            feedback.pushWarning(alg.tr("The dates are month-only, so the current period {0} is widened to whole months: {1}.").format(
                details["asked"], details["used"]))
        elif code == "current_partial":
            feedback.pushWarning(alg.tr("The data ({0}) cover only part of the current period {1}: it is compared as {2}, and every baseline period is cut the same way. It is never compared as if whole.").format(
                details["data"], details["asked"], details["compared"]))
        elif code == "baseline_partial":
            feedback.pushWarning(alg.tr("The data ({0}) cover only part of the baseline period {1}: it is compared as {2}, and the current period is cut the same way.").format(
                details["data"], details["asked"], details["compared"]))
        elif code == "empty_period":
            feedback.pushWarning(alg.tr("No record at all falls in baseline period(s) {0} (missing data?): they are left out, and the baseline is the mean of {1} period(s), not {2}.").format(
                details["dropped"], details["used"], details["asked"]))
        elif code == "baseline_dropped":
            feedback.pushWarning(alg.tr("The data do not wholly cover baseline period(s) {0}: the baseline is the mean of {1} period(s), not {2}.").format(
                details["dropped"], details["used"], details["asked"]))


def report_comparison(alg, result, feedback, seconds: float = 0.0) -> None:
    rec = result.reconciliation
    parts = ", ".join("{0} {1}".format(n, code) for code, n in rec["by_status"].items() if n)
    feedback.pushInfo(alg.tr("Records in: {0} = {1}").format(rec["records_in"], parts or "0"))
    if result.empty_windows:
        feedback.pushWarning(alg.tr("No record at all falls in period(s) {0}: is data missing for them? They are compared as zero.").format(
            ", ".join(result.empty_windows)))
    force = result.force
    pct = force["harm_change_pct"]
    feedback.pushInfo(alg.tr("Force total: harm {0:,.1f} against {1:,.1f} ({2}): {3} (p = {4}); records {5} against {6:,.1f}: {7} (p = {8}).").format(
        force["harm_current"], force["harm_baseline"], "{0:+.1f}%".format(pct) if pct is not None else alg.tr("no baseline harm"),
        force["change_class"], _p(force["p_harm"]), force["n_current"], force["n_baseline"], force["count_change_class"],
        _p(force["p_count"])))
    import collections

    classes = collections.Counter(result.columns["change_class"].tolist())
    feedback.pushInfo(alg.tr("Areas by change in harm: {0} increase, {1} decrease, {2} no_change, {3} too_few.").format(
        classes.get(INCREASE, 0), classes.get(DECREASE, 0), classes.get(NO_CHANGE, 0), classes.get(TOO_FEW, 0)))
    if seconds:
        feedback.pushDebugInfo("Tests took {0:.2f} s".format(seconds))


def _p(value) -> str:
    if value is None:
        return "-"
    return "{0:.3g}".format(value)


def _scipy_used() -> bool:
    from ...domain.stats.pvalues import have_scipy

    return have_scipy()
