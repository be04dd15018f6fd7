"""Denominators (population, households) joined to areas by code from a CSV,
so any measure can be given as a rate per 1,000."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Sequence

import numpy as np

from ..language.messages import tr


class DenominatorError(ValueError):
    """A denominator table that cannot be used; names the file, row and column."""


@dataclass
class Denominators:
    source: str
    code_column: str
    value_column: str
    values: Dict[str, float]  # code (stripped, upper case) -> value
    rejected: List[str] = field(default_factory=list)  # "row N: reason"


@dataclass
class Joined:
    values: np.ndarray  # per area; NaN where the table has no usable value
    unmatched_areas: List[str]  # area ids the table does not have
    unused_codes: int  # codes in the table that are no area


def _code_key(value) -> str:
    return str(value).strip().upper()


def load_denominators(path, code_column: str, value_column: str) -> Denominators:
    """Read code and value columns (header names matched ignoring case) from a
    UTF-8 (or cp1252) CSV. Rows whose value is empty, not a number or not
    positive are listed in ``rejected``; a code given twice is an error."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DenominatorError(tr("{0}: cannot read the file ({1})").format(path.name, exc.strerror or exc)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if not header:
        raise DenominatorError(tr("{0}: the file is empty").format(path.name))
    names = [h.strip().casefold() for h in header]
    columns = []
    for wanted in (code_column, value_column):
        if wanted.strip().casefold() not in names:
            raise DenominatorError(tr("{0}: no column '{1}'; columns: {2}").format(
                path.name, wanted, ", ".join(h.strip() for h in header)))
        columns.append(names.index(wanted.strip().casefold()))
    i_code, i_value = columns
    values: Dict[str, float] = {}
    first_row: Dict[str, int] = {}
    rejected: List[str] = []
    for row, rec in enumerate(reader, start=2):
        if not any(c.strip() for c in rec):
            continue
        code = rec[i_code].strip() if i_code < len(rec) else ""
        raw = rec[i_value].strip() if i_value < len(rec) else ""
        if not code:
            rejected.append(tr("row {0}: no code").format(row))
            continue
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            rejected.append(tr("row {0} ({1}): value '{2}' is not a number").format(row, code, raw))
            continue
        if not np.isfinite(value) or value <= 0:
            rejected.append(tr("row {0} ({1}): value {2} is not positive").format(row, code, raw))
            continue
        key = _code_key(code)
        if key in values:
            raise DenominatorError(tr("{0}: row {1}: code '{2}' appears again (first in row {3})").format(
                path.name, row, code, first_row[key]))
        values[key] = value
        first_row[key] = row
    if not values:
        raise DenominatorError(tr("{0}: no row has a code and a positive value in '{1}'").format(
            path.name, value_column))
    return Denominators(str(path), code_column, value_column, values, rejected)


def join_denominators(area_ids: Sequence, table: Denominators) -> Joined:
    keys = [_code_key(a) for a in area_ids]
    values = np.array([table.values.get(k, np.nan) for k in keys], dtype=float)
    unmatched = [str(a) for a, v in zip(area_ids, values) if np.isnan(v)]
    unused = len(set(table.values) - set(keys))
    return Joined(values, unmatched, unused)
