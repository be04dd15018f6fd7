"""socharm:harmdensity: a kernel density surface of harm (harm per km2), written with GDAL."""
from __future__ import annotations

import math
from pathlib import Path
from typing import Optional

import numpy as np
from qgis.core import (
    QgsColorRampShader,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterRasterDestination,
    QgsRasterFileWriter,
    QgsRasterShader,
    QgsRasterTransparency,
    QgsSingleBandPseudoColorRenderer,
    QgsUnitTypes,
)

from ....domain.analyses import density
from ....domain.geometry.geometry_index import Assignment
from ....domain.harm.scoring import Areas, HarmScorer, MissingWeightError
from ....qgis_io.outputs import PROVENANCE_PREFIX, RASTER_PROVENANCE_ITEM, finish_output
from ....qgis_io.styles import harm_ramp
from ....translate import tr
from ...inputs import harm as harm_inputs
from ... import nothing_counted
from ...outputs.areas import as_json
from ... import groups
from ...base import SocHarmAlgorithm, with_help
from ...inputs.crs import FOR_CELLS, refuse_geographic
from ...outputs.provenance import harm_provenance
from ....compat import DistanceUnit, ShaderInterpolationMethod

UNITS = "harm per km2"
PROVENANCE_ITEM = RASTER_PROVENANCE_ITEM  # GDAL metadata item of the raster holding its provenance


class HarmDensity(SocHarmAlgorithm):
    ALGORITHM_ID = "harmdensity"
    GROUP_ID = groups.HOTSPOTS
    BANDWIDTH = "BANDWIDTH"
    PIXEL_SIZE = "PIXEL_SIZE"
    KERNEL = "KERNEL"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return self.tr("Harm density surface")


    def initAlgorithm(self, config=None):
        tr = self.tr
        harm_inputs.add_harm_parameters(self)
        self.add_parameter(with_help(
            QgsProcessingParameterDistance(self.BANDWIDTH, tr("Bandwidth (kernel radius, 0 = automatic)"),
                                           defaultValue=0.0,
                                           parentParameterName=harm_inputs.EVENTS, minValue=0.0),
            tr("How far each record's harm spreads, as the radius of QGIS's heatmap. 0 estimates it from the "
               "records: 0.9 x min(SD, 1.20 x Dm) x n^-0.2 (ArcGIS's spatial Silverman rule, weighted by harm); "
               "the log and provenance state the value.")))
        self.add_parameter(with_help(
            QgsProcessingParameterDistance(self.PIXEL_SIZE, tr("Pixel size (0 = automatic)"), defaultValue=0.0,
                                           parentParameterName=harm_inputs.EVENTS, minValue=0.0),
            tr("The side of a pixel. 0 chooses the smaller of the records' shorter side / 150 and the bandwidth / "
               "5, rounded down to 1, 2, 2.5 or 5 x 10^k.")))
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.KERNEL, tr("Kernel shape"), options=[
                tr("Quartic"), tr("Triangular"), tr("Uniform"), tr("Triweight"), tr("Epanechnikov")], defaultValue=0),
            tr("The shapes of QGIS's heatmap, in its order. Quartic (biweight) is the usual choice for crime maps.")))
        self.add_parameter(with_help(
            QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Harm density (harm per km²)")),
            tr("A GeoTIFF of harm per square kilometre, opening styled in classes of 1 to 5 times the mean of the "
               "pixels with harm. Summed over its pixels times the pixel area it gives the total harm.")))
        self.add_output(QgsProcessingOutputNumber("RECORDS_IN", tr("Records in")))
        self.add_output(QgsProcessingOutputNumber("ASSIGNED", tr("Records in the surface")))
        self.add_output(QgsProcessingOutputNumber("TOTAL_HARM", tr("Total harm")))
        self.add_output(QgsProcessingOutputNumber("BANDWIDTH_USED", tr("Bandwidth used")))
        self.add_output(QgsProcessingOutputNumber("PIXEL_SIZE_USED", tr("Pixel size used")))
        self.add_output(QgsProcessingOutputNumber("MAX_DENSITY", tr("Highest harm per km²")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        kernel = density.KERNELS[self.parameterAsEnum(parameters, self.KERNEL, context)]
        requested_bandwidth = self.parameterAsDouble(parameters, self.BANDWIDTH, context)
        requested_pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        for name, value in ((self.BANDWIDTH, requested_bandwidth), (self.PIXEL_SIZE, requested_pixel)):
            if not value >= 0:
                raise QgsProcessingException(self.tr("{0} {1} is negative: give a positive distance in map units, "
                                                     "or 0 for automatic.").format(name, value))
        source = self.parameterAsSource(parameters, harm_inputs.EVENTS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, harm_inputs.EVENTS))
        crs = source.sourceCrs()
        refuse_geographic(crs, source.sourceName(), FOR_CELLS)
        units = QgsUnitTypes.toAbbreviatedString(crs.mapUnits())

        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Reading records"))
        automatic_bandwidth = requested_bandwidth == 0
        inputs = harm_inputs.open_harm_inputs(self, parameters, context, steps, crs)
        if automatic_bandwidth:  # the bandwidth comes from the records weighed: they are kept (x, y, weight)
            weighed = self._weigh(inputs, steps)
        else:  # the raster comes first, from the located records' extent; then each batch is binned into it
            weighed = self._bin(parameters, context, inputs, requested_bandwidth, requested_pixel, units, crs, steps)
        if weighed is None or feedback.isCanceled():
            return {}
        result, counted, extent, bins = weighed
        x, y, w = counted
        harm_inputs.report_inputs(self, inputs, feedback)
        harm_inputs.report_result(self, result, inputs, feedback)
        n_counted = result.reconciliation["by_status"]["assigned"]
        why = "" if n_counted else nothing_counted.reasons(
            self, result.reconciliation["by_status"], filter_expression=inputs.filter_expression,
            period=(inputs.period.start, inputs.period.end), dates=result.date_range) or self.tr("none at all")
        if extent is None or (automatic_bandwidth and not n_counted):
            raise QgsProcessingException(self.tr(
                "Layer '{0}' has no records with a location in the period and filter chosen ({1}): there is no "
                "harm to map (with a BANDWIDTH given, an empty period gives a surface of zeros).").format(
                inputs.layer_name, why))
        if not n_counted:
            feedback.pushWarning(self.tr("Layer '{0}' has no records with a location in the period and filter "
                                         "chosen ({1}): the surface is 0 everywhere.").format(
                inputs.layer_name, why))
        if automatic_bandwidth:
            try:
                estimate = density.automatic_bandwidth(x, y, w)
            except density.DensityError:
                raise QgsProcessingException(self.tr(
                    "Every record of layer '{0}' lies at one place, so no bandwidth can be estimated: "
                    "give a BANDWIDTH.").format(inputs.layer_name))
            bandwidth = estimate.value
            feedback.pushInfo(self.tr(
                "Bandwidth {0:.1f} {1} (automatic: 0.9 x min(SD {2:.1f}, 1.20 x Dm {3:.1f}) x n^-0.2 with n = "
                "{4:.0f} records' effective number, weighted by harm).").format(
                bandwidth, units, estimate.standard_distance, estimate.median_distance, estimate.effective_n))
            pixel, raster = self._raster(extent, bandwidth, requested_pixel, units, feedback)
            bins = density.LinearBins(raster)
            bins.add(x, y, w)
        else:
            estimate, bandwidth = None, requested_bandwidth
            pixel, raster = bins.raster.pixel_size, bins.raster
        automatic_pixel = requested_pixel == 0
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Spreading the harm of {0} records over {1} x {2} pixels").format(n_counted,
                raster.n_cols, raster.n_rows))
        unit_m = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), DistanceUnit.Meters)
        km2_per_pixel = (pixel * unit_m) ** 2 / 1e6
        surface = density.surface_of_bins(bins.binned(), raster, bandwidth, kernel, km2_per_pixel)
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(2)
        steps.pushInfo(self.tr("Writing the raster"))
        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        total = float(result.score_columns["harm_score"][0])
        in_surface = surface.total(km2_per_pixel)
        mean, breaks = density.mean_multiple_breaks(surface.values)
        facts = {
            "units": UNITS,
            "kernel": kernel,
            "bandwidth": {"value": bandwidth, "automatic": automatic_bandwidth,
                          "estimate": estimate.as_dict() if estimate is not None else None},
            "pixel_size": {"value": pixel, "automatic": automatic_pixel,
                           "rule": "min(records' shorter side / {0}, bandwidth / {1}), rounded down to 1, 2, 2.5 "
                                   "or 5 x 10^k".format(
                               density.PIXELS_ACROSS, density.PIXELS_PER_BANDWIDTH) if automatic_pixel else "given"},
            "raster": {"west": raster.west, "north": raster.north, "columns": raster.n_cols, "rows": raster.n_rows,
                       "crs": crs.authid(), "extent_rule": "every located record (whatever the filter or period) "
                                                           "buffered by the bandwidth and two pixels, snapped to "
                                                           "multiples of the pixel size"},
            "method": "linear binning, then FFT convolution with the kernel sampled at pixel centres and scaled to "
                      "sum to 1 (per km2)",
            "convolution": surface.engine,
            "harm_in_surface": in_surface,
            "style": {"classes": "multiples 1-5 of the mean of the pixels with harm", "mean": mean},
        }
        provenance = harm_provenance(self, parameters, context, inputs, result)
        provenance.update({"geography": "raster", "density": facts})
        feedback.pushInfo(self.tr("Harm in the surface: {0:.6g} of {1:.6g} (pixels x pixel area).").format(in_surface,
                total))
        feedback.pushInfo(self.tr("Provenance: {0}").format(as_json(provenance)))
        write_raster(path, surface, crs, {PROVENANCE_ITEM: PROVENANCE_PREFIX + as_json(provenance)})
        abstract = self.tr("Harm per km² from '{0}' with {1} ({2}): {3} kernel, bandwidth {4:.1f} {5}, pixels of "
                           "{6:g} {5}.").format(
            inputs.layer_name, inputs.table.name, inputs.table.version, kernel, bandwidth, units, pixel)
        labels = self._class_labels(breaks)
        finish_output(path, context, provenance, abstract, style=density_style(breaks, labels))
        return {
            self.OUTPUT: path,
            "RECORDS_IN": result.reconciliation["records_in"],
            "ASSIGNED": result.reconciliation["by_status"]["assigned"],
            "TOTAL_HARM": total,
            "BANDWIDTH_USED": bandwidth,
            "PIXEL_SIZE_USED": pixel,
            "MAX_DENSITY": float(surface.values.max()) if surface.values.size else 0.0,
        }

    def _raster(self, extent, bandwidth, requested_pixel, units, feedback):
        """(pixel size, raster) over the records' extent, the pixel size automatic when 0."""
        automatic_pixel = requested_pixel == 0
        pixel = density.automatic_pixel_size(extent, bandwidth) if automatic_pixel else requested_pixel
        if automatic_pixel:
            feedback.pushInfo(self.tr("Pixel size {0:g} {1} (automatic: the smaller of the records' shorter side / "
                                      "{2} and the bandwidth / {3}, rounded down to 1, 2, 2.5 or 5 x "
                                      "10^k).").format(
                pixel, units, density.PIXELS_ACROSS, density.PIXELS_PER_BANDWIDTH))
        if pixel > bandwidth:
            feedback.pushWarning(self.tr("The pixel size ({0:g}) is larger than the bandwidth ({1:g}): each "
                                         "record's harm stays in about one pixel. Choose a smaller "
                                         "PIXEL_SIZE for a smooth surface.").format(
                pixel, bandwidth))
        try:
            return pixel, density.raster_for(extent, pixel, bandwidth)
        except density.TooManyPixelsError as error:
            raise QgsProcessingException(self.tr(
                "Pixel size {0:g} makes {1} pixels; at most {2} are allowed. Choose a PIXEL_SIZE of at least "
                "{3:g}, or a smaller BANDWIDTH.").format(
                pixel, error.n_pixels, error.max_pixels, error.smallest))

    def _weigh(self, inputs, steps, bins=None):
        """Weigh the records batch by batch as scoreharm does (a located record in the period and filter counts,
        on the one 'surface'): (result, (x, y, weight) of the records counted, the located records' extent,
        bins). With ``bins`` each batch's records are binned into it and none is kept (x, y and weight empty);
        without, they are kept, for the bandwidth. None when cancelled."""
        scorer = HarmScorer(Areas(ids=["surface"], geometries=[None], area_m2=np.zeros(1)), inputs.table,
                            missing_policy=inputs.missing_policy, default_weight=inputs.default_weight,
                            period=inputs.period, expected_records=inputs.expected_records, assign=_on_the_surface)
        kept = ([], [], [])
        for events in inputs.batches_until_cancel(steps):
            records = scorer.add(events)
            counted = np.flatnonzero(records.area_index >= 0)
            x, y, w = events.x[counted], events.y[counted], records.weight[counted]
            if bins is not None:
                bins.add(x, y, w)
            else:
                for column, values in zip(kept, (x, y, w)):
                    column.append(values)
        if steps.isCanceled():
            return None
        try:
            result = scorer.finish()
        except MissingWeightError as error:
            raise harm_inputs.missing_weight_error(self, inputs, error)
        counted = tuple(np.concatenate(column) if column else np.zeros(0) for column in kept)
        return result, counted, inputs.points.extent, bins

    def _bin(self, parameters, context, inputs, bandwidth, requested_pixel, units, crs, steps):
        """A BANDWIDTH given: the raster from the located records' extent (a read of their points), then
        each batch of records weighed and binned into it. As :meth:`_weigh`."""
        extent = harm_inputs.located_extent(self, parameters, context, steps, crs)
        if steps.isCanceled():
            return None
        if extent is None:  # nothing located: said once the records are weighed, as with one read
            return self._weigh(inputs, steps)
        _, raster = self._raster(extent, bandwidth, requested_pixel, units, steps)
        return self._weigh(inputs, steps, density.LinearBins(raster))

    def _class_labels(self, breaks) -> list:
        if not breaks:
            return []
        labels = [self.tr("up to the mean ({0:.4g})").format(breaks[0])]
        for k in range(1, len(breaks)):
            labels.append(self.tr("{0} to {1} times the mean").format(k, k + 1))
        labels.append(self.tr("over {0} times the mean").format(len(breaks)))
        return labels


def _on_the_surface(x: np.ndarray, y: np.ndarray) -> Assignment:
    """Every located record lies on the one 'surface'."""
    return Assignment(np.where(np.isfinite(x) & np.isfinite(y), 0, -1).astype(np.int64), 0)


def write_raster(path: str, surface: density.Surface, crs, metadata: Optional[dict] = None) -> None:
    """The surface as a single-band Float32 raster (GeoTIFF unless the file's
    extension names another GDAL format), north-up, in the events' CRS.
    ``metadata``: GDAL metadata items stored in the file itself (a GeoTIFF keeps
    them in its GDAL_METADATA tag; QGIS shows them under Layer Properties >
    Information), so the provenance travels with the raster even without its
    .qmd sidecar."""
    from osgeo import gdal

    gdal.UseExceptions()
    extension = Path(path).suffix.lstrip(".").lower()
    driver_name = QgsRasterFileWriter.driverForExtension(extension) if extension else ""
    driver_name = driver_name or "GTiff"
    driver = gdal.GetDriverByName(driver_name)
    if driver is None:
        raise QgsProcessingException(tr("GDAL has no driver '{0}' to write {1}.").format(driver_name, path))
    raster = surface.raster
    direct = driver.GetMetadataItem(gdal.DCAP_CREATE) == "YES"
    options = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=3", "ZLEVEL=1"] if driver_name == "GTiff" else []
    target = driver if direct else gdal.GetDriverByName("MEM")
    dataset = target.Create(path if direct else "", raster.n_cols, raster.n_rows, 1, gdal.GDT_Float32,
                            options if direct else [])
    dataset.SetGeoTransform(raster.geotransform())
    for key, value in (metadata or {}).items():
        dataset.SetMetadataItem(key, value)
    dataset.SetProjection(crs.toWkt(crs.WKT_PREFERRED_GDAL) if hasattr(crs, "WKT_PREFERRED_GDAL") else crs.toWkt())
    band = dataset.GetRasterBand(1)
    band.SetDescription(UNITS)
    band.SetUnitType("harm/km2")
    band.WriteArray(surface.values.astype(np.float32))
    band.FlushCache()
    del band
    if not direct:
        copy = driver.CreateCopy(path, dataset, 0)
        copy.FlushCache()
        del copy  # closes the file
    del dataset  # closes the file


def density_style(breaks: list, labels: list):
    """A pseudocolour renderer in classes of multiples of the mean of the
    pixels with harm (a common scheme for crime hotspot maps); pixels holding
    no harm are transparent."""

    def apply(layer) -> None:
        function = QgsColorRampShader()
        function.setColorRampType(ShaderInterpolationMethod.Discrete)
        ramp = harm_ramp()
        uppers = list(breaks) + [math.inf] if breaks else [math.inf]
        names = labels if labels else [""]
        items = []
        for k, (upper, label) in enumerate(zip(uppers, names)):
            colour = ramp.color(k / max(1, len(uppers) - 1))
            items.append(QgsColorRampShader.ColorRampItem(upper, colour, label))
        function.setColorRampItemList(items)
        if breaks:
            function.setMinimumValue(0.0)
            function.setMaximumValue(breaks[-1])
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(function)
        renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
        if breaks:
            renderer.setClassificationMin(0.0)
            renderer.setClassificationMax(breaks[-1])
        transparency = QgsRasterTransparency()
        zero = QgsRasterTransparency.TransparentSingleValuePixel()
        zero.min, zero.max, zero.percentTransparent = 0.0, 0.0, 100.0
        transparency.setTransparentSingleValuePixelList([zero])
        renderer.setRasterTransparency(transparency)
        layer.setRenderer(renderer)
        layer.triggerRepaint()

    return apply
