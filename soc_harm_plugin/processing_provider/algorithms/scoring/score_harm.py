"""socharm:scoreharm: score and rank areas by the harm of the records in them."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
)

from ....domain.harm.scoring import HarmScorer, MissingWeightError
from ....qgis_io.outputs import finish_output
from ....qgis_io.area_layers import area_ellipsoid
from ....qgis_io.styles import harm_classes, harm_style, records_style
from ...inputs import harm as harm_inputs
from ...inputs import engine as engines
from ... import nothing_counted
from ...inputs.areas import (GEOGRAPHIES, add_area_parameters, add_denominator_parameters, add_geography_parameter,
                           apply_denominators, geography_for_provenance, read_area_layer)
from ...outputs.areas import area_measure, as_json, output_geometries, write_scored_areas
from ...base import SocHarmAlgorithm, with_help
from ...inputs.crs import FOR_AREAS, warn_geographic
from ....compat import FieldDataType, FieldType, SourceType
from ...outputs.areas import SCORE_FIELD_TYPES
from ...outputs.records import RecordsSink


READ_AHEAD = 1  # batches of records read in the background while the areas are prepared


class ScoreHarm(SocHarmAlgorithm):
    ALGORITHM_ID = "scoreharm"
    AREAS = "AREAS"
    AREA_ID = "AREA_ID"
    AREA_NAME = "AREA_NAME"
    POPULATION_FIELD = "POPULATION_FIELD"
    TOLERANCE = "TOLERANCE"
    GEOGRAPHY = "GEOGRAPHY"
    OUTPUT = "OUTPUT"
    RECORDS = "RECORDS"

    def display_name(self) -> str:
        return self.tr("Score harm by area")

    def initAlgorithm(self, config=None):
        tr = self.tr
        add_area_parameters(self)
        harm_inputs.add_harm_parameters(self)
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.POPULATION_FIELD, tr("Population field"),
                                        parentLayerParameterName=self.AREAS,
                                        type=FieldDataType.Numeric, optional=True),
            tr("Residents per area: adds harm_per_1000, the harm per 1,000 residents.")))
        add_denominator_parameters(self)
        self.add_parameter(with_help(
            QgsProcessingParameterDistance(self.TOLERANCE, tr("Street search distance"), defaultValue=50.0,
                                           parentParameterName=self.AREAS, minValue=0.0),
            tr("With street lines as areas: how far a record may lie from its nearest street and still count on it.")))
        add_geography_parameter(self)
        engines.add_engine_parameter(self)
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Areas scored by harm")),
            tr("Every area with its own attributes plus harm_n, harm_score, harm_rank, harm_share, harm_per_km2 "
               "(and harm_per_1000).")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.RECORDS, tr("Records with their weight and status"),
                                              SourceType.VectorPoint,
                                              optional=True, createByDefault=False),
            tr("Every input record once: its area, weight, matched harm-table code and status (assigned, outside, "
               "no_geometry, invalid, filtered, out_of_period).")))
        self.add_output(QgsProcessingOutputNumber("RECORDS_IN", tr("Records in")))
        self.add_output(QgsProcessingOutputNumber("ASSIGNED", tr("Records assigned to an area")))
        self.add_output(QgsProcessingOutputNumber("TOTAL_HARM", tr("Total harm")))

    def processAlgorithm(self, parameters, context, feedback):
        engine = engines.choose_engine(self, parameters, context, feedback)  # PostGIS or desktop, and why
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        area_source = self.parameterAsSource(parameters, self.AREAS, context)
        if area_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        crs = area_source.sourceCrs()
        warn_geographic(crs, area_source.sourceName(), FOR_AREAS, feedback)

        # meanwhile, the first batches of records (only a few are read ahead: memory does not grow with records)
        with nullcontext() if engine.in_database else harm_inputs.events_read_in_background(
                self, parameters, context, steps, crs, ahead=READ_AHEAD) as events_read:
            steps.setCurrentStep(0)
            steps.pushInfo(self.tr("Reading areas"))
            area = read_area_layer(
                self, area_source, self.parameterAsString(parameters, self.AREA_ID, context), context, steps,
                dest_crs=crs, name_field=self.parameterAsString(parameters, self.AREA_NAME, context) or "",
                population_field=self.parameterAsString(parameters, self.POPULATION_FIELD, context) or "",
                layer=self.parameterAsVectorLayer(parameters, self.AREAS, context),
            )
            engine = engines.areas_in_database(self, engine, area, steps)  # the rows read, by the table's key
            denominators = apply_denominators(self, parameters, context, area, steps)
            geometries = output_geometries(area.rows.wkb)  # while the events may still be read
            steps.setCurrentStep(1)
            steps.pushInfo(self.tr("Reading records"))
            if engine.in_database:
                inputs = engines.read_database_inputs(self, engine, parameters, context, steps, crs)
                scored = None if inputs is None else self._score_in_database(engine, inputs, area, steps)
            else:
                inputs = harm_inputs.open_harm_inputs(self, parameters, context, steps, crs, started=events_read)
                scored = self._score(parameters, context, crs, inputs, area, steps)
        if scored is None or feedback.isCanceled():
            return {}
        result, records_id = scored
        if result.reconciliation["records_in"] == 0:
            feedback.pushWarning(self.tr("Layer '{0}' has no records: every area scores 0.").format(inputs.layer_name))
        if inputs.multi_cut:
            feedback.pushWarning(self.tr("Layer '{0}': {1} multipoint records have several points; each was placed "
                                         "at its first point.").format(
                inputs.layer_name, inputs.multi_cut))
        self._report(result, inputs, area, feedback)
        beyond = {"outside": self.tr(
            "{0} lie farther than the street search distance ({1:g}) from every street").format(
            result.reconciliation["by_status"]["outside"], self.parameterAsDouble(parameters, self.TOLERANCE,
                    context))} if area.is_lines else None
        nothing_counted.warn_events_none_counted(self, result, inputs, area.name, nothing_counted.rectangle_extent(
            area_source.sourceExtent()), feedback,
                                    texts=beyond)
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing outputs"))
        with ThreadPoolExecutor(max_workers=1) as pool:  # the map's classes (C++, no GIL) while the areas are written
            classes = pool.submit(harm_classes, result.score_columns["harm_score"])
            output_id = self._write_areas(parameters, context, area_source, area, geometries, result, steps)
        if engine.in_database and parameters.get(self.RECORDS) not in (None, "") and not feedback.isCanceled():
            records_id = engines.write_records_in_database(self, inputs, steps)  # a table of the same database
        if feedback.isCanceled():
            return {}  # cut short: write no provenance that would claim the files complete
        provenance = self._provenance(parameters, context, inputs, area, result, records_id, crs)
        provenance["denominators"] = denominators
        provenance.update(engine.provenance())
        feedback.pushInfo(self.tr("Provenance: {0}").format(as_json(provenance)))
        abstract = self.tr("Areas of '{0}' scored by harm from '{1}' with {2} ({3}).").format(
            area.name, inputs.layer_name, inputs.table.name, inputs.table.version)
        finish_output(output_id, context, provenance, abstract, style=harm_style(classes.result()))
        if records_id:
            finish_output(records_id, context, provenance, abstract, style=records_style())
        by_status = result.reconciliation["by_status"]
        return {
            self.OUTPUT: output_id,
            self.RECORDS: records_id,
            "RECORDS_IN": result.reconciliation["records_in"],
            "ASSIGNED": by_status["assigned"],
            "TOTAL_HARM": float(np.sum(result.score_columns["harm_score"])),
        }

    def _report(self, result, inputs, area, feedback):
        harm_inputs.report_result(self, result, inputs, feedback)
        if result.shared_boundary_points:
            feedback.pushInfo(self.tr("{0} records lay on a boundary shared by areas of '{1}' (or in an overlap); "
                                      "each counted once, in the area whose id sorts first.").format(
                result.shared_boundary_points, area.name))

    def _write_areas(self, parameters, context, source, area, geometries, result, feedback):
        added = list(SCORE_FIELD_TYPES)
        if area.areas.population is not None:
            added.append(("harm_per_1000", FieldType.Double))
        return write_scored_areas(self, parameters, self.OUTPUT, context, source, area, geometries, added,
                                  result.score_columns, feedback)

    def _score(self, parameters, context, crs, inputs, area, steps):
        """Read, weigh and assign the records batch by batch, each batch's rows
        written to RECORDS as it is scored: (result, RECORDS id), or None when
        cancelled."""
        expected = inputs.expected_records
        steps.pushInfo(self.tr("Weighting and assigning {0} records").format(expected))
        steps.setCurrentStep(2)
        scorer = HarmScorer(area.areas, inputs.table, missing_policy=inputs.missing_policy,
                            default_weight=inputs.default_weight, period=inputs.period,
                            tolerance=self.parameterAsDouble(parameters, self.TOLERANCE, context),
                            expected_records=expected)
        records = RecordsSink.open(self, parameters, context, crs, inputs.layer_name)
        for events in inputs.batches_until_cancel(steps):
            columns = scorer.add(events)
            if records is not None and not scorer.failing:  # a failing run writes no more rows
                records.write(events, columns, steps)
        if steps.isCanceled():
            return None
        try:
            result = scorer.finish()
        except MissingWeightError as error:
            raise harm_inputs.missing_weight_error(self, inputs, error)
        return result, records.close() if records is not None else None

    def _score_in_database(self, engine, inputs, area, steps):
        """Count the records in PostgreSQL: (result, None); the RECORDS table
        of the same database is made after the areas are written."""
        steps.setCurrentStep(2)
        steps.pushInfo(self.tr("Weighting and assigning {0} records").format(len(inputs.events)))
        try:
            result = engines.score_with_engine(self, engine, inputs, area, steps)
        except MissingWeightError as error:
            raise harm_inputs.missing_weight_error(self, inputs, error)
        return None if result is None else (result, None)

    def _provenance(self, parameters, context, inputs, area, result, records_id, crs) -> dict:
        geography = GEOGRAPHIES[self.parameterAsEnum(parameters, self.GEOGRAPHY, context)]
        period = inputs.period
        return {
            **self.provenance_header(parameters, context),
            "harm_table": inputs.table.provenance(),
            "period": {
                "start": period.start.isoformat() if period.start else None,
                "end": period.end.isoformat() if period.end else None,
                "month_only": result.month_only,
            },
            "filter": inputs.filter_expression or None,
            "area_id_field": area.id_field,
            "area_name_field": area.name_field or None,
            "geography": geography_for_provenance(geography, area),
            "records": records_id,
            "reconciliation": result.reconciliation,
            "events_layer": inputs.layer_name,
            "code_field": inputs.code_field,
            "date_field": inputs.date_field or None,
            "missing_weight": {"policy": inputs.missing_policy, "codes": result.missing_codes},
            "area_measure": area_measure(area_ellipsoid(context.ellipsoid(), crs)),
            "shared_boundary_rule": "covered by several areas: the area whose id sorts first",
            "shared_boundary_records": result.shared_boundary_points,
        }
