"""A bilingual page's texts: each Welsh text with its English after it (socharm:briefingpack LANGUAGE bilingual)."""

from __future__ import annotations

from typing import List, Tuple

from ...domain.language import languages


class PageWords:
    """The texts of one page in both languages, Welsh first: the page is laid out in English
    first and every text it prints kept in order (:meth:`keep`); then it is laid out again in
    Welsh, and each text takes its English after it (:meth:`pair`). The two layouts print the
    same texts in the same order (the same areas, numbers and branches), so the n-th Welsh
    text is the n-th English text's translation. A text that reads the same in both (a
    number, a name) is printed once."""

    def __init__(self):
        self.english: List[str] = []
        self.replaying = False
        self.position = 0
        self.last_pair: Tuple[str, str] = ("", "")  # the last text paired: (Welsh, English)

    def keep(self, text: str) -> str:
        self.english.append(text or "")
        return text

    def pair(self, welsh: str, block: bool) -> str:
        english = self.english[self.position] if self.position < len(self.english) else ""
        self.position += 1
        self.last_pair = (welsh or "", english)
        if block:
            return pair_blocks(welsh or "", english)
        return languages.join_inline([welsh, english])

    def text(self, text: str, block: bool = False) -> str:
        """``text`` as the page prints it: kept (English), or paired with its English (Welsh);
        ``block``: paragraphs, else one line."""
        return self.pair(text, block) if self.replaying else self.keep(text)


def pair_blocks(welsh: str, english: str) -> str:
    """Welsh and English paragraphs: line by line (each Welsh line, then its English) when
    they have as many lines, so a list of points reads in pairs; else the Welsh block, then
    the English one."""
    if not english or welsh == english:
        return welsh or english
    if not welsh:
        return english
    welsh_lines, english_lines = welsh.split("\n"), english.split("\n")
    if len(welsh_lines) == len(english_lines):
        out = []
        for cy, en in zip(welsh_lines, english_lines):
            out.append(cy)
            if en and en != cy:
                out.append(en)
        return "\n".join(out)
    return languages.join_blocks([welsh, english], separator="\n\n")
