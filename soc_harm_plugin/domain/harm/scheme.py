"""Harm schemes: a named, versioned list of measures that together score areas.

A scheme is a JSON file a team keeps and shares. Each measure says where its
records come from (a layer, an optional filter expression, optional links to
nominals), how each record is weighted (``table``: a harm table looked up by a
code field; ``fixed``: one weight for every record, stated or taken from a
harm-table code it is "weighed like"; ``field``: a numeric field), which
dimension of harm it belongs to, and which of its fields are personal.

Loading validates everything that can be checked without the layers and names
the measure and key of any problem.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from .harm_table import (BUILTIN_TABLES, HarmTable, HarmTableError, load_builtin_table, load_table_csv, normalise_code,
                         visible)
from ..language.messages import tr
from ..limits import MAX_VALUE, MAX_VALUE_TEXT, MAX_WEIGHT, show_number, weight_problem

SCHEME_FORMAT_VERSION = 1  # the newest "version" this plugin reads
METHODS = ("table", "fixed", "field")
MISSING_POLICIES = ("fail", "zero", "default")
BUILTIN_SCHEMES = ("soc_place_harm", "consumer_detriment", "neighbourhood_policeuk")

RESERVED_KEYS = ("harm", "dim", "area")  # harm_n, harm_score...: the totals
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,24}$")
_MEASURE_KEYS = {
    "key", "label", "layer", "filter", "method", "code_field", "harm_table", "weight_column", "weight",
    "equivalent_code", "factor", "weight_field", "dimension", "date_field", "personal_fields", "link",
    "threat_field", "threat_reference", "missing_weight", "default_weight", "rationale",
}
_LINK_KEYS = {
    "table", "record_id", "table_record_id", "table_nominal_id", "nominal_id_field", "separator",
    "nominals", "nominal_id", "group_type_field", "group_types",
}
_SCHEME_KEYS = {"version", "key", "name", "edition", "description", "attribution", "measures"}


class SchemeError(ValueError):
    """A scheme that cannot be used; the message names the file, measure and key."""


@dataclass(frozen=True)
class Link:
    """How a record is tied to nominals: through a link table (record id <->
    nominal id) or a nominal id field on the record; only nominals of
    ``group_types`` count (empty: any)."""

    nominals: str  # layer of nominals
    nominal_id: str  # its id field
    group_type_field: str
    group_types: Tuple[str, ...]
    record_id: str = ""  # the record's id field (link table path)
    table: str = ""  # link table layer
    table_record_id: str = ""
    table_nominal_id: str = ""
    nominal_id_field: str = ""  # field path: nominal id(s) on the record
    separator: str = ""  # several ids in one field, e.g. ";"

    @property
    def via_table(self) -> bool:
        return bool(self.table)


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    layer: str
    method: str
    dimension: str
    filter: str = ""
    code_field: str = ""
    harm_table: str = ""  # built-in key or a CSV path relative to the scheme file
    weight_column: str = "weight"
    weight: Optional[float] = None  # fixed: stated, or resolved from equivalent_code x factor
    equivalent_code: str = ""
    factor: float = 1.0
    weight_field: str = ""
    date_field: str = ""
    personal_fields: Tuple[str, ...] = ()
    link: Optional[Link] = None
    threat_field: str = ""
    threat_reference: float = 1.0
    missing_weight: str = "zero"
    default_weight: float = 0.0
    rationale: str = ""

    @property
    def fields(self) -> List[str]:
        """Fields of the measure's own layer that scoring reads."""
        wanted = [self.code_field, self.weight_field, self.date_field, self.threat_field]
        if self.link is not None:
            wanted.append(self.link.record_id if self.link.via_table else self.link.nominal_id_field)
        return [f for f in wanted if f]


@dataclass(frozen=True)
class Scheme:
    key: str
    name: str
    version: int
    edition: str
    description: str
    attribution: str
    measures: Tuple[Measure, ...]
    source: str = ""
    sha256: str = ""
    tables: Dict[str, HarmTable] = field(default_factory=dict, compare=False, repr=False)  # measure key -> table

    @property
    def dimensions(self) -> List[str]:
        """Distinct dimension labels, in the order measures first name them."""
        seen: List[str] = []
        for m in self.measures:
            if m.dimension not in seen:
                seen.append(m.dimension)
        return seen

    def measure(self, key: str) -> Measure:
        for m in self.measures:
            if m.key == key:
                return m
        raise KeyError(key)

    def layers(self) -> List[str]:
        """Every layer the scheme reads: measures' sources, link tables, nominals."""
        names: List[str] = []
        for m in self.measures:
            for name in (m.layer, m.link.table if m.link else "", m.link.nominals if m.link else ""):
                if name and name not in names:
                    names.append(name)
        return names

    def personal_fields(self) -> Dict[str, List[str]]:
        """layer -> fields the scheme marks personal (never to publish)."""
        out: Dict[str, List[str]] = {}
        for m in self.measures:
            for f in m.personal_fields:
                out.setdefault(m.layer, [])
                if f not in out[m.layer]:
                    out[m.layer].append(f)
        return out

    def provenance(self) -> dict:
        return {
            "key": self.key,
            "name": self.name,
            "version": self.version,
            "edition": self.edition,
            "sha256": self.sha256,
            "source": Path(self.source).name if self.source else "",
            "measures": [{
                "key": m.key, "label": m.label, "dimension": m.dimension, "layer": m.layer, "method": m.method,
                "weight": m.weight, "equivalent_code": m.equivalent_code or None, "factor": m.factor,
                "harm_table": self.tables[m.key].provenance() if m.key in self.tables else None,
                "personal_fields": list(m.personal_fields), "rationale": m.rationale or None,
            } for m in self.measures],
        }


def dimension_field(dimension: str) -> str:
    """The output field of a dimension: ``dim_`` + the label in lowercase, non-alphanumerics as ``_``."""
    return "dim_" + (re.sub(r"[^a-z0-9]+", "_", dimension.strip().lower()).strip("_") or "none")


def builtin_schemes(schemes_dir: Optional[Path] = None) -> Dict[str, Path]:
    """Shipped scheme key -> its JSON file."""
    if schemes_dir is None:
        from ... import about

        schemes_dir = about.resource_path("schemes")
    return {key: Path(schemes_dir) / (key + ".json") for key in BUILTIN_SCHEMES}


def load_scheme(path) -> Scheme:
    """Read and validate a scheme file (harm tables resolved, weights checked)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SchemeError(tr("Scheme {0}: cannot read the file ({1})").format(path, exc.strerror or exc)) from None
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SchemeError(tr("Scheme {0}: not UTF-8 text").format(path.name)) from None
    except ValueError as exc:
        raise SchemeError(tr("Scheme {0}: not valid JSON ({1})").format(path.name, exc)) from None
    return parse_scheme(obj, source=str(path), sha256=hashlib.sha256(data).hexdigest())


def parse_scheme(obj, source: str = "", sha256: str = "") -> Scheme:
    where = Path(source).name if source else "scheme"

    def fail(text: str):
        raise SchemeError(tr("Scheme {0}: {1}").format(where, text))

    if not isinstance(obj, dict):
        fail(tr("the file must hold a JSON object with 'version' and 'measures'"))
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        fail(tr("key 'version' must be a whole number (this plugin reads version {0})").format(SCHEME_FORMAT_VERSION))
    if version > SCHEME_FORMAT_VERSION:
        fail(tr("version {0} was written for a newer SOC Harm; this plugin reads schemes up to version {1}. Update "
                "the plugin.").format(
            version, SCHEME_FORMAT_VERSION))
    unknown = sorted(set(obj) - _SCHEME_KEYS)
    if unknown:
        fail(tr("unknown key(s) {0}; allowed: {1}").format(", ".join(unknown), ", ".join(sorted(_SCHEME_KEYS))))
    name = obj.get("name")
    if not isinstance(name, str) or not name.strip():
        fail(tr("key 'name' must be a non-empty text"))
    measures_obj = obj.get("measures")
    if not isinstance(measures_obj, list) or not measures_obj:
        fail(tr("key 'measures' must be a non-empty list"))
    base = Path(source).parent if source else Path(".")
    measures: List[Measure] = []
    tables: Dict[str, HarmTable] = {}
    for position, item in enumerate(measures_obj, start=1):
        measure, table = _parse_measure(item, position, where, base)
        if any(m.key == measure.key for m in measures):
            fail(tr("measure {0}: key '{1}' is used twice; each measure needs its own key").format(
                position, measure.key))
        measures.append(measure)
        if table is not None:
            tables[measure.key] = table
    by_field: Dict[str, str] = {}
    for m in measures:
        other = by_field.setdefault(dimension_field(m.dimension), m.dimension)
        if other != m.dimension:
            fail(tr("measure '{0}', key 'dimension': '{1}' and '{2}' both become field {3}; spell them "
                    "the same").format(
                m.key, m.dimension, other, dimension_field(m.dimension)))
    return Scheme(
        key=str(obj.get("key") or Path(source).stem or "scheme"),
        name=name.strip(),
        version=version,
        edition=str(obj.get("edition") or ""),
        description=str(obj.get("description") or ""),
        attribution=str(obj.get("attribution") or ""),
        measures=tuple(measures),
        source=source,
        sha256=sha256,
        tables=tables,
    )


def _parse_measure(item, position: int, where: str, base: Path):
    label_for = tr("measure {0}").format(position)
    if isinstance(item, dict) and isinstance(item.get("key"), str):
        label_for = tr("measure '{0}'").format(item["key"])

    def fail(key: str, text: str):
        raise SchemeError(tr("Scheme {0}, {1}, key '{2}': {3}").format(where, label_for, key, text))

    if not isinstance(item, dict):
        raise SchemeError(tr("Scheme {0}, measure {1}: must be a JSON object").format(where, position))
    unknown = sorted(set(item) - _MEASURE_KEYS)
    if unknown:
        fail(unknown[0], tr("unknown key; allowed: {0}").format(", ".join(sorted(_MEASURE_KEYS))))
    key = item.get("key")
    if not isinstance(key, str) or not KEY_PATTERN.match(key):
        fail("key", tr("must be lowercase letters, digits and _ (starting with a letter, at most 25), e.g. "
                       "'ocg_crime'; got {0!r}").format(key))
    if key in RESERVED_KEYS or key.startswith("dim_"):
        fail("key", tr("'{0}' is reserved for the scheme's totals; choose another key").format(key))

    def text(name: str, required: bool = False) -> str:
        value = item.get(name, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            fail(name, tr("must be text"))
        if required and not value.strip():
            fail(name, tr("is required"))
        return value.strip()

    def number(name: str, default: Optional[float], limit: float = MAX_WEIGHT) -> Optional[float]:
        value = item.get(name, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            fail(name, tr("must be a number; got {0!r}").format(value))
        try:
            value = float(value)
        except OverflowError:  # a whole number too large for a float
            value = math.inf
        if not math.isfinite(value):  # JSON's Infinity, NaN or 1e999, which Python reads
            fail(name, tr("must be a finite number; got {0}").format(show_number(value)))
        if value < 0:
            fail(name, tr("must be 0 or more; got {0}").format(show_number(value)))
        if value > limit:
            fail(name, "{0} {1}".format(show_number(value), weight_problem(value)) if limit == MAX_WEIGHT else
                 tr("{0} is above the largest number accepted, {1}").format(show_number(value), MAX_VALUE_TEXT))
        return value

    def weight(value: float, what: str) -> float:
        """A fixed weight after its factor: at most MAX_WEIGHT."""
        problem = weight_problem(value)
        if problem:
            fail("factor", tr("{0} is {1}, which {2}").format(what, show_number(value), problem))
        return value

    method = text("method", required=True)
    if method not in METHODS:
        fail("method", tr("unknown weight method '{0}'; use one of {1}").format(method, ", ".join(METHODS)))
    missing = text("missing_weight") or "zero"
    if missing not in MISSING_POLICIES:
        fail("missing_weight", tr("must be one of {0}").format(", ".join(MISSING_POLICIES)))
    personal = item.get("personal_fields", [])
    if not isinstance(personal, list) or not all(isinstance(p, str) and p.strip() for p in personal):
        fail("personal_fields", tr("must be a list of field names"))
    measure = Measure(
        key=key, label=text("label", required=True), layer=text("layer", required=True), method=method,
        dimension=text("dimension", required=True), filter=text("filter"), code_field=text("code_field"),
        harm_table=text("harm_table"), weight_column=text("weight_column") or "weight",
        weight=number("weight", None), equivalent_code=text("equivalent_code"), factor=number("factor", 1.0, MAX_VALUE),
        weight_field=text("weight_field"), date_field=text("date_field"),
        personal_fields=tuple(p.strip() for p in personal), link=_parse_link(item.get("link"), fail),
        threat_field=text("threat_field"), threat_reference=number("threat_reference", 1.0, MAX_VALUE),
        missing_weight=missing, default_weight=number("default_weight", 0.0), rationale=text("rationale"),
    )
    if measure.threat_field and not measure.threat_reference:
        fail("threat_reference", tr("must be more than 0 when a threat_field is given"))
    table = None
    if method == "table":
        if not measure.code_field:
            fail("code_field", tr("is required with method 'table'"))
        if not measure.harm_table:
            fail("harm_table", tr("is required with method 'table' (a built-in key: {0}, or a CSV file)").format(
                ", ".join(BUILTIN_TABLES)))
        table = _load_measure_table(measure, base, fail)
    elif method == "fixed":
        if measure.weight is None and not measure.equivalent_code:
            fail("weight", tr("method 'fixed' needs a 'weight', or an 'equivalent_code' with its 'harm_table'"))
        if measure.weight is not None and measure.equivalent_code:
            fail("equivalent_code", tr("give either 'weight' or 'equivalent_code', not both"))
        if measure.equivalent_code:
            if not measure.harm_table:
                fail("harm_table", tr("is required with an 'equivalent_code'"))
            table = _load_measure_table(measure, base, fail)
            code = normalise_code(measure.equivalent_code)
            if code not in table.weights:
                fail("equivalent_code", tr("code '{0}' is not in harm table '{1}'").format(
                    visible(measure.equivalent_code), table.name))
            measure = _replace(measure, weight=weight(table.weights[code] * measure.factor,
                                                      tr("the weight of code '{0}' times the factor").format(
                                                          visible(measure.equivalent_code))))
        else:
            measure = _replace(measure, weight=weight(measure.weight * measure.factor,
                                                      tr("the weight times the factor")))
        if not measure.rationale:
            fail("rationale", tr("a fixed weight must say why it was chosen (e.g. 'a drug-related death weighed "
                                 "like manslaughter')"))
    else:
        if not measure.weight_field:
            fail("weight_field", tr("is required with method 'field'"))
    return measure, table


def _load_measure_table(measure: Measure, base: Path, fail) -> HarmTable:
    ref = measure.harm_table
    try:
        if ref in BUILTIN_TABLES:
            return load_builtin_table(ref)
        path = Path(ref)
        if not path.is_absolute():
            path = base / path
        if not path.is_file():
            fail("harm_table", tr("'{0}' is neither a built-in table ({1}) nor a file ({2} not found)").format(
                ref, ", ".join(BUILTIN_TABLES), path))
        name = path.stem if measure.weight_column == "weight" else "{0}:{1}".format(path.stem, measure.weight_column)
        return load_table_csv(path, name=name, weight_column=measure.weight_column)
    except HarmTableError as exc:
        fail("harm_table", str(exc))


def _parse_link(obj, fail) -> Optional[Link]:
    if obj is None:
        return None
    if not isinstance(obj, dict):
        fail("link", tr("must be an object"))
    unknown = sorted(set(obj) - _LINK_KEYS)
    if unknown:
        fail("link", tr("unknown key '{0}'; allowed: {1}").format(unknown[0], ", ".join(sorted(_LINK_KEYS))))

    def text(name: str) -> str:
        value = obj.get(name) or ""
        if not isinstance(value, str):
            fail("link", tr("'{0}' must be text").format(name))
        return value.strip()

    groups = obj.get("group_types", [])
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        fail("link", tr("'group_types' must be a list of group types, e.g. [\"OCG\"]"))
    link = Link(
        nominals=text("nominals"), nominal_id=text("nominal_id"), group_type_field=text("group_type_field"),
        group_types=tuple(g.strip() for g in groups), record_id=text("record_id"), table=text("table"),
        table_record_id=text("table_record_id"), table_nominal_id=text("table_nominal_id"),
        nominal_id_field=text("nominal_id_field"), separator=obj.get("separator") or "",
    )
    if link.table and link.nominal_id_field:
        fail("link", tr("give a link 'table' or a 'nominal_id_field' on the record, not both"))
    if link.table:
        for name in ("record_id", "table_record_id", "table_nominal_id"):
            if not getattr(link, name):
                fail("link", tr("a link table needs '{0}'").format(name))
    elif not link.nominal_id_field:
        fail("link", tr("needs a link 'table' (with record_id, table_record_id, table_nominal_id) or a "
                        "'nominal_id_field'"))
    if link.group_types and not (link.nominals and link.nominal_id and link.group_type_field):
        fail("link", tr("'group_types' needs 'nominals', 'nominal_id' and 'group_type_field'"))
    return link


def _replace(measure: Measure, **changes) -> Measure:
    from dataclasses import replace

    return replace(measure, **changes)
