"""socharm:briefingpack: the layout built from the templates (items, table rows,
marking, suppressed cells), the PDF rendered to PNG pages (none blank) and its
text (searchable, safe to share), the opt-in to personal data, and bad input.

The layers are built here from the sample force's geometry, names and
nominals, with harm figures chosen by hand so every expected cell is known."""
from __future__ import annotations

import functools
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsLayoutFrame, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap, \
    QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsProcessingException
from qgis.PyQt.QtGui import QImage

from soc_harm_plugin.qgis_io.briefing.options import BriefingError, PackOptions
from soc_harm_plugin.qgis_io.briefing.pack import BriefingPack
from soc_harm_plugin.qgis_io.outputs import set_provenance
from tools.sample.force import generate_force

ALG = "socharm:briefingpack"
UP, DOWN = "\u25b2", "\u25bc"

# sector k (S01..S07): harm now (k+1)^2 thousand; records; harm in the baseline; change class
HARM_NOW = [1000.0, 4000.0, 9000.0, 16000.0, 25000.0, 36000.0, 49000.0]
RECORDS = [3, 12, 30, 55, 4, 90, 150]
HARM_BEFORE = [30000.0, 1000.0, 2000.0, 26000.0, 9000.0, 40000.0, 20000.0]
CHANGE_CLASS = ["decrease", "too_few", "too_few", "decrease", "increase", "no_change", "increase"]
# ranks by hand: now S07 1, S06 2, S05 3, S04 4, S03 5, S02 6, S01 7;
# before S06 1, S01 2, S04 3, S07 4, S05 5, S03 6, S02 7
RANK_NOW = [7, 6, 5, 4, 3, 2, 1]
RANK_BEFORE = [2, 7, 6, 3, 5, 1, 4]
SCORED_PROVENANCE = {
    "algorithm": "socharm:scoreharm", "plugin_version": "0.1.0", "area_id_field": "sector_id",
    "area_name_field": "sector_name", "geography": "sector",
    "period": {"start": "2024-01-01", "end": "2024-12-31", "month_only": False},
    "harm_table": {"name": "ONS Crime Severity Score by Home Office offence code", "version": "ons-css-2021.1",
                   "key": "ons_css_ho_code", "source": "ons_css_ho_code.csv", "sha256": "ab" * 32},
    "reconciliation": {"records_in": 400, "by_status": {"assigned": 397, "no_geometry": 3}},
}


@functools.lru_cache(maxsize=1)
def force():
    return generate_force(n_offences=0)


def nominal_texts():
    """Every nominal's id, name and address in the sample force: none may reach a pack."""
    nominals = force()["nominals"].attributes
    return list(nominals.nominal_id) + list(nominals.full_name) + list(nominals.address)


def sector_names():
    return list(force()["sectors"].attributes.sector_name)


def scored_sectors(layers, planted=True, name="sectors_harm", provenance=None):
    sectors = force()["sectors"]
    nominals = force()["nominals"].attributes
    fields = ["sector_id:string", "sector_name:string", "harm_n:integer", "harm_score:double", "harm_rank:integer",
              "harm_share:double"]
    if planted:
        fields += ["full_name:string", "nominal_id:string", "date_of_birth:string", "address:string"]
    total = sum(HARM_NOW)
    rows = []
    for k, (geometry, (_, row)) in enumerate(zip(sectors.geometries, sectors.attributes.iterrows())):
        values = [geometry.wkt, row.sector_id, row.sector_name, RECORDS[k], HARM_NOW[k], RANK_NOW[k],
                  100.0 * HARM_NOW[k] / total]
        if planted:
            values += [nominals.full_name[k], nominals.nominal_id[k], nominals.date_of_birth[k], nominals.address[k]]
        rows.append(tuple(values))
    layer = layers.memory("MultiPolygon", fields, rows, name=name)
    set_provenance(layer, provenance or SCORED_PROVENANCE, "test")
    return layer


def sector_change(layers):
    sectors = force()["sectors"]
    fields = ["sector_id:string", "sector_name:string", "n_current:integer", "n_baseline:double",
              "harm_current:double", "harm_baseline:double", "harm_change_pct:double", "rank_current:integer",
              "rank_baseline:integer", "change_class:string", "count_change_class:string",
              "current_period:string", "baseline_period:string"]
    rows = []
    for k, (geometry, (_, row)) in enumerate(zip(sectors.geometries, sectors.attributes.iterrows())):
        pct = 100.0 * (HARM_NOW[k] - HARM_BEFORE[k]) / HARM_BEFORE[k]
        rows.append((geometry.wkt, row.sector_id, row.sector_name, RECORDS[k], 2.0, HARM_NOW[k], HARM_BEFORE[k], pct,
                     RANK_NOW[k], RANK_BEFORE[k], CHANGE_CLASS[k], "no_change", "2024-01-01 to 2024-12-31",
                     "2023-01-01 to 2023-12-31"))
    layer = layers.memory("MultiPolygon", fields, rows, name="sectors_change")
    set_provenance(layer, {"algorithm": "socharm:harmchange", "area_id_field": "sector_id",
                           "area_name_field": "sector_name",
                           "geography": "sector", "tests": {"alpha": 0.05, "count": "exact test",
                                                            "harm": "relabelling test"}},
                   "test")
    return layer


def wards(layers, with_gi=False, planted=False):
    ward_layer = force()["wards"]
    nominals = force()["nominals"].attributes
    fields = ["ward_id:string", "ward_name:string", "sector_id:string", "harm_n:integer", "harm_score:double",
              "harm_rank:integer"]
    if with_gi:
        fields += ["gi_z:double", "gi_bin:integer"]
    if planted:
        fields += ["offender_name:string"]
    n = len(ward_layer)
    harm = [50.0 + 100.0 * k for k in range(n)]
    rows = []
    for k, (geometry, (_, row)) in enumerate(zip(ward_layer.geometries, ward_layer.attributes.iterrows())):
        values = [geometry.wkt, row.ward_id, row.ward_name, row.sector_id, k, harm[k], n - k]
        if with_gi:
            gi_bin = [3, 2, 1, 0, 0, -1, -2, -3][k % 8]
            values += [1.3 * gi_bin + 0.05, gi_bin]
        if planted:
            values += [nominals.full_name[20 + k]]
        rows.append(tuple(values))
    layer = layers.memory("MultiPolygon", fields, rows, name="wards_gi" if with_gi else "wards_harm")
    set_provenance(layer, {"algorithm": "socharm:scoreharm", "area_id_field": "ward_id", "area_name_field": "ward_name",
                           "geography": "ward"}, "test")
    return layer


def cells(frame: QgsLayoutFrame):
    return [[cell.content() for cell in row] for row in frame.multiFrame().tableContents()]


def headers(frame: QgsLayoutFrame):
    return [column.heading() for column in frame.multiFrame().headers()]


def name_of(sector: int) -> str:
    return sector_names()[sector]


# --------------------------------------------------------------------------- the layout


def test_the_layout_has_every_page_item_and_the_ranked_table_by_hand(layers):
    options = PackOptions(title="Tasking briefing", marking="OFFICIAL-SENSITIVE", top_n=5, atlas=True)
    pack = BriefingPack(scored_sectors(layers), options, change=sector_change(layers),
                        hotspots=wards(layers, with_gi=True), detail=wards(layers))
    layout = pack.build()
    assert pack.pages == ["summary", "change", "hotspots"] + ["atlas"] * 7 + ["method"]
    assert layout.pageCollection().pageCount() == 11
    for page, items in enumerate(pack.page_items):
        assert items["marking_header"].text() == "OFFICIAL-SENSITIVE", page
        assert items["marking_footer"].text() == "OFFICIAL-SENSITIVE", page
        assert items["marking_header"].page() == page and items["marking_footer"].page() == page
        assert "Tasking briefing" in items["footer_left"].text()

    summary = pack.page_items[0]
    assert summary["title"].text() == "Tasking briefing"
    assert "1 January 2024 to 31 December 2024" in summary["subtitle"].text()
    assert isinstance(summary["map"], QgsLayoutItemMap) and summary["map"].layers()
    assert summary["map"].crs().authid() == "EPSG:27700" and not summary["map"].extent().isEmpty()
    assert isinstance(summary["legend"], QgsLayoutItemLegend) and summary["legend"].linkedMap() is summary["map"]
    assert isinstance(summary["scalebar"], QgsLayoutItemScaleBar) and summary["scalebar"].linkedMap() is summary["map"]
    assert isinstance(summary["north_arrow"], QgsLayoutItemPicture) and Path(summary[
        "north_arrow"].picturePath()).is_file()
    assert "Open Government Licence v3.0" in summary["attribution"].text() and "OS data" in summary[
        "attribution"].text()

    assert headers(summary["table"]) == ["Rank", "Move", "Sector", "Records", "Harm", "Share", "Change"]
    assert cells(summary["table"]) == [
        ["1", UP + " 3", name_of(6), "150", "49,000", "35.0 %", "+145 %"],
        ["2", DOWN + " 1", name_of(5), "90", "36,000", "25.7 %", "\u221210 %"],
        ["3", UP + " 2", name_of(4), "<5", "25,000", "17.9 %", "+178 %"],  # 4 records: suppressed
        ["4", DOWN + " 1", name_of(3), "55", "16,000", "11.4 %", "\u221238 %"],
        ["5", UP + " 1", name_of(2), "30", "9,000", "6.4 %", "+350 %"],
    ]
    narrative = summary["narrative"].text()
    assert "{0} rose from rank 4 to 1; harm up 145 %, a significant increase.".format(name_of(6)) in narrative
    assert "{0} has the most harm: 35 % of the total across 7 sectors.".format(name_of(6)) in narrative

    atlas = pack.page_items[3]  # the most harmful sector first
    assert atlas["title"].text() == "{0}: rank 1 of 7 sectors".format(name_of(6))
    wards_in = [row[1] for row in cells(atlas["table"])]
    expected = list(force()["wards"].attributes.query("sector_id == 'S07'").ward_name)
    assert sorted(wards_in) == sorted(expected) and wards_in
    method = pack.page_items[-1]
    assert "ons-css-2021.1" in method["provenance"].text() and "ons_css_ho_code.csv" in method["provenance"].text()
    assert cells(method["table"]) == [["Records read", "400"], ["Counted in an area", "397"], ["No location", "<5"]]
    assert "full_name (name)" in method["privacy"].text() and "nominal_id (person id)" in method["privacy"].text()


def test_every_printed_text_is_free_of_identifiers_and_counts_are_suppressed(layers):
    pack = BriefingPack(scored_sectors(layers), PackOptions(top_n=7, suppress_below=10, atlas=True),
                        change=sector_change(layers), detail=wards(layers, planted=True))
    pack.build()
    texts = []
    for items in pack.page_items:
        for item in items.values():
            if isinstance(item, QgsLayoutItemLabel):
                texts.append(item.text())
            elif isinstance(item, QgsLayoutFrame):
                texts += [c for row in cells(item) for c in row] + headers(item)
    text = "\n".join(texts)
    for value in nominal_texts():
        assert value not in text
    records = [row[3] for row in cells(pack.page_items[0]["table"])]
    assert records == ["150", "90", "<10", "55", "30", "12", "<10"]  # by rank; 4 and 3 below 10


def test_map_labels_carry_only_area_names_and_ranks(layers):
    pack = BriefingPack(scored_sectors(layers), PackOptions(atlas=True), detail=wards(layers, planted=True))
    pack.build()
    labels = []
    for items in pack.page_items:
        if "map" in items:
            for layer in items["map"].layers():
                if "pack_label" in layer.fields().names():
                    assert set(layer.fields().names()) <= {"sector_id", "ward_id", "harm_score", "harm_rank",
                                                          "gi_bin", "gi_z", "harm_change_pct", "change_class",
                                                          "count_change_class", "rank_current", "pack_label"}
                    labels += [f["pack_label"] for f in layer.getFeatures()]
    assert "{0}\n#1".format(name_of(6)) in labels
    joined = "\n".join(str(v) for v in labels)
    for value in nominal_texts():
        assert value not in joined


def test_an_identifier_value_that_reaches_a_name_is_withheld(layers, feedback):
    """The last check: a ward whose name is a nominal's name listed in a personal field is not printed."""
    planted = wards(layers, planted=True)
    nominals = force()["nominals"].attributes
    planted.startEditing()
    first = next(planted.getFeatures())
    planted.changeAttributeValue(first.id(), planted.fields().lookupField("ward_name"), nominals.full_name[20])
    assert planted.commitChanges()
    pack = BriefingPack(scored_sectors(layers), PackOptions(atlas=True), detail=planted, feedback=feedback)
    pack.build()
    text = "\n".join(c for items in pack.page_items if "table" in items and isinstance(items["table"], QgsLayoutFrame)
                     for row in cells(items["table"]) for c in row)
    assert nominals.full_name[20] not in text and "[withheld]" in text
    assert feedback.warnings_with("identifier values", "withheld")


def test_a_person_name_field_as_area_name_is_replaced_by_the_area_id(layers, feedback):
    provenance = dict(SCORED_PROVENANCE, area_name_field="full_name")
    pack = BriefingPack(scored_sectors(layers, provenance=provenance), PackOptions(top_n=3), feedback=feedback)
    pack.build()
    assert [row[1] for row in cells(pack.page_items[0]["table"])] == ["S07", "S06", "S05"]
    assert feedback.warnings_with("full_name", "identifies a person")


# --------------------------------------------------------------------------- the PDF through processing


def pdf_pages(pdf: Path, out: Path) -> list:
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(out / "page")], check=True)
    return sorted(out.glob("page-*.png"))


def ink_share(png: Path) -> float:
    """The share of pixels that are not white (the page background)."""
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB888)
    pointer = image.constBits()
    pointer.setsize(image.bytesPerLine() * image.height())
    rows = np.frombuffer(pointer, np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = rows[:, :image.width() * 3].reshape(image.height(), image.width(), 3)
    return float(np.mean(np.any(pixels < 245, axis=2)))


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def poppler():
    missing = [tool for tool in ("pdftoppm", "pdftotext") if shutil.which(tool) is None]
    assert not missing, "poppler-utils (make setup) is needed: {0}".format(missing)


def test_the_pdf_has_a_page_each_with_content_and_searchable_safe_text(run, layers, tmp_path, poppler):
    pdf = tmp_path / "pack.pdf"
    images = tmp_path / "images"
    results, feedback = run(ALG, {
        "INPUT": scored_sectors(layers), "CHANGE": sector_change(layers), "HOTSPOTS": wards(layers, with_gi=True),
        "DETAIL": wards(layers, planted=True), "TITLE": "Sample force briefing", "MARKING": 1, "TOP_N": 7,
        "ATLAS": True, "OUTPUT": str(pdf), "OUTPUT_IMAGES": str(images),
    })
    assert results["PAGES"] == 11 and Path(results["OUTPUT"]) == pdf
    assert sorted(p.name for p in images.glob("*.png")) == ["page_{0:02d}.png".format(k) for k in range(1, 12)]
    pages = pdf_pages(pdf, tmp_path)
    assert len(pages) == 11
    for page in pages:
        assert ink_share(page) > 0.02, page.name
    text = pdf_text(pdf)
    assert text.count("OFFICIAL-SENSITIVE") >= 22  # header and footer of every page
    for name in sector_names():
        assert name in text
    flat = re.sub(r"\s+", " ", text)
    assert "Sample force briefing" in flat and UP in text and DOWN in text
    for value in nominal_texts():
        assert value not in text, value
    assert "<5" in text


def test_include_personal_adds_the_identifier_fields_to_the_table(run, layers, tmp_path, poppler):
    pdf = tmp_path / "personal.pdf"
    _, feedback = run(ALG, {"INPUT": scored_sectors(layers), "INCLUDE_PERSONAL": True, "OUTPUT": str(pdf)})
    text = pdf_text(pdf)
    nominals = force()["nominals"].attributes
    assert nominals.nominal_id[6] in text  # the most harmful sector's planted nominal id is in its row
    assert "INCLUDES PERSONAL DATA" in text
    assert feedback.warnings_with("INCLUDE_PERSONAL")


def test_the_public_interface(soc_harm):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg.displayName() == "Export briefing pack"
    names = [p.name() for p in alg.parameterDefinitions()]
    for name in ("INPUT", "CHANGE", "HOTSPOTS", "DETAIL", "TITLE", "MARKING", "TOP_N", "SUPPRESS_BELOW", "ATLAS",
                 "OUTPUT", "OUTPUT_IMAGES", "INCLUDE_PERSONAL"):
        assert name in names
    assert alg.parameterDefinition("MARKING").options() == ["OFFICIAL", "OFFICIAL-SENSITIVE"]
    assert alg.parameterDefinition("SUPPRESS_BELOW").defaultValue() == 5
    assert alg.parameterDefinition("INCLUDE_PERSONAL").defaultValue() is False
    for optional in ("CHANGE", "HOTSPOTS", "DETAIL", "OUTPUT_IMAGES"):
        assert alg.parameterDefinition(optional).flags() & alg.parameterDefinition(optional).FlagOptional
    assert alg.flags() & alg.FlagNoThreading


# --------------------------------------------------------------------------- bad input


def test_a_layer_without_harm_fields_is_refused_by_name(run, layers, tmp_path):
    plain = layers.memory("Polygon", ["sector_id:string"], [(layers.square(0, 0), "S1")], name="plain_sectors")
    with pytest.raises(QgsProcessingException, match="'plain_sectors'.*harm_score"):
        run(ALG, {"INPUT": plain, "OUTPUT": str(tmp_path / "x.pdf")})


def test_an_empty_layer_is_refused(run, layers, tmp_path):
    empty = layers.memory("Polygon", ["sector_id:string", "harm_score:double", "harm_rank:integer"], [],
                          name="empty_sectors")
    with pytest.raises(QgsProcessingException, match="'empty_sectors'.*no features"):
        run(ALG, {"INPUT": empty, "OUTPUT": str(tmp_path / "x.pdf")})


def test_a_change_layer_without_change_fields_is_refused(run, layers, tmp_path):
    with pytest.raises(QgsProcessingException, match="'wards_harm'.*harm_change_pct"):
        run(ALG, {"INPUT": scored_sectors(layers), "CHANGE": wards(layers), "OUTPUT": str(tmp_path / "x.pdf")})


def test_a_missing_template_is_named(layers, tmp_path):
    with pytest.raises(BriefingError, match=re.escape(str(tmp_path / "briefing_summary.qpt"))):
        BriefingPack(scored_sectors(layers), PackOptions(template_dir=tmp_path))


def test_an_unwritable_output_path_is_refused_before_any_work(run, layers, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="Cannot write the briefing pack to"):
        run(ALG, {"INPUT": scored_sectors(layers), "OUTPUT": str(blocker / "pack.pdf")})


# --------------------------------------------------------------------------- from the command line


def test_qgis_process_styles_a_geopackage_and_writes_the_pack(layers, tmp_path, poppler):
    """The path the demo and a scheduled job take: files in, files out, nothing loaded."""
    from qgis.core import QgsGraduatedSymbolRenderer, QgsVectorLayer

    from tools.qgis_cli import QgisProcess

    qp = QgisProcess(tmp_path / "qgis_process")
    scored = layers.gpkg(scored_sectors(layers), "sectors_harm.gpkg")
    detail = layers.gpkg(wards(layers), "wards_harm.gpkg")
    styled = qp.run("socharm:styleharm", {"INPUT": scored.source(), "STYLE": 0, "METHOD": 1, "CLASSES": 3,
                                          "LABELS": "false"})
    assert styled["_returncode"] == 0, styled["_stderr"][-2000:]
    fresh = QgsVectorLayer(scored.source(), "fresh", "ogr")
    assert isinstance(fresh.renderer(), QgsGraduatedSymbolRenderer) and len(fresh.renderer().ranges()) == 3
    pdf = tmp_path / "out" / "pack.pdf"
    result = qp.run(ALG, {"INPUT": scored.source(), "DETAIL": detail.source(), "TITLE": "Command line pack",
                          "MARKING": 0, "TOP_N": 3, "SUPPRESS_BELOW": 5, "ATLAS": "true", "OUTPUT": str(pdf)})
    assert result["_returncode"] == 0, result["_stderr"][-2000:]
    assert result["results"]["PAGES"] == 9  # summary, 7 sectors, method
    text = pdf_text(pdf)
    assert text.count("OFFICIAL") >= 18 and "Command line pack" in text
    for value in nominal_texts():
        assert value not in text


# --------------------------------------------------------------------------- hostile text and many areas

LONG_TITLE = ("Tasking briefing for the north district, " * 10)[:300]
UNBROKEN = "Abcdefghij" * 40  # 400 letters, no space to wrap at
EMOJI = "\U0001F600\U0001F680\U0001F3E0\U0001F44D" * 10  # 40 emoji


def grid_areas(layers, names, harms, name="lsoas_harm"):
    """Squares on a grid, one per name, scored with the given harm (ranks by hand: 1 + how
    many have more; areas without harm tie) and their share."""
    total = sum(harms)
    side = int(len(names) ** 0.5) + 1
    rows = []
    for k, (area_name, harm) in enumerate(zip(names, harms)):
        rank = 1 + sum(1 for other in harms if other > harm)
        rows.append((layers.square(1000.0 * (k % side), 1000.0 * (k // side)), "E{0:04d}".format(k), area_name,
                     10 + k, harm, rank, 100.0 * harm / total))
    layer = layers.memory("Polygon", ["lsoa_id:string", "lsoa_name:string(1000)", "harm_n:integer", "harm_score:double",
                                      "harm_rank:integer", "harm_share:double"], rows, name=name)
    set_provenance(layer, {"algorithm": "socharm:scoreharm", "area_id_field": "lsoa_id", "area_name_field": "lsoa_name",
                           "geography": "lsoa", "period": {"start": "2024-01-01", "end": "2024-12-31"}}, "test")
    return layer


def hostile_names(n: int = 16):
    """Unbroken 400-letter names and 40-emoji names in turn with plain ones."""
    return [UNBROKEN if k % 4 == 0 else EMOJI if k % 4 == 2 else "Area {0}".format(k) for k in range(n)]


def one_line_fits(label: QgsLayoutItemLabel) -> bool:
    """QGIS's own measure of the label's text (sizeForText) fits its box on one line."""
    needed = label.sizeForText()
    box = label.sizeWithUnits()
    return needed.width() <= box.width() + 0.01 and needed.height() <= box.height() + 0.01


def drawn_width(layout, text_format, text: str) -> float:
    """The width (mm) QGIS draws a table cell's text at, measured as QgsLayoutTable measures it."""
    from qgis.core import QgsLayoutUtils, QgsTextRenderer, QgsUnitTypes

    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    return QgsTextRenderer.textWidth(context, text_format, text.split("\n")) / context.convertToPainterUnits(
        1, QgsUnitTypes.RenderUnit.RenderMillimeters)


def test_a_300_character_title_is_one_line_inside_its_box_above_the_subtitle(layers):
    pack = BriefingPack(grid_areas(layers, ["Area {0}".format(k) for k in range(5)], [50.0, 40.0, 30.0, 20.0, 10.0]),
                        PackOptions(title=LONG_TITLE))
    pack.build()
    items = pack.page_items[0]
    title, subtitle, footer = items["title"], items["subtitle"], items["footer_left"]
    assert one_line_fits(title) and one_line_fits(subtitle) and one_line_fits(footer)
    assert title.pagePos().y() + title.sizeWithUnits().height() <= subtitle.pagePos().y()
    assert footer.pagePos().y() + footer.sizeWithUnits().height() <= items["marking_footer"].pagePos().y()
    shown = title.text()
    assert shown.endswith("\u2026") and LONG_TITLE.startswith(shown[:-1])  # shortened, not rewritten
    assert len(shown) > 60  # and only as far as it must: the set size shrank first
    assert "produced" in footer.text() and footer.text().startswith("Tasking briefing")  # the footer's end is kept


def test_an_atlas_title_shortens_the_name_and_keeps_the_rank(layers):
    names = [UNBROKEN, "Area 1", "Area 2"]
    pack = BriefingPack(grid_areas(layers, names, [30.0, 20.0, 10.0]), PackOptions(atlas=True))
    pack.build()
    title = pack.page_items[1]["title"]
    assert pack.pages[1] == "atlas" and one_line_fits(title)
    assert title.text().endswith("\u2026: rank 1 of 3 LSOAs") and title.text().startswith("Abcdefghij")


def test_unbroken_names_leave_every_number_of_the_ranked_table_intact(layers):
    names = hostile_names(16)
    harms = [1600.0 - 100.0 * k for k in range(16)]
    pack = BriefingPack(grid_areas(layers, names, harms), PackOptions(top_n=16))
    pack.build()
    frame = pack.page_items[0]["table"]
    table = frame.multiFrame()
    assert headers(frame) == ["Rank", "LSOA", "Records", "Harm", "Share"]
    rows = cells(frame)
    assert [row[0] for row in rows] == [str(k) for k in range(1, 17)]  # ranks 10 to 16 too
    assert [row[3] for row in rows] == ["{0:,.0f}".format(h) for h in harms]
    widths = table.columnWidths()
    for row, source in zip(table.tableContents(), rows):
        for column in (0, 2, 3, 4):  # every number is narrower than its column: none is cut
            cell = row[column]
            text_format = cell.textFormat() if cell.textFormat().isValid() else table.contentTextFormat()
            assert drawn_width(frame.layout(), text_format, source[column]) <= widths[column], (column, source[column])
        for line in source[1].split("\n"):  # and every name stays inside its column
            assert drawn_width(frame.layout(), table.contentTextFormat(), line) <= widths[1] + 0.01
    long_names = [row[1] for row in rows if row[1].startswith("Abcdefghij")]
    assert len(long_names) == 4 and all(n.endswith("\u2026") and UNBROKEN.startswith(n[:-1]) for n in long_names)
    assert all(row[1].endswith("\u2026") for row in rows if row[1].startswith(EMOJI[:2]))
    assert frame.pagePos().y() + frame.sizeWithUnits().height() <= 193.0  # all 16 rows on the page


def test_names_in_the_narrative_are_shortened_inside_its_box(layers):
    pack = BriefingPack(grid_areas(layers, [UNBROKEN, "Area 1", "Area 2"], [300.0, 20.0, 10.0]), PackOptions())
    pack.build()
    from qgis.core import QgsLayoutUtils

    from soc_harm_plugin.compat import label_font

    narrative = pack.page_items[0]["narrative"]
    assert "Abcdefghij" in narrative.text() and UNBROKEN not in narrative.text()
    widest = max(QgsLayoutUtils.textWidthMM(label_font(narrative), word) for word in narrative.text().split())
    assert widest <= narrative.sizeWithUnits().width()  # the label wraps at spaces: every word fits its width


def map_labels(items) -> dict:
    """pack_label by area id, from the map's layer that carries labels."""
    for layer in items["map"].layers():
        id_field = [f for f in layer.fields().names() if f.endswith("_id")]
        if "pack_label" in layer.fields().names() and "harm_score" in layer.fields().names():
            return {f[id_field[0]]: f["pack_label"] for f in layer.getFeatures()}
    raise AssertionError("no labelled layer on the map")


def test_rank_labels_only_on_the_top_n_and_never_on_tied_zeros(layers):
    names = ["Area {0}".format(k) for k in range(40)]
    harms = [120.0 - 10.0 * k if k < 12 else 0.0 for k in range(40)]  # 12 with harm, 28 without (all rank 13)
    scored = grid_areas(layers, names, harms)
    top5 = BriefingPack(scored, PackOptions(top_n=5))
    top5.build()
    labels = map_labels(top5.page_items[0])
    assert {k: v for k, v in labels.items() if v} == {"E{0:04d}".format(k): "#{0}".format(k + 1) for k in range(5)}
    top20 = BriefingPack(scored, PackOptions(top_n=20))
    top20.build()
    labels = map_labels(top20.page_items[0])
    assert {k: v for k, v in labels.items() if v} == {"E{0:04d}".format(k): "#{0}".format(k + 1) for k in range(12)}
    assert "#13" not in labels.values()  # the 28 areas without harm share rank 13: none is labelled


def test_a_map_of_many_areas_without_harm_keeps_its_classes(layers):
    harms = [120.0 - 10.0 * k if k < 12 else 0.0 for k in range(40)]
    pack = BriefingPack(grid_areas(layers, ["Area {0}".format(k) for k in range(40)], harms), PackOptions())
    pack.build()
    layer = [x for x in pack.page_items[0]["map"].layers() if "harm_score" in x.fields().names()][0]
    ranges = layer.renderer().ranges()
    assert len(ranges) == 5  # not one class for everything
    assert (ranges[0].lowerValue(), ranges[0].upperValue(), ranges[0].label()) == (0.0, 0.0, "0")


def test_a_lone_lowest_value_gets_no_class_of_its_own(layers):
    harms = [990218.0, 989471.0, 975490.0, 272217.0, 233706.0, 149328.0, 101066.0]  # the sample force's sectors
    pack = BriefingPack(grid_areas(layers, ["Area {0}".format(k) for k in range(7)], harms), PackOptions())
    pack.build()
    layer = [x for x in pack.page_items[0]["map"].layers() if "harm_score" in x.fields().names()][0]
    assert all(r.upperValue() > r.lowerValue() for r in layer.renderer().ranges())


def test_atlas_pages_label_the_ranks_of_their_top_detail_areas_only(layers):
    pack = BriefingPack(scored_sectors(layers), PackOptions(atlas=True, top_n=2), detail=wards(layers))
    pack.build()
    ward_rows = force()["wards"].attributes
    for items, kind in zip(pack.page_items, pack.pages):
        if kind != "atlas":
            continue
        labels = map_labels(items)
        ranked = [v for v in labels.values() if "#" in v]
        assert len(ranked) == min(2, len(labels)), labels
        names = set(ward_rows.ward_name)
        assert all(v.split("\n")[0] in names for v in labels.values())  # every ward keeps its name


def test_the_atlas_is_written_one_page_at_a_time(layers, tmp_path, poppler):
    """Each page is laid out in a layout of its own, let go before the next is made."""
    import gc
    import weakref

    names = ["Area {0}".format(k) for k in range(12)]
    pack = BriefingPack(grid_areas(layers, names, [float(100 - k) for k in range(12)]), PackOptions(atlas=True))
    made = []
    alive_at_each_page = []
    lay_out = pack.page_layout

    def counting(index):
        layout = lay_out(index)
        gc.collect()
        alive_at_each_page.append(sum(1 for ref in made if ref() is not None))  # earlier pages' layouts
        made.append(weakref.ref(layout))
        return layout

    pack.page_layout = counting
    written = pack.export(tmp_path / "atlas.pdf", tmp_path / "png")
    assert alive_at_each_page == [0] * 14  # summary, 12 areas, method: never an earlier page still held
    assert [p.name for p in written] == ["page_{0:02d}.png".format(k) for k in range(1, 15)]
    text = pdf_text(tmp_path / "atlas.pdf")
    assert "Page 14 of 14" in text and "Area 11: rank 12 of 12 LSOAs" in text


def test_check_atlas_pages_allows_the_limit_and_refuses_one_more(layers):
    from soc_harm_plugin.qgis_io.briefing.options import check_atlas_pages

    three = grid_areas(layers, ["A", "B", "C"], [3.0, 2.0, 1.0])
    check_atlas_pages(three, limit=3)
    with pytest.raises(BriefingError, match="3 pages, one for each area of layer 'lsoas_harm'.* at most 2"):
        check_atlas_pages(three, limit=2)


def test_qgis_process_refuses_an_atlas_above_the_page_limit_and_says_what_to_do(layers, tmp_path):
    from soc_harm_plugin.qgis_io.briefing.options import MAX_ATLAS_PAGES
    from tools.qgis_cli import QgisProcess

    n = MAX_ATLAS_PAGES + 1
    many = layers.gpkg(grid_areas(layers, ["Area {0}".format(k) for k in range(n)], [float(n - k) for k in range(n)]),
                       "lsoas_harm.gpkg")
    pdf = tmp_path / "pack.pdf"
    qp = QgisProcess(tmp_path / "qgis_process")
    result = qp.run(ALG, {"INPUT": many.source(), "ATLAS": "true", "OUTPUT": str(pdf)}, check=False)
    assert result["_returncode"] == 1
    message = re.sub(r"\s+", " ", result["_stderr"])
    assert "The atlas would have {0} pages, one for each area of layer 'lsoas_harm'".format(n) in message
    assert "at most {0}".format(MAX_ATLAS_PAGES) in message
    assert "Filter the layer to the areas you need" in message and "coarser geography" in message
    assert not pdf.exists()


def test_a_run_cancelled_while_writing_leaves_no_pdf(run, layers, tmp_path):
    from conftest import Recorder

    pdf = tmp_path / "pack.pdf"
    feedback = Recorder(cancel_on="Writing")
    results, _ = run(ALG, {"INPUT": scored_sectors(layers), "ATLAS": True, "OUTPUT": str(pdf)}, feedback)
    assert feedback.isCanceled() and "PAGES" not in results
    assert not pdf.exists()


# --------------------------------------------------------------------------- did it work? (interventionimpact)

IMPACT_RESULTS = {
    "ODDS_RATIO": 1.64, "ODDS_RATIO_LOW": 1.54, "ODDS_RATIO_HIGH": 1.75, "HARM_EFFECT": 1.46,
    "HARM_EFFECT_LOW": 1.23, "HARM_EFFECT_HIGH": 1.75, "WDQ_COUNT": -0.27, "WDQ_COUNT_LOW": -0.40,
    "WDQ_COUNT_HIGH": -0.14, "WDQ_HARM": -0.20, "WDQ_HARM_LOW": -0.72, "WDQ_HARM_HIGH": 0.13, "TNE_COUNT": 670.85,
    "TNE_HARM": 95010.9, "BUFFER_ODDS_RATIO": 0.87, "BUFFER_ODDS_RATIO_LOW": 0.82, "BUFFER_ODDS_RATIO_HIGH": 0.92,
    "TARGET_CLASS": "reduction", "BUFFER_CLASS": "displacement", "TARGET_HARM_CLASS": "reduction",
    "BUFFER_HARM_CLASS": "neither", "confidence": 0.95}


def impact_zones(layers, results=IMPACT_RESULTS):
    """Zones as socharm:interventionimpact writes them: target sector S01, buffer S02, control S03."""
    sectors = force()["sectors"].geometries
    rows = [(sectors[0].wkt, "target", 4880, 3, 765781.2, 259067.0, "reduction"),
            (sectors[1].wkt, "buffer", 3364, 1863, 374376.9, 209095.5, "displacement"),
            (sectors[2].wkt, "control", 21399, 10289, 2424618.3, 1197623.6, "control")]
    layer = layers.memory("MultiPolygon", ["zone:string", "n_before:integer", "n_after:integer", "harm_before:double",
                                           "harm_after:double", "result:string"], rows, name="impact_zones")
    set_provenance(layer, {"algorithm": "socharm:interventionimpact", "results": results,
                           "periods": {"before": {"start": "2023-01-01", "end": "2023-12-31"},
                                       "after": {"start": "2024-01-01", "end": "2024-06-30"}, "month_only": False}},
                   "test")
    return layer


def cohorts_table(layers):
    fields = ["cohort:string", "n_nominals:integer", "mean_harm_before:double", "mean_harm_after:double",
              "mean_change:double", "ci_low:double", "ci_high:double", "method:string"]
    rows = [(None, "referred", 12, 2400.0, 1100.0, -1300.0, -2100.0, -500.0, "matched"),
            (None, "comparison", 3, 2300.0, 2250.0, -50.0, -900.0, 800.0, "matched")]
    return layers.memory("None", fields, rows, name="cohorts")


def flat_cells(frame: QgsLayoutFrame):
    """Cells with the lines a narrow column wraps joined again."""
    return [[text.replace("\n", " ") for text in row] for row in cells(frame)]


def test_the_impact_page_reads_the_zones_results_and_hides_small_cohorts(layers):
    pack = BriefingPack(scored_sectors(layers), PackOptions(atlas=True), hotspots=wards(layers, with_gi=True),
                        detail=wards(layers), impact=impact_zones(layers), cohorts=cohorts_table(layers))
    pack.build()
    assert pack.pages == ["summary", "hotspots", "impact"] + ["atlas"] * 7 + ["method"]
    page = pack.page_items[2]
    assert page["title"].text() == "Did it work?"
    assert page["subtitle"].text() == "After: 1 January 2024 to 30 June 2024 \u00b7 before: 1 January 2023 to 31 " \
                                      "December 2023"
    assert len(page["map"].layers()) == 2 and page["legend"].linkedMap() is page["map"]
    assert headers(page["table"]) == ["Measure", "Value", "95 % interval", "Reading"]
    rows = flat_cells(page["table"])
    assert rows[0] == ["Relative effect, records (target against control)", "1.64", "1.54 \u2013 1.75", "Reduction"]
    assert rows[3] == ["Weighted displacement quotient, records", "\u22120.27", "\u22120.40 \u2013 \u22120.14",
                       "Displacement"]
    assert rows[5][:2] == ["Total net effect, records prevented", "+671"]
    # zones: a count below 5 is shown as <5, harm never suppressed
    assert headers(page["table3"]) == ["Zone", "Records before", "Records after", "Harm before", "Harm after"]
    assert flat_cells(page["table3"])[0] == ["Target", "4,880", "<5", "765,781", "259,067"]
    # the comparison cohort of 3 nominals: <5 and no means
    cohorts = flat_cells(page["table2"])
    assert cohorts[0][:5] == ["Referred", "12", "2,400.0", "1,100.0", "\u22121,300.0"]
    assert cohorts[1][:3] == ["Comparison", "<5", "\u2013"] and "2,300" not in " ".join(cohorts[1])
    text = page["narrative"].text().replace("\n", " ")
    assert "records in the target fell by 39 % (relative effect 1.64" in text
    assert "about 27 % of the fall in the target reappeared around it" in text


def test_the_impact_page_needs_the_zone_fields(layers):
    bad = layers.memory("MultiPolygon", ["zone:string"], [(force()["sectors"].geometries[0].wkt, "target")],
                        name="not_impact")
    with pytest.raises(BriefingError, match="Layer 'not_impact' has no field n_before, n_after, harm_before, "
                                            "harm_after: give the zones map"):
        BriefingPack(scored_sectors(layers), PackOptions(), impact=bad)


def test_the_summary_says_what_drove_a_change_from_the_change_layers_drivers(layers):
    change = sector_change(layers)
    set_provenance(change, {"algorithm": "socharm:harmchange", "area_id_field": "sector_id",
                            "area_name_field": "sector_name", "geography": "sector",
                            "tests": {"alpha": 0.05},
                            "drivers": {"by": "category", "force": [["Burglary", 70.0], ["Theft", 20.0]],
                                        "areas": {"S07": [["Robbery", 61.2], ["Burglary", 28.4]]}}}, "test")
    pack = BriefingPack(scored_sectors(layers), PackOptions(), change=change)
    pack.build()
    text = pack.page_items[0]["narrative"].text().replace("\n", " ")
    # 140,000 now against 128,000 before: +12,000 / 128,000 = +9.375 %, told as 9.4 %
    assert "Overall, harm is up 9.4 % on the baseline, mostly Burglary (+70 % of the rise) and Theft (+20 %)." in text
    assert ("{0} rose from rank 4 to 1; harm up 145 %, a significant increase, mostly Robbery (+61 % of the rise) "
            "and Burglary (+28 %).".format(name_of(6))) in text
