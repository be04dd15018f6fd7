"""Re-score from the panel: the output's algorithm, run again in the background.

The provenance of a scored layer holds its algorithm and the run's parameter
values (layers as their sources). The run is a ``QgsProcessingAlgRunnerTask``
in QGIS's task manager, so QGIS stays responsive, shows it in its task list,
and the panel can show progress and cancel it. Outputs go to new files beside
the old ones (``panel_logic.rescore_parameters``): the file the project shows
is never written over while it is open.
"""
from __future__ import annotations

import os
from typing import Dict, List, Optional

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, QObject, pyqtSignal

from . import panel_logic
from ..translate import tr


class RescoreError(RuntimeError):
    """A re-score that cannot start; the message (translated) says why."""


def processing_parameters(parameters: Dict[str, object]) -> Dict[str, object]:
    """Provenance values back to what Processing takes (a selected-features source)."""
    out = {}
    for name, value in parameters.items():
        if isinstance(value, dict) and "source" in value:
            value = QgsProcessingFeatureSourceDefinition(str(value["source"]), bool(value.get("selected_only")))
        out[name] = value
    return out


class RescoreRun(QObject):
    """One background run. Signals: ``progress(percent)``, ``done(ok, layers, message)``
    where ``layers`` maps output names to the new QgsVectorLayer objects (not yet in a project)."""

    progress = pyqtSignal(float)
    done = pyqtSignal(bool, dict, str)

    def __init__(self, provenance: dict, parent=None):
        super().__init__(parent)
        algorithm_id = str((provenance or {}).get("algorithm") or "")
        parameters = (provenance or {}).get("parameters")
        if not parameters:
            raise RescoreError(tr("This output records no run parameters: run the algorithm again from the toolbox "
                                  "once, then re-score from here."))
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            raise RescoreError(tr("Algorithm '{0}' is not available: is the SOC Harm plugin enabled?").format(
                algorithm_id))
        stamp = QDateTime.currentDateTime().toString("yyyyMMdd_HHmmss")
        destinations = [d.name() for d in algorithm.destinationParameterDefinitions()]
        self.parameters = processing_parameters(panel_logic.rescore_parameters(parameters, destinations, stamp))
        self.destinations = [d for d in destinations if self.parameters.get(d) not in (None, "")]
        self.algorithm = algorithm
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = QgsProcessingFeedback()
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self.finished = False

    def start(self) -> None:
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, self.parameters, self.context, self.feedback)
        self.task.setDescription(tr("SOC Harm: re-scoring {0}").format(self.algorithm.displayName()))
        self.task.progressChanged.connect(self.progress.emit)
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        self.feedback.cancel()
        if self.task is not None and not self.finished:
            self.task.cancel()

    def _executed(self, ok: bool, results: dict) -> None:
        self.finished = True
        self.task = None  # the task manager deletes it
        if not ok or self.feedback.isCanceled():
            message = tr("Re-scoring was cancelled.") if self.feedback.isCanceled() else _last_error(self.feedback)
            self.done.emit(False, {}, message)
            return
        layers = {}
        for name in self.destinations:
            value = results.get(name)
            layer = self._layer(value)
            if layer is not None:
                layers[name] = layer
        self.done.emit(True, layers, "")

    def _layer(self, value) -> Optional[QgsVectorLayer]:
        if not value:
            return None
        taken = self.context.takeResultLayer(str(value))  # a temporary output
        if taken is not None:
            return taken
        path = str(value)
        if os.path.exists(path.split("|")[0]):
            layer = QgsVectorLayer(path, os.path.splitext(os.path.basename(path.split("|")[0]))[0], "ogr")
            return layer if layer.isValid() else None
        return None


def _last_error(feedback: QgsProcessingFeedback) -> str:
    text = feedback.textLog().strip() if hasattr(feedback, "textLog") else ""
    lines: List[str] = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else tr("Re-scoring failed: see the Processing log.")
