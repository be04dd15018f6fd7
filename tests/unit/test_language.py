"""Numbers, dates and bilingual text in English and Welsh (issue 17).

Expected texts are written out by hand: the Welsh month names and their soft
mutations as the Welsh Government and StatsCymru print them (``Ebrill i
Fehefin``), numbers as Welsh public bodies print them (the same as English).
"""
from __future__ import annotations

import datetime as dt
import math

import pytest

from soc_harm_plugin.domain.language import formats
from soc_harm_plugin.domain.language import languages as lang

WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                "Hydref", "Tachwedd", "Rhagfyr"]
# after i / o / hyd at: m -> f, g is dropped, t -> d, rh -> r; ch, vowels and h stay
WELSH_MONTHS_MUTATED = ["Ionawr", "Chwefror", "Fawrth", "Ebrill", "Fai", "Fehefin", "Orffennaf", "Awst", "Fedi",
                        "Hydref", "Dachwedd", "Ragfyr"]


# ------------------------------------------------------------------ numbers

@pytest.mark.parametrize("value,decimals,text", [
    (1234567, 0, "1,234,567"),
    (1234.5, 1, "1,234.5"),
    (7973.39, 2, "7,973.39"),
    (0.5, 1, "0.5"),
    (-1234, 0, "-1,234"),
    (999, 0, "999"),
    (1000, 0, "1,000"),
])
def test_welsh_writes_numbers_with_the_same_separators_as_english(value, decimals, text):
    assert formats.format_number(value, decimals, "cy") == text
    assert formats.format_number(value, decimals, "en") == text


def test_the_welsh_number_style_is_the_english_one():
    assert formats.NUMBER_STYLES["cy"] == formats.NUMBER_STYLES["en"] == formats.NumberStyle(group=",", decimal=".")


def test_a_missing_number_is_empty():
    assert formats.format_number(None, language="cy") == ""
    assert formats.format_number(math.nan, language="cy") == ""
    assert formats.format_percent(None, language="cy") == ""


def test_percentages_keep_the_space_before_the_sign_in_both_languages():
    assert formats.format_percent(28.94, language="cy") == "28.9 %"
    assert formats.format_percent(28.94, language="en") == "28.9 %"
    assert formats.format_percent(1234.4, 0, "cy") == "1,234 %"


def test_another_separator_style_would_be_applied(monkeypatch):
    """The separators come from NUMBER_STYLES: a language writing 1.234,5 would get it."""
    monkeypatch.setitem(formats.NUMBER_STYLES, "cy", formats.NumberStyle(group=".", decimal=","))
    assert formats.format_number(1234567.25, 2, "cy") == "1.234.567,25"
    assert formats.format_number(1234567.25, 2, "en") == "1,234,567.25"


# ------------------------------------------------------------------ months and dates

def test_welsh_month_names():
    assert [formats.month_name(m, "cy") for m in range(1, 13)] == WELSH_MONTHS
    assert formats.month_name(1, "en") == "January" and formats.month_name(12, "en") == "December"


def test_welsh_month_names_after_i_o_and_hyd_at_take_the_soft_mutation():
    assert [formats.soft_mutation(name) for name in WELSH_MONTHS] == WELSH_MONTHS_MUTATED


@pytest.mark.parametrize("word,mutated", [
    ("pont", "bont"), ("Tref", "Dref"), ("cath", "gath"), ("bara", "fara"), ("Dinbych", "Ddinbych"),
    ("gardd", "ardd"), ("Llandudno", "Landudno"), ("rhif", "rif"), ("mis", "fis"),
    ("chwaer", "chwaer"), ("Phil", "Phil"), ("theatr", "theatr"), ("afon", "afon"), ("haf", "haf"),
    ("nant", "nant"), ("sir", "sir"), ("", ""),
])
def test_soft_mutation(word, mutated):
    assert formats.soft_mutation(word) == mutated


def test_a_month_is_1_to_12():
    with pytest.raises(ValueError, match="13"):
        formats.month_name(13, "cy")


def test_dates():
    assert formats.format_date(dt.date(2024, 1, 1), "cy") == "1 Ionawr 2024"
    assert formats.format_date(dt.date(2024, 1, 1), "en") == "1 January 2024"
    assert formats.format_date("2024-03-31", "cy") == "31 Mawrth 2024"
    assert formats.format_date(dt.datetime(2024, 7, 9, 13, 5), "cy") == "9 Gorffennaf 2024"
    assert formats.format_month("2024-12-31", "cy") == "Rhagfyr 2024"
    assert formats.format_date(None, "cy") == "" and formats.format_date("", "en") == ""


def test_text_that_is_not_a_date_is_printed_as_written():
    assert formats.format_date("2024-13-01", "cy") == "2024-13-01"
    assert formats.format_month("last year", "en") == "last year"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="'fr'.*en, cy"):
        formats.format_date(dt.date(2024, 1, 1), "fr")
    with pytest.raises(ValueError, match="'fr'"):
        formats.format_number(1, language="fr")


# ------------------------------------------------------------------ periods

def test_a_period_of_days():
    assert formats.format_span("2024-01-01", "2024-12-31", "en") == "1 January 2024 to 31 December 2024"
    assert formats.format_span("2024-01-01", "2024-12-31", "cy") == "1 Ionawr 2024 i 31 Rhagfyr 2024"


def test_a_period_of_whole_months_mutates_the_month_after_i():
    assert formats.format_span("2024-01-01", "2024-12-31", "en", month_only=True) == "January 2024 to December 2024"
    assert formats.format_span("2024-01-01", "2024-12-31", "cy", month_only=True) == "Ionawr 2024 i Ragfyr 2024"
    assert formats.format_span("2023-04-01", "2023-06-30", "cy", month_only=True) == "Ebrill 2023 i Fehefin 2023"
    assert formats.format_span("2024-02-01", "2024-07-31", "cy", month_only=True) == "Chwefror 2024 i Orffennaf 2024"


def test_a_period_open_at_one_end():
    assert formats.format_span("2024-03-01", None, "en") == "from 1 March 2024"
    assert formats.format_span("2024-03-01", None, "cy") == "o 1 Mawrth 2024"
    assert formats.format_span("2024-03-01", None, "cy", month_only=True) == "o Fawrth 2024"
    assert formats.format_span(None, "2024-12-31", "en", month_only=True) == "up to December 2024"
    assert formats.format_span(None, "2024-12-31", "cy", month_only=True) == "hyd at Ragfyr 2024"
    assert formats.format_span(None, "2024-11-30", "cy") == "hyd at 30 Tachwedd 2024"


def test_no_period_is_empty():
    assert formats.format_span(None, None, "cy") == "" and formats.format_span("", "", "en") == ""


# ------------------------------------------------------------------ languages and bilingual text

def test_the_languages_of_each_choice_welsh_first_when_both():
    assert lang.CHOICES == ("en", "cy", "bilingual")
    assert lang.languages_of("en") == ("en",)
    assert lang.languages_of("cy") == ("cy",)
    assert lang.languages_of("bilingual") == ("cy", "en")
    with pytest.raises(ValueError, match="'de'"):
        lang.languages_of("de")


def test_short_texts_on_one_line_welsh_first():
    assert lang.join_inline(["SWYDDOGOL-SENSITIF", "OFFICIAL-SENSITIVE"]) == "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE"


def test_a_text_the_same_in_both_languages_is_printed_once():
    assert lang.join_inline(["7,973", "7,973"]) == "7,973"
    assert lang.join_inline(["Caldervine", "Caldervine"]) == "Caldervine"
    assert lang.join_inline(["", "Rank"]) == "Rank"


def test_longer_texts_one_after_the_other():
    assert lang.join_blocks(["Mae gan Caldervine y mwyaf o niwed.", "Caldervine has the most harm."]) == \
        "Mae gan Caldervine y mwyaf o niwed.\nCaldervine has the most harm."


def test_each_language_is_translated_then_formatted_on_its_own():
    welsh = {"Page {0} of {1}": "Tudalen {0} o {1}"}.get

    def cy(text):
        return welsh(text, text)

    def en(text):
        return text

    assert lang.in_languages(lambda tr: tr("Page {0} of {1}").format(2, 9), [cy, en]) == "Tudalen 2 o 9 / Page 2 of 9"
    assert lang.in_languages(lambda tr: tr("Page {0} of {1}").format(2, 9), [en]) == "Page 2 of 9"


# ------------------------------------------------------------------ the domain's messages

def test_domain_messages_are_english_until_a_translator_is_given():
    from soc_harm_plugin.domain.language import messages

    assert messages.tr("Scheme {0}: not valid JSON ({1})") == "Scheme {0}: not valid JSON ({1})"
    try:
        messages.use({"Scheme {0}: not valid JSON ({1})": "Cynllun {0}: nid yw'n JSON dilys ({1})"}.get)
        assert messages.tr("Scheme {0}: not valid JSON ({1})").format("a.json", "x") == \
            "Cynllun a.json: nid yw'n JSON dilys (x)"
    finally:
        messages.use(messages._english)
    assert messages.tr("Scheme {0}: not valid JSON ({1})") == "Scheme {0}: not valid JSON ({1})"
