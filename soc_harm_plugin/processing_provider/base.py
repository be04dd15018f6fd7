"""The one base class every SOC Harm algorithm inherits."""
from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..about import help_path, plugin_version, resource_path
from ..translate import interface_language, tr
from . import groups
from .groups import group_name
from ..compat import ParameterFlag, PropertyType


class SocHarmAlgorithm(QgsProcessingAlgorithm):
    """Names, help, icon and translation shared by all algorithms.

    Subclasses set ``ALGORITHM_ID`` (stable, lowercase: part of the public id
    ``socharm:<id>``), ``display_name()`` and ``GROUP_ID`` (one of groups.py); their help
    text lives in ``processing/help/<id>.md``.
    """

    ALGORITHM_ID = ""
    GROUP_ID = groups.SCORING

    def tr(self, text: str) -> str:
        return tr(text)

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ALGORITHM_ID

    def displayName(self) -> str:
        return self.display_name()

    def display_name(self) -> str:
        raise NotImplementedError

    def group(self) -> str:
        return group_name(self.GROUP_ID)

    def groupId(self) -> str:
        return self.GROUP_ID

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "soc_harm.svg")))

    def shortHelpString(self) -> str:
        return read_help(self.ALGORITHM_ID)

    def add_parameter(self, definition) -> None:
        """``addParameter``, checked: a name used twice is a bug to see at load, not a missing option."""
        if not self.addParameter(definition):
            raise ValueError("socharm:{0}: parameter {1} could not be added".format(self.ALGORITHM_ID,
                    definition.name()))

    def add_output(self, definition) -> None:
        """``addOutput``, checked like ``add_parameter``."""
        if not self.addOutput(definition):
            raise ValueError("socharm:{0}: output {1} could not be added".format(self.ALGORITHM_ID, definition.name()))

    def parameterAsSource(self, parameters, name, context):
        """QGIS's ``parameterAsSource``, safe for layers whose extent overflows.

        QGIS 3.44 throws ("Exception: unknown") the first time it computes the
        extent of a layer whose points span more than the largest number (points
        near ±1e308); the extent is then known and a second call succeeds, so
        such points reach the readers, which count them as invalid as on every
        other version. Anything that still fails is a clear error naming the layer."""
        for attempt in (1, 2):  # the first failure on 3.44 is expected: the extent is known after it
            try:
                return super().parameterAsSource(parameters, name, context)
            except QgsProcessingException:
                raise
            except Exception as error:  # noqa: BLE001 - QGIS's C++ exception reaches Python untyped
                if attempt == 2:
                    layer = self.parameterAsVectorLayer(parameters, name, context)
                    raise QgsProcessingException(self.tr(
                        "Layer '{0}' ({1}) cannot be read by QGIS ({2}). Coordinates absurdly far away (near ±1e308) "
                        "cause this: find them with the expression abs(x($geometry)) > 1e9 or abs(y($geometry)) > "
                        "1e9.").format(
                        layer.name() if layer is not None else parameters.get(name), name, error)) from None
        return None  # not reached: the second attempt returns or raises

    def provenance_header(self, parameters: dict, context) -> dict:
        """The keys every output's provenance starts with: which algorithm, which plugin
        version, and the parameters as run."""
        return {
            "algorithm": "socharm:" + self.ALGORITHM_ID,
            "plugin_version": plugin_version(),
            "parameters": run_parameters(self, parameters, context),
        }

    def fail(self, message: str):
        """Stop with a message the user sees (already translated)."""
        raise QgsProcessingException(message)


def read_help(algorithm_id: str) -> str:
    """Help text from processing/help/<id>.md (a translated file, when one exists)."""
    locale = interface_language()  # what QGIS reports, as the catalogue is chosen: the override only when it is on
    for candidate in (help_path(locale, algorithm_id + ".md"), help_path(algorithm_id + ".md")):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return ""


def parameter_date(alg, parameters: dict, name: str, context):
    """A date parameter's value as a datetime.date; None when it is not given.
    A value that is given but is not a date stops the run, naming it."""
    if parameters.get(name) in (None, ""):
        return None
    value = alg.parameterAsDateTime(parameters, name, context)
    if not value.isValid():
        raise QgsProcessingException(tr("{0}: '{1}' is not a date; write it as 2024-01-31.").format(
            name, parameters.get(name)))
    return value.date().toPyDate()


def run_parameters(alg, parameters: dict, context) -> dict:
    """The run's parameter values as plain JSON, for provenance: a layer as
    its source (path or URI), an output as its destination, a date as ISO text.
    Enough to run the algorithm again on the same inputs."""
    from ..qgis_io.outputs import without_passwords  # a database layer's password never goes into an output

    return {name: without_passwords(_plain_value(value, context)) for name, value in sorted(parameters.items())
            if alg.parameterDefinition(name) is not None}


def _plain_value(value, context):
    from qgis.core import (QgsMapLayer, QgsProcessingFeatureSourceDefinition, QgsProcessingOutputLayerDefinition,
                           QgsProcessingUtils, QgsProperty)
    from qgis.PyQt.QtCore import QDate, QDateTime

    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        source = _plain_value(value.source, context)
        return {"source": source, "selected_only": bool(
            value.selectedFeaturesOnly)} if value.selectedFeaturesOnly else source
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return _plain_value(value.sink, context)
    if isinstance(value, QgsProperty):
        return value.staticValue() if value.propertyType() == PropertyType.Static else value.asExpression()
    if isinstance(value, QgsMapLayer):
        return value.source()
    if isinstance(value, (QDate, QDateTime)):
        return value.toString("yyyy-MM-dd") if isinstance(value, QDate) else value.toString("yyyy-MM-ddTHH:mm:ss")
    if isinstance(value, (list, tuple)):
        return [_plain_value(v, context) for v in value]
    if isinstance(value, str):
        layer = QgsProcessingUtils.mapLayerFromString(value, context, False) if context is not None else None
        return layer.source() if layer is not None else value  # a layer id or name in the project: its source
    return str(value)


def with_help(definition, help_text: str, advanced: bool = False):
    """A parameter with its help text (and the advanced flag for rare options)."""
    definition.setHelp(help_text)
    if advanced:
        definition.setFlags(definition.flags() | ParameterFlag.Advanced)
    return definition
