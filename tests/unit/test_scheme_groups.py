"""Rows with counts from a database (scheme_groups.grouped_layer) score as the records they stand for.

The database path of socharm:scorescheme sends back, per measure layer, the
records grouped by the values the scheme reads and each measure's filter and
link result (with counts by geometry state) and the located ones per area.
Here those rows are made from records in Python, as the SQL groups them, and
the scheme's scorer must give every output, report and warning that it gives
for the records themselves."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from soc_harm_plugin.domain.geometry.geometry_index import PolygonIndex
from soc_harm_plugin.domain.harm.links import id_key
from soc_harm_plugin.domain.harm.scheme import load_scheme
from soc_harm_plugin.domain.harm.scheme_groups import date_classes, grouped_layer, placed_by_class
from soc_harm_plugin.domain.harm.scheme_scoring import MeasureWeightError, SchemeScorer
from soc_harm_plugin.domain.periods.calendar import Period
from tests.unit.test_links_in_batches import LINKS, NOMINALS
from tests.unit.test_scheme import layer, table_measure, two_areas, write_scheme

W, E, EDGE, OUT = (5, 5), (15, 5), (10, 5), (50, 50)
VALUES = ["code", "when", "pounds", "threat"]  # the columns the scheme below reads from "offences"


def scheme_of(tmp_path, **crime):
    return load_scheme(write_scheme(tmp_path, [
        table_measure("crime", date_field="when", **crime),
        table_measure("supply", filter='"code" = \'D\''),
        {"key": "losses", "label": "Losses", "layer": "offences", "method": "field", "weight_field": "pounds",
         "threat_field": "threat", "threat_reference": 50, "dimension": "money"},
        table_measure("ocg", link={"table": "links", "record_id": "offence_id", "table_record_id": "offence_id",
                                   "table_nominal_id": "nominal_id", "nominals": "nominals",
                                   "nominal_id": "nominal_id", "group_type_field": "group_type",
                                   "group_types": ["OCG"]}),
    ]))


def offences():
    points = [W, W, E, EDGE, OUT, None, W, E, EDGE, E, E, W]
    return layer(
        "offences", points,
        code=["A", "B", "A", "D", "A", None, "Z", "D", "Y", "A", "B", "A"],
        when=["2024-01-05", "2024-02-01", "not a date", "2024-01-20", "2023-12-31", "2024-01-09", "2024-01",
              None, dt.date(2024, 1, 2), "2024-01-05", "2024-03-01", "2024-01-20"],
        pounds=[7.5, None, -3, 2, 1, 4, 2, 2, 0, 7.5, 5, 7.5],
        threat=[100, None, 50, 25, None, 50, 75, None, 50, 100, 10, 100],
        offence_id=["O1", "O2", "O3", 4.0, "O5", None, "O1", "X1", "X2", "X3", "X4", "X5"])


def database_rows(scorer, src, filters, by_class=None):
    """(values rows, placed rows, flags) as scheme_sql.group_values and group_areas give them; ``by_class``:
    placed by the date class of "when" (a function of a group), as group_areas does with date classes."""
    flags = ["f:supply", "l:ocg"]
    link = scorer.link("ocg")
    linked = set(link.linked_ids())
    link.held({id_key(v) for v in src.column("offence_id")} & set(link.table_record_ids()))
    flag_values = np.column_stack([filters["supply"], [id_key(v) in linked for v in src.column("offence_id")]])
    areas = scorer.areas
    ok = src.geometry_status == "ok"
    assignment = PolygonIndex(areas.geometries, areas.ids, 100).assign(np.where(ok, src.x, np.nan),
                                                                       np.where(ok, src.y, np.nan))
    values, placed = {}, {}
    for i in range(len(src)):
        group = tuple(src.column(c)[i] for c in VALUES) + tuple(bool(f) for f in flag_values[i])
        row = values.setdefault(group, [0, 0, 0, 0, None, None, None, [], []])
        state = 0 if src.geometry_status[i] == "no_geometry" else (1 if ok[i] else 2)
        if state < 2:
            row[state] += 1
        row[2] += 1
        first = 4 + state
        row[first] = src.fid[i] if row[first] is None else min(row[first], src.fid[i])
        if ok[i]:
            row[7].append(src.x[i])
            row[8].append(src.y[i])
            if assignment.index[i] >= 0:
                key = (areas.ids[assignment.index[i]],) + (by_class(group) if by_class else group)
                placed[key] = placed.get(key, 0) + 1
    value_rows = [group + (r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                           min(r[7], default=None), min(r[8], default=None), max(r[7], default=None),
                           max(r[8], default=None)) for group, r in values.items()]
    shared = [assignment.multi] + [0] * (len(placed) - 1)
    placed_rows = [key + (n, s) for (key, n), s in zip(placed.items(), shared)]
    return value_rows[::-1], placed_rows[::-1], flags  # a database's order is its own


def by_date_class(src, period):
    """A group with its date ("when", the second value) as its class under the period."""
    values = list(dict.fromkeys(v for v in src.column("when") if v is not None))
    return placed_by_class(VALUES, {"when": (values, date_classes(values, period), date_classes([None], period)[0])})


def both(tmp_path, period=None, classes=False, **crime):
    scheme = scheme_of(tmp_path, **crime)
    src = offences()
    filters = {"supply": np.array([c == "D" for c in src.column("code")])}
    linked = {"links": LINKS, "nominals": NOMINALS}
    read = SchemeScorer(scheme, two_areas(), linked, period=period)
    read.add("offences", src, filters)

    counted = SchemeScorer(scheme, two_areas(), linked, period=period)
    key = by_date_class(src, period) if classes else None
    value_rows, placed_rows, flags = database_rows(counted, src, filters, key)
    rows, flag_values, multi = grouped_layer("offences", VALUES, flags, value_rows, placed_rows,
                                             {"west": 0, "east": 1}, placed_key=key)
    rows.selected = {"supply": flag_values["f:supply"]}
    rows.linked = {"ocg": flag_values["l:ocg"]}
    counted.add("offences", rows)
    assert len(rows) <= len(src) and int(rows.count.sum()) == len(src) and multi == 0
    return read, counted


JANUARY = Period(dt.date(2024, 1, 1), dt.date(2024, 1, 31))


@pytest.mark.parametrize("period, classes", [(None, False), (JANUARY, False), (None, True), (JANUARY, True)])
def test_rows_with_counts_score_as_the_records_they_stand_for(tmp_path, period, classes):
    read, counted = both(tmp_path, period, classes, missing_weight="default", default_weight=1)
    a, b = read.finish(), counted.finish()

    assert set(a.score_columns) == set(b.score_columns)
    for name, values in a.score_columns.items():
        assert b.score_columns[name] == pytest.approx(values, rel=1e-12), name
    assert {k: v.as_dict() for k, v in a.measures.items()} == {k: v.as_dict() for k, v in b.measures.items()}
    assert a.layers == b.layers and a.shared_boundary_points == b.shared_boundary_points == 2
    assert a.month_only == b.month_only and a.unparseable_dates == b.unparseable_dates
    assert read.statuses_per_record() == counted.statuses_per_record()
    assert read.date_range() == counted.date_range()
    # worked by hand. The edge points (the D of "4" and X2) count in east, whose id sorts first.
    # X3 (5 January, east) and X5 (20 January, west) differ in their date alone: placed by class, one row
    assert b.score_columns["losses_n"].tolist() == [3, 5]  # NULL and -3 pounds are invalid; OUT is outside
    assert b.measures["losses"].null_weights == 2 and b.measures["losses"].no_threat_score == 1  # X1 in the east
    assert b.score_columns["supply_n"].tolist() == [0, 2]  # the D on the edge and the D in the east
    assert b.score_columns["ocg_n"].tolist() == [2, 1]  # O1 twice in the west (linked to N1, OCG), "4" (N3)
    assert b.measures["ocg"].by_status["outside"] == 1  # O5 (N3)
    assert b.measures["ocg"].unlinked == {"link_to_unknown_nominal": 1, "link_to_unknown_record": 1,
                                          "link_row_with_empty_id": 1}  # O2-N7, O9, a row with no offence id
    assert list(b.measures["crime"].missing_codes.items()) == [("", 1), ("Z", 1), ("Y", 1)]


def test_codes_with_no_weight_are_refused_alike_and_listed_in_the_order_of_their_first_record(tmp_path):
    read, counted = both(tmp_path, missing_weight="fail")
    with pytest.raises(MeasureWeightError) as first:
        read.finish()
    with pytest.raises(MeasureWeightError) as second:
        counted.finish()
    assert first.value.measure == second.value.measure == "crime"
    assert list(first.value.missing.items()) == list(second.value.missing.items()) == [("", 1), ("Z", 1), ("Y", 1)]


def test_more_records_placed_than_located_is_an_error():
    values = [("A", False, 0, 1, 1, 0, None, 1, None, 0.0, 0.0, 0.0, 0.0)]
    placed = [("west", "A", False, 2, 0)]
    with pytest.raises(ValueError, match="1 records placed in areas more than were located"):
        grouped_layer("offences", ["code"], ["f"], values, placed, {"west": 0})


def test_dates_fall_in_the_class_the_scorer_gives_them():
    values = ["2024-01-05", "2024-02-01", "not a date", "2024-01", None, dt.date(2023, 12, 31)]
    assert date_classes(values, JANUARY) == [0, 1, 2, 0, 1, 1]  # in, out, unreadable, the month, no date, out
    assert date_classes(values, None) == [0] * 6  # no period: every date alike
