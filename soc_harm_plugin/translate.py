"""One translation context for the whole plugin, and the languages it speaks.

Every ``tr("...")`` and ``self.tr("...")`` looks its text up in the context
``SocHarm``, whatever class or module calls it, so the extractor
(``tools/resources/extract_strings.py``) and the runtime always agree. Translate, then
format: ``tr("Ranked {0} areas").format(n)``.

- :func:`tr` speaks the interface language: the catalogue the plugin installs
  when it loads (:func:`install_translator`) for :func:`interface_language`.
  The pure domain's messages use it too (``domain/language/messages.py``).
- :func:`translator` speaks a given language whatever the interface's, for a
  document whose language is a parameter (``socharm:briefingpack`` LANGUAGE):
  a catalogue of its own, loaded from the same ``.qm`` and asked directly,
  never installed, so the interface is not touched.
- :func:`speaking` makes :func:`tr` speak a document's language while the
  document is written (so the styles of its maps, its narrative and its tables
  follow it), and :func:`document_language` says which, for numbers and dates.

English is the source text and needs no catalogue; ``i18n/soc_harm_<language>.qm``
is built from ``i18n/soc_harm_<language>.ts`` by ``make translations`` (a
checkout) or by packaging (the installed plugin).
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .about import i18n_path
from .domain.language import messages
from .domain.language.languages import WRITTEN

CONTEXT = "SocHarm"
SOURCE_LANGUAGE = "en"

Translate = Callable[[str], str]


_speaking: List[Tuple[str, "Translate"]] = []  # (language, translate): the documents being written, innermost last


def tr(text: str) -> str:
    if _speaking:
        return _speaking[-1][1](text)
    return QCoreApplication.translate(CONTEXT, text)


messages.use(tr)  # the domain's errors and warnings speak the interface language too


class MissingCatalogue(LookupError):
    """No compiled catalogue for a language (the message is for the user, in the interface language)."""


def interface_language() -> str:
    """The two-letter language of QGIS's interface, as QGIS decides it:
    ``QgsApplication.locale()`` gives the user's override (Settings > Options >
    General, the ``locale/userLocale`` setting with ``locale/overrideFlag``) or
    else the system's language. ``cy`` for Welsh, in the desktop and in
    ``qgis_process`` alike."""
    from qgis.core import QgsApplication

    return ((QgsApplication.locale() or SOURCE_LANGUAGE)[:2] or SOURCE_LANGUAGE).lower()


def catalogue_path(language: str) -> Path:
    return i18n_path("soc_harm_{0}.qm".format(language))


_catalogues: Dict[str, Tuple[float, QTranslator]] = {}  # language -> (the .qm's mtime, its translator)


def catalogue(language: str) -> QTranslator:
    """The compiled catalogue of ``language`` (loaded once, again when the file changes);
    MissingCatalogue when there is none."""
    path = catalogue_path(language)
    try:
        stamp = path.stat().st_mtime
    except OSError:
        raise MissingCatalogue(tr("The translation file '{0}' of SOC Harm is missing. Reinstall the plugin "
                                  "(in a checkout of its code, run make translations).").format(path)) from None
    cached = _catalogues.get(language)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    loaded = QTranslator()
    if not loaded.load(str(path)):
        raise MissingCatalogue(tr("The translation file '{0}' of SOC Harm cannot be read. Reinstall the "
                                  "plugin.").format(path))
    _catalogues[language] = (stamp, loaded)
    return loaded


def _source(text: str) -> str:
    return text


def _ask_in_utf8(found: QTranslator, text: str) -> str:
    """The catalogue's translation of a source beyond ASCII, asked for with the UTF-8 bytes Qt reads."""
    text = text.encode("utf-8")
    return found.translate(CONTEXT, text)


def translator(language: str) -> Translate:
    """``tr`` into ``language``, whatever the interface language: ``"en"`` gives the
    English source; another language looks the text up in its catalogue, and a text
    the catalogue lacks stays English (the catalogue tests make that a test failure).
    MissingCatalogue when the language has no catalogue."""
    if language == SOURCE_LANGUAGE:
        return _source
    found = catalogue(language)

    def translated(text: str) -> str:
        try:
            words = found.translate(CONTEXT, text)
        except UnicodeEncodeError:  # PyQt5 hands a str source to Qt as ASCII: give it the UTF-8 bytes Qt reads
            words = _ask_in_utf8(found, text)
        return words or text

    return translated


@contextmanager
def speaking(language: str) -> Iterator[Translate]:
    """Within the block :func:`tr` speaks ``language`` (``en`` or ``cy``), whatever the
    interface's: a document in a language of its own is written inside it, and every
    text made for it (a page's words, a map's legend, a narrative) is in that language.
    MissingCatalogue when the language has no catalogue."""
    _speaking.append((language, translator(language)))
    try:
        yield _speaking[-1][1]
    finally:
        _speaking.pop()


def document_language() -> str:
    """The language being written: the document's inside :func:`speaking`, else the
    interface's when the plugin writes it, else English."""
    if _speaking:
        return _speaking[-1][0]
    language = interface_language()
    return language if language in WRITTEN else SOURCE_LANGUAGE


def install_translator(language: Optional[str] = None) -> Optional[QTranslator]:
    """Install the catalogue of ``language`` (the interface language by default) for
    :func:`tr`: the toolbox, ``qgis_process``, the panel, messages, style legends.
    The translator installed, to remove on unload; None for English or a language
    with no catalogue (the interface then stays English)."""
    language = language or interface_language()
    if language == SOURCE_LANGUAGE:
        return None
    try:
        found = catalogue(language)
    except MissingCatalogue:
        return None
    QCoreApplication.installTranslator(found)
    return found


def remove_translator(installed: Optional[QTranslator]) -> None:
    if installed is not None:
        QCoreApplication.removeTranslator(installed)
