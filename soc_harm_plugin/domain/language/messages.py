"""The words the domain writes for people (errors, warnings, details), in the interface language.

Pure code cannot reach Qt's translator, so the plugin hands it one when it
loads (``soc_harm_plugin/translate.py`` calls :func:`use`); until then (the
pure tests, scripts) a message is its English source. Write messages the way
the rest of the plugin does, translate, then format::

    from ..language.messages import tr
    raise SchemeError(tr("Scheme {0}: not valid JSON ({1})").format(path.name, error))

``tools/extract_strings.py`` collects these ``tr("...")`` calls with all the
others, into the same catalogue and context. Text that a document prints in a
language of its own (the briefing pack's tables and narrative) is not written
here: those functions take the document's ``tr`` as a parameter.
Pure Python: no QGIS import.
"""
from __future__ import annotations

from typing import Callable

Translate = Callable[[str], str]


def _english(text: str) -> str:
    return text


_translate: Translate = _english


def use(translate: Translate) -> None:
    """Translate the domain's messages with ``translate`` from now on (the plugin's ``tr``)."""
    global _translate
    _translate = translate


def tr(text: str) -> str:
    return _translate(text)
