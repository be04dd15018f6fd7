"""socharm:styleharm: style a layer as a harm, change or hot spot map, and keep the style in its file."""
from __future__ import annotations

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
)

from ....domain.sharing.briefing import DEFAULT_LABEL_TOP_N
from ....domain.limits import MAX_VALUE_TEXT, first, show_number
from ....qgis_io.styles import (
    DEFAULT_FIELDS,
    METHODS,
    STYLES,
    apply_style,
    significance_field_for,
    unclassifiable_features,
    write_default_style,
)
from ... import groups
from ...base import SocHarmAlgorithm, with_help
from ....compat import AlgorithmFlag, FeatureRequestFlag, FieldDataType, NumberType, SourceType


class StyleHarm(SocHarmAlgorithm):
    ALGORITHM_ID = "styleharm"
    GROUP_ID = groups.MAPS
    INPUT = "INPUT"
    FIELD = "FIELD"
    STYLE = "STYLE"
    METHOD = "METHOD"
    CLASSES = "CLASSES"
    LABELS = "LABELS"
    LABEL_TOP_N = "LABEL_TOP_N"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return self.tr("Style harm map")


    def flags(self):
        # changes the style of a layer that may be in the open project: the main thread only
        return super().flags() | AlgorithmFlag.NoThreading

    def initAlgorithm(self, config=None):
        tr = self.tr
        self.add_parameter(with_help(
            QgsProcessingParameterVectorLayer(self.INPUT, tr("Layer to style"), [SourceType.VectorAnyGeometry]),
            tr("A layer written by SOC Harm (or any layer with the field to map). The style is applied to it and "
               "saved into its file as the default style.")))
        self.add_parameter(with_help(
            QgsProcessingParameterField(self.FIELD, tr("Field to map"), parentLayerParameterName=self.INPUT,
                                        type=FieldDataType.Numeric, optional=True),
            tr("Empty: harm_score for harm, harm_change_pct for change, gi_bin for hotspot.")))
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.STYLE, tr("Style"), options=[tr("harm"), tr("change"), tr("hotspot")],
                                       defaultValue=0),
            tr("harm: graduated, sequential yellow-orange-red ramp (readable in greyscale and by colour-blind "
               "readers). change: diverging blue-red with a break at 0; significant changes (change_class "
               "increase or decrease) in full colour with a thick outline, others pale. hotspot: Gi* confidence "
               "bins -3 to 3 in the standard hot and cold spot colours.")))
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.METHOD, tr("Classes by"), options=[
                tr("Jenks"), tr("quantile"), tr("equal interval"), tr("pretty")], defaultValue=0),
            tr("How class breaks are chosen for harm and change (natural breaks by default). Hotspot bins are fixed.")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.CLASSES, tr("Number of classes"), NumberType.Integer,
                                         defaultValue=5, minValue=2, maxValue=12),
            tr("For harm and change. A change map also breaks at 0, which can add a class.")))
        self.add_parameter(with_help(
            QgsProcessingParameterBoolean(self.LABELS, tr("Show rank labels"), defaultValue=False),
            tr("Label the areas with the most harm with their harm rank (#1 = most harm). Off, the labels are set "
               "up but hidden: switch them on in the layer's label settings."),
            advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.LABEL_TOP_N, tr("Rank labels on the top"), NumberType.Integer,
                                         defaultValue=DEFAULT_LABEL_TOP_N, minValue=1),
            tr("Only the areas ranked 1 to this number get a rank label (default {0}), and never an area without "
               "harm: areas without harm all share one rank, which says nothing and buries the map.").format(
                DEFAULT_LABEL_TOP_N),
            advanced=True))
        self.add_output(QgsProcessingOutputVectorLayer(self.OUTPUT, tr("Styled layer")))
        self.add_output(QgsProcessingOutputString("STYLE_SAVED_TO", tr("Where the style was saved")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        style = STYLES[self.parameterAsEnum(parameters, self.STYLE, context)]
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        classes = self.parameterAsInt(parameters, self.CLASSES, context)
        labels = self.parameterAsBool(parameters, self.LABELS, context)
        label_top_n = self.parameterAsInt(parameters, self.LABEL_TOP_N, context)
        field = self.parameterAsString(parameters, self.FIELD, context) or DEFAULT_FIELDS[style]
        index = layer.fields().lookupField(field)
        if index < 0:
            raise QgsProcessingException(self.tr(
                "Layer '{0}' has no field '{1}' for a {2} map: choose the field to map, or give the output of the "
                "SOC Harm algorithm that writes it.").format(
                layer.name(), field, style))
        if not layer.fields().at(index).isNumeric():
            raise QgsProcessingException(self.tr(
                "Field '{0}' of layer '{1}' is not numeric: a {2} map needs numbers.").format(
                field, layer.name(), style))
        if style != "hotspot":
            bad = unclassifiable_features(layer, field)
            if bad:
                raise QgsProcessingException(self.tr(
                    "Layer '{0}', field '{1}': {2} feature(s) hold a value that is not a finite number (inf, -inf "
                    "or NaN) or is larger "
                    "in size than {3}, which no class can hold, e.g. {4}: feature ids {5}. Correct or remove these "
                    "values, then style "
                    "the layer again.").format(layer.name(), field, len(bad), MAX_VALUE_TEXT, show_number(bad[0][1]),
                                               first([fid for fid, _ in bad])))
        if layer.featureCount() == 0:
            feedback.pushWarning(self.tr("Layer '{0}' has no features: the style has no classes until it is "
                                         "applied again.").format(layer.name()))
        elif not _has_a_value(layer, field):
            feedback.pushWarning(self.tr(
                "Layer '{0}', field '{1}': no feature has a value (all {2} are NULL), so no area gets a class and "
                "the map shows none. "
                "Choose a field with values.").format(layer.name(), field, layer.featureCount()))
        if style == "change" and significance_field_for(layer, field) is None:
            feedback.pushWarning(self.tr("Layer '{0}' has no change_class field: significant changes cannot be "
                                         "emphasised.").format(layer.name()))
        if style == "hotspot" and (self.parameterAsEnum(parameters, self.METHOD, context) != 0 or classes != 5):
            feedback.pushInfo(self.tr("Hot spot bins are fixed (-3 to 3): the method and number of classes are not "
                                      "used."))

        def styled(target: QgsVectorLayer) -> None:
            apply_style(target, style, field, method=method, classes=classes, labels=labels, label_top_n=label_top_n)

        styled(layer)
        try:
            saved_to = write_default_style(layer, styled)
        except RuntimeError as error:
            raise QgsProcessingException(self.tr("The style of layer '{0}' could not be saved: {1}").format(
                layer.name(), error))
        if saved_to:
            # a GeoPackage keeps it in its layer_styles table
            feedback.pushInfo(self.tr("Style saved as the default of {0}").format(saved_to))
        else:
            feedback.pushWarning(self.tr("Layer '{0}' is not a file QGIS can store a style in (provider '{1}'): "
                                         "the style is applied to the loaded layer only.").format(
                layer.name(), layer.providerType()))
        feedback.pushInfo(self.tr("Styled '{0}' as a {1} map of '{2}'.").format(layer.name(), style, field))
        return {self.OUTPUT: layer.id() if context.project() and context.project().mapLayer(
            layer.id()) else layer.source(),
                "STYLE_SAVED_TO": saved_to or ""}


def _has_a_value(layer: QgsVectorLayer, field: str) -> bool:
    """Does any feature hold a value (not NULL) in ``field``?"""
    request = QgsFeatureRequest().setFilterExpression("{0} IS NOT NULL".format(QgsExpression.quotedColumnRef(field)))
    request.setFlags(FeatureRequestFlag.NoGeometry).setLimit(1)
    return any(True for _ in layer.getFeatures(request))
