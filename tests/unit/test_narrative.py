"""The generated narrative: sentences from each area's figures and change codes,
built from translated templates. Expected sentences written out by hand."""
from __future__ import annotations

from soc_harm_plugin.domain.sharing.briefing import AreaFigures
from soc_harm_plugin.domain.sharing.narrative import (
    area_word,
    areas_word,
    change_sentence,
    drivers_clause,
    drivers_sentence,
    hotspot_sentences,
    narrative,
    notable_changes,
)


def five_sectors():
    """Now: 500, 300, 150, 40, 10 (total 1,000). Baseline: 362.32, 400, 370, 380, 390 (total 1,902.32)."""
    def area(label, rank, harm, rank_before, harm_before, change_class):
        pct = 100.0 * (harm - harm_before) / harm_before
        return AreaFigures(key=label[:3], label=label, harm=harm, rank=rank, share=harm / 10.0, n=harm / 10.0,
                           rank_before=rank_before, harm_before=harm_before, change_pct=pct, change_class=change_class)

    return [
        area("Hollinrake", 2, 300.0, 1, 400.0, "decrease"),
        area("Caldervine", 1, 500.0, 5, 362.32, "increase"),
        area("Marrowby", 3, 150.0, 4, 370.0, "no_change"),
        area("Grisdale Moor", 4, 40.0, 3, 380.0, "too_few"),
        area("Wexley Cross", 5, 10.0, 2, 390.0, "decrease"),
    ]


def test_narrative_of_a_change_names_the_leader_the_overall_change_and_the_significant_changes():
    assert narrative(five_sectors(), "sector") == [
        "Caldervine has the most harm: 50 % of the total across 5 sectors.",
        "The top 3 sectors hold 95 % of all harm.",
        "Overall, harm is down 47 % on the baseline.",
        "Caldervine rose from rank 5 to 1; harm up 38 %, a significant increase.",
        "Hollinrake fell from rank 1 to 2; harm down 25 %, a significant decrease.",
        "Wexley Cross fell from rank 2 to 5; harm down 97 %, a significant decrease.",
        "Harm rose significantly in 1 of 5 sectors and fell significantly in 2.",
    ]


def test_without_enough_significant_changes_the_largest_rank_moves_follow():
    areas = five_sectors()
    chosen = notable_changes(areas, limit=4)
    assert [a.label for a in chosen] == ["Caldervine", "Hollinrake", "Wexley Cross", "Marrowby"]
    # Marrowby (4 -> 3) and Grisdale Moor (3 -> 4) both moved one place: the higher-ranked comes first
    assert change_sentence(chosen[3]) == "Marrowby rose from rank 4 to 3; harm down 59 %, not a significant change."
    too_few = [a for a in areas if a.label == "Grisdale Moor"][0]
    assert change_sentence(too_few) == "Grisdale Moor fell from rank 3 to 4; harm down 89 %, too few records to tell."


def test_without_change_figures_only_the_ranking_is_told():
    areas = [AreaFigures("W1", "North", harm=75.0, rank=1), AreaFigures("W2", "South", harm=25.0, rank=2)]
    assert narrative(areas, "ward") == ["North has the most harm: 75 % of the total across 2 wards."]


def test_no_areas_and_no_harm():
    assert narrative([], "sector") == []
    areas = [AreaFigures("A", "A", harm=0.0, rank=1), AreaFigures("B", "B", harm=0.0, rank=1)]
    assert narrative(areas, None) == ["No harm was recorded in any of the 2 areas."]


def test_the_closing_count_names_a_side_with_no_significant_change_as_none():
    areas = five_sectors()
    for a in areas:
        if a.change_class == "decrease":
            a.change_class = "no_change"
    assert narrative(areas, "sector")[-1] == "Harm rose significantly in 1 of 5 sectors and fell significantly in none."
    for a in areas:
        a.change_class = {"increase": "decrease"}.get(a.change_class, a.change_class)
    assert narrative(areas, "sector")[-1] == "Harm fell significantly in 1 of 5 sectors and rose significantly in none."


def test_a_change_from_no_harm_in_the_baseline_and_an_unchanged_area():
    from_none = AreaFigures("X", "Newtown", harm=20.0, rank=1, rank_before=2, harm_before=0.0, change_pct=None,
                            change_class="too_few")
    same = AreaFigures("Y", "Oldtown", harm=10.0, rank=2, rank_before=1, harm_before=10.0, change_pct=0.0,
                       change_class="no_change")
    assert change_sentence(from_none) == ("Newtown rose from rank 2 to 1; harm up from none in the baseline, too "
                                          "few records to tell.")
    assert change_sentence(same) == "Oldtown fell from rank 1 to 2; harm unchanged, not a significant change."
    text = narrative([from_none, same], "street")
    assert text[1] == "Overall, harm is up 200 % on the baseline."
    assert text[-1] == "No change in harm in any of the 2 streets is larger than chance would give."


def test_templates_are_translated_before_the_figures_are_formatted_in():
    welsh = {
        "{0} rose from rank {1} to {2}": "Cododd {0} o safle {1} i {2}",
        "harm up {0}": "niwed i fyny {0}",
        "a significant increase": "cynnydd sylweddol",
        "sectors": "sectorau",
    }
    area = five_sectors()[1]
    assert change_sentence(area, lambda s: welsh.get(s, s)) == ("Cododd Caldervine o safle 5 i 1; niwed i fyny 38 "
                                                                "%, cynnydd sylweddol.")
    first = narrative(five_sectors(), "sector", tr=lambda s: welsh.get(s, s))[0]
    assert first.endswith("5 sectorau.")


def test_the_narrative_never_states_a_count():
    areas = five_sectors()
    for a in areas:
        a.n = 3.0  # a count that must be suppressed: it must not appear anywhere
    text = " ".join(narrative(areas, "sector"))
    assert "3.0" not in text and " 3 records" not in text


def test_hotspot_sentences():
    assert hotspot_sentences({3: 2, 2: 1, 1: 0, 0: 30, -1: 1, -2: 0, -3: 1}, "ward") == [
        "3 of 35 wards are hot spots of harm (2 at 99 % confidence); 2 are cold spots."]
    assert hotspot_sentences({3: 0, 2: 1, 1: 4, 0: 30}, "sector") == [
        "5 of 35 sectors are hot spots of harm; none is a cold spot."]
    assert hotspot_sentences({0: 7}, None) == ["None of the 7 areas is a significant hot or cold spot of harm."]


# ------------------------------------------------------------------ what drove a change

def brackenholt(drivers, pct=47.0, change_class="increase"):
    return AreaFigures("S01", "Brackenholt", harm=147.0, rank=1, rank_before=2, harm_before=100.0, change_pct=pct,
                       change_class=change_class, drivers=drivers)


def test_the_drivers_sentence_names_what_made_most_of_the_rise():
    area = brackenholt([("Robbery", 61.2), ("Wounding", 28.4), ("Theft", 6.0)])
    assert drivers_sentence(area) == ("Brackenholt: harm up 47 %, mostly Robbery (+61 % of the rise) and "
                                      "Wounding (+28 %).")
    assert change_sentence(area) == (
        "Brackenholt rose from rank 2 to 1; harm up 47 %, a significant increase, "
        "mostly Robbery (+61 % of the rise) and Wounding (+28 %).")


def test_drivers_of_a_fall_and_a_spread_change():
    fall = brackenholt([("Burglary", 35.0), ("Vehicle crime", 22.0), ("Theft", 21.0)], pct=-30.0,
                       change_class="decrease")
    assert drivers_clause(fall.drivers, False) == (
        "mostly Burglary (+35 % of the fall), Vehicle crime (+22 %) and Theft (+21 %)")
    spread = brackenholt([("Robbery", 30.0), ("Arson", 15.0), ("Theft", 12.0)])
    # only the first reaches 20 %; 30 % is less than half the change: "led by"
    assert drivers_clause(spread.drivers, True) == "led by Robbery (+30 % of the rise)"
    # a driver larger than the whole rise (others fell): the share says so
    assert drivers_clause([("Robbery", 112.1)], True) == "mostly Robbery (+112 % of the rise)"


def test_no_drivers_no_clause():
    plain = brackenholt([])
    assert change_sentence(plain) == "Brackenholt rose from rank 2 to 1; harm up 47 %, a significant increase."
    assert drivers_sentence(plain) == "Brackenholt: harm up 47 %."
    # drivers that moved against the change (negative shares) are never named as what made it
    against = brackenholt([("Robbery", -12.0)])
    assert drivers_clause(against.drivers, True) == ""
    unchanged = brackenholt([("Robbery", 50.0)], pct=0.0, change_class="no_change")
    assert drivers_sentence(unchanged) == "Brackenholt: harm unchanged."


def test_the_overall_sentence_names_the_forces_drivers():
    text = narrative(five_sectors(), "sector", force_drivers=[("Burglary", 70.0), ("Theft", 20.0)])
    assert text[2] == ("Overall, harm is down 47 % on the baseline, mostly Burglary (+70 % of the fall) and "
                       "Theft (+20 %).")


def test_drivers_sentences_are_translated_template_by_template():
    seen = []

    def tr(text):
        seen.append(text)
        return text.upper()

    assert drivers_sentence(brackenholt([("Robbery", 61.2), ("Wounding", 28.4)]), tr) == (
        "Brackenholt: HARM UP 47 %, MOSTLY Robbery (+61 % OF THE RISE) AND Wounding (+28 %).")
    assert "{0} ({1} of the rise)" in seen and "{0} and {1}" in seen and "mostly {0}" in seen
    assert "{0}: {1}, {2}." in seen


# ------------------------------------------------------------------ did it work?

from soc_harm_plugin.domain.sharing.narrative import impact_sentences  # noqa: E402

MINUS = "\u2212"
FOUND = {"ODDS_RATIO": 1.6408, "ODDS_RATIO_LOW": 1.5399, "ODDS_RATIO_HIGH": 1.7483, "HARM_EFFECT": 1.4601,
         "HARM_EFFECT_LOW": 1.2267, "HARM_EFFECT_HIGH": 1.7485, "WDQ_COUNT": -0.2679, "WDQ_COUNT_LOW": -0.4021,
         "WDQ_COUNT_HIGH": -0.142, "TNE_COUNT": 670.85, "TARGET_CLASS": "reduction", "BUFFER_CLASS": "displacement",
         "TARGET_HARM_CLASS": "reduction", "confidence": 0.95}


def test_impact_sentences_of_a_reduction_with_displacement():
    # 1 / 1.6408 = 0.6095: the target fell 39 % beyond the control's change; WDQ -0.27: 27 % reappeared
    assert impact_sentences(FOUND)[:4] == [
        "Against the control, records in the target fell by 39 % (relative effect 1.64, 95 % interval 1.54 \u2013 "
        "1.75): a reduction.",
        "Harm in the target: relative effect 1.46 (95 % interval 1.23 \u2013 1.75): a reduction.",
        "The buffer shows displacement: about 27 % of the fall in the target reappeared around it "
        "(weighted displacement quotient " + MINUS + "0.27, 95 % interval " + MINUS + "0.40 \u2013 " + MINUS + "0.14).",
        "Net of any displacement, about 671 fewer records in target and buffer than the control's trend gives.",
    ]


def test_impact_sentences_without_a_reduction_do_not_read_the_buffer():
    found = dict(FOUND, ODDS_RATIO=0.8, ODDS_RATIO_LOW=0.6, ODDS_RATIO_HIGH=1.07, TARGET_CLASS="no_evidence",
                 BUFFER_CLASS="neither", HARM_EFFECT=None)
    text = impact_sentences(found)
    # 1 / 0.8 = 1.25: +25 %
    assert text[0] == ("Against the control, records in the target changed by +25 % (relative effect 0.80, "
                       "95 % interval 0.60 \u2013 1.07, which includes 1): no evidence of a change.")
    assert text[1] == "Displacement is judged only where the target shows a reduction."
    assert not any("Net of" in s for s in text)
    undefined = impact_sentences(dict(FOUND, ODDS_RATIO=None, TARGET_CLASS="no_evidence"))
    assert undefined[0].startswith("The relative effect on records in the target could not be computed")


def test_impact_sentences_of_diffusion_and_of_displacement_beyond_the_fall():
    diffusion = impact_sentences(dict(FOUND, WDQ_COUNT=0.35, WDQ_COUNT_LOW=0.1, WDQ_COUNT_HIGH=0.6,
                                      BUFFER_CLASS="diffusion_of_benefit"))
    assert diffusion[2].startswith("The buffer shows a diffusion of benefit: records fell around the target too")
    beyond = impact_sentences(dict(FOUND, WDQ_COUNT=-1.5, BUFFER_CLASS="displacement", TNE_COUNT=-40.0))
    assert beyond[2].startswith("The buffer shows displacement larger than the fall in the target")
    assert beyond[3] == ("Net of displacement, about 40 more records in target and buffer than the control's "
                         "trend gives.")

def test_the_singular_area_word_is_a_word_of_its_own_not_the_plural_cut_short():
    welsh = {"sector": "sector", "sectors": "sectorau", "street": "stryd", "streets": "strydoedd"}.get
    assert [area_word(g) for g in ("sector", "ward", "street", "lsoa", "grid", None)] == \
        ["sector", "ward", "street", "LSOA", "grid cell", "area"]
    assert area_word("street", welsh) == "stryd" and areas_word("street", welsh) == "strydoedd"


def test_a_security_marking_is_printed_in_the_packs_language_and_stays_a_code_underneath():
    from soc_harm_plugin.domain.sharing.briefing import MARKINGS, marking_words

    welsh = {"OFFICIAL": "SWYDDOGOL", "OFFICIAL-SENSITIVE": "SWYDDOGOL-SENSITIF"}.get
    assert MARKINGS == ("OFFICIAL", "OFFICIAL-SENSITIVE")
    assert [marking_words(m) for m in MARKINGS] == ["OFFICIAL", "OFFICIAL-SENSITIVE"]
    assert [marking_words(m, welsh) for m in MARKINGS] == ["SWYDDOGOL", "SWYDDOGOL-SENSITIF"]
    assert marking_words("SECRET", welsh) == "SECRET"
