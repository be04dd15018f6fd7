"""A one-page harm map (title, map, legend, scale bar, attribution) as PNG or PDF."""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont
from ..compat import DistanceUnit, LayoutUnit

ATTRIBUTION = ("Contains public sector information licensed under the Open Government Licence v3.0. "
               "Weights: ONS Crime Severity Score.")


def _label(layout, text: str, x: float, y: float, w: float, h: float, size: float, bold: bool = False):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans", int(size))
    font.setBold(bold)
    item.setFont(font)
    item.setHAlign(Qt.AlignmentFlag.AlignLeft)
    item.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(item)
    item.attemptResize(QgsLayoutSize(w, h, LayoutUnit.Millimeters))
    item.attemptMove(QgsLayoutPoint(x, y, LayoutUnit.Millimeters))
    return item


def build_map_layout(project: QgsProject, layers: Sequence[QgsMapLayer], title: str, subtitle: str = "",
                     attribution: str = ATTRIBUTION) -> QgsPrintLayout:
    """A landscape A4 layout: the first layer's extent, its legend and a scale bar.
    The first layer is drawn first; the others over it (outlines, labels)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title)
    _label(layout, title, 10, 6, 277, 10, 18, bold=True)
    if subtitle:
        _label(layout, subtitle, 10, 16, 277, 8, 10)
    main = layers[0]
    map_item = QgsLayoutItemMap(layout)
    map_item.setRect(20, 20, 20, 20)  # a size first, or the extent stays empty
    map_item.setCrs(main.crs())
    map_item.setLayers(list(reversed(layers)))  # a map item draws its first layer on top
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(10, 26, LayoutUnit.Millimeters))
    map_item.attemptResize(QgsLayoutSize(200, 170, LayoutUnit.Millimeters))
    extent = main.extent()
    extent.scale(1.05)
    map_item.zoomToExtent(extent)
    map_item.setFrameEnabled(True)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("")
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    model_root = legend.model().rootGroup()
    model_root.removeAllChildren()
    model_root.addLayer(main)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(215, 26, LayoutUnit.Millimeters))

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.applyDefaultSize(DistanceUnit.Kilometers)
    layout.addLayoutItem(scale)
    scale.attemptMove(QgsLayoutPoint(215, 170, LayoutUnit.Millimeters))

    _label(layout, attribution, 10, 198, 277, 8, 7)
    return layout


def export_map(layers: Sequence[QgsMapLayer], path: Path, title: str, subtitle: str = "",
               project: Optional[QgsProject] = None, dpi: int = 150) -> Path:
    """Write the map layout to PNG (or PDF when path ends in .pdf)."""
    project = project or QgsProject.instance()
    layout = build_map_layout(project, layers, title, subtitle)
    exporter = QgsLayoutExporter(layout)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        result = exporter.exportToPdf(str(path), settings)
    else:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        from osgeo import gdal

        # QGIS then tries to georeference the image in place, which GDAL's PNG driver cannot do: the
        # image is fine, only GDAL's "ERROR 6" message would reach the console, so it is silenced here
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            result = exporter.exportToImage(str(path), settings)
        finally:
            gdal.PopErrorHandler()
    if result != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError("map export to {0} failed (code {1})".format(path, result))
    return path
