"""The Welsh catalogue (issue 17): every source message translated, placeholders
kept, and the glossary's core terms used wherever their English term appears.

Pure Python: reads i18n/soc_harm_en.ts, i18n/soc_harm_cy.ts and
i18n/glossary_cy.md. Each check is a function over two catalogue paths, so the
self-tests at the end plant a fault in a temporary copy and see it caught.
"""
from __future__ import annotations

import collections
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "i18n" / "soc_harm_en.ts"
WELSH = REPO / "i18n" / "soc_harm_cy.ts"
GLOSSARY = REPO / "i18n" / "glossary_cy.md"

# {0}, {1:g}, {label}: str.format fields; %s, %d, %(name)s, %.1f: printf specifiers.
BRACE_FIELD = re.compile(r"\{[^{}]*\}")
# (no space flag: "95 % interval" is a percentage, not "% i")
PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-+0#]*\d*(?:\.\d+)?[sdifgeEGxXr%]")


# ------------------------------------------------------------------ reading

def sources(path: Path = SOURCE) -> List[str]:
    return [m.findtext("source") or "" for m in ET.parse(path).getroot().iter("message")]


def translations(path: Path = WELSH) -> Dict[str, Tuple[str, str]]:
    """source -> (translation text, translation type attribute)."""
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        node = message.find("translation")
        text = "" if node is None or node.text is None else node.text
        kind = "" if node is None else (node.get("type") or "")
        out[message.findtext("source") or ""] = (text, kind)
    return out


# ------------------------------------------------------------------ checks

def untranslated(source_path: Path = SOURCE, welsh_path: Path = WELSH) -> List[str]:
    """Source messages with no finished Welsh translation."""
    welsh = translations(welsh_path)
    bad = []
    for source in sources(source_path):
        text, kind = welsh.get(source, ("", "missing"))
        if kind in ("unfinished", "obsolete", "vanished", "missing") or not text.strip():
            bad.append(source)
    return bad


def placeholders(text: str) -> Tuple[collections.Counter, collections.Counter]:
    return collections.Counter(BRACE_FIELD.findall(text)), collections.Counter(PERCENT_SPEC.findall(text))


def placeholder_mismatches(source_path: Path = SOURCE, welsh_path: Path = WELSH) -> List[str]:
    """'source => translation' for every translation whose {n} fields or
    %-specifiers differ (as a multiset) from its source's."""
    welsh = translations(welsh_path)
    bad = []
    for source in sources(source_path):
        text, _ = welsh.get(source, ("", ""))
        if text and placeholders(source) != placeholders(text):
            bad.append("{0!r} => {1!r}".format(source, text))
    return bad


# Core glossary terms: (English pattern, Welsh pattern, glossary form). Wherever the
# English source has the term (outside code words such as harm_score, <field>,
# socharm:scoreharm or *-street.csv), the Welsh must have the glossary's word,
# in any of its mutated forms (soft, nasal, aspirate; h- before a vowel).
CORE_TERMS = [
    (r"\bharm\b", r"niwed", "niwed"),
    (r"\bharm scores?\b", r"sg[oô]r(au)? niwed", "sgôr niwed"),
    (r"\bcrime severity score\b", r"Sgôr Difrifoldeb Troseddau", "Sgôr Difrifoldeb Troseddau"),
    (r"\bhot ?spots?\b", r"\b(m|f)an(nau)? poeth", "man poeth"),
    (r"\bcold spots?\b", r"\boer", "man oer"),
    (r"\bsignificant(ly)?\b", r"arwyddocaol", "arwyddocaol"),
    (r"\bbaselines?\b", r"sylfaen", "llinell sylfaen"),
    (r"\bperiods?\b", r"(c|g|ch|ngh)yfnod", "cyfnod"),
    (r"\btrends?\b", r"\b(t|d|th|nh)uedd", "tuedd"),
    (r"\bweight(s|ed|ing)?\b|\bweigh(s)?\b", r"\b(p|b|ph|mh)wys(iad|oli)", "pwysiad"),
    (r"\brecords?\b", r"\b(c|g|ch|ngh)ofnod", "cofnod"),
    (r"\bnominals?\b", r"\benwol\b", "unigolyn enwol"),
    (r"\bforces?\b", r"\bh?heddlu", "heddlu"),
    # "share" the noun; not the verb ("to share", "share it", "share an id", "all share one rank")
    (r"(?<!\bto )(?<!\ball )\bshare\b(?! it\b)(?! an\b)|\bshares\b(?! an\b)", r"\b(c|g|ch|ngh)yfran", "cyfran"),
    (r"\bsectors?\b", r"\bsector", "sector"),
    (r"\bwards?\b", r"\bward", "ward"),
    (r"\bstreets?\b", r"\bstryd", "stryd"),
    (r"\brank(s|ed|ing)?\b", r"safle|\b(g|r|ng)raddi", "safle"),
    (r"\bbriefing packs?\b", r"\bbriffio\b", "pecyn briffio"),
    (r"\brespondents?\b", r"\bymateb(ydd|wyr)", "ymatebydd"),
    (r"\blayers?\b", r"\bh?haen", "haen"),
    (r"\bfields?\b", r"\b(m|f)(ae|ey)s", "maes"),
    (r"\bsuppress(ed|ion)?\b", r"\bh?atal", "atal"),
]

# Code words are left in English inside the Welsh, so they are not terms:
# identifiers with _ : * . < > or /, e.g. harm_score, pri_<category>,
# socharm:scoreharm, *-street.csv, resources/schemes; and the product name.
CODE_WORD = re.compile(r"\S*(?:\w_|_\w|\w:\w|\*|<\w|/\w)\S*|\w+\.\w+|SOC Harm")



def english_text(source: str) -> str:
    return CODE_WORD.sub(" ", BRACE_FIELD.sub(" ", source))


def term_inconsistencies(source_path: Path = SOURCE, welsh_path: Path = WELSH, terms=CORE_TERMS) -> List[str]:
    welsh = translations(welsh_path)
    bad = []
    for english, cymraeg, form in terms:
        en, cy = re.compile(english, re.I), re.compile(cymraeg, re.I)
        for source in sources(source_path):
            text, _ = welsh.get(source, ("", ""))
            if not text:
                continue
            if en.search(english_text(source)) and not cy.search(text):
                bad.append("{0} -> {1}: {2!r} => {3!r}".format(english, form, source, text))
    return bad


# ------------------------------------------------------------------ the catalogue

def test_welsh_catalogue_declares_welsh():
    root = ET.parse(WELSH).getroot()
    assert root.get("language", "").startswith("cy"), root.get("language")
    assert root.get("sourcelanguage") == "en"


def test_every_source_message_has_a_welsh_translation():
    missing = untranslated()
    assert not missing, "{0} messages have no Welsh translation (or are unfinished), e.g. {1}".format(
        len(missing), missing[:5])


def test_no_welsh_translation_of_a_message_no_longer_in_the_source():
    stale = set(translations()) - set(sources())
    assert not stale, "run python -m tools.extract_strings: {0}".format(sorted(stale)[:5])


def test_placeholders_match_their_source():
    bad = placeholder_mismatches()
    assert not bad, "{0} translations change their placeholders:\n{1}".format(len(bad), "\n".join(bad[:10]))


def line_mismatches(source_path: Path = SOURCE, welsh_path: Path = WELSH) -> List[str]:
    """Translations with another number of lines than their source: a bilingual briefing
    pack pairs a list's lines, each Welsh line with its English one."""
    welsh = translations(welsh_path)
    return [source for source in sources(source_path)
            if welsh.get(source, ("", ""))[0] and welsh[source][0].count("\n") != source.count("\n")]


def test_translations_keep_their_sources_lines():
    bad = line_mismatches()
    assert not bad, "{0} translations have another number of lines:\n{1}".format(len(bad), "\n".join(bad[:10]))


def test_a_translation_with_another_number_of_lines_is_caught(tmp_path):
    copy = _copy(tmp_path)
    _rewrite(copy, "Score harm by area", text="Sgorio niwed\nfesul ardal")
    assert line_mismatches(welsh_path=copy) == ["Score harm by area"]


def test_code_words_are_kept():
    """Field names, status codes, parameter and algorithm ids stay as in the source."""
    code = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9<>]+)+\b|\b[A-Z]+(?:_[A-Z0-9]+)+\b|\bsocharm:[a-z]+")
    welsh = translations()
    bad = []
    for source in sources():
        text, _ = welsh.get(source, ("", ""))
        lost = sorted(c for c in set(code.findall(source)) if c not in text)
        if text and lost:
            bad.append("{0}: {1!r}".format(lost, source))
    assert not bad, "\n".join(bad[:10])


@pytest.mark.parametrize("english,cymraeg,form", CORE_TERMS, ids=[t[2] for t in CORE_TERMS])
def test_core_glossary_term_is_used_consistently(english, cymraeg, form):
    bad = term_inconsistencies(terms=[(english, cymraeg, form)])
    assert not bad, "{0} messages do not use the glossary's '{1}':\n{2}".format(len(bad), form, "\n".join(bad[:10]))


def test_core_terms_are_in_the_glossary():
    glossary = GLOSSARY.read_text(encoding="utf-8")
    missing = [form for _, _, form in CORE_TERMS if form.lower() not in glossary.lower()]
    assert not missing, "add these to i18n/glossary_cy.md: {0}".format(missing)


# ------------------------------------------------------------------ the checks can fail

def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "soc_harm_cy.ts"
    shutil.copyfile(WELSH, copy)
    return copy


def _rewrite(path: Path, source: str, text=None, kind=None) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == source:
            node = message.find("translation")
            if text is not None:
                node.text = text
            if kind is not None:
                node.set("type", kind)
    tree.write(path, encoding="utf-8")


def test_a_missing_translation_is_caught(tmp_path):
    copy = _copy(tmp_path)
    _rewrite(copy, "Score harm by area", text="")
    assert untranslated(welsh_path=copy) == ["Score harm by area"]


def test_an_unfinished_translation_is_caught(tmp_path):
    copy = _copy(tmp_path)
    _rewrite(copy, "Harm hotspots", kind="unfinished")
    assert untranslated(welsh_path=copy) == ["Harm hotspots"]


def test_a_dropped_message_is_caught(tmp_path):
    copy = _copy(tmp_path)
    tree = ET.parse(copy)
    context = tree.getroot().find("context")
    for message in list(context.iter("message")):
        if message.findtext("source") == "Rank":
            context.remove(message)
    tree.write(copy, encoding="utf-8")
    assert untranslated(welsh_path=copy) == ["Rank"]


@pytest.mark.parametrize("wrong", [
    "Cododd {0} o safle {1} i {1}",      # {2} lost, {1} twice
    "Cododd {0} o safle {1}",            # {2} lost
    "Cododd {0} o safle {1} i {3}",      # a field the source lacks
    "Cododd {0} o safle {1} i {2} %s",   # a printf specifier the source lacks
])
def test_a_wrong_placeholder_is_caught(tmp_path, wrong):
    copy = _copy(tmp_path)
    _rewrite(copy, "{0} rose from rank {1} to {2}", text=wrong)
    assert len(placeholder_mismatches(welsh_path=copy)) == 1


def test_placeholders_may_move():
    assert placeholders("{0} of {1} {2}") == placeholders("{0} o'r {2} (allan o {1})")
    assert placeholders("{1:g} and {0}") == placeholders("{0} a {1:g}")
    assert placeholders("%s of %d") == placeholders("%d o %s")


def test_an_inconsistent_term_is_caught(tmp_path):
    copy = _copy(tmp_path)
    _rewrite(copy, "Significant hot spots", text="Mannau problemus arwyddocaol")
    bad = term_inconsistencies(welsh_path=copy, terms=[t for t in CORE_TERMS if t[2] == "man poeth"])
    assert len(bad) == 1 and "Significant hot spots" in bad[0]


def test_code_words_do_not_count_as_terms():
    assert not re.search(r"\bharm\b", english_text("Fields harm_score, harm_n and pri_<category> of socharm:scoreharm"))
    assert not re.search(r"\bstreets?\b", english_text("only *-street.csv files"))
    assert not re.search(r"\bharm\b", english_text("SOC Harm panel"))
    assert re.search(r"\bharm\b", english_text("Harm: {0}"), re.I)
