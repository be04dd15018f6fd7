"""socharm:emerginghotspots: space-time Gi* per time slice, a Mann-Kendall trend, ArcGIS's patterns."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QDate

from ....domain.codes import ASSIGNED, NO_DATE, OUT_OF_PERIOD
from ....domain.analyses.emerging import EHS_CLASSES, build_cube, emerging_hotspots, time_slices
from ....domain.periods.calendar import CALENDAR_UNITS
from ....domain.stats.hotspots import NoVariationError
from ....qgis_io.outputs import add_features, finish_output
from ....qgis_io.styles import qml_style
from ...inputs import dated_records
from ...inputs import harm as harm_inputs
from ...inputs import neighbours as neighbour_inputs
from ...outputs.areas import plain_column, write_areas
from ... import nothing_counted
from ...inputs.areas import add_area_parameters
from ... import groups
from ...base import SocHarmAlgorithm, parameter_date, with_help
from ....compat import DateTimeType, FieldType, NumberType, WkbType

EHS_FIELDS = [
    ("ehs_class", FieldType.String),
    ("ehs_trend_z", FieldType.Double),
    ("ehs_trend_p", FieldType.Double),
    ("ehs_tau", FieldType.Double),
    ("ehs_hot_slices", FieldType.Int),
    ("ehs_cold_slices", FieldType.Int),
    ("ehs_last_z", FieldType.Double),
    ("ehs_last_bin", FieldType.Int),
    ("ehs_harm", FieldType.Double),
    ("ehs_records", FieldType.Int),
    ("ehs_neighbours", FieldType.Int),
    ("ehs_status", FieldType.String),
]

# what happened to each record (written in provenance; they add up to the records in)
IN_CUBE = "in_cube"

FEW_SLICES = 10


class EmergingHotspots(SocHarmAlgorithm):
    ALGORITHM_ID = "emerginghotspots"
    GROUP_ID = groups.HOTSPOTS
    TIME_STEP = "TIME_STEP"
    TIME_STEPS = "TIME_STEPS"
    OUTPUT = "OUTPUT"
    SLICES = "SLICES"

    def display_name(self) -> str:
        return self.tr("Emerging hotspots")


    def initAlgorithm(self, config=None):
        tr = self.tr
        add_area_parameters(self)
        self.parameterDefinition(dated_records.AREAS).setHelp(tr(
            "Polygons to analyse (wards, LSOAs, or cells from 'Aggregate harm to a grid'); a record counts in the "
            "area that contains it. "
            "The analysis runs in this layer's CRS."))
        dated_records.add_record_parameters(self)
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(harm_inputs.START, tr("Period start"), type=DateTimeType.Date,
                                           optional=True),
            tr("First day analysed. Empty: from the first dated record. Slices are calendar months, quarters or "
               "years, so choose the first day of one.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDateTime(harm_inputs.END, tr("Period end"), type=DateTimeType.Date, optional=True),
            tr("Last day analysed. Empty: to the last dated record. A last slice the data cover only in part holds "
               "less harm and can look like a cold spot.")))
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.TIME_STEP, tr("Time slice"), options=[tr("Month"), tr("Quarter"), tr(
                "Year")], defaultValue=0),
            tr("The length of each time slice: calendar month, quarter (January-March, ...) or year. The trend "
               "needs about 10 slices or more.")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.TIME_STEPS, tr("Neighbourhood time steps"), type=NumberType.Integer,
                                         minValue=0, maxValue=120, defaultValue=1),
            tr("How many earlier slices count as neighbours of each slice, as in ArcGIS (1: this slice and the one "
               "before).")))
        neighbour_inputs.add_neighbour_parameters(self, dated_records.AREAS, row_standardise=False, permutations=False,
                                                  correction_default=1)
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Emerging hotspots")),
            tr("Every area with ehs_class (new_hot, consecutive_hot, intensifying_hot, persistent_hot, "
               "diminishing_hot, sporadic_hot, "
               "oscillating_hot, historical_hot, the same eight ending _cold, or no_pattern), the trend of its "
               "z-scores "
               "(ehs_trend_z, ehs_trend_p, ehs_tau), its hot and cold slices, the last slice's z and bin, its harm "
               "and records, "
               "ehs_neighbours and ehs_status.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFeatureSink(self.SLICES, tr("Space-time bins"), optional=True, createByDefault=False),
            tr("A table with one row per area and slice: area_id, slice, slice_start, harm, records, gi_z, "
               "gi_p_adj, gi_bin.")))
        self.add_output(QgsProcessingOutputNumber("N_SLICES", tr("Time slices")))
        self.add_output(QgsProcessingOutputNumber("RECORDS_IN", tr("Records in")))
        self.add_output(QgsProcessingOutputNumber("RECORDS_IN_CUBE", tr("Records in the time slices")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        source, area, crs = dated_records.read_areas_parameter(self, parameters, context, steps)
        if area.is_lines:
            raise QgsProcessingException(self.tr(
                "Layer '{0}' holds lines; emerging hot spots need polygons (areas or grid cells).").format(area.name))
        options = neighbour_inputs.read_neighbour_options(self, parameters, context)
        neighbour_inputs.check_crs(self, options, crs, area.name, feedback)
        unit = CALENDAR_UNITS[self.parameterAsEnum(parameters, self.TIME_STEP, context)]
        time_steps = self.parameterAsInt(parameters, self.TIME_STEPS, context)
        start, end = parameter_date(self, parameters, harm_inputs.START, context), parameter_date(self, parameters,
                harm_inputs.END, context)
        if start and end and start > end:
            raise QgsProcessingException(self.tr("The period starts ({0}) after it ends ({1}).").format(start, end))

        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Reading records"))
        read = dated_records.read_dated_records(self, parameters, context, steps, area, crs)
        if read is None or feedback.isCanceled():
            return {}
        dated_records.report_dates(self, read, feedback, self.tr("the date field"))
        records = read.records

        steps.setCurrentStep(2)
        steps.pushInfo(self.tr("Building the space-time cube"))
        placed = (records.status == ASSIGNED) & (records.area_index >= 0)
        dated = placed & ~np.isnat(records.day)
        if not placed.any():  # the warning from reading the records says why
            raise QgsProcessingException(self.tr("No record of {0} lies in any area of '{1}': there are no hot "
                                                 "spots to find.").format(
                read.description, area.name))
        if not dated.any():
            raise QgsProcessingException(self.tr("No record of {0} in the areas has a date that can be read: there "
                                                 "are no time slices.").format(
                read.description))
        slices = time_slices(np.where(dated, records.day, np.datetime64("NaT")), unit, start, end)
        if len(slices) < 2:
            raise QgsProcessingException(self.tr(
                "The dated records span {0} {1} slice(s); emerging hot spots need at least 2 (10 or more for a "
                "useful trend). "
                "Choose a shorter time slice or a longer period.").format(len(slices), unit))
        in_cube = dated & (slices.index >= 0)
        if not in_cube.any():
            first, last = nothing_counted.dates_of(records.day[dated])
            raise QgsProcessingException(self.tr("No record of {0} in the areas falls in the period {1} to {2}: "
                                                 "their dates run from {3} to {4}.").format(
                read.description, start or "...", end or "...", first, last))
        fates = self._reconcile(records, placed, dated, in_cube)
        feedback.pushInfo(self.tr("Records in: {0} = {1}").format(
            records.records_in(), ", ".join("{0} {1}".format(n, k) for k, n in fates.items() if n)))
        if len(slices) < FEW_SLICES:
            feedback.pushWarning(self.tr(
                "Only {0} time slices: the Mann-Kendall trend has little power with fewer than 10, so few areas "
                "can be intensifying or diminishing.").format(
                len(slices)))
        self._warn_partial(slices, start, end, feedback)
        n_areas = len(area.areas.ids)
        cube, count_cube = build_cube(records.area_index[in_cube], slices.index[in_cube], records.weight[in_cube],
                                      n_areas, len(slices), records.counts()[in_cube])
        feedback.pushInfo(self.tr("{0} slices by {1} from {2} to {3}; {4} areas x {0} slices = {5} bins").format(
            len(slices), unit, slices.labels[0], slices.labels[-1], n_areas, n_areas * len(slices)))

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Finding neighbours"))
        has_geometry = np.array([w is not None for w in area.rows.wkb], dtype=bool)
        neighbours = neighbour_inputs.build_neighbours(self, options, area.rows.wkb, area.areas.ids, crs, area.name,
                                                       steps)
        neighbour_inputs.warn_few_areas(self, int(has_geometry.sum()), area.name, feedback)
        try:
            result = emerging_hotspots(cube, neighbours, time_steps=time_steps, correction=options.correction,
                                       alpha=options.alpha, has_geometry=has_geometry)
        except NoVariationError:
            raise QgsProcessingException(self.tr("Every area has the same harm in every slice: nothing can stand out."))
        except ValueError as error:
            raise QgsProcessingException(self.tr("Layer '{0}': {1}").format(area.name, str(error)))
        by_class = {code: result.count(code) for code in EHS_CLASSES}
        feedback.pushInfo(self.tr("Patterns: {0}").format(", ".join("{0} {1}".format(n, k) for k,
                                                                    n in by_class.items() if n)))

        steps.setCurrentStep(4)
        steps.pushInfo(self.tr("Writing outputs"))
        rows = neighbour_inputs.PolygonRows(area.name, source.fields(), area.rows.fids, area.rows.attributes,
                                            area.rows.wkb,
                              _geometries(area.rows.wkb), crs)
        columns = [
            list(result.ehs_class), plain_column(result.trend_z), plain_column(result.trend_p), plain_column(
                result.tau),
            plain_column(result.hot_slices, "int"), plain_column(result.cold_slices, "int"),
            plain_column(result.last_z), plain_column(result.last_bin, "int"),
            cube.sum(axis=1).tolist(), count_cube.sum(axis=1).astype(int).tolist(),
            plain_column(result.n_neighbours, "int"), list(result.status),
        ]
        dest_id = write_areas(self, parameters, self.OUTPUT, context, rows, EHS_FIELDS, columns, steps)
        slices_id = self._write_slices(parameters, context, area, slices, cube, count_cube, result, steps)
        if feedback.isCanceled():
            return {}
        provenance = {
            **self.provenance_header(parameters, context),
            "area_layer": area.name,
            "area_id_field": area.id_field,
            "records": read.source,
            **read.engine,
            "statistic": "space-time Getis-Ord Gi* (binary weights, whole cube as the global window), FDR or "
                         "chosen correction over all bins; "
                         "Mann-Kendall trend of each area's z-scores; ArcGIS Emerging Hot Spot Analysis patterns",
            "inference": options.provenance(),
            "time": {"unit": unit, "time_steps": time_steps, "slices": slices.labels,
                     "start": slices.starts[0].isoformat(), "end": slices.end_of(len(slices) - 1).isoformat()},
            "reconciliation": {"records_in": records.records_in(), "by_fate": fates},
            "areas": {"in": n_areas, "by_status": {s: int(np.sum(result.status == s)) for s in sorted(set(
                result.status))}},
            "patterns": by_class,
        }
        abstract = self.tr("Emerging hot spots of harm in '{0}' by {1}, {2} to {3}.").format(
            area.name, unit, slices.labels[0], slices.labels[-1])
        finish_output(dest_id, context, provenance, abstract, style=qml_style("emerging_hotspots"))
        if slices_id:
            finish_output(slices_id, context, provenance, abstract)
        return {self.OUTPUT: dest_id, self.SLICES: slices_id, "N_SLICES": len(slices),
                "RECORDS_IN": records.records_in(), "RECORDS_IN_CUBE": int(records.counts()[in_cube].sum())}

    @staticmethod
    def _reconcile(records, placed, dated, in_cube) -> dict:
        """What became of every record: in_cube, no_date, out_of_period, or its status from placing it."""
        count = records.counts()
        fates = {IN_CUBE: int(count[in_cube].sum()), NO_DATE: int(count[placed & ~dated].sum()),
                 OUT_OF_PERIOD: int(count[dated & ~in_cube].sum())}
        others = records.status[~placed]
        for code in sorted(set(others.tolist()), key=str):
            fates[str(code)] = int(count[~placed][others == code].sum())
        return fates

    def _warn_partial(self, slices, start, end, feedback) -> None:
        if start and start != slices.starts[0]:
            feedback.pushWarning(self.tr("The period starts on {0}, inside the slice {1}: that first slice is only "
                                         "partly covered.").format(
                start, slices.labels[0]))
        if end and end != slices.end_of(len(slices) - 1):
            feedback.pushWarning(self.tr("The period ends on {0}, inside the slice {1}: that last slice is only "
                                         "partly covered and may look cold.").format(
                end, slices.labels[-1]))

    def _write_slices(self, parameters, context, area, slices, cube, count_cube, result, feedback):
        if parameters.get(self.SLICES) in (None, ""):
            return None
        fields = QgsFields()
        for name, kind in (("area_id", FieldType.String), ("slice", FieldType.String), ("slice_start", FieldType.Date),
                           ("harm", FieldType.Double), ("records", FieldType.Int), ("gi_z", FieldType.Double),
                           ("gi_p_adj", FieldType.Double), ("gi_bin", FieldType.Int)):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.SLICES, context, fields, WkbType.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.SLICES))
        starts = [QDate(s.year, s.month, s.day) for s in slices.starts]
        feature = QgsFeature(fields)
        for i, area_id in enumerate(area.areas.ids):
            if feedback.isCanceled():
                break
            for t in range(len(slices)):
                z, p, b = result.z[i, t], result.p_adj[i, t], result.bins[i, t]
                feature.setAttributes([str(area_id), slices.labels[t], starts[t], float(cube[i, t]), int(count_cube[i,
                        t]),
                                       None if z != z else float(z), None if p != p else float(p),
                                       None if b != b else int(b)])
                add_features(sink, feature, self.SLICES)
        del sink
        return dest_id


def _geometries(wkbs) -> list:
    out = []
    for wkb in wkbs:
        if wkb is None:
            out.append(None)
            continue
        geom = QgsGeometry()
        geom.fromWkb(wkb)
        out.append(geom)
    return out

