"""The plugin class: translator, Processing provider, and the harm panel's action and dock."""
from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog

from .about import LOG_TAG, PLUGIN_NAME, resource_path
from .translate import install_translator, remove_translator


class SocHarmPlugin:
    def __init__(self, iface):
        self.iface = iface  # None under qgis_process: touch no GUI then
        self.provider = None
        self.panel_action = None
        self.panel = None  # created the first time the action is used
        # here, not in initGui: qgis_process calls classFactory and initProcessing only
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS's name)
        from .processing_provider.provider import SocHarmProvider

        if self.provider is None:
            provider = SocHarmProvider()
            # QGIS refuses (and deletes) a provider whose id is already registered,
            # e.g. by a second copy of the plugin: keep only one that was added
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802
        from qgis.PyQt.QtGui import QIcon
        from qgis.PyQt.QtWidgets import QAction

        from .translate import tr

        self.initProcessing()
        self.panel_action = QAction(QIcon(str(resource_path("icons", "panel.svg"))), tr("SOC Harm panel"),
                                    self.iface.mainWindow())
        self.panel_action.setObjectName("SocHarmPanelAction")
        self.panel_action.setCheckable(True)
        self.panel_action.setToolTip(tr("Areas ranked by harm, with the records under each, linked to the map"))
        self.panel_action.toggled.connect(self.show_panel)
        self.iface.addPluginToMenu(PLUGIN_NAME, self.panel_action)
        self.iface.addToolBarIcon(self.panel_action)

    def show_panel(self, visible: bool = True):
        """Show (creating it the first time) or hide the SOC Harm panel."""
        if visible and self.panel is None:
            from qgis.PyQt.QtCore import Qt

            from .gui.harm_panel import SocHarmPanel

            self.panel = SocHarmPanel(self.iface, self.iface.mainWindow())
            self.panel.visibilityChanged.connect(self._panel_visibility)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        if self.panel is not None:
            self.panel.setVisible(visible)
        return self.panel

    def _panel_visibility(self, visible: bool):
        if self.panel_action is not None and self.panel_action.isChecked() != visible:
            self.panel_action.blockSignals(True)
            self.panel_action.setChecked(visible)
            self.panel_action.blockSignals(False)

    def unload(self):
        if self.panel is not None:
            self.panel.teardown()
            self.iface.removeDockWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
        if self.panel_action is not None:
            self.iface.removePluginMenu(PLUGIN_NAME, self.panel_action)
            self.iface.removeToolBarIcon(self.panel_action)
            self.panel_action.deleteLater()
            self.panel_action = None
        if self.provider is not None:
            if not QgsApplication.processingRegistry().removeProvider(self.provider):  # gone already: nothing to undo
                QgsMessageLog.logMessage("The SOC Harm Processing provider was no longer registered.", LOG_TAG,
                                         Qgis.MessageLevel.Warning)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
