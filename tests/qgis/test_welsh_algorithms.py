"""Algorithms run with QGIS's interface in Welsh (issue 17): the toolbox names, the help, a
warning and an error come out in Welsh, while the outputs machines read (field names,
status codes, provenance keys) and every number stay exactly as in English.

The Welsh expected here is the catalogue's (i18n/soc_harm_cy.ts) and the Welsh help
page's (processing/help/cy/scoreharm.md), written out by hand, so a message that
escapes translation, or a translation that drifts, fails the test.
"""
from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsProcessingException

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.qgis_io.outputs import provenance_of

ALG = "socharm:scoreharm"
WEIGHT_28E = load_builtin_table("ons_css_ho_code").weights[normalise_code("28E")]


def _areas_and_events(layers):
    areas = layers.areas([("A", layers.square(0, 0)), ("B", layers.square(1000, 0))])
    events = layers.events([
        ("POINT(500 500)", "28E", None),
        ("POINT(1500 500)", "XX1", None),
        ("POINT(5500 500)", "28E", None),  # outside both areas
    ])
    return areas, events


def _score(run, areas, events, **more):
    params = {"AREAS": areas, "AREA_ID": "area_id", "EVENTS": events, "CODE_FIELD": "code",
              "OUTPUT": "TEMPORARY_OUTPUT", "RECORDS": "TEMPORARY_OUTPUT"}
    params.update(more)
    return run(ALG, params)


def _outputs(results, read):
    """What machines read: field names, status codes, provenance keys, numbers."""
    output = results["OUTPUT"]
    provenance = provenance_of(output)
    return {
        "fields": output.fields().names(),
        "scores": {f["area_id"]: (f["harm_n"], f["harm_score"], f["harm_rank"]) for f in output.getFeatures()},
        "record_fields": results["RECORDS"].fields().names(),
        "statuses": sorted(r["status"] for r in read.rows(results["RECORDS"])),
        "provenance_keys": sorted(provenance),
        "by_status": provenance["reconciliation"]["by_status"],
    }


def test_the_toolbox_shows_the_algorithm_and_its_parameters_in_welsh(welsh_interface):
    alg = QgsApplication.processingRegistry().createAlgorithmById(ALG)

    assert alg.displayName() == "Sgorio niwed fesul ardal"
    assert alg.group() == "Sgorio niwed"
    assert alg.parameterDefinition("AREAS").description() == "Ardaloedd (sectorau, wardiau neu strydoedd)"
    assert alg.id() == ALG and alg.parameterDefinition("AREAS").name() == "AREAS"


def test_the_help_is_the_welsh_page(welsh_interface):
    alg = QgsApplication.processingRegistry().createAlgorithmById(ALG)

    text = alg.shortHelpString()
    assert "Mae'n pwysoli pob cofnod (trosedd, unigolyn enwol, cofnod partner) yn ôl tabl niwed" in text
    assert "<code>harm_score</code> (swm y pwysiadau)" in text  # field names kept inside the Welsh


def test_without_the_welsh_interface_the_help_is_english(welsh_catalogue):
    alg = QgsApplication.processingRegistry().createAlgorithmById(ALG)

    assert alg.displayName() == "Score harm by area"
    assert "Weights every record" in alg.shortHelpString()


def test_a_warning_comes_out_in_welsh(welsh_interface, run, layers):
    results, feedback = _score(run, *_areas_and_events(layers))

    # the table's name is the ONS's own, published in English only (i18n/glossary_cy.md)
    assert feedback.warnings_with("Mae gan 1 o gofnodion â 1 cod nad ydynt yn y tabl niwed "
                                  "'ONS Crime Severity Score by Home Office offence code' bwysiad o 0: 'XX1' (1)")
    assert not feedback.warnings_with("not in harm table")


def test_an_error_comes_out_in_welsh(welsh_interface, run, layers):
    areas, events = _areas_and_events(layers)

    with pytest.raises(QgsProcessingException) as error:
        _score(run, areas, events, CODE_FIELD="offence")

    assert str(error.value).startswith("Nid oes gan yr haen 'events' faes 'offence' ar gyfer codau troseddau.")


def test_an_error_from_the_pure_domain_comes_out_in_welsh(welsh_interface, run, layers, tmp_path):
    table = tmp_path / "weights.csv"
    table.write_text("code,weight\n28E,12\nXX1,lots\n", encoding="utf-8")
    areas, events = _areas_and_events(layers)

    with pytest.raises(QgsProcessingException) as error:
        _score(run, areas, events, HARM_TABLE_FILE=str(table))

    assert str(error.value) == ("Problem gyda'r tabl niwed: weights.csv: rhes 3, colofn 'weight': "
                                "nid yw'r pwysiad \"lots\" yn rhif")


def test_field_names_codes_and_numbers_do_not_change_with_the_language(welsh_catalogue, run, layers, read):
    from soc_harm_plugin import translate
    from qgis.PyQt.QtCore import QSettings

    english = _outputs(_score(run, *_areas_and_events(layers))[0], read)

    settings = QSettings()
    before = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "cy_GB")
    installed = translate.install_translator()
    try:
        assert translate.tr("Score harm by area") == "Sgorio niwed fesul ardal"
        welsh = _outputs(_score(run, *_areas_and_events(layers))[0], read)
    finally:
        translate.remove_translator(installed)
        for key, value in before.items():
            settings.remove(key) if value is None else settings.setValue(key, value)

    assert welsh == english
    assert english["scores"] == {"A": (1, pytest.approx(WEIGHT_28E), 1), "B": (1, 0.0, 2)}
    assert {"harm_n", "harm_score", "harm_rank", "harm_share", "harm_per_km2"} <= set(welsh["fields"])
    assert welsh["statuses"] == ["assigned", "assigned", "outside"]
    assert welsh["by_status"]["outside"] == 1


def test_the_help_follows_the_language_qgis_reports_not_a_stale_setting(welsh_catalogue):
    """A user who once chose Welsh and then turned the override off sees QGIS in the
    system's language: the help follows QGIS (QgsApplication.locale()), like the catalogue."""
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings()
    before = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", False)
    settings.setValue("locale/userLocale", "cy_GB")
    try:
        assert not QgsApplication.locale().startswith("cy")
        text = QgsApplication.processingRegistry().createAlgorithmById(ALG).shortHelpString()
    finally:
        for key, value in before.items():
            settings.remove(key) if value is None else settings.setValue(key, value)

    assert "Weights every record" in text


def test_a_legend_shows_welsh_words_for_codes_that_stay_english(welsh_interface, layers):
    from soc_harm_plugin.processing_provider.algorithms.preparing.import_police_uk import rejected_style

    rejected = layers.memory("Point", ["reason:string"], [("POINT(0 0)", "no_coordinates")], name="rejected")
    rejected_style(rejected)

    categories = {c.value(): c.label() for c in rejected.renderer().categories()}
    assert categories["no_coordinates"] == "Dim cyfesurynnau (no_coordinates)"
    assert categories["outside_force_area"] == "Y tu allan i ardal yr heddlu (outside_force_area)"
    assert set(categories) == {"no_coordinates", "outside_force_area", "duplicate_crime_id", "unreadable_row",
                               "unclosed_quote"}
