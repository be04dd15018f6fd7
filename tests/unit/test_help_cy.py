"""The Welsh help pages (issue 17): one per English page, where read_help looks
for locale ``cy``, keeping every machine word, and not left in English (pure: no QGIS).

Run: .venv/bin/python -m pytest -p no:qgis -q tests/unit/test_help_cy.py

The help pages are HTML fragments: what the brief calls backticked spans are the
``<code>…</code>`` spans here (and real backticks, should a page ever use them).
Field names, codes and values in them are machine words that must not be translated.
"""
from __future__ import annotations

import ast
import collections
import re
import shutil
from pathlib import Path

import pytest

from soc_harm_plugin import about

REPO = Path(__file__).resolve().parents[2]
LOCALE = "cy"
BASE_PY = REPO / "soc_harm_plugin" / "processing_provider" / "base.py"
PROVIDER_DIR = REPO / "soc_harm_plugin" / "processing_provider"
MAX_SHARED_WORDS = 0.10  # share of the Welsh page's words that are words of the English page

_CODE = re.compile(r"<code>(.*?)</code>|`([^`]*)`", re.S)
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&[#\w]+;")
_URL = re.compile(r"https?://\S+")
_CAPS = re.compile(r"(?<![\w&])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?!\w)")
_WORD = re.compile(r"[^\W\d_]{3,}")
_IDENTIFIER = re.compile(r"\w*_\w*")
_BLOCK = re.compile(r"<(/?)(p|h\d|ul|ol|li|table|tr|td|th|pre|blockquote)\b[^>]*>", re.I)


# --- what the checks read --------------------------------------------------------


def english_pages(help_dir: Path) -> list:
    return sorted(help_dir.glob("*.md"))


def code_spans(text: str) -> collections.Counter:
    """Every <code> (or backticked) span, as written."""
    return collections.Counter(a if a else b for a, b in _CODE.findall(text))


def prose(text: str) -> str:
    """The text outside code spans, tags, entities and links."""
    for pattern in (_CODE, _URL, _TAG, _ENTITY):
        text = pattern.sub(" ", text)
    return text


def parameter_names() -> frozenset:
    """Every name in capitals the algorithms declare (parameters, outputs, values
    such as NULL): the all-capital string literals of the processing provider."""
    names = set()
    for path in PROVIDER_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CAPS.fullmatch(node.value):
                names.add(node.value)
    return frozenset(names)


def capitalised_names(text: str, names: frozenset) -> collections.Counter:
    """Parameter and output names in capitals written in the prose (GINI, SEED, K)."""
    return collections.Counter(n for n in _CAPS.findall(prose(text)) if n in names)


def words(text: str, names: frozenset) -> list:
    """The words of the prose (3 letters or more), leaving out the parameter names
    in capitals and identifiers written with an underscore (status codes such as
    no_geometry, category keys such as drug_dealing): like code spans, they are
    machine words kept in English."""
    text = _CAPS.sub(lambda m: " " if m.group(1) in names else m.group(1), prose(text))
    text = _IDENTIFIER.sub(" ", text)
    return [w.lower() for w in _WORD.findall(text)]


def shared_word_share(english: str, welsh: str, names: frozenset) -> float:
    """The share of the Welsh page's words (3 letters or more, outside code spans
    and parameter names) that are also words of the English page."""
    english_words = set(words(english, names))
    welsh_words = words(welsh, names)
    if not welsh_words:
        return 1.0
    return sum(w in english_words for w in welsh_words) / len(welsh_words)


def block_structure(text: str) -> list:
    """The block elements in order (headings, paragraphs, lists, items) and each heading's level."""
    return [(slash, tag.lower()) for slash, tag in _BLOCK.findall(text)]


# --- the checks: each returns its problems, empty when the page is right -----------


def missing_translations(help_dir: Path, locale: str = LOCALE) -> list:
    return [p.name for p in english_pages(help_dir) if not (help_dir / locale / p.name).is_file()]


def machine_word_problems(english: str, welsh: str, names: frozenset) -> list:
    problems = []
    en_codes, cy_codes = code_spans(english), code_spans(welsh)
    if en_codes != cy_codes:
        problems.append("code spans differ: missing %s, extra %s" % (
            sorted((en_codes - cy_codes).elements()), sorted((cy_codes - en_codes).elements())))
    en_caps, cy_caps = capitalised_names(english, names), capitalised_names(welsh, names)
    if en_caps != cy_caps:
        problems.append("parameter names differ: missing %s, extra %s" % (
            sorted((en_caps - cy_caps).elements()), sorted((cy_caps - en_caps).elements())))
    return problems


def english_left_problems(english: str, welsh: str, names: frozenset) -> list:
    share = shared_word_share(english, welsh, names)
    if share >= MAX_SHARED_WORDS:
        return ["%.0f %% of the Welsh words are words of the English page (limit %.0f %%)" % (
            100 * share, 100 * MAX_SHARED_WORDS)]
    return []


def structure_problems(english: str, welsh: str) -> list:
    if block_structure(english) != block_structure(welsh):
        return ["headings, paragraphs and lists are not in the same order as the English page"]
    return []


# --- read_help, as the plugin runs it ----------------------------------------------


class _Settings:
    locale = LOCALE

    def value(self, key, default=None):
        assert key == "locale/userLocale"
        return self.locale


def plugin_read_help():
    """base.read_help itself (its source from base.py), run with the interface language
    QGIS reports (translate.interface_language: the first two letters of
    QgsApplication.locale()) answering the chosen locale, and the real
    about.help_path: the path the plugin reads."""
    tree = ast.parse(BASE_PY.read_text(encoding="utf-8"))
    func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "read_help")
    module = ast.fix_missing_locations(ast.Module(body=[func], type_ignores=[]))
    namespace = {"interface_language": lambda: (_Settings.locale or "en")[:2].lower(), "help_path": about.help_path}
    exec(compile(module, str(BASE_PY), "exec"), namespace)
    return namespace["read_help"]


# --- the real pages ------------------------------------------------------------------

HELP_DIR = about.help_path()
IDS = [p.stem for p in english_pages(HELP_DIR)]


def test_there_are_english_pages():
    assert len(IDS) == 20, IDS  # every algorithm of the provider has a page


def test_every_english_page_has_a_welsh_page():
    assert missing_translations(HELP_DIR) == []


def test_welsh_folder_holds_only_pages_of_english_ones():
    extra = sorted(p.name for p in (HELP_DIR / LOCALE).glob("*") if not (HELP_DIR / p.name).is_file())
    assert extra == []


@pytest.mark.parametrize("locale", ["cy", "cy_GB"])
@pytest.mark.parametrize("algorithm_id", IDS)
def test_read_help_returns_the_welsh_page(algorithm_id, locale, monkeypatch):
    monkeypatch.setattr(_Settings, "locale", locale)
    text = plugin_read_help()(algorithm_id)
    assert text == (HELP_DIR / LOCALE / (algorithm_id + ".md")).read_text(encoding="utf-8")
    assert text != (HELP_DIR / (algorithm_id + ".md")).read_text(encoding="utf-8")


def test_read_help_still_returns_english_for_english(monkeypatch):
    monkeypatch.setattr(_Settings, "locale", "en_GB")
    assert plugin_read_help()("scoreharm") == (HELP_DIR / "scoreharm.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def names():
    found = parameter_names()
    assert {"AREAS", "FILTER", "SEED", "GINI", "K", "NULL_VALUES"} <= found
    return found


def _pair(algorithm_id: str):
    english = (HELP_DIR / (algorithm_id + ".md")).read_text(encoding="utf-8")
    welsh = (HELP_DIR / LOCALE / (algorithm_id + ".md")).read_text(encoding="utf-8")
    return english, welsh


@pytest.mark.parametrize("algorithm_id", IDS)
def test_welsh_page_keeps_every_machine_word(algorithm_id, names):
    assert machine_word_problems(*_pair(algorithm_id), names) == []


@pytest.mark.parametrize("algorithm_id", IDS)
def test_welsh_page_is_not_the_english_text(algorithm_id, names):
    assert english_left_problems(*_pair(algorithm_id), names) == []


@pytest.mark.parametrize("algorithm_id", IDS)
def test_welsh_page_keeps_the_english_structure(algorithm_id):
    assert structure_problems(*_pair(algorithm_id)) == []


# --- each check can fail ---------------------------------------------------------------


@pytest.fixture
def help_copy(tmp_path) -> Path:
    copy = tmp_path / "help"
    shutil.copytree(HELP_DIR, copy)
    return copy


def test_a_missing_welsh_page_is_found(help_copy):
    (help_copy / LOCALE / "hotspots.md").unlink()
    assert missing_translations(help_copy) == ["hotspots.md"]


def test_a_welsh_page_in_the_wrong_folder_is_not_found(help_copy):
    """read_help reads the first two letters of the locale: a cy_GB folder is never read."""
    (help_copy / "cy_GB").mkdir()
    (help_copy / LOCALE / "scoreharm.md").rename(help_copy / "cy_GB" / "scoreharm.md")
    assert missing_translations(help_copy) == ["scoreharm.md"]


def test_a_translated_code_is_found(names):
    english, welsh = _pair("harmchange")
    planted = welsh.replace("<code>out_of_period</code>", "<code>y_tu_allan_i'r_cyfnod</code>", 1)
    assert planted != welsh
    problems = machine_word_problems(english, planted, names)
    assert len(problems) == 1 and "out_of_period" in problems[0]


def test_a_dropped_code_is_found(names):
    english, welsh = _pair("harmchange")
    planted = welsh.replace("<code>increase</code>", "cynnydd", 1)
    assert planted != welsh
    assert machine_word_problems(english, planted, names)


def test_a_translated_parameter_name_is_found(names):
    english, welsh = _pair("concentration")
    planted = welsh.replace("SHARE_HOLDING_HALF_COUNT", "CYFRAN_SY'N_DAL_HANNER", 1)
    assert planted != welsh
    problems = machine_word_problems(english, planted, names)
    assert len(problems) == 1 and "SHARE_HOLDING_HALF_COUNT" in problems[0]


def test_an_english_page_copied_as_welsh_is_found(names):
    english, _ = _pair("styleharm")
    assert english_left_problems(english, english, names)


def test_an_english_paragraph_left_in_a_welsh_page_is_found(names):
    english, welsh = _pair("harmchange")
    lines = welsh.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    planted = "\n".join(lines[:longest] + [english.split("\n")[longest]] + lines[longest + 1:])
    assert english_left_problems(english, planted, names)


def test_a_heading_out_of_order_is_found():
    english, welsh = _pair("scoreharm")
    planted = welsh.replace("<h4>", "<p>", 1).replace("</h4>", "</p>", 1)
    assert structure_problems(english, planted)


def test_read_help_falls_back_to_english_when_the_welsh_page_is_missing(tmp_path, monkeypatch):
    root = tmp_path / "plugin"
    shutil.copytree(HELP_DIR, root / "processing" / "help")
    (root / "processing" / "help" / LOCALE / "hotharm.md").unlink()
    monkeypatch.setattr(about, "plugin_root", lambda: root)
    monkeypatch.setattr(_Settings, "locale", LOCALE)
    read_help = plugin_read_help()
    assert read_help("hotharm") == (HELP_DIR / "hotharm.md").read_text(encoding="utf-8")
    assert read_help("hotspots") == (HELP_DIR / LOCALE / "hotspots.md").read_text(encoding="utf-8")
