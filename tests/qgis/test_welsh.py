"""SOC Harm in Welsh (issue 17): the interface language, a document's own language, and
Welsh numbers and dates against Qt's own Welsh locale data."""
from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QDate, QLocale

from soc_harm_plugin import translate
from soc_harm_plugin.domain.language import formats


# ------------------------------------------------------------------ the languages the plugin speaks

def test_the_interface_language_is_what_qgis_reports(welsh_interface):
    assert QgsApplication.locale() == "cy_GB"
    assert translate.interface_language() == "cy"


def test_under_a_welsh_interface_tr_speaks_welsh(welsh_interface):
    assert translate.tr("Score harm by area") == "Sgorio niwed fesul ardal"
    assert translate.tr("Rank") == translate.translator("cy")("Rank") == "Safle"


def test_without_the_welsh_interface_tr_speaks_english(welsh_catalogue):
    assert translate.interface_language() != "cy"
    assert translate.tr("Score harm by area") == "Score harm by area"


def test_a_document_speaks_its_own_language_whatever_the_interface(welsh_catalogue):
    welsh, english = translate.translator("cy"), translate.translator("en")
    assert welsh("Score harm by area") == "Sgorio niwed fesul ardal"
    assert welsh("{0} rose from rank {1} to {2}").format("Caldervine", 5, 1) == "Cododd Caldervine o safle 5 i 1"
    assert english("Score harm by area") == "Score harm by area"


def test_a_document_in_english_under_a_welsh_interface_is_english(welsh_interface):
    assert translate.translator("en")("Score harm by area") == "Score harm by area"
    assert translate.tr("Score harm by area") == "Sgorio niwed fesul ardal"


def test_a_text_the_catalogue_lacks_stays_english(welsh_catalogue):
    assert translate.translator("cy")("A sentence no catalogue has") == "A sentence no catalogue has"


def test_a_language_without_a_catalogue_is_refused_with_the_reason(welsh_catalogue):
    with pytest.raises(translate.MissingCatalogue, match="soc_harm_xx.qm"):
        translate.translator("xx")


# ------------------------------------------------------------------ numbers and dates: Qt's Welsh agrees

def test_welsh_month_names_are_qts():
    welsh = QLocale("cy_GB")
    assert [formats.month_name(m, "cy") for m in range(1, 13)] == [welsh.monthName(m) for m in range(1, 13)]


def test_welsh_dates_are_written_as_qt_writes_them():
    welsh = QLocale("cy_GB")
    for day in (dt.date(2024, 1, 1), dt.date(2024, 3, 31), dt.date(2023, 7, 9), dt.date(2024, 12, 25)):
        assert formats.format_date(day, "cy") == welsh.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def test_welsh_number_separators_are_qts():
    welsh = QLocale("cy_GB")
    assert (welsh.groupSeparator(), welsh.decimalPoint()) == (formats.NUMBER_STYLES["cy"].group,
                                                              formats.NUMBER_STYLES["cy"].decimal)
    assert formats.format_number(1234567.5, 1, "cy") == welsh.toString(1234567.5, "f", 1)


def test_the_domains_messages_speak_the_interface_language(welsh_interface):
    from soc_harm_plugin.domain.language import messages

    assert messages.tr("Score harm by area") == "Sgorio niwed fesul ardal"


def test_while_a_welsh_document_is_written_tr_speaks_welsh_and_english_again_after(welsh_catalogue):
    from soc_harm_plugin.qgis_io.styles import hotspot_label

    assert translate.document_language() == "en"
    with translate.speaking("cy"):
        assert translate.tr("Score harm by area") == "Sgorio niwed fesul ardal"
        assert hotspot_label(3) == "Man poeth, hyder 99 %"  # a module that imported tr speaks it too
        assert translate.document_language() == "cy"
        with translate.speaking("en"):
            assert translate.tr("Score harm by area") == "Score harm by area"
        assert translate.document_language() == "cy"
    assert translate.tr("Score harm by area") == "Score harm by area"
    assert translate.document_language() == "en"


def test_an_english_document_under_a_welsh_interface_is_english(welsh_interface):
    assert translate.document_language() == "cy"
    with translate.speaking("en"):
        assert translate.tr("Rank") == "Rank"
        assert translate.document_language() == "en"
    assert translate.tr("Rank") == "Safle"


def test_a_document_translates_sources_written_beyond_ascii(welsh_catalogue):
    welsh = translate.translator("cy")
    assert welsh("{0} ranked by harm \u00b7 {1} \u00b7 weights: {2}") == \
        "{0} wedi'u graddio yn ôl niwed \u00b7 {1} \u00b7 pwysiadau: {2}"
    assert welsh("Move: places up (\u25b2) or down (\u25bc) the ranking since the baseline. Change in bold colour is "
                 "significant.").startswith("Symudiad")
