"""Harm tables: a weight per offence code, read from a CSV, and fast code matching.

Pure module (pandas and numpy only; never import qgis here). pandas is
imported only when a function needs it: QGIS loads the plugin at every start,
and a code column the reader has already factorised needs no pandas at all.

A harm table is a CSV with at least the columns ``code`` and ``weight``
(optional ``label`` and ``flag``; other columns are ignored). The plugin ships
two built-in tables in ``resources/harm_tables/`` (see ``BUILTIN_TABLES`` and
the ``PROVENANCE.md`` there); analysts may supply their own table in the same
shape. Codes are compared after :func:`normalise_code`, so ``" 28a"`` in the
data matches ``28A`` in the table, and a numeric field value ``28.0`` matches
``28``. Characters that show nothing (a zero-width space, a soft hyphen, a
byte-order mark) are ignored and compatibility forms folded (full-width
``８Ｎ`` is ``8N``), as Unicode's NFKC_Casefold does for identifiers; messages
show such characters escaped (``'8N\\u200b'``) with :func:`visible`.

Row numbers in error messages are the ones a spreadsheet shows: the header is
row 1, the first data row is row 2.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import numbers
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple, Union

import numpy as np

from ..language.messages import tr
from ..limits import MAX_WEIGHT, weight_problem

# Public enum order: index 0 and 1 are used as enum values elsewhere; only append.
BUILTIN_TABLES: Tuple[str, ...] = ("ons_css_ho_code", "ons_css_policeuk_category")

CUSTOM_KEY = "custom"

_OPTIONAL = ("label", "flag", "category")
_WS_RUN = re.compile(r"\s+")
_INTEGRAL_TEXT = re.compile(r"^[+-]?\d+\.0+$")
# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): characters
# that show nothing, such as the soft hyphen, zero-width space and joiners,
# direction marks, word joiner, variation selectors, byte-order mark and tags.
_IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")
# Categories of characters a message shows escaped: controls, formats, surrogates,
# private use, unassigned, line and paragraph separators; spaces other than ' '.
_UNSEEN_CATEGORIES = ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs")


class HarmTableError(ValueError):
    """Bad harm table; message names the file, row (1-based data row as a spreadsheet user sees it:
    header is row 1) and column."""


@dataclass(frozen=True)
class HarmTable:
    key: str  # builtin key, or "custom"
    name: str
    version: str
    sha256: str  # sha256 hex of the CSV file bytes
    source: str  # file path the table was read from
    weights: dict  # normalised code -> float weight
    labels: dict  # normalised code -> label (may be "")
    codes: dict  # normalised code -> the code exactly as written in the table
    flags: dict  # normalised code -> flag string, only for flagged rows (e.g. "no_css_weight")
    attribution: str = ""
    # normalised code -> offence category (column "category"), where given
    categories: dict = field(default_factory=dict)

    def provenance(self) -> dict:
        """What to record beside any result computed with this table."""
        return {
            "name": self.name,
            "version": self.version,
            "sha256": self.sha256,
            "key": self.key,
            "source": Path(self.source).name,
        }

    def __len__(self) -> int:
        return len(self.weights)


@dataclass
class CodeMatch:
    weights: np.ndarray  # float64, NaN where the code has no weight in the table
    table_code: np.ndarray  # object array: the table's own spelling of the matched code, None where missing
    missing: dict  # original (stripped) code text -> count of records, for codes not in the table ("" for empty)
    flagged: dict = field(default_factory=dict)  # flag -> count of records that matched a flagged row

    @property
    def matched(self) -> np.ndarray:
        """Boolean mask: True where the record's code is in the table."""
        return ~np.isnan(self.weights)


# --------------------------------------------------------------------------- normalisation


def _is_missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return False
    if isinstance(value, float):  # numpy's float64 too
        return value != value
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # arrays and other non-scalars
        return False


def _integral_text(value) -> Optional[str]:
    """'28' for 28, 28.0, numpy ints/floats with integral value; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        f = float(value)
        if math.isfinite(f) and f.is_integer():
            return str(int(f))
    return None


def normalise_code(value) -> str:
    """The form in which codes are compared.

    None/NaN -> ""; integers and integral floats (28, 28.0, numpy scalars) and
    text such as "28.0" -> "28"; otherwise ``str(value)`` with the characters
    that show nothing removed (Unicode's default-ignorable code points: a
    zero-width space, soft hyphen, byte-order mark, direction mark...), in
    Unicode normal form NFKC (full-width ``８Ｎ`` -> ``8N``, the ligature ``ﬁ``
    -> ``fi``, a no-break space -> a space), stripped, internal whitespace runs
    collapsed to one space, casefolded: Unicode's NFKC_Casefold, the form it
    recommends for matching identifiers. Two codes that look the same are one
    code. Text such as "08" or "4.10" keeps its digits ("4.10" and "4.1" stay
    different codes; a float field cannot tell them apart, so keep codes in
    text fields).
    """
    if _is_missing(value):
        return ""
    integral = _integral_text(value)
    if integral is not None:
        return integral
    text = str(value)
    plain = text.isascii()
    if not plain:
        text = unicodedata.normalize("NFKC", _IGNORABLE.sub("", text))
    text = _WS_RUN.sub(" ", text.strip())
    if _INTEGRAL_TEXT.match(text):
        text = text.split(".", 1)[0]
        if text.startswith("+"):
            text = text[1:]
    text = text.casefold()
    return text if plain else unicodedata.normalize("NFKC", text)


def visible(text) -> str:
    """``text`` with every character that shows nothing written as an escape:
    ``'8N\\u200b'`` for 8N and a zero-width space, ``'\\ufeff28E'`` for a
    byte-order mark before 28E, ``'8\\u00adN'`` for a soft hyphen. Messages show
    codes this way, so two codes that differ only by such characters never look
    the same. Visible characters (letters of any script, ' ') are kept."""
    text = str(text)
    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text:
        if ch != " " and (_IGNORABLE.match(ch) or unicodedata.category(ch) in _UNSEEN_CATEGORIES):
            code = ord(ch)
            out.append("\\u%04x" % code if code <= 0xFFFF else "\\U%08x" % code)
        else:
            out.append(ch)
    return "".join(out)


def _display_code(value) -> str:
    """The original code text as a user wrote it (stripped); "" for None/NaN; 28.0 -> "28"."""
    if _is_missing(value):
        return ""
    integral = _integral_text(value)
    if integral is not None:
        return integral
    return str(value).strip()


# --------------------------------------------------------------------------- reading


def _error(file_name: str, row: Union[int, str], column: Optional[str], problem: str) -> HarmTableError:
    if column is None:
        where = tr("{0}: row {1}").format(file_name, row)
    else:
        where = tr("{0}: row {1}, column '{2}'").format(file_name, row, column)
    return HarmTableError("{0}: {1}".format(where, problem))


def _decode(data: bytes, file_name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data.count(b"\n", 0, exc.start) + 1
        raise _error(
            file_name, row, None,
            tr("the file is not UTF-8 text (byte 0x{0:02x} at offset {1}); save it as 'CSV UTF-8'").format(
                data[exc.start], exc.start),
        ) from None


def _parse_weight(text: str, file_name: str, row: int, column: str) -> float:
    value = text.strip()
    if value == "":
        raise _error(file_name, row, column, tr("weight is empty"))
    try:
        if "_" in value:
            raise ValueError(value)
        weight = float(value)
    except ValueError:
        raise _error(file_name, row, column, tr('weight "{0}" is not a number').format(text)) from None
    if not math.isfinite(weight):
        raise _error(file_name, row, column, tr('weight "{0}" is not a finite number').format(text))
    if weight < 0:
        raise _error(file_name, row, column, tr('weight "{0}" is negative; weights must be 0 or more').format(text))
    if weight > MAX_WEIGHT:
        raise _error(file_name, row, column, tr('weight "{0}" {1}').format(text.strip(), weight_problem(weight)))
    return weight + 0.0  # -0.0 -> 0.0


def _parse_table(data: bytes, file_name: str, weight_column: str = "weight"):
    """Parse CSV bytes into (weights, labels, codes, flags, categories). Raises HarmTableError.

    ``weight_column``: the column holding the weights (a table may hold
    several, e.g. one per dimension of harm)."""
    required = ("code", weight_column.strip().casefold())
    text = _decode(data, file_name)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise _error(file_name, 1, None,
                     tr("the file is empty: expected a header with columns code and weight")) from None
    except csv.Error as exc:
        raise _error(file_name, 1, None, tr("not a valid CSV header ({0})").format(exc)) from None

    names = [h.strip().casefold() for h in header]
    col: Dict[str, int] = {}
    for idx, name in enumerate(names):
        if name in required or name in _OPTIONAL:
            if name in col:
                raise _error(file_name, 1, header[idx].strip(),
                             tr("column appears twice in the header (columns {0} and {1})").format(
                                 col[name] + 1, idx + 1))
            col[name] = idx
    for req in required:
        if req not in col:
            found = ", ".join("'{0}'".format(h.strip()) for h in header) or tr("none")
            hint = ""
            if any(";" in h or "\t" in h for h in header):
                hint = " " + tr("(the file looks semicolon- or tab-separated; save it as comma-separated CSV)")
            raise _error(
                file_name, tr("1 (header)"), req,
                tr("required column '{0}' not found; columns found: {1}").format(req, found) + hint,
            )

    i_code, i_weight = col["code"], col[required[1]]
    i_label, i_flag, i_category = col.get("label"), col.get("flag"), col.get("category")
    code_col, weight_col = header[i_code].strip(), header[i_weight].strip()

    weights: Dict[str, float] = {}
    labels: Dict[str, str] = {}
    codes: Dict[str, str] = {}
    flags: Dict[str, str] = {}
    categories: Dict[str, str] = {}
    first_row: Dict[str, int] = {}

    def cell(rec: List[str], idx: Optional[int]) -> str:
        return rec[idx] if idx is not None and idx < len(rec) else ""

    row = 1
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise _error(file_name, row + 1, None, tr("not valid CSV ({0})").format(exc)) from None
        row += 1
        if not any(c.strip() for c in rec):
            continue  # blank line, or a row of empty cells
        raw_code = cell(rec, i_code).strip()
        if raw_code == "":
            raise _error(file_name, row, code_col, tr("code is empty"))
        weight = _parse_weight(cell(rec, i_weight), file_name, row, weight_col)
        key = normalise_code(raw_code)
        if key in weights:
            if weights[key] != weight:
                raise _error(
                    file_name, row, code_col,
                    tr("code '{0}' has weight {1} here but the same code ('{2}') has weight {3} in row {4}").format(
                        visible(raw_code), _fmt(weight), visible(codes[key]), _fmt(weights[key]), first_row[key]),
                )
            continue  # identical duplicate: keep the first row
        weights[key] = weight
        codes[key] = raw_code
        labels[key] = cell(rec, i_label).strip()
        flag = cell(rec, i_flag).strip()
        if flag:
            flags[key] = flag
        category = cell(rec, i_category).strip()
        if category:
            categories[key] = category
        first_row[key] = row

    if not weights:
        raise _error(file_name, 2, None, tr("the table has no data rows (only a header)"))
    return weights, labels, codes, flags, categories


def _fmt(weight: float) -> str:
    return repr(weight)[:-2] if repr(weight).endswith(".0") else repr(weight)


def load_table_csv(path, name: Optional[str] = None, version: Optional[str] = None,
                   weight_column: str = "weight") -> HarmTable:
    """Read a user's custom harm table (UTF-8 CSV, with or without BOM).

    ``weight_column`` names the column of weights when the table holds
    several (default ``weight``).

    ``name`` defaults to the file stem, ``version`` to ``"sha256:"`` plus the
    first 12 hex digits of the file's SHA-256.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise HarmTableError(tr("{0}: cannot read the file ({1})").format(path.name, exc.strerror or exc)) from None
    sha = hashlib.sha256(data).hexdigest()
    weights, labels, codes, flags, categories = _parse_table(data, path.name, weight_column)
    return HarmTable(
        key=CUSTOM_KEY,
        name=name if name else path.stem,
        version=version if version else "sha256:" + sha[:12],
        sha256=sha,
        source=str(path),
        weights=weights,
        labels=labels,
        codes=codes,
        flags=flags,
        categories=categories,
    )


def load_builtin_table(key: str, tables_dir: Optional[Path] = None) -> HarmTable:
    """Read a built-in table: ``<key>.csv`` and its sidecar ``<key>.json``."""
    if key not in BUILTIN_TABLES:
        raise HarmTableError(tr("unknown built-in harm table '{0}'; choose one of {1}").format(
            key, ", ".join(BUILTIN_TABLES)))
    if tables_dir is None:
        from ... import about

        tables_dir = about.resource_path("harm_tables")
    tables_dir = Path(tables_dir)
    csv_path = tables_dir / (key + ".csv")
    json_path = tables_dir / (key + ".json")
    try:
        meta = json.loads(json_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise HarmTableError(tr("{0}: cannot read the table's description ({1})").format(
            json_path.name, exc.strerror or exc)) from None
    except ValueError as exc:
        raise HarmTableError(tr("{0}: not valid JSON ({1})").format(json_path.name, exc)) from None
    if meta.get("key", key) != key:
        raise HarmTableError(tr("{0}: key '{1}' does not match the file name").format(json_path.name, meta.get("key")))
    if not meta.get("version"):
        raise HarmTableError(tr("{0}: the table has no version").format(json_path.name))
    table = load_table_csv(csv_path, name=str(meta.get("name") or key), version=str(meta["version"]))
    return HarmTable(
        key=key,
        name=table.name,
        version=table.version,
        sha256=table.sha256,
        source=table.source,
        weights=table.weights,
        labels=table.labels,
        codes=table.codes,
        flags=table.flags,
        attribution=str(meta.get("attribution") or ""),
        categories=table.categories,
    )


# --------------------------------------------------------------------------- matching


def match_codes(table: HarmTable, codes) -> CodeMatch:
    """Look up each record's code in ``table``.

    ``codes`` is any sequence, Series or ndarray. Vectorised: the values are
    factorised and only the distinct values are normalised, so a million codes
    take a fraction of a second.
    """
    import pandas as pd

    if isinstance(codes, (str, bytes)):
        raise TypeError("codes must be a sequence of codes, not a single string")
    if isinstance(codes, (pd.Series, pd.Index)):
        values = codes.array if isinstance(codes.dtype, pd.CategoricalDtype) else codes.to_numpy()
    elif isinstance(codes, (np.ndarray, pd.Categorical)):
        values = codes
    else:
        values = np.asarray(list(codes), dtype=object)
    if isinstance(values, np.ndarray) and values.ndim != 1:
        values = values.ravel()

    idx, uniques = pd.factorize(values)  # NaN/None -> -1
    return match_factorized(table, idx, uniques)


def match_factorized(table: HarmTable, index, uniques) -> CodeMatch:
    """:func:`match_codes` for a column already factorised: record i has the
    code ``uniques[index[i]]``, or none where ``index[i]`` is -1. Only the
    distinct values are looked at, so a reader that factorises while it reads
    (or decodes only the distinct values) saves the whole pass over the records.
    ``uniques`` may repeat a value or hold values no record uses.
    """
    idx = np.asarray(index, dtype=np.intp)
    found = match_distinct(table, uniques)
    # One slot per unique value plus a final slot for missing values: index -1
    # (pd.factorize's NA sentinel) then lands on that final slot.
    weights = np.append(found.weights, np.nan)[idx]
    table_code = np.append(found.table_code, None)[idx]
    missing, flagged = found.counts(idx)
    return CodeMatch(weights=weights, table_code=table_code, missing=missing, flagged=flagged)


@dataclass
class DistinctMatch:
    """The harm table's answer for each distinct code (see :func:`match_distinct`)."""

    uniques: list
    weights: np.ndarray  # float64 per distinct code, NaN where the table has no weight
    table_code: np.ndarray  # object: the table's spelling of the code, None where missing
    flags: list  # the matched row's flag, or None

    def counts(self, index: np.ndarray, records: Optional[np.ndarray] = None) -> Tuple[Dict[str, int], Dict[str, int]]:
        """(missing, flagged) as in CodeMatch, for the records whose codes are
        ``uniques[index]`` (-1: no code), in the order their first record comes.
        ``records``: how many records each entry stands for (rows counted in a database; None: one each)."""
        idx = np.asarray(index, dtype=np.intp)
        n_u = len(self.uniques)
        counts = np.bincount(idx + 1, minlength=n_u + 1)  # counts[0]: no code; counts[i+1]: uniques[i]
        if records is not None:
            counts = np.rint(np.bincount(idx + 1, weights=records, minlength=n_u + 1)).astype(np.int64)
        return self.tally(int(counts[0]), counts[1:], _by_first_record(idx, self.reported & (counts[1:] > 0)))

    @property
    def reported(self) -> np.ndarray:
        """Per distinct code: is it missing from the table, or on a flagged row?"""
        return np.isnan(self.weights) | np.array([bool(f) for f in self.flags], dtype=bool)

    def tally(self, no_code: int, per_unique, order) -> Tuple[Dict[str, int], Dict[str, int]]:
        """(missing, flagged) from counts already made: ``no_code`` records
        without a code, ``per_unique[i]`` records holding ``uniques[i]``, and
        ``order`` the reported codes (indexes into uniques) in the order to list
        them (:meth:`counts` lists them in the order their first record comes)."""
        missing: Dict[str, int] = {}
        flagged: Dict[str, int] = {}
        if no_code:
            missing[""] = int(no_code)
        for i in order:
            c = int(per_unique[i])
            if np.isnan(self.weights[i]):
                text = _display_code(self.uniques[i])
                missing[text] = missing.get(text, 0) + c
            else:
                flag = self.flags[i]
                flagged[flag] = flagged.get(flag, 0) + c
        return missing, flagged


def match_distinct(table: HarmTable, uniques) -> DistinctMatch:
    """Look up each distinct code once: weight, the table's spelling, flag."""
    uniques = list(uniques)
    n_u = len(uniques)
    u_weight = np.full(n_u, np.nan, dtype=np.float64)
    u_code = np.full(n_u, None, dtype=object)
    u_flag: List[Optional[str]] = [None] * n_u
    weights_map, codes_map, flags_map = table.weights, table.codes, table.flags
    for i, u in enumerate(uniques):
        key = normalise_code(u)
        w = weights_map.get(key) if key else None
        if w is not None:
            u_weight[i] = w
            u_code[i] = codes_map.get(key, key)
            u_flag[i] = flags_map.get(key)
    return DistinctMatch(uniques, u_weight, u_code, u_flag)


def _by_first_record(idx: np.ndarray, wanted: np.ndarray) -> List[int]:
    """The wanted unique values, in the order their first record comes: the
    order the counts are reported in does not depend on how the column was
    factorised."""
    ids = np.flatnonzero(wanted)
    if len(ids) < 2:
        return ids.tolist()
    records = np.flatnonzero(np.append(wanted, False)[idx])
    present, first = np.unique(idx[records], return_index=True)
    return present[np.argsort(first, kind="stable")].tolist()
