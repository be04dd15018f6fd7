"""Columns of records held as few distinct values: :class:`Factorized`.

A million records are the normal case, so codes, statuses and dates travel as
a column of distinct values, each held once, and an index per record; readers
build them as they read, and every value is decoded, normalised or parsed once.
"""
from __future__ import annotations

from typing import Optional, Sequence, Tuple

import numpy as np


class Factorized:
    """A column of few distinct values held once each: record i holds
    ``values[index[i]]``, or None where ``index[i]`` is -1.

    Readers build it while they read (see :meth:`from_array`), so codes,
    statuses and dates are decoded, normalised and parsed once per distinct
    value. ``np.asarray(column)`` gives the plain object column.
    """

    __slots__ = ("index", "values")

    def __init__(self, index, values):
        self.index = np.asarray(index)
        self.values = object_array(values)

    @classmethod
    def of(cls, column) -> "Factorized":
        """Any column (Factorized, array, list); None and NaN become -1, as pd.factorize does."""
        if isinstance(column, Factorized):
            return column
        import pandas as pd

        values = np.asarray(column, dtype=object) if not isinstance(column, np.ndarray) else column
        index, uniques = pd.factorize(values.ravel())
        return cls(index, list(uniques))

    @classmethod
    def from_array(cls, data: np.ndarray, mask: Optional[np.ndarray] = None,
                   decode=None) -> Optional["Factorized"]:
        """Factorise a fixed-width column (bytes, datetimes, integers) without
        an object per record, values in order of first appearance (as
        pd.factorize orders them). ``decode`` turns each distinct raw value
        (a numpy scalar) into the value to keep. Masked records are -1.
        None when the dtype is not one this handles."""
        data = np.asarray(data)
        raw = _row_bytes(data)
        if raw is None:
            return None
        keep = None if mask is None or not mask.any() else np.flatnonzero(~mask)
        if keep is not None:
            raw = raw[keep]
        index, first = _factorize_rows(raw)
        if keep is not None:
            index_kept, index = index, np.full(len(data), -1, dtype=np.intp)
            index[keep] = index_kept
            first = keep[first]
        return cls(index, [decode(v) if decode is not None else v for v in data[first]])

    def __len__(self) -> int:
        return len(self.index)

    def __getitem__(self, key) -> "Factorized":
        return Factorized(self.index[key], self.values)

    def __array__(self, dtype=None, copy=None):
        out = self.to_objects()
        return out if dtype is None else out.astype(dtype)

    def to_objects(self) -> np.ndarray:
        """The column as an object array (one reference per record, no new objects)."""
        return np.append(self.values, None)[self.index]

    def counts(self) -> Tuple[np.ndarray, int]:
        """(records holding each value, records holding none)."""
        if self.index.dtype.kind == "u":  # no -1 in an unsigned index
            return np.bincount(self.index, minlength=len(self.values)), 0
        both = np.bincount(self.index + 1, minlength=len(self.values) + 1)
        return both[1:], int(both[0])

    def lookup(self, table: Sequence, missing=None) -> np.ndarray:
        """``table[j]`` for a record holding ``values[j]`` (``missing`` where -1)."""
        return np.append(np.asarray(table), missing)[self.index]

    def equals(self, value) -> np.ndarray:
        """Per record: does it hold ``value``?"""
        return self.lookup([v == value for v in self.values] + [None == value], False).astype(bool)  # noqa: E711


def object_array(values) -> np.ndarray:
    """The values as a 1-d object array (the array itself when it already is one)."""
    if isinstance(values, np.ndarray) and values.dtype == object and values.ndim == 1:
        return values
    values = list(values)
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _row_bytes(data: np.ndarray) -> Optional[np.ndarray]:
    """Each value's bytes as a row of an (n, itemsize) uint8 matrix (a view):
    equal rows for equal values. None for dtypes whose equal values may
    differ in their bytes (floats: -0.0 and 0.0, NaNs) or that are objects."""
    if data.ndim != 1 or data.dtype.kind not in "SiuMmV":
        return None
    return np.ascontiguousarray(data).view(np.uint8).reshape(len(data), data.dtype.itemsize)


def _words(rows: np.ndarray) -> np.ndarray:
    """(n, size) bytes as (n, m) uint64 words, zero padded."""
    n, size = rows.shape
    if size in (1, 2, 4, 8):
        return rows.view("u{0}".format(size)).astype(np.uint64)
    m = -(-size // 8)
    padded = np.zeros((n, 8 * m), dtype=np.uint8)
    padded[:, :size] = rows
    return padded.view(np.uint64)


_BLOCK = 1 << 16  # rows hashed at once: small temporaries, reused


_HASH_BITS = 16


_HASH_MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                     0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x27D4EB2F165667C5, 0x94D049BB133111EB)


def _bucket(words: np.ndarray, level: int, bits: int) -> np.ndarray:
    """A multiplicative hash of each row of words, as a bucket number below 2**bits."""
    with np.errstate(over="ignore"):
        mixed = words[:, 0] * np.uint64(_HASH_MULTIPLIERS[level])
        for j in range(1, words.shape[1]):
            mixed ^= mixed >> np.uint64(29)
            mixed += words[:, j]
            mixed *= np.uint64(_HASH_MULTIPLIERS[(level + j) % len(_HASH_MULTIPLIERS)])
    return (mixed >> np.uint64(64 - bits)).astype(np.intp)


def _factorize_rows(raw: np.ndarray, level: int = 0) -> Tuple[np.ndarray, np.ndarray]:
    """(id per row, first row of each id) for the distinct rows of an (n, size)
    uint8 matrix, ids numbered in order of first appearance.

    Rows are hashed into buckets block by block; the first row to reach a
    bucket stands for it, and rows that reach it with another value (a hash
    collision, rare) are settled the same way with another hash. A few passes
    over small blocks instead of a sort of everything, and no temporary as
    large as the column."""
    n = len(raw)
    if n <= 64 or level >= len(_HASH_MULTIPLIERS):  # few rows, or values that keep colliding: sort
        if n == 0:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        _, first, inverse = np.unique(raw, axis=0, return_index=True, return_inverse=True)
        order = np.argsort(first, kind="stable")
        rank = np.empty(len(first), dtype=np.intp)
        rank[order] = np.arange(len(first))
        return rank[np.asarray(inverse).reshape(-1)], first[order]
    bits = min(_HASH_BITS + 2 * level, 22)  # more buckets for the many values that collided
    first_row = np.full(1 << bits, -1, dtype=np.intp)  # per bucket: its first row
    bucket_of = np.empty(n, dtype=np.intp)
    collided = []
    for start in range(0, n, _BLOCK):
        words = _words(raw[start:start + _BLOCK])
        bucket = _bucket(words, level, bits)
        fresh = np.flatnonzero(first_row[bucket] < 0)
        if len(fresh):
            buckets, at = np.unique(bucket[fresh], return_index=True)
            first_row[buckets] = start + fresh[at]
        differ = words != _words(raw[first_row[bucket]])
        differ = differ[:, 0] if differ.shape[1] == 1 else differ.any(axis=1)
        if differ.any():
            collided.append(start + np.flatnonzero(differ))
        bucket_of[start:start + len(bucket)] = bucket
    used = np.flatnonzero(first_row >= 0)
    firsts = first_row[used]
    if collided:
        other = np.concatenate(collided)
        sub_index, sub_first = _factorize_rows(raw[other], level + 1)
        firsts = np.concatenate([firsts, other[sub_first]])
    order = np.argsort(firsts, kind="stable")  # ids by first appearance
    rank = np.empty(len(firsts), dtype=np.intp)
    rank[order] = np.arange(len(firsts))
    bucket_rank = np.zeros(1 << bits, dtype=np.intp)
    bucket_rank[used] = rank[:len(used)]
    for start in range(0, n, _BLOCK):  # bucket -> id, in place
        part = bucket_of[start:start + _BLOCK]
        part[:] = bucket_rank[part]
    if collided:
        bucket_of[other] = rank[len(used):][sub_index]
    return bucket_of, firsts[order]
