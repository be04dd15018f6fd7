"""Specification of socharm:harmdensity, run through processing.run (and once
through qgis_process). Pixel values are worked out here from the kernel's
formula and the built-in table's weights."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.qgis_io.outputs import provenance_of
from tools.qgis_cli import QgisProcess

ALG = "socharm:harmdensity"
TABLE = load_builtin_table("ons_css_ho_code")


def w(code: str) -> float:
    return TABLE.weights[normalise_code(code)]


def quartic_pixel_sum(bandwidth: float, pixel: float) -> float:
    reach = int(math.ceil(bandwidth / pixel))
    total = 0.0
    for i in range(-reach, reach + 1):
        for j in range(-reach, reach + 1):
            u = math.hypot(i * pixel, j * pixel) / bandwidth
            total += (1 - u * u) ** 2 if u <= 1 else 0.0
    return total


def density(run, events, output, feedback=None, **parameters):
    params = {"EVENTS": events, "CODE_FIELD": "code", "OUTPUT": str(output)}
    params.update(parameters)
    return run(ALG, params, feedback)


def provenance_of_raster(path):
    """The provenance from the raster's .qmd sidecar (QGIS reads it with Load Metadata),
    checked against the copy GDAL keeps in the file itself."""
    layer = QgsRasterLayer(str(path), "fresh")
    _, ok = layer.loadDefaultMetadata()
    assert ok
    provenance = provenance_of(layer)
    inside = gdal.Open(str(path)).GetMetadataItem("SOC_HARM_PROVENANCE")
    assert inside.startswith("SOC Harm provenance: ")
    assert json.loads(inside[len("SOC Harm provenance: "):]) == provenance
    assert provenance_of(QgsRasterLayer(str(path), "opened as QGIS opens it")) == provenance
    return provenance


def read(path):
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    return band.ReadAsArray().astype(float), ds.GetGeoTransform(), band, ds


def test_one_record_spreads_its_harm_per_km2_on_a_georeferenced_grid(run, layers, tmp_path):
    events = layers.events([("POINT(1050 1050)", "8N", "")])
    out = tmp_path / "one.tif"
    results, _ = density(run, events, out, BANDWIDTH=300, PIXEL_SIZE=100)

    values, transform, band, ds = read(out)
    # the record's extent, padded by (3 + 2) pixels: 550..1550 -> 500..1600 on 100 m multiples
    assert transform == (500.0, 100.0, 0.0, 1600.0, 0.0, -100.0)
    assert values.shape == (11, 11)
    assert QgsRasterLayer(str(out), "d").crs().authid() == "EPSG:27700"
    assert band.GetUnitType() == "harm/km2" and band.DataType == gdal.GDT_Float32
    scale = quartic_pixel_sum(300, 100) * 0.01  # 0.01 km2 pixels
    assert values[5, 5] == pytest.approx(w("8N") / scale, rel=1e-6)  # the pixel centred on the record
    assert values[5, 6] == pytest.approx(w("8N") * (1 - (100 / 300) ** 2) ** 2 / scale, rel=1e-6)
    assert values[4, 4] == pytest.approx(w("8N") * (1 - 2 * (100 / 300) ** 2) ** 2 / scale, rel=1e-6)
    assert values[5, 9] == 0  # 400 m away, beyond the bandwidth
    assert values.sum() * 0.01 == pytest.approx(w("8N"), rel=1e-6)
    assert results["MAX_DENSITY"] == pytest.approx(values.max(), rel=1e-6)


def test_the_surface_integrates_to_the_harm_and_the_records_reconcile(run, layers, tmp_path):
    rows = [("POINT({0} {1})".format(430000 + 137 * k % 5000, 380000 + 211 * k % 4000), code, "2024-01-{0:02d}".format(
        1 + k % 28))
            for k, code in zip(range(120), ["8N", "28E", "29", "44", "30A", "1"] * 20)]
    rows += [(None, "8N", "2024-01-05"), ("POINT(431000 381000)", "8N", "2023-12-31")]
    events = layers.events(rows)
    out = tmp_path / "surface.tif"
    results, _ = density(run, events, out, BANDWIDTH=500, PIXEL_SIZE=50, DATE_FIELD="day", START="2024-01-01")

    values, _, _, _ = read(out)
    expected = sum(w(code) for _, code, _ in rows[:120])
    assert results["TOTAL_HARM"] == pytest.approx(expected)
    assert values.sum() * 0.0025 == pytest.approx(expected, rel=1e-5)
    provenance = provenance_of_raster(out)
    by_status = provenance["reconciliation"]["by_status"]
    assert provenance["reconciliation"]["records_in"] == 122 == results["RECORDS_IN"]
    assert (by_status["assigned"], by_status["no_geometry"], by_status["out_of_period"]) == (120, 1, 1)
    assert sum(by_status.values()) == 122
    assert provenance["density"]["harm_in_surface"] == pytest.approx(expected, rel=1e-9)
    assert provenance["density"]["units"] == "harm per km2"


def test_automatic_bandwidth_and_pixel_size_are_stated(run, layers, tmp_path):
    events = layers.events([("POINT(11000 10000)", "8N", ""), ("POINT(9000 10000)", "8N", ""),
                            ("POINT(10000 11000)", "8N", ""), ("POINT(10000 9000)", "8N", "")])
    results, feedback = density(run, events, tmp_path / "auto.tif")

    # SD = Dm = 1,000 m round the mean centre; 0.9 x min(1000, 1.2011 x 1000) x 4^-0.2
    bandwidth = 0.9 * 1000 * 4 ** -0.2
    assert results["BANDWIDTH_USED"] == pytest.approx(bandwidth)
    assert results["PIXEL_SIZE_USED"] == 10  # min(2,000 / 150, 682 / 5) = 13.3 -> 10
    assert any(m.startswith("Bandwidth 682.1 m (automatic") for m in feedback.infos)
    assert any(m.startswith("Pixel size 10 m (automatic") for m in feedback.infos)
    facts = provenance_of_raster(tmp_path / "auto.tif")["density"]
    assert facts["bandwidth"]["automatic"] and facts["bandwidth"]["value"] == pytest.approx(bandwidth)
    assert facts["bandwidth"]["estimate"]["effective_n"] == pytest.approx(4)
    assert facts["pixel_size"] == {"value": 10, "automatic": True, "rule": facts["pixel_size"]["rule"]}
    assert facts["kernel"] == "quartic"


def test_the_uniform_kernel_spreads_harm_evenly_over_the_disc(run, layers, tmp_path):
    events = layers.events([("POINT(1050 1050)", "8N", "")])
    out = tmp_path / "uniform.tif"
    density(run, events, out, BANDWIDTH=200, PIXEL_SIZE=100, KERNEL=2)

    values, _, _, _ = read(out)
    disc = sum(1 for i in range(-2, 3) for j in range(-2, 3) if math.hypot(i, j) <= 2)  # 13 pixel centres
    assert sorted(set(np.round(values[values > 0] / (w("8N") / (disc * 0.01)), 6))) == [1.0]
    assert (values > 0).sum() == disc


def test_the_raster_opens_styled_in_multiples_of_the_mean_from_its_own_files(run, layers, tmp_path):
    events = layers.events([("POINT({0} {1})".format(1000 + 97 * k % 900, 2000 + 61 * k % 700),
                             "8N" if k % 3 else "28E", "")
                            for k in range(30)])
    out = tmp_path / "styled.tif"
    density(run, events, out, BANDWIDTH=250, PIXEL_SIZE=25)

    assert (tmp_path / "styled.qml").is_file() and (tmp_path / "styled.qmd").is_file()
    fresh = QgsRasterLayer(str(out), "fresh")
    renderer = fresh.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    values, _, _, _ = read(out)
    mean = values[values > 0].mean()
    assert [item.value for item in items[:5]] == pytest.approx([mean * k for k in (1, 2, 3, 4, 5)], rel=1e-5)
    assert math.isinf(items[5].value)
    transparent = renderer.rasterTransparency().transparentSingleValuePixelList()
    assert [(p.min, p.max, p.percentTransparent) for p in transparent] == [(0.0, 0.0, 100.0)]
    assert provenance_of_raster(out)["algorithm"] == "socharm:harmdensity"


def test_another_raster_format_is_written_through_a_copy(run, layers, tmp_path):
    events = layers.events([("POINT(1050 1050)", "8N", "")])
    out = tmp_path / "grid.asc"  # Arc/Info ASCII: GDAL can only copy into it
    density(run, events, out, BANDWIDTH=300, PIXEL_SIZE=100)

    values, transform, _, _ = read(out)
    assert transform == (500.0, 100.0, 0.0, 1600.0, 0.0, -100.0)
    assert values.sum() * 0.01 == pytest.approx(w("8N"), rel=1e-5)


@pytest.mark.parametrize("name", ["BANDWIDTH", "PIXEL_SIZE"])
def test_negative_sizes_are_refused(run, layers, tmp_path, name):
    events = layers.events([("POINT(0 0)", "8N", ""), ("POINT(500 500)", "8N", "")])
    with pytest.raises(QgsProcessingException):
        density(run, events, tmp_path / "bad.tif", **{name: -5})


def test_a_pixel_size_giving_too_many_pixels_is_refused_with_the_smallest_that_fits(run, layers, tmp_path):
    events = layers.events([("POINT(0 0)", "8N", ""), ("POINT(50000 50000)", "8N", "")])
    # sqrt(50,000^2 / 25,000,000) = 10 m, but with the bandwidth's margins 5,206^2 pixels are too many: 20 m
    with pytest.raises(QgsProcessingException, match=r"Pixel size 1 makes .* pixels; at most 25000000 .* at least 20,"):
        density(run, events, tmp_path / "huge.tif", BANDWIDTH=1000, PIXEL_SIZE=1)


def test_no_records_to_map_is_refused_clearly(run, layers, tmp_path):
    with pytest.raises(QgsProcessingException, match="no records with a location"):
        density(run, layers.events([(None, "8N", "")]), tmp_path / "none.tif", BANDWIDTH=100, PIXEL_SIZE=10)


def test_an_empty_period_gives_a_surface_of_zeros_when_the_bandwidth_is_given(run, layers, tmp_path):
    events = layers.events([("POINT(0 0)", "8N", "2023-05-01"), ("POINT(900 400)", "29", "2023-06-01")])
    out = tmp_path / "empty.tif"
    results, feedback = density(run, events, out, BANDWIDTH=200, PIXEL_SIZE=100, DATE_FIELD="day", START="2024-01-01")

    values, transform, _, _ = read(out)
    # the whole layer's extent (0..900 x 0..400) padded by (2 + 2) pixels: grids of every period line up
    assert not values.any() and values.shape == (4 + 2 * 4, 9 + 2 * 4)
    assert transform[0] == -400 and results["TOTAL_HARM"] == 0
    assert feedback.warnings_with("0 everywhere")
    with pytest.raises(QgsProcessingException, match="BANDWIDTH given"):
        density(run, events, tmp_path / "auto.tif", DATE_FIELD="day", START="2024-01-01")


def test_records_at_one_place_need_a_bandwidth(run, layers, tmp_path):
    events = layers.events([("POINT(5 5)", "8N", ""), ("POINT(5 5)", "29", "")])
    with pytest.raises(QgsProcessingException, match="one place.*BANDWIDTH"):
        density(run, events, tmp_path / "one.tif")
    results, _ = density(run, events, tmp_path / "one.tif", BANDWIDTH=100)
    assert results["PIXEL_SIZE_USED"] == 20  # bandwidth / 5


def test_a_geographic_crs_is_refused(run, layers, tmp_path):
    events = layers.events([("POINT(-1.5 53.4)", "8N", ""), ("POINT(-1.4 53.5)", "8N", "")], crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        density(run, events, tmp_path / "deg.tif", BANDWIDTH=0.01, PIXEL_SIZE=0.001)


def test_qgis_process_writes_a_styled_raster_with_provenance(run, layers, tmp_path):
    events = layers.gpkg(layers.events([("POINT(1050 1050)", "8N", ""), ("POINT(1450 1250)", "28E", "")],
                                       name="offences"))
    out = tmp_path / "cli.tif"
    cli = QgisProcess(tmp_path / "qgis_process").run(ALG, {
        "EVENTS": events.source(), "CODE_FIELD": "code", "HARM_TABLE": 0, "MISSING_WEIGHT": 1, "DEFAULT_WEIGHT": 0,
        "BANDWIDTH": 300, "PIXEL_SIZE": 100, "KERNEL": 0, "OUTPUT": str(out)})

    assert cli["_returncode"] == 0, cli["_stderr"]
    fresh = QgsRasterLayer(str(out), "fresh")
    assert isinstance(fresh.renderer(), QgsSingleBandPseudoColorRenderer)
    assert provenance_of_raster(out)["reconciliation"]["records_in"] == 2
    values, _, _, _ = read(out)
    assert values.sum() * 0.01 == pytest.approx(w("8N") + w("28E"), rel=1e-6)
    assert cli["results"]["TOTAL_HARM"] == pytest.approx(w("8N") + w("28E"))
