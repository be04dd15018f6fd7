"""socharm:styleharm: harm, change and hotspot styles, the classification methods,
the style saved into the layer's file, and bad input."""
from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import (
    NULL,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransformContext,
    QgsGraduatedSymbolRenderer,
    QgsProcessingException,
    QgsProject,
    QgsSymbolLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from soc_harm_plugin.qgis_io.styles import CHANGE_COLOURS, HOTSPOT_COLOURS, qml_path

ALG = "socharm:styleharm"
VALUES = [0.0, 1.0, 2.0, 3.0, 10.0, 20.0, 40.0, 100.0]


def scored(layers, values=VALUES, extra=(), extra_values=None):
    rows = []
    for k, value in enumerate(values):
        rank = 1 + sum(1 for v in values if v > value)
        row = [layers.square(1000.0 * k, 0.0), "A{0}".format(k), value, rank]
        if extra_values:
            row += list(extra_values[k])
        rows.append(tuple(row))
    return layers.memory("Polygon", ["area_id:string", "harm_score:double", "harm_rank:integer"] + list(extra), rows,
                         name="scored")


def bounds(layer):
    return [(round(r.lowerValue(), 6), round(r.upperValue(), 6)) for r in layer.renderer().ranges()]


def test_harm_style_by_quantiles_is_written_into_the_geopackage_and_a_fresh_layer_reads_it(run, layers):
    layer = layers.gpkg(scored(layers), "scored.gpkg")
    results, feedback = run(ALG, {"INPUT": layer.source(), "STYLE": 0, "METHOD": 1, "CLASSES": 4})
    assert results["STYLE_SAVED_TO"].endswith("scored.gpkg")  # a plain path, not a translated sentence
    assert any(line.startswith("Style saved as the default of") for line in feedback.infos)

    fresh = QgsVectorLayer(layer.source(), "fresh", "ogr")
    renderer = fresh.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "harm_score"
    assert renderer.classificationMethod().id() == "Quantile"
    # quantiles of the 8 values by hand (linear interpolation between order statistics):
    # 1/4: position 1.75 -> 1 + 0.75 * (2 - 1) = 1.75; 1/2: 3.5 -> 3 + 0.5 * 7 = 6.5; 3/4: 5.25 -> 20 + 0.25 * 20 = 25
    assert bounds(fresh) == [(0.0, 1.75), (1.75, 6.5), (6.5, 25.0), (25.0, 100.0)]
    colours = [r.symbol().color().name() for r in renderer.ranges()]
    assert colours[0] == "#ffffb2" and colours[-1] == "#bd0026"  # YlOrRd, light to dark
    lightness = [r.symbol().color().lightness() for r in renderer.ranges()]
    assert lightness == sorted(lightness, reverse=True)  # reads in greyscale: darker = more harm
    assert fresh.labeling() is not None and not fresh.labelsEnabled()  # rank labels ready, off
    assert "harm_rank" in fresh.labeling().settings().fieldName


def test_equal_interval_and_pretty_methods_and_rank_labels_on(run, layers):
    layer = scored(layers)
    QgsProject.instance().addMapLayer(layer)
    run(ALG, {"INPUT": layer.id(), "STYLE": 0, "METHOD": 2, "CLASSES": 4, "LABELS": True})
    assert bounds(layer) == [(0.0, 25.0), (25.0, 50.0), (50.0, 75.0), (75.0, 100.0)]  # 100 / 4
    assert layer.labelsEnabled()
    run(ALG, {"INPUT": layer.id(), "STYLE": 0, "METHOD": 3, "CLASSES": 4})
    assert layer.renderer().classificationMethod().id() == "Pretty"
    assert all(b % 10 == 0 for pair in bounds(layer) for b in pair)  # round numbers
    QgsProject.instance().removeMapLayer(layer.id())


def test_a_shapefile_gets_a_qml_beside_it(run, layers, tmp_path):
    path = tmp_path / "scored.shp"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    result = QgsVectorFileWriter.writeAsVectorFormatV3(scored(layers), str(path), QgsCoordinateTransformContext(),
                                                       options)
    assert result[0] == QgsVectorFileWriter.WriterError.NoError
    results, _ = run(ALG, {"INPUT": str(path), "STYLE": 0, "METHOD": 0, "CLASSES": 3})
    assert Path(results["STYLE_SAVED_TO"]) == tmp_path / "scored.qml" and (tmp_path / "scored.qml").is_file()
    fresh = QgsVectorLayer(str(path), "fresh", "ogr")
    assert isinstance(fresh.renderer(), QgsGraduatedSymbolRenderer)
    assert len(fresh.renderer().ranges()) == 3


def change_layer(layers):
    values = [-80.0, -40.0, -10.0, 5.0, 30.0, 60.0, 120.0, -60.0]
    classes = ["decrease", "no_change", "no_change", "too_few", "increase", "no_change", "increase", "decrease"]
    rows = [(layers.square(1000.0 * k, 0.0), "A{0}".format(k), v, c, k + 1)
            for k, (v, c) in enumerate(zip(values, classes))]
    return layers.memory("Polygon", ["area_id:string", "harm_change_pct:double", "change_class:string",
                                     "rank_current:integer"], rows, name="change")


def test_change_style_diverges_at_zero_and_emphasises_significant_changes(run, layers):
    layer = change_layer(layers)
    QgsProject.instance().addMapLayer(layer)
    _, feedback = run(ALG, {"INPUT": layer.id(), "STYLE": 1, "METHOD": 2, "CLASSES": 4})
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "harm_change_pct"
    # equal intervals of 50 from -80 to 120, plus a break at 0 so no class mixes rises and falls
    assert bounds(layer) == [(-80.0, -30.0), (-30.0, 0.0), (0.0, 20.0), (20.0, 70.0), (70.0, 120.0)]
    ranges = renderer.ranges()  # keep the copies alive while reading their symbols
    colours = [r.symbol().color() for r in ranges]
    assert colours[-1].name() == CHANGE_COLOURS[-1]  # the largest change (+120 %) in the darkest red
    # the largest fall (-80 %) two thirds of the way to the darkest blue: paler than the largest rise
    assert colours[0].lightness() > colours[-1].lightness()
    for item in ranges:
        colour = item.symbol().color()
        if item.upperValue() <= 0:
            assert colour.blue() > colour.red()
        else:
            assert colour.red() > colour.blue()
    fill = ranges[0].symbol().symbolLayer(0)
    width = fill.dataDefinedProperties().property(QgsSymbolLayer.Property.PropertyStrokeWidth)
    assert width.isActive() and "change_class" in width.expressionString()
    assert renderer.orderByEnabled()  # significant areas drawn last, on top
    assert any("not a file" in w for w in feedback.warnings)  # memory layer: applied only
    QgsProject.instance().removeMapLayer(layer.id())


def test_hotspot_style_has_the_seven_standard_bins(run, layers):
    rows = [(layers.square(1000.0 * k, 0.0), "A{0}".format(k), b) for k, b in enumerate(range(-3, 4))]
    layer = layers.gpkg(layers.memory("Polygon", ["area_id:string", "gi_bin:integer"], rows, name="gi"), "gi.gpkg")
    run(ALG, {"INPUT": layer.source(), "STYLE": 2})
    fresh = QgsVectorLayer(layer.source(), "fresh", "ogr")
    renderer = fresh.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "gi_bin"
    found = {int(c.value()): (c.symbol().color().name(), c.label()) for c in renderer.categories()}
    assert {k: v[0] for k, v in found.items()} == {3: "#d62f27", 2: "#ed7551", 1: "#fab984", 0: "#ffffbf",
                                                   -1: "#c0ccbe", -2: "#849eba", -3: "#4575b5"}
    assert found == {k: (HOTSPOT_COLOURS[k], found[k][1]) for k in found}
    assert found[3][1] == "Hot spot, 99 % confidence" and found[-2][1] == "Cold spot, 95 % confidence"


def test_a_missing_or_text_field_stops_with_a_message_naming_it(run, layers):
    layer = scored(layers, extra=["label:string"], extra_values=[("x",)] * len(VALUES))
    QgsProject.instance().addMapLayer(layer)
    with pytest.raises(QgsProcessingException, match="'scored' has no field 'gi_bin'"):
        run(ALG, {"INPUT": layer.id(), "STYLE": 2})
    with pytest.raises(QgsProcessingException, match="no field 'harm_change_pct'"):
        run(ALG, {"INPUT": layer.id(), "STYLE": 1})
    QgsProject.instance().removeMapLayer(layer.id())


def test_enum_orders_are_the_public_interface(soc_harm):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg.displayName() == "Style harm map"
    assert alg.parameterDefinition("STYLE").options() == ["harm", "change", "hotspot"]
    assert alg.parameterDefinition("METHOD").options() == ["Jenks", "quantile", "equal interval", "pretty"]
    assert alg.parameterDefinition("CLASSES").defaultValue() == 5
    assert alg.flags() & alg.FlagNoThreading


@pytest.mark.parametrize("name, renderer_type", [
    ("harm_choropleth", QgsGraduatedSymbolRenderer),
    ("harm_change_diverging", QgsGraduatedSymbolRenderer),
    ("harm_hotspot", QgsCategorizedSymbolRenderer),
])
def test_the_qml_files_apply_by_hand(layers, name, renderer_type):
    layer = change_layer(layers)
    message, ok = layer.loadNamedStyle(str(qml_path(name)))
    assert ok, message
    assert isinstance(layer.renderer(), renderer_type)


def label_texts(layer) -> list:
    """What the layer's label expression prints for each feature (None: no label)."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    settings = layer.labeling().settings()
    expression = QgsExpression(settings.fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    out = []
    for feature in layer.getFeatures():
        context.setFeature(feature)
        value = expression.evaluate(context)
        assert not expression.hasEvalError(), expression.evalErrorString()
        out.append(None if value is None or value == NULL else value)
    return out


def test_rank_labels_go_on_the_top_n_and_never_on_areas_without_harm(run, layers):
    values = [100.0, 50.0, 20.0, 0.0, 0.0, 0.0, 0.0, 0.0]  # ranks 1, 2, 3; the five zeros tie at 4
    layer = scored(layers, values)
    QgsProject.instance().addMapLayer(layer)
    run(ALG, {"INPUT": layer.id(), "STYLE": 0, "LABELS": True, "LABEL_TOP_N": 5})
    assert label_texts(layer) == ["#1", "#2", "#3", None, None, None, None, None]
    run(ALG, {"INPUT": layer.id(), "STYLE": 0, "LABELS": True, "LABEL_TOP_N": 2})
    assert label_texts(layer) == ["#1", "#2", None, None, None, None, None, None]
    QgsProject.instance().removeMapLayer(layer.id())


def test_rank_labels_default_to_the_top_10(run, layers, soc_harm):
    from qgis.core import QgsApplication

    assert QgsApplication.processingRegistry().algorithmById(ALG).parameterDefinition(
        "LABEL_TOP_N").defaultValue() == 10
    values = [float(20 - k) for k in range(14)]
    layer = scored(layers, values)
    QgsProject.instance().addMapLayer(layer)
    run(ALG, {"INPUT": layer.id(), "STYLE": 0, "LABELS": True})
    assert label_texts(layer) == ["#{0}".format(k) for k in range(1, 11)] + [None] * 4
    QgsProject.instance().removeMapLayer(layer.id())


def test_change_maps_label_the_top_current_ranks_with_harm_only(layers):
    from soc_harm_plugin.qgis_io.styles import apply_change_style

    rows = [(layers.square(1000.0 * k, 0.0), "A{0}".format(k), pct, "no_change", rank, harm)
            for k, (pct, rank, harm) in enumerate([(10.0, 1, 90.0), (-5.0, 2, 40.0), (0.0, 3, 0.0), (0.0, 3, 0.0)])]
    layer = layers.memory("Polygon", ["area_id:string", "harm_change_pct:double", "change_class:string",
                                      "rank_current:integer", "harm_current:double"], rows, name="change")
    apply_change_style(layer, "harm_change_pct", labels=True, label_top_n=10)
    assert label_texts(layer) == ["#1", "#2", None, None]
