"""Read data.police.uk street-level crime CSVs into columns, accounting for every row.

Pure module (csv, numpy, pandas; never import qgis here). The QGIS side
(``socharm:importpoliceuk``) reprojects the coordinates, tests them against an
optional force area and writes the layers; everything about the files and rows
is decided here.

Files
    :func:`find_crime_files` takes a CSV file or a folder. A folder is walked
    with its sub-folders (the bulk archive's monthly folders, e.g.
    ``2019-02/2019-02-city-of-london-street.csv``), in sorted path order. Only
    street crime files (``*-street.csv``) are imported from a folder; the
    archive's ``*-outcomes.csv`` and ``*-stop-and-search.csv`` files, other
    CSVs, and hidden files (``.*``, ``__MACOSX``) are skipped and counted by
    kind. A single file given on its own is read whatever its name.

Each file
    is decoded as UTF-8 (a byte-order mark is removed: "utf-8-sig"), else as
    Windows-1252 ("cp1252", what Excel writes on Windows), else Latin-1; the
    encoding used is reported per file. The delimiter is a comma (a semicolon
    or tab when the header line has no comma, as some spreadsheets save).
    Each physical line (ended by CR LF, LF or CR) is read on its own: it is
    the header, a blank line or one row, so rows = lines - header - blank
    lines, and one broken line cannot take others with it. Quoted values may
    hold commas (``"On or near Smith's Lane, Foo"``) and doubled quotes. A
    quote that opens a value and is not closed on the same line makes that
    line an ``unclosed_quote`` row; the next line is read afresh. (A standard
    CSV reader would read on to the next quote in the file, maybe a hundred
    lines later, and make those lines one broken row.) So a value that really
    spans lines is rejected line by line, never joined: data.police.uk writes
    one crime per line and no quotes at all (none in the 59 City of London
    files). A line with no values (empty, spaces, or only delimiters) is a
    blank line: counted, not a row.
    A file with no header, or a header and no rows, is reported per file and
    is not an error. Header names match ignoring case, spaces and underscores
    (``crime_id`` = ``Crime ID``). A header without one of
    :data:`REQUIRED_COLUMNS` stops the import with :class:`PoliceUkHeaderError`,
    naming the file, the missing columns and the columns found: nothing of the
    file could be placed, and a silent per-file skip would hide a month.

Each row
    gets exactly one outcome: imported (``reason`` ""), or one of
    :data:`REASONS`, decided in this order:

    1. ``unclosed_quote``: a quote opens a value and the line ends before it
       closes (the ``detail`` names the cell; ``extra`` holds the line as
       written); ``unreadable_row``: a line the CSV reader cannot split (e.g. a
       value over its size limit), the wrong number of cells, a Month that is
       not a month, a coordinate that is not a number or out of range, or only
       one of Longitude and Latitude;
    2. ``no_coordinates``: Longitude and Latitude both empty;
    3. ``outside_force_area``: set by the caller (:meth:`PoliceRows.reject_outside`);
    4. ``duplicate_crime_id``: an earlier row with the same Crime ID was
       imported (:meth:`PoliceRows.mark_duplicates`). "Earlier" is file order
       (sorted paths), then line. An empty Crime ID (anti-social behaviour) is
       never a duplicate. Because duplicates are decided last, a crime one of
       whose copies can be placed is always imported once.

    So rows in = imported + rejected, per file and in total.

Line numbers are those a text editor shows (the header is usually line 1).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from .language.messages import tr
from .columns import object_array
from .periods.dates import parse_month

# The 12 columns of a data.police.uk street file, in its order.
STREET_COLUMNS: Tuple[str, ...] = (
    "Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude",
    "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context",
)
REQUIRED_COLUMNS: Tuple[str, ...] = ("Crime ID", "Month", "Longitude", "Latitude", "Crime type")

NO_COORDINATES = "no_coordinates"
OUTSIDE_FORCE_AREA = "outside_force_area"
DUPLICATE_CRIME_ID = "duplicate_crime_id"
UNREADABLE_ROW = "unreadable_row"
UNCLOSED_QUOTE = "unclosed_quote"
REASONS: Tuple[str, ...] = (NO_COORDINATES, OUTSIDE_FORCE_AREA, DUPLICATE_CRIME_ID, UNREADABLE_ROW,
                            UNCLOSED_QUOTE)  # stable codes
IMPORTED = ""

# File kinds a folder walk skips (stable codes, used in reports and provenance).
SKIP_OUTCOMES = "outcomes"
SKIP_STOP_AND_SEARCH = "stop_and_search"
SKIP_OTHER_CSV = "other_csv"
SKIP_HIDDEN = "hidden"
SKIP_KINDS: Tuple[str, ...] = (SKIP_OUTCOMES, SKIP_STOP_AND_SEARCH, SKIP_OTHER_CSV, SKIP_HIDDEN)

# File status codes in a FileReport.
FILE_READ = "read"
FILE_NO_ROWS = "no_rows"  # a header and no rows
FILE_EMPTY = "empty"  # no header at all (0 bytes or only blank lines)

_HEADER_KEY = re.compile(r"[\s_]+")
_BOM = b"\xef\xbb\xbf"


class PoliceUkError(ValueError):
    """A file that cannot be read at all; the message names it."""


class PoliceUkHeaderError(PoliceUkError):
    """A file whose header lacks required columns."""

    def __init__(self, file_name: str, missing: Sequence[str], found: Sequence[str], header_problem: str = ""):
        self.file_name = file_name
        self.missing = list(missing)
        self.found = list(found)
        hint = ""
        keys = {header_key(name) for name in found}
        if header_problem:
            hint = " " + tr("In the header line {0}.").format(header_problem)
        elif "outcome type" in keys:
            hint = " " + tr("It looks like a data.police.uk outcomes file; import the -street.csv file of the same "
                            "month.")
        elif "object of search" in keys or ("type" in keys and "gender" in keys):
            hint = " " + tr("It looks like a data.police.uk stop-and-search file; import the -street.csv file of the "
                            "same month.")
        super().__init__(tr("{0}: the header has no column {1} (columns found: {2}).").format(
            file_name, ", ".join(repr(m) for m in self.missing),
            ", ".join(repr(f) for f in self.found) or tr("none")) + hint)


def header_key(name: str) -> str:
    """How header names are compared: case, spaces, underscores and a stray BOM ignored."""
    return _HEADER_KEY.sub(" ", name.replace("\ufeff", "").strip().strip('"')).strip().casefold()


_CANONICAL = {header_key(name): name for name in STREET_COLUMNS}


# --------------------------------------------------------------------------- files


@dataclass
class FileSelection:
    """The files to read (in order), and what a folder walk skipped, by kind."""

    root: Path
    files: List[Path]
    skipped: Dict[str, List[str]] = field(default_factory=dict)  # kind -> display names

    def display_name(self, path: Path) -> str:
        return display_name(self.root, path)

    @property
    def skipped_counts(self) -> Dict[str, int]:
        return {kind: len(self.skipped.get(kind, [])) for kind in SKIP_KINDS if self.skipped.get(kind)}


def display_name(root: Path, path: Path) -> str:
    """A file as reports name it: relative to the input folder, or its name."""
    root, path = Path(root), Path(path)
    if root.is_dir():
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


def file_kind(name: str) -> Optional[str]:
    """None for a street crime file to import, else the skip kind."""
    lower = name.lower()
    if lower.startswith(".") or lower.startswith("~$"):
        return SKIP_HIDDEN
    if lower.endswith("-street.csv"):
        return None
    if lower.endswith("-outcomes.csv"):
        return SKIP_OUTCOMES
    if lower.endswith("-stop-and-search.csv"):
        return SKIP_STOP_AND_SEARCH
    return SKIP_OTHER_CSV


def find_crime_files(path) -> FileSelection:
    """The street crime files of a CSV file or folder (see the module doc)."""
    root = Path(path)
    if root.is_file():
        return FileSelection(root, [root])
    if not root.is_dir():
        raise PoliceUkError(tr("{0}: no such file or folder").format(root))
    files: List[Path] = []
    skipped: Dict[str, List[str]] = {}
    for folder, dirs, names in os.walk(str(root)):
        hidden_dirs = [d for d in dirs if d.startswith(".") or d == "__MACOSX"]
        dirs[:] = sorted(d for d in dirs if d not in hidden_dirs)
        for d in hidden_dirs:  # count the CSVs inside, never read them
            for sub, _, sub_names in os.walk(os.path.join(folder, d)):
                for name in sub_names:
                    if name.lower().endswith(".csv"):
                        skipped.setdefault(SKIP_HIDDEN, []).append(display_name(root, Path(sub) / name))
        for name in sorted(names):
            if not name.lower().endswith(".csv"):
                continue
            candidate = Path(folder) / name
            kind = file_kind(name)
            if kind is None:
                files.append(candidate)
            else:
                skipped.setdefault(kind, []).append(display_name(root, candidate))
    files.sort(key=lambda p: p.relative_to(root).as_posix())
    return FileSelection(root, files, {k: sorted(v) for k, v in skipped.items()})


def decode(data: bytes) -> Tuple[str, str]:
    """(text, encoding): UTF-8 (BOM removed: 'utf-8-sig'), else cp1252, else latin-1."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    bom = data.startswith(_BOM)
    body = data[len(_BOM):] if bom else data
    try:
        return body.decode("utf-8"), "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return body.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined
        return body.decode("latin-1"), "latin-1"


def _delimiter(text: str) -> str:
    first = next((line for line in text[:65536].splitlines() if line.strip()), "")
    if "," in first or not first:
        return ","
    return ";" if first.count(";") >= first.count("\t") and ";" in first else ("\t" if "\t" in first else ",")


# --------------------------------------------------------------------------- reports


@dataclass
class FileReport:
    """What one file held and what became of its rows."""

    name: str  # relative to the input folder
    encoding: str = ""
    delimiter: str = ","
    status: str = FILE_READ
    lines: int = 0  # physical lines: header + blank lines + rows
    rows: int = 0  # data rows read (blank lines not included)
    blank_lines: int = 0
    header_line: int = 0
    missing_columns: List[str] = field(default_factory=list)  # optional columns absent (their values are empty)
    extra_columns: List[str] = field(default_factory=list)  # columns not in the street schema (kept for REJECTED)
    imported: int = 0
    rejected: Dict[str, int] = field(default_factory=dict)  # reason -> rows

    def as_dict(self) -> dict:
        out = {
            "file": self.name, "encoding": self.encoding, "status": self.status, "rows": self.rows,
            "imported": self.imported, "rejected": {r: self.rejected.get(r, 0) for r in REASONS},
            "blank_lines": self.blank_lines, "lines": self.lines,
        }
        if self.delimiter != ",":
            out["delimiter"] = self.delimiter
        if self.missing_columns:
            out["missing_columns"] = list(self.missing_columns)
        if self.extra_columns:
            out["extra_columns"] = list(self.extra_columns)
        return out


# --------------------------------------------------------------------------- rows


@dataclass
class PoliceRows:
    """Every data row of every file, as columns, with its outcome.

    ``cells`` holds each street column's text exactly as read (empty where a
    file lacks the column or a short row lacks the cell); ``extra`` holds what
    does not fit the schema as JSON text (surplus cells, unknown columns), or
    None. ``month`` is the first day of the row's month (NaT if unreadable).
    """

    files: List[FileReport]
    cells: Dict[str, np.ndarray]  # street column -> object array of str
    extra: np.ndarray  # object: JSON text or None
    file_index: np.ndarray  # int32: index into files
    line: np.ndarray  # int64: first line of the row in its file
    longitude: np.ndarray  # float64, NaN where absent or unreadable
    latitude: np.ndarray
    month: np.ndarray  # datetime64[D]
    reason: np.ndarray  # object: "" (imported) or one of REASONS
    detail: np.ndarray  # object: why a row is unreadable (stable English), else ""

    def __len__(self) -> int:
        return len(self.line)

    # ---------------------------------------------------------------- columns
    def text(self, column: str) -> np.ndarray:
        """A column's values stripped, None where empty."""
        values = self.cells[column]
        return np.array([v.strip() or None for v in values], dtype=object) if len(values) else np.empty(0, dtype=object)

    @property
    def imported(self) -> np.ndarray:
        return self.reason == IMPORTED

    @property
    def located(self) -> np.ndarray:
        """Rows with a usable longitude and latitude (whatever their reason)."""
        return np.isfinite(self.longitude) & np.isfinite(self.latitude)

    def source_file(self) -> np.ndarray:
        names = np.array([f.name for f in self.files] + [""], dtype=object)
        return names[self.file_index]

    # ---------------------------------------------------------------- outcomes
    def reject_outside(self, inside: np.ndarray) -> int:
        """Rows still to import whose ``inside`` is False become outside_force_area.
        ``inside``: one bool per row (rows not yet imported are ignored)."""
        inside = np.asarray(inside, dtype=bool)
        if inside.shape != self.reason.shape:
            raise ValueError("inside must have one value per row ({0}), not {1}".format(len(self), inside.shape))
        outside = self.imported & ~inside
        self.reason[outside] = OUTSIDE_FORCE_AREA
        return int(outside.sum())

    def reject(self, mask: np.ndarray, reason: str, detail: str = "") -> int:
        """Rows still to import where ``mask`` is True get ``reason``."""
        if reason not in REASONS:
            raise ValueError("unknown reason {0!r}".format(reason))
        hit = self.imported & np.asarray(mask, dtype=bool)
        self.reason[hit] = reason
        if detail:
            self.detail[hit] = detail
        return int(hit.sum())

    def mark_duplicates(self) -> int:
        """Rows still to import whose non-empty Crime ID an earlier imported row
        has become duplicate_crime_id. Call after every other rejection."""
        import pandas as pd

        candidates = np.flatnonzero(self.imported)
        if not len(candidates):
            return 0
        ids = pd.Series(self.cells["Crime ID"][candidates]).str.strip()
        repeated = (ids != "") & ids.duplicated(keep="first")
        hit = candidates[repeated.to_numpy()]
        self.reason[hit] = DUPLICATE_CRIME_ID
        return int(len(hit))

    def count_by_file(self) -> List[FileReport]:
        """Fill each file's imported and rejected counts from the rows; return the reports."""
        n_files = len(self.files)
        imported = np.bincount(self.file_index[self.imported], minlength=n_files)
        by_reason = {r: np.bincount(self.file_index[self.reason == r], minlength=n_files) for r in REASONS}
        for i, report in enumerate(self.files):
            report.imported = int(imported[i])
            report.rejected = {r: int(by_reason[r][i]) for r in REASONS if by_reason[r][i]}
        return self.files

    def reconciliation(self) -> dict:
        """Rows in, imported, and rejected by reason; they always add up."""
        by_reason = {r: int(np.count_nonzero(self.reason == r)) for r in REASONS}
        return {
            "rows_in": len(self),
            "imported": int(np.count_nonzero(self.imported)),
            "rejected": by_reason,
            "rejected_total": int(sum(by_reason.values())),
        }

    def month_range(self) -> Tuple[Optional[str], Optional[str]]:
        """First and last month ('YYYY-MM') of the imported rows."""
        months = self.month[self.imported]
        months = months[~np.isnat(months)]
        if not len(months):
            return None, None
        return str(months.min())[:7], str(months.max())[:7]

    def unmatched_categories(self, table) -> Dict[str, int]:
        """Crime types of imported rows that the harm table has no weight for
        (text as written -> rows; '' for an empty Crime type)."""
        from .harm.harm_table import match_codes

        categories = np.array([v.strip() for v in self.cells["Crime type"][self.imported]], dtype=object)
        return match_codes(table, categories).missing if len(categories) else {}


# --------------------------------------------------------------------------- reading


@dataclass
class _LineProblem:
    """Why a line could not be split into cells as written, and the line itself."""

    reason: str  # UNCLOSED_QUOTE or UNREADABLE_ROW
    detail: str
    line: str


@dataclass
class _FileRows:
    rows: List[List[str]]
    lines: List[int]
    positions: Dict[str, int]  # street column -> cell index
    extra_positions: List[Tuple[int, str]]  # (cell index, header name) of unknown columns
    width: int
    problems: List[Optional[_LineProblem]] = field(default_factory=list)  # one per row


def read_crime_file(path: Path, name: str) -> Tuple[_FileRows, FileReport]:
    """One file's rows (as cells) and its report; raises PoliceUkError /
    PoliceUkHeaderError naming ``name``."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise PoliceUkError(tr("{0}: cannot be read ({1})").format(name, error.strerror or error)) from None
    return parse_crime_bytes(data, name)


def parse_crime_bytes(data: bytes, name: str) -> Tuple[_FileRows, FileReport]:
    """:func:`read_crime_file` for a file's bytes already in memory."""
    text, encoding = decode(data)
    delimiter = _delimiter(text)
    report = FileReport(name=name, encoding=encoding, delimiter=delimiter)
    header: Optional[List[str]] = None
    header_problem: Optional[_LineProblem] = None
    rows: List[List[str]] = []
    lines: List[int] = []
    problems: List[Optional[_LineProblem]] = []
    blank = 0
    number = 0
    for number, line in enumerate(physical_lines(text), start=1):
        cells, problem = split_line(line, delimiter, header)
        if problem is None and not "".join(cells).strip():
            blank += 1
            continue
        if header is None:
            header, header_problem = cells, problem
            report.header_line = number
            continue
        rows.append(cells)
        lines.append(number)
        problems.append(problem)
    report.lines = number
    report.blank_lines = blank
    report.rows = len(rows)
    if header is None:
        report.status = FILE_EMPTY
        return _FileRows([], [], {}, [], 0), report
    positions: Dict[str, int] = {}
    extra: List[Tuple[int, str]] = []
    for i, raw_name in enumerate(header):
        canonical = _CANONICAL.get(header_key(raw_name))
        if canonical is not None and canonical not in positions:
            positions[canonical] = i
        else:
            extra.append((i, raw_name.strip()))
    missing = [c for c in REQUIRED_COLUMNS if c not in positions]
    if missing:
        raise PoliceUkHeaderError(name, missing, [h.strip() for h in header],
                                  header_problem.detail.replace(" on this line", "") if header_problem else "")
    report.missing_columns = [c for c in STREET_COLUMNS if c not in positions]
    report.extra_columns = [n for _, n in extra]
    if not rows:
        report.status = FILE_NO_ROWS
    return _FileRows(rows, lines, positions, extra, len(header), problems), report


def physical_lines(text: str):
    """The lines of ``text`` as a text editor shows them (ended by CR LF, LF
    or a lone CR), without their line ends."""
    for line in io.StringIO(text, newline=""):
        if line.endswith("\r\n"):
            yield line[:-2]
        elif line.endswith(("\n", "\r")):
            yield line[:-1]
        else:
            yield line


def split_line(line: str, delimiter: str = ",",
               header: Optional[Sequence[str]] = None) -> Tuple[List[str], Optional[_LineProblem]]:
    """One physical line's cells, read as the csv module reads a record, and
    what stopped it being read as written (None when nothing did).

    The csv module is given the line alone, so an unclosed quote cannot reach
    into the next line: it keeps reading the quoted value to the end of the
    line, where (not being strict) it ends the value. The line end we append
    ends a record outside quotes; inside an unclosed quote it becomes part of
    the last value, which is how the unclosed quote is recognised.
    ``header`` names the cell in the detail."""
    if '"' not in line:  # nothing quoted: the csv module would split at every delimiter too (and more slowly)
        return line.split(delimiter), None
    try:
        cells = next(csv.reader((line + "\n",), delimiter=delimiter), [])
    except csv.Error as error:  # e.g. a value over csv.field_size_limit()
        return [], _LineProblem(UNREADABLE_ROW, tr("the line cannot be split into cells ({0})").format(error), line)
    if not cells or not cells[-1].endswith("\n"):
        return cells, None
    cells[-1] = cells[-1][:-1]
    cell = len(cells)
    name = header[cell - 1].strip() if header is not None and cell <= len(header) else ""
    detail = tr("the quote that opens cell {0}{1} is not closed on this line").format(
        cell, " ({0})".format(name) if name else "")
    return cells, _LineProblem(UNCLOSED_QUOTE, detail, line)


def read_crime_files(selection: FileSelection,
                     progress: Optional[Callable[[int, int, str], bool]] = None) -> PoliceRows:
    """Read every selected file (see the module doc). ``progress(done, total,
    file name)`` is called before each file; returning False stops the read
    (the rows read so far are returned)."""
    reports: List[FileReport] = []
    per_file: List[_FileRows] = []
    total = len(selection.files)
    for i, path in enumerate(selection.files):
        name = selection.display_name(path)
        if progress is not None and progress(i, total, name) is False:
            break
        rows, report = read_crime_file(path, name)
        per_file.append(rows)
        reports.append(report)
    return _columns(per_file, reports)


def _columns(per_file: List[_FileRows], reports: List[FileReport]) -> PoliceRows:
    """Join the files' rows into columns and decide each row's readability."""
    cells: Dict[str, list] = {c: [] for c in STREET_COLUMNS}
    extra: list = []
    file_index: List[np.ndarray] = []
    lines: list = []
    line_reasons: list = []  # UNCLOSED_QUOTE / UNREADABLE_ROW for a line not read as written, else ""
    first_detail: list = []  # that line's problem, or a wrong number of cells, else ""
    for i, fr in enumerate(per_file):
        n = len(fr.rows)
        if not n:
            continue
        rows = fr.rows
        width = fr.width
        problems = fr.problems
        padded = [r if len(r) >= width else r + [""] * (width - len(r)) for r in rows]
        by_position = list(zip(*padded))  # zip stops at the shortest row: the header's width
        for column in STREET_COLUMNS:
            at = fr.positions.get(column)
            cells[column].extend(by_position[at] if at is not None else [""] * n)
        bad_width = [p is None and len(r) != width for r, p in zip(rows, problems)]
        for r, b, p in zip(rows, bad_width, problems):
            line_reasons.append(p.reason if p is not None else "")
            first_detail.append(p.detail if p is not None else
                                "{0} cells expected, {1} found".format(width, len(r)) if b else "")
        extra.extend(_extra_text(r, fr, b, p) for r, b, p in zip(rows, bad_width, problems))
        file_index.append(np.full(n, i, dtype=np.int32))
        lines.extend(fr.lines)
    n_rows = len(lines)
    arrays = {c: object_array(v) for c, v in cells.items()}
    detail = object_array(first_detail)
    month = _parse_months(arrays["Month"])
    longitude, lon_problem = _parse_coordinate(arrays["Longitude"], "Longitude", 180.0)
    latitude, lat_problem = _parse_coordinate(arrays["Latitude"], "Latitude", 90.0)
    lon_empty = np.isnan(longitude) & (lon_problem == "")
    lat_empty = np.isnan(latitude) & (lat_problem == "")

    month_problem = np.full(n_rows, "", dtype=object)
    for i in np.flatnonzero(np.isnat(month)):
        value = arrays["Month"][i].strip()
        month_problem[i] = tr("Month '{0}' is not a month (YYYY-MM)").format(value) if value else tr("Month is empty")
    one_missing = lon_empty != lat_empty
    half = np.where(lon_empty, tr("Longitude is empty but Latitude is not"),
                    tr("Latitude is empty but Longitude is not"))
    for problem in (month_problem, lon_problem, lat_problem, np.where(one_missing, half, "").astype(object)):
        fill = (detail == "") & (problem != "")
        detail[fill] = problem[fill]
    reason = np.full(n_rows, IMPORTED, dtype=object)
    reason[detail != ""] = UNREADABLE_ROW
    not_as_written = object_array(line_reasons)
    reason[not_as_written != ""] = not_as_written[not_as_written != ""]
    reason[(reason == IMPORTED) & lon_empty & lat_empty] = NO_COORDINATES
    return PoliceRows(
        files=reports, cells=arrays, extra=object_array(extra),
        file_index=np.concatenate(file_index) if file_index else np.empty(0, dtype=np.int32),
        line=np.asarray(lines, dtype=np.int64), longitude=longitude, latitude=latitude, month=month,
        reason=reason, detail=detail,
    )


def _extra_text(row: List[str], fr: _FileRows, wrong_width: bool, problem: Optional[_LineProblem] = None) -> Optional[
    str]:
    """What a row holds beyond the street columns, as JSON: the unknown columns'
    values, for a row of the wrong width all its cells, and for a line not read
    as written the line itself (nothing is lost)."""
    out = {}
    for at, name in fr.extra_positions:
        if at < len(row) and row[at] != "":
            out[name or "column {0}".format(at + 1)] = row[at]
    if wrong_width:
        out["cells"] = list(row)
    if problem is not None:
        out["line"] = problem.line
    return json.dumps(out, ensure_ascii=False) if out else None


def _parse_coordinate(values: np.ndarray, column: str, limit: float) -> Tuple[np.ndarray, np.ndarray]:
    """(degrees, problem text) per value; empty -> NaN with no problem."""
    import pandas as pd

    n = len(values)
    problem = np.full(n, "", dtype=object)
    if not n:
        return np.empty(0, dtype=float), problem
    stripped = pd.Series(values, dtype=object).str.strip()
    number = pd.to_numeric(stripped.where(stripped != "", None), errors="coerce").to_numpy(dtype=float)
    empty = (stripped == "").to_numpy()
    not_number = ~empty & np.isnan(number)
    for i in np.flatnonzero(not_number):
        problem[i] = tr("{0} '{1}' is not a number").format(column, stripped.iat[i])
    out_of_range = ~empty & ~not_number & ~(np.abs(number) <= limit)
    for i in np.flatnonzero(out_of_range):
        problem[i] = tr("{0} {1} is outside -{2:g}..{2:g}").format(column, stripped.iat[i], limit)
    number[not_number | out_of_range] = np.nan
    return number, problem


def _parse_months(values: np.ndarray) -> np.ndarray:
    """First of the month per value (NaT where not a month); each distinct text parsed once."""
    import pandas as pd

    if not len(values):
        return np.empty(0, dtype="datetime64[D]")
    codes, uniques = pd.factorize(values)
    parsed = [parse_month(str(u)) for u in uniques]
    table = np.array([p if p is not None else np.datetime64("NaT", "D") for p in parsed] + [np.datetime64("NaT", "D")],
                     dtype="datetime64[D]")
    return table[codes]
