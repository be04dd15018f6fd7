"""A short generated narrative of where harm is and what changed.

From each area's figures (:class:`~.briefing.AreaFigures`: rank, harm share
and, with a change layer, the baseline rank, harm change and its stable
``change_class`` code) it writes a few plain-English sentences such as
"Caldervine rose from rank 5 to 1; harm up 38 %, a significant increase."
With the drivers of a change (from ``socharm:harmchange``'s ``DRIVERS``) it
says what the change was made of: "Brackenholt: harm up 47 %, mostly Robbery
(+61 % of the rise) and Burglary (+28 %)."

Every sentence is built from a translated template: ``tr`` (the plugin's
translator in QGIS, the identity by default) is applied to the literal
template, then the figures are formatted in. The narrative names areas only
by their published label and never states a count, so it needs no
suppression. Pure Python: no QGIS import.
"""
from __future__ import annotations

from typing import List, Optional, Sequence

from ..codes import DECREASE, DIFFUSION_OF_BENEFIT, DISPLACEMENT, INCREASE, NO_CHANGE, REDUCTION, TOO_FEW
from .briefing import AreaFigures, Translate, by_rank, format_change, is_missing, percent_words, untranslated

MAX_AREA_SENTENCES = 3
DRIVER_MIN_SHARE = 20.0  # drivers after the first are named when they make at least this % of the change
MAX_DRIVERS = 3
MOSTLY_SHARE = 50.0  # the drivers named make at least half the change: "mostly", else "led by"


def areas_word(geography: Optional[str], tr: Translate = untranslated) -> str:
    """The plural word for the areas of a geography code (sector, ward, street, ...)."""
    if geography == "sector":
        return tr("sectors")
    if geography == "ward":
        return tr("wards")
    if geography == "street":
        return tr("streets")
    if geography == "lsoa":
        return tr("LSOAs")
    if geography == "grid":
        return tr("grid cells")
    return tr("areas")


def area_word(geography: Optional[str], tr: Translate = untranslated) -> str:
    """The singular word for one area of a geography code, for a table's column or "by sector"
    (a word of its own: Welsh plurals are not the singular plus a letter, *sector, sectorau*)."""
    if geography == "sector":
        return tr("sector")
    if geography == "ward":
        return tr("ward")
    if geography == "street":
        return tr("street")
    if geography == "lsoa":
        return tr("LSOA")
    if geography == "grid":
        return tr("grid cell")
    return tr("area")


def rank_clause(area: AreaFigures, tr: Translate = untranslated) -> str:
    """"X rose from rank 5 to 1" / "fell from rank 1 to 3" / "stayed at rank 2" / "is new at rank 4"."""
    if area.rank is None:
        return area.label
    if area.rank_before is None:
        return tr("{0} is at rank {1} (no baseline rank)").format(area.label, area.rank)
    if area.rank < area.rank_before:
        return tr("{0} rose from rank {1} to {2}").format(area.label, area.rank_before, area.rank)
    if area.rank > area.rank_before:
        return tr("{0} fell from rank {1} to {2}").format(area.label, area.rank_before, area.rank)
    return tr("{0} stayed at rank {1}").format(area.label, area.rank)


def harm_clause(area: AreaFigures, tr: Translate = untranslated) -> str:
    """"harm up 38 %" / "harm down 12 %" / "harm unchanged" / "harm up from none"."""
    pct = area.change_pct
    if is_missing(pct):
        if not is_missing(area.harm_before) and float(area.harm_before) == 0 and (area.harm or 0) > 0:
            return tr("harm up from none in the baseline")
        return tr("no harm change could be computed")
    pct = float(pct)
    if round(pct, 1) == 0:
        return tr("harm unchanged")
    if pct > 0:
        return tr("harm up {0}").format(percent_words(pct))
    return tr("harm down {0}").format(percent_words(pct))


def significance_clause(code: Optional[str], tr: Translate = untranslated) -> str:
    if code == INCREASE:
        return tr("a significant increase")
    if code == DECREASE:
        return tr("a significant decrease")
    if code == NO_CHANGE:
        return tr("not a significant change")
    if code == TOO_FEW:
        return tr("too few records to tell")
    return ""


def named_drivers(drivers: Sequence, limit: int = MAX_DRIVERS) -> List:
    """The drivers a sentence names: the first, then each next one making at least
    :data:`DRIVER_MIN_SHARE` % of the change (at most ``limit``). Only drivers that
    moved the way the area moved (a positive share) are named."""
    pushing = [(str(name), float(share)) for name, share in drivers
               if name is not None and not is_missing(share) and float(share) > 0]
    chosen = pushing[:1]
    for name, share in pushing[1:limit]:
        if share >= DRIVER_MIN_SHARE:
            chosen.append((name, share))
    return chosen


def drivers_clause(drivers: Sequence, rise: bool, tr: Translate = untranslated) -> str:
    """"mostly Robbery (+61 % of the rise) and Burglary (+28 %)"; "" without drivers.

    ``drivers``: (driver, share of the area's change in %), largest share first.
    "mostly" when the drivers named make at least half the change, else "led by"."""
    chosen = named_drivers(drivers)
    if not chosen:
        return ""
    first_name, first_share = chosen[0]
    if rise:
        parts = [tr("{0} ({1} of the rise)").format(first_name, format_change(first_share))]
    else:
        parts = [tr("{0} ({1} of the fall)").format(first_name, format_change(first_share))]
    parts += [tr("{0} ({1})").format(name, format_change(share)) for name, share in chosen[1:]]
    if len(parts) == 1:
        listed = parts[0]
    elif len(parts) == 2:
        listed = tr("{0} and {1}").format(parts[0], parts[1])
    else:
        listed = tr("{0}, {1} and {2}").format(parts[0], parts[1], parts[2])
    if sum(share for _, share in chosen) >= MOSTLY_SHARE:
        return tr("mostly {0}").format(listed)
    return tr("led by {0}").format(listed)


def _area_drivers_clause(area: AreaFigures, tr: Translate) -> str:
    pct = area.change_pct
    if not area.drivers or is_missing(pct) or round(float(pct), 1) == 0:
        if area.drivers and is_missing(pct) and (area.harm or 0) > 0:
            return drivers_clause(area.drivers, True, tr)  # up from none
        return ""
    return drivers_clause(area.drivers, float(pct) > 0, tr)


def drivers_sentence(area: AreaFigures, tr: Translate = untranslated) -> str:
    """"Brackenholt: harm up 47 %, mostly Robbery (+61 % of the rise) and Burglary (+28 %)."
    (the harm clause alone when the area has no drivers)."""
    clause = _area_drivers_clause(area, tr)
    if clause:
        return tr("{0}: {1}, {2}.").format(area.label, harm_clause(area, tr), clause)
    return tr("{0}: {1}.").format(area.label, harm_clause(area, tr))


def change_sentence(area: AreaFigures, tr: Translate = untranslated) -> str:
    """One area's change: rank clause; harm clause, significance, and what drove it when known."""
    significance = significance_clause(area.change_class, tr)
    drivers = _area_drivers_clause(area, tr)
    if significance and drivers:
        return tr("{0}; {1}, {2}, {3}.").format(rank_clause(area, tr), harm_clause(area, tr), significance, drivers)
    if significance:
        return tr("{0}; {1}, {2}.").format(rank_clause(area, tr), harm_clause(area, tr), significance)
    if drivers:
        return tr("{0}; {1}, {2}.").format(rank_clause(area, tr), harm_clause(area, tr), drivers)
    return tr("{0}; {1}.").format(rank_clause(area, tr), harm_clause(area, tr))


def notable_changes(areas: Sequence[AreaFigures], limit: int = MAX_AREA_SENTENCES) -> List[AreaFigures]:
    """The areas worth a sentence: significant changes first (most harmful
    areas first), then the largest moves in rank."""
    with_change = [a for a in areas if a.has_change and a.rank is not None]
    significant = sorted((a for a in with_change if a.significant), key=lambda a: (a.rank, a.label))
    chosen = significant[:limit]
    if len(chosen) < limit:
        movers = [a for a in with_change if not a.significant and a.rank_before is not None and a.rank_before != a.rank]
        movers.sort(key=lambda a: (-abs(a.rank_before - a.rank), a.rank, a.label))
        chosen += movers[:limit - len(chosen)]
    return chosen


def narrative(areas: Sequence[AreaFigures], geography: Optional[str] = None, tr: Translate = untranslated,
              max_area_sentences: int = MAX_AREA_SENTENCES, force_drivers: Sequence = ()) -> List[str]:
    """The narrative as a list of sentences (empty for no areas). ``force_drivers``:
    (driver, share) of the force's change, to say what the overall change was made of."""
    ordered = by_rank(areas)
    if not ordered:
        return []
    word = areas_word(geography, tr)
    sentences: List[str] = []
    total = sum(float(a.harm or 0.0) for a in ordered)
    top = ordered[0]
    if total <= 0:
        sentences.append(tr("No harm was recorded in any of the {0} {1}.").format(len(ordered), word))
        return sentences
    share = 100.0 * float(top.harm or 0.0) / total
    sentences.append(tr("{0} has the most harm: {1} of the total across {2} {3}.").format(
        top.label, "{0:.0f} %".format(share), len(ordered), word))
    if len(ordered) > 3:
        k = 3
        top_share = 100.0 * sum(float(a.harm or 0.0) for a in ordered[:k]) / total
        sentences.append(tr("The top {0} {1} hold {2} of all harm.").format(k, word, "{0:.0f} %".format(top_share)))

    with_change = [a for a in ordered if a.has_change]
    if not with_change:
        return sentences
    before = sum(float(a.harm_before) for a in with_change if not is_missing(a.harm_before))
    now = sum(float(a.harm or 0.0) for a in with_change)
    if before > 0:
        pct = 100.0 * (now - before) / before
        clause = drivers_clause(force_drivers, pct > 0, tr) if round(pct, 1) != 0 else ""
        if round(pct, 1) == 0:
            sentences.append(tr("Overall, harm is unchanged on the baseline."))
        elif clause and pct > 0:
            sentences.append(tr("Overall, harm is up {0} on the baseline, {1}.").format(percent_words(pct), clause))
        elif clause:
            sentences.append(tr("Overall, harm is down {0} on the baseline, {1}.").format(percent_words(pct), clause))
        elif pct > 0:
            sentences.append(tr("Overall, harm is up {0} on the baseline.").format(percent_words(pct)))
        else:
            sentences.append(tr("Overall, harm is down {0} on the baseline.").format(percent_words(pct)))
    for area in notable_changes(with_change, max_area_sentences):
        sentences.append(change_sentence(area, tr))
    rises = sum(1 for a in with_change if a.change_class == INCREASE)
    falls = sum(1 for a in with_change if a.change_class == DECREASE)
    if rises and falls:
        sentences.append(tr("Harm rose significantly in {0} of {1} {2} and fell significantly in {3}.").format(
            rises, len(with_change), word, falls))
    elif rises:
        sentences.append(tr("Harm rose significantly in {0} of {1} {2} and fell significantly in none.").format(
            rises, len(with_change), word))
    elif falls:
        sentences.append(tr("Harm fell significantly in {0} of {1} {2} and rose significantly in none.").format(
            falls, len(with_change), word))
    else:
        sentences.append(tr("No change in harm in any of the {0} {1} is larger than chance would give.").format(
            len(with_change), word))
    return sentences


def hotspot_sentences(counts: dict, geography: Optional[str] = None, tr: Translate = untranslated) -> List[str]:
    """How many areas are hot or cold spots (from :func:`~.briefing.hotspot_counts`)."""
    word = areas_word(geography, tr)
    hot = sum(n for b, n in counts.items() if b > 0)
    cold = sum(n for b, n in counts.items() if b < 0)
    total = sum(counts.values())
    if not hot and not cold:
        return [tr("None of the {0} {1} is a significant hot or cold spot of harm.").format(total, word)]
    if counts.get(3, 0):
        first = tr("{0} of {1} {2} are hot spots of harm ({3} at 99 % confidence)").format(hot, total, word, counts[3])
    else:
        first = tr("{0} of {1} {2} are hot spots of harm").format(hot, total, word)
    if cold:
        return [tr("{0}; {1} are cold spots.").format(first, cold)]
    return [tr("{0}; none is a cold spot.").format(first)]


# ------------------------------------------------------------------ did it work? (socharm:interventionimpact)

def _ratio(value) -> str:
    from .briefing import format_ratio

    return format_ratio(value)


def _interval(results: dict, low: str, high: str) -> str:
    from .briefing import format_interval

    return format_interval(results.get(low), results.get(high))


def _impact_level(results: dict) -> str:
    confidence = results.get("confidence")
    return "{0:g} %".format(100.0 * float(confidence)) if not is_missing(confidence) else "95 %"


def impact_sentences(results: dict, tr: Translate = untranslated) -> List[str]:
    """What socharm:interventionimpact found, in plain words, from its results
    (ODDS_RATIO, TARGET_CLASS, WDQ_COUNT, ...). States no count of records."""
    r = results or {}
    out: List[str] = []
    ratio = r.get("ODDS_RATIO")
    level = _impact_level(r)
    target = r.get("TARGET_CLASS")
    if is_missing(ratio):
        out.append(tr("The relative effect on records in the target could not be computed: a zone has no record in "
                      "either period."))
    else:
        change = 100.0 * (1.0 / float(ratio) - 1.0)  # the target's change beyond the control's
        interval = _interval(r, "ODDS_RATIO_LOW", "ODDS_RATIO_HIGH")
        if target == REDUCTION:
            out.append(tr("Against the control, records in the target fell by {0} (relative effect {1}, {2} interval "
                          "{3}): a reduction.").format(
                percent_words(change), _ratio(ratio), level, interval))
        elif target == INCREASE:
            out.append(tr("Against the control, records in the target rose by {0} (relative effect {1}, {2} interval "
                          "{3}): an increase.").format(
                percent_words(change), _ratio(ratio), level, interval))
        else:
            out.append(tr("Against the control, records in the target changed by {0} (relative effect {1}, {2} "
                          "interval {3}, which includes 1): no evidence of a change.").format(
                format_change(change), _ratio(ratio), level, interval))
    harm = r.get("HARM_EFFECT")
    if not is_missing(harm):
        words = {REDUCTION: tr("a reduction"), INCREASE: tr("an increase")}.get(
            r.get("TARGET_HARM_CLASS"), tr("no evidence of a change"))
        out.append(tr("Harm in the target: relative effect {0} ({1} interval {2}): {3}.").format(
            _ratio(harm), level, _interval(r, "HARM_EFFECT_LOW", "HARM_EFFECT_HIGH"), words))
    wdq = r.get("WDQ_COUNT")
    buffer = r.get("BUFFER_CLASS")
    if target != REDUCTION:
        out.append(tr("Displacement is judged only where the target shows a reduction."))
    elif is_missing(wdq):
        out.append(tr("The weighted displacement quotient is undefined (the target had no record before, or the "
                      "control none in a period)."))
    elif buffer == DISPLACEMENT:
        if float(wdq) >= -1.0:
            out.append(tr("The buffer shows displacement: about {0} of the fall in the target reappeared around it "
                          "(weighted displacement quotient {1}, {2} interval {3}).").format(
                percent_words(-100.0 * float(wdq)), _ratio(wdq), level, _interval(r, "WDQ_COUNT_LOW",
                                                                                  "WDQ_COUNT_HIGH")))
        else:
            out.append(tr("The buffer shows displacement larger than the fall in the target (weighted displacement "
                          "quotient {0}, {1} interval {2}).").format(
                _ratio(wdq), level, _interval(r, "WDQ_COUNT_LOW", "WDQ_COUNT_HIGH")))
    elif buffer == DIFFUSION_OF_BENEFIT:
        out.append(tr("The buffer shows a diffusion of benefit: records fell around the target too (weighted "
                      "displacement quotient {0}, {1} interval {2}).").format(
            _ratio(wdq), level, _interval(r, "WDQ_COUNT_LOW", "WDQ_COUNT_HIGH")))
    else:
        out.append(tr("The buffer shows neither displacement nor a diffusion of benefit (weighted displacement "
                      "quotient {0}).").format(_ratio(wdq)))
    tne = r.get("TNE_COUNT")
    if not is_missing(tne) and target == REDUCTION:
        if float(tne) >= 0:
            out.append(tr("Net of any displacement, about {0} fewer records in target and buffer than the control's "
                          "trend gives.").format(
                "{0:,.0f}".format(float(tne))))
        else:
            out.append(tr("Net of displacement, about {0} more records in target and buffer than the control's trend "
                          "gives.").format(
                "{0:,.0f}".format(-float(tne))))
    out.append(tr("Each measure compares the target with the control: it assumes the control shows what would have "
                  "happened in the target without the operation."))
    return out
