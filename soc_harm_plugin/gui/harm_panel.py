"""The "SOC Harm" panel: areas ranked by harm, the records under each, linked to the map.

A thin dock: table models hold the data (``ranking_model``, ``records_model``),
``panel_logic`` decides what to show and what may be exported, and the
dock only wires the widgets, the layer selection and the map canvas together.
Nothing is computed in a widget callback beyond choosing rows.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Dict, List, Optional

from qgis.core import Qgis, QgsMessageLog, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsFilterLineEdit
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..about import LOG_TAG
from . import panel_logic
from ..qgis_io.outputs import provenance_of
from ..translate import tr
from .composition_bar import CompositionBar
from .ranking_model import RankingModel, RankingProxy
from .records_model import RecordsModel, RecordsProxy
from .panel_tables import PanelTables, _disconnect
from ..compat import LayerType

MAX_RECORD_AREAS = 500  # records are listed for at most this many selected areas at once
OBJECT_NAME = "SocHarmPanel"


def geography_label(geography: str) -> str:
    labels = {"sector": tr("Sectors"), "ward": tr("Wards"), "street": tr("Streets"), "other": tr("Other areas")}
    return labels.get(geography, geography)


def view_label(view: panel_logic.View) -> str:
    if view.kind == "total":
        return tr("All harm")
    if view.kind == "dimension":
        return tr("Dimension: {0}").format(view.label)
    return view.label


class SocHarmPanel(PanelTables, QgsDockWidget):
    """The harm panel. ``iface`` is injected (tests, benchmarks); QGIS's own by default."""

    layerShown = pyqtSignal(str)  # noqa: N815 (Qt style): the id of the layer now ranked ("" none)
    rescoreFinished = pyqtSignal(bool, str)  # noqa: N815: ok, message

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("SOC Harm"), parent)
        if iface is None:
            from qgis.utils import iface as qgis_iface

            iface = qgis_iface
        self.iface = iface
        self.setObjectName(OBJECT_NAME)
        self.project = QgsProject.instance()
        self.layer: Optional[QgsVectorLayer] = None
        self.provenance: dict = {}
        self.layer_columns: Optional[panel_logic.LayerColumns] = None
        self.views: List[panel_logic.View] = []
        self.candidates: List[panel_logic.Candidate] = []
        self.state = panel_logic.PanelState()
        self.records_layer: Optional[QgsVectorLayer] = None
        self._records_owned = False  # a layer the panel opened (not in the project yet)
        self._syncing = False
        self._rescore = None
        self._code_labels: Dict[str, str] = {}
        self._build()
        self._connect_project()
        self.refresh_layers()
        self.restore_state()

    # ------------------------------------------------------------------ widgets

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        top = QHBoxLayout()
        self.layer_combo = QComboBox(body)
        self.layer_combo.setObjectName("layerCombo")
        self.layer_combo.setToolTip(tr("The scored layer to rank: a SOC Harm output in the project"))
        self.layer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.geography_combo = QComboBox(body)
        self.geography_combo.setObjectName("geographyCombo")
        self.geography_combo.setToolTip(tr("Switch between sectors, wards and streets where their outputs are loaded"))
        top.addWidget(QLabel(tr("Layer"), body))
        top.addWidget(self.layer_combo, 3)
        top.addWidget(self.geography_combo, 1)
        layout.addLayout(top)

        second = QHBoxLayout()
        self.view_combo = QComboBox(body)
        self.view_combo.setObjectName("viewCombo")
        self.view_combo.setToolTip(tr("Rank by all harm, one measure, or one dimension of harm"))
        self.filter_edit = QgsFilterLineEdit(body)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setPlaceholderText(tr("Filter by id or name"))
        second.addWidget(QLabel(tr("Rank by"), body))
        second.addWidget(self.view_combo, 2)
        second.addWidget(self.filter_edit, 2)
        layout.addLayout(second)

        splitter = QSplitter(Qt.Orientation.Vertical, body)
        splitter.setObjectName("splitter")
        self.splitter = splitter
        upper = QWidget(splitter)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        self.ranking_model = RankingModel(self)
        self.ranking_proxy = RankingProxy(self)
        self.ranking_proxy.setSourceModel(self.ranking_model)
        self.ranking_view = _new_table_view(upper, "rankingView")
        self.ranking_view.setModel(self.ranking_proxy)
        self.ranking_view.setSortingEnabled(True)
        self.ranking_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ranking_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        upper_layout.addWidget(self.ranking_view)
        self.count_label = QLabel(upper)
        self.count_label.setObjectName("countLabel")
        upper_layout.addWidget(self.count_label)
        self.composition = CompositionBar(upper)
        upper_layout.addWidget(self.composition)
        self.drivers_label = QLabel(upper)  # what drove the selected area's change (a change layer with DRIVERS)
        self.drivers_label.setObjectName("driversLabel")
        self.drivers_label.setWordWrap(True)
        upper_layout.addWidget(self.drivers_label)

        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.records_label = QLabel(tr("Select an area to see its records"), lower)
        self.records_label.setObjectName("recordsLabel")
        self.records_label.setWordWrap(True)
        lower_layout.addWidget(self.records_label)
        self.records_model = RecordsModel(self)
        self.records_proxy = RecordsProxy(self)
        self.records_proxy.setSourceModel(self.records_model)
        self.records_view = _new_table_view(lower, "recordsView")
        self.records_view.setModel(self.records_proxy)
        self.records_view.setSortingEnabled(True)
        self.records_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        lower_layout.addWidget(self.records_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        share = QHBoxLayout()
        self.export_ranking_button = QPushButton(tr("Export ranking\u2026"), body)
        self.export_ranking_button.setObjectName("exportRankingButton")
        self.export_records_button = QPushButton(tr("Export records\u2026"), body)
        self.export_records_button.setObjectName("exportRecordsButton")
        self.personal_check = QCheckBox(tr("Include personal fields"), body)
        self.personal_check.setObjectName("includePersonalCheck")
        self.personal_check.setToolTip(tr(
            "Off (safe to share): fields that name or identify people (names, person and nominal ids, dates of "
            "birth, addresses, phone numbers, vehicle registrations, and fields the scheme marks personal) are "
            "left out of exports."))
        self.small_counts_check = QCheckBox(tr("Show counts below {0}").format(panel_logic.SUPPRESS_BELOW), body)
        self.small_counts_check.setObjectName("smallCountsCheck")
        self.small_counts_check.setToolTip(tr("Off (safe to share): counts below {0}, 0 included, are exported as "
                                              "\"<{0}\", as in the briefing pack.").format(
            panel_logic.SUPPRESS_BELOW))
        share.addWidget(self.export_ranking_button)
        share.addWidget(self.export_records_button)
        share.addWidget(self.personal_check)
        share.addWidget(self.small_counts_check)
        share.addStretch(1)
        layout.addLayout(share)

        run = QHBoxLayout()
        self.rescore_button = QPushButton(tr("Re-score"), body)
        self.rescore_button.setObjectName("rescoreButton")
        self.rescore_button.setToolTip(tr("Run the algorithm that made this layer again, with the same parameters, "
                                          "in the background; the new output is added to the project."))
        self.progress_bar = QProgressBar(body)
        self.progress_bar.setObjectName("rescoreProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"), body)
        self.cancel_button.setObjectName("cancelRescoreButton")
        self.cancel_button.setVisible(False)
        self.status_label = QLabel(body)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        run.addWidget(self.rescore_button)
        run.addWidget(self.progress_bar, 1)
        run.addWidget(self.cancel_button)
        run.addWidget(self.status_label, 2)
        layout.addLayout(run)
        self.setWidget(body)

        self.layer_combo.activated.connect(self._on_layer_chosen)
        self.geography_combo.activated.connect(self._on_geography_chosen)
        self.view_combo.activated.connect(self._on_view_chosen)
        self.filter_edit.textChanged.connect(self.set_filter_text)
        self.ranking_view.selectionModel().selectionChanged.connect(self._on_rows_selected)
        self.ranking_view.horizontalHeader().sortIndicatorChanged.connect(self._on_sorted)
        self.ranking_view.doubleClicked.connect(self._on_area_double_clicked)
        self.records_view.selectionModel().selectionChanged.connect(self._on_records_selected)
        self.records_view.doubleClicked.connect(self._on_record_double_clicked)
        self.export_ranking_button.clicked.connect(lambda: self._export_dialog("ranking"))
        self.export_records_button.clicked.connect(lambda: self._export_dialog("records"))
        self.rescore_button.clicked.connect(self.rescore)
        self.cancel_button.clicked.connect(self.cancel_rescore)

    # ------------------------------------------------------------------ project and layers

    def _connect_project(self) -> None:
        self.project.layersAdded.connect(self._on_layers_changed)
        self.project.layersRemoved.connect(self._on_layers_changed)
        self.project.writeProject.connect(self.save_state)
        self.project.readProject.connect(self._on_project_read)
        self.project.cleared.connect(self._on_project_cleared)
        if self.iface is not None and hasattr(self.iface, "currentLayerChanged"):
            try:
                self.iface.currentLayerChanged.connect(self._on_active_layer)
            except (TypeError, AttributeError):
                pass

    def teardown(self) -> None:
        """Disconnect from the project and the layers before the plugin unloads."""
        self.cancel_rescore()
        for signal, slot in ((self.project.layersAdded, self._on_layers_changed),
                             (self.project.layersRemoved, self._on_layers_changed),
                             (self.project.writeProject, self.save_state),
                             (self.project.readProject, self._on_project_read),
                             (self.project.cleared, self._on_project_cleared)):
            _disconnect(signal, slot)
        if self.iface is not None and hasattr(self.iface, "currentLayerChanged"):
            _disconnect(self.iface.currentLayerChanged, self._on_active_layer)
        self._watch_layer(None)
        self._drop_records_layer()

    def refresh_layers(self) -> None:
        """List the scored layers of the project (plugin outputs holding a harm score)."""
        self.candidates = []
        for layer in self.project.mapLayers().values():
            if layer.type() != LayerType.Vector or not layer.isValid():
                continue
            if not panel_logic.is_ranking_layer(layer.fields().names()):
                continue
            provenance = provenance_of(layer) or {}
            scheme = (provenance.get("scheme") or {}).get("name", "")
            self.candidates.append(panel_logic.Candidate(layer.id(), layer.name(), panel_logic.geography_of(provenance),
                                                str(provenance.get("algorithm") or ""), scheme))
        order = {g: i for i, g in enumerate(panel_logic.GEOGRAPHY_ORDER)}
        self.candidates.sort(key=lambda c: (order.get(c.geography, 9), c.name.casefold()))
        self._fill_layer_combos()

    def _fill_layer_combos(self) -> None:
        current = self.layer.id() if self.layer is not None else ""
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for candidate in self.candidates:
            self.layer_combo.addItem("{0} ({1})".format(candidate.name, geography_label(candidate.geography)),
                                     candidate.layer_id)
        self.layer_combo.setCurrentIndex(self.layer_combo.findData(current))
        self.layer_combo.blockSignals(False)
        self.geography_combo.blockSignals(True)
        self.geography_combo.clear()
        for geography in panel_logic.geographies(self.candidates):
            self.geography_combo.addItem(geography_label(geography), geography)
        now = next((c.geography for c in self.candidates if c.layer_id == current), "")
        self.geography_combo.setCurrentIndex(self.geography_combo.findData(now))
        self.geography_combo.setEnabled(self.geography_combo.count() > 1)
        self.geography_combo.blockSignals(False)

    def _on_layers_changed(self, *args) -> None:
        self.refresh_layers()
        if self.layer is not None and (sip.isdeleted(self.layer) or self.project.mapLayer(self.layer.id()) is None):
            self.set_layer(None)
        if self.layer is None:
            self._show_active_or_first()

    def _on_active_layer(self, *args) -> None:
        layer = self.iface.activeLayer() if self.iface is not None else None
        if isinstance(layer, QgsVectorLayer) and layer.isValid() and panel_logic.is_ranking_layer(
            layer.fields().names()):
            if self.layer is None or layer.id() != self.layer.id():
                self.set_layer(layer)

    def _show_active_or_first(self) -> None:
        active = None
        try:
            active = self.iface.activeLayer() if self.iface is not None else None
        except (AttributeError, RuntimeError):
            active = None
        if isinstance(active, QgsVectorLayer) and any(c.layer_id == active.id() for c in self.candidates):
            self.set_layer(active)
        elif self.candidates:
            self.set_layer(self.candidates[0].layer_id)

    def _on_layer_chosen(self, index: int) -> None:
        self.set_layer(self.layer_combo.itemData(index))

    def _on_geography_chosen(self, index: int) -> None:
        self.set_geography(self.geography_combo.itemData(index))

    def set_geography(self, geography: str) -> None:
        current = self.layer.id() if self.layer is not None else ""
        layer_id = panel_logic.layer_for_geography(self.candidates, current, geography)
        if layer_id and layer_id != current:
            self.set_layer(layer_id)

    # ------------------------------------------------------------------ showing a layer

    def set_layer(self, layer) -> None:
        """Rank ``layer`` (a QgsVectorLayer or a layer id; None clears the panel)."""
        if isinstance(layer, str):
            layer = self.project.mapLayer(layer) if layer else None
        columns = None
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            provenance = provenance_of(layer) or {}
            columns = panel_logic.columns_of(layer.fields().names(), provenance)
        if columns is None:
            layer = None
        self._watch_layer(layer)
        self._drop_records_layer()
        self.records_model.clear()
        self.composition.set_segments([])
        self.drivers_label.setText("")
        if layer is None:
            self.layer, self.provenance, self.layer_columns, self.views = None, {}, None, []
            with self._sync():
                self.ranking_model.clear()
            self._fill_views()
            self._fill_layer_combos()
            self._update_counts()
            self._update_buttons()
            self.layerShown.emit("")
            return
        self.layer = layer
        self.provenance = provenance
        self.layer_columns = columns
        self.views = panel_logic.views_of(columns)
        if self.state.layer_id != layer.id():
            self.state.layer_id = layer.id()
        view = panel_logic.view_by_key(self.views, self.state.view)
        self.state.view = view.key
        self._code_labels = _code_labels(provenance)
        with self._sync():
            self.ranking_model.load(layer, columns, view)
        self._fill_views()
        self._fill_layer_combos()
        self._apply_sort()
        self._update_counts()
        self._update_buttons()
        self.records_label.setText(self._records_hint())
        selected = list(layer.selectedFeatureIds())  # already selected on the map: show those rows
        if selected:
            self._select_rows(selected)
            self._show_selection(selected)
        self.layerShown.emit(layer.id())

    def _watch_layer(self, layer: Optional[QgsVectorLayer]) -> None:
        old = self.layer
        if old is not None and not sip.isdeleted(old):
            _disconnect(old.selectionChanged, self._on_map_selection)
            _disconnect(old.willBeDeleted, self._on_layer_deleted)
        if layer is not None:
            layer.selectionChanged.connect(self._on_map_selection)
            layer.willBeDeleted.connect(self._on_layer_deleted)

    def _on_layer_deleted(self) -> None:
        self.layer = None
        self.set_layer(None)

    def _fill_views(self) -> None:
        self.view_combo.blockSignals(True)
        self.view_combo.clear()
        for view in self.views:
            self.view_combo.addItem(view_label(view), view.key)
        self.view_combo.setCurrentIndex(max(0, self.view_combo.findData(self.state.view)))
        self.view_combo.setEnabled(len(self.views) > 1)
        self.view_combo.blockSignals(False)

    def _on_view_chosen(self, index: int) -> None:
        self.set_view(self.view_combo.itemData(index))

    def set_view(self, key: str) -> None:
        """Rank by all harm, a measure ("measure:<key>") or a dimension ("dimension:<field>")."""
        if not self.views:
            return
        selected = self.selected_fids()
        view = panel_logic.view_by_key(self.views, key)
        self.state.view = view.key
        with self._sync():
            self.ranking_model.set_view(view)
        self.view_combo.setCurrentIndex(max(0, self.view_combo.findData(view.key)))
        self._apply_sort()
        self._select_rows(selected)
        self._show_selection(selected)

    def set_filter_text(self, text: str) -> None:
        if self.filter_edit.text() != text:
            self.filter_edit.setText(text)  # comes back here through textChanged
            return
        self.ranking_proxy.set_query(text)
        self._update_counts()

    def sort_by(self, key: str, descending: bool = False) -> None:
        """Sort the ranking by a column key ("rank", "harm", "m:<measure>", ...)."""
        self.state.sort_column = key
        self.state.sort_descending = descending
        self._apply_sort()

    def _apply_sort(self) -> None:
        column = panel_logic.sort_column_index(self.ranking_model.columns, self.state.sort_column)
        order = Qt.SortOrder.DescendingOrder if self.state.sort_descending else Qt.SortOrder.AscendingOrder
        header = self.ranking_view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        self.ranking_proxy.sort(column, order)
        self._resize_columns()

    def _on_sorted(self, column: int, order) -> None:
        if 0 <= column < len(self.ranking_model.columns):
            self.state.sort_column = self.ranking_model.columns[column].key
            self.state.sort_descending = order == Qt.SortOrder.DescendingOrder

    def _resize_columns(self) -> None:
        _fit_columns(self.ranking_view)

    def _update_counts(self) -> None:
        total = self.ranking_model.rowCount()
        shown = self.ranking_proxy.rowCount()
        if not total:
            self.count_label.setText(tr("No scored layer: run Score harm by area, or make a scored layer active."))
        elif shown == total:
            self.count_label.setText(tr("{0} areas").format("{0:,}".format(total)))
        else:
            self.count_label.setText(tr("{0} of {1} areas").format("{0:,}".format(shown), "{0:,}".format(total)))

    def _update_buttons(self) -> None:
        has_layer = self.layer is not None
        running = self.rescore_running()
        self.export_ranking_button.setEnabled(has_layer)
        self.export_records_button.setEnabled(has_layer and self.records_model.rowCount() > 0)
        self.rescore_button.setEnabled(has_layer and bool(self.provenance.get("parameters")) and not running)
        if has_layer and not self.provenance.get("parameters"):
            self.rescore_button.setToolTip(tr("This output records no run parameters: run the algorithm again from "
                                              "the toolbox once to re-score from here."))

    # ------------------------------------------------------------------ selection, both ways

    @contextmanager
    def _sync(self):
        self._syncing = True
        try:
            yield
        finally:
            self._syncing = False

    def selected_fids(self) -> List[int]:
        """Feature ids of the selected rows, in the shown order."""
        rows = sorted(index.row() for index in self.ranking_view.selectionModel().selectedRows())
        return [self.ranking_model.fid_at(self.ranking_proxy.mapToSource(self.ranking_proxy.index(r, 0)).row())
                for r in rows]

    def select_rows(self, proxy_rows: List[int]) -> None:
        """Select rows as the user would (the map and the records follow)."""
        selection = QItemSelection()
        last = self.ranking_proxy.columnCount() - 1
        for r in proxy_rows:
            selection.select(self.ranking_proxy.index(r, 0), self.ranking_proxy.index(r, last))
        self.ranking_view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if proxy_rows:
            self.ranking_view.selectionModel().setCurrentIndex(self.ranking_proxy.index(proxy_rows[0], 0),
                                                               QItemSelectionModel.SelectionFlag.NoUpdate)

    def _on_rows_selected(self, *args) -> None:
        if self._syncing or self.layer is None:
            return
        fids = self.selected_fids()
        with self._sync():
            self.layer.selectByIds(fids)
        if fids:
            self._zoom_to_selection()
        self._show_selection(fids)

    def _zoom_to_selection(self) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None:
            return
        canvas.zoomToSelected(self.layer)
        canvas.refresh()

    def _on_map_selection(self, *args) -> None:
        if self._syncing or self.layer is None:
            return
        fids = list(self.layer.selectedFeatureIds())
        with self._sync():
            self._select_rows(fids)
        self._show_selection(fids)

    def _select_rows(self, fids: List[int]) -> None:
        rows = []
        for fid in fids:
            row = self.ranking_model.row_of_fid(fid)
            if row >= 0:
                proxy = self.ranking_proxy.mapFromSource(self.ranking_model.index(row, 0))
                if proxy.isValid():
                    rows.append(proxy.row())
        rows.sort()
        with self._sync():
            self.select_rows(rows)
        if rows:
            self.ranking_view.scrollTo(self.ranking_proxy.index(rows[0], 0))

    def _show_selection(self, fids: List[int]) -> None:
        """Fill the records table and the composition bar for the selected areas."""
        self.records_model.clear()
        columns = self.layer_columns
        if self.layer is None or columns is None or not fids:
            self.composition.set_segments([])
            self.drivers_label.setText("")
            self.records_label.setText(self._records_hint())
            self._update_buttons()
            return
        rows = [self.ranking_model.row_of_fid(f) for f in fids]
        rows = [r for r in rows if r >= 0]
        ids = [self.ranking_model.field_values(r, columns.id_field) for r in rows]
        records = self._records_layer_for_reading()
        if records is not None:
            view = self.ranking_model.view
            keys = view.measure_keys if view is not None and view.kind != "total" else ()
            if records.fields().lookupField("measure") < 0:
                keys = ()
            listed = ids[:MAX_RECORD_AREAS]
            self.records_model.load(records, panel_logic.records_filter(listed, keys))
            header = self.records_view.horizontalHeader()
            self.records_proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            _fit_columns(self.records_view)
            text = tr("{0} records in {1}").format("{0:,}".format(self.records_model.rowCount()), self._areas_text(
                rows))
            if len(ids) > MAX_RECORD_AREAS:
                text += " " + tr("(records of the first {0} selected areas)").format(MAX_RECORD_AREAS)
            self.records_label.setText(text)
        else:
            self.records_label.setText(self._records_hint())
        self.composition.set_segments(self._segments(rows), self._composition_title(rows))
        self.drivers_label.setText(self._drivers_text(rows))
        self._update_buttons()

    def _drivers_text(self, rows: List[int]) -> str:
        columns = self.layer_columns
        if len(rows) != 1 or not columns.change_pct:
            return ""
        area_id = self.ranking_model.field_values(rows[0], columns.id_field)
        name = self.ranking_model.field_values(rows[0], columns.name_field) if columns.name_field else None
        return panel_logic.drivers_text(self.provenance, area_id, str(name or area_id),
                                        self.ranking_model.field_values(rows[0], columns.change_pct), tr)

    def _areas_text(self, rows: List[int]) -> str:
        columns = self.layer_columns
        if len(rows) == 1:
            row = rows[0]
            area_id = self.ranking_model.field_values(row, columns.id_field)
            name = self.ranking_model.field_values(row, columns.name_field) if columns.name_field else None
            return "{0} ({1})".format(name, area_id) if name else str(area_id)
        return tr("{0} areas").format(len(rows))

    def _composition_title(self, rows: List[int]) -> str:
        if self.layer_columns.measures:
            return tr("What each measure contributes: {0}").format(self._areas_text(rows))
        if self.records_model.rowCount():
            return tr("Harm by offence code: {0}").format(self._areas_text(rows))
        return self._areas_text(rows)

    def _segments(self, rows: List[int]) -> List[panel_logic.Segment]:
        columns = self.layer_columns
        if columns.measures:
            items = []
            for m in columns.measures:
                values = [self.ranking_model.field_values(r, m.harm_field) for r in rows]
                items.append((m.key, m.label, sum(v for v in values if isinstance(v, (int, float)))))
            return panel_logic.composition(items, max_segments=12, other_label=tr("Other"))
        weights = self.records_model.column("weight")
        if weights:
            codes = self.records_model.column("table_code") or self.records_model.column("code")
            totals = panel_logic.sum_by(codes, weights)
            items = [(str(code), self._code_label(code), value) for code, value in totals.items()]
            return panel_logic.composition(items, max_segments=8, by_size=True, other_label=tr("Other"))
        return []

    def _code_label(self, code) -> str:
        if code in ("", None):
            return tr("No code")
        from ..domain.harm.harm_table import normalise_code

        label = self._code_labels.get(normalise_code(code), "")
        return "{0} {1}".format(code, label) if label else str(code)

    def _records_hint(self) -> str:
        if self.layer is None:
            return ""
        if not self.provenance.get("records"):
            return tr("This output has no records table: run it with the 'Records with their weight and status' "
                      "output to list the records under each area.")
        if self._records_layer_for_reading() is None:
            return tr("The records file '{0}' cannot be found.").format(self.provenance.get("records"))
        return tr("Select an area to see its records")

    def _on_area_double_clicked(self, index) -> None:
        if self.layer is None or self.iface is None:
            return
        row = self.ranking_proxy.mapToSource(index).row()
        feature = self.layer.getFeature(self.ranking_model.fid_at(row))
        self.iface.openFeatureForm(self.layer, feature, False, False)


    def rescore_running(self) -> bool:
        return self._rescore is not None

    def rescore(self) -> bool:
        """Run this output's algorithm again in the background; False if it cannot start."""
        from .rescore import RescoreError, RescoreRun

        if self.layer is None or self.rescore_running():
            return False
        try:
            run = RescoreRun(self.provenance, self)
        except RescoreError as error:
            self.status_label.setText(str(error))
            return False
        self._rescore = run
        self._rescore_layer_name = self.layer.name()
        run.progress.connect(lambda p: self.progress_bar.setValue(int(p)))
        run.done.connect(self._on_rescore_done)
        self.progress_bar.setValue(0)  # noqa: QGS202 (QProgressBar.setValue returns nothing)
        self.progress_bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self.status_label.setText(tr("Re-scoring in the background\u2026"))
        self._update_buttons()
        run.start()
        return True

    def cancel_rescore(self) -> None:
        if self._rescore is not None:
            self._rescore.cancel()

    def _on_rescore_done(self, ok: bool, layers: dict, message: str) -> None:
        self._rescore = None
        self.progress_bar.setVisible(False)
        self.cancel_button.setVisible(False)
        if not ok:
            self.status_label.setText(message)
            self._update_buttons()
            self.rescoreFinished.emit(False, message)
            return
        scored = layers.pop("OUTPUT", None)
        for layer in layers.values():
            if layer.providerType() == "memory":  # found by its id: it must be in the project
                self._add_to_project(layer)
        if scored is not None:
            scored.setName(tr("{0} (re-scored)").format(self._rescore_layer_name))
            if self._add_to_project(scored):
                self.set_layer(scored)
        message = tr("Re-scored: {0}").format(scored.name() if scored is not None else "")
        self.status_label.setText(message)
        self._update_buttons()
        self.rescoreFinished.emit(True, message)

    # ------------------------------------------------------------------ state in the project

    def current_state(self) -> panel_logic.PanelState:
        return panel_logic.PanelState(self.layer.id() if self.layer is not None else "", self.state.sort_column,
                             self.state.sort_descending, self.state.view)

    def save_state(self, *args) -> None:
        for key, value in self.current_state().to_entries().items():
            self.project.writeEntry(panel_logic.STATE_SCOPE, key, value)

    def restore_state(self) -> None:
        entries = {key: self.project.readEntry(panel_logic.STATE_SCOPE, key, "")[0]
                   for key in panel_logic.PanelState().to_entries()}
        self.state = panel_logic.PanelState.from_entries(entries)
        layer = self.project.mapLayer(self.state.layer_id) if self.state.layer_id else None
        if isinstance(layer, QgsVectorLayer):
            self.set_layer(layer)
        else:
            self._show_active_or_first()

    def _on_project_read(self, *args) -> None:
        self.refresh_layers()
        self.restore_state()

    def _on_project_cleared(self) -> None:
        self.state = panel_logic.PanelState()
        self.set_layer(None)
        self.candidates = []
        self._fill_layer_combos()

    def _add_to_project(self, layer: QgsVectorLayer) -> bool:
        """Add ``layer`` to the project; False, with a warning, if the project refuses it (an invalid layer)."""
        if self.project.addMapLayer(layer) is not None:
            return True
        self._message(tr("Layer '{0}' could not be added to the project.").format(layer.name()),
                      Qgis.MessageLevel.Warning)
        return False

    def _message(self, text: str, level) -> None:
        QgsMessageLog.logMessage(text, LOG_TAG, level)
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None:
            bar.pushMessage(tr("SOC Harm"), text, level=level)


def _new_table_view(parent, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(False)
    return view


def _fit_columns(view: QTableView, sample: int = 50, widest: int = 260) -> None:
    """Columns as wide as their header and first rows (Qt's resizeColumnsToContents reads
    every row: half a second for 1,000 records)."""
    model = view.model()
    metrics = view.fontMetrics()
    rows = min(sample, model.rowCount())
    for column in range(model.columnCount()):
        texts = [str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")]
        texts += [str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "") for row in range(rows)]
        view.horizontalHeader().resizeSection(column, min(max(metrics.horizontalAdvance(t) for t in texts) + 28,
                                                          widest))



def _code_labels(provenance: dict) -> Dict[str, str]:
    """Labels of the harm table's codes (built-in tables), to name the composition's segments."""
    key = ((provenance or {}).get("harm_table") or {}).get("key") or ""
    if not key:
        return {}
    try:
        from ..domain.harm.harm_table import load_builtin_table

        table = load_builtin_table(key)
    except Exception:  # a custom table: show codes alone
        return {}
    return {code: label for code, label in table.labels.items() if label}
