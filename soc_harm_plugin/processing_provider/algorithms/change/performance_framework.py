"""socharm:performanceframework: per theme, this period against its baseline by month, quarter and year,
in one table and a chart."""
from __future__ import annotations

import datetime as dt
from typing import Dict, List, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
)

from ....domain.codes import DECREASE, INCREASE, NO_CHANGE, NO_DATE, TOO_FEW
from ....domain.analyses.change import compare_periods
from ....domain.periods.plan import BASELINE_MEAN, BASELINES, PeriodError, plan_periods, require_records
from ....domain.periods.calendar import Window, add_months, month_end, month_start
from ....domain.analyses.trend import build_series, summarise
from ....qgis_io.outputs import add_features, finish_output
from ...inputs import dated_records
from ...inputs.areas import add_area_parameters, geography_for_provenance
from ...outputs.areas import as_json, plain
from ... import groups
from ...base import SocHarmAlgorithm, parameter_date, with_help
from ...inputs import periods as period_inputs
from ...inputs.periods import add_baseline_parameters, default_end, period_error_message, report_plan
from ...outputs.provenance import TEST_DESCRIPTION
from ....compat import DateTimeType, FieldType, SourceType, WkbType

VIEWS = (("month", 1), ("quarter", 3), ("year", 12))  # view code, months: stable codes
THEME_ALL = "all"
THEMES_BY = ("measure", "dimension")  # enum order is public

TABLE_FIELDS = [
    ("theme", FieldType.String), ("theme_label", FieldType.String), ("view", FieldType.String), ("level",
            FieldType.String),
    ("area_id", FieldType.String), ("area_name", FieldType.String), ("current_period", FieldType.String),
    ("baseline_period", FieldType.String), ("n_current", FieldType.Int), ("n_baseline", FieldType.Double),
    ("harm_current", FieldType.Double), ("harm_baseline", FieldType.Double), ("harm_change", FieldType.Double),
    ("harm_change_pct", FieldType.Double), ("harm_change_pct_reason", FieldType.String), ("p_count", FieldType.Double),
    ("p_harm", FieldType.Double), ("harm_test", FieldType.String), ("count_change_class", FieldType.String),
    ("change_class", FieldType.String), ("mk_tau", FieldType.Double), ("mk_p", FieldType.Double),
    ("sen_slope", FieldType.Double), ("trend_class", FieldType.String), ("note", FieldType.String),
]


class PerformanceFramework(SocHarmAlgorithm):
    ALGORITHM_ID = "performanceframework"
    GROUP_ID = groups.CHANGE
    THEMES = "THEMES"
    PERIOD_END = "PERIOD_END"
    BY_AREA = "BY_AREA"
    OUTPUT = "OUTPUT"
    CHART = "CHART"
    CHART_SVG = "CHART_SVG"

    def display_name(self) -> str:
        return self.tr("SOC performance framework")


    def initAlgorithm(self, config=None):
        tr = self.tr
        add_area_parameters(self)
        dated_records.add_record_parameters(self, theme_field=True)
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.THEMES, tr("Themes"), options=[tr("The scheme's measures"), tr(
                "The scheme's dimensions")], defaultValue=0),
            tr("With a harm scheme: one theme per measure (its label), or per dimension (drugs, firearms, ...). "
               "With events: the values of the theme field.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(self.PERIOD_END, tr("Reporting period end"), type=DateTimeType.Date,
                                           optional=True),
            tr("The last day reported: the month, quarter and year views are the 1, 3 and 12 whole months ending "
               "then (a quarter end gives the calendar quarter). Empty: the end of the last month the data "
               "wholly cover.")))
        add_baseline_parameters(self)
        self.add_parameter(with_help(
            QgsProcessingParameterBoolean(self.BY_AREA, tr("Break down by area"), defaultValue=True),
            tr("Add a row per area for every theme and view, after the force rows.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Performance framework table"), SourceType.Vector),
            tr("One row per theme, view (month, quarter, year) and level (force, then each area): the periods "
               "compared, n and harm in both, the change and its % (with the reason where it is null), p_count, "
               "p_harm, harm_test, count_change_class and change_class (increase, decrease, no_change, "
               "too_few), and the Mann-Kendall trend over the view's calendar periods (mk_tau, mk_p, sen_slope, "
               "trend_class). Save it as CSV or XLSX. A theme 'all' holds every theme together.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFileDestination(self.CHART, tr("Chart (PNG)"), fileFilter="PNG files (*.png)",
                                                  optional=True, createByDefault=False),
            tr("Each theme's change in harm against its baseline for the three views, coloured by significance.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFileDestination(self.CHART_SVG, tr("Chart (SVG)"), fileFilter="SVG files (*.svg)",
                                                  optional=True, createByDefault=False),
            tr("The same chart as an SVG.")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Reading areas"))
        area_source, area, crs = dated_records.read_areas_parameter(self, parameters, context, steps)
        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Reading records"))
        read = dated_records.read_dated_records(self, parameters, context, steps, area, crs, theme_field=True)
        if read is None or feedback.isCanceled():
            return {}
        dated_records.report_dates(self, read, feedback, read.description)
        records = read.records
        data = records.data_window()
        if data is None:
            raise QgsProcessingException(self.tr("No record of {0} has a date that can be read: there are no "
                                                 "periods to compare.").format(read.description))
        feedback.pushInfo(self.tr("The data cover {0} ({1} to {2}).").format(data.label(), data.start.isoformat(),
                                                                             data.end.isoformat()))
        themes, theme_of = self._themes(parameters, context, read, feedback)
        end = self._period_end(parameters, context, data, feedback)
        baseline = BASELINES[self.parameterAsEnum(parameters, period_inputs.BASELINE, context)]
        n_periods = self.parameterAsInt(parameters, period_inputs.N_PERIODS,
                                        context) if baseline == BASELINE_MEAN else 1
        alpha = self.parameterAsDouble(parameters, period_inputs.ALPHA, context)
        seed = self.parameterAsInt(parameters, period_inputs.SEED, context)
        by_area = self.parameterAsBoolean(parameters, self.BY_AREA, context)
        n_areas = len(area.areas.ids)
        names = dated_records.area_names(area, area_source)
        ids = [plain(v) for v in area.areas.ids]

        undated = _undated_themes(records, theme_of, themes)
        steps.setCurrentStep(2)
        rows: List[dict] = []
        plans: Dict[str, dict] = {}
        total = len(VIEWS) * len(themes)
        done = 0
        for view, months in VIEWS:
            start = month_start(add_months(month_start(end), -(months - 1)))
            try:
                plan = plan_periods(start, end, baseline, n_periods, month_only=records.month_only, data=data)
                plan = require_records(plan, records.day[records.in_scope()])
            except PeriodError as error:
                message = period_error_message(self, error, read.description)
                feedback.pushWarning(self.tr("View {0}: {1}").format(view, message))
                plans[view] = {"error": error.code, "current": Window(start, end).label()}
                for theme, label in themes:
                    rows.append(_row(theme, label, view, "force", None, None, Window(start, end).label(), None,
                                     note=error.code))
                continue
            report_plan(self, plan, feedback)
            plans[view] = plan.as_dict()
            no_data = build_series(records, n_areas, view, data).no_data  # missing data is missing for every theme
            for theme, label in themes:
                if feedback.isCanceled():
                    return {}
                subset = records if theme == THEME_ALL else records.select(np.flatnonzero(theme_of == theme))
                result = compare_periods(subset, n_areas, plan, alpha=alpha, seed=seed)
                series = build_series(subset, n_areas, view, data)
                series.no_data = no_data
                trend = summarise(series, alpha=alpha)
                note = "partial_period" if plan.partial else None
                if theme != THEME_ALL and theme in undated:
                    note = NO_DATE
                rows.append(_row(theme, label, view, "force", None, None, plan.compared.label(), plan.baseline_label(),
                                 result.force, _trend(trend, n_areas), note))
                if by_area:
                    for a in range(n_areas):
                        values = {k: v[a] for k, v in result.columns.items()}
                        rows.append(_row(theme, label, view, "area", ids[a], names[a], plan.compared.label(),
                                         plan.baseline_label(), values, _trend(trend, a), note))
                done += 1
                steps.setProgress(100.0 * done / total)
        self._report(rows, feedback)

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing outputs"))
        output_id = self._write(parameters, context, rows)
        charts = self._chart(parameters, context, rows, read, end, feedback)
        provenance = {
            **self.provenance_header(parameters, context),
            "period_end": end.isoformat(),
            "views": plans,
            "themes": [{"theme": t, "label": label} for t, label in themes],
            "tests": dict(TEST_DESCRIPTION, alpha=alpha, seed=seed),
            "area_id_field": area.id_field,
            "area_name_field": area.name_field or None,
            "geography": geography_for_provenance("auto", area),
            "records": None,
            "reconciliation": _dated_reconciliation(records),
            "charts": charts,
            "source": read.source,
            **read.engine,
        }
        feedback.pushInfo(self.tr("Provenance: {0}").format(as_json(provenance)))
        abstract = self.tr(
            "SOC performance framework for '{0}': {1} themes, month, quarter and 12 months to {2}.").format(
            area.name, len(themes), end.isoformat())
        finish_output(output_id, context, provenance, abstract)
        results = {self.OUTPUT: output_id}
        results.update(charts)
        return results

    # ------------------------------------------------------------------ steps
    def _themes(self, parameters, context, read, feedback):
        """[(theme, label)] with 'all' first, and each row's theme."""
        records = read.records
        if read.scheme is not None:
            by = THEMES_BY[self.parameterAsEnum(parameters, self.THEMES, context)]
            if by == "dimension":
                themes = [(dim, dim) for dim in read.dimension_labels]
                theme_of = read.dimensions
            else:
                themes = [(key, read.theme_labels.get(key, key)) for key in read.measures]
                theme_of = records.measure
        elif records.measure is not None:
            themes = [(t, read.theme_labels.get(t, t)) for t in read.themes]
            theme_of = records.measure
            missing = int(records.counts()[(records.measure == None) & records.in_scope()].sum())  # noqa: E711
            if missing:
                feedback.pushWarning(self.tr("{0} records have no theme: they count only in the theme 'all'.").format(
                    missing))
        else:
            themes, theme_of = [], np.full(len(records), None, dtype=object)
            feedback.pushInfo(self.tr("No theme field and no scheme: the table has the theme 'all' only."))
        return [(THEME_ALL, self.tr("All themes"))] + themes, np.asarray(theme_of, dtype=object)

    def _period_end(self, parameters, context, data: Window, feedback) -> dt.date:
        if parameters.get(self.PERIOD_END) in (None, ""):
            end = default_end(data)
            feedback.pushInfo(self.tr("No reporting period end given: using {0}.").format(end.isoformat()))
            return end
        value = parameter_date(self, parameters, self.PERIOD_END, context)
        if value != month_end(value):
            snapped = month_start(value) - dt.timedelta(days=1)
            feedback.pushWarning(self.tr("The reporting period end {0} is not the end of a month: the views end on "
                                         "{1}, the last whole month.").format(
                value.isoformat(), snapped.isoformat()))
            return snapped
        return value

    def _report(self, rows, feedback):
        for row in rows:
            if row["level"] != "force" or row["theme"] != THEME_ALL:
                continue
            pct = row["harm_change_pct"]
            feedback.pushInfo(self.tr("All themes, {0} {1} against {2}: harm {3} ({4}): {5}.").format(
                row["view"], row["current_period"], row["baseline_period"] or "-", _harm_text(row["harm_current"]),
                "{0:+.1f}%".format(pct) if pct is not None else "-", row["change_class"] or row["note"] or "-"))

    def _write(self, parameters, context, rows):
        fields = QgsFields()
        for name, kind in TABLE_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WkbType.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        feature = QgsFeature(fields)
        for row in rows:
            feature.setAttributes([plain(row.get(name)) for name, _ in TABLE_FIELDS])
            add_features(sink, feature, self.OUTPUT)
        del sink
        return dest_id

    def _chart(self, parameters, context, rows, read, end, feedback) -> dict:
        png = self.parameterAsFileOutput(parameters, self.CHART, context) if parameters.get(self.CHART) not in (None,
                "") else ""
        svg = self.parameterAsFileOutput(parameters, self.CHART_SVG, context) if parameters.get(
            self.CHART_SVG) not in (None, "") else ""
        if not png and not svg:
            return {}
        try:
            from ....domain.analyses.charts import performance_chart, save
        except ImportError as error:
            feedback.pushWarning(self.tr("No chart: matplotlib cannot be imported ({0}).").format(error))
            return {}
        force_rows = [r for r in rows if r["level"] == "force"]
        views = (("month", self.tr("Month")), ("quarter", self.tr("Quarter")), ("year", self.tr("12 months")))
        text = {INCREASE: self.tr("significant increase"), DECREASE: self.tr("significant decrease"),
                NO_CHANGE: self.tr("no significant change"), TOO_FEW: self.tr("too few to tell"),
                "new": self.tr("new (baseline 0)"), "none": self.tr("no records"), NO_DATE: self.tr("no dates: not "
                        "compared"),
                "x": self.tr("Change in harm against the baseline (%)")}
        fig = performance_chart(force_rows, title=self.tr("SOC performance framework to {0}").format(end.isoformat()),
                                subtitle=self.tr("Source: {0}. Labels: current / baseline harm.").format(
                                    read.description),
                                views=views, text=text)
        save(fig, png or None, svg or None)
        out = {}
        if png:
            out[self.CHART] = png
        if svg:
            out[self.CHART_SVG] = svg
        return out


def _row(theme, label, view, level, area_id, area_name, current, baseline, values: Optional[dict] = None,
         trend: Optional[dict] = None, note: Optional[str] = None) -> dict:
    row = {"theme": theme, "theme_label": label, "view": view, "level": level,
           "area_id": None if area_id is None else str(area_id),
           "area_name": area_name, "current_period": current, "baseline_period": baseline, "note": note}
    for name, _ in TABLE_FIELDS:
        if name not in row:
            row[name] = None
    for source in (values or {}, trend or {}):
        for key, value in source.items():
            if key in row and key not in ("theme", "view", "level", "area_id", "area_name", "note"):
                row[key] = plain(value)
    return row


def _undated_themes(records, theme_of, themes) -> set:
    """Themes none of whose records has a date (a scheme measure without a date field)."""
    dated = ~np.isnat(records.day) | records.unparseable
    out = set()
    for theme, _ in themes:
        mine = theme_of == theme
        if mine.any() and not dated[mine].any():
            out.add(theme)
    return out


def _trend(summary: dict, row: int) -> dict:
    return {k: summary[k][row] for k in ("mk_tau", "mk_p", "sen_slope", "trend_class")}


def _dated_reconciliation(records) -> dict:
    """Records in by status: dated (in an area, with a date the views can use) or why not."""
    from ....domain.analyses.change import date_status, reconcile_statuses
    from ....domain.periods.calendar import floor_to_month, window_of

    data = records.data_window()
    day = floor_to_month(records.day) if records.month_only else records.day
    inside = window_of(day, [data]) if data is not None else np.full(len(records), -1)
    return reconcile_statuses(date_status(records, inside, inside="dated"), first=("dated",), counts=records.count)


def _harm_text(value) -> str:
    if value is None:
        return "-"
    return "{0:,.1f}".format(value)
