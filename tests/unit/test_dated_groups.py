"""dated_from_groups: the database's counts turned into the desktop path's rows."""
from __future__ import annotations

import numpy as np
import pytest

from soc_harm_plugin.domain.analyses.change import DatedRecords
from soc_harm_plugin.domain.analyses.collapse import collapse_dated
from soc_harm_plugin.domain.analyses.dated_groups import dated_from_groups
from soc_harm_plugin.domain.harm.grouped import OK, ValueGroup, plan_scope
from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code

TABLE = load_builtin_table("ons_css_ho_code")


def groups():
    return [
        ValueGroup("8N", "2020-04-01", True, OK, 3, first=5),
        ValueGroup("8N", "2020-04", True, OK, 1, first=1),  # month-only text
        ValueGroup(None, None, True, "no_geometry", 2, first=2),
        ValueGroup("28E", "bad", False, OK, 1, first=3),  # fails the filter
        ValueGroup("ZZ9", "2020-04-02", True, "invalid", 1, first=4),
    ]


def test_the_rows_are_the_desktops_records_collapsed():
    plan = plan_scope(groups(), TABLE, missing_policy="zero", dated=True)
    placed = {("8N", "2020-04-01"): [(1, 2)], ("8N", "2020-04"): [(0, 1)]}

    dated = dated_from_groups(groups(), placed, plan)

    w8n = TABLE.weights[normalise_code("8N")]
    nat = np.datetime64("NaT")
    day = np.array(["2020-04-01", nat, nat, nat, "2020-04-02", "2020-04-01", "2020-04-01", "2020-04-01"],
                   dtype="datetime64[D]")
    one_per_record = DatedRecords(
        area_index=np.array([0, -1, -1, -1, -1, 1, 1, -1]), weight=np.array([w8n, 0, 0, 0, 0, w8n, w8n, w8n]),
        day=day, status=np.array(["assigned", "no_geometry", "no_geometry", "filtered", "invalid", "assigned",
                                  "assigned", "outside"], dtype=object),
        unparseable=np.array([False, False, False, True, False, False, False, False]), month_only=True,
        unparseable_examples=["bad"])
    expected, expected_codes = collapse_dated(one_per_record, np.array(
        ["8N", None, None, None, None, "8N", "8N", "8N"], dtype=object))
    rec = dated.records
    assert rec.count.tolist() == expected.count.tolist() and int(rec.count.sum()) == 8
    for name in ("area_index", "weight", "day", "status", "unparseable"):
        assert getattr(rec, name).tolist() == getattr(expected, name).tolist(), name
    assert dated.table_codes.tolist() == expected_codes.tolist()
    assert rec.unparseable_examples == ["bad"]
    assert rec.month_only and dated.month_only_in_data == "mixed"


def test_only_month_only_dates_are_month_only_in_the_data():
    only = [ValueGroup("8N", "2020-0{0}".format(m), True, OK, 1, first=m) for m in (1, 2)]
    plan = plan_scope(only, TABLE, missing_policy="zero", dated=True)

    dated = dated_from_groups(only, {}, plan)

    assert dated.month_only_in_data == "data" and dated.records.status.tolist() == ["outside", "outside"]
    assert dated.records.count.tolist() == [1, 1]
    assert np.all(dated.records.area_index == -1)


def test_more_records_placed_than_located_is_an_error():
    plan = plan_scope(groups(), TABLE, missing_policy="zero", dated=True)

    with pytest.raises(ValueError, match="placed in areas, but only 3 were located"):
        dated_from_groups(groups(), {("8N", "2020-04-01"): [(0, 2), (1, 2)]}, plan)
