"""Specification of soc_harm_plugin.domain.policeuk (pure: no QGIS).

Every test writes its own small CSV files, byte for byte, in tmp_path.

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_policeuk.py -q
"""
from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from soc_harm_plugin.domain import policeuk
from soc_harm_plugin.domain.periods import dates
from soc_harm_plugin.domain.harm.harm_table import load_builtin_table

HEADER = ("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
          "LSOA code,LSOA name,Crime type,Last outcome category,Context")
FORCE = "City of London Police"


def row(crime_id="", month="2019-02", lon="-0.090000", lat="51.515000", location="On or near Wood Street",
        category="Burglary", lsoa="E01000001", lsoa_name="City of London 001A", outcome="Under investigation"):
    return ",".join([crime_id, month, FORCE, FORCE, lon, lat, location, lsoa, lsoa_name, category, outcome, ""])


def write(folder, name, lines, encoding="utf-8", newline="\n", raw=None):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw if raw is not None else newline.join(lines).encode(encoding) + newline.encode(encoding))
    return path


def read(path):
    return policeuk.read_crime_files(policeuk.find_crime_files(path))


def reasons(rows):
    return rows.reason.tolist()


# --------------------------------------------------------------------------- one good file


def test_a_street_file_gives_every_column_as_written_the_month_as_its_first_day_and_line_numbers(tmp_path):
    path = write(tmp_path, "2019-02-city-of-london-street.csv", [
        HEADER, row("aa1", lon="-0.091234", lat="51.512345"), row("", category="Anti-social behaviour")])

    rows = read(path)

    assert len(rows) == 2
    assert rows.cells["Crime ID"].tolist() == ["aa1", ""]
    assert rows.cells["Crime type"].tolist() == ["Burglary", "Anti-social behaviour"]
    assert rows.cells["LSOA name"].tolist() == ["City of London 001A"] * 2
    assert rows.longitude[0] == -0.091234 and rows.latitude[0] == 51.512345
    assert rows.month.tolist() == [np.datetime64("2019-02-01", "D").item()] * 2
    assert rows.line.tolist() == [2, 3]
    assert reasons(rows) == ["", ""]
    assert rows.files[0].name == "2019-02-city-of-london-street.csv"
    assert rows.files[0].encoding == "utf-8" and rows.files[0].status == policeuk.FILE_READ
    assert rows.month_range() == ("2019-02", "2019-02")


def test_text_gives_stripped_values_and_none_for_empty(tmp_path):
    path = write(tmp_path, "a-street.csv", [HEADER, row("  aa1 ", location=" On or near X "), row("")])

    rows = read(path)

    assert rows.text("Crime ID").tolist() == ["aa1", None]
    assert rows.text("Location").tolist() == ["On or near X", "On or near Wood Street"]


# --------------------------------------------------------------------------- encodings


def test_a_byte_order_mark_is_removed_and_the_file_reported_as_utf8_sig(tmp_path):
    path = write(tmp_path, "bom-street.csv", [], raw=b"\xef\xbb\xbf" + (HEADER + "\n" + row("b1") + "\n").encode(
        "utf-8"))

    rows = read(path)

    assert rows.files[0].encoding == "utf-8-sig"
    assert rows.cells["Crime ID"].tolist() == ["b1"]  # the first column is found despite the BOM
    assert reasons(rows) == [""]


def test_a_windows_1252_file_is_decoded_as_cp1252_and_reported(tmp_path):
    location = "On or near Caf\u00e9 \u2018Rouge\u2019"  # é and curly quotes: bytes E9, 91, 92 in cp1252
    path = write(tmp_path, "cp-street.csv", [HEADER, row("c1", location=location)], encoding="cp1252")

    rows = read(path)

    assert rows.files[0].encoding == "cp1252"
    assert rows.cells["Location"].tolist() == [location]


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path):
    raw = (HEADER + "\n").encode("ascii") + row("d1", location="On or near X").encode("ascii").replace(b"X",
            b"\x81") + b"\n"
    path = write(tmp_path, "l1-street.csv", [], raw=raw)

    rows = read(path)

    assert rows.files[0].encoding == "latin-1"
    assert rows.cells["Location"].tolist() == ["On or near \x81"]


def test_a_utf16_file_with_its_byte_order_mark_is_read(tmp_path):
    path = write(tmp_path, "u16-street.csv", [], raw=(HEADER + "\n" + row("e1") + "\n").encode("utf-16"))

    rows = read(path)

    assert rows.files[0].encoding == "utf-16"
    assert rows.cells["Crime ID"].tolist() == ["e1"]


# --------------------------------------------------------------------------- CSV shapes


def test_quoted_values_keep_their_commas(tmp_path):
    path = write(tmp_path, "q-street.csv", [
        HEADER,
        row("q1", location='"On or near Smith\'s Lane, Foo"'),
        row("q2", location='"On or near ""The Cut"", SE1"'),
        row("q3"),
    ], newline="\r\n")

    rows = read(path)

    assert rows.cells["Location"].tolist() == ["On or near Smith's Lane, Foo", 'On or near "The Cut", SE1',
                                               "On or near Wood Street"]
    assert rows.line.tolist() == [2, 3, 4]
    assert reasons(rows) == ["", "", ""]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_a_quote_that_does_not_close_on_its_line_rejects_that_line_alone(tmp_path, newline):
    path = write(tmp_path, "q-street.csv", [
        HEADER,
        row("q1"),
        row("q2", location='"On or near Smith\'s Lane, Foo'),  # the quote never closes
        row("q3"),
        row("q4", location='"On or near A, B"'),  # the next quote in the file
        row("q5"),
    ], newline=newline)

    rows = read(path)

    assert rows.cells["Crime ID"].tolist() == ["q1", "q2", "q3", "q4", "q5"]
    assert rows.line.tolist() == [2, 3, 4, 5, 6]
    assert reasons(rows) == ["", policeuk.UNCLOSED_QUOTE, "", "", ""]
    assert rows.detail[1] == "the quote that opens cell 7 (Location) is not closed on this line"
    assert rows.cells["Location"][3] == "On or near A, B"


def test_a_line_with_an_unclosed_quote_keeps_the_line_as_written_and_its_cells_before_the_quote(tmp_path):
    line = row("q2", location='"On or near Smith\'s Lane, Foo')
    path = write(tmp_path, "q-street.csv", [HEADER, line, row("q3")])

    rows = read(path)

    assert json.loads(rows.extra[0]) == {"line": line}
    assert [rows.cells[c][0] for c in ("Crime ID", "Month", "Longitude", "Latitude")] == [
        "q2", "2019-02", "-0.090000", "51.515000"]
    assert rows.located.tolist() == [True, True]  # shown on the map among the rejected rows


def test_a_value_with_a_line_break_inside_quotes_is_rejected_line_by_line(tmp_path):
    path = write(tmp_path, "q-street.csv", [HEADER, row("q1", location='"On or near Two\nLine Street"'), row("q2")],
                 newline="\r\n")

    rows = read(path)

    assert rows.line.tolist() == [2, 3, 4]
    assert reasons(rows) == [policeuk.UNCLOSED_QUOTE, policeuk.UNREADABLE_ROW, ""]
    assert rows.detail[1] == "12 cells expected, 6 found"
    assert rows.cells["Crime ID"].tolist() == ["q1", 'Line Street"', "q2"]


def test_rows_read_are_the_lines_of_a_file_less_its_header_and_blank_lines(tmp_path):
    lines = [HEADER] + [row("r{0}".format(i)) for i in range(1, 302)]
    lines[50] = row("r50", location='"On or near Smith\'s Lane, Foo')  # line 51: a stray quote
    lines[150] = row("r150", location='"On or near Smith\'s Lane, Foo"')  # line 151: the next quote
    lines[200] = ""
    path = write(tmp_path, "l-street.csv", lines)  # 302 lines

    rows = read(path)
    report = rows.count_by_file()[0]

    assert (report.lines, report.blank_lines, report.rows) == (302, 1, 300)
    assert report.rows == report.lines - 1 - report.blank_lines
    assert (report.imported, report.rejected) == (299, {policeuk.UNCLOSED_QUOTE: 1})
    assert rows.line[rows.reason == policeuk.UNCLOSED_QUOTE].tolist() == [51]
    assert report.as_dict()["lines"] == 302


def test_a_line_the_csv_module_cannot_split_is_rejected_alone(tmp_path):
    huge = '"{0}"'.format("x" * (csv.field_size_limit() + 1))  # csv.Error: field larger than field limit
    path = write(tmp_path, "h-street.csv", [HEADER, row("h1"), row("h2", location=huge), row("h3")])

    rows = read(path)

    assert rows.cells["Crime ID"].tolist() == ["h1", "", "h3"]
    assert reasons(rows) == ["", policeuk.UNREADABLE_ROW, ""]
    assert rows.detail[1].startswith("the line cannot be split into cells (")
    assert json.loads(rows.extra[1]) == {"line": row("h2", location=huge)}
    assert rows.line.tolist() == [2, 3, 4]


def test_blank_lines_and_lines_of_only_commas_are_counted_not_rows(tmp_path):
    path = write(tmp_path, "b-street.csv", ["", HEADER, row("x1"), "", ",,,,,,,,,,,", "   ", row("x2"), ""])

    rows = read(path)

    assert len(rows) == 2
    assert rows.files[0].rows == 2
    assert rows.files[0].blank_lines == 5
    assert rows.files[0].header_line == 2
    assert rows.line.tolist() == [3, 7]


def test_a_file_with_a_header_and_no_rows_is_reported_not_an_error(tmp_path):
    path = write(tmp_path, "h-street.csv", [HEADER])

    rows = read(path)

    assert len(rows) == 0
    assert rows.files[0].status == policeuk.FILE_NO_ROWS and rows.files[0].rows == 0
    assert rows.reconciliation() == {"rows_in": 0, "imported": 0, "rejected": {r: 0 for r in policeuk.REASONS},
                                     "rejected_total": 0}


@pytest.mark.parametrize("raw", [b"", b"\r\n\r\n  \n", b"\xef\xbb\xbf"], ids=["zero bytes", "blank lines",
                                                                              "only a BOM"])
def test_an_empty_file_is_reported_not_an_error(tmp_path, raw):
    path = write(tmp_path, "e-street.csv", [], raw=raw)

    rows = read(path)

    assert len(rows) == 0
    assert rows.files[0].status == policeuk.FILE_EMPTY


def test_a_semicolon_separated_file_is_read(tmp_path):
    line = row("s1", location="On or near A_ B").replace(",", ";").replace("_", ",")  # a comma inside a value
    path = write(tmp_path, "s-street.csv", [HEADER.replace(",", ";"), line])

    rows = read(path)

    assert rows.files[0].delimiter == ";"
    assert rows.cells["Crime ID"].tolist() == ["s1"]
    assert rows.cells["Location"].tolist() == ["On or near A, B"]


# --------------------------------------------------------------------------- headers


def test_a_header_without_required_columns_stops_with_an_error_naming_the_file_and_columns(tmp_path):
    write(tmp_path, "2019-01-x-street.csv", [HEADER, row("g1")])
    write(tmp_path, "2019-02-x-street.csv", ["Crime ID,Month,Lon,Lat,Crime type", "g2,2019-02,-0.1,51.5,Burglary"])

    with pytest.raises(policeuk.PoliceUkHeaderError) as caught:
        read(tmp_path)

    message = str(caught.value)
    assert message.startswith("2019-02-x-street.csv:")
    assert "'Longitude', 'Latitude'" in message
    assert "'Lon'" in message and "'Lat'" in message  # the columns found
    assert caught.value.missing == ["Longitude", "Latitude"]


def test_a_header_with_an_unclosed_quote_stops_with_an_error_that_says_so(tmp_path):
    path = write(tmp_path, "2019-02-x-street.csv", ['"' + HEADER, row("g1")])

    with pytest.raises(policeuk.PoliceUkHeaderError) as caught:
        read(path)

    assert str(caught.value).endswith(" In the header line the quote that opens cell 1 is not closed.")
    assert caught.value.missing == list(policeuk.REQUIRED_COLUMNS)


def test_an_outcomes_file_given_as_a_file_is_named_as_such(tmp_path):
    path = write(tmp_path, "2019-02-x-outcomes.csv", [
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type",
        "o1,2019-02,F,F,-0.1,51.5,On or near X,E01000001,City 001A,Under investigation"])

    with pytest.raises(policeuk.PoliceUkHeaderError, match="outcomes file") as caught:
        read(path)

    assert caught.value.missing == ["Crime type"]


def test_header_names_match_ignoring_case_spaces_underscores_and_order(tmp_path):
    header = "MONTH,crime_id,  Crime  Type ,longitude,LATITUDE,lsoa_code,reported BY"
    path = write(tmp_path, "c-street.csv", [header, "2019-03,h1,Robbery,-0.1,51.5,E01000002,F1"])

    rows = read(path)

    assert rows.cells["Crime ID"].tolist() == ["h1"]
    assert rows.cells["Crime type"].tolist() == ["Robbery"]
    assert rows.cells["LSOA code"].tolist() == ["E01000002"]
    assert rows.cells["Reported by"].tolist() == ["F1"]
    assert rows.cells["Location"].tolist() == [""]
    assert rows.files[0].missing_columns == ["Falls within", "Location", "LSOA name", "Last outcome category",
                                             "Context"]
    assert reasons(rows) == [""]


def test_unknown_columns_are_reported_and_their_values_kept_in_extra(tmp_path):
    path = write(tmp_path, "x-street.csv", [HEADER + ",Notes", row("n1") + ",checked", row("n2") + ","])

    rows = read(path)

    assert rows.files[0].extra_columns == ["Notes"]
    assert json.loads(rows.extra[0]) == {"Notes": "checked"}
    assert rows.extra[1] is None
    assert reasons(rows) == ["", ""]


# --------------------------------------------------------------------------- rows


def test_rows_with_no_longitude_and_no_latitude_are_no_coordinates(tmp_path):
    path = write(tmp_path, "n-street.csv", [HEADER, row("k1", lon="", lat="", location="No Location", lsoa="",
                                                        lsoa_name=""),
                                            row("k2"), row("", lon=" ", lat="")])

    rows = read(path)

    assert reasons(rows) == [policeuk.NO_COORDINATES, "", policeuk.NO_COORDINATES]
    assert rows.located.tolist() == [False, True, False]


def test_a_row_with_only_one_coordinate_is_unreadable(tmp_path):
    path = write(tmp_path, "o-street.csv", [HEADER, row("m1", lat=""), row("m2", lon="")])

    rows = read(path)

    assert reasons(rows) == [policeuk.UNREADABLE_ROW, policeuk.UNREADABLE_ROW]
    assert rows.detail.tolist() == ["Latitude is empty but Longitude is not", "Longitude is empty but Latitude is not"]


def test_a_coordinate_that_is_not_a_number_or_out_of_range_makes_the_row_unreadable(tmp_path):
    path = write(tmp_path, "c-street.csv", [HEADER, row("p1", lon="-0.1x"), row("p2", lat="91.5"), row("p3", lon="nan"),
                                            row("p4")])

    rows = read(path)

    assert reasons(rows) == [policeuk.UNREADABLE_ROW, policeuk.UNREADABLE_ROW, policeuk.UNREADABLE_ROW, ""]
    assert rows.detail.tolist()[:3] == ["Longitude '-0.1x' is not a number", "Latitude 91.5 is outside -90..90",
                                        "Longitude 'nan' is not a number"]
    assert rows.located.tolist() == [False, False, False, True]


def test_a_month_that_is_not_a_month_makes_the_row_unreadable(tmp_path):
    path = write(tmp_path, "m-street.csv", [HEADER, row("r1", month="Feb-19"), row("r2", month="2019-13"),
                                            row("r3", month=""), row("r4", month="2019-02")])

    rows = read(path)

    assert reasons(rows) == [policeuk.UNREADABLE_ROW] * 3 + [""]
    assert rows.detail.tolist()[:3] == ["Month 'Feb-19' is not a month (YYYY-MM)", "Month '2019-13' is not a month "
            "(YYYY-MM)",
                                        "Month is empty"]
    assert np.isnat(rows.month[:3]).all()


@pytest.mark.parametrize("text, expected", [
    ("2019-02", "2019-02-01"), (" 2019-2 ", "2019-02-01"), ("2019-02-17", "2019-02-01"), ("17/02/2019", "2019-02-01"),
    ("2019-02-30", None), ("2019/02", None), ("Feb 2019", None), ("", None), ("0219-02", None),
])
def test_parse_month_reads_year_month_and_the_month_of_a_full_date(text, expected):
    parsed = dates.parse_month(text)

    assert (str(parsed) if parsed is not None else None) == expected


def test_a_row_with_the_wrong_number_of_cells_is_unreadable_and_keeps_every_cell(tmp_path):
    long_row = row("w1", location="On or near A, B")  # an unquoted comma: 13 cells
    path = write(tmp_path, "w-street.csv", [HEADER, long_row, "w2,2019-02,F", row("w3")])

    rows = read(path)

    assert reasons(rows) == [policeuk.UNREADABLE_ROW, policeuk.UNREADABLE_ROW, ""]
    assert rows.detail.tolist()[:2] == ["12 cells expected, 13 found", "12 cells expected, 3 found"]
    assert json.loads(rows.extra[0])["cells"] == long_row.split(",")
    assert json.loads(rows.extra[1])["cells"] == ["w2", "2019-02", "F"]
    assert rows.cells["Crime ID"].tolist()[:2] == ["w1", "w2"]


def test_an_unreadable_row_is_unreadable_even_without_coordinates(tmp_path):
    path = write(tmp_path, "u-street.csv", [HEADER, row("v1", month="x", lon="", lat="")])

    assert reasons(read(path)) == [policeuk.UNREADABLE_ROW]


# --------------------------------------------------------------------------- duplicates and force area


def test_later_copies_of_a_crime_id_are_duplicates_in_a_file_and_across_files(tmp_path):
    write(tmp_path, "2019-01-x-street.csv", [HEADER, row("id1", month="2019-01"), row("id2", month="2019-01"),
                                             row("id1", month="2019-01", lon="-0.095")])
    write(tmp_path, "2019-02-x-street.csv", [HEADER, row("id2"), row("id3")])

    rows = read(tmp_path)
    marked = rows.mark_duplicates()

    assert marked == 2
    assert reasons(rows) == ["", "", policeuk.DUPLICATE_CRIME_ID, policeuk.DUPLICATE_CRIME_ID, ""]
    assert rows.source_file().tolist()[3] == "2019-02-x-street.csv"


def test_empty_crime_ids_as_on_anti_social_behaviour_are_never_duplicates(tmp_path):
    asb = row("", category="Anti-social behaviour")
    path = write(tmp_path, "asb-street.csv", [HEADER, asb, asb, asb, row("  "), row("  ")])

    rows = read(path)

    assert rows.mark_duplicates() == 0
    assert reasons(rows) == [""] * 5


def test_a_copy_without_coordinates_does_not_hide_a_later_copy_with_them(tmp_path):
    path = write(tmp_path, "d-street.csv", [HEADER, row("id1", lon="", lat=""), row("id1"), row("id1", lon="", lat=""),
                                            row("id1")])

    rows = read(path)
    rows.mark_duplicates()

    assert reasons(rows) == [policeuk.NO_COORDINATES, "", policeuk.NO_COORDINATES, policeuk.DUPLICATE_CRIME_ID]


def test_an_unreadable_copy_does_not_make_a_later_readable_copy_a_duplicate(tmp_path):
    path = write(tmp_path, "d-street.csv", [HEADER, row("id1", month="bad"), row("id1")])

    rows = read(path)
    rows.mark_duplicates()

    assert reasons(rows) == [policeuk.UNREADABLE_ROW, ""]


def test_rows_outside_the_force_area_are_rejected_before_duplicates_are_counted(tmp_path):
    path = write(tmp_path, "f-street.csv", [HEADER, row("id1", lon="-1.5"), row("id1"), row("id2", lon="-1.5"),
                                            row("", lon="", lat="")])
    rows = read(path)
    inside = np.array([False, True, False, False])

    assert rows.reject_outside(inside) == 2
    rows.mark_duplicates()

    # id1's first copy lies outside: its second copy, inside, is the one imported
    assert reasons(rows) == [policeuk.OUTSIDE_FORCE_AREA, "", policeuk.OUTSIDE_FORCE_AREA, policeuk.NO_COORDINATES]


def test_reject_outside_wants_one_value_per_row(tmp_path):
    rows = read(write(tmp_path, "f-street.csv", [HEADER, row("id1")]))

    with pytest.raises(ValueError):
        rows.reject_outside(np.array([True, False]))


# --------------------------------------------------------------------------- counts


def test_rows_in_equal_imported_plus_rejected_for_each_file_and_in_total(tmp_path):
    write(tmp_path, "2019-01-x-street.csv", [HEADER, row("a", month="2019-01"), row("b", month="2019-01", lon="",
            lat=""),
                                             row("a", month="2019-01"), row("", month="2019-01"), row("c", month="x"),
                                             ""])
    write(tmp_path, "2019-02-x-street.csv", [HEADER, row("d"), row("a"), row("e", lon="0.9")])
    write(tmp_path, "2019-03-x-street.csv", [HEADER])
    rows = read(tmp_path)
    rows.reject_outside(rows.longitude < 0.5)
    rows.mark_duplicates()

    reports = {r.name: r for r in rows.count_by_file()}
    rec = rows.reconciliation()

    jan, feb, mar = (reports["2019-0{0}-x-street.csv".format(m)] for m in (1, 2, 3))
    assert (jan.rows, jan.imported, jan.rejected) == (5, 2, {policeuk.NO_COORDINATES: 1, policeuk.DUPLICATE_CRIME_ID: 1,
                                                             policeuk.UNREADABLE_ROW: 1})
    assert (feb.rows, feb.imported, feb.rejected) == (3, 1, {policeuk.DUPLICATE_CRIME_ID: 1,
                                                             policeuk.OUTSIDE_FORCE_AREA: 1})
    assert (mar.rows, mar.imported, mar.rejected, mar.status) == (0, 0, {}, policeuk.FILE_NO_ROWS)
    assert rec == {"rows_in": 8, "imported": 3,
                   "rejected": {policeuk.NO_COORDINATES: 1, policeuk.OUTSIDE_FORCE_AREA: 1,
                                policeuk.DUPLICATE_CRIME_ID: 2, policeuk.UNREADABLE_ROW: 1,
                                policeuk.UNCLOSED_QUOTE: 0},
                   "rejected_total": 5}
    for report in reports.values():
        assert report.rows == report.imported + sum(report.rejected.values())
    assert jan.as_dict()["rejected"] == {policeuk.NO_COORDINATES: 1, policeuk.OUTSIDE_FORCE_AREA: 0,
                                         policeuk.DUPLICATE_CRIME_ID: 1, policeuk.UNREADABLE_ROW: 1,
                                         policeuk.UNCLOSED_QUOTE: 0}


def test_categories_the_police_uk_harm_table_does_not_know_are_counted(tmp_path):
    path = write(tmp_path, "k-street.csv", [
        HEADER, row("a", category="Burglary"), row("b", category="violence AND sexual offences"),
        row("c", category="Fraud"), row("d", category="Fraud"), row("e", category=""),
        row("f", category="Cyber", lon="", lat="")])  # not imported: not counted
    rows = read(path)

    unmatched = rows.unmatched_categories(load_builtin_table("ons_css_policeuk_category"))

    assert unmatched == {"Fraud": 2, "": 1}


# --------------------------------------------------------------------------- folders


def test_a_folder_in_the_bulk_archive_layout_imports_street_files_in_path_order_and_counts_the_rest(tmp_path):
    for month in ("2019-02", "2019-01"):
        write(tmp_path / month, "{0}-city-of-london-street.csv".format(month), [HEADER, row(month, month=month)])
        write(tmp_path / month, "{0}-city-of-london-outcomes.csv".format(month), ["Crime ID,Month,Outcome type"])
    write(tmp_path / "2019-01", "2019-01-city-of-london-stop-and-search.csv", ["Type,Date"])
    write(tmp_path, "notes.csv", ["a,b"])
    write(tmp_path, "README.txt", ["not a CSV"])
    write(tmp_path / "__MACOSX" / "2019-01", "._2019-01-city-of-london-street.csv", [], raw=b"\x00\x05\x16\x07")

    selection = policeuk.find_crime_files(tmp_path)
    rows = policeuk.read_crime_files(selection)

    assert [selection.display_name(p) for p in selection.files] == [
        "2019-01/2019-01-city-of-london-street.csv", "2019-02/2019-02-city-of-london-street.csv"]
    assert selection.skipped == {
        policeuk.SKIP_OUTCOMES: ["2019-01/2019-01-city-of-london-outcomes.csv",
                                 "2019-02/2019-02-city-of-london-outcomes.csv"],
        policeuk.SKIP_STOP_AND_SEARCH: ["2019-01/2019-01-city-of-london-stop-and-search.csv"],
        policeuk.SKIP_OTHER_CSV: ["notes.csv"],
        policeuk.SKIP_HIDDEN: ["__MACOSX/2019-01/._2019-01-city-of-london-street.csv"],
    }
    assert selection.skipped_counts == {policeuk.SKIP_OUTCOMES: 2, policeuk.SKIP_STOP_AND_SEARCH: 1,
                                        policeuk.SKIP_OTHER_CSV: 1, policeuk.SKIP_HIDDEN: 1}
    assert rows.cells["Crime ID"].tolist() == ["2019-01", "2019-02"]
    assert [f.name for f in rows.files] == ["2019-01/2019-01-city-of-london-street.csv",
                                            "2019-02/2019-02-city-of-london-street.csv"]


def test_a_single_file_is_read_whatever_its_name(tmp_path):
    path = write(tmp_path, "my crimes.CSV", [HEADER, row("z1")])

    selection = policeuk.find_crime_files(path)

    assert selection.files == [path] and selection.skipped == {}
    assert selection.display_name(path) == "my crimes.CSV"


def test_a_path_that_does_not_exist_is_an_error_naming_it(tmp_path):
    with pytest.raises(policeuk.PoliceUkError, match="no-such-folder"):
        policeuk.find_crime_files(tmp_path / "no-such-folder")


def test_progress_can_stop_the_read_between_files(tmp_path):
    for month in ("2019-01", "2019-02", "2019-03"):
        write(tmp_path, "{0}-x-street.csv".format(month), [HEADER, row(month, month=month)])
    seen = []

    def progress(done, total, name):
        seen.append((done, total, name))
        return done < 2

    rows = policeuk.read_crime_files(policeuk.find_crime_files(tmp_path), progress)

    assert seen == [(0, 3, "2019-01-x-street.csv"), (1, 3, "2019-02-x-street.csv"), (2, 3, "2019-03-x-street.csv")]
    assert rows.cells["Crime ID"].tolist() == ["2019-01", "2019-02"]


# --------------------------------------------------------------------------- the real City of London files


def test_the_real_city_of_london_files_are_read_row_for_row(shared_data):
    import csv

    folder = shared_data / "policeuk" / "city-of-london" / "crimes"
    expected = {}
    for path in sorted(folder.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as handle:
            expected[path.name] = sum(1 for record in list(csv.reader(handle))[1:] if any(c.strip() for c in record))

    rows = read(folder)
    rows.mark_duplicates()
    reports = rows.count_by_file()

    assert len(reports) == 59 and len(rows) == 37802
    assert {r.name: r.rows for r in reports} == expected
    assert {r.encoding for r in reports} == {"utf-8"}
    for report in reports:
        assert report.rows == report.imported + sum(report.rejected.values())
    assert int((rows.reason == policeuk.UNREADABLE_ROW).sum()) == 0
    assert int((rows.reason == policeuk.NO_COORDINATES).sum()) == int(sum(1 for v in rows.cells[
        "Longitude"] if not v.strip()))
    assert rows.month_range() == ("2017-01", "2021-12")


def test_every_line_of_the_real_city_of_london_files_is_one_row(shared_data):
    folder = shared_data / "policeuk" / "city-of-london" / "crimes"
    paths = sorted(folder.glob("*.csv"))
    lines = {path.name: len(path.read_bytes().splitlines()) for path in paths}  # bytes split at CR LF, LF, CR only

    rows = read(folder)
    reports = rows.count_by_file()

    assert {r.name: r.lines for r in reports} == lines
    assert all(r.rows == r.lines - 1 and r.blank_lines == 0 for r in reports)
    assert sum(lines.values()) == 37802 + 59
    assert not [path.name for path in paths if b'"' in path.read_bytes()]  # data.police.uk writes no quotes at all
    assert int((rows.reason == policeuk.UNCLOSED_QUOTE).sum()) == 0
