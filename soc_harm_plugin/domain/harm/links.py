"""Records tied to nominals: one reader of the links a harm scheme declares.

A record is tied to nominals through a link table (record id <-> nominal id,
one row per link) or a field on the record holding the nominal id(s), several
in one field with a separator (see :class:`~.scheme.Link`). Ids compare as
text: 12, 12.0 and '12' are one id, blanks are no id.

:func:`link_pairs` reads every link once and gives each one a fate: a
(record, nominal) pair, or the reason it leads nowhere. ``socharm:scorescheme``
asks which records are linked to a group type (:func:`linked_mask`);
``socharm:referralimpact`` asks which records each nominal is linked to.
Both read through :func:`link_pairs`, so a link counts the same in both.

Pure module (numpy); no QGIS import.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Protocol, Sequence, Tuple

import numpy as np

from ..codes import LINK_ROW_WITH_EMPTY_ID, LINK_TO_UNKNOWN_NOMINAL, LINK_TO_UNKNOWN_RECORD
from ..columns import Factorized

from .scheme import Link


class LinkedLayer(Protocol):
    """What the links read of a layer (scheme_scoring.SourceLayer is one): its name,
    its columns by field (arrays or Factorized), one field as objects, its length."""

    name: str
    columns: Dict[str, object]

    def column(self, name: str) -> np.ndarray: ...

    def __len__(self) -> int: ...

@dataclass
class LinkPairs:
    """Every link, read once.

    ``record`` (index into the records layer) and ``nominal`` (the nominal's
    id key) are the distinct (record, nominal) pairs, in the order first read.
    A link that leads nowhere is counted in ``problems`` (reason -> count);
    a link repeating a pair already read is counted in ``duplicates``. So
    ``len(pairs) + duplicates + sum(problems)`` is every link read
    (``links_in``): a link table row, or an id in a record's field; a table
    row whose record id several records share reaches each of them.
    """

    record: np.ndarray  # int64
    nominal: np.ndarray  # object: id keys
    problems: Dict[str, int] = field(default_factory=dict)
    duplicates: int = 0

    def __len__(self) -> int:
        return len(self.record)

    @property
    def links_in(self) -> int:
        return len(self.record) + self.duplicates + sum(self.problems.values())


def id_key(value) -> Optional[str]:
    """Ids compared as text: 12, 12.0 and '12' are one id; blanks are no id."""
    if isinstance(value, str):
        return value.strip() or None
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def split_ids(value, separator: str) -> List[str]:
    """The id keys one field value holds (several with a separator, e.g. ``N1;N2``)."""
    key = id_key(value)
    if key is None:
        return []
    if not separator:
        return [key]
    return [p for p in (id_key(part) for part in key.split(separator)) if p]


def link_pairs(records: LinkedLayer, link: Link, layers: Dict[str, LinkedLayer],
               cache: Optional[dict] = None, known_nominals: Optional[set] = None) -> LinkPairs:
    """Every link of ``records`` as a (record, nominal) pair or a counted problem.

    ``known_nominals``: the id keys of the nominals that exist; a link to any
    other id is ``link_to_unknown_nominal`` (None: not checked). ``cache``
    keeps id keys between calls on the same layers.
    """
    cache = {} if cache is None else cache
    problems: Dict[str, int] = {}
    rec_parts: List[np.ndarray] = []
    nom_parts: List[np.ndarray] = []

    def count(reason: str, n: int = 1) -> None:
        if n:
            problems[reason] = problems.get(reason, 0) + n

    if link.via_table:
        table = layers[link.table]
        own = _record_lookup(records, link.record_id, cache)
        for r, n in zip(_id_keys(table, link.table_record_id, cache).per_record(),
                        _id_keys(table, link.table_nominal_id, cache).per_record()):
            if r is None or n is None:
                count(LINK_ROW_WITH_EMPTY_ID)
                continue
            rows = own.get(r)
            if rows is None:
                count(LINK_TO_UNKNOWN_RECORD)
            elif known_nominals is not None and n not in known_nominals:
                count(LINK_TO_UNKNOWN_NOMINAL)
            else:
                rec_parts.append(rows)
                nom_parts.append(np.full(len(rows), n, dtype=object))
    else:
        values = records.column(link.nominal_id_field)
        for i, value in enumerate(values):
            ids = split_ids(value, link.separator)
            if not ids:
                continue
            if known_nominals is not None:
                good = [k for k in ids if k in known_nominals]
                count(LINK_TO_UNKNOWN_NOMINAL, len(ids) - len(good))
                ids = good
            if ids:
                rec_parts.append(np.full(len(ids), i, dtype=np.int64))
                nom_parts.append(np.array(ids, dtype=object))
    record = np.concatenate(rec_parts).astype(np.int64) if rec_parts else np.zeros(0, dtype=np.int64)
    nominal = np.concatenate(nom_parts) if nom_parts else np.zeros(0, dtype=object)
    record, nominal, duplicates = _distinct_pairs(record, nominal)
    return LinkPairs(record=record, nominal=nominal, problems=problems, duplicates=duplicates)


def linked_mask(records: LinkedLayer, link: Link, layers: Dict[str, LinkedLayer],
                cache: Optional[dict] = None) -> Tuple[np.ndarray, Dict[str, int]]:
    """Which records are linked to at least one nominal of the link's group
    types (each record once, however many nominals), and counts of links that
    lead nowhere (reason -> count). Nominal ids are checked against the
    nominals layer only when the link names group types."""
    wanted, known = _nominals_of_types(link, layers)
    pairs = link_pairs(records, link, layers, cache, known_nominals=known)
    mask = np.zeros(len(records), dtype=bool)
    chosen = pairs.record if wanted is None else pairs.record[
        np.fromiter((n in wanted for n in pairs.nominal), dtype=bool, count=len(pairs))]
    mask[chosen] = True
    return mask, pairs.problems


def _nominals_of_types(link: Link, layers: Dict[str, LinkedLayer]) -> Tuple[Optional[set], Optional[set]]:
    """(ids of the nominals of the link's group types, ids of every nominal), as id keys;
    (None, None) when the link names no group types (every nominal counts)."""
    if not link.group_types:
        return None, None
    nominals = layers[link.nominals]
    ids = nominals.column(link.nominal_id)
    kinds = nominals.column(link.group_type_field)
    types = {str(t).strip().upper() for t in link.group_types}
    wanted = {id_key(i) for i, k in zip(ids, kinds) if k is not None and str(k).strip().upper() in types}
    return wanted, {id_key(i) for i in ids}


def _distinct_pairs(record: np.ndarray, nominal: np.ndarray) -> Tuple[np.ndarray, np.ndarray, int]:
    """The pairs without repeats, in the order first read, and how many repeats."""
    if not len(record):
        return record, nominal, 0
    codes = Factorized.of(nominal).index  # nominal keys as small integers
    combined = record.astype(np.int64) * (int(codes.max()) + 1) + codes
    _, first = np.unique(combined, return_index=True)
    first = np.sort(first)
    return record[first], nominal[first], len(record) - len(first)


@dataclass
class _IdKeys:
    """A column's distinct values as id keys (see id_key), and which one each record holds."""

    index: np.ndarray  # per record: into values_keys; -1 none
    values_keys: List[Optional[str]]

    def per_record(self) -> List[Optional[str]]:
        keys = np.array(self.values_keys + [None], dtype=object)
        return keys[np.where(self.index >= 0, self.index, len(self.values_keys))].tolist()


def _id_keys(layer: LinkedLayer, field_name: str, cache: dict) -> _IdKeys:
    key = ("ids", layer.name, field_name)
    if key not in cache:
        column = layer.columns[field_name]
        column = column if isinstance(column, Factorized) else Factorized.of(np.asarray(column, dtype=object))
        cache[key] = _IdKeys(np.asarray(column.index), [id_key(v) for v in column.values])
    return cache[key]


def _record_lookup(records: LinkedLayer, field_name: str, cache: dict) -> Dict[str, np.ndarray]:
    """id key -> the records holding it (usually one)."""
    key = ("rows", records.name, field_name)
    if key not in cache:
        ids = _id_keys(records, field_name, cache)
        value_keys = np.array(ids.values_keys + [None], dtype=object)
        per_record = value_keys[np.where(ids.index >= 0, ids.index, len(ids.values_keys))]
        present = np.flatnonzero(per_record != None)  # noqa: E711 - elementwise on an object array
        codes = Factorized.of(per_record[present])
        order = np.argsort(codes.index, kind="stable")
        bounds = np.searchsorted(codes.index[order], np.arange(len(codes.values) + 1))
        cache[key] = {k: present[order[bounds[c]:bounds[c + 1]]] for c, k in enumerate(codes.values)}
    return cache[key]


class LinkedInBatches:
    """:func:`linked_mask` for a records layer read batch by batch: which
    records of each batch are linked to a nominal of the link's group types,
    and, once every batch is read, the links that lead nowhere, counted as
    one call on the whole layer counts them. Memory grows with the link
    table and the nominals, not the records.

    A link table row leads to every record holding its record id, in any
    batch; it leads to no record (``link_to_unknown_record``) only when no
    batch held that id."""

    def __init__(self, link: Link, layers: Dict[str, LinkedLayer]):
        self.link = link
        self.layers = layers
        self._problems: Dict[str, int] = {}
        wanted, known = _nominals_of_types(link, layers)
        self._known = known
        if link.via_table:
            cache: dict = {}
            table = layers[link.table]
            self._rows = list(zip(_id_keys(table, link.table_record_id, cache).per_record(),
                                  _id_keys(table, link.table_nominal_id, cache).per_record()))
            # the record ids a usable link row ties to a nominal of the group types
            self._linked = {r for r, n in self._rows if r is not None and n is not None
                            and (known is None or n in known) and (wanted is None or n in wanted)}
            self._found: set = set()  # record ids some batch held
        else:
            self._wanted = wanted

    def mask(self, records: LinkedLayer) -> np.ndarray:
        """For one batch of the records: linked or not, per record."""
        link = self.link
        if not link.via_table:
            mask, problems = linked_mask(records, link, self.layers)
            for reason, n in problems.items():
                self._problems[reason] = self._problems.get(reason, 0) + n
            return mask
        ids = _id_keys(records, link.record_id, {})
        keys = ids.values_keys
        held = np.unique(ids.index[ids.index >= 0])
        self._found.update(keys[i] for i in held.tolist() if keys[i] is not None)
        hit = np.array([k is not None and k in self._linked for k in keys] + [False], dtype=bool)
        return hit[np.where(ids.index >= 0, ids.index, len(keys))]

    def linked_ids(self) -> List[str]:
        """(A link table) the record ids a usable link row ties to a nominal of the group types, as id keys."""
        return sorted(self._linked)

    def table_record_ids(self) -> List[str]:
        """(A link table) every record id its rows name, as id keys."""
        return sorted({r for r, _ in self._rows if r is not None})

    def held(self, ids) -> None:
        """(A link table) record ids (id keys) the records hold, found without reading them (in a database)."""
        self._found.update(ids)

    def mask_of_values(self, values: Sequence, records: np.ndarray) -> np.ndarray:
        """(Nominal ids in a field of the record) for rows that stand for ``records`` records each, whose field
        holds ``values``: linked or not, per row; links to unknown nominals counted once per record."""
        link, known, wanted = self.link, self._known, self._wanted
        mask = np.zeros(len(values), dtype=bool)
        for i, value in enumerate(values):
            ids = split_ids(value, link.separator)
            if known is not None:
                good = [k for k in ids if k in known]
                if len(ids) > len(good):
                    self._problems[LINK_TO_UNKNOWN_NOMINAL] = self._problems.get(LINK_TO_UNKNOWN_NOMINAL, 0) + (
                        len(ids) - len(good)) * int(records[i])
                ids = good
            mask[i] = bool(ids) and (wanted is None or any(k in wanted for k in ids))
        return mask

    def problems(self) -> Dict[str, int]:
        """Links that lead nowhere (reason -> count), after every batch."""
        if not self.link.via_table:
            return dict(self._problems)
        problems: Dict[str, int] = {}

        def count(reason: str) -> None:
            problems[reason] = problems.get(reason, 0) + 1

        known = self._known
        for r, n in self._rows:
            if r is None or n is None:
                count(LINK_ROW_WITH_EMPTY_ID)
            elif r not in self._found:
                count(LINK_TO_UNKNOWN_RECORD)
            elif known is not None and n not in known:
                count(LINK_TO_UNKNOWN_NOMINAL)
        return problems
