"""socharm:harmtrend: harm by month, quarter or year per area and for the force, its trend and a control band."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QDate

from ....domain.analyses.change import date_status, reconcile_statuses
from ....domain.periods.calendar import CALENDAR_UNITS, Window, window_of
from ....domain.analyses.trend import band_periods, build_series, summarise, top_rows
from ....qgis_io.outputs import add_features, finish_output
from ...inputs import dated_records
from ...inputs.areas import add_area_parameters, geography_for_provenance
from ...outputs.areas import as_json, plain
from ... import groups
from ...base import SocHarmAlgorithm, parameter_date, with_help
from ....compat import DateTimeType, FieldType, NumberType, SourceType, WkbType

IN_SERIES = "in_series"
LEVEL_AREA = "area"
LEVEL_FORCE = "force"


class HarmTrend(SocHarmAlgorithm):
    ALGORITHM_ID = "harmtrend"
    GROUP_ID = groups.CHANGE
    UNIT = "UNIT"
    SERIES_START = "SERIES_START"
    SERIES_END = "SERIES_END"
    ALPHA = "ALPHA"
    BAND_SD = "BAND_SD"
    BASELINE_PERIODS = "BASELINE_PERIODS"
    TOP_AREAS = "TOP_AREAS"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    CHART = "CHART"
    CHART_SVG = "CHART_SVG"

    def display_name(self) -> str:
        return self.tr("Harm over time")


    def initAlgorithm(self, config=None):
        tr = self.tr
        add_area_parameters(self)
        dated_records.add_record_parameters(self)
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.UNIT, tr("Periods"), options=[tr("Month"), tr("Quarter"), tr("Year")],
                                       defaultValue=0),
            tr("Count and weigh records by calendar month, quarter (January-March, ...) or year.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(self.SERIES_START, tr("Series start"), type=DateTimeType.Date,
                                           optional=True),
            tr("Leave out records before this day. Empty: from the first dated record.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(self.SERIES_END, tr("Series end"), type=DateTimeType.Date, optional=True),
            tr("Leave out records after this day. Empty: to the last dated record. A period the series covers only "
               "in part is flagged partial and left out of the trend and the band.")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.ALPHA, tr("Significance level"), type=NumberType.Double,
                                         minValue=0.0001, maxValue=0.5, defaultValue=0.05),
            tr("A Mann-Kendall trend with a p-value below this is up or down; otherwise none.")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.BAND_SD, tr("Band width (standard deviations)"), type=NumberType.Double,
                                         minValue=0.5, maxValue=5.0, defaultValue=2.0),
            tr("The expected band is the baseline mean plus or minus this many standard deviations (never narrower "
               "than chance alone makes it). 2 flags about 1 period in 20 by chance; 3 is the classic "
               "control-chart limit.")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.BASELINE_PERIODS, tr("Baseline periods for the band"),
                                         type=NumberType.Integer,
                                         minValue=0, defaultValue=0),
            tr("How many whole periods before the latest build the band: 0 takes them all."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.TOP_AREAS, tr("Areas in the chart"), type=NumberType.Integer,
                                         minValue=0, maxValue=8, defaultValue=5),
            tr("The chart shows the force total and this many areas with the most harm over the series.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Harm by period (long table)"), SourceType.Vector),
            tr("One row per area and period, and one per period for the whole force (level force, area_id empty): "
               "level, area_id, area_name, period, period_start, period_end, partial (1 when the data cover the "
               "period only in part), no_data (1 when the data hold no record at all in it), n and harm. Every "
               "period is listed, with 0 where an area has no record.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Trend per area"), SourceType.Vector),
            tr("One row per area and one for the force: n_total, harm_total and periods (whole periods), mk_s, "
               "mk_tau, mk_p, sen_slope (harm per period), trend_class (up, down, none), latest_period, "
               "latest_n, latest_harm, band_mean, band_low, band_high, latest_flag (above, below, within) and "
               "chart_rank.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFileDestination(self.CHART, tr("Chart (PNG)"), fileFilter="PNG files (*.png)",
                                                  optional=True, createByDefault=False),
            tr("The force total with its band and Sen's slope, over the top areas' series.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFileDestination(self.CHART_SVG, tr("Chart (SVG)"), fileFilter="SVG files (*.svg)",
                                                  optional=True, createByDefault=False),
            tr("The same chart as an SVG, to edit or scale in reports.")))
        self.add_output(QgsProcessingOutputNumber("FORCE_MK_TAU", tr("Force: Kendall's tau")))
        self.add_output(QgsProcessingOutputNumber("FORCE_MK_P", tr("Force: Mann-Kendall p-value")))
        self.add_output(QgsProcessingOutputNumber("FORCE_SEN_SLOPE", tr("Force: Sen's slope (harm per period)")))
        self.add_output(QgsProcessingOutputString("FORCE_TREND_CLASS", tr("Force: trend")))
        self.add_output(QgsProcessingOutputString("FORCE_LATEST_FLAG", tr("Force: latest period against its band")))
        self.add_output(QgsProcessingOutputString("LATEST_PERIOD", tr("Latest whole period")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Reading areas"))
        area_source, area, crs = dated_records.read_areas_parameter(self, parameters, context, steps)
        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Reading records"))
        read = dated_records.read_dated_records(self, parameters, context, steps, area, crs)
        if read is None or feedback.isCanceled():
            return {}
        dated_records.report_dates(self, read, feedback, read.description)
        records = read.records
        unit = CALENDAR_UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        data = series_window(self, parameters, context, records, read.description)
        feedback.pushInfo(self.tr("The series covers {0} ({1} to {2}), by {3}.").format(
            data.label(), data.start.isoformat(), data.end.isoformat(), unit))

        steps.setCurrentStep(2)
        series = build_series(records, len(area.areas.ids), unit, data)
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        band_sd = self.parameterAsDouble(parameters, self.BAND_SD, context)
        baseline_periods = self.parameterAsInt(parameters, self.BASELINE_PERIODS, context)
        summary = summarise(series, alpha=alpha, band_sd=band_sd, baseline_periods=baseline_periods)
        day = records.day.astype("datetime64[M]").astype("datetime64[D]") if records.month_only else records.day
        status = date_status(records, window_of(day, [data]), inside=IN_SERIES)
        reconciliation = reconcile_statuses(status, first=(IN_SERIES,), counts=records.count)
        self._report(series, summary, reconciliation, feedback)
        n_areas = len(area.areas.ids)
        top = top_rows(summary["harm_total"], n_areas, self.parameterAsInt(parameters, self.TOP_AREAS, context))
        chart_rank = np.full(n_areas + 1, None, dtype=object)
        for rank, row in enumerate(top, start=1):
            chart_rank[row] = rank
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing outputs"))
        names = dated_records.area_names(area, area_source)
        id_field = area_source.fields().at(area.id_index)
        output_id = self._write_long(parameters, context, series, area, names, id_field, steps)
        summary_id = self._write_summary(parameters, context, series, summary, chart_rank, area, names, id_field)
        charts = self._chart(parameters, context, series, summary, top, names, unit, read, feedback)
        provenance = {
            **self.provenance_header(parameters, context),
            "unit": unit,
            "series": {"start": data.start.isoformat(), "end": data.end.isoformat(), "month_only": records.month_only,
                       "periods": len(series.labels), "partial": [series.labels[j] for j in np.flatnonzero(
                           series.partial)],
                       "no_data": series.empty},
            "trend": {"test": "Mann-Kendall (tie-corrected variance, continuity correction), two-sided", "alpha": alpha,
                      "slope": "Sen's slope, harm per period", "min_periods": 3},
            "band": {"rule": "mean +/- band_sd * max(sample sd, sqrt(mean sum of squared weights)); low cut at 0",
                     "band_sd": band_sd, "periods": band_periods(series, baseline_periods)},
            "area_id_field": area.id_field,
            "area_name_field": area.name_field or None,
            "geography": geography_for_provenance("auto", area),
            "records": None,
            "reconciliation": reconciliation,
            "charts": charts,
            "source": read.source,
            **read.engine,
        }
        feedback.pushInfo(self.tr("Provenance: {0}").format(as_json(provenance)))
        abstract = self.tr("Harm by {0} in areas of '{1}', {2}.").format(unit, area.name, data.label())
        finish_output(output_id, context, provenance, abstract)
        finish_output(summary_id, context, provenance, abstract)
        force = n_areas
        results = {
            self.OUTPUT: output_id,
            self.SUMMARY: summary_id,
            "FORCE_MK_TAU": plain(summary["mk_tau"][force]),
            "FORCE_MK_P": plain(summary["mk_p"][force]),
            "FORCE_SEN_SLOPE": plain(summary["sen_slope"][force]),
            "FORCE_TREND_CLASS": summary["trend_class"][force],
            "FORCE_LATEST_FLAG": summary["latest_flag"][force],
            "LATEST_PERIOD": summary["latest_period"][force],
        }
        for key in (self.CHART, self.CHART_SVG):
            if charts.get(key):
                results[key] = charts[key]
        return results

    # ------------------------------------------------------------------ steps
    def _report(self, series, summary, reconciliation, feedback):
        parts = ", ".join("{0} {1}".format(n, code) for code, n in reconciliation["by_status"].items() if n)
        feedback.pushInfo(self.tr("Records in: {0} = {1}").format(reconciliation["records_in"], parts or "0"))
        whole = int(series.usable.sum())
        partial = [series.labels[j] for j in np.flatnonzero(series.partial)]
        if partial:
            feedback.pushWarning(self.tr("The data cover period(s) {0} only in part: they are listed (partial = 1) "
                                         "but left out of the trend and the band.").format(
                ", ".join(partial)))
        if series.empty:
            feedback.pushWarning(self.tr("No record at all falls in period(s) {0}: is data missing for them? They "
                                         "are listed (no_data = 1, n and harm 0) but left out of the "
                                         "trend and the band.").format(
                ", ".join(series.empty)))
        if whole == 0:
            feedback.pushWarning(self.tr("The data cover no whole period: there is no trend and no band."))
        elif whole == 1:
            feedback.pushWarning(self.tr("The data cover a single whole period ({0}): a trend needs at least 3 and "
                                         "a band at least 3 (2 before the latest). Choose a shorter "
                                         "period unit or more data.").format(
                series.labels[int(np.flatnonzero(series.usable)[0])]))
        elif whole < 3:
            feedback.pushWarning(self.tr("The data cover {0} whole periods: a trend needs at least 3, a band at "
                                         "least 3 (2 before the latest).").format(whole))
        f = series.rows - 1
        if summary["latest_period"][f] is not None:
            feedback.pushInfo(self.tr("Force total: trend {0} (tau {1}, p {2}, Sen's slope {3} per period); latest "
                                      "period {4}: harm {5:,.1f}, {6} its band [{7}, {8}].").format(
                summary["trend_class"][f], _p_text(summary["mk_tau"][f]), _p_text(summary["mk_p"][f]), _p_text(summary[
                    "sen_slope"][f]),
                summary["latest_period"][f], summary["latest_harm"][f], summary["latest_flag"][f] or "-",
                _p_text(summary["band_low"][f]), _p_text(summary["band_high"][f])))

    def _write_long(self, parameters, context, series, area, names, id_field, feedback):
        fields = QgsFields()
        fields.append(QgsField("level", FieldType.String))
        fields.append(_id_field(id_field))
        for name, kind in (("area_name", FieldType.String), ("period", FieldType.String), ("period_start",
                FieldType.Date),
                           ("period_end", FieldType.Date), ("partial", FieldType.Int), ("no_data", FieldType.Int), ("n",
                                   FieldType.Int),
                           ("harm", FieldType.Double)):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WkbType.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        starts = [QDate(w.start.year, w.start.month, w.start.day) for w in series.windows]
        ends = [QDate(w.end.year, w.end.month, w.end.day) for w in series.windows]
        partial = series.partial.astype(int).tolist()
        no_data = series.no_data.astype(int).tolist()
        n = series.n.tolist()
        harm = series.harm.tolist()
        ids = list(area.areas.ids)
        rows = series.rows
        total = rows
        feature = QgsFeature(fields)
        for r in [rows - 1] + list(range(rows - 1)):  # the force first
            if r % 100 == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(50.0 * r / total)
            force = r == rows - 1
            for j, label in enumerate(series.labels):
                feature.setAttributes([LEVEL_FORCE if force else LEVEL_AREA, None if force else plain(ids[r]),
                                       None if force else names[r], label, starts[j], ends[j], partial[j], no_data[j],
                                       n[r][j], harm[r][j]])
                add_features(sink, feature, self.OUTPUT)
        del sink
        return dest_id

    def _write_summary(self, parameters, context, series, summary, chart_rank, area, names, id_field):
        fields = QgsFields()
        fields.append(QgsField("level", FieldType.String))
        fields.append(_id_field(id_field))
        spec = [("area_name", FieldType.String), ("n_total", FieldType.Int), ("harm_total", FieldType.Double),
                ("periods", FieldType.Int), ("mk_s", FieldType.Double), ("mk_tau", FieldType.Double), ("mk_p",
                        FieldType.Double),
                ("sen_slope", FieldType.Double), ("trend_class", FieldType.String), ("latest_period", FieldType.String),
                ("latest_n", FieldType.Int), ("latest_harm", FieldType.Double), ("band_mean", FieldType.Double),
                ("band_low", FieldType.Double), ("band_high", FieldType.Double), ("latest_flag", FieldType.String),
                ("chart_rank", FieldType.Int)]
        for name, kind in spec:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.SUMMARY, context, fields, WkbType.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.SUMMARY))
        ids = list(area.areas.ids)
        rows = series.rows
        feature = QgsFeature(fields)
        for r in [rows - 1] + list(range(rows - 1)):
            force = r == rows - 1
            values = [LEVEL_FORCE if force else LEVEL_AREA, None if force else plain(ids[r]),
                      None if force else names[r]]
            for name, _ in spec[1:]:
                if name == "chart_rank":
                    values.append(chart_rank[r])
                    continue
                value = plain(summary[name][r])
                if name == "latest_n" and value is not None and value < 0:
                    value = None
                values.append(value)
            feature.setAttributes(values)
            add_features(sink, feature, self.SUMMARY)
        del sink
        return dest_id

    def _chart(self, parameters, context, series, summary, top, names, unit, read, feedback) -> dict:
        png = self.parameterAsFileOutput(parameters, self.CHART, context) if parameters.get(self.CHART) not in (None,
                "") else ""
        svg = self.parameterAsFileOutput(parameters, self.CHART_SVG, context) if parameters.get(
            self.CHART_SVG) not in (None, "") else ""
        if not png and not svg:
            return {}
        try:
            from ....domain.analyses.charts import save, trend_chart
        except ImportError as error:  # matplotlib missing: the tables are still written
            feedback.pushWarning(self.tr("No chart: matplotlib cannot be imported ({0}).").format(error))
            return {}
        f = series.rows - 1
        whole = np.flatnonzero(series.usable)
        latest = int(whole[-1]) if len(whole) else None
        base_labels = set(band_periods(series, self.parameterAsInt(parameters, self.BASELINE_PERIODS, context)))
        band_idx = [j for j, label in enumerate(series.labels) if label in base_labels]
        band = None
        if summary["latest_flag"][f] is not None:
            band = (summary["band_mean"][f], summary["band_low"][f], summary["band_high"][f])
        sen = (summary["sen_slope"][f], list(whole)) if np.isfinite(summary["sen_slope"][f]) else None
        areas = [(names[r], series.harm[r], summary["trend_class"][r]) for r in top]
        unit_word = {"month": self.tr("month"), "quarter": self.tr("quarter"), "year": self.tr("year")}[unit]
        trend = summary["trend_class"][f]
        subtitle = self.tr("Source: {0}. Force trend: {1} (Mann-Kendall p = {2}); latest whole {3} {4}: {5} its "
                           "expected band.").format(
            read.description, trend, _p_text(summary["mk_p"][f]), unit_word, summary["latest_period"][f] or "-",
            summary["latest_flag"][f] or "-")
        text = {
            "band": self.tr("Expected band (baseline mean \u00b1 {0} sd)").format(
                "{0:g}".format(self.parameterAsDouble(parameters, self.BAND_SD, context))),
            "mean": self.tr("Baseline mean"),
            "sen": self.tr("Sen's slope: {0:+,.0f} per {1}").format(sen[0] if sen else 0.0, unit_word),
            "partial": self.tr("Partial period (not compared)"),
            "no_data": self.tr("No record at all (missing data?)"),
            "latest": self.tr("Latest period: {0}").format(summary["latest_flag"][f] or "-"),
            "areas": self.tr("Areas with the most harm (\u2191 / \u2193: significant trend)"),
        }
        fig = trend_chart(series.labels, series.partial, series.harm[f], areas,
                          title=self.tr("Harm by {0}: force total and top areas").format(unit_word), subtitle=subtitle,
                          y_label=self.tr("Harm (weighted records)"), band=band, band_periods=band_idx, latest=latest,
                          latest_flag=summary["latest_flag"][f], sen=sen, force_label=self.tr("Force total"),
                          no_data=series.no_data, text=text)
        save(fig, png or None, svg or None)
        out = {}
        if png:
            out[self.CHART] = png
        if svg:
            out[self.CHART_SVG] = svg
        return out


def series_window(alg, parameters, context, records, description) -> Window:
    """The days the series covers: the data's, cut to SERIES_START/SERIES_END."""
    data = records.data_window()
    if data is None:
        raise QgsProcessingException(alg.tr(
            "No record of {0} has a date that can be read: there is no series.").format(description))
    start = parameter_date(alg, parameters, HarmTrend.SERIES_START, context)
    end = parameter_date(alg, parameters, HarmTrend.SERIES_END, context)
    if start and end and start > end:
        raise QgsProcessingException(alg.tr("The series starts ({0}) after it ends ({1}).").format(start, end))
    window = Window(max(data.start, start) if start else data.start, min(data.end, end) if end else data.end)
    if window.start > window.end:
        raise QgsProcessingException(alg.tr(
            "The series {0} to {1} lies outside the data of {2}, which cover {3}.").format(
            start or "", end or "", description, data.label()))
    return window


def _id_field(source_field) -> QgsField:
    out = QgsField(source_field)
    out.setName("area_id")
    return out


def _p_text(value) -> str:
    value = plain(value)
    if value is None:
        return "-"
    return "{0:.3g}".format(value)

