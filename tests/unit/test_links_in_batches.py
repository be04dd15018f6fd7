"""Links read batch by batch (LinkedInBatches): the records of each batch
linked to a nominal of the group types, and the links that lead nowhere,
are what one call on the whole layer (linked_mask) gives, worked by hand."""
from __future__ import annotations

import numpy as np

from soc_harm_plugin.domain.harm.links import LinkedInBatches, linked_mask
from soc_harm_plugin.domain.harm.scheme import Link
from soc_harm_plugin.domain.harm.scheme_scoring import SourceLayer


def table(name, **columns) -> SourceLayer:
    n = len(next(iter(columns.values())))
    return SourceLayer(name=name, fid=np.arange(1, n + 1, dtype=np.int64), x=np.zeros(n), y=np.zeros(n),
                       geometry_status=np.full(n, "ok", dtype=object),
                       columns={k: np.array(v, dtype=object) for k, v in columns.items()})


def cut(layer: SourceLayer, size: int):
    for start in range(0, len(layer), size):
        part = slice(start, start + size)
        yield SourceLayer(name=layer.name, fid=layer.fid[part], x=layer.x[part], y=layer.y[part],
                          geometry_status=layer.geometry_status[part],
                          columns={k: v[part] for k, v in layer.columns.items()})


OFFENCES = table("offences", offence_id=["O1", "O2", "O3", 4.0, "O5", None, "O1"])
LINKS = table("links", offence_id=["O1", "O2", "O9", None, "O3", "4", "O5", "O5"],
              nominal_id=["N1", "N7", "N1", "N1", "N2", "N3", "N2", "N3"])
NOMINALS = table("nominals", nominal_id=["N1", "N2", "N3"], group_type=["OCG", "UCG", "ocg "])
LAYERS = {"offences": OFFENCES, "links": LINKS, "nominals": NOMINALS}
OCG = Link(nominals="nominals", nominal_id="nominal_id", group_type_field="group_type", group_types=("OCG",),
           record_id="offence_id", table="links", table_record_id="offence_id", table_nominal_id="nominal_id")


def test_links_through_a_table_in_batches_of_two_are_what_the_whole_layer_gives():
    batches = LinkedInBatches(OCG, LAYERS)
    mask = np.concatenate([batches.mask(part) for part in cut(OFFENCES, 2)])
    whole, problems = linked_mask(OFFENCES, OCG, LAYERS)

    # OCG nominals: N1 and N3. O1 (rows 0 and 6) links N1; 4.0 is "4", linked to N3; O5 links N3 (and N2, UCG)
    assert mask.tolist() == [True, False, False, True, True, False, True] == whole.tolist()
    # O2-N7: unknown nominal; O9: no such offence in any batch; a row with no offence id
    assert batches.problems() == problems == {"link_to_unknown_nominal": 1, "link_to_unknown_record": 1,
                                              "link_row_with_empty_id": 1}


def test_a_record_id_first_seen_in_a_later_batch_is_not_an_unknown_record():
    batches = LinkedInBatches(OCG, LAYERS)
    parts = list(cut(OFFENCES, 3))
    assert batches.mask(parts[0]).tolist() == [True, False, False]
    assert batches.problems()["link_to_unknown_record"] == 4  # so far: O9, 4, O5 twice
    for part in parts[1:]:
        batches.mask(part)
    assert batches.problems()["link_to_unknown_record"] == 1  # only O9, once every batch is read


def test_nominal_ids_on_the_record_in_batches_are_what_the_whole_layer_gives():
    records = table("offences", nominals=["N1;N2", "N9", None, "N3", "N2;N8"])
    link = Link(nominals="nominals", nominal_id="nominal_id", group_type_field="group_type", group_types=("OCG",),
                nominal_id_field="nominals", separator=";")
    layers = {"offences": records, "nominals": NOMINALS}
    batches = LinkedInBatches(link, layers)
    mask = np.concatenate([batches.mask(part) for part in cut(records, 2)])
    whole, problems = linked_mask(records, link, layers)

    assert mask.tolist() == [True, False, False, True, False] == whole.tolist()
    assert batches.problems() == problems == {"link_to_unknown_nominal": 2}  # N9 and N8


def test_nominal_ids_on_rows_that_stand_for_several_records_are_what_the_records_give():
    values = ["N1;N2", "N9", None, "N3", "N2;N8"]
    counts = np.array([3, 2, 1, 1, 4])
    records = table("offences", nominals=list(np.repeat(np.array(values, dtype=object), counts)))
    link = Link(nominals="nominals", nominal_id="nominal_id", group_type_field="group_type", group_types=("OCG",),
                nominal_id_field="nominals", separator=";")
    layers = {"offences": records, "nominals": NOMINALS}
    whole, problems = linked_mask(records, link, layers)
    grouped = LinkedInBatches(link, layers)

    mask = grouped.mask_of_values(values, counts)

    assert mask.tolist() == [True, False, False, True, False]
    assert np.repeat(mask, counts).tolist() == whole.tolist()
    assert grouped.problems() == problems == {"link_to_unknown_nominal": 6}  # N9 twice, N8 four times
