"""What the harm panel shows, decided without Qt or QGIS.

The dock (``gui/harm_panel.py``) only shows and links; every decision it
makes about a layer lives here, so it can be read and tested on its own:

- which fields of a scored layer are the rank, id, name, harm and count, its
  per-measure and per-dimension columns, and the change fields
  (``columns_of``), and what the user can switch between (``views_of``);
- the table's columns for a view (``ranking_columns``), ranks where a layer
  has none (dimensions), how values print (``format_value``) and how the
  text filter matches (``matches``);
- which output to show when the user switches geography (``layer_for_geography``);
- the records under selected areas (``records_filter``, ``record_columns``)
  and what each measure or offence code contributes (``composition``);
- what may leave the panel in an export: personal identifier fields are
  dropped and small counts suppressed unless the user opts in
  (``is_personal_field``, ``export_table``), by the briefing pack's own rules
  (``domain.privacy``), so both share the same safe-to-share defaults;
- the panel state kept in the project (``PanelState``) and where a re-score
  writes (``rescore_parameters``).

Stored values are stable English codes; user-visible labels are chosen by the
GUI (translated) from the roles and kinds given here.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from ..domain.codes import DECREASE, INCREASE, NO_CHANGE, TOO_FEW
from ..domain.limits import finite_or_none, float_or_nan
from ..domain.sharing import privacy
from ..domain.sharing.briefing import AreaFigures, drivers_from_provenance
from ..domain.sharing.narrative import drivers_sentence
from ..domain.harm.scheme import dimension_field
from ..domain.harm.scoring import rank_descending

# --------------------------------------------------------------------------- roles and fields

RANK, AREA_ID, AREA_NAME, HARM, COUNT, SHARE, PER_1000, PER_KM2, CHANGE, RANK_MOVE, MEASURE = (
    "rank", "area_id", "area_name", "harm", "count", "share", "per_1000", "per_km2", "change", "rank_move", "measure")

# (role, candidate fields in order): scoreharm / scorescheme first, then socharm:harmchange
ROLE_FIELDS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    (RANK, ("harm_rank", "rank_current")),
    (HARM, ("harm_score", "harm_current")),
    (COUNT, ("harm_n", "n_current")),
    (SHARE, ("harm_share",)),
    (PER_1000, ("harm_per_1000",)),
    (PER_KM2, ("harm_per_km2",)),
)
CHANGE_PCT_FIELD = "harm_change_pct"
CHANGE_CLASS_FIELD = "change_class"
RANK_BASELINE_FIELD = "rank_baseline"

DERIVED_RANK = "__rank__"  # computed columns (a dimension has no rank or share field)
DERIVED_SHARE = "__share__"

TOTAL_VIEW = "total"
GEOGRAPHY_ORDER = ("sector", "ward", "street", "other")


@dataclass(frozen=True)
class MeasureFields:
    """One measure of a scheme as the output holds it: ``<key>_n``, ``<key>_harm``, ..."""

    key: str
    label: str
    dimension: str = ""
    n_field: str = ""
    harm_field: str = ""
    rank_field: str = ""
    share_field: str = ""


@dataclass(frozen=True)
class DimensionFields:
    label: str
    field: str
    measure_keys: Tuple[str, ...] = ()


@dataclass(frozen=True)
class LayerColumns:
    """What a scored layer holds, found from its field names and provenance."""

    id_field: str
    name_field: str
    roles: Dict[str, str]  # role -> field (only roles present)
    change_pct: str = ""
    change_class: str = ""
    rank_baseline: str = ""
    measures: Tuple[MeasureFields, ...] = ()
    dimensions: Tuple[DimensionFields, ...] = ()

    @property
    def has_change(self) -> bool:
        return bool(self.change_pct or self.change_class or self.rank_baseline)

    def fields_to_read(self) -> List[str]:
        """Every field the panel uses, once, in a stable order."""
        names = [self.id_field, self.name_field] + list(self.roles.values())
        names += [self.change_pct, self.change_class, self.rank_baseline]
        for m in self.measures:
            names += [m.n_field, m.harm_field, m.rank_field, m.share_field]
        names += [d.field for d in self.dimensions]
        out: List[str] = []
        for name in names:
            if name and name not in out:
                out.append(name)
        return out


def is_ranking_layer(field_names: Sequence[str]) -> bool:
    """A layer the panel can rank: it holds a harm score (scoreharm, scorescheme or harmchange)."""
    names = set(field_names)
    return any(f in names for f in dict(ROLE_FIELDS)[HARM])


def columns_of(field_names: Sequence[str], provenance: Optional[Mapping] = None) -> Optional[LayerColumns]:
    """The panel's reading of a layer, or None when it holds no harm score."""
    if not is_ranking_layer(field_names):
        return None
    names = list(field_names)
    present = set(names)
    provenance = provenance or {}
    roles = {}
    for role, candidates in ROLE_FIELDS:
        for candidate in candidates:
            if candidate in present:
                roles[role] = candidate
                break
    id_field = provenance.get("area_id_field") or ""
    if id_field not in present:
        id_field = _guess_id_field(names)
    name_field = provenance.get("area_name_field") or ""
    if name_field not in present:
        name_field = _guess_name_field(names, id_field)
    measures = _measures(names, provenance)
    return LayerColumns(
        id_field=id_field,
        name_field=name_field,
        roles=roles,
        change_pct=CHANGE_PCT_FIELD if CHANGE_PCT_FIELD in present else "",
        change_class=CHANGE_CLASS_FIELD if CHANGE_CLASS_FIELD in present else "",
        rank_baseline=RANK_BASELINE_FIELD if RANK_BASELINE_FIELD in present else "",
        measures=measures,
        dimensions=_dimensions(names, provenance, measures),
    )


def _score_fields() -> set:
    out = set()
    for _, candidates in ROLE_FIELDS:
        out.update(candidates)
    return out | {CHANGE_PCT_FIELD, CHANGE_CLASS_FIELD, RANK_BASELINE_FIELD}


def _guess_id_field(names: Sequence[str]) -> str:
    skip = _score_fields() | {"fid"}
    for name in names:
        if name not in skip and (name.lower() == "area_id" or name.lower().endswith("_id")):
            return name
    for name in names:
        if name not in skip:
            return name
    return names[0] if names else ""


def _guess_name_field(names: Sequence[str], id_field: str) -> str:
    for name in names:
        if name != id_field and re.search(r"(^|_)name$", name.lower()):
            return name
    return ""


def _measures(names: Sequence[str], provenance: Mapping) -> Tuple[MeasureFields, ...]:
    present = set(names)
    scheme = provenance.get("scheme") or {}
    listed = scheme.get("measures") or []
    out = []
    if listed:
        for item in listed:
            key = str(item.get("key") or "")
            if key and key + "_harm" in present:
                out.append(_measure_fields(key, str(item.get("label") or key), str(item.get("dimension") or ""),
                                           present))
        return tuple(out)
    for name in names:  # no scheme in the provenance: read the fields' pattern
        found = re.match(r"^([a-z][a-z0-9_]*)_harm$", name)
        if found and found.group(1) not in ("harm", "dim") and found.group(1) + "_n" in present:
            key = found.group(1)
            out.append(_measure_fields(key, key.replace("_", " "), "", present))
    return tuple(out)


def _measure_fields(key: str, label: str, dimension: str, present: set) -> MeasureFields:
    def have(name: str) -> str:
        return name if name in present else ""

    return MeasureFields(key, label, dimension, have(key + "_n"), key + "_harm", have(key + "_rank"), have(
        key + "_share"))


def _dimensions(names: Sequence[str], provenance: Mapping, measures: Sequence[MeasureFields]) -> Tuple[DimensionFields,
        ...]:
    present = set(names)
    out: List[DimensionFields] = []
    labels: List[str] = []
    for m in measures:
        if m.dimension and m.dimension not in labels:
            labels.append(m.dimension)
    for label in labels:
        name = dimension_field(label)
        if name in present:
            out.append(DimensionFields(label, name, tuple(m.key for m in measures if m.dimension == label)))
    if not labels:
        for name in names:
            if name.startswith("dim_") and len(name) > 4:
                out.append(DimensionFields(name[4:].replace("_", " "), name, ()))
    return tuple(out)


# --------------------------------------------------------------------------- views (what the harm column shows)


@dataclass(frozen=True)
class View:
    """One choice of the panel's measure switch: all harm, one measure, or one dimension."""

    key: str  # stable: "total", "measure:<key>", "dimension:<field>"
    kind: str  # "total", "measure", "dimension"
    label: str  # "" for the total (the GUI names it)
    harm_field: str
    count_field: str = ""
    rank_field: str = ""  # "" -> ranked by the panel
    share_field: str = ""  # "" -> share computed by the panel
    measure_keys: Tuple[str, ...] = ()  # the measures whose records belong to this view ("" total: all)


def views_of(columns: LayerColumns) -> List[View]:
    views = [View(TOTAL_VIEW, "total", "", columns.roles.get(HARM, ""), columns.roles.get(COUNT, ""),
                  columns.roles.get(RANK, ""), columns.roles.get(SHARE, ""))]
    for m in columns.measures:
        views.append(View("measure:" + m.key, "measure", m.label, m.harm_field, m.n_field, m.rank_field,
                          m.share_field, (m.key,)))
    for d in columns.dimensions:
        views.append(View("dimension:" + d.field, "dimension", d.label, d.field, "", "", "", d.measure_keys))
    return views


def view_by_key(views: Sequence[View], key: str) -> View:
    for view in views:
        if view.key == key:
            return view
    return views[0]


@dataclass(frozen=True)
class Column:
    """A column of the ranking table. ``key`` is stable (kept in the project);
    ``label`` is a data label (a measure's), "" when the GUI names it by role."""

    key: str
    role: str
    field: str
    kind: str  # "rank", "text", "int", "float", "percent", "change", "rank_move"
    label: str = ""
    is_count: bool = False


def ranking_columns(columns: LayerColumns, view: View) -> List[Column]:
    """The table's columns for a view: rank, id, name, harm, count, share, rates,
    change (when present), then one harm column per measure."""
    out = [Column(RANK, RANK, view.rank_field or DERIVED_RANK, "rank"),
           Column(AREA_ID, AREA_ID, columns.id_field, "text")]
    if columns.name_field:
        out.append(Column(AREA_NAME, AREA_NAME, columns.name_field, "text"))
    out.append(Column(HARM, HARM, view.harm_field, "float", view.label))
    if view.count_field:
        out.append(Column(COUNT, COUNT, view.count_field, "int", is_count=True))
    out.append(Column(SHARE, SHARE, view.share_field or DERIVED_SHARE, "percent"))
    if view.kind == "total":
        for role in (PER_1000, PER_KM2):
            if role in columns.roles:
                out.append(Column(role, role, columns.roles[role], "float"))
        if columns.change_pct or columns.change_class:
            out.append(Column(CHANGE, CHANGE, columns.change_pct or columns.change_class, "change"))
        if columns.rank_baseline and RANK in columns.roles:
            out.append(Column(RANK_MOVE, RANK_MOVE, columns.rank_baseline, "rank_move"))
    for m in columns.measures:
        out.append(Column("m:" + m.key, MEASURE, m.harm_field, "float", m.label))
    return out


def derived_values(view: View, data: Mapping[str, Sequence]) -> Dict[str, list]:
    """Ranks and shares a view needs but the layer lacks (a dimension's)."""
    out: Dict[str, list] = {}
    values = [float_or_nan(v) for v in data.get(view.harm_field, [])]
    if not view.rank_field:
        out[DERIVED_RANK] = [int(r) if r else None for r in rank_descending(values)]
    if not view.share_field:
        total = sum(v for v in values if not math.isnan(v))
        out[DERIVED_SHARE] = [None if math.isnan(v) or not total else v / total * 100.0 for v in values]
    return out


# --------------------------------------------------------------------------- showing values


ARROW_UP, ARROW_DOWN, ARROW_SAME = "\u25b2", "\u25bc", "\u25ac"  # ▲ ▼ ▬


def change_arrow(change_class: Optional[str], pct: Optional[float] = None) -> str:
    """▲ harm rose, ▼ fell, ▬ no real change; from the change class, else the sign of the change."""
    if change_class == INCREASE:
        return ARROW_UP
    if change_class == DECREASE:
        return ARROW_DOWN
    if change_class in (NO_CHANGE, TOO_FEW):
        return ARROW_SAME
    value = float_or_nan(pct)
    if math.isnan(value):
        return ""
    return ARROW_UP if value > 0 else ARROW_DOWN if value < 0 else ARROW_SAME


def change_text(pct, change_class: Optional[str] = None) -> str:
    """'▲ +38.0 %' (a significant or plain change), '▬ -2.1 %', or the arrow alone where the
    baseline was 0 and the percentage is undefined."""
    arrow = change_arrow(change_class, pct)
    value = float_or_nan(pct)
    if math.isnan(value):
        return arrow
    return "{0} {1:+.1f} %".format(arrow, value).strip()


def rank_move(rank_current, rank_baseline) -> Optional[int]:
    """Places moved towards rank 1 (more harm) since the baseline: baseline - current."""
    now, before = float_or_nan(rank_current), float_or_nan(rank_baseline)
    if math.isnan(now) or math.isnan(before) or now <= 0 or before <= 0:
        return None
    return int(before - now)


def rank_move_text(move: Optional[int]) -> str:
    if move is None:
        return ""
    if move > 0:
        return "{0}{1}".format(ARROW_UP, move)
    if move < 0:
        return "{0}{1}".format(ARROW_DOWN, -move)
    return "="


def format_value(kind: str, value) -> str:
    """How a cell prints: thousands separators, one decimal for harm, '12.3 %' for shares."""
    if value is None:
        return ""
    if kind in ("text",):
        return str(value)
    number = float_or_nan(value)
    if math.isnan(number):
        return "" if not isinstance(value, str) else value
    if kind in ("int", "rank"):
        return "{0:,d}".format(int(round(number)))
    if kind == "percent":
        return "{0:.1f} %".format(number)
    if kind == "float":
        return "{0:,.1f}".format(number)
    return str(value)


def sort_value(value):
    """What a column sorts by: numbers as numbers, text case-folded, empty last (None)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return None if isinstance(value, float) and math.isnan(value) else value
    return str(value).casefold()


def display_order(values: Sequence, descending: bool = False) -> List[int]:
    """Row indices in the order shown when sorting by ``values`` (sort_value keys): blanks
    last in either direction, ties in their original order."""
    keys = [sort_value(v) for v in values]
    blanks = [i for i, k in enumerate(keys) if k is None]
    present = [i for i, k in enumerate(keys) if k is not None]

    def key(i):
        k = keys[i]
        return (1, k) if isinstance(k, str) else (0, k)

    present.sort(key=key, reverse=descending)  # reverse keeps ties in their order too
    return present + blanks


def search_text(*values) -> str:
    """The text a row is found by: its id and name, case-folded."""
    return " ".join(str(v) for v in values if v is not None).casefold()


def matches(query: str, text: str) -> bool:
    """Every word of the query appears in the row's text (case-insensitive); an empty query matches all."""
    return all(word in text for word in query.casefold().split())


# --------------------------------------------------------------------------- geographies


@dataclass(frozen=True)
class Candidate:
    """A scored layer in the project the panel can show."""

    layer_id: str
    name: str
    geography: str
    algorithm: str = ""
    scheme: str = ""


def geography_of(provenance: Optional[Mapping]) -> str:
    value = str((provenance or {}).get("geography") or "other").lower()
    return value if value in GEOGRAPHY_ORDER else "other"


def geographies(candidates: Sequence[Candidate]) -> List[str]:
    """The geographies present, coarse to fine."""
    present = {c.geography for c in candidates}
    return [g for g in GEOGRAPHY_ORDER if g in present]


def layer_for_geography(candidates: Sequence[Candidate], current_id: str, geography: str) -> str:
    """The layer to show for a geography: one like the current (same algorithm and scheme)
    if there is one, else the first of that geography; "" if none."""
    current = next((c for c in candidates if c.layer_id == current_id), None)
    same_geography = [c for c in candidates if c.geography == geography]
    if current is not None and current.geography == geography:
        return current.layer_id
    if current is not None:
        for c in same_geography:
            if c.algorithm == current.algorithm and c.scheme == current.scheme:
                return c.layer_id
    return same_geography[0].layer_id if same_geography else ""


# --------------------------------------------------------------------------- records


RECORD_FIELD_ORDER = ("area_id", "measure", "weight", "date", "code", "table_code", "status",
                      "source_layer", "source_fid", "distance", "dimension")


def quote_field(name: str) -> str:
    return '"{0}"'.format(name.replace('"', '""'))


def quote_literal(value) -> str:
    """A value as a QGIS expression literal: numbers bare, text in single quotes (doubled inside)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value)):
        return repr(value)
    return "'{0}'".format(str(value).replace("'", "''"))


def records_filter(area_ids: Sequence, measure_keys: Sequence[str] = (), area_field: str = "area_id",
                   measure_field: str = "measure") -> str:
    """The records under some areas (and, for one measure or dimension, of its measures).

    Records store area ids as text, so ids are compared as text."""
    ids = [str(a) for a in area_ids if a is not None]
    if not ids:
        return "FALSE"
    if len(ids) == 1:
        text = "{0} = {1}".format(quote_field(area_field), quote_literal(ids[0]))
    else:
        text = "{0} IN ({1})".format(quote_field(area_field), ", ".join(quote_literal(i) for i in ids))
    if measure_keys:
        keys = list(measure_keys)
        if len(keys) == 1:
            text += " AND {0} = {1}".format(quote_field(measure_field), quote_literal(keys[0]))
        else:
            text += " AND {0} IN ({1})".format(quote_field(measure_field), ", ".join(quote_literal(k) for k in keys))
    return text


def record_columns(field_names: Sequence[str]) -> List[str]:
    """The records table's columns: the usual ones first, then any others (fid dropped)."""
    present = [n for n in field_names if n.lower() != "fid"]
    first = [n for n in RECORD_FIELD_ORDER if n in present]
    return first + [n for n in present if n not in first]


def record_paths(records: Optional[str], layer_dir: Optional[str]) -> List[str]:
    """Where the records file may be: as recorded, then beside the scored layer (a moved project)."""
    if not records:
        return []
    out = [records]
    path = records.split("|")[0]
    if layer_dir:
        beside = os.path.join(layer_dir, os.path.basename(path))
        if beside != path:
            out.append(beside + records[len(path):])
    return out


# --------------------------------------------------------------------------- composition


@dataclass(frozen=True)
class Segment:
    key: str
    label: str
    value: float
    share: float  # percent of the bar


def composition(items: Iterable[Tuple[str, str, object]], max_segments: int = 8, by_size: bool = False,
                other_label: str = "Other") -> List[Segment]:
    """What each measure (or code) contributes: positive values only, as shares of their sum.

    ``by_size``: largest first, and beyond ``max_segments`` the rest merged
    into one ``other`` segment; otherwise the given order (a scheme's) is kept.
    """
    kept = []
    for key, label, value in items:
        number = float_or_nan(value)
        if not math.isnan(number) and number > 0:
            kept.append((key, label, number))
    if by_size:
        kept.sort(key=lambda item: -item[2])
    if max_segments and len(kept) > max_segments:
        head, tail = kept[:max_segments - 1], kept[max_segments - 1:]
        kept = head + [("__other__", other_label, sum(v for _, _, v in tail))]
    total = sum(v for _, _, v in kept)
    return [Segment(key, label, v, v / total * 100.0 if total else 0.0) for key, label, v in kept]


def sum_by(keys: Sequence, values: Sequence) -> Dict[object, float]:
    """Sum of values per key (None keys as ""), in first-seen order."""
    out: Dict[object, float] = {}
    for key, value in zip(keys, values):
        number = float_or_nan(value)
        if math.isnan(number):
            continue
        key = "" if key is None else key
        out[key] = out.get(key, 0.0) + number
    return out


# --------------------------------------------------------------------------- safe to share

SUPPRESS_BELOW = 5  # counts below this print as "<5" in shared exports (the briefing pack's default)


def is_personal_field(name: str, marked: Iterable[str] = ()) -> bool:
    """A personal identifier: marked personal by a scheme, or named like one. The documented
    name list (names, person and nominal ids, dates of birth, addresses, phone numbers,
    e-mail, vehicle registrations) is the briefing pack's, in ``domain.privacy``, so the panel
    and the pack leave out the same fields."""
    return privacy.is_identifier(name, marked)


def personal_category(name: str) -> str:
    """Why a field name is an identifier ("name", "date_of_birth", ...), or "" if it is not."""
    return privacy.identifier_category(name) or ""


def marked_personal_fields(provenance: Optional[Mapping]) -> List[str]:
    """Fields a scheme in the provenance marks personal, in any of its measures."""
    return privacy.personal_fields_of(dict(provenance) if provenance else None)


def people_measures(provenance: Optional[Mapping]) -> List[str]:
    """Measures whose records are people (the scheme marks personal fields on them): a record's
    source feature id then points at a person, so it is treated as a person id too."""
    scheme = (provenance or {}).get("scheme") or {}
    return [str(m.get("key")) for m in scheme.get("measures") or [] if m.get("personal_fields")]


def record_personal_fields(provenance: Optional[Mapping]) -> List[str]:
    out = marked_personal_fields(provenance)
    if people_measures(provenance):
        out.append("source_fid")
    return out


def suppress_count(value, threshold: int = SUPPRESS_BELOW):
    """A count as a shared table shows it: below the threshold (0 included, as in the
    briefing pack) as '<threshold'; larger counts as they are."""
    if privacy.is_suppressed(value, threshold):
        return "<{0}".format(threshold)
    return value


@dataclass(frozen=True)
class ExportColumn:
    name: str  # the header written
    kind: str  # "int", "float", "text", "date"
    source: str = ""  # the field it shows (checked against the personal list; "" = the name)
    is_count: bool = False
    exempt: bool = False  # an area's id and name are never personal


@dataclass
class ExportTable:
    columns: List[ExportColumn]
    rows: List[list]
    dropped: List[str] = field(default_factory=list)  # columns left out as personal
    suppressed: int = 0  # cells shown as "<5"


def export_table(columns: Sequence[ExportColumn], rows: Sequence[Sequence], *, marked: Iterable[str] = (),
                 include_personal: bool = False, show_small_counts: bool = False,
                 suppress_below: int = SUPPRESS_BELOW) -> ExportTable:
    """A table made safe to share: personal identifier columns dropped and small counts
    suppressed (a suppressed count column becomes text), unless the user opts in."""
    marked = list(marked)
    keep = []
    dropped = []
    for i, column in enumerate(columns):
        personal = not column.exempt and is_personal_field(column.source or column.name, marked)
        if personal and not include_personal:
            dropped.append(column.name)
        else:
            keep.append(i)
    out_columns = []
    suppress_at = set()
    for i in keep:
        column = columns[i]
        if column.is_count and not show_small_counts:
            suppress_at.add(i)
            column = ExportColumn(column.name, "text", column.source, True, column.exempt)
        out_columns.append(column)
    out_rows = []
    suppressed = 0
    for row in rows:
        out = []
        for i in keep:
            value = row[i]
            if i in suppress_at:
                shown = suppress_count(value, suppress_below)
                if shown is not value:
                    suppressed += 1
                value = _count_text(shown)
            out.append(value)
        out_rows.append(out)
    return ExportTable(out_columns, out_rows, dropped, suppressed)


def _count_text(value) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    number = float_or_nan(value)
    if math.isnan(number):
        return None
    return str(int(number)) if number == int(number) else str(number)


def export_path(path: str, chosen_filter: str = "") -> Tuple[str, str]:
    """(path with its extension, OGR driver): .xlsx -> XLSX, anything else -> CSV."""
    root, ext = os.path.splitext(path)
    ext = ext.lower()
    if ext not in (".csv", ".xlsx"):
        ext = ".xlsx" if "xlsx" in chosen_filter.lower() else ".csv"
        path = root + ext if root else path + ext
    return path, "XLSX" if ext == ".xlsx" else "CSV"


# --------------------------------------------------------------------------- state kept in the project

STATE_SCOPE = "SocHarmPanel"


@dataclass
class PanelState:
    """What the panel remembers per project: its layer, sort and measure."""

    layer_id: str = ""
    sort_column: str = RANK  # a Column.key
    sort_descending: bool = False
    view: str = TOTAL_VIEW  # a View.key

    def to_entries(self) -> Dict[str, str]:
        return {"layer_id": self.layer_id, "sort_column": self.sort_column,
                "sort_order": "descending" if self.sort_descending else "ascending", "view": self.view}

    @classmethod
    def from_entries(cls, entries: Mapping[str, str]) -> "PanelState":
        return cls(
            layer_id=entries.get("layer_id") or "",
            sort_column=entries.get("sort_column") or RANK,
            sort_descending=(entries.get("sort_order") or "") == "descending",
            view=entries.get("view") or TOTAL_VIEW,
        )


def sort_column_index(columns: Sequence[Column], key: str) -> int:
    """Where a remembered sort column is now (the rank column if it has gone)."""
    for i, column in enumerate(columns):
        if column.key == key:
            return i
    return 0


# --------------------------------------------------------------------------- re-scoring


def rescore_destination(value, stamp: str) -> object:
    """Where a re-run writes an output that went to ``value`` before: a new file beside it
    (``<name>_rescored_<stamp>.<ext>``), never over the file the project shows; a temporary
    output stays temporary; an output that was not written stays unwritten."""
    if value is None or value == "":
        return value
    text = str(value)
    if text == "TEMPORARY_OUTPUT" or text.startswith("memory:"):
        return "TEMPORARY_OUTPUT"
    path = text.split("|")[0]
    if text.startswith(("ogr:", "postgres:", "postgis:", "spatialite:")) or not os.path.splitext(path)[1]:
        return "TEMPORARY_OUTPUT"  # a database table or a layer id: do not guess, keep it in memory
    root, ext = os.path.splitext(path)
    root = re.sub(r"_rescored_\d{8}_\d{6}$", "", root)
    return "{0}_rescored_{1}{2}".format(root, stamp, ext)


def rescore_parameters(parameters: Mapping, destinations: Sequence[str], stamp: str) -> dict:
    """The provenance's parameters for a re-run: inputs as recorded, outputs to new files."""
    out = dict(parameters)
    for name in destinations:
        if name in out:
            out[name] = rescore_destination(out[name], stamp)
    return out


def drivers_text(provenance: Optional[dict], area_id, label: str, change_pct, tr) -> str:
    """What drove one area's change, from a change layer's provenance (socharm:harmchange keeps each
    area's top drivers): "Brackenholt: harm up 47 %, mostly Robbery (+61 % of the rise)". "" without drivers."""
    top = drivers_from_provenance(provenance).get(str(area_id))
    if not top:
        return ""
    return drivers_sentence(AreaFigures(key=str(area_id), label=label, change_pct=finite_or_none(change_pct),
                                        drivers=top), tr)
