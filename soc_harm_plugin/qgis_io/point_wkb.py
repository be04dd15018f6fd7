"""Decode point WKB to coordinate columns (numpy only; shared by both readers)."""
from __future__ import annotations

import struct
from typing import Sequence, Tuple

import numpy as np

from ..domain.codes import INVALID, LOCATED, NO_GEOMETRY


def decode_points(blobs: Sequence) -> Tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """x, y, status per blob, and how many multi-part multipoints were cut to
    their first point. Z and M are dropped; empty points are no_geometry."""
    n = len(blobs)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    status = np.full(n, NO_GEOMETRY, dtype=object)
    lengths = np.fromiter((len(b) if b is not None else 0 for b in blobs), dtype=np.int64, count=n)
    plain = lengths == 21
    if plain.any():
        idx = np.flatnonzero(plain)
        raw = np.frombuffer(b"".join(blobs[i] for i in idx), dtype=np.uint8).reshape(-1, 21)
        px, py, is_point = decode_point_matrix(raw)
        x[idx[is_point]] = px[is_point]
        y[idx[is_point]] = py[is_point]
        plain[idx[~is_point]] = False  # odd 21-byte blobs go the slow way
    multi_cut = 0
    for i in np.flatnonzero(~plain & (lengths > 0)):
        px, py, parts = _decode_one(bytes(blobs[i]))
        x[i], y[i] = px, py
        multi_cut += parts > 1
    present = lengths > 0
    empty = present & np.isnan(x) & np.isnan(y)
    finite = np.isfinite(x) & np.isfinite(y)
    status[present & finite] = LOCATED
    status[present & ~finite & ~empty] = INVALID
    return x, y, status, int(multi_cut)


def decode_point_matrix(raw: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x, y and 'is a 2D point' for an (n, 21) uint8 matrix of 2D point WKB."""
    little = raw[:, 0] == 1
    kind = np.where(little, raw[:, 1:5].copy().view("<u4")[:, 0], raw[:, 1:5].copy().view(">u4")[:, 0])
    px = np.where(little, raw[:, 5:13].copy().view("<f8")[:, 0], raw[:, 5:13].copy().view(">f8")[:, 0])
    py = np.where(little, raw[:, 13:21].copy().view("<f8")[:, 0], raw[:, 13:21].copy().view(">f8")[:, 0])
    return px, py, kind == 1


def _decode_one(blob: bytes) -> Tuple[float, float, int]:
    """First point of a Point or MultiPoint WKB (ISO or EWKB, any dimension)."""
    order = "<" if blob[0] == 1 else ">"
    kind = struct.unpack_from(order + "I", blob, 1)[0]
    pos = 5
    if kind & 0x20000000:
        pos += 4
    flags_z, flags_m = bool(kind & 0x80000000), bool(kind & 0x40000000)
    kind &= 0x0FFFFFFF
    base = kind % 1000
    if base == 1:
        px, py = struct.unpack_from(order + "dd", blob, pos)
        return px, py, 1
    if base == 4:
        count = struct.unpack_from(order + "I", blob, pos)[0]
        if count == 0:
            return float("nan"), float("nan"), 0
        px, py, _ = _decode_one(blob[pos + 4:])
        return px, py, count
    del flags_z, flags_m
    return float("inf"), float("inf"), 1  # not a point: invalid
