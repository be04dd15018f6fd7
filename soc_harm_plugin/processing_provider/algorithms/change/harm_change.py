"""socharm:harmchange: compare harm between a current period and its baseline, per area and for the force."""
from __future__ import annotations

import time

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
)

from ....domain.codes import (
    DECREASE,
    DRIVER_BY_CATEGORY,
    DRIVER_BY_MEASURE,
    DRIVER_SCOPE_FORCE,
    INCREASE,
    NO_CHANGE,
    TOO_FEW,
)
from ....domain.analyses.change import compare_periods
from ....domain.analyses.drivers import DRIVER_BY_OPTIONS, Drivers, change_drivers, driver_values
from ....domain.sharing.narrative import drivers_clause
from ....qgis_io.outputs import add_features, finish_output
from ....qgis_io.styles import qml_style
from ...inputs import dated_records
from ...inputs import periods as period_inputs
from ...inputs.periods import add_period_parameters, make_plan
from ...outputs.provenance import TEST_DESCRIPTION
from ...inputs.areas import add_area_parameters, geography_for_provenance
from ...outputs.areas import as_json, output_geometries, plain, write_scored_areas
from ... import groups
from ...base import SocHarmAlgorithm, with_help
from ....compat import FieldType, SourceType, WkbType

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

DRIVER_FIELD_TYPES = [  # the first eight are named by issue 15: public
    ("area_id", FieldType.String),
    ("driver", FieldType.String),
    ("n_current", FieldType.Int),
    ("n_baseline", FieldType.Double),
    ("harm_current", FieldType.Double),
    ("harm_baseline", FieldType.Double),
    ("harm_change", FieldType.Double),
    ("share_of_change", FieldType.Double),
    ("share_reason", FieldType.String),
    ("area_name", FieldType.String),
    ("driver_label", FieldType.String),
    ("scope", FieldType.String),
    ("driver_by", FieldType.String),
    ("current_period", FieldType.String),
    ("baseline_period", FieldType.String),
]
TOP_DRIVERS = 3  # drivers per area kept in the change layer's provenance (for the narrative and the panel)


class HarmChange(SocHarmAlgorithm):
    ALGORITHM_ID = "harmchange"
    GROUP_ID = groups.CHANGE
    CURRENT_START = period_inputs.CURRENT_START
    CURRENT_END = period_inputs.CURRENT_END
    BASELINE = period_inputs.BASELINE
    N_PERIODS = period_inputs.N_PERIODS
    ALPHA = period_inputs.ALPHA
    SEED = period_inputs.SEED
    OUTPUT = "OUTPUT"
    DRIVER_BY = "DRIVER_BY"
    DRIVERS = "DRIVERS"

    def display_name(self) -> str:
        return self.tr("Compare harm between periods")


    def initAlgorithm(self, config=None):
        tr = self.tr
        add_area_parameters(self)
        dated_records.add_record_parameters(self)
        add_period_parameters(
            self,
            tr("First day of the current period. Empty: the first day of the month of the period end."),
            tr("Last day of the current period (inclusive). Empty: the end of the last month the data wholly cover."))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Areas with their change in harm")),
            tr("Every area with n_current, n_baseline, harm_current, harm_baseline, harm_change, harm_change_pct "
               "(harm_change_pct_reason where it is null), p_count, p_harm, harm_test, rank_current, "
               "rank_baseline, rank_change, change_class and count_change_class (increase, decrease, no_change, "
               "too_few), current_period and baseline_period.")))
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.DRIVER_BY, tr("Drivers by"),
                                       options=[tr("Offence category (the harm table's "
                                                   "category)"), tr("Code (as in the harm table)")],
                                       defaultValue=0),
            tr("What the drivers of a change are: the harm table's offence category of each record (a table without a "
               "category column gives each code's label), or its code. With a harm scheme the drivers are always the "
               "scheme's measures."),
            advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.DRIVERS, tr("Drivers of the change"), SourceType.Vector,
                                              optional=True, createByDefault=True),
            tr("A table of what drove each area's change: one row per area and driver (offence category, code or "
               "scheme measure) with a record in either period, and rows for the force (scope force). Fields area_id, "
               "driver, n_current, n_baseline, harm_current, harm_baseline, harm_change and share_of_change: the "
               "driver's part of the area's change in harm, in %, signs kept, so an area's shares add up to 100 (a "
               "driver that fell while the area rose has a negative share). Where the area's harm did not change there "
               "is no share (share_reason no_change).")))
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
        area_source, area, crs = dated_records.read_areas_parameter(self, parameters, context, steps)
        geometries = output_geometries(area.rows.wkb)
        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Reading records"))
        read = dated_records.read_dated_records(self, parameters, context, steps, area, crs)
        if read is None or feedback.isCanceled():
            return {}
        dated_records.report_dates(self, read, feedback, read.description)
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
        n = len(area.areas.ids)
        drivers, driver_by, driver_labels = self._drivers(parameters, context, read, result, plan, n, feedback)
        columns = dict(result.columns)
        columns["current_period"] = np.full(n, plan.compared.label(), dtype=object)
        columns["baseline_period"] = np.full(n, plan.baseline_label(), dtype=object)
        output_id = write_scored_areas(self, parameters, self.OUTPUT, context, area_source, area, geometries,
                                       CHANGE_FIELD_TYPES, columns, steps)
        if feedback.isCanceled():
            return {}
        provenance = {
            **self.provenance_header(parameters, context),
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
            **read.engine,
            "drivers": drivers_provenance(drivers, driver_by, driver_labels, area.areas.ids),
        }
        feedback.pushInfo(self.tr("Provenance: {0}").format(as_json(provenance)))
        abstract = self.tr("Change in harm in areas of '{0}': {1} against {2}.").format(
            area.name, plan.compared.label(), plan.baseline_label())
        style = qml_style("harm_change_lines" if area.is_lines else "harm_change")
        finish_output(output_id, context, provenance, abstract, style=style)
        drivers_id = self._write_drivers(parameters, context, drivers, driver_by, driver_labels, area, area_source,
                                         plan)
        if drivers_id is not None:
            finish_output(drivers_id, context, dict(provenance, drivers=dict(provenance["drivers"], areas=None)),
                          self.tr("What drove the change in harm in areas of '{0}': {1} against {2}, by {3}.").format(
                              area.name, plan.compared.label(), plan.baseline_label(), driver_by))
        force = result.force
        return {
            self.DRIVERS: drivers_id,
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

    def _drivers(self, parameters, context, read, result, plan, n_areas: int, feedback):
        """(Drivers, driver_by code, label per driver): each record's driver split as the areas' change."""
        if read.scheme is not None:
            values, labels, by = read.records.measure, dict(read.theme_labels), DRIVER_BY_MEASURE
        else:
            by = DRIVER_BY_OPTIONS[self.parameterAsEnum(parameters, self.DRIVER_BY, context)]
            table = read.table
            if by == DRIVER_BY_CATEGORY and not table.categories:
                feedback.pushInfo(self.tr("Harm table '{0}' has no category column: the drivers are its codes' "
                                          "labels.").format(table.name))
            values, labels = driver_values(read.table_codes, by, table.categories, table.labels)
        drivers = change_drivers(read.records.area_index, read.records.weight, result.status, values, n_areas, plan,
                                 count=read.records.count)
        top = drivers.top(None)
        force_pct = result.force.get("harm_change_pct")
        if top:
            rise = force_pct is None or force_pct > 0
            feedback.pushInfo(self.tr("Force: what drove the change in harm: {0}.").format(
                drivers_clause([(labels.get(name, name), share) for name, share in top], rise, self.tr)))
        return drivers, by, labels

    def _write_drivers(self, parameters, context, drivers: Drivers, driver_by: str, labels: dict, area, area_source,
                       plan):
        if parameters.get(self.DRIVERS) in (None, ""):
            return None
        fields = QgsFields()
        for name, kind in DRIVER_FIELD_TYPES:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.DRIVERS, context, fields, WkbType.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            return None
        ids = list(area.areas.ids)
        names = dated_records.area_names(area, area_source)
        current, baseline = plan.compared.label(), plan.baseline_label()
        features = []
        for r in drivers.rows:
            force = r.scope == DRIVER_SCOPE_FORCE
            feature = QgsFeature(fields)
            feature.setAttributes([
                None if force else str(plain(ids[r.area_index])), r.driver, int(r.n_current), float(r.n_baseline),
                float(r.harm_current), float(r.harm_baseline), float(r.harm_change), r.share_of_change, r.share_reason,
                None if force else names[r.area_index], labels.get(r.driver, r.driver), r.scope, driver_by,
                current, baseline])
            features.append(feature)
        add_features(sink, features, self.DRIVERS)
        del sink
        return dest_id


def drivers_provenance(drivers: Drivers, driver_by: str, labels: dict, ids) -> dict:
    """What the change layer keeps of its drivers: how they were told, and the top drivers
    [label, share of the change in %] of the force and of each area that changed (by area id)."""
    def top(index) -> list:
        return [[labels.get(name, name), round(share, 2)] for name, share in drivers.top(index, TOP_DRIVERS)]

    areas = {}
    for k, area_id in enumerate(ids):
        listed = top(k)
        if listed:
            areas[str(plain(area_id))] = listed
    return {"by": driver_by, "output": "DRIVERS", "force": top(None), "areas": areas}



def report_comparison(alg, result, feedback, seconds: float = 0.0) -> None:
    rec = result.reconciliation
    parts = ", ".join("{0} {1}".format(n, code) for code, n in rec["by_status"].items() if n)
    feedback.pushInfo(alg.tr("Records in: {0} = {1}").format(rec["records_in"], parts or "0"))
    if result.empty_windows:
        feedback.pushWarning(alg.tr("No record at all falls in period(s) {0}: is data missing for them? They are "
                                    "compared as zero.").format(
            ", ".join(result.empty_windows)))
    force = result.force
    pct = force["harm_change_pct"]
    feedback.pushInfo(alg.tr("Force total: harm {0:,.1f} against {1:,.1f} ({2}): {3} (p = {4}); records {5} "
                             "against {6:,.1f}: {7} (p = {8}).").format(
        force["harm_current"], force["harm_baseline"], "{0:+.1f}%".format(pct) if pct is not None else alg.tr(
            "no baseline harm"),
        force["change_class"], _p(force["p_harm"]), force["n_current"], force["n_baseline"], force[
            "count_change_class"],
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
    from ....domain.stats.pvalues import have_scipy

    return have_scipy()
