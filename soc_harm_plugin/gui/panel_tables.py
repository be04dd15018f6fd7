"""The panel's two tables beyond showing them: the records layer behind the records table
(found, opened, added to the map) and the exports of both tables, made safe to share."""

from __future__ import annotations

import os
from typing import List, Optional

from qgis.core import Qgis, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import (
    QFileDialog,
)

from . import panel_logic
from ..translate import tr
from .table_export import ExportError, write_table


class PanelTables:
    """Records and exports of SocHarmPanel (a base of it): the panel supplies the layer,
    provenance, project, views and models these read."""

    # ------------------------------------------------------------------ records layer

    def _records_layer_for_reading(self) -> Optional[QgsVectorLayer]:
        layer = self.records_layer
        if layer is not None and not sip.isdeleted(layer) and layer.isValid():
            return layer
        self.records_layer = None
        records = self.provenance.get("records")
        if not records:
            return None
        in_project = self.project.mapLayer(str(records))
        if isinstance(in_project, QgsVectorLayer):
            self._set_records_layer(in_project, owned=False)
            return in_project
        layer_dir = None
        if self.layer is not None and self.layer.providerType() == "ogr":
            layer_dir = os.path.dirname(self.layer.source().split("|")[0])
        for path in panel_logic.record_paths(str(records), layer_dir):
            for candidate in self.project.mapLayers().values():
                if isinstance(candidate, QgsVectorLayer) and _same_source(candidate.source(), path):
                    self._set_records_layer(candidate, owned=False)
                    return candidate
        for path in panel_logic.record_paths(str(records), layer_dir):
            if os.path.exists(path.split("|")[0]):
                opened = QgsVectorLayer(path, tr("Records of {0}").format(self.layer.name()), "ogr")
                if opened.isValid():
                    self._set_records_layer(opened, owned=True)
                    return opened
        return None

    def _set_records_layer(self, layer: QgsVectorLayer, owned: bool) -> None:
        self.records_layer = layer
        self._records_owned = owned
        if not owned:
            layer.willBeDeleted.connect(self._on_records_layer_deleted)

    def _on_records_layer_deleted(self) -> None:
        self.records_layer = None
        self._records_owned = False

    def _drop_records_layer(self) -> None:
        layer = self.records_layer
        if layer is not None and not sip.isdeleted(layer) and not self._records_owned:
            _disconnect(layer.willBeDeleted, self._on_records_layer_deleted)
        self.records_layer = None
        self._records_owned = False

    def records_layer_in_project(self) -> Optional[QgsVectorLayer]:
        """The records layer, added to the project (and so to the map) if it is not there yet."""
        layer = self._records_layer_for_reading()
        if layer is None:
            return None
        if self._records_owned:
            if not self._add_to_project(layer):
                return None
            self._records_owned = False  # the project owns it from now on
            layer.willBeDeleted.connect(self._on_records_layer_deleted)
        return layer

    def selected_record_fids(self) -> List[int]:
        rows = sorted(index.row() for index in self.records_view.selectionModel().selectedRows())
        return [self.records_model.fids[self.records_proxy.mapToSource(self.records_proxy.index(r, 0)).row()]
                for r in rows]

    def _on_records_selected(self, *args) -> None:
        fids = self.selected_record_fids()
        if not fids:
            return
        layer = self.records_layer_in_project()
        if layer is not None:
            layer.selectByIds(fids)
            canvas = self.iface.mapCanvas() if self.iface is not None else None
            if canvas is not None:
                canvas.refresh()

    def _on_record_double_clicked(self, index) -> None:
        row = self.records_proxy.mapToSource(index).row()
        layer = self.records_layer_in_project()
        if layer is None or row < 0 or self.iface is None:
            return
        feature = layer.getFeature(self.records_model.fids[row])
        self.iface.openFeatureForm(layer, feature, False, False)


    # ------------------------------------------------------------------ export

    def ranking_table(self, include_personal: Optional[bool] = None,
                      show_small_counts: Optional[bool] = None) -> panel_logic.ExportTable:
        """The visible ranking (filtered, in the shown order and columns), made safe to share."""
        model = self.ranking_model
        columns = []
        for i, spec in enumerate(model.columns):
            kind = {"rank": "int", "rank_move": "int", "change": "text", "percent": "float"}.get(spec.kind, spec.kind)
            exempt = spec.role in (panel_logic.AREA_ID, panel_logic.AREA_NAME)
            columns.append(panel_logic.ExportColumn(model.header(i), kind, spec.field, spec.is_count, exempt))
        rows = []
        for row in self.ranking_proxy.source_rows():
            values = []
            for i, spec in enumerate(model.columns):
                raw, text = model.cell(row, i)
                values.append(text if spec.kind == "change" else raw)
            rows.append(values)
        return panel_logic.export_table(columns, rows, marked=panel_logic.marked_personal_fields(self.provenance),
                               **self._share_options(include_personal, show_small_counts))

    def records_table(self, include_personal: Optional[bool] = None,
                      show_small_counts: Optional[bool] = None) -> panel_logic.ExportTable:
        """The listed records (in the shown order), made safe to share."""
        model = self.records_model
        columns = [panel_logic.ExportColumn(name, kind, name) for name, kind in zip(model.fields, model.kinds)]
        rows = [model.rows[r] for r in self.records_proxy.source_rows()]
        return panel_logic.export_table(columns, rows, marked=panel_logic.record_personal_fields(self.provenance),
                               **self._share_options(include_personal, show_small_counts))

    def _share_options(self, include_personal, show_small_counts) -> dict:
        return {
            "include_personal": (self.personal_check.isChecked() if include_personal is None
                                 else include_personal),
            "show_small_counts": (self.small_counts_check.isChecked() if show_small_counts is None
                                  else show_small_counts),
        }

    def export_ranking(self, path: str, chosen_filter: str = "", **options) -> str:
        return write_table(self.ranking_table(**options), path, chosen_filter, "ranking")

    def export_records(self, path: str, chosen_filter: str = "", **options) -> str:
        return write_table(self.records_table(**options), path, chosen_filter, "records")

    def _export_dialog(self, what: str) -> None:
        title = tr("Export ranking") if what == "ranking" else tr("Export records")
        filters = tr("CSV (*.csv)") + ";;" + tr("Excel workbook (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(self, title, "", filters)
        if not path:
            return
        try:
            table = self.ranking_table() if what == "ranking" else self.records_table()
            written = write_table(table, path, chosen, what)
        except ExportError as error:
            self._message(tr("Could not write the table: {0}").format(error), Qgis.MessageLevel.Critical)
            return
        note = ""
        if table.dropped:
            note += " " + tr("Left out as personal: {0}.").format(", ".join(table.dropped))
        if table.suppressed:
            note += " " + tr("{0} counts below {1} shown as \"<{1}\".").format(table.suppressed,
                                                                               panel_logic.SUPPRESS_BELOW)
        self._message(tr("Wrote {0} rows to {1}.").format(len(table.rows), written) + note, Qgis.MessageLevel.Info)

    # ------------------------------------------------------------------ re-score


def _disconnect(signal, slot) -> None:
    try:
        signal.disconnect(slot)
    except (TypeError, RuntimeError):
        pass


def _same_source(source: str, path: str) -> bool:
    a, b = source.split("|"), path.split("|")
    if os.path.normpath(a[0]) != os.path.normpath(b[0]):
        return False
    return len(b) == 1 or a[1:] == b[1:]
