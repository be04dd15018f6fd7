"""Write a table the panel shows to CSV or XLSX through QGIS's own writers."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from .panel_logic import ExportTable, export_path
from ..qgis_io.outputs import add_features
from ..compat import FieldType
from ..translate import tr

_TYPES = {"int": FieldType.LongLong, "float": FieldType.Double, "date": FieldType.String, "text": FieldType.String}


class ExportError(RuntimeError):
    """The table could not be written; the message names the file."""


def write_table(table: ExportTable, path: str, chosen_filter: str = "", layer_name: str = "table") -> str:
    """Write ``table`` (already made safe to share) to ``path``; returns the path written."""
    path, driver = export_path(path, chosen_filter)
    memory = QgsVectorLayer("None", layer_name, "memory")
    provider = memory.dataProvider()
    if not provider.addAttributes([QgsField(c.name, _TYPES.get(c.kind, FieldType.String)) for c in table.columns]):
        raise ExportError(tr("{0}: the table's columns could not be set up").format(path))
    memory.updateFields()
    features = []
    for row in table.rows:
        feature = QgsFeature(memory.fields())
        feature.setAttributes([_cell(value, column.kind) for value, column in zip(row, table.columns)])
        features.append(feature)
    add_features(provider, features, path, error=ExportError)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.fileEncoding = "UTF-8"
    options.layerName = layer_name
    if driver == "CSV":
        options.layerOptions = ["STRING_QUOTING=IF_NEEDED"]
    writer = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None) or QgsVectorFileWriter.writeAsVectorFormatV2
    result = writer(memory, path, QgsCoordinateTransformContext(), options)
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        raise ExportError("{0}: {1}".format(path, result[1] if len(result) > 1 else result[0]))
    return path


def _cell(value, kind):
    if value is None:
        return None
    if kind == "int":
        try:
            return int(value)
        except (TypeError, ValueError):
            return None
    if kind == "float":
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    return str(value)
