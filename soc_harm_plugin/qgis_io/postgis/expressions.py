"""A Processing filter expression (FILTER) as SQL, when it means the same there.

Only the part of QGIS's expression language whose meaning SQL shares exactly
is translated: field names, text, numbers, booleans and NULL, comparisons
(``=``, ``<>`` on any type; ``<``, ``>``, ``<=``, ``>=`` on numbers only, since
text order depends on the database's collation), ``AND``, ``OR``, ``NOT``,
``IS [NOT]``, ``IN``, ``LIKE`` on text and ``+ - *`` on numbers (``ILIKE`` is not:
QGIS and the database fold the case of letters beyond ASCII differently). A
comparison must set a field against a literal of its own kind (text against
text, a number against a number): QGIS would convert between them where SQL
stops. Anything else (a function, ``/``, a CASE, a date) is not translated,
and the desktop path runs, saying which part could not be. Values are bound
parameters; field names are quoted identifiers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict

from psycopg2 import sql
from qgis.core import (
    QgsExpression,
    QgsExpressionNodeBinaryOperator,
    QgsExpressionNodeColumnRef,
    QgsExpressionNodeInOperator,
    QgsExpressionNodeLiteral,
    QgsExpressionNodeUnaryOperator,
)

from .tables import PgTable

_BINARY = QgsExpressionNodeBinaryOperator.BinaryOperator
_UNARY = QgsExpressionNodeUnaryOperator.UnaryOperator
_LOGICAL = {_BINARY.boOr: "OR", _BINARY.boAnd: "AND"}
_EQUALITY = {_BINARY.boEQ: "=", _BINARY.boNE: "<>"}
_ORDER = {_BINARY.boLT: "<", _BINARY.boGT: ">", _BINARY.boLE: "<=", _BINARY.boGE: ">="}
_LIKE = {_BINARY.boLike: "LIKE", _BINARY.boNotLike: "NOT LIKE"}  # ILIKE: Unicode case rules differ
_IS = {_BINARY.boIs: "IS NOT DISTINCT FROM", _BINARY.boIsNot: "IS DISTINCT FROM"}
_ARITHMETIC = {_BINARY.boPlus: "+", _BINARY.boMinus: "-", _BINARY.boMul: "*"}

TEXT, NUMBER, BOOLEAN, NULL, OTHER = "text", "number", "boolean", "null", "other"


class Untranslatable(ValueError):
    """The expression (or the part named in the message) has no exact SQL form here."""


@dataclass
class FilterSql:
    sql: sql.Composable
    params: Dict[str, object] = field(default_factory=dict)


def filter_as_sql(expression: str, table: PgTable, alias: str = "e", prefix: str = "filter") -> FilterSql:
    """The expression as SQL on ``alias``'s columns; Untranslatable when it cannot be.
    Its values are bound as parameters named ``<prefix>_0``, ``<prefix>_1``, ..."""
    parsed = QgsExpression(expression)
    if parsed.hasParserError() or parsed.rootNode() is None:
        raise Untranslatable(expression)
    translator = _Translator(table, alias, prefix)
    composed, _ = translator.node(parsed.rootNode())
    return FilterSql(composed, translator.params)


class _Translator:
    def __init__(self, table: PgTable, alias: str, prefix: str = "filter"):
        self.table = table
        self.alias = alias
        self.prefix = prefix
        self.params: Dict[str, object] = {}

    def literal(self, value) -> sql.Composable:
        name = "{0}_{1}".format(self.prefix, len(self.params))
        self.params[name] = value
        return sql.Placeholder(name)

    def node(self, node):
        """(SQL, kind) of one node."""
        if isinstance(node, QgsExpressionNodeColumnRef):
            return self.column(node.name())
        if isinstance(node, QgsExpressionNodeLiteral):
            return self.constant(node.value())
        if isinstance(node, QgsExpressionNodeUnaryOperator):
            inner, kind = self.node(node.operand())
            if node.op() == _UNARY.uoNot and kind in (BOOLEAN, NULL):
                return sql.SQL("(NOT {0})").format(inner), BOOLEAN
            if node.op() == _UNARY.uoMinus and kind == NUMBER:
                return sql.SQL("(- {0})").format(inner), NUMBER
            raise Untranslatable(node.dump())
        if isinstance(node, QgsExpressionNodeBinaryOperator):
            return self.binary(node)
        if isinstance(node, QgsExpressionNodeInOperator):
            return self.within(node)
        raise Untranslatable(node.dump())

    def column(self, name: str):
        if name not in self.table.columns:
            raise Untranslatable('"{0}"'.format(name))
        if self.table.is_numeric(name):
            kind = NUMBER
        elif self.table.date_kind(name) == "text":
            kind = TEXT
        elif self.table.column_type(name) == "boolean":
            kind = BOOLEAN
        else:
            kind = OTHER
        return sql.Identifier(self.alias, name), kind

    def constant(self, value):
        value = _plain_sql(value)
        if value is None:
            return sql.SQL("NULL"), NULL
        if isinstance(value, bool):
            return self.literal(value), BOOLEAN
        if isinstance(value, (int, float)):
            return self.literal(value), NUMBER
        if isinstance(value, str):
            return self.literal(value), TEXT
        raise Untranslatable(repr(value))

    def binary(self, node):
        op = node.op()
        left, left_kind = self.node(node.opLeft())
        right, right_kind = self.node(node.opRight())
        text = node.dump()
        if op in _LOGICAL:
            if {left_kind, right_kind} <= {BOOLEAN, NULL}:
                return sql.SQL("({0} {1} {2})").format(left, sql.SQL(_LOGICAL[op]), right), BOOLEAN
            raise Untranslatable(text)
        if op in _IS:
            if NULL in (left_kind, right_kind) or left_kind == right_kind != OTHER:
                return sql.SQL("({0} {1} {2})").format(left, sql.SQL(_IS[op]), right), BOOLEAN
            raise Untranslatable(text)
        if op in _EQUALITY or op in _ORDER:
            allowed = (TEXT, NUMBER, BOOLEAN) if op in _EQUALITY else (NUMBER,)
            if left_kind == right_kind and left_kind in allowed:
                symbol = _EQUALITY.get(op) or _ORDER[op]
                return sql.SQL("({0} {1} {2})").format(left, sql.SQL(symbol), right), BOOLEAN
            if NULL in (left_kind, right_kind) and (left_kind in allowed or right_kind in allowed):
                return sql.SQL("(NULL::boolean)"), BOOLEAN  # a comparison with NULL is NULL in both
            raise Untranslatable(text)
        if op in _LIKE:
            if left_kind == TEXT and right_kind == TEXT:
                return sql.SQL("({0} {1} {2})").format(left, sql.SQL(_LIKE[op]), right), BOOLEAN
            raise Untranslatable(text)
        if op in _ARITHMETIC:
            if left_kind == NUMBER and right_kind == NUMBER:
                return sql.SQL("({0} {1} {2})").format(left, sql.SQL(_ARITHMETIC[op]), right), NUMBER
            raise Untranslatable(text)
        raise Untranslatable(text)

    def within(self, node):
        value, kind = self.node(node.node())
        items = []
        for item in node.list().list():
            item_sql, item_kind = self.node(item)
            if item_kind != kind or kind not in (TEXT, NUMBER):
                raise Untranslatable(node.dump())
            items.append(item_sql)
        keyword = "NOT IN" if node.isNotIn() else "IN"
        return sql.SQL("({0} {1} ({2}))").format(value, sql.SQL(keyword), sql.SQL(", ").join(items)), BOOLEAN


def _plain_sql(value):
    """A literal's value as plain Python (QVariant NULL -> None)."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    return value
