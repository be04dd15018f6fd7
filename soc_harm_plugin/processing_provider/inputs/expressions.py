"""Filter expressions (FILTER, a scheme measure's ``filter``): checked before any record is read.

QGIS ignores an expression it cannot parse (every record passes) and reads a
field it does not know as NULL (no record passes), silently. So every filter
is parsed and its fields looked up before the records are read, failing with
a message that names where the expression comes from, the expression and the
problem; and a filter that keeps no record is said so: a warning, or an error
when the expression cannot even be evaluated on the layer's records.
"""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsExpression, QgsExpressionContext, QgsFeatureRequest, QgsProcessingException

from ...compat import FeatureRequestFlag


def check_filter(alg, where: str, expression: str, fields, layer_name: str) -> None:
    """Raise QgsProcessingException when ``expression`` cannot be parsed or names
    a field that ``fields`` (the layer's) lacks. ``where`` names the parameter or
    scheme key, e.g. "Filter events (FILTER)"."""
    parsed = QgsExpression(expression)
    if parsed.hasParserError():
        raise QgsProcessingException(alg.tr("{0}: the expression {1} cannot be read: {2}").format(
            where, expression, " ".join(parsed.parserErrorString().split())))
    missing = sorted(name for name in parsed.referencedColumns()
                     if name and name != QgsFeatureRequest.ALL_ATTRIBUTES and fields.lookupField(name) < 0)
    if missing:
        raise QgsProcessingException(alg.tr(
            "{0}: layer '{1}' has no field(s) {2}, which the expression {3} names. Its fields: {4}. "
            "Double quotes name a field, single quotes a text value (\"code\" = '8N').").format(
            where, layer_name, ", ".join(missing), expression, ", ".join(fields.names())))


def evaluation_error(source, expression: str, context) -> Optional[str]:
    """The error QGIS meets evaluating ``expression`` on the layer's first record, or None."""
    parsed = QgsExpression(expression)
    expression_context = QgsExpressionContext(context.expressionContext())  # a copy: the run's context stays as it was
    scope = source.createExpressionContextScope() if hasattr(source, "createExpressionContextScope") else None
    if scope is not None:
        expression_context.appendScope(scope)
    expression_context.setFields(source.fields())
    parsed.prepare(expression_context)
    request = QgsFeatureRequest().setLimit(1).setFlags(FeatureRequestFlag.NoGeometry)
    for feature in source.getFeatures(request):
        expression_context.setFeature(feature)
        parsed.evaluate(expression_context)
        if parsed.hasEvalError():
            return parsed.evalErrorString()
    return None


def report_empty_filter(alg, where: str, expression: str, source, layer_name: str, records: int, context,
                        feedback) -> None:
    """When a filter keeps none of a layer's ``records`` (more than 0): an error
    if the expression fails on the records, else a warning."""
    if records == 0:
        return
    error = evaluation_error(source, expression, context)
    if error:
        raise QgsProcessingException(alg.tr(
            "{0}: the expression {1} cannot be evaluated on the records of layer '{2}': {3}. No record would be "
            "kept.").format(
            where, expression, layer_name, " ".join(error.split())))
    feedback.pushWarning(alg.tr(
        "{0}: the expression {1} keeps none of the {2} records of layer '{3}': all are counted as filtered and none is "
        "scored.").format(where, expression, records, layer_name))
