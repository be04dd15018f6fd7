"""socharm:harmgrid: aggregate harm to square or hexagon cells."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsUnitTypes,
)

from ....domain.geometry import grid as square_grid
from ....domain.harm.scoring import MissingWeightError
from ....qgis_io.outputs import add_features, finish_output
from ....qgis_io.area_layers import read_areas
from ....qgis_io.styles import harm_classes, harm_style, records_style
from ...inputs import engine as engines
from ...inputs import harm as harm_inputs
from ... import nothing_counted
from ...outputs.areas import as_json, multi_part, plain_list
from ... import groups
from ...base import SocHarmAlgorithm, with_help
from ....compat import DistanceUnit, FieldType, SourceType, WkbType
from ...inputs.crs import FOR_CELLS, refuse_geographic
from ...outputs.areas import SCORE_FIELD_TYPES
from ...outputs.provenance import harm_provenance
from ...outputs.records import RecordsSink


READ_AHEAD = 1  # batches of records read in the background while the boundary is read


class HarmGrid(SocHarmAlgorithm):
    ALGORITHM_ID = "harmgrid"
    GROUP_ID = groups.HOTSPOTS
    GRID_SHAPE = "GRID_SHAPE"
    CELL_SIZE = "CELL_SIZE"
    EXTENT = "EXTENT"
    BOUNDARY = "BOUNDARY"
    CLIP_TO_BOUNDARY = "CLIP_TO_BOUNDARY"
    OUTPUT = "OUTPUT"
    RECORDS = "RECORDS"

    def display_name(self) -> str:
        return self.tr("Aggregate harm to a grid")


    def initAlgorithm(self, config=None):
        tr = self.tr
        harm_inputs.add_harm_parameters(self)
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.GRID_SHAPE, tr("Cell shape"), options=[tr("Square"), tr("Hexagon")],
                                       defaultValue=0),
            tr("Squares, or hexagons of the same area (every neighbour of a hexagon shares an edge with it).")))
        self.add_parameter(with_help(
            QgsProcessingParameterDistance(self.CELL_SIZE, tr("Cell size (0 = automatic)"), defaultValue=0.0,
                                           parentParameterName=harm_inputs.EVENTS, minValue=0.0),
            tr("The side of a square cell; a hexagon has the same area. 0 chooses the shorter side of the extent / "
               "50, rounded down to 1, 2, 2.5 or 5 x 10^k (the log and provenance state it).")))
        self.add_parameter(with_help(
            QgsProcessingParameterExtent(self.EXTENT, tr("Extent"), optional=True),
            tr("The area to cover with cells. Default: the boundary layer's extent, or else the extent of every "
               "record with a location (whatever the filter or period, so grids of different periods line up).")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSource(self.BOUNDARY, tr("Boundary (study area)"), [SourceType.VectorPolygon],
                                                optional=True),
            tr("Polygons of the study area, e.g. the force or the wards: only cells that overlap them are kept. "
               "Empty cells inside are kept (as zeros) because hotspot statistics need them. The analysis runs "
               "in this layer's CRS.")))
        self.add_parameter(with_help(
            QgsProcessingParameterBoolean(self.CLIP_TO_BOUNDARY, tr("Cut cells to the boundary"), defaultValue=False),
            tr("Cut the edge cells to the boundary and count only records inside it. Off (the default), cells stay "
               "whole and equal in size, as hotspot statistics assume, and every record in a kept cell counts."),
            advanced=True))
        engines.add_engine_parameter(self)
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Grid cells scored by harm"), SourceType.VectorPolygon),
            tr("One polygon per cell with cell_id, harm_n, harm_score, harm_rank, harm_share and harm_per_km2, the "
               "fields of socharm:scoreharm.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.RECORDS, tr("Records with their cell and status"),
                                              SourceType.VectorPoint,
                                              optional=True, createByDefault=False),
            tr("Every input record once: its cell (area_id), weight, matched harm-table code and status (assigned, "
               "outside, no_geometry, invalid, filtered, out_of_period).")))
        self.add_output(QgsProcessingOutputNumber("RECORDS_IN", tr("Records in")))
        self.add_output(QgsProcessingOutputNumber("ASSIGNED", tr("Records in a cell")))
        self.add_output(QgsProcessingOutputNumber("TOTAL_HARM", tr("Total harm")))
        self.add_output(QgsProcessingOutputNumber("CELLS", tr("Cells")))
        self.add_output(QgsProcessingOutputNumber("CELL_SIZE_USED", tr("Cell size used")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        shape = square_grid.GRID_SHAPES[self.parameterAsEnum(parameters, self.GRID_SHAPE, context)]
        requested = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        if not requested >= 0:
            raise QgsProcessingException(self.tr("Cell size {0} is negative: give a positive size in map units, or "
                                                 "0 for automatic.").format(requested))
        boundary_source = self.parameterAsSource(parameters, self.BOUNDARY, context) if parameters.get(
            self.BOUNDARY) else None
        if parameters.get(self.BOUNDARY) and boundary_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.BOUNDARY))
        events_source = self.parameterAsSource(parameters, harm_inputs.EVENTS, context)
        if events_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, harm_inputs.EVENTS))
        crs = boundary_source.sourceCrs() if boundary_source is not None else events_source.sourceCrs()
        layer_of_crs = boundary_source.sourceName() if boundary_source is not None else events_source.sourceName()
        refuse_geographic(crs, layer_of_crs, FOR_CELLS)

        engine = engines.choose_engine(self, parameters, context, feedback, areas_name=None, events_reason=(
            engines.grid_events_reason(self, parameters, context, crs, self.CLIP_TO_BOUNDARY)))
        try:
            scored = self._read_and_place(parameters, context, feedback, steps, engine, crs, boundary_source, shape,
                                          requested)
        finally:
            engine.close()
        if scored is None or feedback.isCanceled():
            return {}
        inputs, result, records, grid, cell_size, automatic, extent, extent_source, clip = scored
        records_id = records.close() if records is not None else inputs.extra.get("records_id")  # or made in PostGIS
        harm_inputs.report_inputs(self, inputs, feedback)
        harm_inputs.report_result(self, result, inputs, feedback)
        nothing_counted.warn_events_none_counted(self, result, inputs, "", extent, feedback, cells=True)
        if result.shared_boundary_points:
            feedback.pushInfo(self.tr("{0} records lay on an edge between cells; each counted once, in the cell "
                                      "with the lowest cell_id (to its west or south).").format(
                result.shared_boundary_points))
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing outputs"))
        with ThreadPoolExecutor(max_workers=1) as pool:  # the map's classes (C++, no GIL) while the cells are written
            classes = pool.submit(harm_classes, result.score_columns["harm_score"])
            output_id = self._write_cells(parameters, context, crs, grid, result, clip, steps)
        if feedback.isCanceled():
            return {}
        self._finish(parameters, context, crs, inputs, result, records_id, output_id, classes.result(), shape,
                     cell_size, automatic, extent, extent_source, boundary_source, clip, grid, feedback, engine)
        return {
            self.OUTPUT: output_id,
            self.RECORDS: records_id,
            "RECORDS_IN": result.reconciliation["records_in"],
            "ASSIGNED": result.reconciliation["by_status"]["assigned"],
            "TOTAL_HARM": float(np.sum(result.score_columns["harm_score"])),
            "CELLS": grid.n_cells,
            "CELL_SIZE_USED": cell_size,
        }

    def _read_and_place(self, parameters, context, feedback, steps, engine, crs, boundary_source, shape, requested):
        """Read the boundary and the records, make the grid and place the records in its
        cells, on the desktop or in the database: (inputs, result, RECORDS sink, grid, cell size,
        automatic, extent, where it came from, cut), or None when cancelled."""
        steps.setCurrentStep(0)
        # meanwhile, the boundary
        with nullcontext() if engine.in_database else harm_inputs.events_read_in_background(
                self, parameters, context, steps, crs, ahead=READ_AHEAD) as events_read:
            boundary = None
            if boundary_source is not None:
                steps.pushInfo(self.tr("Reading the boundary"))
                rows = read_areas(boundary_source, crs, context.transformContext(), context.ellipsoid(), steps)
                boundary = [w for w in rows.wkb if w is not None]
                if not boundary and not feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Layer '{0}' given as the boundary has no polygons.").format(
                        boundary_source.sourceName()))
            steps.pushInfo(self.tr("Reading records"))
            if engine.in_database:
                inputs = engines.read_database_inputs(self, engine, parameters, context, steps, crs)
            else:
                inputs = harm_inputs.open_harm_inputs(self, parameters, context, steps, crs, started=events_read)
            made = self._grid(parameters, context, crs, inputs, boundary, boundary_source, shape, requested, steps,
                              engine=engine)
            if made is None:
                return None
            grid, cell_size, automatic, extent, extent_source, clip = made
            steps.setCurrentStep(2)
            unit_m = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), DistanceUnit.Meters)
            if engine.in_database:
                steps.pushInfo(self.tr("Weighting and placing {0} records in {1} cells").format(
                    len(inputs.events), grid.n_cells))
                try:
                    result = engines.grid_with_engine(self, engine, inputs, grid, unit_m * unit_m, steps)
                except MissingWeightError as error:
                    raise harm_inputs.missing_weight_error(self, inputs, error)
                if result is None:
                    return None
                return inputs, result, None, grid, cell_size, automatic, extent, extent_source, clip
            steps.pushInfo(self.tr("Weighting and placing {0} records in {1} cells").format(
                inputs.expected_records, grid.n_cells))
            scorer = square_grid.grid_scorer(inputs.table, grid, missing_policy=inputs.missing_policy,
                                             default_weight=inputs.default_weight, period=inputs.period,
                                             unit_m2=unit_m * unit_m, boundary=boundary if clip else None)
            records = RecordsSink.open(self, parameters, context, crs, inputs.layer_name, self.RECORDS)
            cell_texts = np.array([str(v) for v in grid.cell_ids], dtype=object)  # area_id in RECORDS
            for events in inputs.batches_until_cancel(steps):
                columns = scorer.add(events)
                if records is not None and not scorer.failing:
                    columns.area_ids = cell_texts
                    records.write(events, columns, steps)
        if feedback.isCanceled():
            return None
        try:
            result = square_grid.grid_result(scorer, grid)
        except MissingWeightError as error:
            raise harm_inputs.missing_weight_error(self, inputs, error)
        return inputs, result, records, grid, cell_size, automatic, extent, extent_source, clip

    def _grid(self, parameters, context, crs, inputs, boundary, boundary_source, shape, requested, feedback,
              engine=None):
        """(grid, cell size, automatic, extent, where it came from, cut to the boundary), or None when cancelled."""
        extent, extent_source = self._extent(parameters, context, crs, inputs, boundary, feedback, engine)
        if feedback.isCanceled():
            return None
        automatic = requested == 0
        try:
            cell_size = square_grid.automatic_cell_size(extent) if automatic else requested
        except square_grid.GridError:
            if extent_source == "records":
                raise QgsProcessingException(self.tr(
                    "Every record of layer '{0}' lies at one place, so no cell size can be chosen from the extent: "
                    "give a CELL_SIZE or an EXTENT.").format(inputs.layer_name))
            raise QgsProcessingException(self.tr("The extent has no width or height, so no cell size can be chosen "
                                                 "from it: give a CELL_SIZE."))
        if automatic:
            feedback.pushInfo(self.tr("Cell size {0:g} {1} (automatic: the shorter side of the extent, {2:g}, / "
                                      "{3}, rounded down to 1, 2, 2.5 or 5 x 10^k).").format(
                cell_size, QgsUnitTypes.toAbbreviatedString(crs.mapUnits()), _shorter_side(extent),
                        square_grid.CELLS_ACROSS))

        feedback.setCurrentStep(1)
        feedback.pushInfo(self.tr("Making {0} cells").format(self.tr(
            "square") if shape == square_grid.SQUARE else self.tr("hexagon")))
        try:
            grid = square_grid.make_grid(shape, cell_size, extent)
        except square_grid.TooManyCellsError as error:
            raise QgsProcessingException(self.tr(
                "Cell size {0:g} makes {1} cells over the extent; at most {2} are allowed. Choose a CELL_SIZE of "
                "at least {3:g}, or a smaller EXTENT.").format(
                cell_size, error.n_cells, error.max_cells, error.smallest))
        clip = boundary is not None and self.parameterAsBoolean(parameters, self.CLIP_TO_BOUNDARY, context)
        if boundary is not None:
            grid = square_grid.keep_cells_in_boundary(grid, boundary, clip=clip)
            if grid.n_cells == 0:
                raise QgsProcessingException(self.tr(
                    "No cell overlaps the boundary layer '{0}' within the extent.").format(
                        boundary_source.sourceName()))
        if feedback.isCanceled():
            return None
        return grid, cell_size, automatic, extent, extent_source, clip

    def _finish(self, parameters, context, crs, inputs, result, records_id, output_id, classes, shape, cell_size,
                automatic, extent, extent_source, boundary_source, clip, grid, feedback, engine):
        """Provenance and style into the outputs."""
        grid_facts = {
            "shape": shape, "cell_size": cell_size, "cell_size_automatic": automatic,
            "cell_size_rule": "shorter side of the extent / {0}, rounded down to 1, 2, 2.5 or 5 x 10^k".format(
                square_grid.CELLS_ACROSS) if automatic else "given",
            "cell_area": grid.cell_area(), "cells": grid.n_cells, "extent": list(extent),
                      "extent_source": extent_source,
            "lattice": "anchored at the CRS origin; hexagons pointy-top with the area of a square of side cell_size",
            "cell_id": "row by row from the south-west corner of the lattice box, from 1",
            "boundary": boundary_source.sourceName() if boundary_source is not None else None,
            "cut_to_boundary": clip, "crs": crs.authid(),
            "edge_rule": "a record on an edge between cells counts once, in the cell with the lowest cell_id",
            "edge_records": result.shared_boundary_points,
        }
        provenance = harm_provenance(self, parameters, context, inputs, result)
        provenance.update({
            "geography": "grid", "area_id_field": "cell_id", "records": records_id, "grid": grid_facts,
            "area_measure": "planimetric cell area in the CRS, km2",
        })
        provenance.update(engine.provenance())
        feedback.pushInfo(self.tr("Provenance: {0}").format(as_json(provenance)))
        abstract = self.tr("Harm from '{0}' with {1} ({2}) in {3} cells of {4:g} {5}.").format(
            inputs.layer_name, inputs.table.name, inputs.table.version, grid.n_cells, cell_size,
            QgsUnitTypes.toAbbreviatedString(crs.mapUnits()))
        finish_output(output_id, context, provenance, abstract, style=harm_style(classes))
        if records_id:
            finish_output(records_id, context, provenance, abstract, style=records_style())

    def _extent(self, parameters, context, crs, inputs, boundary, feedback, engine=None):
        """(extent, where it came from): EXTENT, else the boundary, else every located record."""
        if parameters.get(self.EXTENT) not in (None, ""):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
            if rect.isNull():
                raise QgsProcessingException(self.tr("The EXTENT given is empty."))
            return (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()), "parameter"
        if boundary is not None:
            return square_grid.geometries_extent(boundary), "boundary"
        if engine is not None and engine.in_database:
            extent = engines.database_records_extent(self, engine, inputs)
        else:
            extent = harm_inputs.located_extent(self, parameters, context, feedback, crs)  # the points alone, first
        if extent is None and not feedback.isCanceled():
            raise QgsProcessingException(self.tr(
                "Layer '{0}' has no records with a location, so the grid has no extent: give an EXTENT or a "
                "BOUNDARY to make a grid of empty cells.").format(
                inputs.layer_name))
        return extent, "records"

    def _write_cells(self, parameters, context, crs, grid, result, clip, feedback):
        fields = QgsFields()
        fields.append(QgsField("cell_id", FieldType.Int))
        for name, kind in SCORE_FIELD_TYPES:
            fields.append(QgsField(name, kind))
        wkb_type = WkbType.MultiPolygon if clip else WkbType.Polygon
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        columns = [plain_list(np.asarray(result.score_columns[name])) for name in ["cell_id"] + [n for n,
                _ in SCORE_FIELD_TYPES]]
        geometries = grid.wkb()
        total = grid.n_cells
        step = 100.0 / total if total else 0
        feature = QgsFeature(fields)
        for i, (wkb, values) in enumerate(zip(geometries, zip(*columns))):
            if i % 10000 == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(i * step)
            geom = QgsGeometry()
            geom.fromWkb(wkb)
            feature.setGeometry(multi_part(geom) if clip else geom)
            feature.setAttributes(list(values))
            add_features(sink, feature, self.OUTPUT)
        del sink
        return dest_id





def _shorter_side(extent) -> float:
    sides = [s for s in (extent[2] - extent[0], extent[3] - extent[1]) if s > 0]
    return min(sides) if sides else 0.0
