"""The one reader of links between records and nominals (domain/harm/links.py):
every link a (record, nominal) pair or a counted reason, worked by hand."""
from __future__ import annotations

import numpy as np

from soc_harm_plugin.domain.columns import Factorized
from soc_harm_plugin.domain.harm.links import id_key, link_pairs, linked_mask, split_ids
from soc_harm_plugin.domain.harm.scheme import Link
from soc_harm_plugin.domain.harm.scheme_scoring import SourceLayer


def table(name, **columns) -> SourceLayer:
    n = len(next(iter(columns.values())))
    return SourceLayer(name=name, fid=np.arange(1, n + 1, dtype=np.int64), x=np.zeros(n), y=np.zeros(n),
                       geometry_status=np.full(n, "ok", dtype=object),
                       columns={k: np.array(v, dtype=object) for k, v in columns.items()})


def via_table(**extra) -> Link:
    spec = dict(nominals="nominals", nominal_id="nominal_id", group_type_field="", group_types=(),
                record_id="offence_id",
                table="links", table_record_id="offence_id", table_nominal_id="nominal_id")
    spec.update(extra)
    return Link(**spec)


def pairs_of(result):
    return list(zip(result.record.tolist(), result.nominal.tolist()))


def test_ids_compare_as_text_and_blanks_are_no_id():
    assert [id_key(v) for v in (12, 12.0, " 12 ", "12")] == ["12"] * 4
    assert [id_key(v) for v in (None, "", "  ", float("nan"))] == [None] * 4
    assert split_ids("N1; N2;;N3 ", ";") == ["N1", "N2", "N3"]
    assert split_ids("N1;N2", "") == ["N1;N2"]


def test_a_link_table_gives_each_row_a_pair_or_a_reason():
    offences = table("offences", offence_id=["O1", "O2", "O3", 4.0])
    links = table("links", offence_id=["O1", "O1", "O2", "O9", None, "O3", "O1", "4"],
                  nominal_id=["N1", "N2", "N7", "N1", "N1", "N2", "N1", "N2"])
    got = link_pairs(offences, via_table(), {"offences": offences, "links": links}, known_nominals={"N1", "N2", "N3"})
    # O1-N1, O1-N2, O3-N2 and record 4 (id 4.0 read as "4")-N2; O2-N7: unknown nominal; O9: unknown record;
    # an empty offence id; O1-N1 again: a duplicate
    assert pairs_of(got) == [(0, "N1"), (0, "N2"), (2, "N2"), (3, "N2")]
    assert got.problems == {"link_to_unknown_nominal": 1, "link_to_unknown_record": 1, "link_row_with_empty_id": 1}
    assert got.duplicates == 1
    assert got.links_in == 8  # every row of the link table


def test_without_known_nominals_any_nominal_id_makes_a_pair():
    offences = table("offences", offence_id=["O1"])
    links = table("links", offence_id=["O1"], nominal_id=["N7"])
    got = link_pairs(offences, via_table(), {"offences": offences, "links": links})
    assert pairs_of(got) == [(0, "N7")] and got.problems == {}


def test_a_record_id_two_records_share_links_each_of_them():
    offences = table("offences", offence_id=["O1", "O2", "O1"])
    links = table("links", offence_id=["O1"], nominal_id=["N1"])
    got = link_pairs(offences, via_table(), {"offences": offences, "links": links})
    assert pairs_of(got) == [(0, "N1"), (2, "N1")]
    assert got.links_in == 2  # one row, reaching two records


def test_a_nominal_id_field_with_a_separator_gives_one_pair_per_id():
    offences = table("offences", suspects=["N1; N2", None, "N9;N1;N1", "", "N2"])
    link = Link(nominals="nominals", nominal_id="nominal_id", group_type_field="", group_types=(),
                nominal_id_field="suspects", separator=";")
    got = link_pairs(offences, link, {"offences": offences}, known_nominals={"N1", "N2"})
    assert pairs_of(got) == [(0, "N1"), (0, "N2"), (2, "N1"), (4, "N2")]
    assert got.problems == {"link_to_unknown_nominal": 1} and got.duplicates == 1
    assert got.links_in == 6  # the ids in the field: 2 + 3 + 1


def test_factorized_columns_are_read_like_plain_ones():
    offences = table("offences", offence_id=["O1", "O2"])
    offences.columns["offence_id"] = Factorized(np.array([0, 1]), ["O1", "O2"])
    links = table("links", offence_id=["O2", "O1"], nominal_id=["N1", "N1"])
    links.columns["nominal_id"] = Factorized(np.array([0, 0]), ["N1"])
    got = link_pairs(offences, via_table(), {"offences": offences, "links": links})
    assert pairs_of(got) == [(1, "N1"), (0, "N1")]


def test_linked_mask_keeps_records_linked_to_a_wanted_group_type_once():
    offences = table("offences", offence_id=["O1", "O2", "O3", "O4"])
    nominals = table("nominals", nominal_id=["N1", "N2", "N3"], group_type=["OCG", "PCG", "ocg "])
    links = table("links", offence_id=["O1", "O1", "O2", "O3", "O4"], nominal_id=["N1", "N3", "N2", "N3", "N8"])
    link = via_table(group_type_field="group_type", group_types=("OCG",))
    mask, problems = linked_mask(offences, link, {"offences": offences, "links": links, "nominals": nominals})
    assert mask.tolist() == [True, False, True, False]
    assert problems == {"link_to_unknown_nominal": 1}
