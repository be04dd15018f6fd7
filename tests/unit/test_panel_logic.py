"""Specification of soc_harm_plugin.gui.panel_logic: what the harm panel shows (pure: no QGIS).

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_panel_logic.py -q
"""
from __future__ import annotations

import math

import pytest

from soc_harm_plugin.gui import panel_logic

SCOREHARM_FIELDS = ["fid", "ward_id", "ward_name", "population", "harm_n", "harm_score", "harm_rank", "harm_share",
                    "harm_per_km2", "harm_per_1000"]
SCOREHARM_PROVENANCE = {"algorithm": "socharm:scoreharm", "area_id_field": "ward_id", "area_name_field": "ward_name",
                        "geography": "ward", "records": "/data/records.gpkg"}
SCHEME_PROVENANCE = {
    "algorithm": "socharm:scorescheme", "area_id_field": "sector_id", "area_name_field": "sector_name",
    "geography": "sector",
    "scheme": {"name": "SOC place harm", "version": "1", "measures": [
        {"key": "ocg_crime", "label": "OCG-linked crime", "dimension": "Crime"},
        {"key": "drug_supply", "label": "Drug supply", "dimension": "Crime"},
        {"key": "ocg_resident", "label": "OCG members living here", "dimension": "People",
         "personal_fields": ["full_name", "pnc_id"]},
    ]},
}
SCHEME_FIELDS = ["sector_id", "sector_name",
                 "ocg_crime_n", "ocg_crime_harm", "ocg_crime_rank", "ocg_crime_share",
                 "drug_supply_n", "drug_supply_harm", "drug_supply_rank", "drug_supply_share",
                 "ocg_resident_n", "ocg_resident_harm", "ocg_resident_rank", "ocg_resident_share",
                 "dim_crime", "dim_people", "harm_n", "harm_score", "harm_rank", "harm_share", "harm_per_km2"]
CHANGE_FIELDS = ["area_id", "n_current", "n_baseline", "harm_current", "harm_baseline", "harm_change",
                 "harm_change_pct", "p_count", "p_harm", "rank_current", "rank_baseline", "change_class",
                 "count_change_class"]


# --------------------------------------------------------------------------- reading a layer


def test_scoreharm_output_roles_come_from_its_fields_and_provenance():
    cols = panel_logic.columns_of(SCOREHARM_FIELDS, SCOREHARM_PROVENANCE)

    assert cols.id_field == "ward_id" and cols.name_field == "ward_name"
    assert cols.roles == {"rank": "harm_rank", "harm": "harm_score", "count": "harm_n", "share": "harm_share",
                          "per_1000": "harm_per_1000", "per_km2": "harm_per_km2"}
    assert cols.measures == () and cols.dimensions == () and not cols.has_change


def test_a_layer_without_a_harm_score_is_not_ranked():
    assert panel_logic.columns_of(["area_id", "weight", "measure", "status"], {
        "algorithm": "socharm:scoreharm"}) is None
    assert not panel_logic.is_ranking_layer(["harm_n", "harm_rank"])


def test_without_provenance_the_id_and_name_fields_are_guessed_from_their_names():
    cols = panel_logic.columns_of(["fid", "street_id", "street_name", "harm_score"], None)

    assert (cols.id_field, cols.name_field) == ("street_id", "street_name")


def test_scheme_output_lists_measures_in_scheme_order_with_their_fields_and_dimensions():
    cols = panel_logic.columns_of(SCHEME_FIELDS, SCHEME_PROVENANCE)

    assert [m.key for m in cols.measures] == ["ocg_crime", "drug_supply", "ocg_resident"]
    first = cols.measures[0]
    assert (first.label, first.dimension, first.n_field, first.harm_field, first.rank_field, first.share_field) == (
        "OCG-linked crime", "Crime", "ocg_crime_n", "ocg_crime_harm", "ocg_crime_rank", "ocg_crime_share")
    assert [(d.label, d.field, d.measure_keys) for d in cols.dimensions] == [
        ("Crime", "dim_crime", ("ocg_crime", "drug_supply")), ("People", "dim_people", ("ocg_resident",))]


def test_measures_are_found_from_field_names_when_the_provenance_lists_none():
    cols = panel_logic.columns_of(["area_id", "drugs_n", "drugs_harm", "guns_n", "guns_harm", "guns_rank", "other_harm",
                          "dim_crime", "harm_n", "harm_score"], {})

    # other_harm: no other_n
    assert [(m.key, m.rank_field) for m in cols.measures] == [("drugs", ""), ("guns", "guns_rank")]
    assert [(d.label, d.field) for d in cols.dimensions] == [("crime", "dim_crime")]


def test_harmchange_output_is_ranked_by_its_current_period_and_shows_change():
    cols = panel_logic.columns_of(CHANGE_FIELDS, {"area_id_field": "area_id"})

    assert cols.roles["rank"] == "rank_current" and cols.roles["harm"] == "harm_current"
    assert cols.roles["count"] == "n_current"
    assert (cols.change_pct, cols.change_class, cols.rank_baseline) == ("harm_change_pct", "change_class",
                                                                        "rank_baseline")
    keys = [c.key for c in panel_logic.ranking_columns(cols, panel_logic.views_of(cols)[0])]
    assert keys == ["rank", "area_id", "harm", "count", "share", "change", "rank_move"]


def test_fields_to_read_lists_each_used_field_once():
    cols = panel_logic.columns_of(SCHEME_FIELDS, SCHEME_PROVENANCE)

    read = cols.fields_to_read()
    assert len(read) == len(set(read))
    assert set(read) == set(SCHEME_FIELDS)  # every field of this layer is used by some view


# --------------------------------------------------------------------------- views and columns


def test_views_are_the_total_then_each_measure_then_each_dimension():
    cols = panel_logic.columns_of(SCHEME_FIELDS, SCHEME_PROVENANCE)

    views = panel_logic.views_of(cols)
    assert [v.key for v in views] == ["total", "measure:ocg_crime", "measure:drug_supply", "measure:ocg_resident",
                                      "dimension:dim_crime", "dimension:dim_people"]
    drug = views[2]
    assert (drug.harm_field, drug.count_field, drug.rank_field, drug.measure_keys) == (
        "drug_supply_harm", "drug_supply_n", "drug_supply_rank", ("drug_supply",))
    people = views[5]
    assert (people.harm_field, people.count_field, people.rank_field, people.share_field) == ("dim_people", "", "", "")
    assert panel_logic.view_by_key(views, "dimension:dim_people") is people
    assert panel_logic.view_by_key(views, "measure:gone") is views[0]


def test_total_view_columns_for_a_scoreharm_output():
    cols = panel_logic.columns_of(SCOREHARM_FIELDS, SCOREHARM_PROVENANCE)

    columns = panel_logic.ranking_columns(cols, panel_logic.views_of(cols)[0])
    assert [(c.key, c.field, c.kind) for c in columns] == [
        ("rank", "harm_rank", "rank"), ("area_id", "ward_id", "text"), ("area_name", "ward_name", "text"),
        ("harm", "harm_score", "float"), ("count", "harm_n", "int"), ("share", "harm_share", "percent"),
        ("per_1000", "harm_per_1000", "float"), ("per_km2", "harm_per_km2", "float")]
    assert [c.key for c in columns if c.is_count] == ["count"]


def test_a_measure_view_ranks_by_the_measure_and_keeps_every_measure_column():
    cols = panel_logic.columns_of(SCHEME_FIELDS, SCHEME_PROVENANCE)

    columns = panel_logic.ranking_columns(cols, panel_logic.views_of(cols)[1])
    by_key = {c.key: c for c in columns}
    assert by_key["rank"].field == "ocg_crime_rank" and by_key["harm"].field == "ocg_crime_harm"
    assert by_key["harm"].label == "OCG-linked crime" and by_key["count"].field == "ocg_crime_n"
    assert [c.key for c in columns if c.role == panel_logic.MEASURE] == ["m:ocg_crime", "m:drug_supply",
                                                                         "m:ocg_resident"]
    assert "per_km2" not in by_key  # rates are of the total


def test_a_dimension_is_ranked_and_shared_by_the_panel_ties_sharing_the_lower_rank():
    cols = panel_logic.columns_of(SCHEME_FIELDS, SCHEME_PROVENANCE)
    view = panel_logic.views_of(cols)[4]  # dim_crime
    data = {"dim_crime": [10.0, 30.0, 10.0, None, 50.0]}

    derived = panel_logic.derived_values(view, data)

    assert derived[panel_logic.DERIVED_RANK] == [3, 2, 3, None, 1]
    # of 100 in all
    assert derived[panel_logic.DERIVED_SHARE] == pytest.approx([10.0, 30.0, 10.0, None, 50.0], nan_ok=True)
    columns = panel_logic.ranking_columns(cols, view)
    assert columns[0].field == panel_logic.DERIVED_RANK and [c.field for c in columns if c.key == "share"] == [
        panel_logic.DERIVED_SHARE]


# --------------------------------------------------------------------------- showing values


@pytest.mark.parametrize("pct, cls, text", [
    (38.04, "increase", "\u25b2 +38.0 %"),
    (-12.0, "decrease", "\u25bc -12.0 %"),
    (3.0, "no_change", "\u25ac +3.0 %"),
    (None, "increase", "\u25b2"),  # baseline 0: no percentage
    (-4.0, None, "\u25bc -4.0 %"),
    (None, None, ""),
])
def test_change_text_has_an_arrow_from_the_class_else_from_the_sign(pct, cls, text):
    assert panel_logic.change_text(pct, cls) == text


def test_rank_move_counts_places_towards_rank_one():
    assert panel_logic.rank_move(1, 5) == 4 and panel_logic.rank_move_text(4) == "\u25b24"
    assert panel_logic.rank_move(7, 2) == -5 and panel_logic.rank_move_text(-5) == "\u25bc5"
    assert panel_logic.rank_move(3, 3) == 0 and panel_logic.rank_move_text(0) == "="
    assert panel_logic.rank_move(3, None) is None and panel_logic.rank_move_text(None) == ""


@pytest.mark.parametrize("kind, value, text", [
    ("float", 1234567.891, "1,234,567.9"), ("int", 12345, "12,345"), ("rank", 3, "3"),
    ("percent", 28.871, "28.9 %"), ("text", "S01", "S01"), ("float", None, ""), ("float", math.nan, ""),
])
def test_format_value(kind, value, text):
    assert panel_logic.format_value(kind, value) == text


def test_sort_value_puts_numbers_as_numbers_text_casefolded_and_blanks_as_none():
    assert panel_logic.sort_value(10) < panel_logic.sort_value(9.5e1)
    assert panel_logic.sort_value("Brackenholt") == "brackenholt"
    assert panel_logic.sort_value(None) is None and panel_logic.sort_value(math.nan) is None


def test_text_filter_needs_every_word_in_the_id_or_name():
    text = panel_logic.search_text("W012", "Upper Caldervine")
    assert panel_logic.matches("calder", text) and panel_logic.matches("w012 UPPER", text) and panel_logic.matches("  ",
            text)
    assert not panel_logic.matches("calder lower", text)


# --------------------------------------------------------------------------- geographies


def test_geographies_are_listed_coarse_to_fine_and_switching_keeps_the_kind_of_output():
    candidates = [
        panel_logic.Candidate("w1", "wards harm", "ward", "socharm:scoreharm"),
        panel_logic.Candidate("s1", "sectors harm", "sector", "socharm:scoreharm"),
        panel_logic.Candidate("s2", "sectors scheme", "sector", "socharm:scorescheme", "SOC place harm"),
        panel_logic.Candidate("w2", "wards scheme", "ward", "socharm:scorescheme", "SOC place harm"),
    ]

    assert panel_logic.geographies(candidates) == ["sector", "ward"]
    assert panel_logic.layer_for_geography(candidates, "s2", "ward") == "w2"
    assert panel_logic.layer_for_geography(candidates, "s1", "ward") == "w1"
    assert panel_logic.layer_for_geography(candidates, "w1", "ward") == "w1"
    assert panel_logic.layer_for_geography(candidates, "w1", "street") == ""
    assert panel_logic.geography_of({"geography": "Ward"}) == "ward" and panel_logic.geography_of({}) == "other"


# --------------------------------------------------------------------------- records


def test_records_filter_quotes_ids_as_text_and_limits_to_the_view_measures():
    assert panel_logic.records_filter(["S01"]) == "\"area_id\" = 'S01'"
    assert panel_logic.records_filter([7, "O'Neil Rd"]) == "\"area_id\" IN ('7', 'O''Neil Rd')"
    assert panel_logic.records_filter(["S01"], ["drugs", "guns"]) == ("\"area_id\" = 'S01' AND \"measure\" IN "
                                                                      "('drugs', 'guns')")
    assert panel_logic.records_filter(["S01"], ["drugs"]) == "\"area_id\" = 'S01' AND \"measure\" = 'drugs'"
    assert panel_logic.records_filter([]) == "FALSE"


def test_record_columns_put_the_usual_fields_first():
    assert panel_logic.record_columns(["fid", "status", "extra", "weight", "area_id", "date", "measure"]) == [
        "area_id", "measure", "weight", "date", "status", "extra"]


def test_record_paths_also_look_beside_the_scored_layer():
    assert panel_logic.record_paths("/old/place/records.gpkg|layername=r", "/new/place") == [
        "/old/place/records.gpkg|layername=r", "/new/place/records.gpkg|layername=r"]
    assert panel_logic.record_paths(None, "/x") == []


# --------------------------------------------------------------------------- composition


def test_composition_keeps_scheme_order_and_gives_shares_of_the_positive_values():
    segments = panel_logic.composition([("a", "A", 30.0), ("b", "B", 0.0), ("c", "C", 10.0), ("d", "D", None)])

    assert [(s.key, s.value, s.share) for s in segments] == [("a", 30.0, 75.0), ("c", 10.0, 25.0)]


def test_composition_by_size_merges_the_smallest_into_other():
    items = [(str(i), str(i), float(i)) for i in range(1, 6)]  # 1..5, total 15

    segments = panel_logic.composition(items, max_segments=3, by_size=True, other_label="Other")

    assert [(s.key, s.value) for s in segments] == [("5", 5.0), ("4", 4.0), ("__other__", 6.0)]
    assert sum(s.share for s in segments) == pytest.approx(100.0)


def test_sum_by_adds_weights_per_code():
    assert panel_logic.sum_by(["9A", "8L", "9A", None], [1.5, 2.0, 2.5, 4.0]) == {"9A": 4.0, "8L": 2.0, "": 4.0}


# --------------------------------------------------------------------------- safe to share


@pytest.mark.parametrize("name", [
    "full_name", "FullName", "forename", "Surname", "first_name", "nominal_name", "offender_name",
    "nominal_id", "PersonID", "pnc_id", "PNC", "cro_number", "ni_number", "nhs_no",
    "date_of_birth", "DOB", "DateOfBirth", "birth_date",
    "address", "home_address", "address_line_1", "postcode", "Post Code", "uprn",
    "phone", "phone_number", "Telephone No.", "mobile", "email", "e_mail_address",
    "vrm", "vehicle_registration", "VehicleReg", "number_plate", "reg_no",
])
def test_personal_identifier_field_names_are_recognised(name):
    assert panel_logic.is_personal_field(name), name


@pytest.mark.parametrize("name", [
    "sector_name", "ward_name", "street_name", "area_id", "sector_id", "harm_score", "harm_n", "weight",
    "offence_date", "date", "ho_code", "measure", "status", "source_layer", "group_type", "offence_label",
    "grid_cell", "hotel", "population", "name",  # a bare "name" is an area's as often as a person's
])
def test_area_and_record_fields_are_not_personal(name):
    assert not panel_logic.is_personal_field(name), name


def test_the_panel_uses_the_briefing_packs_identifier_categories():
    assert [panel_logic.personal_category(n) for n in ("DOB", "nominal_id", "vrm", "home_address", "ward_name")] == [
        "date_of_birth", "person_id", "vehicle", "address", ""]


def test_fields_a_scheme_marks_personal_are_personal_whatever_their_name():
    assert panel_logic.marked_personal_fields(SCHEME_PROVENANCE) == ["full_name", "pnc_id"]
    assert panel_logic.is_personal_field("gang_nick", marked=["gang_nick"])
    assert panel_logic.record_personal_fields(SCHEME_PROVENANCE) == ["full_name", "pnc_id", "source_fid"]
    assert panel_logic.record_personal_fields(SCOREHARM_PROVENANCE) == []


def test_counts_below_five_are_suppressed_zero_included_as_in_the_briefing_pack():
    assert [panel_logic.suppress_count(n) for n in (0, 1, 4, 5, 120, None)] == [0, "<5", "<5", 5, 120, None]
    assert panel_logic.suppress_count(9, threshold=10) == "<10"


def test_export_table_is_safe_to_share_by_default():
    columns = [panel_logic.ExportColumn("Name", "text", "sector_name", exempt=True), panel_logic.ExportColumn(
        "full_name", "text"),
               panel_logic.ExportColumn("Records", "int", "harm_n", is_count=True), panel_logic.ExportColumn("Harm",
                       "float")]
    rows = [["Brackenholt", "John Doe", 3, 10.5], ["Caldervine", "Jane Roe", 12, 99.0], ["Empty", None, 0, 0.0]]

    safe = panel_logic.export_table(columns, rows)

    assert [c.name for c in safe.columns] == ["Name", "Records", "Harm"]
    assert [c.kind for c in safe.columns] == ["text", "text", "float"]
    assert safe.rows == [["Brackenholt", "<5", 10.5], ["Caldervine", "12", 99.0], ["Empty", "0", 0.0]]
    assert safe.dropped == ["full_name"] and safe.suppressed == 1  # zero points at no one: shown


def test_export_table_with_the_user_opting_in_keeps_everything():
    columns = [panel_logic.ExportColumn("full_name", "text"), panel_logic.ExportColumn("Records", "int", is_count=True)]
    rows = [["John Doe", 3]]

    table = panel_logic.export_table(columns, rows, include_personal=True, show_small_counts=True)

    assert [c.name for c in table.columns] == ["full_name", "Records"] and table.columns[1].kind == "int"
    assert table.rows == [["John Doe", 3]] and table.dropped == [] and table.suppressed == 0


def test_export_path_picks_the_driver_from_the_extension_or_the_chosen_filter():
    assert panel_logic.export_path("/t/ranking.csv") == ("/t/ranking.csv", "CSV")
    assert panel_logic.export_path("/t/ranking.XLSX") == ("/t/ranking.XLSX", "XLSX")
    assert panel_logic.export_path("/t/ranking", "Excel workbook (*.xlsx)") == ("/t/ranking.xlsx", "XLSX")
    assert panel_logic.export_path("/t/ranking", "") == ("/t/ranking.csv", "CSV")


# --------------------------------------------------------------------------- state and re-scoring


def test_panel_state_round_trips_through_project_entries():
    state = panel_logic.PanelState("layer_1", "harm", True, "measure:drugs")

    entries = state.to_entries()

    assert entries == {"layer_id": "layer_1", "sort_column": "harm", "sort_order": "descending",
                       "view": "measure:drugs"}
    assert panel_logic.PanelState.from_entries(entries) == state
    assert panel_logic.PanelState.from_entries({}) == panel_logic.PanelState("", "rank", False, "total")


def test_a_remembered_sort_column_that_is_gone_falls_back_to_rank():
    columns = [panel_logic.Column("rank", "rank", "harm_rank", "rank"), panel_logic.Column("harm", "harm", "harm_score",
            "float")]
    assert panel_logic.sort_column_index(columns, "harm") == 1
    assert panel_logic.sort_column_index(columns, "m:gone") == 0


def test_rescore_writes_new_files_beside_the_old_and_keeps_inputs():
    params = {"AREAS": "/d/force.gpkg|layername=wards", "OUTPUT": "/d/out/wards_harm.gpkg",
              "RECORDS": "/d/out/records.gpkg", "START": "2024-01-01"}

    new = panel_logic.rescore_parameters(params, ["OUTPUT", "RECORDS"], "20250102_030405")

    assert new == {"AREAS": "/d/force.gpkg|layername=wards",
                   "OUTPUT": "/d/out/wards_harm_rescored_20250102_030405.gpkg",
                   "RECORDS": "/d/out/records_rescored_20250102_030405.gpkg", "START": "2024-01-01"}
    again = panel_logic.rescore_parameters(new, ["OUTPUT"], "20250103_000000")
    assert again["OUTPUT"] == "/d/out/wards_harm_rescored_20250103_000000.gpkg"  # no growing suffix
    assert panel_logic.rescore_destination("TEMPORARY_OUTPUT", "x") == "TEMPORARY_OUTPUT"
    assert panel_logic.rescore_destination("memory:abc", "x") == "TEMPORARY_OUTPUT"
    assert panel_logic.rescore_destination(None, "x") is None


def test_display_order_sorts_numbers_keeps_ties_in_order_and_puts_blanks_last_both_ways():
    values = [5.0, None, 2.0, 5.0, math.nan, 9.0]

    assert panel_logic.display_order(values) == [2, 0, 3, 5, 1, 4]
    assert panel_logic.display_order(values, descending=True) == [5, 0, 3, 2, 1, 4]
    assert panel_logic.display_order(["b", "A", "c"]) == [1, 0, 2]


def test_drivers_text_from_a_change_layers_provenance():
    provenance = {"drivers": {"by": "category", "areas": {"W1": [["Robbery", 61.2], ["Wounding", 28.4]]}}}
    assert panel_logic.drivers_text(provenance, "W1", "Brackenholt", 47.0, lambda t: t) == (
        "Brackenholt: harm up 47 %, mostly Robbery (+61 % of the rise) and Wounding (+28 %).")
    assert panel_logic.drivers_text(provenance, "W2", "Other", 10.0, lambda t: t) == ""
    assert panel_logic.drivers_text({}, "W1", "Brackenholt", 47.0, lambda t: t) == ""
