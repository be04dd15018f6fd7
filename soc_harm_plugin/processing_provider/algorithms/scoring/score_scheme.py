"""socharm:scorescheme: score and rank areas with a harm scheme of many measures."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QDate

from ....domain.harm.scheme import dimension_field
from ....domain.codes import RECORD_STATUSES
from ....domain.columns import object_array
from ....domain.harm.scheme_scoring import MeasureWeightError, SchemeInputError, SchemeScorer, measure_sources
from ....domain.periods.calendar import Period
from ....qgis_io.outputs import add_features, finish_output
from ....qgis_io.area_layers import area_ellipsoid
from ....qgis_io.styles import harm_classes, harm_style, records_style
from ... import nothing_counted
from ...inputs import engine as engines
from ...inputs import scheme as scheme_inputs
from ...inputs import scheme_database
from ...outputs.records import SpilledRows
from ...inputs.areas import (GEOGRAPHIES, add_area_parameters, add_denominator_parameters, add_geography_parameter,
                           apply_denominators, geography_for_provenance, read_area_layer)
from ...outputs.areas import area_measure, as_json, list_codes, output_geometries, plain, write_scored_areas
from ...base import SocHarmAlgorithm, parameter_date, with_help
from ...inputs.crs import FOR_AREAS, warn_geographic
from ....compat import DateTimeType, FieldDataType, FieldType, SourceType, WkbType


class ScoreScheme(SocHarmAlgorithm):
    ALGORITHM_ID = "scorescheme"
    AREAS = "AREAS"
    AREA_ID = "AREA_ID"
    AREA_NAME = "AREA_NAME"
    TOLERANCE = "TOLERANCE"
    START = "START"
    END = "END"
    POPULATION_FIELD = "POPULATION_FIELD"
    GEOGRAPHY = "GEOGRAPHY"
    OUTPUT = "OUTPUT"
    RECORDS = "RECORDS"

    def display_name(self) -> str:
        return self.tr("Score areas with a harm scheme")

    def initAlgorithm(self, config=None):
        tr = self.tr
        add_area_parameters(self)
        scheme_inputs.add_scheme_parameters(self)
        self.add_parameter(with_help(
            QgsProcessingParameterDistance(self.TOLERANCE, tr("Street search distance"), defaultValue=50.0,
                                           parentParameterName=self.AREAS, minValue=0.0),
            tr("With street lines as areas: how far a record may lie from its nearest street and still count on it.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(self.START, tr("Period start"), type=DateTimeType.Date, optional=True),
            tr("First day of the period (inclusive), applied to each measure's date field. Measures without a date "
               "field count all their records, and the log says so.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(self.END, tr("Period end"), type=DateTimeType.Date, optional=True),
            tr("Last day of the period (inclusive). Month-only dates (2019-02) count whole months.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.POPULATION_FIELD, tr("Population field"),
                                        parentLayerParameterName=self.AREAS,
                                        type=FieldDataType.Numeric, optional=True),
            tr("Residents (or households) per area: adds <measure>_per_1000 and harm_per_1000.")))
        add_denominator_parameters(self)
        add_geography_parameter(self)
        engines.add_engine_parameter(self)
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Areas scored by the scheme")),
            tr("Every area with, per measure, <key>_n, <key>_harm, <key>_rank and <key>_share (its part of the "
               "area's total, %); per dimension dim_<dimension>; then harm_n, harm_score (the primary harm "
               "score), harm_rank, harm_share and harm_per_km2.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.RECORDS, tr("Records with their measures and weights"),
                                              SourceType.VectorPoint,
                                              optional=True, createByDefault=False),
            tr("One row per record and measure it was selected for (measure holds the key), with its area, weight "
               "and status; records no measure selected are listed once with status filtered. No personal "
               "fields are copied.")))
        self.add_output(QgsProcessingOutputNumber("RECORDS_IN", tr("Records in (all source layers)")))
        self.add_output(QgsProcessingOutputNumber("ASSIGNED", tr("Records counted (a record counts once in each "
                                                                 "measure)")))
        self.add_output(QgsProcessingOutputNumber("TOTAL_HARM", tr("Total harm")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        scheme = scheme_inputs.load_scheme_parameter(self, parameters, context)
        area_source = self.parameterAsSource(parameters, self.AREAS, context)
        if area_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        crs = area_source.sourceCrs()
        warn_geographic(crs, area_source.sourceName(), FOR_AREAS, feedback)
        feedback.pushInfo(self.tr("Scheme '{0}' ({1} measures: {2})").format(
            scheme.name, len(scheme.measures), ", ".join(m.key for m in scheme.measures)))
        layers = scheme_inputs.resolve_layers(self, parameters, context, scheme, feedback)
        period = Period(parameter_date(self, parameters, self.START, context), parameter_date(self, parameters,
                self.END, context))
        if period.start and period.end and period.start > period.end:
            raise QgsProcessingException(self.tr("The period starts ({0}) after it ends ({1}).").format(period.start,
                    period.end))
        engine = scheme_database.choose_scheme_engine(self, parameters, context, feedback, scheme, layers)
        try:
            return self._run(parameters, context, feedback, steps, scheme, area_source, crs, layers, period, engine)
        finally:
            engine.close()

    def _run(self, parameters, context, feedback, steps, scheme, area_source, crs, layers, period, engine):
        """processAlgorithm once the engine is chosen."""
        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Reading areas"))
        area = read_area_layer(
            self, area_source, self.parameterAsString(parameters, self.AREA_ID, context), context, steps,
            dest_crs=crs, name_field=self.parameterAsString(parameters, self.AREA_NAME, context) or "",
            population_field=self.parameterAsString(parameters, self.POPULATION_FIELD, context) or "",
        )
        denominators = apply_denominators(self, parameters, context, area, feedback)
        geometries = output_geometries(area.rows.wkb)
        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Reading {0} layer(s)").format(len(layers)))
        passing = scheme_database.filters_passing(self, engine, steps) if engine.in_database else None
        read = scheme_inputs.open_scheme_layers(self, scheme, layers, context, steps, crs, passing_in_database=passing,
                                                counted_in_database=list(engine.scheme_layers or ()))
        if read is None or feedback.isCanceled():
            return {}
        counter = scheme_database.SchemeCounter(self, engine, scheme, area, crs.postgisSrid(), period, steps) \
            if engine.in_database else None
        steps.setCurrentStep(2)
        steps.pushInfo(self.tr("Weighting and assigning records of {0} measures").format(len(scheme.measures)))
        with SpilledRows() as rows:
            scored = self._score(parameters, context, scheme, read, area, period, rows, steps, counter)
            if scored is None or feedback.isCanceled():
                return {}
            result, scorer = scored
            self._report(scheme, result, layers, read, period, feedback)
            self._warn_none_counted(scheme, scorer, area.name, nothing_counted.rectangle_extent(
                area_source.sourceExtent()), period, feedback)
            if feedback.isCanceled():
                return {}

            steps.setCurrentStep(3)
            steps.pushInfo(self.tr("Writing outputs"))
            added = [(name, _field_type(name, values)) for name, values in result.score_columns.items()]
            output_id = write_scored_areas(self, parameters, self.OUTPUT, context, area_source, area, geometries,
                                           added, result.score_columns, steps)
            records_id = self._write_records(parameters, context, crs, area, scheme, rows, steps)
            if feedback.isCanceled():
                return {}
            provenance = self._provenance(parameters, context, scheme, area, result, read, records_id, crs, period,
                                          denominators)
            provenance.update(engine.provenance())
            feedback.pushInfo(self.tr("Provenance: {0}").format(as_json(provenance)))
            abstract = self.tr("Areas of '{0}' scored with harm scheme '{1}' (version {2}, edition {3}).").format(
                area.name, scheme.name, scheme.version, scheme.edition or "-")
            classes = harm_classes(result.score_columns["harm_score"])
            finish_output(output_id, context, provenance, abstract, style=harm_style(classes))
            if records_id:
                finish_output(records_id, context, provenance, abstract, style=records_style())
            return {
                self.OUTPUT: output_id,
                self.RECORDS: records_id,
                "RECORDS_IN": int(sum(v["records_in"] for v in result.layers.values())),
                "ASSIGNED": int(np.sum(result.score_columns["harm_n"])),
                "TOTAL_HARM": float(np.sum(result.score_columns["harm_score"])),
            }

    def _score(self, parameters, context, scheme, read, area, period, rows, steps, counter=None):
        """Read, place and weigh each measure layer batch by batch (each batch's rows spilled for RECORDS when
        asked for), or, with a ``counter`` (scheme_database.SchemeCounter), count its layers in the database:
        (result, scorer), or None when cancelled."""
        sources = measure_sources(scheme)
        expected = sum(read.expected.get(name, 0) for name in sources)
        scorer = SchemeScorer(scheme, area.areas, read.whole, period=period,
                              tolerance=self.parameterAsDouble(parameters, self.TOLERANCE, context),
                              expected_records=max([read.expected.get(name, 0) for name in sources] + [0]))
        keep = parameters.get(self.RECORDS) not in (None, "")
        done = 0
        for name in sources:
            for src, filters in self._batches(read, counter, name, scorer, steps):
                if steps.isCanceled():
                    return None
                parts = scorer.add(name, src, filters)
                if keep:
                    rows.add(parts)
                done += len(src) if src.records() is None else int(src.records().sum())
                if expected:
                    steps.setProgress(min(100.0, done * 100.0 / expected))
        if steps.isCanceled():
            return None
        try:
            return scorer.finish(), scorer
        except MeasureWeightError as error:
            m = scheme.measure(error.measure)
            raise QgsProcessingException(self.tr(
                "Scheme '{0}', measure '{1}': layer '{2}', field '{3}': {4} code(s) have no weight in harm table "
                "'{5}': {6}. "
                "Add them to the table or set the measure's missing_weight to zero or default.").format(
                scheme.name, m.key, read.layer_name(m.layer), m.code_field, len(error.missing),
                scheme.tables[m.key].name, list_codes(error.missing)))
        except SchemeInputError as error:
            raise QgsProcessingException(self.tr("Scheme '{0}': {1}").format(scheme.name, str(error)))

    def _batches(self, read, counter, name, scorer, feedback):
        """Layer ``name``'s batches: read by QGIS, or one of rows with counts from the database."""
        if counter is None or name not in counter.engine.scheme_layers:
            yield from read.batches(name)
            return
        feedback.pushInfo(self.tr("Counting layer '{0}' for scheme layer '{1}' in the database").format(
            read.layer_name(name), name))
        layer = counter.layer(name, scorer)
        read.multi_cut[name] = counter.multi_cut[name]
        feedback.pushInfo(self.tr("Layer '{0}': {1} records counted in the database; {2} rows of counts came "
                                  "back").format(read.layer_name(name), int(layer.count.sum()),
                                                 counter.rows_back[name]))
        yield layer, {}

    def _report(self, scheme, result, layers, read, period, feedback):
        for m in scheme.measures:
            rep = result.measures[m.key]
            parts = ", ".join("{0} {1}".format(n, code) for code, n in rep.by_status.items() if n)
            feedback.pushInfo(self.tr("Measure '{0}' ({1}): {2} records of layer '{3}' = {4}; harm {5}").format(
                m.key, m.label, rep.records_in, m.layer, parts or "0", round(rep.harm, 1)))
            if rep.missing_codes:
                feedback.pushWarning(self.tr("Measure '{0}': {1} records with code(s) not in harm table '{2}' "
                                             "weigh {3}: {4}").format(
                    m.key, sum(rep.missing_codes.values()), scheme.tables[m.key].name,
                    m.default_weight if m.missing_weight == "default" else 0, list_codes(rep.missing_codes)))
            for flag, n in rep.flagged.items():
                if flag == "no_css_weight":
                    feedback.pushWarning(self.tr("Measure '{0}': {1} records are anti-social behaviour or another "
                                                 "category with no Crime Severity Score: they weigh 0.").format(m.key,
                                                         n))
                else:
                    feedback.pushWarning(self.tr(
                        "Measure '{0}': {1} records matched table rows flagged '{2}'.").format(m.key, n, flag))
            if rep.null_weights:
                feedback.pushWarning(self.tr("Measure '{0}': {1} records have no usable weight in field '{2}' "
                                             "(NULL, not a number or negative): counted as invalid.").format(
                    m.key, rep.null_weights, m.weight_field))
            if rep.no_threat_score:
                feedback.pushInfo(self.tr("Measure '{0}': {1} records have no threat score in '{2}': weighted "
                                          "without it (factor 1).").format(
                    m.key, rep.no_threat_score, m.threat_field))
            for reason, n in rep.unlinked.items():
                feedback.pushWarning(self.tr("Measure '{0}': {1} link(s) lead nowhere ({2}).").format(m.key, n, reason))
            if rep.undated:
                feedback.pushWarning(self.tr("Measure '{0}' has no date field: all its records count, whatever the "
                                             "period.").format(m.key))
            if m.key in result.unparseable_dates and period.bounded:
                feedback.pushWarning(self.tr("Measure '{0}': field '{1}' has dates that cannot be read, e.g. {2}; "
                                             "those records are invalid for the period.").format(
                    m.key, m.date_field, ", ".join(result.unparseable_dates[m.key])))
        for name, rep in result.layers.items():
            feedback.pushInfo(self.tr(
                "Layer '{0}': {1} records in = {2} in at least one measure + {3} in none.").format(
                name, rep["records_in"], rep["in_a_measure"], rep["in_no_measure"]))
            if read.multi_cut.get(name):
                feedback.pushWarning(self.tr("Layer '{0}': {1} multipoint records have several points; each was "
                                             "placed at its first point.").format(
                    name, read.multi_cut[name]))
        if result.shared_boundary_points:
            feedback.pushInfo(self.tr("{0} records lay on a boundary shared by areas (or in an overlap); each "
                                      "counted once, in the area whose id sorts first.").format(
                result.shared_boundary_points))

    def _warn_none_counted(self, scheme, scorer, areas_name, area_extent, period, feedback) -> None:
        by_status = scorer.statuses_per_record()
        if not nothing_counted.counted_none(by_status):
            return
        feedback.pushWarning(self.tr("Scheme '{0}': none of the {1} records of its layers was counted in any area "
                                     "of '{2}', so every area scores 0: {3}.").format(
            scheme.name, sum(by_status.values()), areas_name,
            nothing_counted.scheme_reasons(self, by_status, period=(period.start, period.end),
                                           dates=scorer.date_range(), record_extent=scorer.outside_extent,
                                           area_extent=area_extent)))

    def _write_records(self, parameters, context, crs, area, scheme, rows, feedback):
        """RECORDS from the spilled rows, in order: each measure's rows, then each layer's records no measure
        selected."""
        if parameters.get(self.RECORDS) in (None, ""):
            return None
        fields = QgsFields()
        for name, kind in (("area_id", FieldType.String), ("weight", FieldType.Double), ("table_code",
                FieldType.String),
                           ("code", FieldType.String), ("measure", FieldType.String), ("date", FieldType.Date),
                           ("source_layer", FieldType.String), ("source_fid", FieldType.LongLong),
                           ("status", FieldType.String), ("distance", FieldType.Double), ("dimension",
                                   FieldType.String)):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.RECORDS, context, fields, WkbType.Point, crs)
        if sink is None:
            return None
        area_ids = object_array(list(area.areas.ids) + [None])  # the last: in no area
        statuses = object_array(RECORD_STATUSES)
        total = rows.count
        feature = QgsFeature(fields)
        written = 0
        for measure, dimension, layer, part in rows.parts([(m.key, m.dimension, m.layer) for m in scheme.measures],
                                                          measure_sources(scheme)):
            area_id = area_ids[np.where(part.area_index >= 0, part.area_index, len(area_ids) - 1)]
            status = statuses[part.status]
            for i in range(len(part.fid)):
                if written % 10000 == 0:
                    if feedback.isCanceled():
                        break
                    feedback.setProgress(written * 100.0 / total)
                written += 1
                day = part.date[i]
                feature.setAttributes([
                    plain(area_id[i]), float(part.weight[i]), part.table_code[i], part.code[i], measure,
                    None if np.isnat(day) else QDate.fromString(str(day), "yyyy-MM-dd"),
                    layer, int(part.fid[i]), status[i], plain(part.distance[i]), dimension,
                ])
                x, y = part.x[i], part.y[i]
                if x == x and y == y:
                    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
                else:
                    feature.clearGeometry()
                add_features(sink, feature, self.RECORDS)
            if feedback.isCanceled():
                break
        del sink
        return dest_id

    def _provenance(self, parameters, context, scheme, area, result, read, records_id, crs, period,
                    denominators) -> dict:
        geography = GEOGRAPHIES[self.parameterAsEnum(parameters, self.GEOGRAPHY, context)]
        return {
            **self.provenance_header(parameters, context),
            "scheme": scheme.provenance(),
            "dimensions": {d: dimension_field(d) for d in scheme.dimensions},
            "period": {
                "start": period.start.isoformat() if period.start else None,
                "end": period.end.isoformat() if period.end else None,
                "month_only": result.month_only,
            },
            "area_id_field": area.id_field,
            "area_name_field": area.name_field or None,
            "geography": geography_for_provenance(geography, area),
            "records": records_id,
            "reconciliation": result.reconciliation(),
            "sources": read.sources,
            "denominators": denominators,
            "area_measure": area_measure(area_ellipsoid(context.ellipsoid(), crs)),
            "shared_boundary_rule": "covered by several areas: the area whose id sorts first",
            "shared_boundary_records": result.shared_boundary_points,
        }


def _field_type(name: str, values: np.ndarray):
    if name.endswith("_rank") or name.endswith("_n"):
        return FieldType.Int
    return FieldType.Double if np.asarray(values).dtype.kind == "f" else FieldType.Int
