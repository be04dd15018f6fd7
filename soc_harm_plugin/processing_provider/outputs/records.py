"""The RECORDS output: every record once with its area, weight, codes, date and status."""
from __future__ import annotations

import numpy as np
from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QDate

from ...domain.codes import LOCATED
from ...domain.columns import Factorized
from ...qgis_io.outputs import add_features
from .areas import plain, text_or_none
from ...compat import FieldType, WkbType


def write_records(alg, parameters, context, crs, inputs, result, feedback, output: str = "RECORDS"):
    """The RECORDS sink of scoreharm (and of algorithms with the same harm inputs):
    every record once with its area, weight, codes, date, status; None when not asked for."""
    if parameters.get(output) in (None, ""):
        return None
    fields = QgsFields()
    for name, kind in (("area_id", FieldType.String), ("weight", FieldType.Double), ("table_code", FieldType.String),
                       ("code", FieldType.String), ("measure", FieldType.String), ("date", FieldType.Date),
                       ("source_layer", FieldType.String), ("source_fid", FieldType.LongLong),
                       ("status", FieldType.String), ("distance", FieldType.Double)):
        fields.append(QgsField(name, kind))
    sink, dest_id = alg.parameterAsSink(parameters, output, context, fields, WkbType.Point, crs)
    if sink is None:
        return None
    rec = result.record_columns
    events = inputs.events
    total = len(rec)
    step = 100.0 / total if total else 0
    area_id = rec.area_id()
    weight = rec.weight
    table_code = np.asarray(rec.table_code, dtype=object)
    code = np.asarray(rec.code, dtype=object)
    dates = rec.dates()
    status = rec.status_text()
    distance = rec.distance
    located = Factorized.of(events.geometry_status).equals(LOCATED)
    for i in range(total):
        if i % 10000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(i * step)
        feature = QgsFeature(fields)
        day = dates[i]
        feature.setAttributes([
            plain(area_id[i]), float(weight[i]), plain(table_code[i]), text_or_none(code[i]), "harm",
            None if day != day else QDate.fromString(str(day)[:10], "yyyy-MM-dd"),  # datetime64[ns] prints a time too
            inputs.layer_name, int(events.fid[i]), status[i], plain(distance[i]),
        ])
        if located[i]:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(events.x[i], events.y[i])))
        add_features(sink, feature, output)
    del sink
    return dest_id
