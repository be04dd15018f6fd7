"""Which languages a text is written in, and in what order.

The plugin writes English (the source of every message) and Welsh (the
catalogue ``i18n/soc_harm_cy.ts``). A bilingual document prints Welsh first,
as Welsh public bodies do under the Welsh Language Standards: a short text
(a heading, a table header, the security marking) as ``Cymraeg / English`` on
one line, longer text (sentences, paragraphs) as the Welsh block followed by
the English block. A text that reads the same in both languages (a number, a
place name, a code) is printed once.

Codes, never labels, are what outputs store: ``en``, ``cy``, ``bilingual``.
Pure Python: no QGIS import.
"""
from __future__ import annotations

from typing import Callable, Iterable, List, Sequence, Tuple

Translate = Callable[[str], str]

ENGLISH = "en"
WELSH = "cy"
BILINGUAL = "bilingual"
WRITTEN = (ENGLISH, WELSH)  # the languages the plugin has words for (English is the source)
CHOICES = (ENGLISH, WELSH, BILINGUAL)  # socharm:briefingpack LANGUAGE in enum order: public, extend at the end only
PRINT_ORDER = (WELSH, ENGLISH)  # both languages: Welsh first
INLINE_SEPARATOR = " / "  # "SWYDDOGOL / OFFICIAL" on one line
BLOCK_SEPARATOR = "\n"  # the Welsh paragraph, then the English one


def check_language(language: str) -> str:
    """``language`` when the plugin writes it, else ValueError naming the ones it does."""
    if language not in WRITTEN:
        raise ValueError("Unknown language {0!r}: use one of {1}.".format(language, ", ".join(WRITTEN)))
    return language


def languages_of(choice: str) -> Tuple[str, ...]:
    """The languages a choice prints, in print order: ``("cy", "en")`` for bilingual."""
    if choice == BILINGUAL:
        return PRINT_ORDER
    return (check_language(choice),)


def _once(texts: Iterable[str]) -> List[str]:
    """The texts in order, an empty one or one equal to the text before it left out."""
    out: List[str] = []
    for text in texts:
        text = "" if text is None else str(text)
        if text and (not out or text != out[-1]):
            out.append(text)
    return out


def join_inline(texts: Sequence[str], separator: str = INLINE_SEPARATOR) -> str:
    """Short texts in print order on one line: ``"SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE"``;
    a text that is the same in both languages once (``"7,973"``, ``"Caldervine"``)."""
    return separator.join(_once(texts))


def join_blocks(texts: Sequence[str], separator: str = BLOCK_SEPARATOR) -> str:
    """Longer texts (sentences, paragraphs) one after the other, in print order."""
    return separator.join(_once(texts))


def in_languages(make: Callable[[Translate], str], translators: Sequence[Translate],
                 join: Callable[[Sequence[str]], str] = join_inline) -> str:
    """``make(tr)`` once with each language's translator (in print order), joined.

    ``make`` is a whole text built from translated templates, so each language is
    translated, then formatted, on its own: ``lambda tr: tr("Page {0} of {1}").format(2, 9)``
    gives ``"Tudalen 2 o 9 / Page 2 of 9"``."""
    return join([make(tr) for tr in translators])
