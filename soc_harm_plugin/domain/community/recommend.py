"""Which streets (or wards) to focus on: harm, residents' concern and need, each shown.

Pure numpy / pandas (no qgis): the engine behind ``socharm:recommendstreets``.

**Where to focus** (:func:`recommend`). Per street (or ward) three components,
each normalised to 0-1 and combined with the user's weights. Normalised by
rank percentile (the default): the share of the other areas with a lower
value (0 = none lower, 1 = all lower; tied values get the same, and a zero
shared by many streets stays 0); or by min-max: ``(v - min) / (max - min)``,
0 where all values are equal. Harm is concentrated (a few streets hold much
of it), so min-max leaves most streets near 0 and lets the ward-level
concern and need decide between them; rank percentile keeps the order of
harm across all streets:

- harm: the sum of the chosen harm fields;
- concern: residents' concern about the themes of those harm fields. Each
  harm field has a theme from its name (:func:`field_theme`): ``dim_drugs``
  -> ``drugs``, ``drug_supply_harm`` -> ``drug_supply``,
  ``violence_harm_score`` -> ``violence``, ``harm_score`` -> ``crime`` (all
  harm). The concern about a theme is the largest share of respondents naming
  a category mapped to it (:data:`DEFAULT_THEME_MAP`, which the user can
  override). With several harm fields, the concern is the mean of their
  concerns weighted by the street's harm in each (a plain mean where the
  street has no harm), so concern counts where the harm is; the reason cites
  the category behind the largest part of it;
- need: any numeric value; ``higher`` or ``lower`` means more need (an IMD
  decile: 1 = most deprived, so ``lower``).

``focus_score = sum(w_k * x_k) / sum(w_k)`` over the components a street has
a value for (a component left out or missing for a street takes its weight
with it); ``focus_rank`` 1 = focus first, ties share the lower rank. Every
street carries stable reason codes (:func:`reason_codes`) that the adapter
turns into plain language, e.g. ``harm:very_high:violence;
concern:drug_dealing:42; need:decile:1:1`` -> "very high violence harm (top
10 %); 42 % of respondents name drug dealing; most deprived decile".

**Two periods** ("you said, we did"): every per-period field is written
twice, ``<field>_p1`` and ``<field>_p2``, plus ``harm_change``,
``concern_change`` (period 2 minus period 1) and ``focus_rank_change`` (rank
in period 2 minus rank in period 1, negative = moved up the list). Harm and
concern are normalised over both periods together, so a fall in harm shows
as a fall in ``harm_norm``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from ..language.messages import tr
from ..harm.scoring import rank_descending
from .survey import (
    CHANGE_SUFFIX,
    NO_RESPONDENTS,
    PERIOD_SUFFIXES,
    PRIORITY_PREFIX,
    SUPPRESSED,
    SurveyError,
    category_code,
    column_values,
    locate_by_code,
    normalise_label,
)

# The theme every crime category shares: the theme of an overall harm field (harm_score).
ALL_HARM_THEME = "crime"
# Category -> the harm themes it is about. A harm field's theme (field_theme)
# is matched against these; they cover the sample force's soc_theme values,
# police.uk-style categories and likely scheme measure keys and dimensions.
DEFAULT_THEME_MAP: Dict[str, Tuple[str, ...]] = {
    "drug_dealing": (ALL_HARM_THEME, "drugs", "drug_supply", "drug_deaths", "cannabis_farms", "county_lines"),
    "antisocial_behaviour": (ALL_HARM_THEME, "antisocial", "antisocial_behaviour", "asb", "public_order"),
    "burglary": (ALL_HARM_THEME, "acquisitive", "burglary"),
    "vehicle_crime": (ALL_HARM_THEME, "acquisitive", "vehicle_crime"),
    "violence": (ALL_HARM_THEME, "violence", "firearms", "firearms_discharges", "weapons", "robbery"),
    "knife_crime": (ALL_HARM_THEME, "violence", "weapons", "knife_crime"),
    "scams": (ALL_HARM_THEME, "economic", "fraud", "scams", "financial", "consumer", "doorstep_crime"),
    "speeding": ("roads",),
    "litter": ("environment",),
    "criminal_damage": (ALL_HARM_THEME, "criminal_damage", "antisocial", "other"),
}
MINMAX = "minmax"
PERCENTILE = "percentile"
NORMALISATIONS = (MINMAX, PERCENTILE)  # enum order is public
NEED_HIGHER = "higher"
NEED_LOWER = "lower"
NEED_DIRECTIONS = (NEED_HIGHER, NEED_LOWER)  # enum order is public


def parse_theme_map(text: Optional[str], base: Optional[Mapping[str, Sequence[str]]] = None
                    ) -> Dict[str, Tuple[str, ...]]:
    """Category -> themes: ``base`` (the documented default) with the entries
    of ``text`` replacing whole categories, e.g.
    ``"drug_dealing=drugs,drug_supply; litter="`` (an empty list: no theme)."""
    mapping = {k: tuple(v) for k, v in (DEFAULT_THEME_MAP if base is None else base).items()}
    if not text or not text.strip():
        return mapping
    for entry in re.split(r"[;\n]", text):
        if not entry.strip():
            continue
        if "=" not in entry:
            raise SurveyError(tr("Theme mapping entry '{0}' has no '=': write category=theme1,theme2").format(
                entry.strip()))
        left, right = entry.split("=", 1)
        category = category_code(left)
        if category is None:
            raise SurveyError(tr("Theme mapping entry '{0}' names no category.").format(entry.strip()))
        themes = []
        for part in right.split(","):
            theme = normalise_label(part)
            if theme and theme not in themes:
                themes.append(theme)
        mapping[category] = tuple(themes)
    return mapping


def field_theme(name: str) -> str:
    """The harm theme of a harm field, from its name: ``dim_<theme>``,
    ``<theme>_harm_score``, ``<theme>_harm``; ``harm_score`` (and ``harm``,
    ``harm_value``, ``harm_total``) are all harm (:data:`ALL_HARM_THEME`);
    any other name is its own theme."""
    low = normalise_label(name) or ""
    if low in ("harm_score", "harm", "harm_value", "harm_total", "harm_sum"):
        return ALL_HARM_THEME
    if low.startswith("dim_") and len(low) > 4:
        return low[4:]
    for suffix in ("_harm_score", "_harm"):
        if low.endswith(suffix) and len(low) > len(suffix):
            return low[: -len(suffix)]
    return low


def normalise(values: np.ndarray, method: str = MINMAX) -> np.ndarray:
    """0-1 per value (NaN stays NaN): min-max, or rank percentile (the share of
    the other values that are lower; tied values get the same)."""
    values = np.asarray(values, dtype=float)
    out = np.full(len(values), np.nan)
    ok = ~np.isnan(values)
    if not ok.any():
        return out
    v = values[ok]
    if method == MINMAX:
        lo, hi = float(v.min()), float(v.max())
        out[ok] = (v - lo) / (hi - lo) if hi > lo else 0.0
    elif method == PERCENTILE:
        m = len(v)
        lower = np.searchsorted(np.sort(v), v, side="left")  # how many values are lower
        out[ok] = lower / (m - 1) if m > 1 else 0.0
    else:
        raise ValueError("unknown normalisation {0!r}".format(method))
    return out


def harm_level(values: np.ndarray) -> np.ndarray:
    """very_high (top 10 %: at least 90 % of the others lower), high (top 25 %),
    medium, low (bottom 25 %) by rank percentile; none where the value is 0
    or less; missing where NaN."""
    values = np.asarray(values, dtype=float)
    pct = normalise(values, PERCENTILE)
    level = np.where(pct >= 0.9, "very_high", np.where(pct >= 0.75, "high", np.where(pct >= 0.25, "medium", "low")))
    level = level.astype(object)
    level[values <= 0] = "none"
    level[np.isnan(values)] = "missing"
    return level


@dataclass
class ConcernTable:
    """Residents' priorities per survey area, one row per area, per period:
    what socharm:communitypriorities writes (``pri_<category>`` shares 0-1,
    NULL where suppressed)."""

    codes: Sequence  # the survey areas' ids
    categories: Tuple[str, ...]
    shares: List[np.ndarray]  # per period: (rows, categories), NaN where suppressed / none
    respondents: List[np.ndarray]  # per period, NaN where suppressed
    status: List[np.ndarray]  # per period: OK, SUPPRESSED, LOW_COUNT, NO_RESPONDENTS (or None)


@dataclass
class ConcernLayout:
    """Which fields of a priorities layer hold what: ``categories`` and, per
    period, its suffix ("" for one period; "_p1", "_p2" for two)."""

    categories: Tuple[str, ...]
    suffixes: Tuple[str, ...]

    def share_field(self, category: str, period: int) -> str:
        return PRIORITY_PREFIX + category + self.suffixes[period]

    def field(self, name: str, period: int) -> str:
        return name + self.suffixes[period]


def concern_layout(field_names: Sequence[str]) -> ConcernLayout:
    """Read the layout of a socharm:communitypriorities output from its field
    names: two periods when every ``pri_<c>_p1`` has its ``pri_<c>_p2``."""
    names = [n for n in field_names if n.lower().startswith(PRIORITY_PREFIX)]
    lower = {n.lower() for n in names}
    p1 = [n.lower()[len(PRIORITY_PREFIX):-3] for n in names if n.lower().endswith("_p1")]
    if p1 and all(PRIORITY_PREFIX + c + "_p2" in lower for c in p1):
        return ConcernLayout(tuple(p1), PERIOD_SUFFIXES)
    cats = [n.lower()[len(PRIORITY_PREFIX):] for n in names
            if not n.lower().endswith(CHANGE_SUFFIX) and not n.lower().endswith(("_p1", "_p2"))]
    if not cats:
        raise SurveyError(tr("The priorities layer has no pri_<category> fields: give the output of "
                          "'Community priorities by area'."))
    return ConcernLayout(tuple(cats), ("",))


@dataclass
class PeriodRecommendation:
    suffix: str
    harm_fields: Dict[str, np.ndarray]
    harm_value: np.ndarray
    harm_norm: np.ndarray
    concern: np.ndarray
    concern_norm: np.ndarray
    concern_category: np.ndarray  # object: the category cited, or None
    concern_status: np.ndarray  # object: reason code part for concern
    respondents: np.ndarray
    focus_score: np.ndarray
    focus_rank: np.ndarray
    reasons: List[List[str]]  # per area: reason codes


@dataclass
class Recommendation:
    area_ids: list
    harm_fields: Tuple[str, ...]
    field_themes: Dict[str, str]
    periods: List[PeriodRecommendation]
    need_value: Optional[np.ndarray]
    need_norm: Optional[np.ndarray]
    weights: Dict[str, float]
    used: Dict[str, bool]  # component -> given
    null_harm: int  # harm values that were NULL (counted as 0)
    unmatched_themes: List[str]  # harm themes no category maps to
    unlinked_areas: int  # areas whose link code is no survey area (per the concern table)

    @property
    def order(self) -> np.ndarray:
        """Area positions by focus rank in the latest period (unranked last, then input order)."""
        rank = self.periods[-1].focus_rank
        return np.lexsort((np.arange(len(rank)), np.where(rank > 0, rank, np.iinfo(np.int64).max)))

    def columns(self) -> List[Tuple[str, str, list]]:
        """(field name, kind, values per area) in output order; see the module docstring."""
        per_period: List[Tuple[str, str, List[np.ndarray]]] = []
        for f in self.harm_fields:
            per_period.append((f, "float", [p.harm_fields[f] for p in self.periods]))
        per_period.append(("harm_value", "float", [p.harm_value for p in self.periods]))
        per_period.append(("harm_norm", "float", [p.harm_norm for p in self.periods]))
        if self.used["concern"]:
            per_period.append(("concern", "float", [p.concern for p in self.periods]))
            per_period.append(("concern_norm", "float", [p.concern_norm for p in self.periods]))
            per_period.append(("respondents", "int", [p.respondents for p in self.periods]))
        out: List[Tuple[str, str, list]] = []
        two = len(self.periods) == 2

        def emit(name, kind, values):
            if not two:
                out.append((name, kind, column_values(values[0], kind) if kind != "str" else list(values[0])))
            else:
                for p, vals in zip(self.periods, values):
                    out.append((name + p.suffix, kind, column_values(vals, kind) if kind != "str" else list(vals)))

        for name, kind, values in per_period:
            emit(name, kind, values)
        if self.used["need"]:
            out.append(("need_value", "float", column_values(self.need_value, "float")))
            out.append(("need_norm", "float", column_values(self.need_norm, "float")))
        emit("focus_score", "float", [p.focus_score for p in self.periods])
        emit("focus_rank", "int", [np.where(p.focus_rank > 0, p.focus_rank, np.nan) for p in self.periods])
        emit("reason_codes", "str", [np.array([";".join(r) for r in p.reasons], dtype=object) for p in self.periods])
        if two:
            a, b = self.periods
            out.append(("harm_change", "float", column_values(b.harm_value - a.harm_value, "float")))
            if self.used["concern"]:
                out.append(("concern_change", "float", column_values(b.concern - a.concern, "float")))
            ranked = (a.focus_rank > 0) & (b.focus_rank > 0)
            change = np.where(ranked, b.focus_rank - a.focus_rank, np.nan)
            out.append(("focus_rank_change", "int", column_values(change, "int")))
        return out


def recommend(area_ids: Sequence, harm: Sequence[Mapping[str, Sequence[float]]], *,
              link_codes: Optional[Sequence] = None, concern: Optional[ConcernTable] = None,
              need: Optional[Sequence[float]] = None, need_direction: str = NEED_HIGHER,
              theme_map: Optional[Mapping[str, Sequence[str]]] = None, normalisation: str = PERCENTILE,
              weights: Tuple[float, float, float] = (0.5, 0.3, 0.2),
              field_themes: Optional[Mapping[str, str]] = None) -> Recommendation:
    """Rank areas (streets or wards) for focus; see the module docstring.

    ``harm``: per period, harm field -> value per area (same fields each period).
    ``link_codes``: per area, the survey area code (e.g. its ward) the concern
    table is looked up by; the area's own id when None. ``concern``: per period
    as many as ``harm`` (the caller aligns them). ``need``: per area.
    """
    area_ids = list(area_ids)
    n = len(area_ids)
    if not harm or not len(harm[0]):
        raise SurveyError(tr("Choose at least one harm field."))
    if len(harm) > 2:
        raise SurveyError(tr("At most two periods can be compared."))
    if normalisation not in NORMALISATIONS:
        raise SurveyError(tr("Unknown normalisation '{0}'.").format(normalisation))
    if need_direction not in NEED_DIRECTIONS:
        raise SurveyError(tr("Unknown need direction '{0}'.").format(need_direction))
    if concern is not None and len(concern.shares) != len(harm):
        raise SurveyError(tr("The concern table has {0} period(s) for {1} harm period(s).").format(
            len(concern.shares), len(harm)))
    w = {"harm": float(weights[0]), "concern": float(weights[1]), "need": float(weights[2])}
    if any(v < 0 for v in w.values()):
        raise SurveyError(tr("Weights must not be negative."))
    used = {"harm": True, "concern": concern is not None, "need": need is not None}
    if sum(w[k] for k in w if used[k]) <= 0:
        raise SurveyError(tr("The weights of the components given are all 0."))
    fields = tuple(harm[0])
    for period in harm:
        if tuple(period) != fields:
            raise SurveyError(tr("Both periods need the same harm fields."))
        for f in fields:
            if len(period[f]) != n:
                raise SurveyError(tr("Harm field '{0}' has {1} values for {2} areas.").format(f, len(period[f]), n))
    themes = {f: (field_themes or {}).get(f) or field_theme(f) for f in fields}
    theme_map = dict(DEFAULT_THEME_MAP if theme_map is None else theme_map)
    two = len(harm) == 2
    suffixes = PERIOD_SUFFIXES if two else ("",)

    # harm
    null_harm = 0
    harm_fields: List[Dict[str, np.ndarray]] = []
    harm_value: List[np.ndarray] = []
    for period in harm:
        cols = {}
        for f in fields:
            v = np.asarray(period[f], dtype=float)
            null_harm += int(np.isnan(v).sum())
            cols[f] = v
        harm_fields.append(cols)
        harm_value.append(np.sum([np.nan_to_num(cols[f]) for f in fields], axis=0))
    harm_norm = _normalise_periods(harm_value, normalisation)

    # concern
    unmatched = []
    matches: Dict[str, List[int]] = {}
    unlinked = 0
    concern_value: List[np.ndarray] = []
    cited: List[np.ndarray] = []
    concern_state: List[np.ndarray] = []
    respondents: List[np.ndarray] = []
    if concern is not None:
        cats = list(concern.categories)
        for f in fields:
            matches[f] = [j for j, c in enumerate(cats) if themes[f] in theme_map.get(c, ())]
            if not matches[f] and themes[f] not in unmatched:
                unmatched.append(themes[f])
        codes = area_ids if link_codes is None else list(link_codes)
        row, missing = locate_by_code(codes, list(concern.codes))
        unlinked = int((row < 0).sum())
        for k in range(len(harm)):
            value, cite, state, resp = _concern(harm_fields[k], fields, matches, concern, k, row)
            concern_value.append(value)
            cited.append(cite)
            concern_state.append(state)
            respondents.append(resp)
        concern_norm = _normalise_periods(concern_value, normalisation)
    else:
        concern_value = [np.full(n, np.nan) for _ in harm]
        concern_norm = [np.full(n, np.nan) for _ in harm]
        cited = [np.full(n, None, dtype=object) for _ in harm]
        concern_state = [np.full(n, None, dtype=object) for _ in harm]
        respondents = [np.full(n, np.nan) for _ in harm]

    # need
    need_value = need_norm = None
    need_codes: List[str] = []
    if need is not None:
        need_value = np.asarray(need, dtype=float)
        if len(need_value) != n:
            raise SurveyError(tr("The need values are {0} for {1} areas.").format(len(need_value), n))
        more_need = need_value if need_direction == NEED_HIGHER else -need_value
        need_norm = normalise(more_need, normalisation)
        need_codes = _need_codes(need_value, need_direction)

    periods: List[PeriodRecommendation] = []
    for k in range(len(harm)):
        parts = [(w["harm"], harm_norm[k])]
        if used["concern"]:
            parts.append((w["concern"], concern_norm[k]))
        if used["need"]:
            parts.append((w["need"], need_norm))
        num = np.zeros(n)
        den = np.zeros(n)
        for weight, values in parts:
            has = ~np.isnan(values)
            num += np.where(has, weight * np.nan_to_num(values), 0.0)
            den += np.where(has, weight, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            score = np.where(den > 0, num / den, np.nan)
        rank = rank_descending(score)
        levels = harm_level(harm_value[k])
        top_theme = _top_theme(harm_fields[k], fields, themes)
        reasons = []
        for a in range(n):
            codes_a = ["harm:{0}:{1}".format(levels[a], top_theme[a]) if levels[a] not in ("none", "missing")
                       else "harm:{0}".format(levels[a])]
            if used["concern"]:
                if cited[k][a] is not None:
                    codes_a.append("concern:{0}:{1}".format(
                        cited[k][a], int(round(_share_of(concern, k, cited[k][a], row[a]) * 100))))
                else:
                    codes_a.append("concern:{0}".format(concern_state[k][a]))
            if used["need"]:
                codes_a.append(need_codes[a])
            reasons.append(codes_a)
        periods.append(PeriodRecommendation(
            suffix=suffixes[k], harm_fields=harm_fields[k], harm_value=harm_value[k], harm_norm=harm_norm[k],
            concern=concern_value[k], concern_norm=concern_norm[k], concern_category=cited[k],
            concern_status=concern_state[k], respondents=respondents[k], focus_score=score, focus_rank=rank,
            reasons=reasons))
    return Recommendation(area_ids=area_ids, harm_fields=fields, field_themes=themes, periods=periods,
                          need_value=need_value, need_norm=need_norm, weights=w, used=used, null_harm=null_harm,
                          unmatched_themes=unmatched, unlinked_areas=unlinked)


def _normalise_periods(values: List[np.ndarray], method: str) -> List[np.ndarray]:
    """Normalise the periods' values together (one scale for both)."""
    pooled = normalise(np.concatenate(values), method)
    out, start = [], 0
    for v in values:
        out.append(pooled[start:start + len(v)])
        start += len(v)
    return out


def _share_of(concern: ConcernTable, period: int, category: str, row: int) -> float:
    return float(concern.shares[period][row, list(concern.categories).index(category)])


def _concern(harm_fields: Dict[str, np.ndarray], fields: Sequence[str], matches: Dict[str, List[int]],
             concern: ConcernTable, period: int, row: np.ndarray):
    """Per area: the harm-weighted concern, the category cited, the concern
    state (for the reason when there is no category to cite) and the respondents."""
    n = len(row)
    shares = np.asarray(concern.shares[period], dtype=float)
    status = concern.status[period] if concern.status else None
    resp_all = np.asarray(concern.respondents[period], dtype=float)
    value = np.full(n, np.nan)
    cite = np.full(n, None, dtype=object)
    state = np.full(n, None, dtype=object)
    resp = np.full(n, np.nan)
    cats = list(concern.categories)
    any_match = any(matches[f] for f in fields)
    for a in range(n):
        r = int(row[a])
        if r < 0:
            state[a] = "no_data"
            continue
        resp[a] = resp_all[r]
        row_status = None if status is None else status[r]
        if not any_match:
            state[a] = "no_match"
            continue
        if row_status == NO_RESPONDENTS or (row_status is None and resp_all[r] == 0):
            state[a] = NO_RESPONDENTS
            continue
        if np.isnan(shares[r]).all():
            state[a] = SUPPRESSED if row_status in (None, SUPPRESSED) else "no_data"
            continue
        per_field = []
        for f in fields:
            js = matches[f]
            if not js:
                continue
            vals = shares[r, js]
            if np.isnan(vals).all():
                continue
            best = int(np.nanargmax(vals))  # first of the tied: category order
            per_field.append((f, float(vals[best]), js[best]))
        if not per_field:
            state[a] = SUPPRESSED
            continue
        weights = np.array([max(float(np.nan_to_num(harm_fields[f][a])), 0.0) for f, _, _ in per_field])
        vals = np.array([v for _, v, _ in per_field])
        if weights.sum() <= 0:
            weights = np.ones(len(per_field))  # no harm here: a plain mean
        value[a] = float((weights * vals).sum() / weights.sum())
        if value[a] <= 0:
            state[a] = "none"
            continue
        # cite the category behind the largest part of the concern (first field on ties)
        cite[a] = cats[per_field[int(np.argmax(weights * vals))][2]]
    return value, cite, state, resp


def _top_theme(harm_fields: Dict[str, np.ndarray], fields: Sequence[str], themes: Mapping[str, str]) -> List[str]:
    """Per area: the theme of the harm field with the most harm (first on ties)."""
    stacked = np.column_stack([np.nan_to_num(harm_fields[f]) for f in fields])
    best = np.argmax(stacked, axis=1)
    return [themes[fields[b]] for b in best.tolist()]


def _need_codes(values: np.ndarray, direction: str) -> List[str]:
    """need:decile:<value>:<from most need> when every value is a whole number
    1-10 (a decile), else need:<level> by rank percentile towards more need; need:missing."""
    ok = ~np.isnan(values)
    is_decile = bool(ok.any()) and bool(np.all((values[ok] >= 1) & (values[ok] <= 10)
                                               & (values[ok] == np.round(values[ok]))))
    out = []
    if is_decile:
        for v in values.tolist():
            if v != v:
                out.append("need:missing")
            else:
                d = int(v)
                out.append("need:decile:{0}:{1}".format(d, d if direction == NEED_LOWER else 11 - d))
        return out
    more = values if direction == NEED_HIGHER else -values
    pct = normalise(more, PERCENTILE)
    for p in pct.tolist():
        if p != p:
            out.append("need:missing")
        else:
            level = "very_high" if p >= 0.9 else "high" if p >= 0.75 else "medium" if p >= 0.25 else "low"
            out.append("need:{0}".format(level))
    return out


def parse_reason(code: str) -> Tuple[str, List[str]]:
    """('harm', ['very_high', 'violence']) from 'harm:very_high:violence'."""
    parts = code.split(":")
    return parts[0], parts[1:]
