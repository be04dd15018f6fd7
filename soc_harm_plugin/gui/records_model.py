"""The records table's model: the records under the selected areas.

Filled from the RECORDS output of a scoring run by one feature request with a
filter expression (``panel_logic.records_filter``), without geometry; the
data provider turns the expression into SQL, so only the records asked for
are read.
"""
from __future__ import annotations

from typing import List, Optional

from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QAbstractTableModel, QDate, QDateTime, QModelIndex, Qt

from . import panel_logic
from ..translate import tr
from .ranking_model import SORT_ROLE, ModelSortProxy, permute_rows, plain_attribute
from ..compat import FeatureRequestFlag, field_type, FieldType

FID_ROLE = Qt.ItemDataRole.UserRole + 2


def record_header(name: str) -> str:
    headers = {
        "area_id": tr("Area"),
        "measure": tr("Measure"),
        "weight": tr("Weight"),
        "date": tr("Date"),
        "code": tr("Code"),
        "table_code": tr("Harm table code"),
        "status": tr("Status"),
        "source_layer": tr("Source layer"),
        "source_fid": tr("Source feature"),
        "distance": tr("Distance"),
        "dimension": tr("Dimension"),
    }
    return headers.get(name, name)


def _plain(value):
    value = plain_attribute(value)
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-dd HH:mm:ss") if value.isValid() else None
    return value


class RecordsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.fields: List[str] = []
        self.kinds: List[str] = []
        self.fids: List[int] = []
        self.rows: List[list] = []
        self.expression = ""

    def load(self, layer: Optional[QgsVectorLayer], expression: str) -> None:
        """Read the records matching ``expression`` (all their fields, no geometry)."""
        self.beginResetModel()
        self.fids, self.rows, self.expression = [], [], expression
        self.fields, self.kinds = [], []
        if layer is not None and layer.isValid():
            layer_fields = layer.fields()
            self.fields = panel_logic.record_columns(layer_fields.names())
            index = [layer_fields.lookupField(n) for n in self.fields]
            self.kinds = [_kind(layer_fields.at(i)) for i in index]
            request = QgsFeatureRequest().setFilterExpression(expression)
            request.setFlags(FeatureRequestFlag.NoGeometry)
            for feature in layer.getFeatures(request):
                attributes = feature.attributes()
                self.fids.append(feature.id())
                self.rows.append([_plain(attributes[i]) for i in index])
        self.endResetModel()

    def clear(self) -> None:
        self.load(None, "")

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.fields)

    def sort_rows(self, column: int, descending: bool) -> None:
        """Put the records in the order of a column (blanks last both ways)."""
        if not 0 <= column < len(self.fields) or not self.rows:
            return
        permute_rows(self, panel_logic.display_order([row[column] for row in self.rows], descending), self._permute)

    def _permute(self, order: List[int]) -> None:
        self.fids = [self.fids[i] for i in order]
        self.rows = [self.rows[i] for i in order]

    def column(self, name: str) -> List[object]:
        if name not in self.fields:
            return []
        i = self.fields.index(name)
        return [row[i] for row in self.rows]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        kind = self.kinds[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "float":
                return "" if value is None else "{0:,.2f}".format(value)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return panel_logic.sort_value(value)
        if role == FID_ROLE:
            return self.fids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if kind in ("float",
                    "int") else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(
            self.fields):
            return record_header(self.fields[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section < len(
            self.fields):
            return self.fields[section]
        return None


def _kind(qgs_field) -> str:
    kind = field_type(qgs_field)
    if kind in (FieldType.Int, FieldType.LongLong, FieldType.UInt, FieldType.ULongLong):
        return "int"
    if kind == FieldType.Double:
        return "float"
    if kind in (FieldType.Date, FieldType.DateTime):
        return "date"
    return "text"


class RecordsProxy(ModelSortProxy):
    """Sorted records (numbers as numbers, blanks last)."""
