"""Renderers for plugin outputs, built in code so they match the data.

Three map styles, each readable by colour-blind readers:

* **harm**: graduated, Jenks natural breaks by default, on ColorBrewer's
  sequential YlOrRd ramp, whose lightness rises steadily, so it also reads in
  greyscale. The harm rank is set up as a label, switched off: rank labels
  on demand (Layer Properties > Labels, or ``socharm:styleharm`` with LABELS),
  on the top 10 areas (LABEL_TOP_N) and never on an area without harm.
* **change**: graduated on a diverging ramp (ColorBrewer RdBu, blue for
  less harm, red for more) with a class break at 0. Significant changes
  (``change_class`` ``increase`` or ``decrease``) are drawn saturated with a
  thick dark outline, on top; others pale with a thin grey outline.
* **hotspot**: Getis-Ord Gi* confidence bins (``gi_bin`` -3 to 3) in the
  standard hot/cold colours of ArcGIS's Hot Spot Analysis.

Density rasters get the harm ramp as a pseudocolour with zero transparent.
The same styles are in resources/styles/*.qml for use by hand.
"""
from __future__ import annotations

from typing import Callable, List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationPrettyBreaks,
    QgsClassificationQuantile,
    QgsClassificationRange,
    QgsExpression,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRendererRange,
    QgsStyle,
    QgsSymbol,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..domain.sharing.briefing import DEFAULT_LABEL_TOP_N
from ..domain.codes import ASSIGNED, FILTERED, INVALID, NO_GEOMETRY, OUT_OF_PERIOD, OUTSIDE
from ..domain.limits import MAX_VALUE_TEXT, bad_values, show_number
from ..translate import tr
from ..compat import FeatureRequestFlag, GeometryType, LabelMultiLineAlignment, LabelPlacement, save_style_to_database

HARM_RAMP = "YlOrRd"  # ColorBrewer: lightness rises steadily, readable in greyscale and by colour-blind readers

# ColorBrewer RdBu (7 classes), from most decrease (blue) to most increase (red)
CHANGE_COLOURS = ("#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b")
# Hot Spot Analysis (Getis-Ord Gi*) bins in ArcGIS's standard colours: bin -> colour
HOTSPOT_COLOURS = {
    3: "#d62f27",
    2: "#ed7551",
    1: "#fab984",
    0: "#ffffbf",  # as hotspot_gi_bin.qml (socharm:hotspots)
    -1: "#c0ccbe",
    -2: "#849eba",
    -3: "#4575b5",
}
OUTLINE = "#636363"

METHODS = ("jenks", "quantile", "equal_interval", "pretty")  # the METHOD enum of socharm:styleharm, in order
STYLES = ("harm", "change", "hotspot")  # the STYLE enum of socharm:styleharm, in order
DEFAULT_FIELDS = {"harm": "harm_score", "change": "harm_change_pct", "hotspot": "gi_bin"}


def harm_ramp():
    ramp = QgsStyle.defaultStyle().colorRamp(HARM_RAMP)
    return ramp or QgsGradientColorRamp(QColor("#ffffb2"), QColor("#bd0026"))


def change_ramp() -> QgsGradientColorRamp:
    """Blue (less harm) through near-white to red (more harm)."""
    colours = [QColor(c) for c in CHANGE_COLOURS]
    stops = [QgsGradientStop(k / (len(colours) - 1.0), colours[k]) for k in range(1, len(colours) - 1)]
    return QgsGradientColorRamp(colours[0], colours[-1], False, stops)


def classification(method: str = "jenks", precision: int = 0):
    """The QGIS classification method for a METHODS code, labels with ``precision`` decimals."""
    if method == "quantile":
        result = QgsClassificationQuantile()
    elif method == "equal_interval":
        result = QgsClassificationEqualInterval()
    elif method == "pretty":
        result = QgsClassificationPrettyBreaks()
    elif method == "jenks":
        result = QgsClassificationJenks()
    else:
        raise ValueError("unknown classification method '{0}' (one of {1})".format(method, ", ".join(METHODS)))
    result.setLabelPrecision(precision)
    result.setLabelTrimTrailingZeroes(True)
    return result


def harm_classification() -> QgsClassificationJenks:
    """Jenks natural breaks, labels as whole numbers."""
    return classification("jenks")


def unclassifiable(values) -> np.ndarray:
    """True where a value cannot be classified: infinite, NaN, or larger in size than
    MAX_VALUE (QGIS's Jenks squares the values; from about 1e154 that overflows and QGIS crashes)."""
    values = np.asarray(values, dtype=float)
    return ~np.isfinite(values) | bad_values(values)


def unclassifiable_features(layer: QgsVectorLayer, field: str) -> List[tuple]:
    """(feature id, value) of each feature whose ``field`` holds a number no class
    can hold (see :func:`unclassifiable`); NULL is not such a number."""
    index = layer.fields().lookupField(field)
    if index < 0:
        return []
    request = QgsFeatureRequest().setSubsetOfAttributes([index]).setFlags(FeatureRequestFlag.NoGeometry)
    found = []
    for feature in layer.getFeatures(request):
        value = feature.attributes()[index]
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue
        if unclassifiable([number])[0]:
            found.append((feature.id(), number))
    return found


def harm_classes(values: Sequence[float], classes: int = 5, method: str = "jenks") -> list:
    """The classes (QgsClassificationRange) of the values, in the order
    of the layer's features: what updateClasses finds when it reads the same
    values back from the layer (which reads NULL, written for NaN, as 0), without
    reading the layer. Raises ValueError for an infinite value or one larger than
    MAX_VALUE, which would crash QGIS's Jenks (callers check values where they enter)."""
    values = np.asarray(values, dtype=float)
    if not len(values):
        return []
    values = np.where(np.isnan(values), 0.0, values)
    if unclassifiable(values).any():
        raise ValueError(
            "values that are not finite numbers or are larger than {0} cannot be classified, e.g. {1}".format(
            MAX_VALUE_TEXT, show_number(values[unclassifiable(values)][0])))
    return classification(method).classes(values.tolist(), classes)


def distinct_harm_classes(values: Sequence[float], classes: int = 5, method: str = "jenks") -> list:
    """:func:`harm_classes`, with fewer classes when the values cannot fill them: no
    class repeats another or spans a single value (Jenks puts 7 values into
    5 classes that way). Only the lowest class may hold a single value, and only
    when several areas share it: many areas tied at the least harm (often none)
    get a class of their own, labelled with that value, rather than collapsing
    the whole map into one class."""
    numbers = np.asarray([v for v in values if v is not None], dtype=float)
    numbers = numbers[~unclassifiable(numbers)]
    k = min(int(classes), len(np.unique(numbers)))
    while k > 1:
        ranges = harm_classes(numbers, k, method)
        bounds = [(r.lowerBound(), r.upperBound()) for r in ranges]
        lowest_tied = bounds[0][0] == bounds[0][1] and int(np.sum(numbers == bounds[0][0])) > 1
        if len(set(bounds)) == len(bounds) and all(upper > lower for lower, upper in bounds[
            0 if not lowest_tied else 1:]):
            if lowest_tied:
                ranges[0] = QgsClassificationRange(classification(method).formatNumber(bounds[0][0]), *bounds[0])
            return ranges
        k -= 1
    return harm_classes(numbers, 1, method) if len(numbers) else []


def _fill_symbol(layer: QgsVectorLayer, outline: str = OUTLINE, width: float = 0.2):
    geometry = layer.geometryType()
    if geometry == GeometryType.Polygon:
        return QgsFillSymbol.createSimple({"outline_color": outline, "outline_width": str(width)})
    if geometry == GeometryType.Line:
        return QgsLineSymbol.createSimple({"line_width": "0.6"})
    if geometry == GeometryType.Point:
        return QgsMarkerSymbol.createSimple({"size": "2.4", "outline_color": outline, "outline_width": "0.2"})
    return QgsSymbol.defaultSymbol(geometry)


def apply_harm_style(layer: QgsVectorLayer, field: str = "harm_score", classes: int = 5,
                     ranges: Optional[list] = None, method: str = "jenks", labels: bool = False,
                     label_top_n: int = DEFAULT_LABEL_TOP_N) -> None:
    """Graduated harm map on a sequential ramp (Jenks natural breaks unless ``method`` says).

    ``ranges`` (from :func:`harm_classes` on the field's values) saves
    reading the field back from the layer; without them the layer is read.
    The rank (``harm_rank``, or ``<key>_rank`` for ``<key>_harm``) is set up as
    a label on the top ``label_top_n`` areas with harm, shown only with ``labels``.
    """
    renderer = QgsGraduatedSymbolRenderer(field)
    if layer.geometryType() == GeometryType.Polygon:
        renderer.setSourceSymbol(_fill_symbol(layer))
    renderer.setClassificationMethod(classification(method))
    if ranges is None:
        renderer.updateClasses(layer, classes)
    else:  # what updateClasses does with the classes it computes
        source = renderer.sourceSymbol()
        for item in ranges:
            symbol = source.clone() if source is not None else QgsSymbol.defaultSymbol(layer.geometryType())
            renderer.addClassRange(QgsRendererRange(item, symbol))
    renderer.updateColorRamp(harm_ramp())
    if layer.geometryType() == GeometryType.Line:
        renderer.setSymbolSizes(0.4, 1.6)
    layer.setRenderer(renderer)
    rank = rank_field_for(layer, field)
    if rank:
        set_rank_labels(layer, rank, enabled=labels, top_n=label_top_n, value_field=ranked_field_for(layer, rank))
    layer.triggerRepaint()


def harm_style(ranges: list, field: str = "harm_score", classes: int = 5) -> Callable[[QgsVectorLayer], None]:
    """apply_harm_style with classes computed once (:func:`harm_classes` of the
    field's values), however many layers get the style."""

    def apply(layer: QgsVectorLayer) -> None:
        apply_harm_style(layer, field, classes, ranges=ranges)

    return apply


# ------------------------------------------------------------------ labels

def rank_field_for(layer: QgsVectorLayer, field: str) -> Optional[str]:
    """The rank field that goes with a value field: ``harm_score`` -> ``harm_rank``,
    ``<key>_harm`` -> ``<key>_rank``, ``harm_change*`` -> ``rank_current``."""
    names = layer.fields().names()
    candidates = []
    if field.endswith("_harm"):
        candidates.append(field[:-len("_harm")] + "_rank")
    if field.endswith("_score"):
        candidates.append(field[:-len("_score")] + "_rank")
    if field.startswith("harm_change") or field.endswith("_current") or field.startswith("n_"):
        candidates.append("rank_current")
    candidates.append("harm_rank")
    for name in candidates:
        if name in names:
            return name
    return None


def ranked_field_for(layer: QgsVectorLayer, rank_field: str) -> Optional[str]:
    """The field a rank field ranks by: ``harm_rank`` -> ``harm_score``, ``<key>_rank`` ->
    ``<key>_harm``, ``rank_current`` -> ``harm_current``; None when the layer has none of them."""
    names = layer.fields().names()
    candidates = []
    if rank_field == "rank_current":
        candidates.append("harm_current")
    if rank_field.endswith("_rank"):
        stem = rank_field[:-len("_rank")]
        candidates += [stem + "_harm", stem + "_score"]
    for name in candidates:
        if name in names:
            return name
    return None


def rank_label_expression(rank_field: str, name_field: Optional[str] = None, top_n: int = DEFAULT_LABEL_TOP_N,
                          value_field: Optional[str] = None) -> str:
    """The label: "#3" on the areas ranked 1 to ``top_n`` whose ``value_field`` (the harm the
    rank is of) is above 0, nothing on the others: areas without harm share one rank, and
    "#190" on every one of them says nothing and buries the map."""
    rank = QgsExpression.quotedColumnRef(rank_field)
    condition = "{0} <= {1}".format(rank, int(top_n))
    if value_field:
        condition += " AND coalesce({0}, 0) > 0".format(QgsExpression.quotedColumnRef(value_field))
    ranked = "CASE WHEN {0} THEN '#' || to_string({1}) END".format(condition, rank)
    if name_field:
        return "coalesce(to_string({0}), '') || coalesce('\\n' || {1}, '')".format(
            QgsExpression.quotedColumnRef(name_field), ranked)
    return ranked


def set_rank_labels(layer: QgsVectorLayer, rank_field: str, name_field: Optional[str] = None,
                    enabled: bool = True, size: float = 8.0, top_n: int = DEFAULT_LABEL_TOP_N,
                    value_field: Optional[str] = None) -> None:
    """Label the areas ranked 1 to ``top_n`` with their rank ("#1"), under the name of every
    area when ``name_field`` is given; an area whose ``value_field`` is 0 or empty gets no rank.
    With ``enabled`` False the labels are set up but hidden, ready to switch on."""
    settings = QgsPalLayerSettings()
    settings.fieldName = rank_label_expression(rank_field, name_field, top_n, value_field)
    settings.isExpression = True
    if layer.geometryType() == GeometryType.Polygon:
        settings.placement = LabelPlacement.OverPoint
        settings.fitInPolygonOnly = False
    elif layer.geometryType() == GeometryType.Line:
        settings.placement = LabelPlacement.Curved
    text = QgsTextFormat()
    font = QFont("Arial")
    font.setBold(True)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor("#1a1a1a"))  # noqa: QGS202 (QgsTextFormat.setColor returns nothing)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.9)
    buffer.setColor(QColor("#ffffff"))  # noqa: QGS202 (QgsTextBufferSettings.setColor returns nothing)
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.multilineAlign = LabelMultiLineAlignment.Center
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(enabled)


# ------------------------------------------------------------------ change

def significance_field_for(layer: QgsVectorLayer, field: str) -> Optional[str]:
    """``count_change_class`` for a count field (``n_*``), else ``change_class``, when the layer has it."""
    names = layer.fields().names()
    preferred = "count_change_class" if field.startswith("n_") else "change_class"
    for name in (preferred, "change_class"):
        if name in names:
            return name
    return None


def diverging_ranges(values: Sequence[float], classes: int = 6, method: str = "jenks",
                     precision: int = 0, suffix: str = " %") -> List[QgsClassificationRange]:
    """Classes of the values with a break at 0 whenever the values straddle it, so
    no class mixes rises and falls. NULL, NaN, infinite and too large values (see
    :func:`unclassifiable`) are left out."""
    values = np.asarray([v for v in values if v is not None], dtype=float)
    values = values[~unclassifiable(values)]
    if not len(values):
        return []
    ranges = classification(method, precision).classes(values.tolist(), max(2, int(classes)))
    lows = [r.lowerBound() for r in ranges] + [ranges[-1].upperBound()] if ranges else []
    breaks = sorted(set(lows))
    lo, hi = float(values.min()), float(values.max())
    if lo < 0 < hi and 0.0 not in breaks:
        breaks = sorted(breaks + [0.0])
    if len(breaks) == 1:
        breaks = [breaks[0], breaks[0]]
    out = []
    for a, b in zip(breaks[:-1], breaks[1:]):
        out.append(QgsClassificationRange(_range_label(a, b, precision, suffix), a, b))
    return out


def _signed(value: float, precision: int) -> str:
    text = "{0:,.{1}f}".format(abs(value), precision)
    if precision:
        text = text.rstrip("0").rstrip(".")
    if round(value, precision) == 0:
        return text
    return ("+" if value > 0 else "\u2212") + text


def _range_label(lower: float, upper: float, precision: int, suffix: str) -> str:
    return tr("{0} to {1}").format(_signed(lower, precision), _signed(upper, precision)) + suffix


def change_colours(ranges: Sequence[QgsClassificationRange]) -> List[QColor]:
    """The diverging colour of each class, by the size of the change it reaches: the
    class bound farthest from 0, against the largest change on either side. The
    largest rise (or fall) gets the darkest red (blue); a small fall beside a large
    rise stays pale, as it should."""
    ramp = change_ramp()
    extent = max([abs(r.lowerBound()) for r in ranges] + [abs(r.upperBound()) for r in ranges] + [0.0])
    colours = []
    for item in ranges:
        middle = (item.lowerBound() + item.upperBound()) / 2.0
        if extent <= 0 or middle == 0:
            colours.append(ramp.color(0.5))
            continue
        outer = item.lowerBound() if middle < 0 else item.upperBound()
        position = 0.5 + 0.5 * max(-1.0, min(1.0, outer / extent))
        colours.append(ramp.color(position))
    return colours


def significance_expression(field: str) -> str:
    return "{0} IN ('increase', 'decrease')".format(QgsExpression.quotedColumnRef(field))


def emphasise_significant(symbol, significance_field: str) -> None:
    """Significant: full colour, thick dark outline. Not significant: pale, thin grey outline."""
    significant = significance_expression(significance_field)
    for index in range(symbol.symbolLayerCount()):
        layer = symbol.symbolLayer(index)
        layer.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyFillColor, QgsProperty.fromExpression(
            "if({0}, @symbol_color, color_mix_rgb(@symbol_color, '#ffffff', 0.55))".format(significant)))
        layer.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyStrokeColor, QgsProperty.fromExpression(
            "if({0}, '#111111', '#9a9a9a')".format(significant)))
        layer.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyStrokeWidth, QgsProperty.fromExpression(
            "if({0}, 0.8, 0.15)".format(significant)))


def apply_change_style(layer: QgsVectorLayer, field: str = "harm_change_pct", classes: int = 6,
                       method: str = "jenks", ranges: Optional[list] = None, labels: bool = False,
                       label_top_n: int = DEFAULT_LABEL_TOP_N) -> None:
    """Diverging map of a change, significant changes emphasised (see the module doc).

    ``ranges``: fixed classes (QgsClassificationRange); without them the
    field's values are classified by ``method`` with a break at 0.
    """
    if ranges is None:
        index = layer.fields().lookupField(field)
        request = QgsFeatureRequest().setSubsetOfAttributes([index]).setFlags(FeatureRequestFlag.NoGeometry)
        values = [f.attributes()[index] for f in layer.getFeatures(request)] if index >= 0 else []
        numbers = []
        for value in values:
            try:
                numbers.append(float(value))
            except (TypeError, ValueError):
                continue
        suffix = " %" if field.endswith("_pct") else ""
        ranges = diverging_ranges(numbers, classes, method, precision=0, suffix=suffix)
    renderer = QgsGraduatedSymbolRenderer(field)
    source = _fill_symbol(layer, outline="#9a9a9a", width=0.15)
    significance = significance_field_for(layer, field)
    if significance:
        emphasise_significant(source, significance)
        order = QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(
            "if({0}, 1, 0)".format(significance_expression(significance)), True)])
        renderer.setOrderBy(order)
        renderer.setOrderByEnabled(True)
    renderer.setSourceSymbol(source.clone())
    renderer.setClassificationMethod(classification(method))
    for item, colour in zip(ranges, change_colours(ranges)):
        symbol = source.clone()
        symbol.setColor(colour)  # noqa: QGS202 (QgsSymbol.setColor returns nothing)
        renderer.addClassRange(QgsRendererRange(item, symbol))
    layer.setRenderer(renderer)
    rank = rank_field_for(layer, field)
    if rank:
        set_rank_labels(layer, rank, enabled=labels, top_n=label_top_n, value_field=ranked_field_for(layer, rank))
    layer.triggerRepaint()


# ------------------------------------------------------------------ hotspots

def hotspot_label(gi_bin: int) -> str:
    labels = {
        3: tr("Hot spot, 99 % confidence"),
        2: tr("Hot spot, 95 % confidence"),
        1: tr("Hot spot, 90 % confidence"),
        0: tr("Not significant"),
        -1: tr("Cold spot, 90 % confidence"),
        -2: tr("Cold spot, 95 % confidence"),
        -3: tr("Cold spot, 99 % confidence"),
    }
    return labels[gi_bin]


def apply_hotspot_style(layer: QgsVectorLayer, field: str = "gi_bin") -> None:
    """Categories -3 to 3 (cold to hot, 99/95/90 % confidence) in the standard hot spot colours."""
    categories = []
    for gi_bin in (3, 2, 1, 0, -1, -2, -3):
        symbol = _fill_symbol(layer, outline="#8c8c8c", width=0.15)
        symbol.setColor(QColor(HOTSPOT_COLOURS[gi_bin]))  # noqa: QGS202 (QgsSymbol.setColor returns nothing)
        categories.append(QgsRendererCategory(gi_bin, symbol, hotspot_label(gi_bin), True))
    renderer = QgsCategorizedSymbolRenderer(field, categories)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


# ------------------------------------------------------------------ record points

# status code -> (colour, size mm): records that count stand out, the rest recede
RECORD_STATUS_STYLE = (
    (ASSIGNED, "#252525", 1.2),
    (OUTSIDE, "#e6550d", 1.6),
    (OUT_OF_PERIOD, "#bdbdbd", 0.8),
    (FILTERED, "#d9d9d9", 0.6),
    (INVALID, "#de2d26", 1.6),
    (NO_GEOMETRY, "#969696", 0.8),
)


def records_style(field: str = "status") -> Callable[[QgsVectorLayer], None]:
    """Record points (the RECORDS outputs) by their status code."""

    def apply(layer: QgsVectorLayer) -> None:
        labels = {ASSIGNED: tr("Counted in an area"), OUTSIDE: tr("Outside every area"),
                  OUT_OF_PERIOD: tr("Outside the period"), FILTERED: tr("Left out by the filter"),
                  INVALID: tr("Invalid date, weight or location"), NO_GEOMETRY: tr("No location")}
        categories = []
        for code, colour, size in RECORD_STATUS_STYLE:
            symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": str(size),
                                                   "outline_style": "no"})
            categories.append(QgsRendererCategory(code, symbol, labels[code]))
        other = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#756bb1", "size": "1.2",
                                              "outline_style": "no"})
        categories.append(QgsRendererCategory(None, other, tr("Other")))
        layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))
        layer.triggerRepaint()

    return apply


# ------------------------------------------------------------------ by name

def apply_style(layer: QgsVectorLayer, style: str, field: Optional[str] = None, method: str = "jenks",
                classes: int = 5, labels: bool = False, label_top_n: int = DEFAULT_LABEL_TOP_N) -> None:
    """One of STYLES on a layer (``field`` defaults to DEFAULT_FIELDS[style])."""
    field = field or DEFAULT_FIELDS[style]
    if style == "harm":
        apply_harm_style(layer, field, classes, method=method, labels=labels, label_top_n=label_top_n)
    elif style == "change":
        apply_change_style(layer, field, classes, method=method, labels=labels, label_top_n=label_top_n)
    elif style == "hotspot":
        apply_hotspot_style(layer, field)
    else:
        raise ValueError("unknown style '{0}' (one of {1})".format(style, ", ".join(STYLES)))


def write_default_style(layer: QgsVectorLayer, styled: Callable[[QgsVectorLayer], None]) -> Optional[str]:
    """Save the layer's style into its file as the default, so it opens styled
    anywhere: a GeoPackage's layer_styles table, else a .qml beside the file.
    ``styled`` applies the style (again) to the layer object that is saved when
    that is not ``layer`` itself. Returns where it went, or None when the
    layer is not a file (a memory layer, a database, a web service)."""
    from qgis.core import QgsProviderRegistry

    from .outputs import with_layer_name

    if layer.providerType() != "ogr":
        return None
    target = with_layer_name(layer)
    if target is not layer:
        styled(target)
    path = QgsProviderRegistry.instance().decodeUri("ogr", target.source()).get("path", "")
    if target.dataProvider().storageType() == "GPKG":
        error = save_style_to_database(target, "default", "SOC Harm style")
        if error:
            raise RuntimeError(error)
        return path  # the GeoPackage: the style is in its layer_styles table
    from pathlib import Path

    qml = str(Path(path).with_suffix(".qml"))  # what QGIS reads as a file's default style
    message, ok = target.saveNamedStyle(qml)
    if not ok:
        raise RuntimeError(message)
    return qml


def qml_path(name: str):
    """resources/styles/<name>.qml: styles users can also apply by hand."""
    from ..about import resource_path

    return resource_path("styles", name + ".qml")


def qml_style(name: str) -> Callable[[QgsVectorLayer], None]:
    """A style (for finish_output) that applies resources/styles/<name>.qml."""
    path = qml_path(name)
    if not path.is_file():
        raise FileNotFoundError("SOC Harm style file missing: {0}".format(path))

    def apply(layer) -> None:
        message, ok = layer.loadNamedStyle(str(path))
        if not ok:
            raise RuntimeError("Cannot apply style {0} to layer '{1}': {2}".format(path, layer.name(), message))
        layer.triggerRepaint()

    return apply


def graduated_style(field: str, values: Sequence, ramp_name: str, precision: int, classes: int = 5):
    """A style for finish_output: Jenks classes of ``values`` (NULLs left out,
    so they draw nothing) on a ColorBrewer ramp, labels to ``precision`` decimals."""
    numbers = [float(v) for v in values if v is not None and v == v]

    def apply(layer) -> None:
        renderer = QgsGraduatedSymbolRenderer(field)
        geometry = layer.geometryType()
        if geometry == GeometryType.Polygon:
            renderer.setSourceSymbol(QgsFillSymbol.createSimple({"outline_color": "#636363", "outline_width": "0.2"}))
        method = QgsClassificationJenks()
        method.setLabelPrecision(precision)
        method.setLabelTrimTrailingZeroes(True)
        renderer.setClassificationMethod(method)
        if numbers:
            source = renderer.sourceSymbol()
            for item in method.classes(numbers, min(classes, len(set(numbers))) or 1):
                symbol = source.clone() if source is not None else QgsSymbol.defaultSymbol(geometry)
                renderer.addClassRange(QgsRendererRange(item, symbol))
        ramp = QgsStyle.defaultStyle().colorRamp(ramp_name)
        if ramp is not None:
            renderer.updateColorRamp(ramp)
        if geometry == GeometryType.Line:
            renderer.setSymbolSizes(0.4, 1.6)
        layer.setRenderer(renderer)
        layer.triggerRepaint()

    return apply
