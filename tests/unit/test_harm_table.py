"""Specification of soc_harm_plugin.domain.harm.harm_table (pure: no QGIS).

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_harm_table.py -q
"""
from __future__ import annotations

import hashlib
import json
import math
import shutil
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from soc_harm_plugin.domain.harm.harm_table import (
    BUILTIN_TABLES,
    CodeMatch,
    HarmTable,
    HarmTableError,
    load_builtin_table,
    load_table_csv,
    match_codes,
    match_distinct,
    match_factorized,
    normalise_code,
    visible,
)
from soc_harm_plugin.domain.limits import MAX_WEIGHT

REPO = Path(__file__).resolve().parents[2]
TABLES_DIR = REPO / "resources" / "harm_tables"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
WEIGHTS_DIR = SHARED / "data" / "weights"

POLICEUK_CATEGORIES = {
    "Anti-social behaviour",
    "Bicycle theft",
    "Burglary",
    "Criminal damage and arson",
    "Drugs",
    "Other crime",
    "Other theft",
    "Possession of weapons",
    "Public order",
    "Robbery",
    "Shoplifting",
    "Theft from the person",
    "Vehicle crime",
    "Violence and sexual offences",
}


def write_csv(tmp_path: Path, text: str, name: str = "table.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    data = text.encode("utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


@pytest.fixture
def small_table(tmp_path) -> HarmTable:
    return load_table_csv(
        write_csv(
            tmp_path,
            "code,weight,label,flag\n"
            "28A,465.5,Burglary in a dwelling,\n"
            "8N,189.25,Assault with injury,\n"
            "Anti-social behaviour,0,ASB,no_css_weight\n"
            "4.10,7973.5,Homicide,\n",
            name="small.csv",
        )
    )


def raises_table_error(path: Path) -> str:
    with pytest.raises(HarmTableError) as info:
        load_table_csv(path)
    return str(info.value)


# --------------------------------------------------------------------------- normalise_code


def test_normalise_code_casefolds_and_strips():
    assert normalise_code("  28a ") == "28a"
    assert normalise_code("28A") == "28a"


def test_normalise_code_collapses_internal_whitespace_to_one_space():
    assert normalise_code("Violence  and\tsexual \n offences") == "violence and sexual offences"


def test_normalise_code_turns_integral_numbers_into_integer_text():
    assert normalise_code(28) == "28"
    assert normalise_code(28.0) == "28"
    assert normalise_code(np.int64(28)) == "28"
    assert normalise_code(np.float64(28.0)) == "28"
    assert normalise_code("28.0") == "28"


def test_normalise_code_maps_none_and_nan_to_empty():
    assert normalise_code(None) == ""
    assert normalise_code(float("nan")) == ""
    assert normalise_code(np.nan) == ""
    assert normalise_code(pd.NA) == ""


def test_normalise_code_keeps_code_text_digits():
    assert normalise_code("08") == "08"
    assert normalise_code("4.10") == "4.10"
    assert normalise_code("4.10") != normalise_code("4.1")
    assert normalise_code(4.1) == "4.1"


@pytest.mark.parametrize("hidden", [
    "8N\u200b",  # zero-width space after
    "\ufeff8N",  # byte-order mark before (the first cell of a file saved by Excel)
    "8\u00adN",  # soft hyphen inside
    "8\u2060N\u200d",  # word joiner, zero-width joiner
    "\u200e8N\u200f",  # left-to-right and right-to-left marks
])
def test_normalise_code_ignores_characters_that_show_nothing(hidden):
    assert normalise_code(hidden) == "8n"


def test_normalise_code_folds_compatibility_forms_as_nfkc_does():
    assert normalise_code("\uff18\uff2e") == "8n"  # full-width 8N
    assert normalise_code("\uff12\uff18.\uff10") == "28"  # full-width 28.0
    assert normalise_code("\ufb01rearms") == "firearms"  # the fi ligature a PDF copy gives
    assert normalise_code("8\u00a0N") == "8 n"  # no-break space
    assert normalise_code("5\u00b2") == "52"  # the price of NFKC: a superscript 2 is a 2


def test_normalise_code_keeps_visible_letters_of_any_script():
    assert normalise_code("Lladrad o\u0175") == "lladrad o\u0175"  # Welsh w with circumflex kept
    assert normalise_code("8N") != normalise_code("8M")


def test_visible_escapes_characters_that_show_nothing():
    assert visible("8N\u200b") == "8N\\u200b"
    assert visible("\ufeff28E") == "\\ufeff28E"
    assert visible("8\u00adN") == "8\\u00adN"
    assert visible("8\u00a0N") == "8\\u00a0N"  # a no-break space looks like a space but is not one
    assert visible("A\x00") == "A\\u0000"
    assert visible("\U000e0041") == "\\U000e0041"  # a tag character


def test_visible_keeps_text_that_shows_as_it_is():
    assert visible("Violence and sexual offences") == "Violence and sexual offences"
    assert visible("Lladrad o\u0175") == "Lladrad o\u0175"
    assert visible("\uff18\uff2e") == "\uff18\uff2e"  # full-width letters are visible


def test_match_gives_a_code_with_invisible_characters_the_weight_of_its_visible_code(small_table):
    found = match_codes(small_table, ["8N\u200b", "\ufeff28A", "8\u00adN", "8N"])
    assert found.weights.tolist() == [189.25, 465.5, 189.25, 189.25]
    assert found.missing == {}


def test_match_reports_a_missing_code_with_its_invisible_characters_kept(small_table):
    found = match_codes(small_table, ["9Z\u200b", "9Z"])
    assert found.missing == {"9Z\u200b": 1, "9Z": 1}  # two codes that differ: messages show them escaped


def test_a_table_code_with_invisible_characters_matches_the_plain_code(tmp_path):
    table = load_table_csv(write_csv(tmp_path, "code,weight\n8N\u200b,5\n"))
    assert match_codes(table, ["8N"]).weights.tolist() == [5.0]


def test_error_same_code_twice_shows_invisible_characters_escaped(tmp_path):
    message = raises_table_error(write_csv(tmp_path, "code,weight\n8N,1\n8N\u200b,2\n", name="dup.csv"))
    assert "code '8N\\u200b' has weight 2 here but the same code ('8N') has weight 1 in row 2" in message


# --------------------------------------------------------------------------- match_codes


def test_match_gives_each_record_its_weight_and_nan_when_missing(small_table):
    m = match_codes(small_table, ["28A", "8n", "XX", "28a"])
    assert isinstance(m, CodeMatch)
    assert m.weights.dtype == np.float64
    assert m.weights[0] == 465.5
    assert m.weights[1] == 189.25
    assert math.isnan(m.weights[2])
    assert m.weights[3] == 465.5
    assert np.nansum(m.weights) == 465.5 + 189.25 + 465.5  # 1120.25


def test_match_returns_the_tables_own_spelling_of_the_code(small_table):
    m = match_codes(small_table, [" 28a", "zz", "4.10"])
    assert list(m.table_code) == ["28A", None, "4.10"]
    assert m.table_code.dtype == object


def test_match_counts_missing_codes_by_their_stripped_original_text(small_table):
    m = match_codes(small_table, ["XX", " XX ", "yy", "28A", "XX"])
    assert m.missing == {"XX": 3, "yy": 1}


def test_match_counts_empty_and_none_codes_under_empty_string(small_table):
    m = match_codes(small_table, [None, "", "   ", float("nan"), "28A"])
    assert m.missing == {"": 4}
    assert int(np.isnan(m.weights).sum()) == 4


def test_match_counts_records_that_hit_a_flagged_row(small_table):
    m = match_codes(small_table, ["Anti-social behaviour", "anti-social  BEHAVIOUR", "28A"])
    assert m.flagged == {"no_css_weight": 2}
    assert list(m.weights) == [0.0, 0.0, 465.5]
    assert m.missing == {}


def test_match_treats_float_field_values_as_integer_codes(tmp_path):
    table = load_table_csv(write_csv(tmp_path, "code,weight\n28,10\n46,2.5\n"))
    m = match_codes(table, np.array([28.0, 46.0, 28.0, np.nan]))
    assert list(m.weights[:3]) == [10.0, 2.5, 10.0]
    assert list(m.table_code[:3]) == ["28", "46", "28"]
    assert m.missing == {"": 1}


def test_match_accepts_series_list_ndarray_and_categorical(small_table):
    values = ["28A", "8N", "XX"]
    expected = [465.5, 189.25]
    for codes in (values, np.array(values, dtype=object), pd.Series(values), pd.Series(values, dtype="category")):
        m = match_codes(small_table, codes)
        assert list(m.weights[:2]) == expected
        assert m.missing == {"XX": 1}


def test_match_a_million_codes_well_under_half_a_second():
    table = load_builtin_table("ons_css_ho_code")
    pool = np.array(list(table.codes.values()) + ["unknown", "", None], dtype=object)
    codes = pool[np.random.default_rng(1).integers(0, len(pool), 1_000_000)]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        m = match_codes(table, codes)
        best = min(best, time.perf_counter() - start)
    assert len(m.weights) == 1_000_000
    assert best < 0.5


def test_match_factorized_gives_what_match_codes_gives_for_the_same_records(small_table):
    codes = np.array([" 28a", "XX", None, "anti-social BEHAVIOUR", "8N", "XX", "", "yy", "28A"], dtype=object)
    index, uniques = pd.factorize(codes)

    plain = match_codes(small_table, codes)
    coded = match_factorized(small_table, index, list(uniques))

    np.testing.assert_array_equal(coded.weights, plain.weights)
    assert coded.table_code.tolist() == plain.table_code.tolist()
    assert list(coded.missing.items()) == list(plain.missing.items()) == [("", 2), ("XX", 2), ("yy", 1)]
    assert coded.flagged == plain.flagged == {"no_css_weight": 1}


def test_match_factorized_reports_codes_in_the_order_of_their_first_record(small_table):
    # the distinct values listed in another order than the records meet them
    match = match_factorized(small_table, np.array([2, 0, 2, 1, 0]), ["YY", "ZZ", "XX"])

    assert list(match.missing.items()) == [("XX", 2), ("YY", 2), ("ZZ", 1)]


def test_match_factorized_accepts_repeated_and_unused_distinct_values(small_table):
    match = match_factorized(small_table, np.array([0, 1, 1]), ["xx", " XX ", "28A", "never used"])

    assert match.missing == {"xx": 1, "XX": 2}
    assert np.isnan(match.weights).all()


def test_match_distinct_looks_up_each_distinct_code_once(small_table):
    found = match_distinct(small_table, ["28a ", "Anti-Social Behaviour", "nope"])

    assert found.weights[:2].tolist() == [465.5, 0.0] and math.isnan(found.weights[2])
    assert found.table_code.tolist() == ["28A", "Anti-social behaviour", None]
    assert found.flags == [None, "no_css_weight", None]
    missing, flagged = found.counts(np.array([2, -1, 1, 1, 0, 2]))
    assert list(missing.items()) == [("", 1), ("nope", 2)]  # records with no code first, as match_codes reports them
    assert flagged == {"no_css_weight": 2}


# --------------------------------------------------------------------------- custom tables


def test_custom_table_reads_codes_weights_labels_and_flags(small_table):
    assert small_table.key == "custom"
    assert small_table.weights == {
        "28a": 465.5,
        "8n": 189.25,
        "anti-social behaviour": 0.0,
        "4.10": 7973.5,
    }
    assert small_table.labels["28a"] == "Burglary in a dwelling"
    assert small_table.codes["28a"] == "28A"
    assert small_table.flags == {"anti-social behaviour": "no_css_weight"}


def test_custom_table_defaults_name_to_file_stem_and_version_to_sha(tmp_path):
    path = write_csv(tmp_path, "code,weight\nA,1\n", name="my weights.csv")
    table = load_table_csv(path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert table.name == "my weights"
    assert table.version == "sha256:" + sha[:12]


def test_custom_table_takes_given_name_and_version(tmp_path):
    table = load_table_csv(write_csv(tmp_path, "code,weight\nA,1\n"), name="Force harm", version="2024.2")
    assert (table.name, table.version) == ("Force harm", "2024.2")


def test_sha256_is_the_hash_of_the_file_bytes(tmp_path):
    path = write_csv(tmp_path, "code,weight\r\nA,1\r\nB,2.5\r\n")
    assert load_table_csv(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_provenance_names_table_version_hash_key_and_file_name_only(tmp_path):
    path = write_csv(tmp_path, "code,weight\nA,1\n", name="t.csv")
    table = load_table_csv(path, name="T", version="v1")
    assert table.provenance() == {
        "name": "T",
        "version": "v1",
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "key": "custom",
        "source": "t.csv",
    }
    assert table.source == str(path)


def test_utf8_bom_is_ignored(tmp_path):
    table = load_table_csv(write_csv(tmp_path, "code,weight,label\nA,1,Café\n", bom=True))
    assert table.weights == {"a": 1.0}
    assert table.labels == {"a": "Café"}


def test_header_names_are_case_insensitive_and_stripped_and_extra_columns_ignored(tmp_path):
    table = load_table_csv(write_csv(tmp_path, "Notes, CODE ,Weight \nwhatever,28A,2\n"))
    assert table.weights == {"28a": 2.0}
    assert table.labels == {"28a": ""}
    assert table.flags == {}


def test_codes_keep_their_text_exactly(tmp_path):
    table = load_table_csv(write_csv(tmp_path, "code,weight\n08,1\n4.10,2\n4.1,3\n"))
    assert table.codes == {"08": "08", "4.10": "4.10", "4.1": "4.1"}
    assert table.weights["4.10"] == 2.0
    assert table.weights["4.1"] == 3.0


def test_weights_keep_full_precision(tmp_path):
    table = load_table_csv(write_csv(tmp_path, "code,weight\n1,7973.393423\n"))
    assert table.weights["1"] == 7973.393423


def test_identical_duplicate_rows_are_accepted(tmp_path):
    table = load_table_csv(write_csv(tmp_path, "code,weight\n28A,5\n28a ,5.0\n"))
    assert table.weights == {"28a": 5.0}
    assert table.codes == {"28a": "28A"}


def test_blank_lines_are_skipped_but_rows_keep_spreadsheet_numbers(tmp_path):
    path = write_csv(tmp_path, "code,weight\nA,1\n\n,\nB,oops\n", name="gaps.csv")
    assert "row 5" in raises_table_error(path)


def test_error_missing_weight_column_lists_the_columns_found(tmp_path):
    message = raises_table_error(write_csv(tmp_path, "code,score\nA,1\n", name="noweight.csv"))
    assert "noweight.csv" in message
    assert "row 1" in message
    assert "column 'weight'" in message
    assert "'code', 'score'" in message


def test_error_missing_code_column_lists_the_columns_found(tmp_path):
    message = raises_table_error(write_csv(tmp_path, "offence,weight\nA,1\n", name="nocode.csv"))
    assert "nocode.csv" in message
    assert "row 1" in message
    assert "column 'code'" in message
    assert "'offence', 'weight'" in message


def test_error_non_numeric_weight_quotes_the_value(tmp_path):
    message = raises_table_error(write_csv(tmp_path, "code,weight\nA,1\nB,12 pts\n", name="bad.csv"))
    assert message == 'bad.csv: row 3, column \'weight\': weight "12 pts" is not a number'


def test_error_empty_weight(tmp_path):
    message = raises_table_error(write_csv(tmp_path, "code,weight\nA,\n", name="bad.csv"))
    assert message == "bad.csv: row 2, column 'weight': weight is empty"


def test_error_negative_weight(tmp_path):
    message = raises_table_error(write_csv(tmp_path, "code,weight\nA,1\nB,2\nC,-0.5\n", name="neg.csv"))
    assert "neg.csv: row 4, column 'weight'" in message
    assert '"-0.5"' in message
    assert "negative" in message


@pytest.mark.parametrize("text", ["inf", "nan", "-inf", "Infinity"])
def test_error_non_finite_weight(tmp_path, text):
    message = raises_table_error(write_csv(tmp_path, "code,weight\nA,%s\n" % text, name="inf.csv"))
    assert "inf.csv: row 2, column 'weight'" in message
    assert '"%s"' % text in message
    assert "not a finite number" in message


def test_a_weight_of_a_billion_the_maximum_is_accepted(tmp_path):
    table = load_table_csv(write_csv(tmp_path, "code,weight\nA,1000000000\nB,1e9\n"))
    assert MAX_WEIGHT == 1e9
    assert table.weights == {"a": 1e9, "b": 1e9}


@pytest.mark.parametrize("text, words", [
    ("1000000001", "is above the largest weight accepted, 1,000,000,000"),
    ("1000000000.5", "is above the largest weight accepted, 1,000,000,000"),
    ("1e200", "is above the largest weight accepted, 1,000,000,000"),
    ("1" + "0" * 400, "is not a finite number"),  # too big for a float: read as infinite
])
def test_error_weight_above_the_maximum_names_row_value_and_limit(tmp_path, text, words):
    message = raises_table_error(write_csv(tmp_path, "code,weight\nA,1\nB,%s\n" % text, name="huge.csv"))
    assert message.startswith("huge.csv: row 3, column 'weight': weight \"%s\" %s" % (text, words))


def test_sums_of_nine_million_records_at_the_maximum_weight_are_exact():
    # the reason for the maximum: 9 million x 1e9 + 1 = 9,000,000,000,000,001 < 2**53, so float64 still counts
    # in whole units; a per-area sum (np.bincount, as scoring adds) of whole-number weights is exact
    weights = np.append(np.full(9_000_000, MAX_WEIGHT), 1.0)
    total = np.bincount(np.zeros(len(weights), dtype=np.intp), weights=weights)[0]
    assert int(total) == 9_000_000_000_000_001


def test_error_empty_code(tmp_path):
    message = raises_table_error(write_csv(tmp_path, "code,weight\nA,1\n  ,2\n", name="blank.csv"))
    assert message == "blank.csv: row 3, column 'code': code is empty"


def test_error_same_code_twice_with_different_weights_names_both_rows(tmp_path):
    message = raises_table_error(write_csv(tmp_path, "code,weight\n28A,5\n8N,2\n 28a,6\n", name="dup.csv"))
    assert "dup.csv: row 4, column 'code'" in message
    assert "row 2" in message
    assert "'28a'" in message and "'28A'" in message
    assert "6" in message and "5" in message


def test_error_header_only_table_has_no_data_rows(tmp_path):
    message = raises_table_error(write_csv(tmp_path, "code,weight\n", name="empty.csv"))
    assert "empty.csv" in message
    assert "row 2" in message
    assert "no data rows" in message


def test_error_empty_file(tmp_path):
    message = raises_table_error(write_csv(tmp_path, "", name="nothing.csv"))
    assert "nothing.csv: row 1" in message
    assert "empty" in message


def test_error_semicolon_separated_file_gets_a_hint(tmp_path):
    message = raises_table_error(write_csv(tmp_path, "code;weight\nA;1\n", name="excel.csv"))
    assert "column 'code'" in message
    assert "semicolon" in message


def test_error_not_utf8(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("code,weight,label\nA,1,Caf\xe9\n".encode("latin-1"))
    message = raises_table_error(path)
    assert "latin1.csv: row 2" in message
    assert "UTF-8" in message


def test_harm_table_error_is_a_value_error():
    assert issubclass(HarmTableError, ValueError)


# --------------------------------------------------------------------------- built-in tables


def test_builtin_tables_are_listed_in_public_order():
    assert BUILTIN_TABLES == ("ons_css_ho_code", "ons_css_policeuk_category")


def test_builtin_ho_code_table_has_homicide_at_source_weight():
    table = load_builtin_table("ons_css_ho_code")
    assert table.key == "ons_css_ho_code"
    # ONS_SEVERITY_weight of Homicide in mopd_policeuk-ons-code-join.csv
    for code in ("1", "4.1", "4.2", "4.10"):
        assert table.weights[code] == 7973.393423
        assert table.labels[code] == "Homicide"
    assert "1/4.1/4.10/4.2" not in table.weights  # compound code split into its codes
    assert table.flags == {}


def test_builtin_ho_code_table_keeps_4_1_and_4_10_apart():
    table = load_builtin_table("ons_css_ho_code")
    assert table.weights["4.3"] == 3775.695341
    assert table.codes["4.10"] == "4.10"
    assert table.weights["28a"] == 465.3814732
    assert table.codes["28a"] == "28A"


def test_builtin_category_table_has_exactly_the_14_policeuk_categories():
    table = load_builtin_table("ons_css_policeuk_category")
    assert set(table.codes.values()) == POLICEUK_CATEGORIES
    assert len(table.weights) == 14


def test_builtin_category_table_gives_asb_weight_zero_with_flag():
    table = load_builtin_table("ons_css_policeuk_category")
    assert table.weights["anti-social behaviour"] == 0.0
    assert table.flags == {"anti-social behaviour": "no_css_weight"}
    assert all(w > 0 for code, w in table.weights.items() if code != "anti-social behaviour")


def test_builtin_single_code_categories_carry_that_codes_weight():
    table = load_builtin_table("ons_css_policeuk_category")
    assert table.weights["shoplifting"] == 11.85553905  # code 46 only
    assert table.weights["bicycle theft"] == 15.17572799  # code 44 only
    assert table.weights["robbery"] == 799.6288702  # 34A and 34B share one weight


def test_builtin_category_table_matches_street_level_crime_types_with_asb_flagged():
    table = load_builtin_table("ons_css_policeuk_category")
    m = match_codes(table, ["Shoplifting", "Anti-social behaviour", "Anti-social behaviour", "Robbery", "Fraud"])
    assert m.flagged == {"no_css_weight": 2}
    assert m.missing == {"Fraud": 1}
    assert np.nansum(m.weights) == pytest.approx(11.85553905 + 799.6288702, rel=1e-15)


def test_builtin_tables_carry_name_version_and_attribution_from_the_sidecar():
    for key in BUILTIN_TABLES:
        table = load_builtin_table(key)
        meta = json.loads((TABLES_DIR / (key + ".json")).read_text(encoding="utf-8"))
        assert table.name == meta["name"]
        assert table.version == meta["version"]
        assert table.attribution == "Contains public sector information licensed under the Open Government Licence v3.0"
        assert table.sha256 == hashlib.sha256((TABLES_DIR / (key + ".csv")).read_bytes()).hexdigest()
        assert table.provenance()["source"] == key + ".csv"


def test_builtin_table_can_be_read_from_another_folder(tmp_path):
    for suffix in (".csv", ".json"):
        shutil.copy(TABLES_DIR / ("ons_css_ho_code" + suffix), tmp_path)
    table = load_builtin_table("ons_css_ho_code", tables_dir=tmp_path)
    assert table.source == str(tmp_path / "ons_css_ho_code.csv")


def test_unknown_builtin_key_is_an_error():
    with pytest.raises(HarmTableError, match="ons_css_ho_code, ons_css_policeuk_category"):
        load_builtin_table("cambridge_chi")


# --------------------------------------------------------------------------- against the shared sources


def _needs_shared() -> None:
    if not WEIGHTS_DIR.is_dir():
        pytest.skip("needs ../shared: %s is absent" % WEIGHTS_DIR)


def _source_weights() -> pd.DataFrame:
    """CSS weight per Home Office code, straight from the source, compound codes exploded."""
    src = pd.read_csv(WEIGHTS_DIR / "mopd_policeuk-ons-code-join.csv", dtype=str)
    src["code"] = src["ONS_COUNTS_code"].str.split("/")
    src = src.explode("code")
    src["code"] = src["code"].str.strip()
    src["w"] = src["ONS_SEVERITY_weight"].astype(float)
    return src[["code", "w"]].drop_duplicates()


def test_shipped_homicide_weight_equals_the_source_file():
    _needs_shared()
    src = pd.read_csv(WEIGHTS_DIR / "mopd_policeuk-ons-code-join.csv", dtype=str)
    homicide = src.loc[src["ONS_COUNTS_code"].str.strip() == "1", "ONS_SEVERITY_weight"]
    assert load_builtin_table("ons_css_ho_code").weights["1"] == float(homicide.iloc[0])


@pytest.mark.parametrize("category", ["Burglary", "Violence and sexual offences"])
def test_shipped_category_weight_equals_an_independent_recomputation(category):
    _needs_shared()
    counts = pd.read_csv(WEIGHTS_DIR / "crime_sim_toolkit_prc-pfa-201718_new.csv", dtype=str)
    counts["n"] = counts["Number_of_Offences"].astype(int)
    counts["cat"] = counts["Policeuk_Cat"].str.lower()
    # The compound homicide count code shares one weight across its parts: give
    # it the weight of its first part.
    counts["code"] = counts["Offence_Code"].str.split("/").str[0].str.strip()
    merged = counts.merge(_source_weights(), on="code", how="inner")
    merged["nw"] = merged["n"] * merged["w"]
    sums = merged.groupby("cat")[["nw", "n"]].sum()
    expected = sums.loc[category.lower(), "nw"] / sums.loc[category.lower(), "n"]
    shipped = load_builtin_table("ons_css_policeuk_category").weights[category.lower()]
    assert shipped == pytest.approx(expected, rel=1e-12)


def test_a_category_column_gives_each_code_its_offence_category(tmp_path):
    """What drove a change can be told by offence category (socharm:harmchange DRIVERS)."""
    table = load_table_csv(write_csv(tmp_path, "code,weight,label,category\n34B,799.63,Robbery of personal "
                                               "property,Robbery\n"
                                                "28E,465.38,Burglary - residential,Burglary\n9A,6.81,Public fear,\n"))
    assert table.categories == {"34b": "Robbery", "28e": "Burglary"}  # an empty category is not a category
    assert load_table_csv(write_csv(tmp_path, "code,weight\n1,2\n", "plain.csv")).categories == {}


def test_the_built_in_tables_give_categories():
    table = load_builtin_table("ons_css_ho_code")
    assert table.categories["34b"] == "Robbery"
    assert table.categories["8n"] == "Violence and sexual offences"
