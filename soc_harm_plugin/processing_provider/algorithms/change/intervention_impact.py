"""socharm:interventionimpact: did it work? Target, buffer and control, before and after an operation."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ....domain.analyses import impact
from ....domain.analyses.change import DatedRecords
from ....domain.periods.plan import PeriodError
from ....domain.geometry import intervention_zones
from ....domain.harm.scoring import Areas, MissingWeightError, score_harm
from ....domain.periods.calendar import Period
from ....domain.periods.dates import parse_date_column
from ....qgis_io.outputs import add_features, finish_output
from ....qgis_io.styles import qml_style
from ...inputs import harm as harm_inputs
from ...inputs.dated_records import month_only_from_metadata
from ...outputs.areas import as_json, output_geometries
from ... import groups
from ...base import SocHarmAlgorithm, parameter_date, with_help
from ....compat import DateTimeType, FieldType, NumberType, SourceType, WkbType

ZONE_FIELDS = (
    ("zone", FieldType.String),
    ("n_before", FieldType.Int),
    ("n_after", FieldType.Int),
    ("harm_before", FieldType.Double),
    ("harm_after", FieldType.Double),
)
MAP_FIELDS = ZONE_FIELDS + (("area_km2", FieldType.Double), ("result", FieldType.String))

NUMBER_OUTPUTS = ("ODDS_RATIO", "ODDS_RATIO_LOW", "ODDS_RATIO_HIGH", "HARM_EFFECT", "HARM_EFFECT_LOW",
                  "HARM_EFFECT_HIGH",
                  "WDQ_COUNT", "WDQ_COUNT_LOW", "WDQ_COUNT_HIGH", "WDQ_HARM", "WDQ_HARM_LOW", "WDQ_HARM_HIGH",
                  "TNE_COUNT", "TNE_HARM", "BUFFER_ODDS_RATIO", "BUFFER_ODDS_RATIO_LOW", "BUFFER_ODDS_RATIO_HIGH",
                  "BUFFER_HARM_EFFECT", "BUFFER_HARM_EFFECT_LOW", "BUFFER_HARM_EFFECT_HIGH")
STRING_OUTPUTS = ("TARGET_CLASS", "BUFFER_CLASS", "TARGET_HARM_CLASS", "BUFFER_HARM_CLASS")

FORMULAS = {
    "odds_ratio": "(Ab x Ca) / (Aa x Cb); var(ln OR) = 1/Ab + 1/Aa + 1/Cb + 1/Ca; 0.5 added to each count when one is "
                  "0 "
                  "(Farrington et al. 2007; Haldane 1956)",
    "harm_effect": "the same ratio of harm; percentile interval of a Poisson bootstrap of the records",
    "wdq": "(Ba/Ca - Bb/Cb) / (Aa/Ca - Ab/Cb) (Bowers & Johnson 2003); undefined when Ab = 0, Cb = 0, Ca = 0 or the "
           "denominator is 0; not read when |denominator| < 5 % of Ab/Cb",
    "total_net_effect": "(Ab x Ca/Cb - Aa) + (Bb x Ca/Cb - Ba) (Bowers & Johnson 2003)",
    "target_class": "reduction: interval above 1; increase: below 1; else no_evidence",
    "buffer_class": "judged only with a target reduction: displacement when the buffer's relative effect lies wholly "
                    "below 1 (WDQ < 0), diffusion_of_benefit when wholly above 1 (WDQ > 0), else neither",
}


class InterventionImpact(SocHarmAlgorithm):
    ALGORITHM_ID = "interventionimpact"
    GROUP_ID = groups.CHANGE
    TARGET = "TARGET"
    BUFFER_DISTANCE = "BUFFER_DISTANCE"
    BUFFER_LAYER = "BUFFER_LAYER"
    CONTROL = "CONTROL"
    BEFORE_START = "BEFORE_START"
    BEFORE_END = "BEFORE_END"
    AFTER_START = "AFTER_START"
    AFTER_END = "AFTER_END"
    CONFIDENCE = "CONFIDENCE"
    DRAWS = "DRAWS"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    ZONES = "ZONES"

    def display_name(self) -> str:
        return self.tr("Intervention impact (did it work?)")

    def initAlgorithm(self, config=None):
        tr = self.tr
        harm_inputs.add_harm_parameters(self)
        for name in (harm_inputs.START, harm_inputs.END):
            self.removeParameter(name)
        self.parameterDefinition(harm_inputs.DATE_FIELD).setHelp(tr(
            "The events' date (needed): a date, a date-time, or text (2019-02-15, 15/02/2019, or month-only 2019-02 as "
            "data.police.uk writes it). "
            "Month-only dates make both periods whole months."))
        polygons = [SourceType.VectorPolygon]
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.TARGET, tr("Target area (where the operation ran)"), polygons),
            tr("The polygon(s) where the operation ran; several are merged. Distances and areas are in this layer's "
               "CRS (use a projected CRS such as EPSG:27700).")))
        self.add_parameter(with_help(
            QgsProcessingParameterDistance(self.BUFFER_DISTANCE, tr("Buffer width"), defaultValue=500.0,
                                           parentParameterName=self.TARGET, minValue=0.0),
            tr("The buffer is a ring this wide around the target, where crime could be displaced to (a few hundred "
               "metres for street crime). Not used when a buffer layer is given.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.BUFFER_LAYER, tr("Buffer area (instead of a width)"), polygons,
                                                optional=True),
            tr("Polygons to use as the buffer instead of a ring, e.g. the neighbouring wards. The target is cut out of "
               "them.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.CONTROL, tr("Control area"), polygons, optional=True),
            tr("Comparable places the operation did not reach. Empty: the rest of the force (every record outside "
               "target and buffer). A control that overlaps target or buffer is clipped, with a warning.")))
        for name, label, text in (
                (self.BEFORE_START, tr("Before: start"), tr("First day of the period before the operation.")),
                (self.BEFORE_END, tr("Before: "
                                     "end"), tr("Last day of the period before (inclusive). It must end before the "
                                                "after period starts.")),
                (self.AFTER_START, tr("After: start (the intervention "
                                      "date)"), tr("First day of the period after: the day the operation began, or "
                                                   "later to leave out a settling-in period.")),
                (self.AFTER_END, tr("After: end"), tr("Last day of the period after (inclusive)."))):
            self.add_parameter(with_help(QgsProcessingParameterDateTime(name, label, type=DateTimeType.Date), text))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.CONFIDENCE, tr("Confidence level"), type=NumberType.Double,
                                         minValue=0.5, maxValue=0.999, defaultValue=impact.DEFAULT_CONFIDENCE),
            tr("The level of every interval: 0.95 gives 95 % intervals."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.DRAWS, tr("Bootstrap draws"), type=NumberType.Integer,
                                         minValue=199, maxValue=99999, defaultValue=impact.DEFAULT_DRAWS),
            tr("How many bootstrap replicates give the intervals of the harm measures and the quotients. 1,999 puts "
               "the 95 % limits on whole replicates."),
            advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.SEED, tr("Random seed"), type=NumberType.Integer, defaultValue=1),
            tr("Seed of the bootstrap: the same seed gives the same intervals."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Records and harm by zone"), SourceType.Vector),
            tr("One row per zone (target, buffer, control): n_before, n_after, harm_before, harm_after.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.ZONES, tr("Zones map"), SourceType.VectorPolygon),
            tr("The three zones as polygons with the same fields, area_km2 and result (the target's and the buffer's "
               "class), styled by result. Its provenance holds every result, for the briefing pack's 'Did it work?' "
               "page.")))
        for name, label in (
                ("ODDS_RATIO", tr("Relative effect size (records)")),
                ("ODDS_RATIO_LOW", tr("Relative effect size: lower limit")),
                ("ODDS_RATIO_HIGH", tr("Relative effect size: upper limit")),
                ("HARM_EFFECT", tr("Relative effect on harm")),
                ("HARM_EFFECT_LOW", tr("Relative effect on harm: lower limit")),
                ("HARM_EFFECT_HIGH", tr("Relative effect on harm: upper limit")),
                ("WDQ_COUNT", tr("Weighted displacement quotient (records)")),
                ("WDQ_COUNT_LOW", tr("WDQ (records): lower limit")),
                ("WDQ_COUNT_HIGH", tr("WDQ (records): upper limit")),
                ("WDQ_HARM", tr("Weighted displacement quotient (harm)")),
                ("WDQ_HARM_LOW", tr("WDQ (harm): lower limit")),
                ("WDQ_HARM_HIGH", tr("WDQ (harm): upper limit")),
                ("TNE_COUNT", tr("Total net effect (records prevented)")),
                ("TNE_HARM", tr("Total net effect (harm prevented)")),
                ("BUFFER_ODDS_RATIO", tr("Buffer against control (records)")),
                ("BUFFER_ODDS_RATIO_LOW", tr("Buffer against control: lower limit")),
                ("BUFFER_ODDS_RATIO_HIGH", tr("Buffer against control: upper limit")),
                ("BUFFER_HARM_EFFECT", tr("Buffer against control (harm)")),
                ("BUFFER_HARM_EFFECT_LOW", tr("Buffer against control (harm): lower limit")),
                ("BUFFER_HARM_EFFECT_HIGH", tr("Buffer against control (harm): upper limit"))):
            self.add_output(QgsProcessingOutputNumber(name, label))
        for name, label in (
                ("TARGET_CLASS", tr("Target: reduction, no_evidence or increase")),
                ("BUFFER_CLASS", tr("Buffer: displacement, diffusion_of_benefit or neither")),
                ("TARGET_HARM_CLASS", tr("Target, by harm")),
                ("BUFFER_HARM_CLASS", tr("Buffer, by harm"))):
            self.add_output(QgsProcessingOutputString(name, label))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Reading the zones"))
        target = self.parameterAsSource(parameters, self.TARGET, context)
        if target is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TARGET))
        crs = target.sourceCrs()
        if crs.isGeographic():
            feedback.pushWarning(self.tr(
                "Layer '{0}' is in a geographic CRS ({1}): the buffer width and the areas are in degrees. Reproject "
                "the target to a projected CRS such as EPSG:27700 first.").format(
                target.sourceName(), crs.authid()))
        target_shapes = self._polygons(target, crs, context, steps)
        if not target_shapes:
            raise QgsProcessingException(self.tr("Layer '{0}' (the target) has no "
                                                 "polygon.").format(target.sourceName()))
        buffer_source = self.parameterAsSource(parameters, self.BUFFER_LAYER, context)
        control_source = self.parameterAsSource(parameters, self.CONTROL, context)
        buffer_shapes = self._polygons(buffer_source, crs, context, steps) if buffer_source is not None else None
        control_shapes = self._polygons(control_source, crs, context, steps) if control_source is not None else None
        distance = self.parameterAsDouble(parameters, self.BUFFER_DISTANCE, context)
        if buffer_source is not None and parameters.get(self.BUFFER_DISTANCE) not in (None, "") and distance > 0:
            feedback.pushInfo(self.tr("A buffer layer is given: the buffer width is not used."))
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Reading records"))
        date_field = self.parameterAsString(parameters, harm_inputs.DATE_FIELD, context) or ""
        if not date_field:
            raise QgsProcessingException(self.tr("Choose the events' date field (DATE_FIELD): before and after need "
                                                 "each record's date."))
        inputs = harm_inputs.read_harm_inputs(self, parameters, context, steps, crs)
        if inputs is None or feedback.isCanceled():
            return {}
        located = np.isfinite(inputs.events.x) & np.isfinite(inputs.events.y)
        try:
            zones = intervention_zones.build_zones(target_shapes, distance, buffer_shapes, control_shapes,
                                   points=(inputs.events.x[located], inputs.events.y[located]))
        except intervention_zones.ZoneError as error:
            raise QgsProcessingException(self._zone_error(error, target, buffer_source, control_source, distance))
        self._report_zones(zones, control_source, feedback)
        polygons = zones.polygons()
        areas = Areas(ids=list(range(len(polygons))), geometries=[p.wkb for p in polygons],
                      area_m2=np.array([p.area for p in polygons]))
        try:
            scored = score_harm(inputs.events, areas, inputs.table, missing_policy=inputs.missing_policy,
                                default_weight=inputs.default_weight, period=Period())
        except MissingWeightError as error:
            raise harm_inputs.missing_weight_error(self, inputs, error)
        rec = scored.record_columns
        dates = parse_date_column(inputs.events.dates)
        layer = self.parameterAsVectorLayer(parameters, harm_inputs.EVENTS, context)
        present = ~np.isnat(dates.day)
        month_only = month_only_from_metadata(layer, date_field) or bool((dates.month_only & present).any())
        records = DatedRecords(np.asarray(rec.area_index), np.asarray(rec.weight, dtype=float),
                               dates.day.astype("datetime64[D]"), np.asarray(rec.status_text(), dtype=object),
                               np.asarray(dates.unparseable, dtype=bool), month_only, list(dates.examples))
        harm_inputs.report_missing_weights(self, scored, inputs, feedback)
        if dates.examples:
            feedback.pushWarning(self.tr("Field '{0}' of layer '{1}' has dates that cannot be read, e.g. {2}: those "
                                         "records are counted as unparseable_date.").format(
                date_field, inputs.layer_name, ", ".join(repr(e) for e in dates.examples)))

        steps.setCurrentStep(2)
        periods = self._periods(parameters, context, records, inputs.layer_name, feedback)
        counted = impact.tally(records, periods, control_is_rest=zones.control_is_rest)
        rec_text = ", ".join("{0} {1}".format(n, code) for code, n in counted.reconciliation["by_status"].items() if n)
        feedback.pushInfo(self.tr("Records in: {0} = "
                                  "{1}").format(counted.reconciliation["records_in"], rec_text or "0"))
        self._check_counts(counted, target, feedback)
        confidence = self.parameterAsDouble(parameters, self.CONFIDENCE, context)
        draws = self.parameterAsInt(parameters, self.DRAWS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        steps.pushInfo(self.tr("Measuring the effect ({0} bootstrap draws)").format(draws))
        result = impact.evaluate_impact(counted, confidence, draws, seed)
        if feedback.isCanceled():
            return {}
        outputs = result.outputs()
        self._report_result(result, outputs, feedback)

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing outputs"))
        provenance = {
            **self.provenance_header(parameters, context),
            "events_layer": inputs.layer_name, "code_field": inputs.code_field, "date_field": date_field,
            "harm_table": inputs.table.provenance(), "filter": inputs.filter_expression or None,
            "missing_weight": {"policy": inputs.missing_policy, "codes": scored.missing_codes},
            "periods": periods.as_dict(),
            "zones": {
                "target_layer": target.sourceName(),
                "buffer": ({"layer": buffer_source.sourceName()} if buffer_source is not None
                           else {"distance_m": distance}),
                "control": {"layer": control_source.sourceName()} if control_source is not None else "rest_of_force",
                "area_km2": dict(zip(impact.ZONES, zones.areas_km2())),
                "notes": [{"code": code, **details} for code, details in zones.notes],
                "crs": crs.authid(),
                "edges": "a record on an edge two zones share counts in the first of target, buffer, control",
            },
            "results": dict(outputs, confidence=confidence),
            "measures": result.as_dict(),
            "formulas": FORMULAS,
            "reconciliation": counted.reconciliation,
        }
        feedback.pushInfo(self.tr("Provenance: {0}").format(as_json(provenance)))
        table_id = self._write_table(parameters, context, counted)
        abstract = self.tr("Records and harm in target, buffer and control, {0} against {1}.").format(
            periods.after.label(), periods.before.label())
        finish_output(table_id, context, provenance, abstract)
        zones_id = self._write_zones(parameters, context, counted, zones, result, crs)
        finish_output(zones_id, context, provenance, abstract, style=qml_style("intervention_zones"))
        out = {self.OUTPUT: table_id, self.ZONES: zones_id}
        out.update(outputs)
        return out

    # ------------------------------------------------------------------ reading

    def _polygons(self, source, crs, context, feedback) -> list:
        """The polygons of a layer in ``crs`` as WKB (features without a polygon are left out)."""
        transform = None
        if source.sourceCrs() != crs and source.sourceCrs().isValid():
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
            feedback.pushInfo(self.tr("Layer '{0}' ({1}) is reprojected to the target's CRS ({2}).").format(
                source.sourceName(), source.sourceCrs().authid(), crs.authid()))
        request = QgsFeatureRequest().setNoAttributes()
        out = []
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                break
            geom = QgsGeometry(feature.geometry())
            if geom.isNull() or geom.isEmpty():
                continue
            if transform is not None and geom.transform(transform) != Qgis.GeometryOperationResult.Success:
                raise QgsProcessingException(self.tr("Feature {0} of layer '{1}' cannot be reprojected from {2} to "
                                                     "{3}.").format(
                    feature.id(), source.sourceName(), source.sourceCrs().authid(), crs.authid()))
            if not geom.isGeosValid():
                geom = geom.makeValid()
            out.append(bytes(geom.asWkb()))
        return out

    def _periods(self, parameters, context, records, layer_name: str, feedback) -> impact.ImpactPeriods:
        dates = [parameter_date(self, parameters, name, context)
                 for name in (self.BEFORE_START, self.BEFORE_END, self.AFTER_START, self.AFTER_END)]
        for name, value in zip((self.BEFORE_START, self.BEFORE_END, self.AFTER_START, self.AFTER_END), dates):
            if value is None:
                raise QgsProcessingException(self.tr("Give the date {0}.").format(name))
        data = records.data_window()
        if data is not None:
            feedback.pushInfo(self.tr("The data cover {0} ({1} to "
                                      "{2}).").format(data.label(), data.start.isoformat(), data.end.isoformat()))
        try:
            periods = impact.plan_impact_periods(*dates, month_only=records.month_only, data=data)
        except PeriodError as error:
            raise QgsProcessingException(self._period_error(error, layer_name))
        for code, details in periods.notes:
            if code == impact.NOTE_WIDENED:
                feedback.pushWarning(self.tr("The dates are month-only, so the {0} period {1} is widened to whole "
                                             "months: {2}.").format(
                    details["period"], details["asked"], details["used"]))
            elif code in (impact.NOTE_BEFORE_PARTIAL, impact.NOTE_AFTER_PARTIAL):
                feedback.pushWarning(self.tr("The data ({0}) cover only part of the period {1}: records are counted "
                                             "for {2}. The control covers the same days, so the relative measures "
                                             "still compare like with like.").format(
                    details["data"], details["asked"], details["covered"]))
            elif code == impact.NOTE_GAP:
                feedback.pushInfo(self.tr("Records from {0} to {1}, between the periods, are counted as "
                                          "out_of_period.").format(
                    details["from"], details["to"]))
        feedback.pushInfo(self.tr("Before: {0}; after: {1}.").format(periods.before.label(), periods.after.label()))
        return periods

    def _period_error(self, error: PeriodError, layer_name: str) -> str:
        d = error.details
        if error.code == "start_after_end":
            return self.tr("The {0} period starts ({1}) after it ends ({2}).").format(d["period"], d["start"], d["end"])
        if error.code == "periods_overlap":
            return self.tr("The periods overlap: before {0}, after {1}. The before period must end before the after "
                           "period starts (with month-only dates, in an earlier month).").format(
                d["before"], d["after"])
        if error.code == "after_before_before":
            return self.tr("The after period ({0}) comes before the before period "
                           "({1}).").format(d["after"], d["before"])
        if error.code == "intervention_after_data":
            return self.tr("The intervention date {0} is after the last record of layer '{1}', whose data cover {2}: "
                           "there is no after period to measure.").format(
                d["intervention"], layer_name, d["data"])
        if error.code == "before_no_data":
            return self.tr("The before period {0} lies outside the data of layer '{1}', which cover {2}.").format(
                d["before"], layer_name, d["data"])
        if error.code == "no_data":
            return self.tr("No record of layer '{0}' has a date that can be read.").format(layer_name)
        return self.tr("The periods cannot be compared: {0}").format(str(error))

    def _zone_error(self, error: intervention_zones.ZoneError, target, buffer_source, control_source,
                    distance: float) -> str:
        d = error.details
        if error.code == intervention_zones.TARGET_EMPTY:
            return self.tr("Layer '{0}' (the target) has no area.").format(target.sourceName())
        if error.code == intervention_zones.BUFFER_EMPTY:
            if buffer_source is not None:
                return self.tr("Layer '{0}' (the buffer) leaves no area around the target: it lies inside "
                               "it.").format(buffer_source.sourceName())
            return self.tr("The buffer width is {0}: give a width above 0 or a buffer layer.").format(distance)
        if error.code == intervention_zones.CONTROL_SWALLOWED:
            return self.tr("Layer '{0}' (the control, {1} km²) lies wholly inside the target and buffer: nothing is "
                           "left to compare with. Choose a control outside them or a narrower buffer.").format(
                control_source.sourceName() if control_source is not None else "", d.get("control_km2"))
        return str(error)

    def _report_zones(self, zones, control_source, feedback) -> None:
        target_km2, buffer_km2, control_km2 = zones.areas_km2()
        for code, details in zones.notes:
            if code == intervention_zones.BUFFER_CLIPPED:
                feedback.pushInfo(self.tr("The buffer layer covered {0} km² of the target: the target is cut out of "
                                          "it.").format(details["km2"]))
            elif code == intervention_zones.CONTROL_CLIPPED:
                feedback.pushWarning(self.tr("Layer '{0}' (the control) overlaps the target or buffer by {1} km² ({2} "
                                             "% of it): that part is cut out of the control.").format(
                    control_source.sourceName(), details["km2"], details["share"]))
            elif code == intervention_zones.CONTROL_IS_REST:
                feedback.pushInfo(self.tr("No control layer: the control is every record outside target and buffer."))
        feedback.pushInfo(self.tr("Zones: target {0:.2f} km², buffer {1:.2f} km²{2}.").format(
            target_km2, buffer_km2, self.tr(", control {0:.2f} "
                                            "km²").format(control_km2) if control_km2 is not None else ""))

    def _check_counts(self, counted: impact.Tally, target, feedback) -> None:
        n = counted.counts()
        if n[0].sum() == 0:
            raise QgsProcessingException(self.tr(
                "No record lies in the target (layer '{0}') in either period: there is nothing to measure. Check the "
                "target, the periods and the events' CRS.").format(
                target.sourceName()))
        if n[2].sum() == 0:
            raise QgsProcessingException(self.tr(
                "No record lies in the control in either period: there is nothing to compare the target with. Choose "
                "another control or a narrower buffer."))
        if n[0, 0] == 0:
            feedback.pushWarning(self.tr("No record lies in the target before the operation: the weighted displacement "
                                         "quotient is undefined (there was nothing to reduce)."))
        if n[1].sum() == 0:
            feedback.pushWarning(self.tr("No record lies in the buffer in either period: displacement cannot be "
                                         "measured."))
        if 0 in (n[2, 0], n[2, 1]):
            feedback.pushWarning(self.tr("The control has no record in one period: the quotients are undefined."))

    def _report_result(self, result: impact.ImpactResult, outputs: dict, feedback) -> None:
        def num(value) -> str:
            return "-" if value is None else "{0:.3f}".format(value)

        level = "{0:g} %".format(100.0 * result.confidence)
        ratio = result.odds_ratio
        feedback.pushInfo(self.tr("Relative effect size (records): {0} ({1} interval {2} to {3}){4}: {5}.").format(
            num(outputs["ODDS_RATIO"]), level, num(outputs["ODDS_RATIO_LOW"]), num(outputs["ODDS_RATIO_HIGH"]),
            self.tr(", with 0.5 added to each count (a count was 0)") if ratio.corrected else "", result.target_class))
        feedback.pushInfo(self.tr("Relative effect on harm: {0} ({1} interval {2} to {3}): {4}.").format(
            num(outputs["HARM_EFFECT"]), level, num(outputs["HARM_EFFECT_LOW"]), num(outputs["HARM_EFFECT_HIGH"]),
            result.target_harm_class))
        for label, quotient, key in ((self.tr("records"), result.wdq_count, "WDQ_COUNT"),
                                     (self.tr("harm"), result.wdq_harm, "WDQ_HARM")):
            if quotient.value is None:
                feedback.pushWarning(self.tr("Weighted displacement quotient ({0}) undefined: "
                                             "{1}.").format(label, self._wdq_reason(quotient.reason)))
            else:
                feedback.pushInfo(self.tr("Weighted displacement quotient ({0}): {1} ({2} interval {3} to {4}); total "
                                          "net effect {5}.").format(
                    label, num(quotient.value), level, num(outputs[key + "_LOW"]), num(outputs[key + "_HIGH"]),
                    num(quotient.total_net_effect)))
                if quotient.near_zero:
                    feedback.pushWarning(self.tr("The target barely changed against the control, so the quotient ({0}) "
                                                 "is not read as displacement.").format(label))
        feedback.pushInfo(self.tr("Target: {0}; buffer: {1} (by harm: {2}; {3}).").format(
            result.target_class, result.buffer_class, result.target_harm_class, result.buffer_harm_class))

    def _wdq_reason(self, reason) -> str:
        if reason == impact.WDQ_TARGET_BEFORE_ZERO:
            return self.tr("the target had no record before")
        if reason == impact.WDQ_CONTROL_ZERO:
            return self.tr("the control has no record in a period")
        if reason == impact.WDQ_NO_TARGET_CHANGE:
            return self.tr("the target did not change against the control")
        return str(reason)

    # ------------------------------------------------------------------ writing

    def _fields(self, spec) -> QgsFields:
        fields = QgsFields()
        for name, kind in spec:
            fields.append(QgsField(name, kind))
        return fields

    def _write_table(self, parameters, context, counted: impact.Tally) -> str:
        fields = self._fields(ZONE_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WkbType.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for row in counted.rows():
            feature = QgsFeature(fields)
            feature.setAttributes([row[name] for name, _ in ZONE_FIELDS])
            add_features(sink, feature, self.OUTPUT)
        del sink
        return dest_id

    def _write_zones(self, parameters, context, counted: impact.Tally, zones, result: impact.ImpactResult, crs) -> str:
        fields = self._fields(MAP_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, self.ZONES, context, fields, WkbType.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.ZONES))
        for row, shape, km2 in zip(counted.rows(), zones.drawn(), zones.areas_km2()):
            feature = QgsFeature(fields)
            feature.setAttributes([row[name] for name, _ in ZONE_FIELDS] + [km2, result.zone_result(row["zone"])])
            if shape is not None:
                feature.setGeometry(output_geometries([shape.wkb])[0])
            add_features(sink, feature, self.ZONES)
        del sink
        return dest_id
