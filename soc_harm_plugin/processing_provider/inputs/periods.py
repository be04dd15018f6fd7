"""The periods a change is measured over, read once for harmchange and the performance
framework: the parameters (current period, baseline, N, significance, seed), the plan of
periods made from them and the data, and what the log says about it."""
from __future__ import annotations

import datetime as dt

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
)

from ...domain.periods.calendar import Window, month_end, month_start
from ...domain.periods.plan import BASELINE_MEAN, BASELINES, PeriodError, PeriodPlan, plan_periods, require_records
from ..base import parameter_date, with_help
from ...compat import DateTimeType, NumberType

CURRENT_START = "CURRENT_START"
CURRENT_END = "CURRENT_END"
BASELINE = "BASELINE"
N_PERIODS = "N_PERIODS"
ALPHA = "ALPHA"
SEED = "SEED"


def baseline_options(tr) -> list:
    return [tr("Previous period of equal length"), tr("Same period a year earlier"), tr(
        "Mean of the previous N periods")]


def add_period_parameters(alg, start_help: str, end_help: str) -> None:
    """CURRENT_START, CURRENT_END, BASELINE, N_PERIODS, ALPHA, SEED (shared with the framework)."""
    tr = alg.tr
    alg.add_parameter(with_help(
        QgsProcessingParameterDateTime(CURRENT_START, tr("Current period start"), type=DateTimeType.Date,
                                       optional=True),
        start_help))
    alg.add_parameter(with_help(
        QgsProcessingParameterDateTime(CURRENT_END, tr("Current period end"), type=DateTimeType.Date, optional=True),
        end_help))
    add_baseline_parameters(alg)


def add_baseline_parameters(alg) -> None:
    tr = alg.tr
    alg.add_parameter(with_help(
        QgsProcessingParameterEnum(BASELINE, tr("Baseline"), options=baseline_options(tr), defaultValue=1),
        tr("What the current period is compared with: the period of the same length just before it; the same "
           "period a year earlier (the default: it removes the seasons); or the mean of the N periods of the "
           "same length before it. A current period of whole months has baselines of whole months.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterNumber(N_PERIODS, tr("N (periods in a mean baseline)"), type=NumberType.Integer,
                                     minValue=1, defaultValue=3),
        tr("With 'Mean of the previous N periods': how many periods. Periods the data do not wholly cover are left "
           "out of the mean, and the log says so.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterNumber(ALPHA, tr("Significance level"), type=NumberType.Double,
                                     minValue=0.0001, maxValue=0.5, defaultValue=0.05),
        tr("A change is significant when its p-value is below this. With many areas some will pass by chance: at "
           "0.05, about 1 in 20 areas with no real change.")))
    alg.add_parameter(with_help(
        QgsProcessingParameterNumber(SEED, tr("Random seed"), type=NumberType.Integer, defaultValue=1),
        tr("Seed of the Monte Carlo test of harm (used only where harm_test is monte_carlo): the same seed gives "
           "the same p-values."),
        advanced=True))


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
        raise QgsProcessingException(alg.tr("No record of {0} has a date that can be read: there are no periods to "
                                            "compare.").format(read.description))
    feedback.pushInfo(alg.tr("The data cover {0} ({1} to {2}).").format(data.label(), data.start.isoformat(),
                                                                        data.end.isoformat()))
    start = parameter_date(alg, parameters, CURRENT_START, context)
    end = parameter_date(alg, parameters, CURRENT_END, context)
    if end is None:
        end = default_end(data) if start is None or start <= default_end(data) else data.end
        feedback.pushInfo(alg.tr("No current period end given: using {0}.").format(end.isoformat()))
    if start is None:
        start = month_start(end)
        feedback.pushInfo(alg.tr("No current period start given: using {0}.").format(start.isoformat()))
    baseline = BASELINES[alg.parameterAsEnum(parameters, BASELINE, context)]
    n_periods = alg.parameterAsInt(parameters, N_PERIODS, context) if baseline == BASELINE_MEAN else 1
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
        return alg.tr("The current period {0} is longer than a year: the same period a year earlier would overlap "
                      "it. Choose another baseline or a shorter period.").format(details["current"])
    if error.code == "current_no_data":
        return alg.tr("The current period {0} lies outside the data of {1}, which cover {2}: there is nothing to "
                      "compare.").format(
            details["current"], description, details["data"])
    if error.code == "baseline_no_data":
        return alg.tr("The baseline {0} ({1} period(s)) lies outside the data of {2}, which cover {3}: the "
                      "baseline is longer than the data before the current period. Choose a later current "
                      "period, a shorter baseline or fewer periods.").format(
            details["baseline"], details["periods"], description, details["data"])
    if error.code == "current_empty":
        return alg.tr("No record of {0} at all falls in the current period {1}: the data for it are most likely "
                      "missing (data.police.uk lacks some months for some forces). Choose another period.").format(
            description, details["current"])
    if error.code == "baseline_empty":
        return alg.tr("No record of {0} at all falls in the baseline period(s) {1}: the data for them are most "
                      "likely missing. Choose another baseline (e.g. the mean of the previous N periods, "
                      "which leaves such periods out).").format(
            description, details["baseline"])
    if error.code == "no_data":
        return alg.tr("No record of {0} has a date that can be read.").format(description)
    return alg.tr("Periods cannot be compared: {0}").format(str(error))


def report_plan(alg, plan: PeriodPlan, feedback) -> None:
    for code, details in plan.notes:
        if code == "widened_to_whole_months":
            feedback.pushWarning(alg.tr("The dates are month-only, so the current period {0} is widened to whole "
                                        "months: {1}.").format(
                details["asked"], details["used"]))
        elif code == "current_partial":
            feedback.pushWarning(alg.tr("The data ({0}) cover only part of the current period {1}: it is compared "
                                        "as {2}, and every baseline period is cut the same way. It is "
                                        "never compared as if whole.").format(
                details["data"], details["asked"], details["compared"]))
        elif code == "baseline_partial":
            feedback.pushWarning(alg.tr("The data ({0}) cover only part of the baseline period {1}: it is compared "
                                        "as {2}, and the current period is cut the same way.").format(
                details["data"], details["asked"], details["compared"]))
        elif code == "empty_period":
            feedback.pushWarning(alg.tr("No record at all falls in baseline period(s) {0} (missing data?): they "
                                        "are left out, and the baseline is the mean of {1} period(s), not "
                                        "{2}.").format(
                details["dropped"], details["used"], details["asked"]))
        elif code == "baseline_dropped":
            feedback.pushWarning(alg.tr("The data do not wholly cover baseline period(s) {0}: the baseline is the "
                                        "mean of {1} period(s), not {2}.").format(
                details["dropped"], details["used"], details["asked"]))
