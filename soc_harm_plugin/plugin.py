"""The plugin class: translator, Processing provider, and (later) the panel."""
from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from .about import i18n_path


class SocHarmPlugin:
    def __init__(self, iface):
        self.iface = iface  # None under qgis_process: touch no GUI then
        self.provider = None
        self.translator = None
        self._install_translator()

    def _install_translator(self):
        locale = (QSettings().value("locale/userLocale", "") or QLocale().name())[:2]
        qm = i18n_path("soc_harm_{0}.qm".format(locale))
        if qm.is_file():
            self.translator = QTranslator()
            if self.translator.load(str(qm)):
                QCoreApplication.installTranslator(self.translator)

    def initProcessing(self):  # noqa: N802 (QGIS's name)
        from .processing_provider.provider import SocHarmProvider

        if self.provider is None:
            provider = SocHarmProvider()
            # QGIS refuses (and deletes) a provider whose id is already registered,
            # e.g. by a second copy of the plugin: keep only one that was added
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
