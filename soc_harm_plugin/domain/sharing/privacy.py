"""Safe to share: which fields identify a person, small-count suppression,
and a last check that no identifier value reaches published text.

A field is an *identifier* when a harm scheme marks it personal
(``personal_fields``) or its name matches the documented list below. Names
are compared by their words: ``full_name``, ``FullName`` and ``full name``
all read as ``full name``; area names such as ``sector_name`` or
``ward_name`` are not identifiers.

=================  ===========================================================
category code      field names that match
=================  ===========================================================
``name``           full_name, first_name, forename(s), surname, last_name,
                   given_name, family_name, middle_name, maiden_name,
                   nickname, alias, and <person word>_name (person, nominal,
                   offender, suspect, victim, witness, subject, ...)
``person_id``      <person word>_id / _ref / _no / _number (nominal_id,
                   person_id, offender_ref, ...), pnc, pnc_id, cro, cro_no,
                   ni_number, nino, nhs_number, passport, driving_licence
``date_of_birth``  date_of_birth, dob, birth_date, birthdate, birthday,
                   year_of_birth, yob
``address``        any name with the word address or addr, postcode,
                   post_code, uprn, house_number
``phone``          phone, telephone, tel, mobile, landline, msisdn, imei,
                   imsi, fax (with or without _number / _no)
``vehicle``        vrm, vrn, number_plate, licence_plate, registration,
                   reg_no, vehicle_reg, vehicle_registration
``email``          email, e_mail, email_address
``personal``       a field a scheme lists in a measure's personal_fields
=================  ===========================================================

Counts below a threshold (often 5) are published as ``"<5"`` so that no
person can be identified from a small number; 0 is below the threshold too.
Pure Python: no QGIS import.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

CATEGORIES = ("name", "person_id", "date_of_birth", "address", "phone", "vehicle", "email", "personal")

PERSON_WORDS = frozenset({
    "person", "people", "nominal", "nominals", "offender", "suspect", "victim", "witness", "subject",
    "individual", "member", "complainant", "informant", "officer", "contact", "occupant", "resident",
    "driver", "keeper", "owner", "customer", "patient", "client", "child", "parent", "next", "kin",
})
ID_WORDS = frozenset({"id", "ids", "ref", "reference", "no", "num", "number", "uid", "key", "code"})
_NAME_JOINED = frozenset({
    "fullname", "firstname", "firstnames", "forename", "forenames", "surname", "surnames", "lastname",
    "givenname", "givennames", "familyname", "middlename", "middlenames", "maidenname", "nickname",
    "nicknames", "alias", "aliases", "nameoffender", "personname",
})
_PERSON_ID_JOINED = frozenset({
    "pnc", "pncid", "pncno", "pncnumber", "pncref", "cro", "crono", "cronumber", "croref", "nino", "ninumber",
    "ninsno", "nationalinsurance", "nationalinsurancenumber", "nationalinsuranceno", "nhsnumber", "nhsno",
    "passport", "passportno", "passportnumber", "drivinglicence", "drivinglicense", "drivinglicencenumber",
    "drivinglicenceno", "drivinglicensenumber",
})
_DOB_JOINED = frozenset({
    "dob", "dateofbirth", "birthdate", "birthday", "dateborn", "yearofbirth", "yob", "birthyear", "dobirth",
})
_ADDRESS_JOINED = frozenset({"postcode", "postcodes", "uprn", "housenumber", "housename", "zipcode"})
_PHONE_WORDS = frozenset({"phone", "telephone", "tel", "mobile", "landline", "msisdn", "imei", "imsi", "fax",
                          "cellphone", "phonenumber", "mobilenumber", "telno", "phoneno", "mobileno"})
_VEHICLE_JOINED = frozenset({
    "vrm", "vrn", "reg", "regno", "regnumber", "registration", "registrationno", "registrationnumber",
    "vehiclereg", "vehicleregistration", "vehicleregno", "vehiclevrm", "numberplate", "licenceplate",
    "licenseplate", "plate", "platenumber",
})
_EMAIL_JOINED = frozenset({"email", "emails", "emailaddress", "mail"})


@dataclass(frozen=True)
class IdentifierField:
    """A field that identifies a person, and why (one of ``CATEGORIES``)."""

    name: str
    category: str


def field_words(name: str) -> List[str]:
    """The lower-case words of a field name: ``FullName``, ``full_name`` and
    ``full-name`` all give ``["full", "name"]``."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", spaced)
    return [w for w in re.split(r"[^a-z0-9]+", spaced.lower()) if w]


def identifier_category(name: str) -> Optional[str]:
    """The category code of the documented name list this field name matches, or None."""
    words = field_words(name)
    if not words:
        return None
    joined = "".join(words)
    word_set = set(words)
    if joined in _DOB_JOINED or "dob" in word_set or ("birth" in word_set and bool(word_set & {"date", "day", "year"})):
        return "date_of_birth"
    if joined in _NAME_JOINED or bool(word_set & {"forename", "forenames", "surname", "surnames", "nickname", "alias",
                                                   "firstname", "lastname", "fullname"}):
        return "name"
    if "name" in word_set or "names" in word_set:
        qualifiers = word_set - {"name", "names"}
        if qualifiers & (PERSON_WORDS | {"full", "first", "last", "given", "family", "middle", "maiden", "nick"}):
            return "name"
    if joined in _PERSON_ID_JOINED or bool(word_set & {"pnc", "nino"}) or joined.startswith("nationalinsurance"):
        return "person_id"
    if words[0] in PERSON_WORDS and len(words) > 1 and set(words[1:]) <= ID_WORDS:
        return "person_id"
    if joined in _EMAIL_JOINED or "email" in word_set or ("e" in word_set and "mail" in word_set):
        return "email"
    if "address" in word_set or "addr" in word_set or "addresses" in word_set or joined.startswith("addressline") \
            or joined in _ADDRESS_JOINED or "postcode" in word_set:
        return "address"
    if joined in _PHONE_WORDS or bool(word_set & {"phone", "telephone", "mobile", "landline", "msisdn", "imei",
                                                  "imsi"}) \
            or (words[0] in {"tel", "fax"} and set(words[1:]) <= ID_WORDS):
        return "phone"
    if joined in _VEHICLE_JOINED or bool(word_set & {"vrm", "vrn", "numberplate"}) \
            or ("vehicle" in word_set and bool(word_set & {"reg", "registration", "plate", "vrm", "vrn"})) \
            or ({"number", "plate"} <= word_set):
        return "vehicle"
    return None


def identifier_fields(field_names: Iterable[str], personal_fields: Iterable[str] = ()) -> List[IdentifierField]:
    """The identifier fields among ``field_names``, in their order.

    ``personal_fields`` (from a harm scheme) are identifiers whatever their
    name; they match field names ignoring case.
    """
    personal = {p.lower() for p in personal_fields if p}
    found = []
    for name in field_names:
        if name.lower() in personal:
            found.append(IdentifierField(name, "personal"))
            continue
        category = identifier_category(name)
        if category is not None:
            found.append(IdentifierField(name, category))
    return found


def is_identifier(name: str, personal_fields: Iterable[str] = ()) -> bool:
    return bool(identifier_fields([name], personal_fields))


def personal_fields_of(provenance: Optional[dict]) -> List[str]:
    """The fields a scheme marks personal, from an output's provenance: every
    measure's ``personal_fields`` (and a top-level ``personal_fields`` list)."""
    if not isinstance(provenance, dict):
        return []
    found: List[str] = []

    def add(values) -> None:
        if isinstance(values, str):
            values = [values]
        for value in values or ():
            if isinstance(value, str) and value and value not in found:
                found.append(value)

    add(provenance.get("personal_fields"))
    scheme = provenance.get("scheme")
    if isinstance(scheme, dict):
        add(scheme.get("personal_fields"))
        for measure in scheme.get("measures") or ():
            if isinstance(measure, dict):
                add(measure.get("personal_fields"))
    return found


# ------------------------------------------------------------------ counts

def is_count_field(name: str) -> bool:
    """Fields that hold counts of records or people, which publication suppresses:
    ``harm_n``, ``<key>_n``, ``n_current``, ``n_baseline``, ``*_count``, ``count``, ``records``."""
    lower = name.lower()
    return (lower in {"n", "count", "records", "harm_n"} or lower.endswith("_n") or lower.startswith("n_")
            or lower.endswith("_count"))


def is_suppressed(value, threshold: int) -> bool:
    """True when a count from 1 to below ``threshold`` must not be published
    (threshold 0: never). Zero is published: it points at no one."""
    if value is None or threshold <= 0:
        return False
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    if math.isnan(number):
        return False
    return 0 < number < threshold


def suppress_count_text(value, threshold: int) -> str:
    """A count as published text: ``"<5"`` below the threshold, else ``"1,234"``;
    ``""`` for a missing value."""
    if value is None:
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number):
        return ""
    if is_suppressed(number, threshold):
        return "<{0}".format(int(threshold))
    return "{0:,}".format(int(round(number)))


# ------------------------------------------------------------------ values

MIN_VALUE_LENGTH = 3  # shorter values (initials, "1") would match ordinary text


def identifier_values(columns: Dict[str, Sequence], fields: Sequence[IdentifierField]) -> Set[str]:
    """The text values of identifier fields that a published text must not contain.

    ``columns`` maps field names to their values. Dates of birth are left out:
    as bare dates they would match the period dates every pack prints, and a
    pack never prints a date that is not its own.
    """
    values: Set[str] = set()
    for item in fields:
        if item.category == "date_of_birth":
            continue
        for value in columns.get(item.name, ()):
            if value is None:
                continue
            text = str(value).strip()
            if isinstance(value, float) and value != value:
                continue
            if len(text) >= MIN_VALUE_LENGTH:
                values.add(text)
    return values


WITHHELD = "[withheld]"


class Scrubber:
    """Replaces identifier values found in text, counting what it replaced.

    Values match as whole words, case-insensitively, so ``N0012`` matches in
    "nominal N0012." but not inside ``N00123``.
    """

    def __init__(self, values: Iterable[str], replacement: str = WITHHELD):
        self.replacement = replacement
        self.replaced = 0
        ordered = sorted({v for v in values if v}, key=lambda v: (-len(v), v))
        self._pattern = None
        if ordered:
            self._pattern = re.compile("|".join(r"(?<!\w){0}(?!\w)".format(re.escape(v)) for v in ordered),
                                       re.IGNORECASE)

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        new, n = self._pattern.subn(self.replacement, text)
        self.replaced += n
        return new

    def found_in(self, text: str) -> List[str]:
        """The identifier values that occur in ``text`` (for tests and checks)."""
        if self._pattern is None or not text:
            return []
        return [m.group(0) for m in self._pattern.finditer(text)]


def describe_fields(fields: Sequence[IdentifierField]) -> List[Tuple[str, str]]:
    """(field, category) pairs, sorted by field name, for the pack's data-protection note."""
    return sorted(((f.name, f.category) for f in fields), key=lambda item: item[0].lower())
