"""Specification of the "SOC Harm" panel, driven headless through pytest-qgis.

Scored layers are made by running socharm:scoreharm on small layers (outputs
and records written to GeoPackages in tmp_path); expected harm values are
computed in the test from the built-in table's weights. Scheme and change
outputs (written by other algorithms) are built by hand with the documented
field names and provenance.
"""
from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt

import soc_harm_plugin
from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.gui.harm_panel import SocHarmPanel
from soc_harm_plugin.gui.ranking_model import DECREASE_COLOUR, INCREASE_COLOUR
from soc_harm_plugin.qgis_io.outputs import provenance_of, set_provenance

HO_CODES = load_builtin_table("ons_css_ho_code")
X, Y = "28E", "8N"  # two Home Office codes of the built-in table


def w(code: str) -> float:
    return HO_CODES.weights[normalise_code(code)]


def wait_for(condition, timeout: float = 60.0) -> None:
    """Process events until condition() holds (a guard against hanging, not a timing test)."""
    deadline = time.monotonic() + timeout
    while not condition():
        QCoreApplication.processEvents()
        if time.monotonic() > deadline:
            raise AssertionError("condition not met within {0} s".format(timeout))
        time.sleep(0.01)


# --------------------------------------------------------------------------- layers


FOUR_AREAS = [("A", 0, "Alder"), ("B", 1000, "Birch"), ("C", 2000, "Cedar"), ("D", 3000, "Dene")]
# A: 3 x X; B: 1 x Y; C: 6 x X + 1 x Y; D: nothing
EVENTS_IN = {"A": [X] * 3, "B": [Y], "C": [X] * 6 + [Y], "D": []}


def expected_harm():
    return {area: sum(w(code) for code in codes) for area, codes in EVENTS_IN.items()}


def make_events(layers, x_of: dict, name="events"):
    rows = []
    for area, codes in EVENTS_IN.items():
        for k, code in enumerate(codes):
            rows.append(("POINT({0} {1})".format(x_of[area] + 100 + 50 * k, 500), code, "2024-03-0{0}".format(
                1 + k % 9)))
    return layers.gpkg(layers.events(rows, name=name))


def score_to_files(run, layers, tmp_path, stem="wards", geography=2, areas=None, events=None, records=True):
    """socharm:scoreharm into GeoPackages; the scored layer, added to the project."""
    x_of = {a: x for a, x, _ in FOUR_AREAS}
    if areas is None:
        areas = layers.gpkg(layers.areas([(a, layers.square(x, 0), n) for a, x, n in FOUR_AREAS],
                                         extra=["name:string"], name=stem + "_in"))
    events = events if events is not None else make_events(layers, x_of, name=stem + "_events")
    params = {"AREAS": areas, "AREA_ID": "area_id", "AREA_NAME": "name", "EVENTS": events, "CODE_FIELD": "code",
              "GEOGRAPHY": geography, "OUTPUT": str(tmp_path / (stem + "_harm.gpkg"))}
    if records:
        params["RECORDS"] = str(tmp_path / (stem + "_records.gpkg"))
    results, _ = run("socharm:scoreharm", params)
    layer = QgsVectorLayer(results["OUTPUT"], stem + " harm", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def panel(qgis_iface, soc_harm):
    dock = SocHarmPanel(qgis_iface, qgis_iface.mainWindow())
    # pytest-qgis's iface.addDockWidget does nothing
    qgis_iface.mainWindow().addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.show()
    yield dock
    dock.teardown()
    qgis_iface.mainWindow().removeDockWidget(dock)
    dock.deleteLater()
    QCoreApplication.processEvents()


@pytest.fixture
def wards(run, layers, tmp_path, panel):
    layer = score_to_files(run, layers, tmp_path)
    panel.set_layer(layer)
    return layer


def shown(panel, key):
    """A column's raw values in the shown order."""
    model = panel.ranking_model
    column = model.column_index(key)
    return [model.cell(row, column)[0] for row in panel.ranking_proxy.source_rows()]


def shown_text(panel, key):
    model = panel.ranking_model
    column = model.column_index(key)
    return [model.cell(row, column)[1] for row in panel.ranking_proxy.source_rows()]


def proxy_row_of(panel, area_id):
    ids = shown(panel, "area_id")
    return ids.index(area_id)


def fid_of(layer, area_id):
    return next(f.id() for f in layer.getFeatures() if f["area_id"] == area_id)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


# --------------------------------------------------------------------------- the action and the dock


@pytest.fixture
def fresh_plugin(soc_harm, qgis_iface, monkeypatch):
    """A fresh plugin with its GUI, the session's plugin unloaded meanwhile (and reloaded after)."""
    menus, icons = [], []
    monkeypatch.setattr(qgis_iface, "addPluginToMenu", lambda name, action: menus.append((name, action)))
    monkeypatch.setattr(qgis_iface, "addToolBarIcon", lambda action: icons.append(action))
    window = qgis_iface.mainWindow()  # pytest-qgis's iface.addDockWidget does nothing: add it for real
    monkeypatch.setattr(qgis_iface, "addDockWidget", lambda area, dock: window.addDockWidget(area, dock))
    monkeypatch.setattr(qgis_iface, "removeDockWidget", lambda dock: window.removeDockWidget(dock))
    soc_harm.unload()
    plugin = soc_harm_plugin.classFactory(qgis_iface)
    plugin.initGui()
    plugin.added = (menus, icons)
    yield plugin
    plugin.unload()
    soc_harm.initProcessing()


def test_the_panel_action_is_in_the_plugins_menu_and_toolbar_and_opens_the_dock(fresh_plugin, qgis_iface):
    window = qgis_iface.mainWindow()
    window.show()
    menus, icons = fresh_plugin.added
    action = fresh_plugin.panel_action

    assert action.text() == "SOC Harm panel" and not action.icon().isNull()
    assert menus == [("SOC Harm", action)] and icons == [action]
    action.trigger()

    dock = fresh_plugin.panel
    assert dock is not None and dock.objectName() == "SocHarmPanel" and dock.isVisibleTo(window)
    assert window.findChild(type(dock), "SocHarmPanel") is dock and window.dockWidgetArea(
        dock) == Qt.DockWidgetArea.RightDockWidgetArea
    action.trigger()
    assert not dock.isVisibleTo(window)
    dock.show()  # shown again from QGIS's View > Panels menu: the action follows
    assert action.isChecked()
    dock.close()
    assert not action.isChecked()
    window.hide()


def test_unloading_the_plugin_removes_the_dock_and_the_action(fresh_plugin):
    fresh_plugin.panel_action.trigger()
    fresh_plugin.unload()

    assert fresh_plugin.panel is None and fresh_plugin.panel_action is None


# --------------------------------------------------------------------------- the ranking


def test_the_ranking_holds_every_area_in_rank_order_with_the_layers_values(panel, wards):
    harm = expected_harm()
    by_harm = sorted(harm, key=lambda a: -harm[a])  # C, A, B, D (all different)

    assert panel.ranking_model.rowCount() == wards.featureCount() == 4
    assert shown(panel, "area_id") == by_harm
    assert shown(panel, "rank") == [1, 2, 3, 4]
    assert shown(panel, "area_name") == [dict((a, n) for a, _, n in FOUR_AREAS)[a] for a in by_harm]
    assert shown(panel, "harm") == pytest.approx([harm[a] for a in by_harm])
    assert shown(panel, "count") == [len(EVENTS_IN[a]) for a in by_harm]
    total = sum(harm.values())
    assert shown(panel, "share") == pytest.approx([100.0 * harm[a] / total for a in by_harm])
    headers = [panel.ranking_model.header(i) for i in range(panel.ranking_model.columnCount())]
    assert headers[:6] == ["Rank", "Id", "Name", "Harm", "Records", "Share"]


def test_sorting_by_any_column_both_ways(panel, wards):
    harm = expected_harm()

    panel.sort_by("harm", descending=False)
    assert shown(panel, "area_id") == sorted(harm, key=lambda a: harm[a])
    panel.sort_by("area_name", descending=True)
    assert shown(panel, "area_name") == ["Dene", "Cedar", "Birch", "Alder"]
    panel.sort_by("count", descending=True)
    assert shown(panel, "count") == [7, 3, 1, 0]
    # a click on a header sorts the same way
    panel.ranking_view.sortByColumn(panel.ranking_model.column_index("area_id"), Qt.SortOrder.AscendingOrder)
    assert shown(panel, "area_id") == ["A", "B", "C", "D"] and panel.state.sort_column == "area_id"


def test_sorting_keeps_the_selected_area_selected(panel, wards):
    panel.select_rows([proxy_row_of(panel, "B")])

    panel.sort_by("area_name", descending=True)

    assert panel.selected_fids() == [fid_of(wards, "B")] == wards.selectedFeatureIds()
    assert panel.ranking_view.selectionModel().selectedRows()[0].row() == 2  # Dene, Cedar, Birch, Alder


def test_a_layer_shown_with_areas_already_selected_on_the_map_shows_them_selected(run, layers, tmp_path, panel):
    other = score_to_files(run, layers, tmp_path, stem="other")
    wards = score_to_files(run, layers, tmp_path, stem="wards")
    panel.set_layer(other)
    wards.selectByIds([fid_of(wards, "A")])

    panel.set_layer(wards)

    assert panel.selected_fids() == [fid_of(wards, "A")] == wards.selectedFeatureIds()
    assert panel.records_model.rowCount() == 3


def test_records_sort_by_any_column(panel, wards):
    panel.select_rows([proxy_row_of(panel, "C")])
    weight = panel.records_model.fields.index("weight")

    panel.records_view.sortByColumn(weight, Qt.SortOrder.DescendingOrder)

    shown_weights = [panel.records_model.rows[r][weight] for r in panel.records_proxy.source_rows()]
    assert shown_weights == sorted(shown_weights, reverse=True)
    assert shown_weights[0] == pytest.approx(max(w(X), w(Y))) and len(shown_weights) == 7


def test_the_text_filter_keeps_rows_whose_id_or_name_has_every_word(panel, wards):
    panel.set_filter_text("ce")
    assert shown(panel, "area_name") == ["Cedar"]
    panel.set_filter_text("d")  # Alder, Cedar, Dene and id D
    assert sorted(shown(panel, "area_name")) == ["Alder", "Cedar", "Dene"]
    assert panel.count_label.text() == "3 of 4 areas"
    panel.set_filter_text("")
    assert panel.ranking_proxy.rowCount() == 4 and panel.count_label.text() == "4 areas"


def test_the_active_layer_is_shown_when_it_is_a_scored_layer(run, layers, tmp_path, panel, qgis_iface):
    first = score_to_files(run, layers, tmp_path, stem="one")
    second = score_to_files(run, layers, tmp_path, stem="two")
    records = QgsVectorLayer(str(tmp_path / "one_records.gpkg"), "records", "ogr")
    QgsProject.instance().addMapLayer(records)

    for layer in (second, records, first):
        qgis_iface.setActiveLayer(layer)
        qgis_iface.currentLayerChanged.emit(qgis_iface.mapCanvas())  # pytest-qgis's signal carries a canvas
        expected = first if layer is first else second  # a records layer is not ranked: the panel stays
        assert panel.layer.id() == expected.id()


# --------------------------------------------------------------------------- selection and records


def test_selecting_a_row_selects_and_zooms_to_the_area_and_lists_its_records(panel, wards, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(wards.crs())
    canvas.setExtent(wards.extent())
    canvas.refresh()

    panel.select_rows([proxy_row_of(panel, "C")])

    assert wards.selectedFeatureIds() == [fid_of(wards, "C")]
    centre = canvas.extent().center()
    assert 2000 < centre.x() < 3000 and 0 < centre.y() < 1000  # C is the square 2000..3000
    records = panel.records_model
    assert records.rowCount() == len(EVENTS_IN["C"])
    assert set(records.column("area_id")) == {"C"}
    assert sum(records.column("weight")) == pytest.approx(expected_harm()["C"])
    assert sorted(records.column("code")) == sorted(EVENTS_IN["C"])
    assert "7 records in Cedar (C)" == panel.records_label.text()


def test_selecting_areas_on_the_map_selects_their_rows(panel, wards):
    wards.selectByIds([fid_of(wards, "A"), fid_of(wards, "B")])

    assert sorted(panel.selected_fids()) == sorted([fid_of(wards, "A"), fid_of(wards, "B")])
    assert panel.records_model.rowCount() == len(EVENTS_IN["A"]) + len(EVENTS_IN["B"])
    wards.removeSelection()
    assert panel.selected_fids() == [] and panel.records_model.rowCount() == 0


def test_selecting_records_loads_the_records_layer_and_selects_them_on_the_map(panel, wards):
    project = QgsProject.instance()
    assert not [layer for layer in project.mapLayers().values() if "_records.gpkg" in layer.source()]
    panel.select_rows([proxy_row_of(panel, "A")])

    panel.records_view.selectAll()

    records = panel.records_layer
    assert project.mapLayer(records.id()) is records  # loaded into the project
    assert sorted(records.selectedFeatureIds()) == sorted(panel.records_model.fids)
    assert {f["area_id"] for f in records.getSelectedFeatures()} == {"A"} and records.selectedFeatureCount() == 3


def test_double_clicking_a_record_opens_its_feature_form(panel, wards, qgis_iface, monkeypatch):
    opened = []
    monkeypatch.setattr(qgis_iface, "openFeatureForm", lambda layer, feature, *a: opened.append((layer, feature)))
    panel.select_rows([proxy_row_of(panel, "B")])

    panel.records_view.doubleClicked.emit(panel.records_proxy.index(0, 0))

    [(layer, feature)] = opened
    assert layer is panel.records_layer and feature["area_id"] == "B" and feature["code"] == Y


def test_double_clicking_an_area_opens_its_feature_form(panel, wards, qgis_iface, monkeypatch):
    opened = []
    monkeypatch.setattr(qgis_iface, "openFeatureForm", lambda layer, feature, *a: opened.append((layer, feature)))

    panel.ranking_view.doubleClicked.emit(panel.ranking_proxy.index(proxy_row_of(panel, "D"), 2))

    [(layer, feature)] = opened
    assert layer is wards and feature["area_id"] == "D" and feature["name"] == "Dene"


def test_the_composition_bar_shows_what_each_offence_code_contributes(panel, wards):
    panel.select_rows([proxy_row_of(panel, "C")])

    segments = panel.composition.segments
    total = 6 * w(X) + w(Y)
    assert [(s.key, round(s.value, 6)) for s in segments] == sorted(
        [(X, round(6 * w(X), 6)), (Y, round(w(Y), 6))], key=lambda kv: -kv[1])
    assert sum(s.share for s in segments) == pytest.approx(100.0)
    assert segments[0].share == pytest.approx(100.0 * max(6 * w(X), w(Y)) / total)
    assert HO_CODES.labels[normalise_code(X)] in {s.key: s.label for s in segments}[X]  # named from the harm table
    assert not panel.composition.isHidden() and panel.composition.height() > panel.composition.BAR_HEIGHT


def test_an_output_without_records_says_how_to_get_them(run, layers, tmp_path, panel):
    layer = score_to_files(run, layers, tmp_path, stem="bare", records=False)
    panel.set_layer(layer)
    panel.select_rows([0])

    assert panel.records_model.rowCount() == 0
    assert "Records with their weight and status" in panel.records_label.text()


# --------------------------------------------------------------------------- geographies


def test_switching_geography_shows_the_output_of_that_geography(run, layers, tmp_path, panel):
    wards = score_to_files(run, layers, tmp_path, stem="wards", geography=2)
    sectors = score_to_files(run, layers, tmp_path, stem="sectors", geography=1)
    panel.set_layer(wards)

    assert [panel.geography_combo.itemData(i) for i in range(panel.geography_combo.count())] == ["sector", "ward"]
    panel.set_geography("sector")
    assert panel.layer.id() == sectors.id()
    assert panel.geography_combo.currentData() == "sector"
    panel.set_geography("ward")
    assert panel.layer.id() == wards.id()


# --------------------------------------------------------------------------- schemes and change (built by hand)

SCHEME_MEASURES = [("drugs", "Drug supply", "Crime"), ("guns", "Firearms", "Crime"), ("ocg", "OCG members", "People")]
#             drugs_n harm   guns_n harm   ocg_n harm
SCHEME_ROWS = {"S1": (2, 40.0, 1, 300.0, 0, 0.0), "S2": (10, 200.0, 0, 0.0, 3, 30.0), "S3": (1, 20.0, 0, 0.0, 1, 10.0)}


def scheme_layer(layers, tmp_path):
    fields = ["sector_id:string", "sector_name:string"]
    for key, _, _ in SCHEME_MEASURES:
        fields += ["{0}_n:integer".format(key), "{0}_harm:double".format(key), "{0}_rank:integer".format(key)]
    fields += ["dim_crime:double", "dim_people:double", "harm_n:integer", "harm_score:double", "harm_rank:integer",
               "harm_share:double"]
    totals = {s: v[1] + v[3] + v[5] for s, v in SCHEME_ROWS.items()}
    grand = sum(totals.values())

    def ranks(values):
        return {k: 1 + sum(1 for o in values.values() if o > v) for k, v in values.items()}

    measure_ranks = [ranks({s: v[1 + 2 * i] for s, v in SCHEME_ROWS.items()}) for i in range(3)]
    total_ranks = ranks(totals)
    rows = []
    for i, (sector, v) in enumerate(SCHEME_ROWS.items()):
        values = [sector, "Sector " + sector]
        for m in range(3):
            values += [v[2 * m], v[2 * m + 1], measure_ranks[m][sector]]
        values += [v[1] + v[3], v[5], v[0] + v[2] + v[4], totals[sector], total_ranks[sector],
                   100.0 * totals[sector] / grand]
        rows.append((layers.square(1000 * i, 0),) + tuple(values))
    layer = layers.gpkg(layers.memory("Polygon", fields, rows, name="sectors_scheme"))
    records = layers.gpkg(layers.memory("Point", [
        "area_id:string", "measure:string", "weight:double", "date:date", "source_layer:string",
        "source_fid:integer", "status:string", "full_name:string"], [
        ("POINT(100 100)", "S1", "drugs", 20.0, "2024-01-02", "offences", 1, "assigned", None),
        ("POINT(200 100)", "S1", "drugs", 20.0, "2024-01-03", "offences", 2, "assigned", None),
        ("POINT(300 100)", "S1", "guns", 300.0, "2024-02-01", "discharges", 1, "assigned", None),
        ("POINT(1100 100)", "S2", "ocg", 10.0, None, "nominals", 7, "assigned", "Ann Example"),
    ], name="scheme_records"))
    provenance = {
        "algorithm": "socharm:scorescheme", "area_id_field": "sector_id", "area_name_field": "sector_name",
        "geography": "sector", "records": records.source(),
        "scheme": {"name": "Test scheme", "version": "1", "measures": [
            {"key": k, "label": label, "dimension": dim, "personal_fields": ["full_name"] if k == "ocg" else []}
            for k, label, dim in SCHEME_MEASURES]},
    }
    set_provenance(layer, provenance, "test")
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_switching_measure_ranks_by_that_measure_and_lists_only_its_records(panel, layers, tmp_path):
    layer = scheme_layer(layers, tmp_path)
    panel.set_layer(layer)

    assert [panel.view_combo.itemData(i) for i in range(panel.view_combo.count())] == [
        "total", "measure:drugs", "measure:guns", "measure:ocg", "dimension:dim_crime", "dimension:dim_people"]
    assert shown(panel, "area_id") == ["S1", "S2", "S3"]  # totals 340, 230, 30
    assert [panel.ranking_model.header(i) for i in range(panel.ranking_model.columnCount())][-3:] == [
        "Drug supply", "Firearms", "OCG members"]
    panel.set_view("measure:drugs")
    assert shown(panel, "area_id") == ["S2", "S1", "S3"] and shown(panel, "harm") == [200.0, 40.0, 20.0]
    assert shown(panel, "count") == [10, 2, 1]
    panel.select_rows([proxy_row_of(panel, "S1")])
    assert panel.records_model.column("measure") == ["drugs", "drugs"]
    panel.set_view("dimension:dim_people")  # ranked by the panel: S2 30, S3 10, S1 0
    assert shown(panel, "area_id") == ["S2", "S3", "S1"] and shown(panel, "rank") == [1, 2, 3]
    assert panel.selected_fids() == [fid_of_sector(layer, "S1")]  # the selection survives the switch
    assert panel.records_model.rowCount() == 0  # S1 has no OCG member records


def fid_of_sector(layer, sector):
    return next(f.id() for f in layer.getFeatures() if f["sector_id"] == sector)


def test_the_composition_bar_of_a_scheme_shows_each_measure_in_scheme_order(panel, layers, tmp_path):
    layer = scheme_layer(layers, tmp_path)
    panel.set_layer(layer)

    panel.select_rows([proxy_row_of(panel, "S2")])

    assert [(s.key, s.value, round(s.share, 6)) for s in panel.composition.segments] == [
        ("drugs", 200.0, round(100 * 200 / 230, 6)), ("ocg", 30.0, round(100 * 30 / 230, 6))]
    assert [s.label for s in panel.composition.segments] == ["Drug supply", "OCG members"]


def change_layer(layers):
    layer = layers.memory("Polygon", [
        "area_id:string", "n_current:integer", "harm_current:double", "harm_change_pct:double",
        "rank_current:integer", "rank_baseline:integer", "change_class:string"], [
        (layers.square(0, 0), "A", 40, 900.0, 38.0, 1, 4, "increase"),
        (layers.square(1000, 0), "B", 20, 500.0, -50.0, 2, 1, "decrease"),
        (layers.square(2000, 0), "C", 3, 100.0, None, 3, 3, "too_few"),
    ], name="change")
    set_provenance(layer, {"algorithm": "socharm:harmchange", "area_id_field": "area_id", "geography": "ward"}, "t")
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_change_against_the_baseline_shows_arrows_and_rank_moves(panel, layers):
    panel.set_layer(change_layer(layers))

    assert shown_text(panel, "change") == ["\u25b2 +38.0 %", "\u25bc -50.0 %", "\u25ac"]
    assert shown_text(panel, "rank_move") == ["\u25b23", "\u25bc1", "="]
    model, proxy = panel.ranking_model, panel.ranking_proxy
    change = model.column_index("change")
    assert proxy.index(0, change).data(Qt.ItemDataRole.ForegroundRole).color() == INCREASE_COLOUR
    assert proxy.index(1, change).data(Qt.ItemDataRole.ForegroundRole).color() == DECREASE_COLOUR
    assert proxy.index(0, change).data(Qt.ItemDataRole.FontRole).bold()  # significant


# --------------------------------------------------------------------------- export, safe to share by default


def test_safe_to_share_is_the_default(panel):
    assert not panel.personal_check.isChecked() and not panel.small_counts_check.isChecked()


def test_exporting_the_ranking_writes_the_visible_rows_and_columns_with_small_counts_suppressed(panel, wards, tmp_path):
    panel.set_filter_text("e")  # Alder, Cedar, Dene (Birch has no e)
    panel.sort_by("harm", descending=True)

    written = panel.export_ranking(str(tmp_path / "ranking.csv"))

    rows = read_csv(written)
    assert rows[0] == ["Rank", "Id", "Name", "Harm", "Records", "Share", "Per km\u00b2"]
    harm = expected_harm()
    assert [r[1] for r in rows[1:]] == ["C", "A", "D"]
    assert [r[4] for r in rows[1:]] == ["7", "<5", "0"]  # A has 3 records (suppressed), D none (shown)
    assert [float(r[3]) for r in rows[1:]] == pytest.approx([harm["C"], harm["A"], harm["D"]])


def test_exporting_the_ranking_with_small_counts_shown_when_the_user_opts_in(panel, wards, tmp_path):
    panel.small_counts_check.setChecked(True)

    rows = read_csv(panel.export_ranking(str(tmp_path / "ranking.csv")))

    assert [r[4] for r in rows[1:]] == ["7", "3", "1", "0"]


def test_exporting_records_leaves_out_personal_fields_unless_the_user_opts_in(panel, layers, tmp_path):
    panel.set_layer(scheme_layer(layers, tmp_path))
    panel.select_rows([proxy_row_of(panel, "S2")])
    assert panel.records_model.column("full_name") == ["Ann Example"]

    safe = read_csv(panel.export_records(str(tmp_path / "records.csv")))
    assert "full_name" not in safe[0] and "source_fid" not in safe[0]  # a person's record id, for a people measure
    assert "Ann Example" not in open(tmp_path / "records.csv", encoding="utf-8").read()
    assert safe[0][:3] == ["area_id", "measure", "weight"] and safe[1][:2] == ["S2", "ocg"]

    panel.personal_check.setChecked(True)
    full = read_csv(panel.export_records(str(tmp_path / "records_full.csv")))
    assert "full_name" in full[0] and "source_fid" in full[0]
    assert full[1][full[0].index("full_name")] == "Ann Example"


def test_exporting_to_xlsx_goes_through_qgis_writers(panel, wards, tmp_path):
    written = panel.export_ranking(str(tmp_path / "ranking"), chosen_filter="Excel workbook (*.xlsx)")

    assert written.endswith(".xlsx")
    sheet = QgsVectorLayer(written, "x", "ogr")
    assert sheet.isValid() and sheet.featureCount() == 4
    assert sheet.fields().names()[:5] == ["Rank", "Id", "Name", "Harm", "Records"]
    assert [f["Id"] for f in sheet.getFeatures()] == ["C", "A", "B", "D"]
    assert [f["Records"] for f in sheet.getFeatures()] == ["7", "<5", "<5", "0"]


# --------------------------------------------------------------------------- state kept in the project


def test_the_panel_remembers_layer_sort_and_measure_in_the_project(panel, layers, tmp_path, run):
    project = QgsProject.instance()
    score_to_files(run, layers, tmp_path, stem="aaa", geography=1)  # listed first: shown when nothing is remembered
    wards = score_to_files(run, layers, tmp_path, stem="wards")
    scheme = scheme_layer(layers, tmp_path)
    scheme_id = scheme.id()
    panel.set_layer(scheme)
    panel.set_view("measure:guns")
    panel.sort_by("area_name", descending=True)
    path = str(tmp_path / "panel.qgs")
    assert project.write(path)
    saved = Path(path).read_text(encoding="utf-8")
    assert "measure:guns" in saved and scheme_id in saved

    panel.set_layer(wards)
    panel.sort_by("harm")
    project.clear()
    assert panel.layer is None
    assert project.read(path)

    assert panel.layer is not None and panel.layer.id() == scheme_id
    assert panel.state.view == "measure:guns" and panel.view_combo.currentData() == "measure:guns"
    assert (panel.state.sort_column, panel.state.sort_descending) == ("area_name", True)
    assert shown(panel, "area_name") == ["Sector S3", "Sector S2", "Sector S1"]


# --------------------------------------------------------------------------- many areas


def test_the_ranking_model_holds_every_one_of_10000_areas(run, layers, tmp_path, panel):
    rows = [("Z{0:05d}".format(i), layers.square(100 * (i % 100), 100 * (i // 100), 100), "Area {0}".format(i))
            for i in range(10000)]
    areas = layers.gpkg(layers.areas(rows, extra=["name:string"], name="many"))
    events = layers.gpkg(layers.events([("POINT({0} {1})".format(50 + 100 * k, 50), X, None) for k in range(50)],
                                       name="many_events"))
    results, _ = run("socharm:scoreharm", {"AREAS": areas, "AREA_ID": "area_id", "AREA_NAME": "name",
                                           "EVENTS": events, "CODE_FIELD": "code",
                                           "OUTPUT": str(tmp_path / "many_harm.gpkg")})
    layer = QgsVectorLayer(results["OUTPUT"], "many", "ogr")
    QgsProject.instance().addMapLayer(layer)

    panel.set_layer(layer)

    assert panel.ranking_model.rowCount() == layer.featureCount() == 10000
    assert panel.ranking_proxy.rowCount() == 10000
    ranks = shown(panel, "rank")
    assert ranks[:50] == [1] * 50 and ranks[50] == 51  # 50 areas hold one record each; ties share rank 1
    panel.set_filter_text("Z0999")
    assert shown(panel, "area_id") == ["Z0999{0}".format(d) for d in range(10)]


# --------------------------------------------------------------------------- re-score in the background


def test_rescoring_runs_in_the_background_and_shows_the_new_output(panel, wards):
    provenance = provenance_of(wards)
    assert provenance["parameters"]["OUTPUT"].endswith("wards_harm.gpkg")
    finished = []
    panel.rescoreFinished.connect(lambda ok, message: finished.append((ok, message)))

    assert panel.rescore()
    assert panel.rescore_running() and not panel.rescore_button.isEnabled()
    assert not panel.progress_bar.isHidden() and not panel.cancel_button.isHidden()
    panel.set_filter_text("cedar")  # the panel answers while the task runs
    assert shown(panel, "area_name") == ["Cedar"]
    wait_for(lambda: finished)

    assert finished[0][0], finished
    new = panel.layer
    assert new.id() != wards.id() and "_rescored_" in new.source()
    assert QgsProject.instance().mapLayer(new.id()) is new
    assert {f["area_id"]: f["harm_score"] for f in new.getFeatures()} == pytest.approx(expected_harm())
    assert panel.progress_bar.isHidden() and panel.cancel_button.isHidden() and panel.rescore_button.isEnabled()
    panel.select_rows([0])
    assert panel.records_model.rowCount() == 7  # the new records file: C's records


def test_cancelling_a_rescore_adds_nothing(panel, wards):
    finished = []
    panel.rescoreFinished.connect(lambda ok, message: finished.append((ok, message)))
    before = set(QgsProject.instance().mapLayers())

    panel.rescore()
    panel.cancel_rescore()
    wait_for(lambda: finished)

    assert finished == [(False, "Re-scoring was cancelled.")]
    assert set(QgsProject.instance().mapLayers()) == before and panel.layer.id() == wards.id()
    assert not panel.rescore_running() and panel.progress_bar.isHidden()


def test_an_output_without_run_parameters_cannot_be_rescored_and_says_why(panel, layers):
    panel.set_layer(change_layer(layers))

    assert not panel.rescore_button.isEnabled()
    assert not panel.rescore()


def test_selecting_an_area_of_a_change_layer_says_what_drove_its_change(panel, layers):
    layer = change_layer(layers)
    set_provenance(layer, {"algorithm": "socharm:harmchange", "area_id_field": "area_id", "geography": "ward",
                           "drivers": {"by": "category", "areas": {"A": [["Robbery", 61.2], ["Burglary", 28.4]],
                                                                   "B": [["Theft", 90.0]]}}}, "t")
    panel.set_layer(layer)

    panel.select_rows([proxy_row_of(panel, "A")])
    assert panel.drivers_label.text() == "A: harm up 38 %, mostly Robbery (+61 % of the rise) and Burglary (+28 %)."
    panel.select_rows([proxy_row_of(panel, "B")])
    assert panel.drivers_label.text() == "B: harm down 50 %, mostly Theft (+90 % of the fall)."
    panel.select_rows([proxy_row_of(panel, "C")])  # C has no drivers kept
    assert panel.drivers_label.text() == ""
    panel.select_rows([proxy_row_of(panel, "A"), proxy_row_of(panel, "B")])  # several areas: no sentence
    assert panel.drivers_label.text() == ""
