"""The RECORDS output: every record once with its area, weight, codes, date and status."""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from typing import Dict, Iterator, Sequence, Tuple

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
    sink = RecordsSink.open(alg, parameters, context, crs, inputs.layer_name, output)
    if sink is None:
        return None
    sink.write(inputs.events, result.record_columns, feedback, progress=True)
    return sink.close()


class RecordsSink:
    """The RECORDS output written batch by batch, rows in the order given:
    :meth:`write` each batch of events with its record columns, then
    :meth:`close` (the destination id)."""

    def __init__(self, alg, sink, dest_id, fields, layer_name: str, output: str):
        self.alg = alg
        self.sink = sink
        self.dest_id = dest_id
        self.fields = fields
        self.layer_name = layer_name
        self.output = output

    @classmethod
    def open(cls, alg, parameters, context, crs, layer_name: str, output: str = "RECORDS"):
        """The sink, or None when the output is not asked for."""
        if parameters.get(output) in (None, ""):
            return None
        fields = QgsFields()
        for name, kind in (("area_id", FieldType.String), ("weight", FieldType.Double),
                           ("table_code", FieldType.String), ("code", FieldType.String),
                           ("measure", FieldType.String), ("date", FieldType.Date),
                           ("source_layer", FieldType.String), ("source_fid", FieldType.LongLong),
                           ("status", FieldType.String), ("distance", FieldType.Double)):
            fields.append(QgsField(name, kind))
        sink, dest_id = alg.parameterAsSink(parameters, output, context, fields, WkbType.Point, crs)
        if sink is None:
            return None
        return cls(alg, sink, dest_id, fields, layer_name, output)

    def write(self, events, rec, feedback, progress: bool = False) -> None:
        """One batch: ``events`` and their record columns, row by row (cancel
        checked every 10,000 rows; with ``progress``, progress set too)."""
        fields = self.fields
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
                if progress:
                    feedback.setProgress(i * step)
            feature = QgsFeature(fields)
            day = dates[i]
            feature.setAttributes([
                plain(area_id[i]), float(weight[i]), plain(table_code[i]), text_or_none(code[i]), "harm",
                None if day != day else QDate.fromString(str(day)[:10], "yyyy-MM-dd"),  # datetime64[ns] prints a time
                self.layer_name, int(events.fid[i]), status[i], plain(distance[i]),
            ])
            if located[i]:
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(events.x[i], events.y[i])))
            add_features(self.sink, feature, self.output)

    def close(self):
        """Flush and let go of the sink; the destination id."""
        self.sink = None
        return self.dest_id


_SPILLED_NUMBERS = ("fid", "area_index", "weight", "date", "status", "distance", "x", "y")
_SPILLED_TEXTS = ("code", "table_code")


@dataclass
class SpilledPart:
    """One batch's rows of one measure (or of the records no measure selected), read back from disk."""

    fid: np.ndarray
    area_index: np.ndarray
    weight: np.ndarray
    date: np.ndarray
    status: np.ndarray
    distance: np.ndarray
    x: np.ndarray
    y: np.ndarray
    code: np.ndarray  # object: text or None
    table_code: np.ndarray  # object: text or None


class SpilledRows:
    """A scheme's RECORDS rows, kept on disk as each batch is scored, to be
    written in the output's order (each measure's rows in turn, then each
    layer's records no measure selected) once every batch is counted: memory
    holds a batch, not the records. Temporary files, numbers and text only
    (no pickles), gone when closed (use it as a context manager)."""

    def __init__(self):
        self._files: Dict[tuple, object] = {}
        self._batches: Dict[tuple, int] = {}
        self.count = 0  # rows kept

    def add(self, parts: Dict[object, dict]) -> None:
        """One batch's rows: measure key (None: no measure) -> its columns (SchemeScorer.add)."""
        for key, part in parts.items():
            slot = (key, part["layer"])
            if slot not in self._files:
                self._files[slot] = tempfile.TemporaryFile(prefix="soc_harm_records_")
                self._batches[slot] = 0
            out = self._files[slot]
            for name in _SPILLED_NUMBERS:
                np.save(out, np.asarray(part[name]), allow_pickle=False)
            for name in _SPILLED_TEXTS:
                values = part[name]
                null = np.array([v is None for v in values], dtype=bool)
                np.save(out, np.array(["" if v is None else str(v) for v in values], dtype=str), allow_pickle=False)
                np.save(out, null, allow_pickle=False)
            self._batches[slot] += 1
            self.count += len(part["fid"])

    def parts(self, measures: Sequence[Tuple[str, str, str]], layers: Sequence[str]) -> Iterator[tuple]:
        """(measure key or None, dimension or None, layer, SpilledPart) in the output's order: ``measures``
        as (key, dimension, layer), then ``layers``' records no measure selected."""
        order = [(key, dimension, layer) for key, dimension, layer in measures] + [(None, None, name)
                                                                                    for name in layers]
        for key, dimension, layer in order:
            slot = (key, layer)
            if slot not in self._files:
                continue
            source = self._files[slot]
            source.seek(0)
            for _ in range(self._batches[slot]):
                columns = {name: np.load(source, allow_pickle=False) for name in _SPILLED_NUMBERS}
                for name in _SPILLED_TEXTS:
                    text = np.load(source, allow_pickle=False).astype(object)
                    text[np.load(source, allow_pickle=False)] = None
                    columns[name] = text
                yield key, dimension, layer, SpilledPart(**columns)

    def close(self) -> None:
        for source in self._files.values():
            source.close()
        self._files = {}

    def __enter__(self) -> "SpilledRows":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
