"""Safe to share: identifier fields by name and by scheme, small-count suppression,
and the last check that no identifier value reaches published text."""
from __future__ import annotations

import math

import pytest

from soc_harm_plugin.domain.sharing.privacy import (
    Scrubber,
    identifier_category,
    identifier_fields,
    identifier_values,
    is_count_field,
    is_suppressed,
    personal_fields_of,
    suppress_count_text,
)


@pytest.mark.parametrize("name, category", [
    ("full_name", "name"), ("FullName", "name"), ("first_name", "name"), ("Forename", "name"),
    ("forenames", "name"), ("SURNAME", "name"), ("last name", "name"), ("nickname", "name"), ("alias", "name"),
    ("offender_name", "name"), ("victim_name", "name"), ("nominal_name", "name"), ("next_of_kin_name", "name"),
    ("nominal_id", "person_id"), ("NominalID", "person_id"), ("person_ref", "person_id"), ("offender_no", "person_id"),
    ("suspect_number", "person_id"), ("pnc_id", "person_id"), ("PNC", "person_id"), ("cro_no", "person_id"),
    ("ni_number", "person_id"), ("nhs_number", "person_id"), ("passport_no", "person_id"),
    ("date_of_birth", "date_of_birth"), ("DOB", "date_of_birth"), ("birth_date", "date_of_birth"),
    ("BirthDate", "date_of_birth"), ("year_of_birth", "date_of_birth"),
    ("address", "address"), ("home_address", "address"), ("address_line_1", "address"), ("AddressLine2", "address"),
    ("postcode", "address"), ("uprn", "address"),
    ("phone", "phone"), ("telephone_number", "phone"), ("mobile_no", "phone"), ("tel", "phone"), ("imei", "phone"),
    ("vrm", "vehicle"), ("VRN", "vehicle"), ("vehicle_reg", "vehicle"), ("registration", "vehicle"),
    ("number_plate", "vehicle"), ("reg_no", "vehicle"),
    ("email", "email"), ("e_mail", "email"), ("email_address", "email"),
])
def test_documented_identifier_names_are_recognised(name, category):
    assert identifier_category(name) == category


@pytest.mark.parametrize("name", [
    "sector_id", "sector_name", "ward_id", "ward_name", "street_name", "lsoa_name", "area_name", "name",
    "harm_n", "harm_score", "harm_rank", "harm_share", "population", "group_type", "group_id", "group_morile",
    "offence_label", "ho_code", "offence_date", "month", "victim_vulnerable", "registration_date",
    "n_current", "rank_baseline", "change_class", "gi_bin", "plants", "nominal_count", "offender_count",
])
def test_area_and_measure_fields_are_not_identifiers(name):
    assert identifier_category(name) is None


def test_sample_force_nominal_fields_are_all_caught_and_the_group_fields_are_not():
    from tools.sample.force import generate_force

    nominals = generate_force(n_offences=0)["nominals"]
    found = {f.name: f.category for f in identifier_fields(nominals.attributes.columns)}
    assert found == {"nominal_id": "person_id", "full_name": "name", "date_of_birth": "date_of_birth",
                     "address": "address"}


def test_scheme_personal_fields_are_identifiers_whatever_their_name():
    fields = identifier_fields(["sector_id", "handle", "Member_Code", "harm_score"], personal_fields=["HANDLE"])
    assert [(f.name, f.category) for f in fields] == [("handle", "personal"), ("Member_Code", "person_id")]


def test_personal_fields_are_read_from_every_measure_of_a_scheme_provenance():
    provenance = {"scheme": {"name": "s", "measures": [
        {"key": "ocg", "personal_fields": ["nominal_ref", "street_alias"]},
        {"key": "drugs"},
        {"key": "intel", "personal_fields": ["source_handle", "nominal_ref"]},
    ]}, "personal_fields": "extra"}
    assert personal_fields_of(provenance) == ["extra", "nominal_ref", "street_alias", "source_handle"]
    assert personal_fields_of(None) == [] and personal_fields_of({"scheme": "odd"}) == []


@pytest.mark.parametrize("value, threshold, text", [
    (0, 5, "0"), (1, 5, "<5"), (0.4, 5, "<5"), (4, 5, "<5"), (4.4, 5, "<5"), (5, 5, "5"), (1234, 5, "1,234"),
    (3, 10, "<10"), (3, 0, "3"), (0, 0, "0"), (None, 5, ""), (float("nan"), 5, ""), (2.6, 0, "3"),
])
def test_counts_below_the_threshold_are_published_as_less_than_the_threshold(value, threshold, text):
    assert suppress_count_text(value, threshold) == text


def test_suppression_flags():
    assert is_suppressed(4, 5) and not is_suppressed(5, 5) and not is_suppressed(1, 0)
    assert not is_suppressed(0, 5)  # zero points at no one
    assert not is_suppressed(None, 5) and not is_suppressed(math.nan, 5)


@pytest.mark.parametrize("name, expected", [
    ("harm_n", True), ("ocg_crime_n", True), ("n_current", True), ("n_baseline", True), ("nominal_count", True),
    ("records", True), ("harm_score", False), ("count_change_class", False), ("population", False),
])
def test_count_fields(name, expected):
    assert is_count_field(name) is expected


def test_identifier_values_leave_out_dates_of_birth_and_short_values():
    columns = {"nominal_id": ["N0001", None, "N0002"], "full_name": ["Sam Ingleden", "Al"],
               "date_of_birth": ["1986-02-21"], "sector_name": ["Caldervine"]}
    fields = identifier_fields(columns)
    assert identifier_values(columns, fields) == {"N0001", "N0002", "Sam Ingleden"}


def test_scrubber_replaces_whole_values_ignoring_case_and_counts_them():
    scrub = Scrubber(["N0012", "Sam Ingleden", "142 Willowwood Terrace, Elmstow Vale"])
    text = "N0012 and sam ingleden live at 142 Willowwood Terrace, Elmstow Vale; N00123 is another; Elmstow Vale stays."
    assert scrub(text) == ("[withheld] and [withheld] live at [withheld]; N00123 is another; Elmstow Vale stays.")
    assert scrub.replaced == 3
    assert scrub.found_in("see N0012.") == ["N0012"]
    assert Scrubber([])("N0012") == "N0012"
