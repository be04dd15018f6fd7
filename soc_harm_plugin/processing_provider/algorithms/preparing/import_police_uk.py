"""socharm:importpoliceuk: data.police.uk street crime CSVs -> a point layer in EPSG:27700.

The files and rows are read and judged in domain/policeuk.py (no QGIS);
here the coordinates are projected with QGIS's transform, tested against the
optional force area, and the two layers are written with their provenance.
"""
from __future__ import annotations

import struct
from typing import Dict, List, Optional

import numpy as np
from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDatumTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPoint,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsRendererCategory,
)
from qgis.PyQt.QtCore import QDate

from ....domain import policeuk
from ....domain.geometry.geometry_index import points_in_polygons
from ....domain.geometry.grid import geometries_extent, points_extent
from ....domain.harm.harm_table import HarmTableError, load_builtin_table
from ....domain.limits import first
from ....qgis_io.outputs import add_features, finish_output
from ....qgis_io.point_wkb import decode_point_matrix
from ....qgis_io.area_layers import read_areas
from ....qgis_io.styles import qml_style
from ... import nothing_counted
from ... import groups
from ...base import SocHarmAlgorithm, run_parameters, with_help
from ....translate import tr
from ....compat import FieldType, FileBehavior, SourceType, WkbType

SOURCE_CRS = "EPSG:4326"  # data.police.uk gives WGS 84 longitude and latitude
TARGET_CRS = "EPSG:27700"  # British National Grid
HARM_TABLE_KEY = "ons_css_policeuk_category"
STYLE_NAME = "policeuk_crimes"
ATTRIBUTION = "Contains public sector information licensed under the Open Government Licence v3.0."

# OUTPUT: the public fields first (issue 3), then where each row came from.
OUTPUT_FIELDS = [
    ("crime_id", FieldType.String), ("month", FieldType.Date), ("category", FieldType.String),
    ("lsoa_code", FieldType.String), ("lsoa_name", FieldType.String), ("location", FieldType.String),
    ("force", FieldType.String), ("outcome", FieldType.String), ("context", FieldType.String),
    ("source_file", FieldType.String), ("source_line", FieldType.Int),
]
# REJECTED: why, where from, then the row's own columns exactly as written.
REJECTED_LEAD_FIELDS = [
    ("reason", FieldType.String), ("detail", FieldType.String),
    ("source_file", FieldType.String), ("source_line", FieldType.Int),
]
REJECTED_COLOURS = {
    policeuk.NO_COORDINATES: "#969696", policeuk.OUTSIDE_FORCE_AREA: "#1f78b4",
    policeuk.DUPLICATE_CRIME_ID: "#ff7f00", policeuk.UNREADABLE_ROW: "#e31a1c", policeuk.UNCLOSED_QUOTE: "#6a3d9a",
}


class ImportPoliceUk(SocHarmAlgorithm):
    ALGORITHM_ID = "importpoliceuk"
    GROUP_ID = groups.PREPARING
    INPUT = "INPUT"
    FORCE_AREA = "FORCE_AREA"
    OUTPUT = "OUTPUT"
    REJECTED = "REJECTED"

    def display_name(self) -> str:
        return self.tr("Import data.police.uk crimes")


    def initAlgorithm(self, config=None):
        tr = self.tr
        self.add_parameter(with_help(
            # behavior File with this filter: qgis_process and processing.run take a file or a folder
            QgsProcessingParameterFile(self.INPUT, tr("Street crime CSV file or folder"),
                                       behavior=FileBehavior.File,
                                       fileFilter="CSV files (*.csv *.CSV);;All files (*)"),
            tr("One data.police.uk street crime CSV, or a folder of them: the monthly sub-folders of the bulk "
               "download are read too. "
               "In a folder only *-street.csv files are imported; outcomes and stop-and-search files are skipped "
               "and counted. "
               "To give a folder, type or paste its path.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.FORCE_AREA, tr("Force area"), [SourceType.VectorPolygon],
                                                optional=True),
            tr("Polygons of the area to keep (a force, a district, some LSOAs). Crimes outside every polygon go to "
               "the rejected "
               "rows as outside_force_area; a crime on the boundary is kept.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Crimes"), SourceType.VectorPoint),
            tr("One point per crime in British National Grid (EPSG:27700) with crime_id, month (the first day of "
               "the month: "
               "data.police.uk gives months only), category, lsoa_code, lsoa_name, location, force, outcome, context, "
               "source_file and source_line. Ready for Score harm by area with the data.police.uk category table.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.REJECTED, tr("Rows not imported"), SourceType.VectorPoint,
                                              optional=True, createByDefault=True),
            tr("Every row not imported, with its reason (no_coordinates, outside_force_area, duplicate_crime_id, "
               "unreadable_row, "
               "unclosed_quote), a detail, its file and line, and all its columns as written; a point where it has "
               "a location.")))
        self.add_output(QgsProcessingOutputNumber("FILES", tr("Files read")))
        self.add_output(QgsProcessingOutputNumber("ROWS_IN", tr("Rows read")))
        self.add_output(QgsProcessingOutputNumber("IMPORTED", tr("Crimes imported")))
        self.add_output(QgsProcessingOutputNumber("REJECTED_ROWS", tr("Rows not imported")))

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise QgsProcessingException(self.tr("Choose a data.police.uk CSV file or a folder of them."))
        try:
            selection = policeuk.find_crime_files(path)
        except policeuk.PoliceUkError as error:
            raise QgsProcessingException(self.tr("Cannot import data.police.uk crimes: {0}").format(str(error)))
        self._report_selection(selection, feedback)
        if not selection.files:
            raise QgsProcessingException(self.tr(
                "Folder '{0}' holds no data.police.uk street crime files (*-street.csv). Skipped: {1}").format(
                path, _counts_text(selection.skipped_counts) or self.tr("nothing")))

        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Reading {0} file(s)").format(len(selection.files)))

        def progress(done, total, name):
            steps.setProgress(100.0 * done / total if total else 0)
            return not feedback.isCanceled()

        try:
            rows = policeuk.read_crime_files(selection, progress)
        except policeuk.PoliceUkHeaderError as error:
            raise QgsProcessingException(self.tr(
                "Cannot import data.police.uk crimes: {0} Nothing was imported. Fix the file's header, or move it "
                "out of the folder, and run again.").format(str(error)))
        except policeuk.PoliceUkError as error:
            raise QgsProcessingException(self.tr("Cannot import data.police.uk crimes: {0}").format(str(error)))
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Placing {0} rows in British National Grid").format(len(rows)))
        target = QgsCoordinateReferenceSystem(TARGET_CRS)
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(SOURCE_CRS), target, context.transformContext())
        x, y, projected = project_points(rows.longitude, rows.latitude, rows.located, transform)
        failed = rows.located & ~projected
        if failed.any():
            rows.reject(failed, policeuk.UNREADABLE_ROW, "coordinates cannot be projected to British National Grid")
        if projected.any():
            self._warn_transform(transform, feedback)
        force_area = self._force_area(parameters, context, steps, target)
        if force_area is not None:
            inside = points_in_polygons(x, y, force_area, list(range(len(force_area)))).index >= 0
            if rows.reject_outside(inside) and not (rows.imported & projected).any():
                placed = projected & (rows.reason == policeuk.OUTSIDE_FORCE_AREA)
                steps.pushWarning(self.tr(
                    "None of the crimes lies in the force area: all {0} with a location are outside_force_area. "
                    "The crimes lie within {1}, "
                    "the force area within {2} (British National Grid): is it the right layer, in the right place "
                    "and CRS?").format(
                    int(placed.sum()), nothing_counted.extent_text(points_extent(x[placed], y[placed])),
                    nothing_counted.extent_text(geometries_extent(force_area))))
        rows.mark_duplicates()
        rows.count_by_file()
        table = self._harm_table()
        self._report_rows(rows, table, feedback)
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(2)
        steps.pushInfo(self.tr("Writing {0} crimes").format(int(rows.imported.sum())))
        output_id = self._write_output(parameters, context, rows, x, y, projected, target, steps)
        steps.setCurrentStep(3)
        rejected_id = self._write_rejected(parameters, context, rows, x, y, projected, target, steps)
        if feedback.isCanceled():
            return {}  # cut short: write no provenance that would claim the files complete
        provenance = self._provenance(parameters, context, path, selection, rows, table, transform, rejected_id)
        first, last = rows.month_range()
        abstract = self.tr(
            "data.police.uk street crimes from {0} ({1} files, {2} to {3}) in British National Grid. Field month "
            "holds the first day "
            "of each crime's month: data.police.uk gives the month only. {4}").format(
            path, len(rows.files), first or "-", last or "-", ATTRIBUTION)
        finish_output(output_id, context, provenance, abstract, style=qml_style(STYLE_NAME))
        if rejected_id:
            finish_output(rejected_id, context, provenance, self.tr(
                "Rows of data.police.uk files not imported, with their reason, file and line. {0}").format(ATTRIBUTION),
                style=rejected_style)
        rec = rows.reconciliation()
        return {
            self.OUTPUT: output_id, self.REJECTED: rejected_id, "FILES": len(rows.files),
            "ROWS_IN": rec["rows_in"], "IMPORTED": rec["imported"], "REJECTED_ROWS": rec["rejected_total"],
        }

    # ------------------------------------------------------------------ reading
    def _report_selection(self, selection: policeuk.FileSelection, feedback) -> None:
        labels = {
            policeuk.SKIP_OUTCOMES: self.tr("outcomes files"),
            policeuk.SKIP_STOP_AND_SEARCH: self.tr("stop-and-search files"),
            policeuk.SKIP_OTHER_CSV: self.tr("other CSV files (not named *-street.csv)"),
            policeuk.SKIP_HIDDEN: self.tr("hidden files"),
        }
        for kind, names in selection.skipped.items():
            feedback.pushInfo(self.tr("Skipped {0} {1}: {2}").format(len(names), labels.get(kind, kind), first(names,
                    5)))

    def _force_area(self, parameters, context, feedback, target) -> Optional[List[bytes]]:
        if parameters.get(self.FORCE_AREA) in (None, ""):
            return None
        source = self.parameterAsSource(parameters, self.FORCE_AREA, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.FORCE_AREA))
        area = read_areas(source, target, context.transformContext(), "NONE", feedback)
        polygons = [wkb for wkb in area.wkb if wkb is not None]
        if not polygons:
            raise QgsProcessingException(self.tr("Layer '{0}' given as the force area has no polygons.").format(
                source.sourceName()))
        if area.repaired:
            feedback.pushWarning(self.tr("Layer '{0}': {1} invalid polygon(s) were repaired before use.").format(
                source.sourceName(), len(area.repaired)))
        return polygons

    def _harm_table(self):
        try:
            return load_builtin_table(HARM_TABLE_KEY)
        except HarmTableError as error:
            raise QgsProcessingException(self.tr("Harm table problem: {0}").format(str(error)))

    def _warn_transform(self, transform, feedback) -> None:
        details = transform.instantiatedCoordinateOperationDetails()
        if details.grids:
            feedback.pushInfo(self.tr("Coordinates converted to British National Grid with '{0}'.").format(
                details.name))
            return
        missing = [grid.shortName for op in QgsDatumTransform.operations(transform.sourceCrs(),
                                                                         transform.destinationCrs())
                   for grid in op.grids if not grid.isAvailable]
        feedback.pushWarning(self.tr(
            "Coordinates are in WGS 84 (EPSG:4326): without the OSTN15 grid installed{0}, QGIS converts to British "
            "National Grid "
            "with a Helmert transform ('{1}') accurate to a few metres; crimes near a boundary may fall on the "
            "other side.").format(
            " ({0})".format(", ".join(sorted(set(missing)))) if missing else "", details.name))

    def _report_rows(self, rows: policeuk.PoliceRows, table, feedback) -> None:
        tr = self.tr
        for report in rows.files:
            if report.status == policeuk.FILE_EMPTY:
                feedback.pushWarning(tr("{0}: empty file (no header, no rows).").format(report.name))
                continue
            if report.status == policeuk.FILE_NO_ROWS:
                feedback.pushWarning(tr("{0}: a header and no rows.").format(report.name))
                continue
            feedback.pushInfo(tr("{0} ({1}): {2} rows read from {3} lines (1 header, {4} blank), {5} imported, {6} "
                                 "rejected{7}").format(
                report.name, report.encoding, report.rows, report.lines, report.blank_lines, report.imported,
                sum(report.rejected.values()), " ({0})".format(_counts_text(
                    report.rejected)) if report.rejected else ""))
            if report.encoding not in ("utf-8", "utf-8-sig"):
                feedback.pushWarning(tr("{0} is not UTF-8: read as {1}.").format(report.name, report.encoding))
            if report.delimiter != ",":
                feedback.pushInfo(tr("{0}: values separated by '{1}', not commas.").format(report.name,
                        report.delimiter))
            if report.missing_columns:
                feedback.pushWarning(tr("{0} has no column {1}: left empty.").format(report.name, ", ".join(
                    report.missing_columns)))
            if report.extra_columns:
                feedback.pushWarning(tr("{0} has columns that are not data.police.uk's: {1}. They are not imported "
                                        "(rejected rows keep them in 'extra').").format(
                    report.name, ", ".join(report.extra_columns)))
        rec = rows.reconciliation()
        feedback.pushInfo(tr("Rows in: {0} = {1} imported + {2} rejected ({3})").format(
            rec["rows_in"], rec["imported"], rec["rejected_total"], _counts_text(rec["rejected"]) or "0"))
        unclosed = rows.reason == policeuk.UNCLOSED_QUOTE
        if unclosed.any():
            feedback.pushWarning(tr(
                "{0} line(s) have a quote that is not closed on the same line: each was rejected on its own as "
                "unclosed_quote "
                "and reading went on at the next line, e.g. {1}").format(int(unclosed.sum()), _where(rows, unclosed)))
        unreadable = rows.reason == policeuk.UNREADABLE_ROW
        if unreadable.any():
            feedback.pushWarning(tr("{0} rows could not be read, e.g. {1}").format(int(unreadable.sum()), _where(rows,
                    unreadable)))
        unmatched = rows.unmatched_categories(table)
        if unmatched:
            feedback.pushWarning(tr("{0} crimes have a category that the harm table '{1}' does not know: {2}").format(
                sum(unmatched.values()), table.name, ", ".join("'{0}' ({1})".format(k, v) for k,
                                                               v in unmatched.items())))
        if not rec["imported"]:
            feedback.pushWarning(tr("No crime was imported, so the output layer is empty: {0}.").format(
                tr("{0} rows rejected ({1})").format(rec["rejected_total"], _counts_text(rec["rejected"])) if rec[
                    "rows_in"]
                else tr("the files hold no rows")))

    # ------------------------------------------------------------------ writing
    def _write_output(self, parameters, context, rows, x, y, projected, crs, feedback) -> str:
        fields = QgsFields()
        for name, kind in OUTPUT_FIELDS:
            comment = "month-only: the first day stands for the whole month" if name == "month" else ""
            fields.append(QgsField(name, kind, comment=comment))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WkbType.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        keep = np.flatnonzero(rows.imported)
        force = rows.text("Reported by")
        falls_within = rows.text("Falls within")
        force = np.where(force == None, falls_within, force)  # noqa: E711 (elementwise)
        columns = [
            rows.text("Crime ID"), _qdates(rows.month), rows.text("Crime type"), rows.text("LSOA code"),
            rows.text("LSOA name"), rows.text("Location"), force, rows.text("Last outcome category"),
            rows.text("Context"), rows.source_file(), rows.line,
        ]
        columns = [c[keep].tolist() for c in columns]
        xs, ys = x[keep].tolist(), y[keep].tolist()
        self._add_features(sink, self.OUTPUT, fields, columns, xs, ys, [True] * len(keep), feedback)
        del sink  # close the file so provenance and style can be written into it
        return dest_id

    def _write_rejected(self, parameters, context, rows, x, y, projected, crs, feedback) -> Optional[str]:
        if parameters.get(self.REJECTED) in (None, ""):
            return None
        fields = QgsFields()
        for name, kind in REJECTED_LEAD_FIELDS:
            fields.append(QgsField(name, kind))
        for name in policeuk.STREET_COLUMNS:
            fields.append(QgsField(name, FieldType.String))
        fields.append(QgsField("extra", FieldType.String))
        sink, dest_id = self.parameterAsSink(parameters, self.REJECTED, context, fields, WkbType.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.REJECTED))
        keep = np.flatnonzero(~rows.imported)
        detail = np.where(rows.detail == "", None, rows.detail)
        columns = [rows.reason, detail, rows.source_file(), rows.line] + [rows.cells[
            c] for c in policeuk.STREET_COLUMNS] + [rows.extra]
        columns = [c[keep].tolist() for c in columns]
        self._add_features(sink, self.REJECTED, fields, columns, x[keep].tolist(), y[keep].tolist(), projected[
            keep].tolist(), feedback)
        del sink
        return dest_id

    @staticmethod
    def _add_features(sink, output, fields, columns, xs, ys, has_point, feedback) -> None:
        total = len(xs)
        step = 100.0 / total if total else 0
        feature = QgsFeature(fields)  # one feature, refilled: the sink copies what it writes
        for i, values in enumerate(zip(*columns)):
            if i % 5000 == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(i * step)
            feature.setAttributes(list(values))
            if has_point[i]:
                feature.setGeometry(QgsGeometry(QgsPoint(xs[i], ys[i])))
            else:
                feature.clearGeometry()
            add_features(sink, feature, output)

    # ------------------------------------------------------------------ provenance
    def _provenance(self, parameters, context, path, selection, rows, table, transform, rejected_id) -> dict:
        first, last = rows.month_range()
        details = transform.instantiatedCoordinateOperationDetails()
        return {
            **self.provenance_header(parameters, context),
            "input": str(path),
            "files": [report.as_dict() for report in rows.files],
            "skipped_files": {kind: names for kind, names in selection.skipped.items()},
            "reconciliation": rows.reconciliation(),
            "month": {"field": "month", "month_only": True, "first": first, "last": last,
                      "meaning": "the first day of the month stands for the whole month"},
            "period": {"start": _month_start(first), "end": _month_end(last), "month_only": True},
            "crs": TARGET_CRS,
            "transform": {"from": SOURCE_CRS, "operation": details.name, "grids": [g.shortName for g in details.grids]},
            "force_area": run_parameters(self, {self.FORCE_AREA: parameters.get(self.FORCE_AREA)}, context).get(
                self.FORCE_AREA),
            "harm_table": table.provenance(),
            "unmatched_categories": rows.unmatched_categories(table),
            "rules": {
                "duplicate_crime_id": "a later row (files in path order, then line) with the Crime ID of an "
                                      "imported row; an empty Crime ID is never a duplicate",
                "folder": "only *-street.csv files are imported; outcomes, stop-and-search, other and hidden CSVs "
                          "are skipped and counted",
                "force": "Reported by (Falls within where empty)",
            },
            "rejected": rejected_id,
            "attribution": ATTRIBUTION,
        }


# ---------------------------------------------------------------------- helpers


def project_points(lon: np.ndarray, lat: np.ndarray, located: np.ndarray, transform: QgsCoordinateTransform):
    """x, y in the transform's destination CRS (NaN where not located) and
    which points were projected. All points go through QGIS's transform in one
    multipoint geometry; if that fails, point by point, so one bad point does
    not lose the rest."""
    n = len(lon)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    done = np.zeros(n, dtype=bool)
    idx = np.flatnonzero(located)
    if not len(idx):
        return x, y, done
    points = np.zeros(len(idx), dtype=[("order", "u1"), ("kind", "<u4"), ("x", "<f8"), ("y", "<f8")])
    points["order"], points["kind"], points["x"], points["y"] = 1, 1, lon[idx], lat[idx]
    geometry = QgsGeometry()
    geometry.fromWkb(struct.pack("<BII", 1, 4, len(idx)) + points.tobytes())
    try:
        transformed = geometry.transform(transform) == Qgis.GeometryOperationResult.Success
        raw = np.frombuffer(bytes(geometry.asWkb())[9:], dtype=np.uint8).reshape(-1, 21)
        px, py, is_point = decode_point_matrix(raw)
        if transformed and len(px) == len(idx) and is_point.all():
            x[idx], y[idx] = px, py
            done[idx] = np.isfinite(px) & np.isfinite(py)
            return x, y, done
    except QgsCsException:
        pass
    for i in idx:  # pragma: no cover - only when a point cannot be projected
        try:
            p = transform.transform(float(lon[i]), float(lat[i]))
        except QgsCsException:
            continue
        x[i], y[i] = p.x(), p.y()
        done[i] = np.isfinite(x[i]) and np.isfinite(y[i])
    return x, y, done


def reason_labels() -> dict:
    """The legend's words for each reason code (the layer keeps the codes)."""
    return {policeuk.NO_COORDINATES: tr("No coordinates"), policeuk.OUTSIDE_FORCE_AREA: tr("Outside the force area"),
            policeuk.DUPLICATE_CRIME_ID: tr("Crime ID seen before"), policeuk.UNREADABLE_ROW: tr("Row cannot be read"),
            policeuk.UNCLOSED_QUOTE: tr("Quote not closed on its line")}


def rejected_style(layer) -> None:
    """Rejected rows by reason (those with a location show on the map), labelled in words with the code."""
    categories = []
    labels = reason_labels()
    for reason in policeuk.REASONS:
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": REJECTED_COLOURS[reason], "size": "1.8",
                                               "outline_color": "#ffffff", "outline_width": "0.2"})
        label = "{0} ({1})".format(labels.get(reason, reason), reason)
        categories.append(QgsRendererCategory(reason, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("reason", categories))
    layer.triggerRepaint()


def _qdates(months: np.ndarray) -> np.ndarray:
    """datetime64[D] -> QDate per row (None for NaT); one QDate per distinct month."""
    days = np.asarray(months, dtype="datetime64[D]")
    uniques, codes = np.unique(days.view(np.int64), return_inverse=True)  # NaT is the smallest int64
    table = np.empty(len(uniques), dtype=object)
    for i, value in enumerate(uniques.view("datetime64[D]")):
        table[i] = None if np.isnat(value) else QDate(*(int(part) for part in str(value).split("-")))
    return table[codes]


def _month_start(month: Optional[str]) -> Optional[str]:
    return month + "-01" if month else None


def _month_end(month: Optional[str]) -> Optional[str]:
    if not month:
        return None
    end = (np.datetime64(month, "M") + 1).astype("datetime64[D]") - 1
    return str(end)


def _where(rows: policeuk.PoliceRows, mask: np.ndarray, n: int = 5) -> str:
    """'file line N: detail' for the first ``n`` rows of ``mask``."""
    return "; ".join("{0} line {1}: {2}".format(rows.files[f].name, line, detail) for f, line, detail in zip(
        rows.file_index[mask][:n], rows.line[mask][:n], rows.detail[mask][:n]))


def _counts_text(counts: Dict[str, int]) -> str:
    return ", ".join("{0} {1}".format(n, k) for k, n in counts.items() if n)


