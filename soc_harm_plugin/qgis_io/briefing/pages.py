"""The page builders: summary, what changed, hot spots, did it work?, one atlas page per area, method
(a base of BriefingPack)."""

from __future__ import annotations

from typing import Dict, List, Tuple

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsLayoutItemLabel,
    QgsSpatialIndex,
    QgsVectorLayer,
)

from ...about import plugin_version
from ...domain.language import languages
from ...domain.sharing import briefing
from ...domain.sharing import narrative
from ...domain.codes import BUFFER, DECREASE, INCREASE, TARGET, TOO_FEW
from ...translate import document_language, speaking, tr
from ..styles import (apply_change_style, apply_harm_style, apply_hotspot_style, distinct_harm_classes, hotspot_label,
                      qml_style)
from ...compat import (
    FeatureRequestFlag,
)
from .areas import _measure_table, _scheme_measures, _value
from .items import LayoutItems
from .layers import _label_layer, _outline_only, _single, memory_copy
from .text import (_alpha, _category_text, _span_words, harm_table_text, harm_unit, period_field_words,
                   period_text)


LABEL_NAMES_UP_TO = 15  # label areas with their names (not only ranks) when there are at most this many


class PageBuilders(LayoutItems):
    """The page builders of BriefingPack, one method per kind of page."""

    def _summary_page(self) -> None:
        items = self._add_page("summary")
        page = self._layout_page()
        scored = self.scored
        word = self._areas_word(scored)
        unit = harm_unit(scored.provenance)
        period = period_text(scored.provenance)
        subtitle = tr("{0} ranked by harm \u00b7 {1} \u00b7 weights: {2}").format(
            word[:1].upper() + word[1:], period, harm_table_text(scored.provenance))
        self._frame(items, self.options.title or tr("Harm briefing"), subtitle)
        many = len(scored.figures) > LABEL_NAMES_UP_TO
        size = 7.5 if many else 8.0
        layer = self._scored_map_layer(scored, tr("Harm ({0})").format(unit), label_names=not many, size=size)
        ranges = distinct_harm_classes([a.harm for a in scored.figures], 5)
        apply_harm_style(layer, "harm_score", len(ranges), ranges=ranges)
        _label_layer(layer, size)
        top_n = self._top_n()
        self._map(items, [layer], layer.extent(), scored.layer.crs(), [layer], tr("Harm ({0}), {1}").format(unit,
                period),
                  tr("Labels: harm rank of the top {0} {1} (1 = most harm; none on areas without harm). Classes: "
                     "natural breaks (Jenks).").format(
                      min(top_n, len(scored.figures)), word))
        force_drivers = (briefing.drivers_from_provenance(self.change.provenance, "force")
                         if self.change is not None else ())
        sentences = narrative.narrative(self._short_names(scored.figures), scored.geography, tr,
                                        force_drivers=force_drivers)
        table = briefing.ranked_table(scored.figures, top_n, self.options.suppress_below, tr,
                               area_heading=self._area_heading(scored), harm_heading=tr("Harm"),
                               with_change=self.change is not None)
        if self.options.include_personal and scored.identifiers:
            by_key = scored.by_key()
            for area, values in zip(scored.figures, zip(*[scored.personal_values[f.name] for f in scored.identifiers])):
                by_key[area.key].extra = {f.name: "" if v is None else str(v) for f, v in zip(scored.identifiers,
                        values)}
            table = briefing.ranked_table(scored.figures, top_n, self.options.suppress_below, tr,
                                   area_heading=self._area_heading(scored), harm_heading=tr("Harm"),
                                   with_change=self.change is not None)
        notes = [tr("Harm in {0}; share of the total across all {1}.").format(unit, word)]
        if self.options.suppress_below > 0:
            notes.append(tr("Record counts below {0} are shown as <{0}.").format(self.options.suppress_below))
        if self.change is not None:
            notes.append(tr("Move: places up (\u25b2) or down (\u25bc) the ranking since the baseline. Change in "
                            "bold colour is significant."))
        self._right_column(items, page, "\n".join("\u2022 " + s for s in sentences),
                           tr("Top {0} {1} by harm").format(min(top_n, len(scored.figures)), word), table, " ".join(
                               notes),
                           narrative_heading=tr("Key points"))

    def _change_page(self) -> None:
        items = self._add_page("change")
        page = self._layout_page()
        change = self.change
        word = self._areas_word(change) if change.geography else self._areas_word(self.scored)
        current, baseline = self._change_periods()
        subtitle = tr("Harm {0} compared with {1}").format(current, baseline) if current else tr("Harm compared "
                "with the baseline")
        self._frame(items, tr("What changed"), subtitle)
        labels = {}
        many = len(change.figures) > LABEL_NAMES_UP_TO
        for fid, area in zip(change.fids, change.figures):
            labels[fid] = self._map_name(area.label, 7.5) if not many else ""
        fields = [change.id_field, "harm_change_pct", "change_class", "count_change_class", "rank_current"]
        base = memory_copy(change.layer, [change.id_field], tr("No baseline"), crs=self.scored.layer.crs(),
                           transform_context=self.project.transformContext())
        _single(base, "#e0e0e0", "#bdbdbd", 0.15)
        layer = memory_copy(change.layer, fields, tr("Change in harm"), labels, crs=self.scored.layer.crs(),
                            transform_context=self.project.transformContext())
        if "harm_change_pct" in change.layer.fields().names():
            apply_change_style(layer, "harm_change_pct", classes=min(6, max(2, len(change.figures) // 2)))
        if not many:
            _label_layer(layer, 7.5)
        self._map(items, [layer, base], base.extent(), self.scored.layer.crs(), [layer],
                  tr("Change in harm (%)"),
                  tr("Full colour, thick outline: significant change. Pale: not significant. Grey: no % change "
                     "(none in the baseline)."))
        areas = change.figures
        alpha = _alpha(change.provenance)
        sentences = []
        if current:
            sentences.append(tr("{0} is compared with the baseline, {1}.").format(current[:1].upper() + current[1:],
                    baseline))
        sentences.append(tr("A change counts as significant when a test finds it unlikely to be chance (p < {0}); "
                            "the method page says which tests.").format(alpha))
        rises = sum(1 for a in areas if a.change_class == INCREASE)
        falls = sum(1 for a in areas if a.change_class == DECREASE)
        few = sum(1 for a in areas if a.change_class == TOO_FEW)
        sentences.append(tr("Significant increases: {0}; significant decreases: {1}; too few records to tell: {2} "
                            "(of {3} {4}).").format(
            rises, falls, few, len(areas), word))
        word_layer = change if change.geography else self.scored
        table = briefing.change_table(areas, self.options.suppress_below, 20, tr,
                                      area_heading=self._area_heading(word_layer))
        notes = [tr("Sorted: significant changes first, then by change.")]
        if self.options.suppress_below > 0:
            notes.append(tr("Record counts below {0} are shown as <{0}.").format(self.options.suppress_below))
        self._right_column(items, page, "\n".join("\u2022 " + s for s in sentences),
                           tr("Change by {0}").format(self._area_word(word_layer)), table, " ".join(notes),
                           narrative_heading=tr("How to read it"))

    def _change_periods(self) -> Tuple[str, str]:
        """The compared period and its baseline in words: from the provenance's periods,
        else from the layer's current_period and baseline_period fields."""
        change = self.change
        periods = change.provenance.get("periods") if change.provenance else None
        if isinstance(periods, dict):
            month_only = bool(periods.get("month_only"))
            current = periods.get("compared_current") or periods.get("current")
            baselines = periods.get("compared_baselines") or periods.get("baselines") or []
            if isinstance(baselines, dict):
                baselines = [baselines]
            if isinstance(current, dict) and len(baselines) == 1 and isinstance(baselines[0], dict):
                return (_span_words(current.get("start"), current.get("end"), month_only),
                        _span_words(baselines[0].get("start"), baselines[0].get("end"), month_only))
        names = change.layer.fields().names()
        if "current_period" in names and "baseline_period" in names:
            feature = next(change.layer.getFeatures(QgsFeatureRequest().setLimit(1).setFlags(
                FeatureRequestFlag.NoGeometry)), None)
            if feature is not None:
                current, baseline = _value(feature["current_period"]), _value(feature["baseline_period"])
                if current and baseline:
                    return period_field_words(str(current)), period_field_words(str(baseline))
        return "", ""

    def _hotspot_page(self) -> None:
        items = self._add_page("hotspots")
        page = self._layout_page()
        hot = self.hotspots
        word = self._areas_word(hot)
        self._frame(items, tr("Where harm clusters"),
                    tr("Hot and cold spots of harm (Getis-Ord Gi*) across {0}").format(word))
        labels = {fid: "" for fid in hot.fids}
        layer = memory_copy(hot.layer, [hot.id_field, "gi_bin", "gi_z"], tr("Hot and cold spots"), labels,
                            crs=self.scored.layer.crs(), transform_context=self.project.transformContext())
        apply_hotspot_style(layer, "gi_bin")
        self._pair_hotspot_labels(layer)
        outline = memory_copy(self.scored.layer, [self.scored.id_field], tr("Areas"),
                              {fid: self._map_name(a.label, 7.0) for fid, a in zip(self.scored.fids,
                                      self.scored.figures)}
                              if len(self.scored.figures) <= LABEL_NAMES_UP_TO else None,
                              crs=self.scored.layer.crs(), transform_context=self.project.transformContext())
        _outline_only(outline, "#252525", 0.5)
        if len(self.scored.figures) <= LABEL_NAMES_UP_TO:
            _label_layer(outline, 7.0)
        self._map(items, [outline, layer], layer.extent(), self.scored.layer.crs(), [layer],
                  tr("Hot and cold spots of harm"),
                  tr("Confidence after any correction for multiple tests; dark outlines: {0}.").format(
                      self._areas_word(self.scored)))
        counts = briefing.hotspot_counts(hot.figures)
        sentences = narrative.hotspot_sentences(counts, hot.geography, tr)
        sentences.append(tr("A hot spot is an area whose harm, with its neighbours', is higher than chance would "
                            "give across the whole force."))
        table = briefing.hotspot_table(hot.figures, 20, tr, area_heading=self._area_heading(hot))
        self._right_column(items, page, "\n".join("\u2022 " + s for s in sentences),
                           tr("Significant hot and cold spots"), table,
                           tr("Hottest first, then the coldest; z-score of Gi*."), narrative_heading=tr("Key points"))

    def _impact_page(self) -> None:
        """Did it work? The zones by result, what the measures say, records and harm by zone, cohorts."""
        items = self._add_page("impact")
        page = self._layout_page()
        impact, cohorts = self.impact, self.cohorts
        results = impact.results if impact is not None else {}
        periods = impact.provenance.get("periods") if impact is not None else None
        subtitle = tr("Before and after an operation: target, buffer and control")
        if isinstance(periods, dict) and all(isinstance(periods.get(k), dict) for k in ("before", "after")):
            month_only = bool(periods.get("month_only"))
            subtitle = tr("After: {0} \u00b7 before: {1}").format(
                _span_words(periods["after"].get("start"), periods["after"].get("end"), month_only),
                _span_words(periods["before"].get("start"), periods["before"].get("end"), month_only))
        self._frame(items, tr("Did it work?"), subtitle)
        crs = self.scored.layer.crs()
        context = self.project.transformContext()
        outline = memory_copy(self.scored.layer, [self.scored.id_field], tr("Areas"), crs=crs,
                              transform_context=context)
        _outline_only(outline, "#636363", 0.3)
        layers, legend, extent = [outline], [], outline.extent()
        if impact is not None and impact.has_map:
            zones = memory_copy(impact.layer, ["zone", "result"], tr("Zones by result"), crs=crs,
                                transform_context=context)
            qml_style("intervention_zones")(zones)
            layers, legend = [outline, zones], [zones]
            near = [f.geometry().boundingBox() for f in zones.getFeatures() if f["zone"] in (TARGET, BUFFER)]
            if near:
                extent = near[0]
                for box in near[1:]:
                    extent.combineExtentWith(box)
                extent.scale(2.2)  # the neighbours around target and buffer, for context
        self._map(items, layers, extent, crs, legend, tr("Zones by result"),
                  tr("Control: the rest of the force, or the control layer given (outlined)."))
        sentences = narrative.impact_sentences(results, tr) if results else []
        if cohorts:
            sentences.append(tr("Referral cohorts: mean harm of the linked records per nominal in the window before "
                                "and after referral; cohorts of fewer than {0} nominals are not shown.").format(
                max(1, self.options.suppress_below)))
        measures = briefing.impact_measure_table(results, tr) if results else None
        cohort_table = briefing.cohort_table(cohorts, self.options.suppress_below, tr) if cohorts else None
        note = tr("Intervals: {0} %. Relative effect above 1: the target improved against the control.").format(
            "{0:g}".format(100.0 * float(results.get("confidence", 0.95)))) if results else ""
        self._right_column(items, page, "\n".join("\u2022 " + s for s in sentences), tr("The measures"), measures,
                           note, narrative_heading=tr("What the measures say"),
                           table2_heading=tr("Referral cohorts"), table2=cohort_table)
        self._zone_table(items, page, impact)

    def _zone_table(self, items, page: int, impact) -> None:
        """Records and harm by zone, under the map and its notes (counts below the threshold as <5)."""
        heading, frame = items.get("table3_heading"), items.get("table3")
        if impact is None or not impact.rows or heading is None or frame is None:
            self._hide(items, "table3_heading", "table3")
            return
        note = items.get("map_note")
        if isinstance(note, QgsLayoutItemLabel):
            y = max(self._page_y(heading), self._page_y(note) + note.sizeWithUnits().height() + 2.0)
            self._move_y(heading, y, page)
            self._move_y(frame, y + 7.0, page)
        self._set_line(items, "table3_heading", "{0}", tr("Records and harm by zone"))
        table = briefing.impact_zone_table(impact.rows, self.options.suppress_below, tr)
        self._table(items, "table3", table, 186.0 - self._page_y(frame))

    def _pair_hotspot_labels(self, layer: QgsVectorLayer) -> None:
        """On a bilingual page the legend's hot and cold spot classes in both languages, Welsh above English
        (two short lines keep the legend's three columns inside the map's width)."""
        if self._words is None or not self._words.replaying:
            return
        renderer = layer.renderer()
        with speaking(languages.ENGLISH):
            english = [hotspot_label(int(c.value())) for c in renderer.categories()]
        for k, (category, label) in enumerate(zip(renderer.categories(), english)):
            renderer.updateCategoryLabel(k, languages.join_blocks([category.label(), label]))

    def _detail_by_parent(self) -> Dict[str, List[int]]:
        """Detail feature indexes by the scored area key they lie in (by a shared id field, else by location)."""
        detail, scored = self.detail, self.scored
        out: Dict[str, List[int]] = {}
        link = scored.id_field if scored.id_field in detail.layer.fields().names() else None
        if link is not None:
            at = detail.layer.fields().lookupField(link)
            request = QgsFeatureRequest().setSubsetOfAttributes([at]).setFlags(FeatureRequestFlag.NoGeometry)
            keys = {f.id(): _value(f.attributes()[at]) for f in detail.layer.getFeatures(request)}
            for k, fid in enumerate(detail.fids):
                parent = keys.get(fid)
                out.setdefault("" if parent is None else str(parent), []).append(k)
            return out
        index = QgsSpatialIndex()
        geometries = {}
        for feature in scored.layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
            if index.addFeature(feature):  # False for an area without geometry: nothing lies in it
                geometries[feature.id()] = feature.geometry()
        key_of = {fid: a.key for fid, a in zip(scored.fids, scored.figures)}
        transform = None
        if detail.layer.crs() != scored.layer.crs():
            transform = QgsCoordinateTransform(detail.layer.crs(), scored.layer.crs(), self.project.transformContext())
        position = {fid: k for k, fid in enumerate(detail.fids)}
        for feature in detail.layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
            point = feature.geometry().pointOnSurface()
            if point.isNull():
                continue
            if transform is not None and point.transform(transform) != Qgis.GeometryOperationResult.Success:
                continue
            for candidate in index.intersects(point.boundingBox()):
                if geometries[candidate].contains(point):
                    out.setdefault(key_of.get(candidate, ""), []).append(position[feature.id()])
                    break
        return out

    def _atlas_shared(self) -> dict:
        """What every atlas page shares, made once: the outlines, the detail areas by the area
        they lie in, the harm classes, the map of all areas. A page then copies only its own
        areas, so a page costs the same however many pages the pack has."""
        language = document_language()
        if language in self._atlas:
            return self._atlas[language]
        scored = self.scored
        crs = scored.layer.crs()
        context = self.project.transformContext()
        shared = {
            "total": len(scored.figures),
            "word": self._areas_word(scored),
            "unit": harm_unit(scored.provenance),
            "period": period_text(scored.provenance),
            "fid_of": {a.key: fid for fid, a in zip(scored.fids, scored.figures)},
            "measures": _scheme_measures(scored),
            "hotspot_bins": {a.key: a.hotspot_bin for a in self.hotspots.figures} if self.hotspots is not None else {},
        }
        outlines = memory_copy(scored.layer, [scored.id_field], tr("Areas"), crs=crs, transform_context=context)
        _outline_only(outlines, "#636363", 0.35)
        shared["outlines"] = outlines
        if self.detail is not None:
            shared["children"] = self._detail_by_parent()
            shared["detail_ranges"] = distinct_harm_classes([a.harm for a in self.detail.figures], 5)
            context_layer = memory_copy(self.detail.layer, [self.detail.id_field], tr("Other areas"), crs=crs,
                                        transform_context=context)
            _single(context_layer, "#f0f0f0", "#d0d0d0", 0.15)
            shared["context_layer"] = context_layer
            shared["detail_word"] = self._areas_word(self.detail)
        else:
            names = len(scored.figures) <= LABEL_NAMES_UP_TO
            harm_layer = self._scored_map_layer(scored, tr("Harm ({0})").format(shared["unit"]), label_names=names,
                                                size=7.5)
            ranges = distinct_harm_classes([a.harm for a in scored.figures], 5)
            apply_harm_style(harm_layer, "harm_score", len(ranges), ranges=ranges)
            _label_layer(harm_layer, 7.5)
            shared["harm_layer"] = harm_layer
        self._atlas[language] = shared
        return shared

    def _atlas_page(self, area: briefing.AreaFigures) -> None:
        shared = self._atlas_shared()
        scored = self.scored
        word, unit, period, total = shared["word"], shared["unit"], shared["period"], shared["total"]
        crs = scored.layer.crs()
        context = self.project.transformContext()
        items = self._add_page("atlas")
        page = self._layout_page()
        self._frame(items, tr("{0}: rank {1} of {2} {3}").format("{0}", area.rank, total, word),
                    tr("Harm {0} \u00b7 {1}").format(period, harm_table_text(scored.provenance)), name=area.label)
        fid = shared["fid_of"][area.key]
        own = memory_copy(scored.layer, [scored.id_field], tr("This area"), crs=crs, transform_context=context, fids=[
            fid])
        _outline_only(own, "#000000", 1.1)
        inside: List[briefing.AreaFigures] = []
        detail_word = shared.get("detail_word", "")
        if self.detail is not None:
            positions = shared["children"].get(area.key, [])
            inside = [self.detail.figures[k] for k in positions]
            many = len(inside) > 25
            size = 6.5 if many else 7.0
            ranked = briefing.rank_label_keys(inside, self._top_n())
            labels = {}
            for k in positions:
                figure = self.detail.figures[k]
                parts = [] if many else [self._map_name(figure.label, size)]
                if figure.key in ranked:
                    parts.append("#{0}".format(figure.rank))
                labels[self.detail.fids[k]] = "\n".join(parts)
            wards = memory_copy(self.detail.layer, [self.detail.id_field, "harm_score", "harm_rank"],
                                tr("Harm ({0})").format(unit), labels, [self.detail.fids[k] for k in positions],
                                crs=crs, transform_context=context)
            apply_harm_style(wards, "harm_score", 5, ranges=shared["detail_ranges"])
            _label_layer(wards, size)
            layers = [own, shared["outlines"], wards, shared["context_layer"]]
            legend_title = tr("Harm by {0} ({1}), classes across the whole force").format(
                self._area_word(self.detail), unit)
            legend_layers = [wards]
            note = tr("Labels: force-wide harm rank of the top {0} {1} here. Thick outline: this {2}.").format(
                min(self._top_n(), len(inside)), detail_word, self._area_word(scored))
        else:
            harm_layer = shared["harm_layer"]
            layers = [own, harm_layer]
            legend_title = tr("Harm ({0})").format(unit)
            legend_layers = [harm_layer]
            note = tr("Labels: harm rank of the top {0} {1}. Thick outline: this {2}.").format(
                min(self._top_n(), total), word, self._area_word(scored))
        extent = own.extent()
        extent.scale(1.12)  # some of the neighbours, for context
        self._map(items, [x for x in layers if x is not None], extent, crs, legend_layers, legend_title, note)
        facts = self._facts(area, total, word, unit, inside, detail_word)
        table = briefing.detail_table(inside, self.options.suppress_below, 25, tr,
                               area_heading=self._area_heading(self.detail)) if self.detail is not None else None
        measures = shared["measures"]
        table2 = _measure_table(scored, fid, area, measures, self.options.suppress_below) if measures else None
        notes = []
        if self.options.suppress_below > 0:
            notes.append(tr("Record counts below {0} are shown as <{0}.").format(self.options.suppress_below))
        if self.detail is not None:
            notes.append(tr("Rank: across the whole force."))
        self._right_column(items, page, facts, tr("{0} in {1}").format(detail_word[:1].upper() + detail_word[1:],
                                                                       area.label)
                           if self.detail is not None else "", table, " ".join(notes),
                           narrative_heading=tr("Key figures"), table2_heading=tr("Harm by measure"), table2=table2)

    def _facts(self, area: briefing.AreaFigures, total_areas: int, word: str, unit: str, inside: List[
        briefing.AreaFigures],
               detail_word: str) -> str:
        lines = [
            tr("Rank {0} of {1} {2}").format(area.rank, total_areas, word)
            + (tr(" (was {0})").format(area.rank_before) if area.rank_before is not None else ""),
            tr("Harm: {0} {1}, {2} of the force total").format(briefing.format_number(area.harm), unit,
                                                               briefing.format_percent(area.share)),
            tr("Records: {0}").format(briefing.suppress_count_text(area.n, self.options.suppress_below)),
        ]
        if area.has_change:
            change = briefing.format_change(area.change_pct) if not briefing.is_missing(area.change_pct) else tr(
                "no % change")
            lines.append(tr("Change on the baseline: {0}, {1}").format(change, briefing.change_class_text(
                area.change_class, tr).lower()))
        if self.hotspots is not None:
            gi_bin = self._atlas_shared()["hotspot_bins"].get(area.key)
            if gi_bin is not None:
                lines.append(tr("Gi*: {0}").format(briefing.hotspot_text(gi_bin, tr).lower()))
        if inside:
            top = briefing.by_rank(inside)[0]
            lines.append(tr("Most harm: {0} (rank {1} of all {2})").format(self._short_name(top.label), top.rank,
                                                                           detail_word))
        return "\n".join("\u2022 " + line for line in lines)

    def _method_page(self) -> None:
        items = self._add_page("method")
        scored = self.scored
        provenance = scored.provenance
        self._frame(items, tr("Method, sources and data protection"),
                    tr("How the figures in this pack were made, and what it leaves out"))
        for key, heading in (("provenance_heading", tr("Where the figures come from")),
                             ("table_heading", tr("Every record accounted for")),
                             ("privacy_heading", tr("Data protection")),
                             ("sources_heading", tr("Sources and licences"))):
            self._set_line(items, key, "{0}", heading)
        lines = [tr("Each record counts once, in the area that holds it, weighted by the harm of its offence; an "
                    "area's harm is the sum of its records' weights, and areas are ranked by it (1 = most "
                    "harm)."), ""]
        table = provenance.get("harm_table") if isinstance(provenance.get("harm_table"), dict) else {}
        if table:
            lines.append(tr("Harm weights: {0}").format(table.get("name", "")))
            lines.append(tr("Version {0}; file {1}; SHA-256 {2}").format(
                table.get("version", "?"), table.get("source", "?"), str(table.get("sha256", ""))[:16] + "\u2026"))
        scheme = provenance.get("scheme") if isinstance(provenance.get("scheme"), dict) else None
        if scheme:
            lines.append(tr("Harm scheme: {0}, version {1}").format(scheme.get("name", ""), scheme.get("version", "?")))
            labels = [str(m.get("label") or m.get("key")) for m in scheme.get("measures") or [] if isinstance(m, dict)]
            if labels:
                lines.append(tr("Measures: {0}").format("; ".join(labels)))
        lines.append(tr("Period: {0}").format(period_text(provenance)))
        lines.append(tr("Areas: {0} {1} from layer '{2}'").format(
            len(scored.figures), self._areas_word(scored), scored.layer.name()))
        if provenance.get("algorithm"):
            lines.append(tr("Scored by {0} (SOC Harm {1})").format(provenance.get("algorithm"), provenance.get(
                "plugin_version", "?")))
        else:
            lines.append(tr("The scored layer carries no SOC Harm provenance."))
        if self.change is not None:
            current, baseline = self._change_periods()
            tests = self.change.provenance.get("tests") if isinstance(self.change.provenance.get("tests"), dict) else {}
            lines.append(tr("Change: {0} against {1}, from layer '{2}'").format(
                current or "?", baseline or "?", self.change.layer.name()))
            for key in ("count", "harm"):
                if isinstance(tests.get(key), str):
                    lines.append(tr("Test for {0}: {1}").format(key, tests[key]))
        if self.hotspots is not None:
            inference = self.hotspots.provenance.get("inference")
            inference = inference if isinstance(inference, dict) else {}
            details = []
            if inference.get("neighbours"):
                details.append(tr("neighbours: {0}").format(str(inference["neighbours"]).replace("_", " ")))
            if inference.get("permutations"):
                details.append(tr("{0} permutations").format(inference["permutations"]))
            if inference.get("correction") is not None:
                details.append(tr("correction: {0}").format(str(inference["correction"]).replace("_", " ")))
            if inference.get("alpha") is not None:
                details.append(tr("alpha {0}").format(inference["alpha"]))
            lines.append(tr("Hot spots: Getis-Ord Gi* from layer '{0}'").format(self.hotspots.layer.name())
                         + (" ({0})".format("; ".join(details)) if details else ""))
        if self.detail is not None:
            lines.append(tr("Detail: {0} {1} from layer '{2}'").format(
                len(self.detail.figures), self._areas_word(self.detail), self.detail.layer.name()))
        lines.append(tr("Record counts below {0} are shown as <{0} in every table.").format(self.options.suppress_below)
                     if self.options.suppress_below > 0 else tr("No counts are suppressed (SUPPRESS_BELOW is 0)."))
        page = self._layout_page()
        self._stack(items, page, "provenance", "\n".join(lines), 95.0, "table_heading", "table")
        recon = briefing.reconciliation_table(provenance.get("reconciliation"), self.options.suppress_below, tr)
        if recon.rows:
            self._table(items, "table", recon, 193.0 - self._page_y(items["table"]))
        else:
            self._hide(items, "table_heading", "table")
        identifiers = self.all_identifiers()
        privacy = []
        if self.options.include_personal:
            privacy.append(tr("THIS PACK INCLUDES PERSONAL DATA: it was made with INCLUDE_PERSONAL. Handle it at "
                              "the marking shown and share it only with those who need it."))
        else:
            privacy.append(tr("Safe to share: the pack names no person. No names, person or nominal ids, dates of "
                              "birth, addresses, phone numbers or vehicle registrations appear in any table, "
                              "label or sentence."))
        if identifiers:
            listed = ", ".join("{0} ({1})".format(f, _category_text(c)) for _layer, f, c in identifiers)
            if self.options.include_personal:
                privacy.append(tr("Identifier fields included: {0}.").format(listed))
            else:
                privacy.append(tr("Identifier fields found in the layers and left out: {0}.").format(listed))
        else:
            privacy.append(tr("No field of the layers looks like an identifier."))
        if self.scrub.replaced:
            privacy.append(tr("{0} identifier values found in text were replaced by [withheld].").format(
                self.scrub.replaced))
        if self.options.suppress_below > 0:
            privacy.append(tr(
                "Small numbers: a count below {0} could help identify a person, so it is shown as <{0}.").format(
                self.options.suppress_below))
        privacy.append(tr("Marking: {0}.").format(briefing.marking_words(self.options.marking, tr)))
        self._stack(items, page, "privacy", "\n\n".join(privacy), 95.0, "sources_heading", "sources")
        sources = [
            tr("Contains public sector information licensed under the Open Government Licence v3.0."),
            tr("Boundaries: contains OS data \u00a9 Crown copyright and database right {0}.").format(
                self.options.produced.year),
        ]
        if table and str(table.get("key", "")).startswith("ons_css"):
            sources.append(tr("Harm weights: Office for National Statistics, Crime Severity Score (experimental "
                              "statistics), Open Government Licence v3.0."))
        sources.append(tr("Made with QGIS and the SOC Harm plugin {0}.").format(plugin_version()))
        if isinstance(items.get("sources"), QgsLayoutItemLabel):
            self._fit_label(items["sources"], "\n\n".join(sources), 193.0 - self._page_y(items["sources"]),
                            sizes=(8.5, 8.0, 7.5, 7.0))
