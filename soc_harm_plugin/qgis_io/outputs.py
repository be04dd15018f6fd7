"""Make written outputs carry their provenance and open styled anywhere.

Provenance is a JSON object stored in the layer's QGIS metadata inside the
file (GeoPackage: the gpkg_metadata table; other formats: a .qmd sidecar),
as a history entry that starts with ``PROVENANCE_PREFIX``. The style is the
file's default style (GeoPackage: layer_styles table; others: .qml sidecar),
so it applies whether the file is opened from the toolbox, a model or
qgis_process.
"""
from __future__ import annotations

import json
from typing import Callable, Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsMapLayer,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from ..compat import LayerType, save_default_style, save_style_to_database
from ..translate import tr

PROVENANCE_PREFIX = "SOC Harm provenance: "
RASTER_PROVENANCE_ITEM = "SOC_HARM_PROVENANCE"  # GDAL metadata item: QGIS 3.22 does not load a raster's .qmd by itself


def provenance_of(layer: QgsMapLayer) -> Optional[dict]:
    """The provenance object a SOC Harm algorithm wrote, or None (a raster's is
    read from the file's GDAL metadata when QGIS has not loaded it)."""
    entries = list(layer.metadata().history())
    if not any(e.startswith(PROVENANCE_PREFIX) for e in entries) and layer.type() == LayerType.Raster \
            and layer.providerType() == "gdal":
        from osgeo import gdal

        dataset = gdal.Open(layer.source())
        item = dataset.GetMetadataItem(RASTER_PROVENANCE_ITEM) if dataset is not None else None
        entries = [item] if item else []
    for entry in entries:
        if entry.startswith(PROVENANCE_PREFIX):
            try:
                return json.loads(entry[len(PROVENANCE_PREFIX):])
            except ValueError:
                return None
    return None


def month_only_field(layer, field_name: str) -> bool:
    """Does this layer's field hold month-only dates stored as the first day of
    the month? The data.police.uk importer says so in its provenance
    (``"month": {"field": ..., "month_only": true}``) and in the field's comment."""
    if layer is None or not field_name:
        return False
    month = (provenance_of(layer) or {}).get("month")
    if isinstance(month, dict) and month.get("month_only") and str(month.get("field",
                                                                             "")).lower() == field_name.lower():
        return True
    index = layer.fields().lookupField(field_name)
    return index >= 0 and layer.fields().at(index).comment().lower().startswith("month-only")


def without_passwords(value):
    """Provenance as it may be written: a database source's password removed
    (QgsDataSourceUri.removePassword) from every text in it."""
    from qgis.core import QgsDataSourceUri

    if isinstance(value, str):
        return QgsDataSourceUri.removePassword(value) if "password" in value else value
    if isinstance(value, dict):
        return {k: without_passwords(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [without_passwords(v) for v in value]
    return value


def set_provenance(layer: QgsMapLayer, provenance: dict, abstract: str) -> None:
    metadata = layer.metadata()
    history = [h for h in metadata.history() if not h.startswith(PROVENANCE_PREFIX)]
    history.append(PROVENANCE_PREFIX + json.dumps(without_passwords(provenance), sort_keys=True, default=str))
    metadata.setHistory(history)
    metadata.setIdentifier(str(provenance.get("algorithm", "")))  # e.g. socharm:scoreharm
    metadata.setAbstract(abstract)
    layer.setMetadata(metadata)


def with_layer_name(layer):
    """GeoPackage metadata and styles are stored per table: open the file's
    layer by name (a sink writing 'out.gpkg' names its table 'out')."""
    if layer.providerType() != "ogr":
        return layer
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("layerName"):
        return layer
    names = [d.name() for d in QgsProviderRegistry.instance().querySublayers(parts.get("path", ""))]
    if len(names) < 1 or not names[0]:
        return layer
    named = QgsVectorLayer("{0}|layername={1}".format(parts["path"], names[0]), layer.name(), "ogr")
    return named if named.isValid() else layer


def add_features(sink, features, output: str, error: type = QgsProcessingException) -> None:
    """Add one feature, or a list of them, to ``sink`` (a Processing sink or a data
    provider) with FastInsert. When the sink refuses, raise ``error`` naming
    ``output`` (a parameter name or a file) and the sink's own reason."""
    if isinstance(features, QgsFeature):
        added = sink.addFeature(features, QgsFeatureSink.Flag.FastInsert)
    else:
        added = sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
    if isinstance(added, tuple):  # a data provider's addFeatures also returns the features
        added = added[0]
    if not added:
        raise error(tr("Could not write features to {0}: {1}").format(output, sink.lastError() or tr(
            "no reason given")))


def finish_output(dest_id: str, context, provenance: dict, abstract: str,
                  style: Optional[Callable[[QgsVectorLayer], None]] = None) -> Optional[QgsVectorLayer]:
    """Write provenance (and a style) into an output that a sink has closed.

    The layer object Processing will load into the project gets them too,
    so the toolbox shows the output styled straight away.
    """
    layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
    if layer is None:
        return None
    targets = [layer]
    if layer.providerType() != "memory":
        named = with_layer_name(layer)
        if named is not layer:
            targets.append(named)
    for target in targets:
        set_provenance(target, provenance, abstract)
        if style is not None:
            style(target)
    if layer.providerType() == "memory":
        return layer  # lives in the project: nothing to write
    stored = targets[-1]
    message, saved = stored.saveDefaultMetadata()
    if not saved:
        raise QgsProcessingException(tr("Could not store the provenance in {0}: {1}").format(stored.source(), message))
    if style is not None:
        if stored.providerType() == "ogr" and stored.dataProvider().storageType() == "GPKG":
            message = save_style_to_database(stored, "default", "SOC Harm style")
        else:
            message = "" if save_default_style(stored) else tr("the .qml file could not be written")
        if message:
            raise QgsProcessingException(tr("Could not store the style in {0}: {1}").format(stored.source(), message))
    return stored
