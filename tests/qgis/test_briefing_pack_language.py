"""socharm:briefingpack LANGUAGE (issue 17): a pack in English, in Welsh, or in both with
Welsh first on each page, whatever the language of QGIS; the security marking in both
languages; dates in the pack's language; the same numbers in every language.

The layers are test_briefing_pack's (harm chosen by hand); the Welsh expected is the
catalogue's (i18n/soc_harm_cy.ts), written out here."""
from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import QgsApplication, QgsLayoutFrame

from soc_harm_plugin.qgis_io.briefing.options import BriefingError, PackOptions
from soc_harm_plugin.qgis_io.briefing.pack import BriefingPack
from test_briefing_pack import (  # noqa: F401 (poppler is a fixture)
    ALG,
    cells,
    force,
    headers,
    name_of,
    pdf_text,
    poppler,
    scored_sectors,
    sector_change,
    wards,
)

PRODUCED = dt.date(2024, 3, 1)
ENGLISH_HEADERS = ["Rank", "Move", "Sector", "Records", "Harm", "Share", "Change"]
WELSH_HEADERS = ["Safle", "Symudiad", "Sector", "Cofnodion", "Niwed", "Cyfran", "Newid"]


def build(layers, language, atlas=True):
    options = PackOptions(title="Tasking briefing", marking="OFFICIAL-SENSITIVE", top_n=5, atlas=atlas,
                          language=language, produced=PRODUCED)
    pack = BriefingPack(scored_sectors(layers), options, change=sector_change(layers),
                        hotspots=wards(layers, with_gi=True), detail=wards(layers))
    pack.build()
    return pack


def one_line(rows):
    """Table cells with a name wrapped onto lines joined again (columns differ in width by language)."""
    return [[" ".join(cell.split()) for cell in row] for row in rows]


def figures(rows):
    """The cells that are figures (no letters: counts, harm, shares, changes, ranks, moves)."""
    return [[c for c in row if not any(ch.isalpha() for ch in c)] for row in one_line(rows)]


def test_a_welsh_pack_is_in_welsh_with_welsh_dates_and_the_english_packs_numbers(layers, welsh_catalogue):
    english, welsh = build(layers, "en"), build(layers, "cy")

    assert welsh.pages == english.pages
    for items in welsh.page_items:
        assert items["marking_header"].text() == items["marking_footer"].text() == "SWYDDOGOL-SENSITIF"
        version = items["footer_left"].text().rsplit(" ", 1)[-1]
        assert items["footer_left"].text() == "Tasking briefing \u00b7 cynhyrchwyd 1 Mawrth 2024 gyda SOC Harm " + \
            version
    summary = welsh.page_items[0]
    assert "1 Ionawr 2024 i 31 Rhagfyr 2024" in summary["subtitle"].text()
    assert summary["subtitle"].text().startswith("Sectorau wedi'u graddio yn ôl niwed")
    assert summary["narrative_heading"].text() == "Pwyntiau allweddol"
    assert "Cododd {0} o safle 4 i 1".format(name_of(6)) in summary["narrative"].text()
    assert headers(summary["table"]) == WELSH_HEADERS
    assert headers(english.page_items[0]["table"]) == ENGLISH_HEADERS
    for welsh_items, english_items in zip(welsh.page_items, english.page_items):  # the same figures, cell by cell
        for key in ("table", "table2"):
            if isinstance(welsh_items.get(key), QgsLayoutFrame) and welsh_items[key].multiFrame().tableContents():
                assert figures(cells(welsh_items[key])) == figures(cells(english_items[key]))
    change = welsh.page_items[1]
    assert change["title"].text() == "Beth sydd wedi newid"
    assert change["subtitle"].text() == ("Niwed yn y cyfnod 1 Ionawr 2024 i 31 Rhagfyr 2024 o'i gymharu â'r cyfnod "
                                         "1 Ionawr 2023 i 31 Rhagfyr 2023")
    assert change["table_heading"].text() == "Newid yn ôl sector"  # the singular, a word of its own
    atlas = welsh.page_items[3]
    assert atlas["title"].text() == "{0}: safle 1 o 7 (sectorau)".format(name_of(6))
    method = welsh.page_items[-1]
    headings = ("provenance_heading", "table_heading", "privacy_heading", "sources_heading")
    assert [method[k].text() for k in headings] == [
        "O ble y daw'r ffigurau", "Pob cofnod wedi'i gyfrif", "Diogelu data", "Ffynonellau a thrwyddedau"]
    assert "Cyfnod: 1 Ionawr 2024 i 31 Rhagfyr 2024" in method["provenance"].text()
    assert "Marc diogelwch: SWYDDOGOL-SENSITIF." in method["privacy"].text()


def test_a_bilingual_pack_puts_welsh_first_on_every_page_with_the_marking_in_both_languages(layers, welsh_catalogue):
    english, both = build(layers, "en"), build(layers, "bilingual")

    assert both.pages == english.pages
    for page, items in enumerate(both.page_items):
        assert items["marking_header"].text() == "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE", page
        assert items["marking_footer"].text() == "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE", page
        assert items["footer_right"].text() == "Tudalen {0} o 11 / Page {0} of 11".format(page + 1)
        footer = items["footer_left"].text()
        assert footer.count("Tasking briefing") == 1 and footer.index("1 Mawrth 2024") < footer.index("1 March 2024")
    summary = both.page_items[0]
    assert summary["title"].text() == "Tasking briefing"  # the user's words, once
    assert summary["narrative_heading"].text() == "Pwyntiau allweddol / Key points"
    assert headers(summary["table"]) == ["{0} / {1}".format(cy, en) if cy != en else en
                                         for cy, en in zip(WELSH_HEADERS, ENGLISH_HEADERS)]
    assert one_line(cells(summary["table"])) == one_line(cells(english.page_items[0]["table"]))  # the same numbers
    welsh_lines = summary["narrative"].text().split("\n")
    english_lines = english.page_items[0]["narrative"].text().split("\n")
    assert welsh_lines[1::2] == english_lines  # each Welsh point, then its English
    assert welsh_lines[0].startswith("\u2022 {0} sydd â'r mwyaf o niwed".format(name_of(6)))
    subtitle = summary["subtitle"].text()
    assert subtitle.index("1 Ionawr 2024 i 31 Rhagfyr 2024") < subtitle.index("1 January 2024 to 31 December 2024")
    assert both.page_items[2]["title"].text() == "Lle mae niwed yn clystyru / Where harm clusters"


def test_an_english_pack_under_a_welsh_interface_is_english(layers, welsh_interface):
    pack = build(layers, "en", atlas=False)

    assert QgsApplication.locale() == "cy_GB"
    summary = pack.page_items[0]
    assert summary["marking_header"].text() == "OFFICIAL-SENSITIVE"
    assert headers(summary["table"]) == ENGLISH_HEADERS
    assert "1 January 2024 to 31 December 2024" in summary["subtitle"].text()
    assert "Tasking briefing \u00b7 produced 1 March 2024" in summary["footer_left"].text()


def test_an_identifier_value_is_withheld_in_the_packs_language(layers, welsh_catalogue):
    planted = wards(layers, planted=True)
    nominals = force()["nominals"].attributes
    planted.startEditing()
    first = next(planted.getFeatures())
    planted.changeAttributeValue(first.id(), planted.fields().lookupField("ward_name"), nominals.full_name[20])
    assert planted.commitChanges()
    pack = BriefingPack(scored_sectors(layers), PackOptions(atlas=True, language="cy"), detail=planted)
    pack.build()

    text = "\n".join(c for items in pack.page_items if isinstance(items.get("table"), QgsLayoutFrame)
                     for row in cells(items["table"]) for c in row)
    assert nominals.full_name[20] not in text and "[wedi'i ddal yn ôl]" in text and "[withheld]" not in text


def test_an_unknown_language_is_refused_naming_the_choices(layers):
    with pytest.raises(BriefingError, match="Unknown language 'fr': use one of en, cy, bilingual"):
        BriefingPack(scored_sectors(layers), PackOptions(language="fr"))


@pytest.mark.usefixtures("poppler", "welsh_catalogue")
def test_qgis_process_writes_a_bilingual_pdf_with_searchable_welsh_and_english(run, layers, tmp_path):
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    language = alg.parameterDefinition("LANGUAGE")
    assert language.options() == ["English", "Welsh (Cymraeg)", "Bilingual, Welsh first (Cymraeg a Saesneg)"]
    assert language.defaultValue() == 0
    pdf = tmp_path / "pack.pdf"
    results, feedback = run(ALG, {"INPUT": scored_sectors(layers), "CHANGE": sector_change(layers), "MARKING": 1,
                                  "LANGUAGE": 2, "TITLE": "Briffio / Briefing", "OUTPUT": str(pdf)})

    assert results["PAGES"] == 3
    text = pdf_text(pdf)
    assert text.count("SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE") >= 6  # header and footer of every page
    assert "Tudalen 1 o 3 / Page 1 of 3" in text
    assert "Beth sydd wedi newid / What changed" in text
    assert any('"language": "bilingual"' in line for line in feedback.infos)
    for item in ("49,000", "36,000", "25,000"):
        assert item in text
