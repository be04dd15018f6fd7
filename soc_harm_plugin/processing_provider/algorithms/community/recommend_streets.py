"""socharm:recommendstreets: rank streets (or wards) to focus on, from harm, residents' concern and need."""
from __future__ import annotations

import json
from typing import Dict, List

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ....domain.harm.harm_table import normalise_code
from ....domain.community.recommend import (
    ALL_HARM_THEME,
    ConcernTable,
    NEED_DIRECTIONS,
    NORMALISATIONS,
    concern_layout,
    parse_reason,
    parse_theme_map,
    recommend,
)
from ....domain.community.survey import NO_RESPONDENTS, SUPPRESSED, SurveyError, locate_by_code
from ....domain.limits import first
from ....qgis_io.outputs import add_features, finish_output
from ...inputs.areas import geography_for_provenance, read_area_layer
from ...outputs.areas import multi_part
from ... import groups
from ...base import SocHarmAlgorithm, with_help
from ...inputs.columns import KINDS, NUMERIC_TYPES, read_columns
from ....qgis_io.styles import graduated_style
from ....compat import field_type, FieldDataType, NumberType, parameter_as_fields, SourceType


class RecommendStreets(SocHarmAlgorithm):
    ALGORITHM_ID = "recommendstreets"
    GROUP_ID = groups.COMMUNITY
    AREAS = "AREAS"
    AREA_ID = "AREA_ID"
    AREA_NAME = "AREA_NAME"
    HARM_FIELDS = "HARM_FIELDS"
    AREAS_2 = "AREAS_2"
    LINK_FIELD = "LINK_FIELD"
    PRIORITIES = "PRIORITIES"
    PRIORITIES_ID = "PRIORITIES_ID"
    THEME_MAP = "THEME_MAP"
    NEED = "NEED"
    NEED_ID = "NEED_ID"
    NEED_FIELD = "NEED_FIELD"
    NEED_DIRECTION = "NEED_DIRECTION"
    NORMALISATION = "NORMALISATION"
    HARM_WEIGHT = "HARM_WEIGHT"
    CONCERN_WEIGHT = "CONCERN_WEIGHT"
    NEED_WEIGHT = "NEED_WEIGHT"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return self.tr("Recommend streets to focus on")


    def initAlgorithm(self, config=None):
        tr = self.tr
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.AREAS, tr("Streets or areas scored by harm"),
                                                [SourceType.VectorLine, SourceType.VectorPolygon]),
            tr("The output of 'Score harm by area' or 'Score areas with a harm scheme' for streets (or wards): the "
               "harm fields are read from it.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.AREA_ID, tr("Street (area) id field"),
                                        parentLayerParameterName=self.AREAS),
            tr("A unique id per street or area.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.AREA_NAME, tr("Name field"), parentLayerParameterName=self.AREAS,
                                        optional=True),
            tr("A readable name, copied to the output.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.HARM_FIELDS, tr("Harm fields"), parentLayerParameterName=self.AREAS,
                                        type=FieldDataType.Numeric,
                                        allowMultiple=True, defaultValue="harm_score"),
            tr("One or more harm fields; their sum is the harm component. Each field's theme comes from its name "
               "and matches residents' priorities: dim_drugs or drugs_harm_score -> drugs, drug_supply_harm -> "
               "drug_supply, harm_score -> all crime. Choose fields that do not overlap (not harm_score with "
               "its own dimensions).")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.LINK_FIELD, tr("Survey and need area field"),
                                        parentLayerParameterName=self.AREAS, optional=True),
            tr("The field holding each street's wider area code (e.g. ward_id on streets) that the priorities and "
               "the need values are given by. Empty: the street id itself.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.AREAS_2, tr("Scored for period 2"), [SourceType.Vector],
                                                optional=True),
            tr("The same streets scored for a second period (same id and harm fields): every per-period output "
               "field is written twice, <field>_p1 and <field>_p2, with harm_change, concern_change and "
               "focus_rank_change. Harm and concern are normalised over both periods together.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.PRIORITIES, tr("Community priorities"), [SourceType.Vector],
                                                optional=True),
            tr("The output of 'Community priorities by area' (pri_<category> shares; suppressed areas stay "
               "unknown). One or two periods, matched to the harm periods.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.PRIORITIES_ID, tr("Community priorities: area id field"),
                                        parentLayerParameterName=self.PRIORITIES, optional=True),
            tr("The id of each area in the priorities layer, matched to the survey and need area field (ignoring "
               "case and spaces).")))
        self.add_parameter(with_help(
            QgsProcessingParameterString(self.THEME_MAP, tr("Priority to harm theme mapping"), optional=True,
                                         multiLine=True),
            tr("Changes to the documented mapping of priority categories to harm themes, one category per entry: "
               "category=theme1,theme2; another=theme. An entry replaces that category's themes; 'litter=' gives "
               "it none."),
            advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.NEED, tr("Need or vulnerability"), [SourceType.Vector],
                                                optional=True),
            tr("Any layer or table holding a need value per area, e.g. a deprivation decile per ward. It can be "
               "the streets layer itself.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.NEED_ID, tr("Need: area id field"), parentLayerParameterName=self.NEED,
                                        optional=True),
            tr("The area id in the need layer, matched to the survey and need area field.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.NEED_FIELD, tr("Need: value field"), parentLayerParameterName=self.NEED,
                                        type=FieldDataType.Numeric, optional=True),
            tr("The need value (any number).")))
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.NEED_DIRECTION, tr("More need is"), options=[
                tr("Higher values"), tr("Lower values (e.g. deprivation decile 1 = most deprived)")], defaultValue=0),
            tr("Which way the need value points.")))
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.NORMALISATION, tr("Normalise components by"), options=[
                tr("Min-max (0 = lowest, 1 = highest)"), tr("Rank percentile (share of the other streets with a "
                                                            "lower value)")], defaultValue=1),
            tr("How each component becomes 0-1 before weighting. Rank percentile (the default) keeps the order: "
               "harm is concentrated in a few streets, and it still tells the rest apart. Min-max keeps "
               "distances (twice the harm, twice as far up) but leaves most streets near 0, so the ward-level "
               "concern and need decide between them.")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.HARM_WEIGHT, tr("Weight of harm"), type=NumberType.Double, minValue=0.0,
                                         defaultValue=0.5),
            tr("Weights need not add up to 1: focus_score divides by the sum of the weights of the components a "
               "street has a value for.")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.CONCERN_WEIGHT, tr("Weight of residents' concern"),
                                         type=NumberType.Double, minValue=0.0, defaultValue=0.3),
            tr("Concern: the share of respondents naming a priority that matches the harm themes, weighted by the "
               "street's harm in each theme.")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.NEED_WEIGHT, tr("Weight of need"), type=NumberType.Double, minValue=0.0,
                                         defaultValue=0.2),
            tr("Need: the need value, pointed so that more need scores higher.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Recommended streets")),
            tr("Every street ranked (focus_rank 1 = focus first) with each component shown: the harm fields, "
               "harm_value, harm_norm, concern, concern_norm, respondents, need_value, need_norm, focus_score, "
               "reason_codes and a plain-language reason.")))
        self.add_output(QgsProcessingOutputNumber("RANKED", tr("Streets ranked")))
        self.add_output(QgsProcessingOutputString("TOP", tr("Street to focus on first")))

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        source = self.parameterAsSource(parameters, self.AREAS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        crs = source.sourceCrs()
        harm_fields = parameter_as_fields(self, parameters, self.HARM_FIELDS, context)
        if not harm_fields:
            raise QgsProcessingException(self.tr("Choose at least one harm field of layer '{0}'.").format(
                source.sourceName()))
        self._check_numeric(source, harm_fields)
        link_field = self.parameterAsString(parameters, self.LINK_FIELD, context) or ""
        try:
            theme_map = parse_theme_map(self.parameterAsString(parameters, self.THEME_MAP, context))
        except SurveyError as error:
            raise QgsProcessingException(self.tr("Priority to harm theme mapping: {0}").format(str(error)))

        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Reading streets and their harm"))
        area = read_area_layer(
            self, source, self.parameterAsString(parameters, self.AREA_ID, context), context, steps, dest_crs=crs,
            name_field=self.parameterAsString(parameters, self.AREA_NAME, context) or "")
        if feedback.isCanceled():
            return {}
        fields = source.fields()
        harm = [{f: _numbers([r[fields.lookupField(f)] for r in area.rows.attributes]) for f in harm_fields}]
        link_codes = None
        if link_field:
            at = fields.lookupField(link_field)
            if at < 0:
                raise QgsProcessingException(self.tr("Layer '{0}' has no field '{1}'.").format(source.sourceName(),
                        link_field))
            link_codes = [r[at] for r in area.rows.attributes]
        second = self.parameterAsSource(parameters, self.AREAS_2, context)
        if second is not None:
            harm.append(self._second_period(second, area, harm_fields, steps))

        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Reading community priorities"))
        concern, concern_source = self._concern(parameters, context, len(harm), steps)
        steps.setCurrentStep(2)
        need, need_name = self._need(parameters, context, link_codes if link_codes is not None else area.areas.ids,
                                     steps)
        direction = NEED_DIRECTIONS[self.parameterAsEnum(parameters, self.NEED_DIRECTION, context)]
        normalisation = NORMALISATIONS[self.parameterAsEnum(parameters, self.NORMALISATION, context)]
        weights = tuple(self.parameterAsDouble(parameters, key, context)
                        for key in (self.HARM_WEIGHT, self.CONCERN_WEIGHT, self.NEED_WEIGHT))
        try:
            rec = recommend(area.areas.ids, harm, link_codes=link_codes, concern=concern, need=need,
                               need_direction=direction, theme_map=theme_map, normalisation=normalisation,
                               weights=weights)
        except SurveyError as error:
            raise QgsProcessingException(self.tr("Cannot rank the streets of '{0}': {1}").format(source.sourceName(),
                    str(error)))
        self._report(rec, area, concern_source, feedback)

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing {0} ranked streets").format(len(area.areas.ids)))
        output_id, score_field, scores = self._write(parameters, context, source, area, rec, link_field, need_name,
                                                     steps)
        if feedback.isCanceled():
            return {}
        provenance = self._provenance(parameters, context, area, rec, harm_fields, theme_map, direction,
                                      normalisation, need_name, link_field)
        feedback.pushInfo(self.tr("Provenance: {0}").format(json.dumps(provenance, sort_keys=True, default=str)))
        abstract = self.tr("Streets of '{0}' ranked for focus by harm, residents' concern and need.").format(area.name)
        finish_output(output_id, context, provenance, abstract, style=graduated_style(score_field, scores, "YlOrRd", 2))
        first = int(rec.order[0]) if len(rec.order) else None
        return {self.OUTPUT: output_id, "RANKED": int((rec.periods[-1].focus_rank > 0).sum()),
                "TOP": str(area.areas.ids[first]) if first is not None else ""}

    def _check_numeric(self, source, names):
        fields = source.fields()
        for name in names:
            at = fields.lookupField(name)
            if at < 0:
                raise QgsProcessingException(self.tr("Layer '{0}' has no harm field '{1}'. Fields: {2}").format(
                    source.sourceName(), name, ", ".join(fields.names())))
            if field_type(fields.at(at)) not in NUMERIC_TYPES:
                raise QgsProcessingException(self.tr("Field '{0}' of layer '{1}' is of type {2}; a harm field must "
                                                     "be numeric.").format(
                    name, source.sourceName(), fields.at(at).typeName()))

    def _second_period(self, source, area, harm_fields, feedback) -> Dict[str, np.ndarray]:
        self._check_numeric(source, harm_fields)
        id_field = area.id_field
        if source.fields().lookupField(id_field) < 0:
            raise QgsProcessingException(self.tr("Layer '{0}' (period 2) has no id field '{1}'.").format(
                source.sourceName(), id_field))
        columns, _ = read_columns(self, source, [id_field] + list(harm_fields), feedback, None, None)
        position = {normalise_code(v): k for k, v in enumerate(columns[id_field])}
        rows = [position.get(normalise_code(v), -1) for v in area.areas.ids]
        missing = [str(v) for v, r in zip(area.areas.ids, rows) if r < 0]
        if missing:
            feedback.pushWarning(self.tr("{0} streets are not in '{1}' (period 2); their period-2 harm is empty "
                                         "and counts as 0: {2}").format(
                len(missing), source.sourceName(), first(missing)))
        extra = len(position) - (len(rows) - len(missing))
        if extra > 0:
            feedback.pushWarning(self.tr(
                "{0} features of '{1}' (period 2) are not among the streets and are left out.").format(extra,
                        source.sourceName()))
        out = {}
        for f in harm_fields:
            values = _numbers(columns[f])
            out[f] = np.array([values[r] if r >= 0 else np.nan for r in rows], dtype=float)
        return out

    def _concern(self, parameters, context, n_periods, feedback):
        source = self.parameterAsSource(parameters, self.PRIORITIES, context)
        if source is None:
            return None, None
        id_field = self.parameterAsString(parameters, self.PRIORITIES_ID, context) or ""
        if not id_field or source.fields().lookupField(id_field) < 0:
            raise QgsProcessingException(self.tr(
                "Community priorities '{0}': choose its area id field. Fields: {1}").format(
                source.sourceName(), ", ".join(source.fields().names())))
        try:
            layout = concern_layout(source.fields().names())
        except SurveyError as error:
            raise QgsProcessingException(self.tr("Layer '{0}': {1}").format(source.sourceName(), str(error)))
        names = {n.lower(): n for n in source.fields().names()}
        periods = list(range(len(layout.suffixes)))
        if len(periods) == 2 and n_periods == 1:
            feedback.pushInfo(self.tr("'{0}' holds two periods; the streets have one: the second (latest) period's "
                                      "priorities are used.").format(source.sourceName()))
            periods = [1]
        elif len(periods) == 1 and n_periods == 2:
            feedback.pushWarning(self.tr("'{0}' holds one period; the streets have two: the same priorities are "
                                         "used for both, so concern_change is 0.").format(source.sourceName()))
            periods = [0, 0]
        wanted = [id_field]
        for k in periods:
            wanted += [names[layout.share_field(c, k)] for c in layout.categories]
            for extra in ("respondents", "status"):
                if layout.field(extra, k) in names:
                    wanted.append(names[layout.field(extra, k)])
        columns, _ = read_columns(self, source, wanted, feedback, None, None)
        shares, respondents, status = [], [], []
        n = len(columns[id_field])
        for k in periods:
            shares.append(np.column_stack([_numbers(columns[names[layout.share_field(c,
                    k)]]) for c in layout.categories])
                          if layout.categories else np.zeros((n, 0)))
            resp = layout.field("respondents", k)
            respondents.append(_numbers(columns[names[resp]]) if resp in names else np.full(n, np.nan))
            stat = layout.field("status", k)
            status.append(np.array(columns[names[stat]], dtype=object) if stat in names else np.full(n, None,
                    dtype=object))
        table = ConcernTable(codes=columns[id_field], categories=layout.categories, shares=shares,
                                respondents=respondents, status=status)
        return table, source.sourceName()

    def _need(self, parameters, context, codes, feedback):
        source = self.parameterAsSource(parameters, self.NEED, context)
        if source is None:
            return None, ""
        id_field = self.parameterAsString(parameters, self.NEED_ID, context) or ""
        value_field = self.parameterAsString(parameters, self.NEED_FIELD, context) or ""
        if not id_field or not value_field:
            raise QgsProcessingException(self.tr(
                "Need layer '{0}': choose its area id field and its value field.").format(source.sourceName()))
        self._check_numeric(source, [value_field])
        columns, _ = read_columns(self, source, [id_field, value_field], feedback, None, None)
        index, missing = locate_by_code(codes, columns[id_field])
        seen = {}
        for v in columns[id_field]:
            key = normalise_code(v)
            seen[key] = seen.get(key, 0) + 1
        duplicated = sorted(k for k, c in seen.items() if c > 1 and k)
        if duplicated:
            feedback.pushWarning(self.tr(
                "Need layer '{0}' has several rows for {1} ids; the first is used: {2}").format(
                source.sourceName(), len(duplicated), first(duplicated)))
        values = _numbers(columns[value_field])
        need = np.array([values[i] if i >= 0 else np.nan for i in index.tolist()], dtype=float)
        if np.isnan(need).any():
            feedback.pushWarning(self.tr("{0} streets have no need value in '{1}'; need leaves their score (its "
                                         "weight too).").format(
                int(np.isnan(need).sum()), source.sourceName()))
        return need, value_field

    def _report(self, rec, area, concern_source, feedback):
        if rec.null_harm:
            feedback.pushWarning(self.tr("{0} harm values are empty; they count as 0.").format(rec.null_harm))
        if rec.unmatched_themes:
            feedback.pushWarning(self.tr("No priority category maps to the harm theme(s) {0}: residents' concern "
                                         "cannot match them. Change the priority to harm theme mapping.").format(
                ", ".join(rec.unmatched_themes)))
        if concern_source and rec.unlinked_areas:
            feedback.pushWarning(self.tr("{0} streets have an area code that is not in '{1}': they have no concern "
                                         "value.").format(
                rec.unlinked_areas, concern_source))
        used = [k for k, v in rec.used.items() if v]
        feedback.pushInfo(self.tr("Components: {0}; weights {1}").format(
            ", ".join(used), ", ".join("{0}={1:g}".format(k, rec.weights[k]) for k in used)))
        for theme in sorted(set(rec.field_themes.values())):
            feedback.pushInfo(self.tr("Harm theme '{0}' from field(s) {1}").format(
                theme, ", ".join(f for f, t in rec.field_themes.items() if t == theme)))

    def _write(self, parameters, context, source, area, rec, link_field, need_name, feedback):
        columns = rec.columns()
        texts = {}
        for p in rec.periods:
            texts["reason_codes" + p.suffix] = ("reason" + p.suffix,
                                                [self.reason_text(codes, need_name) for codes in p.reasons])
        src_fields = source.fields()
        keep = [area.id_field] + [f for f in (area.name_field, link_field) if f and f != area.id_field]
        fields = QgsFields()
        for name in keep:
            fields.append(src_fields.at(src_fields.lookupField(name)))
        out_columns: List[tuple] = []
        for name, kind, values in columns:
            out_columns.append((name, kind, values))
            if name in texts:
                out_columns.append((texts[name][0], "str", texts[name][1]))
        for name, kind, _ in out_columns:
            if fields.lookupField(name) >= 0:
                raise QgsProcessingException(self.tr("Field '{0}' would appear twice in the output: choose other "
                                                     "id, name or harm fields.").format(name))
            fields.append(QgsField(name, KINDS[kind]))
        keep_at = [src_fields.lookupField(name) for name in keep]
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        order = rec.order.tolist()
        total = len(order)
        for i, k in enumerate(order):
            if i % 1000 == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(100.0 * i / total if total else 0)
            attrs = area.rows.attributes[k]
            feature = QgsFeature(fields)
            feature.setAttributes([attrs[at] for at in keep_at] + [values[k] for _, _, values in out_columns])
            wkb = area.rows.wkb[k]
            if wkb is not None:
                geom = QgsGeometry()
                geom.fromWkb(wkb)
                feature.setGeometry(multi_part(geom))
            add_features(sink, feature, self.OUTPUT)
        del sink
        score_field = "focus_score" + rec.periods[-1].suffix
        return dest_id, score_field, dict((n, v) for n, _, v in columns)[score_field]

    def _provenance(self, parameters, context, area, rec, harm_fields, theme_map, direction, normalisation,
                    need_name, link_field) -> dict:
        return {
            **self.provenance_header(parameters, context),
            "records": None,
            "geography": geography_for_provenance("auto", area),
            "area_id_field": area.id_field,
            "area_name_field": area.name_field or None,
            "link_field": link_field or None,
            "harm_fields": {f: rec.field_themes[f] for f in harm_fields},
            "theme_map": {k: list(v) for k, v in sorted(theme_map.items())},
            "components": {k: {"used": rec.used[k], "weight": rec.weights[k]} for k in rec.used},
            "normalisation": normalisation,
            "need": {"field": need_name or None, "more_need_is": direction} if rec.used["need"] else None,
            "periods": len(rec.periods),
            "score": "sum(weight * normalised component) / sum(weights of the components a street has)",
            "areas": len(rec.area_ids),
            "ranked": int((rec.periods[-1].focus_rank > 0).sum()),
            "null_harm_values": rec.null_harm,
            "unmatched_themes": rec.unmatched_themes,
            "unlinked_areas": rec.unlinked_areas,
        }

    # ------------------------------------------------------------------ reasons in words
    def reason_text(self, codes: List[str], need_name: str = "") -> str:
        """Plain language for a street's reason codes (see domain.community)."""
        return "; ".join(self._one_reason(code, need_name) for code in codes)

    def _one_reason(self, code: str, need_name: str) -> str:
        kind, args = parse_reason(code)
        tr = self.tr
        if kind == "harm":
            level = args[0] if args else "missing"
            theme = args[1] if len(args) > 1 else ALL_HARM_THEME
            if level == "none":
                return tr("no recorded harm")
            if level == "missing":
                return tr("no harm value")
            if theme == ALL_HARM_THEME:
                return {"very_high": tr("very high harm (top 10 %)"), "high": tr("high harm (top 25 %)"),
                        "medium": tr("moderate harm"), "low": tr("low harm")}.get(level, level)
            label = self.theme_label(theme)
            return {"very_high": tr("very high {0} harm (top 10 %)"), "high": tr("high {0} harm (top 25 %)"),
                    "medium": tr("moderate {0} harm"), "low": tr("low {0} harm")}.get(level, "{0}").format(label)
        if kind == "concern":
            if len(args) == 2:
                return tr("{0} % of respondents name {1}").format(args[1], self.category_label(args[0]))
            state = args[0] if args else "no_data"
            return {"none": tr("no respondent names a matching priority"),
                    SUPPRESSED: tr("too few respondents to report their concern"),
                    NO_RESPONDENTS: tr("no survey respondents"),
                    "no_match": tr("no priority matches these harm themes"),
                    "no_data": tr("no survey data for this area")}.get(state, state)
        if kind == "need":
            deprivation = any(word in need_name.lower() for word in ("imd", "depriv"))
            if args and args[0] == "decile" and len(args) == 3:
                raw, from_most = args[1], int(args[2])
                if deprivation and raw == args[2]:  # lower = more deprived, as the IMD counts
                    return tr("most deprived decile") if from_most == 1 else tr("deprivation decile {0}").format(raw)
                return tr("highest-need decile") if from_most == 1 else tr(
                    "need decile {0} of 10 (1 = most need)").format(from_most)
            level = args[0] if args else "missing"
            return {"very_high": tr("very high need (top 10 %)"), "high": tr("high need (top 25 %)"),
                    "medium": tr("moderate need"), "low": tr("low need"), "missing": tr("no need value")}.get(level,
                            level)
        return code

    def category_label(self, code: str) -> str:
        tr = self.tr
        labels = {
            "drug_dealing": tr("drug dealing"), "antisocial_behaviour": tr("anti-social behaviour"),
            "burglary": tr("burglary"), "vehicle_crime": tr("vehicle crime"), "violence": tr("violence"),
            "knife_crime": tr("knife crime"), "scams": tr("scams"), "speeding": tr("speeding"),
            "litter": tr("litter"), "criminal_damage": tr("criminal damage"),
        }
        return labels.get(code, code.replace("_", " "))

    def theme_label(self, theme: str) -> str:
        tr = self.tr
        labels = {
            "drugs": tr("drugs"), "violence": tr("violence"), "acquisitive": tr("acquisitive crime"),
            "firearms": tr("firearms"), "economic": tr("economic crime"), "antisocial": tr("anti-social behaviour"),
            "drug_supply": tr("drug supply"), "burglary": tr("burglary"), "vehicle_crime": tr("vehicle crime"),
            "weapons": tr("weapons"), "other": tr("other crime"),
        }
        return labels.get(theme, theme.replace("_", " "))


def _numbers(values) -> np.ndarray:
    """Numbers as floats, NULL and anything not a number as NaN."""
    out = np.full(len(values), np.nan)
    for i, v in enumerate(values):
        if v is None or isinstance(v, bool):
            continue
        try:
            out[i] = float(v)
        except (TypeError, ValueError):
            continue
    return out
