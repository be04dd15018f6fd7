"""A short generated narrative of where harm is and what changed.

From each area's figures (:class:`~.briefing.AreaFigures`: rank, harm share
and, with a change layer, the baseline rank, harm change and its stable
``change_class`` code) it writes a few plain-English sentences such as
"Caldervine rose from rank 5 to 1; harm up 38 %, a significant increase."

Every sentence is built from a translated template: ``tr`` (the plugin's
translator in QGIS, the identity by default) is applied to the literal
template, then the figures are formatted in. The narrative names areas only
by their published label and never states a count, so it needs no
suppression. Pure Python: no QGIS import.
"""
from __future__ import annotations

from typing import List, Optional, Sequence

from ..codes import DECREASE, INCREASE, NO_CHANGE, TOO_FEW
from .briefing import AreaFigures, Translate, by_rank, is_missing, percent_words, untranslated

MAX_AREA_SENTENCES = 3


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


def change_sentence(area: AreaFigures, tr: Translate = untranslated) -> str:
    """One area's change: rank clause; harm clause, significance."""
    significance = significance_clause(area.change_class, tr)
    if significance:
        return tr("{0}; {1}, {2}.").format(rank_clause(area, tr), harm_clause(area, tr), significance)
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
              max_area_sentences: int = MAX_AREA_SENTENCES) -> List[str]:
    """The narrative as a list of sentences (empty for no areas)."""
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
        if round(pct, 1) == 0:
            sentences.append(tr("Overall, harm is unchanged on the baseline."))
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
