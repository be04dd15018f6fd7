"""Numbers and dates as English and Welsh write them for people.

**Numbers.** Welsh in Wales writes numbers exactly as English does: the same
digits, a comma between thousands and a full stop before decimals
(``1,234,567.5``), as the Welsh Government's bilingual statistics and the Welsh
Language Commissioner's publications print them, and as the Unicode CLDR data
for ``cy`` (which Qt's ``QLocale("cy_GB")`` uses) gives. So a bilingual page
shows one set of figures, the same in both languages. Percentages keep the
plugin's ``28.9 %``.

**Dates.** Day, month name, year, no ordinal and no leading zero, as both the
Welsh Government and GOV.UK style guides write them: ``1 January 2024``,
``1 Ionawr 2024``. Welsh month names take a capital letter. After the words a
period is written with (``i`` "to", ``o`` "from", ``hyd at`` "up to") a Welsh
month name takes the soft mutation, as in StatsCymru's ``Ebrill i Fehefin``:
``Ionawr 2024 i Ragfyr 2024``, ``o Fawrth 2024``. A day number is never mutated,
so ``1 Ionawr 2024 i 31 Rhagfyr 2024`` keeps both month names as they are.
This grammar is why periods are written here, per language, rather than from
a translated template such as ``"{0} to {1}"``: a template cannot mutate the
word put into it.

Pure Python: no QGIS import.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Dict, Optional, Tuple, Union

from .languages import ENGLISH, WELSH, check_language

DateLike = Union[dt.date, str, None]


# ------------------------------------------------------------------ numbers

@dataclass(frozen=True)
class NumberStyle:
    group: str  # between thousands
    decimal: str  # before the decimals


NUMBER_STYLES: Dict[str, NumberStyle] = {
    ENGLISH: NumberStyle(group=",", decimal="."),
    WELSH: NumberStyle(group=",", decimal="."),  # the same as English in Wales (see the module's note)
}


def _missing(value) -> bool:
    if value is None:
        return True
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError):
        return True


def format_number(value, decimals: int = 0, language: str = ENGLISH) -> str:
    """``1,234,567`` (``1,234.5`` with one decimal) in ``language``; ``""`` for a missing value."""
    style = NUMBER_STYLES[check_language(language)]
    if _missing(value):
        return ""
    text = "{0:,.{1}f}".format(float(value), max(0, int(decimals)))
    if (style.group, style.decimal) == (",", "."):
        return text
    return text.replace(",", "\0").replace(".", style.decimal).replace("\0", style.group)


def format_percent(value, decimals: int = 1, language: str = ENGLISH) -> str:
    """A share as ``28.9 %``; ``""`` for a missing value."""
    number = format_number(value, decimals, language)
    return number + " %" if number else ""


# ------------------------------------------------------------------ month names

MONTHS: Dict[str, Tuple[str, ...]] = {
    ENGLISH: ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"),
    WELSH: ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
            "Hydref", "Tachwedd", "Rhagfyr"),
}

# Welsh soft mutation of a word's first letter(s); ch, ph, th and every other letter stay.
_SOFT = (("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""),
         ("m", "f"))
_NEVER = ("ch", "ph", "th")


def soft_mutation(word: str) -> str:
    """The Welsh soft mutation of ``word``: ``Mawrth`` -> ``Fawrth``, ``Rhagfyr`` -> ``Ragfyr``,
    ``Gorffennaf`` -> ``Orffennaf``, ``Tachwedd`` -> ``Dachwedd``; ``Chwefror`` and words
    starting with a vowel or another letter are unchanged. A capital stays a capital."""
    if not word:
        return word
    lower = word.lower()
    if lower.startswith(_NEVER):
        return word
    for radical, mutated in _SOFT:
        if lower.startswith(radical):
            rest = word[len(radical):]
            if not mutated:  # g is dropped: the next letter takes the capital
                return rest[:1].upper() + rest[1:] if word[:1].isupper() else rest
            if word[:1].isupper():
                mutated = mutated[:1].upper() + mutated[1:]
            return mutated + rest
    return word


def month_name(month: int, language: str = ENGLISH) -> str:
    """The name of month 1-12: ``Ionawr`` ... ``Rhagfyr``, ``January`` ... ``December``."""
    if not 1 <= int(month) <= 12:
        raise ValueError("A month is 1 to 12, not {0}.".format(month))
    return MONTHS[check_language(language)][int(month) - 1]


# ------------------------------------------------------------------ dates

def as_date(value: DateLike) -> Optional[dt.date]:
    """A date from a ``datetime.date`` (or datetime) or ISO text (``2024-01-31``, more after it is ignored)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError("{0!r} is not a date written as 2024-01-31.".format(value)) from None


def _readable(value: DateLike) -> Tuple[Optional[dt.date], str]:
    """(the date, "") or, for text that is not a date, (None, the text as written)."""
    try:
        return as_date(value), ""
    except ValueError:
        return None, str(value)


def format_date(value: DateLike, language: str = ENGLISH) -> str:
    """``1 January 2024`` / ``1 Ionawr 2024``; ``""`` for no date; text that is not a
    date is printed as it is written."""
    check_language(language)
    day, as_written = _readable(value)
    if day is None:
        return as_written
    return "{0} {1} {2}".format(day.day, month_name(day.month, language), day.year)


def format_month(value: DateLike, language: str = ENGLISH) -> str:
    """The month of a date: ``January 2024`` / ``Ionawr 2024``; ``""`` for no date; text
    that is not a date is printed as it is written."""
    check_language(language)
    day, as_written = _readable(value)
    if day is None:
        return as_written
    return "{0} {1}".format(month_name(day.month, language), day.year)


# The words a period is written with: (between two dates, before the first date, before the last date).
SPAN_WORDS: Dict[str, Tuple[str, str, str]] = {
    ENGLISH: ("{0} to {1}", "from {0}", "up to {0}"),
    WELSH: ("{0} i {1}", "o {0}", "hyd at {0}"),  # i, o and at all soft-mutate the word after them
}


def _after_preposition(text: str, language: str) -> str:
    """``text`` as it is written after "to", "from" or "up to": in Welsh its first word soft-mutated."""
    if language != WELSH or not text or not text[:1].isalpha():
        return text  # a day number is never mutated
    first, space, rest = text.partition(" ")
    return soft_mutation(first) + space + rest


def format_span(start: DateLike, end: DateLike, language: str = ENGLISH, month_only: bool = False) -> str:
    """A period in words, both ends included: ``1 January 2024 to 31 December 2024``,
    ``1 Ionawr 2024 i 31 Rhagfyr 2024``; whole months with ``month_only``: ``January 2024
    to December 2024``, ``Ionawr 2024 i Ragfyr 2024``. One end only: ``from 1 March 2024``,
    ``o Fawrth 2024``, ``up to 31 December 2024``, ``hyd at Ragfyr 2024``. ``""`` when neither
    end is given (the caller says "all dates" in its own words)."""
    check_language(language)
    words = format_month if month_only else format_date
    first, last = words(start, language), words(end, language)
    between, since, until = SPAN_WORDS[language]
    if first and last:
        return between.format(first, _after_preposition(last, language))
    if first:
        return since.format(_after_preposition(first, language))
    if last:
        return until.format(_after_preposition(last, language))
    return ""
