"""One translation context for the whole plugin.

Every ``tr("...")`` and ``self.tr("...")`` looks its text up in the context
``SocHarm``, whatever class or module calls it, so the extractor
(``tools/resources/extract_strings.py``) and the runtime always agree. Translate, then
format: ``tr("Ranked {0} areas").format(n)``.
"""
from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "SocHarm"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
