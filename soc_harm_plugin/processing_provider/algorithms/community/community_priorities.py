"""socharm:communitypriorities: what residents name as priorities, per area, safe to share."""
from __future__ import annotations

import json
from typing import Dict, List, Optional

import numpy as np
from qgis.core import (
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
    QgsWkbTypes,
)

from ....domain.codes import NO_DATE, OUT_OF_PERIOD
from ....domain.community.priorities import TOO_FEW_ANSWERED, community_priorities
from ....domain.community.survey import (
    COUNTED,
    DEFAULT_CATEGORIES,
    DEFAULT_MIN_RESPONDENTS,
    DEFAULT_NONRESPONSE,
    LOW_COUNT,
    NO_AREA,
    OK,
    PopulationTable,
    SUPPRESSED,
    Survey,
    SurveyError,
    UNKNOWN_AREA,
    check_periods,
    locate_by_code,
    looks_like_identifier,
    parse_categories,
    shareable_unknown_answers,
)
from ....domain.harm.scoring import assign_points
from ....domain.periods.dates import parse_date_column
from ....domain.periods.calendar import Period
from ....domain.limits import first
from ....qgis_io.outputs import finish_output
from ... import nothing_counted
from ...inputs.areas import geography_for_provenance, read_area_layer
from ...inputs.columns import KINDS, read_columns
from ....qgis_io.styles import graduated_style
from ...outputs.areas import geometry_of_wkb, write_area_features
from ... import groups
from ...base import SocHarmAlgorithm, parameter_date, with_help
from ....compat import (
    DateTimeType,
    FieldDataType,
    GeometryType,
    NumberType,
    parameter_as_fields,
    SourceType,
)


class CommunityPriorities(SocHarmAlgorithm):
    ALGORITHM_ID = "communitypriorities"
    GROUP_ID = groups.COMMUNITY
    SURVEY = "SURVEY"
    AREA_CODE_FIELD = "AREA_CODE_FIELD"
    AREAS = "AREAS"
    AREA_ID = "AREA_ID"
    AREA_NAME = "AREA_NAME"
    PRIORITY_FIELDS = "PRIORITY_FIELDS"
    CATEGORIES = "CATEGORIES"
    CONFIDENCE_FIELD = "CONFIDENCE_FIELD"
    CONFIDENCE_MIN = "CONFIDENCE_MIN"
    CONFIDENCE_MAX = "CONFIDENCE_MAX"
    DEMOGRAPHIC_FIELDS = "DEMOGRAPHIC_FIELDS"
    NONRESPONSE = "NONRESPONSE"
    POPULATION = "POPULATION"
    POP_AREA_FIELD = "POP_AREA_FIELD"
    POP_VARIABLE_FIELD = "POP_VARIABLE_FIELD"
    POP_GROUP_FIELD = "POP_GROUP_FIELD"
    POP_COUNT_FIELD = "POP_COUNT_FIELD"
    DATE_FIELD = "DATE_FIELD"
    START = "START"
    END = "END"
    START_2 = "START_2"
    END_2 = "END_2"
    MIN_RESPONDENTS = "MIN_RESPONDENTS"
    SUPPRESS = "SUPPRESS"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return self.tr("Community priorities by area")


    def initAlgorithm(self, config=None):
        tr = self.tr
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.SURVEY, tr("Survey responses"), [SourceType.Vector]),
            tr("One record per respondent: points near where they live, or a table with an area code. Only the "
               "fields chosen below are read; respondent identifiers never are.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.AREA_CODE_FIELD, tr("Respondent's area code field"),
                                        parentLayerParameterName=self.SURVEY, optional=True),
            tr("The code of each respondent's area (e.g. the ward from their postcode), matched to the area ids "
               "ignoring case and spaces. Leave empty to place survey points in the area polygons instead.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.AREAS, tr("Areas"), [SourceType.VectorPolygon]),
            tr("The areas to report on (wards, neighbourhoods). Every area is in the output, with or without "
               "respondents.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.AREA_ID, tr("Area id field"), parentLayerParameterName=self.AREAS),
            tr("A unique id per area; survey area codes match it.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.AREA_NAME, tr("Area name field"), parentLayerParameterName=self.AREAS,
                                        optional=True),
            tr("A readable name for tables.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.PRIORITY_FIELDS, tr("Priority fields"),
                                        parentLayerParameterName=self.SURVEY, allowMultiple=True),
            tr("Fields naming priority categories: one per answer (priority_1, priority_2, ...) or one holding a "
               "list separated by ';' or ','. A respondent naming a category in several fields counts once.")))
        self.add_parameter(with_help(
            QgsProcessingParameterString(self.CATEGORIES, tr("Priority categories"), defaultValue=", ".join(
                DEFAULT_CATEGORIES), optional=True),
            tr("The known categories, separated by commas; each gets a field pri_<category>. Answers outside the "
               "list are counted and listed in the log, never dropped silently. Matched ignoring case, spaces "
               "and hyphens (ASB and anti-social behaviour are antisocial_behaviour).")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.CONFIDENCE_FIELD, tr("Confidence or trust field"),
                                        parentLayerParameterName=self.SURVEY, optional=True),
            tr("A score per respondent (e.g. 1-5); gives mean_confidence. Values that are not numbers or lie off "
               "the scale are counted and left out.")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.CONFIDENCE_MIN, tr("Lowest confidence score"), type=NumberType.Double,
                                         defaultValue=1.0),
            tr("The lowest valid value of the confidence scale."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.CONFIDENCE_MAX, tr("Highest confidence score"), type=NumberType.Double,
                                         defaultValue=5.0),
            tr("The highest valid value of the confidence scale."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.DEMOGRAPHIC_FIELDS, tr("Demographic fields"),
                                        parentLayerParameterName=self.SURVEY, allowMultiple=True, optional=True),
            tr("Questions such as age band, sex or ethnicity. Each gives answered_<field> (the share who answered) "
               "and, with a population table, rep_<field>.")))
        self.add_parameter(with_help(
            QgsProcessingParameterString(self.NONRESPONSE, tr("Answers that mean no answer"), defaultValue="; ".join(
                DEFAULT_NONRESPONSE), optional=True),
            tr("Demographic answers counted as not answered, like an empty value (separated by ';')."), advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.POPULATION, tr("Population by group"), [SourceType.Vector],
                                                optional=True),
            tr("A table (layer or CSV) with one row per area, question and group, e.g. W001, age_band, 65+, 1200. "
               "Compares the respondents' mix with the population's: rep_<field> is the index of dissimilarity, "
               "0 = the same mix, 1 = no overlap.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.POP_AREA_FIELD, tr("Population: area code field"),
                                        parentLayerParameterName=self.POPULATION, optional=True),
            tr("The area code of each row, matched to the area ids.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.POP_VARIABLE_FIELD, tr("Population: question field"),
                                        parentLayerParameterName=self.POPULATION, optional=True),
            tr("Which demographic field the row is about: the survey field's name (e.g. age_band).")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.POP_GROUP_FIELD, tr("Population: group field"),
                                        parentLayerParameterName=self.POPULATION, optional=True),
            tr("The group, written as the survey writes the answer (e.g. 65+).")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.POP_COUNT_FIELD, tr("Population: count field"),
                    parentLayerParameterName=self.POPULATION, type=FieldDataType.Numeric, optional=True),
            tr("How many people of the area are in the group.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.DATE_FIELD, tr("Survey date field"), parentLayerParameterName=self.SURVEY,
                                        optional=True),
            tr("The date of each response (a date, or text as 2024-06-15, 15/06/2024 or 2024-06). Needed for "
               "periods.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(self.START, tr("Period 1 start"), type=DateTimeType.Date, optional=True),
            tr("First day of the (first) period, inclusive. Without any period every response counts.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(self.END, tr("Period 1 end"), type=DateTimeType.Date, optional=True),
            tr("Last day of the (first) period, inclusive.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(self.START_2, tr("Period 2 start"), type=DateTimeType.Date, optional=True),
            tr("With a second period every field is written twice, <field>_p1 and <field>_p2 side by side, with "
               "<field>_change (period 2 minus period 1): what changed after action.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(self.END_2, tr("Period 2 end"), type=DateTimeType.Date, optional=True),
            tr("Last day of the second period, inclusive. The periods must not overlap.")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.MIN_RESPONDENTS, tr("Minimum respondents per area"),
                                         type=NumberType.Integer, minValue=1, defaultValue=DEFAULT_MIN_RESPONDENTS),
            tr("Areas with fewer respondents (but at least one) are small: with suppression on, all their values "
               "are empty and their status is 'suppressed'. A representativeness index also needs this many "
               "answers to the question.")))
        self.add_parameter(with_help(
            QgsProcessingParameterBoolean(self.SUPPRESS, tr("Suppress small areas (output for sharing)"),
                                          defaultValue=True),
            tr("On: no value of a small area leaves the algorithm, so the output can be shared. Off: small areas "
               "keep their values with status 'low_count', for analysts only; the provenance records that the "
               "output is not for sharing.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Community priorities")),
            tr("Every area with status, respondents, pri_<category> (share 0-1 of respondents naming it), "
               "mean_confidence, confidence_n and, per demographic field, answered_<field> and rep_<field>.")))
        self.add_output(QgsProcessingOutputNumber("RESPONDENTS_IN", tr("Respondents in")))
        self.add_output(QgsProcessingOutputNumber("COUNTED", tr("Respondents counted in an area")))
        self.add_output(QgsProcessingOutputNumber("SUPPRESSED_AREAS", tr("Areas suppressed")))

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        survey_source = self.parameterAsSource(parameters, self.SURVEY, context)
        if survey_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SURVEY))
        area_source = self.parameterAsSource(parameters, self.AREAS, context)
        if area_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        crs = area_source.sourceCrs()
        code_field = self.parameterAsString(parameters, self.AREA_CODE_FIELD, context) or ""
        priority_fields = parameter_as_fields(self, parameters, self.PRIORITY_FIELDS, context)
        if not priority_fields:
            raise QgsProcessingException(self.tr("Choose at least one priority field of layer '{0}'.").format(
                survey_source.sourceName()))
        try:
            categories = parse_categories(self.parameterAsString(parameters, self.CATEGORIES, context))
        except SurveyError as error:
            raise QgsProcessingException(self.tr("Priority categories: {0}").format(str(error)))
        confidence_field = self.parameterAsString(parameters, self.CONFIDENCE_FIELD, context) or ""
        demographic_fields = parameter_as_fields(self, parameters, self.DEMOGRAPHIC_FIELDS, context) or []
        for name in list(priority_fields) + list(demographic_fields) + ([confidence_field] if confidence_field else []):
            if looks_like_identifier(name):
                raise QgsProcessingException(self.tr(
                    "Field '{0}' of layer '{1}' looks like a personal identifier (an id, name, address or "
                    "contact): it cannot be a priority, confidence or demographic field, so none of its "
                    "values can reach an output.").format(
                    name, survey_source.sourceName()))
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context) or ""
        periods = self._periods(parameters, context)
        if periods and not date_field:
            raise QgsProcessingException(self.tr("A period needs a survey date field on layer '{0}'.").format(
                survey_source.sourceName()))
        min_respondents = self.parameterAsInt(parameters, self.MIN_RESPONDENTS, context)
        suppress = self.parameterAsBool(parameters, self.SUPPRESS, context)

        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Reading areas"))
        area = read_area_layer(
            self, area_source, self.parameterAsString(parameters, self.AREA_ID, context), context, steps,
            dest_crs=crs, name_field=self.parameterAsString(parameters, self.AREA_NAME, context) or "")
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Reading survey responses"))
        wanted = [code_field] + list(priority_fields) + [confidence_field] + list(demographic_fields) + [date_field]
        spatial = not code_field
        if spatial and QgsWkbTypes.geometryType(survey_source.wkbType()) != GeometryType.Point:
            raise QgsProcessingException(self.tr(
                "Layer '{0}' has no point geometry: choose its area code field, so respondents can be placed in "
                "areas by code.").format(
                survey_source.sourceName()))
        columns, xy = read_columns(self, survey_source, [f for f in wanted if f], steps, crs if spatial else None,
                                   context)
        if feedback.isCanceled():
            return {}
        n = len(columns[priority_fields[0]])
        if n == 0:
            raise QgsProcessingException(self.tr("Layer '{0}' has no survey responses: nothing to report.").format(
                survey_source.sourceName()))
        if spatial:
            assignment = assign_points(xy[0], xy[1], area.areas, 0.0)
            index = assignment.index
            missing = np.isnan(xy[0]) | np.isnan(xy[1])
        else:
            index, missing = locate_by_code(columns[code_field], area.areas.ids)
        survey = Survey(
            area_index=index, missing_area=missing,
            priorities=[columns[f] for f in priority_fields],
            confidence=columns[confidence_field] if confidence_field else None,
            demographics={f: columns[f] for f in demographic_fields},
            dates=columns[date_field] if date_field else None,
        )
        population = self._population(parameters, context, steps)

        steps.setCurrentStep(2)
        steps.pushInfo(self.tr("Summarising {0} responses by area").format(n))
        nonresponse = [v for v in (self.parameterAsString(parameters, self.NONRESPONSE, context) or "").split(
            ";") if v.strip()]
        try:
            result = community_priorities(
                survey, area.areas.ids, categories, periods=periods, min_respondents=min_respondents,
                suppress=suppress, confidence_range=(self.parameterAsDouble(parameters, self.CONFIDENCE_MIN, context),
                                                     self.parameterAsDouble(parameters, self.CONFIDENCE_MAX, context)),
                nonresponse=nonresponse, population=population)
        except SurveyError as error:
            raise QgsProcessingException(self.tr("Layer '{0}': {1}").format(survey_source.sourceName(), str(error)))
        self._report(result, survey_source.sourceName(), columns.get(code_field) if code_field else None,
                     index, missing, spatial, feedback)
        self._warn_none_counted(result, survey_source.sourceName(), spatial, periods,
                                columns[date_field] if date_field else None, feedback)
        output_id, style_field, style_values = self._write(parameters, context, area_source, area, result, steps)
        if feedback.isCanceled():
            return {}
        provenance = self._provenance(parameters, context, area, result, periods, survey_source.sourceName(), spatial)
        feedback.pushInfo(self.tr("Provenance: {0}").format(json.dumps(provenance, sort_keys=True, default=str)))
        abstract = self.tr("What residents of each area of '{0}' name as priorities, from '{1}'.").format(
            area.name, survey_source.sourceName())
        style = graduated_style(style_field, style_values, "Blues", 0)
        finish_output(output_id, context, provenance, abstract, style=style)
        suppressed = sum(int((p.status == SUPPRESSED).sum()) for p in result.periods)
        counted = sum(v for k, v in result.reconciliation["by_status"].items() if k.startswith(COUNTED))
        return {self.OUTPUT: output_id, "RESPONDENTS_IN": result.reconciliation["respondents_in"],
                "COUNTED": counted, "SUPPRESSED_AREAS": suppressed}

    def _periods(self, parameters, context) -> List[Period]:
        first = Period(parameter_date(self, parameters, self.START, context), parameter_date(self, parameters, self.END,
                context))
        second = Period(parameter_date(self, parameters, self.START_2, context), parameter_date(self, parameters,
                self.END_2, context))
        periods = []
        if first.bounded or second.bounded:
            periods.append(first)
        if second.bounded:
            periods.append(second)
        try:
            return check_periods(periods)
        except SurveyError as error:
            raise QgsProcessingException(self.tr("Survey periods: {0}").format(str(error)))

    def _population(self, parameters, context, feedback) -> Optional[PopulationTable]:
        source = self.parameterAsSource(parameters, self.POPULATION, context)
        if source is None:
            return None
        names = {}
        for key, label in ((self.POP_AREA_FIELD, self.tr("area code")), (self.POP_VARIABLE_FIELD, self.tr("question")),
                           (self.POP_GROUP_FIELD, self.tr("group")), (self.POP_COUNT_FIELD, self.tr("count"))):
            name = self.parameterAsString(parameters, key, context) or ""
            if not name or source.fields().lookupField(name) < 0:
                raise QgsProcessingException(self.tr(
                    "Population table '{0}': choose its {1} field ({2}). Fields: {3}").format(
                    source.sourceName(), label, key, ", ".join(source.fields().names())))
            names[key] = name
        columns, _ = read_columns(self, source, list(names.values()), feedback, None, context)
        return PopulationTable(
            area_codes=columns[names[self.POP_AREA_FIELD]], variables=columns[names[self.POP_VARIABLE_FIELD]],
            groups=columns[names[self.POP_GROUP_FIELD]], counts=columns[names[self.POP_COUNT_FIELD]])

    def _report(self, result, layer_name, codes, index, missing, spatial, feedback):
        rec = result.reconciliation
        parts = ", ".join("{0} {1}".format(n, code) for code, n in rec["by_status"].items() if n)
        feedback.pushInfo(self.tr("Respondents in: {0} = {1}").format(rec["respondents_in"], parts))
        by = rec["by_status"]
        if by.get(NO_AREA):
            if spatial:
                feedback.pushWarning(self.tr("{0} respondents of '{1}' have no location and are in no area.").format(
                    by[NO_AREA], layer_name))
            else:
                feedback.pushWarning(self.tr("{0} respondents of '{1}' have no area code and are in no area.").format(
                    by[NO_AREA], layer_name))
        if by.get(UNKNOWN_AREA):
            if spatial:
                feedback.pushWarning(self.tr("{0} respondents of '{1}' lie outside every area.").format(by[
                    UNKNOWN_AREA], layer_name))
            else:
                unknown = sorted({str(c).strip() for c, i, m in zip(codes, index, missing) if i < 0 and not m})
                feedback.pushWarning(self.tr("{0} respondents of '{1}' have an area code that is no area: {2}").format(
                    by[UNKNOWN_AREA], layer_name, first(unknown)))
        if by.get(NO_DATE):
            feedback.pushWarning(self.tr("{0} respondents have no readable date and are in no period.").format(by[
                NO_DATE]))
            if result.unparseable_dates:
                feedback.pushWarning(self.tr("Dates that cannot be read, e.g. {0}").format(", ".join(
                    result.unparseable_dates)))
        if by.get(OUT_OF_PERIOD):
            feedback.pushInfo(self.tr("{0} respondents answered outside the period(s).").format(by[OUT_OF_PERIOD]))
        if result.unknown_categories:
            items = ["'{0}' ({1})".format(_short(k), v) for k, v in result.unknown_categories.items()]
            feedback.pushWarning(self.tr("{0} answers are not among the priority categories and are not in any "
                                         "pri_ field: {1}. Add them to the categories to count them.").format(
                len(items), first(items)))
        if result.invalid_confidence:
            feedback.pushWarning(self.tr("{0} confidence values are not numbers or lie off the scale and are left "
                                         "out, e.g. {1}").format(
                result.invalid_confidence, ", ".join(result.invalid_confidence_examples)))
        for p in result.periods:
            when = self._when(p.suffix)
            small = int((p.status == SUPPRESSED).sum()) + int((p.status == LOW_COUNT).sum())
            if small and result.suppress:
                feedback.pushInfo(self.tr(
                    "{0} areas have fewer than {1} respondents{2}: suppressed (values empty).").format(
                    small, result.min_respondents, when))
            elif small:
                feedback.pushWarning(self.tr("{0} areas have fewer than {1} respondents{2}: their values are "
                                             "shown. This output is not for sharing.").format(
                    small, result.min_respondents, when))
        notes: Dict[tuple, List[str]] = {}
        for note in result.rep_notes:
            notes.setdefault((note["variable"], note["reason"], note["period"]), []).append(str(note["area_id"]))
        for (variable, reason, label), areas in notes.items():
            if reason == TOO_FEW_ANSWERED:
                feedback.pushWarning(self.tr("Too few answered '{0}' to say how representative the respondents are "
                                             "(fewer than {1} answers){2} in {3} areas: {4}").format(
                    variable, result.min_respondents, self._when(label), len(areas), first(areas)))
            else:
                feedback.pushWarning(self.tr("The population table has no groups for '{0}' in {1} areas: {2}").format(
                    variable, len(areas), first(areas)))
        for variable, unknown_groups in result.unknown_population_groups.items():
            items = ["'{0}' ({1})".format(k, v) for k, v in unknown_groups.items()]
            feedback.pushWarning(self.tr("Answers to '{0}' with no group in the population table (they count "
                                         "against representativeness): {1}").format(
                variable, first(items)))
        for problem, count in result.population_problems.items():
            if count and problem == "unknown_area":
                feedback.pushWarning(self.tr(
                    "{0} population rows have an area code that is no area; they are left out.").format(count))
            elif count and problem == "bad_count":
                feedback.pushWarning(self.tr("{0} population rows have no valid count; they are left out.").format(
                    count))
            elif count and problem == "other_variable":
                feedback.pushInfo(self.tr("{0} population rows are about questions not chosen as demographic "
                                          "fields; they are left out.").format(count))
            elif count and problem == "nonresponse_group":
                feedback.pushInfo(self.tr("{0} population rows have no group; they are left out.").format(count))

    def _warn_none_counted(self, result, layer_name, spatial, periods, dates, feedback) -> None:
        """Say why, when not one respondent was counted in an area, or when every area with
        respondents is suppressed: either way no area has a share."""
        by = result.reconciliation["by_status"]
        counted = sum(n for code, n in by.items() if code.startswith(COUNTED))
        if result.reconciliation["respondents_in"] and not counted:
            texts = {
                NO_AREA: (self.tr("{0} have no location") if spatial else self.tr("{0} have no area code")).format(
                    by.get(NO_AREA, 0)),
                UNKNOWN_AREA: (self.tr("{0} lie outside every area") if spatial else self.tr("{0} have an area "
                        "code that is no area")).format(
                    by.get(UNKNOWN_AREA, 0)),
                NO_DATE: self.tr("{0} have no readable date").format(by.get(NO_DATE, 0)),
                OUT_OF_PERIOD: self.tr("{0} answered outside the period(s) {1}").format(by.get(OUT_OF_PERIOD, 0),
                        "; ".join(
                    "{0} to {1}".format(p.start or "...", p.end or "...") for p in periods)),
            }
            why = nothing_counted.reasons(self, {code: n for code, n in by.items() if not code.startswith(COUNTED)},
                                          texts=texts)
            answered = nothing_counted.dates_of(parse_date_column(dates).day) if dates is not None and by.get(
                OUT_OF_PERIOD) else None
            if answered:
                why += self.tr(" (the answers run from {0} to {1})").format(*answered)
            feedback.pushWarning(self.tr(
                "No respondent of '{0}' was counted in any area, so no area has a share: {1}.").format(layer_name, why))
            return
        for p in result.periods:
            if result.suppress and (p.status == SUPPRESSED).any() and not (p.status == OK).any():
                feedback.pushWarning(self.tr(
                    "Every area with respondents{0} has fewer than {1} (MIN_RESPONDENTS), so all {2} are "
                    "suppressed and no area has a share. "
                    "A lower minimum, or no suppression, gives shares in an output that is not for sharing.").format(
                    self._when(p.suffix), result.min_respondents, int((p.status == SUPPRESSED).sum())))

    def _when(self, suffix: str) -> str:
        """'' for one period; ' (period 1)' etc. for two."""
        label = suffix.strip("_")
        return self.tr(" (period {0})").format(label[1:]) if label else ""

    def _write(self, parameters, context, source, area, result, feedback):
        ours = result.columns()
        dest_id = write_area_features(
            self, parameters, self.OUTPUT, context, fields=source.fields(), wkb_type=QgsWkbTypes.multiType(
                source.wkbType()),
            crs=source.sourceCrs(), layer_name=area.name, added=[(name, KINDS[kind]) for name, kind, _ in ours],
            columns=[column for _, _, column in ours], attributes=area.rows.attributes,
            geometries=(geometry_of_wkb(wkb) for wkb in area.rows.wkb), feedback=feedback)
        style_field = "respondents" + result.periods[-1].suffix
        style_values = dict((name, column) for name, _, column in ours)[style_field]
        return dest_id, style_field, style_values

    def _provenance(self, parameters, context, area, result, periods, survey_name, spatial) -> dict:
        # the provenance travels with the output: rare write-in answers (possibly free text) stay out of it
        listed, held_back = shareable_unknown_answers(result.unknown_categories, result.min_respondents,
                                                      result.suppress)
        return {
            **self.provenance_header(parameters, context),
            "records": None,
            "geography": geography_for_provenance("auto", area),
            "area_id_field": area.id_field,
            "area_name_field": area.name_field or None,
            "survey_layer": survey_name,
            "located_by": "points in areas" if spatial else "area code",
            "categories": list(result.categories),
            "demographic_fields": list(result.variables),
            "periods": [{"suffix": p.suffix, "start": per.start.isoformat() if per.start else None,
                         "end": per.end.isoformat() if per.end else None}
                        for p, per in zip(result.periods, periods)] if periods else None,
            "suppression": {"min_respondents": result.min_respondents, "suppressed": result.suppress,
                            "for_sharing": result.suppress},
            "respondent_identifiers": "never read: outputs are per area",
            "reconciliation": result.reconciliation,
            "unknown_categories": listed,
            "unknown_categories_not_listed": held_back,
            "invalid_confidence": result.invalid_confidence,
            "representativeness": {"index": "dissimilarity (0.5 * sum |survey share - population share|)",
                                   "notes": len(result.rep_notes),
                                   "unknown_population_groups": result.unknown_population_groups,
                                   "population_rows_left_out": result.population_problems},
        }


# --------------------------------------------------------------------------- shared by the community algorithms


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 3] + "..."
