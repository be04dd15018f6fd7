"""pytest-qgis fixtures for tests/qgis: the real plugin, loaded once, and small layer builders.

The plugin is loaded the way QGIS loads it: ``soc_harm_plugin.classFactory(iface)``
then ``initProcessing()``; algorithms are then run through QGIS's own
``processing.run``, so the tests exercise the same path as the toolbox.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

import pytest

QGIS_PYTHON_PLUGINS = "/usr/share/qgis/python/plugins"  # QGIS's own `processing` package
if QGIS_PYTHON_PLUGINS not in sys.path:
    sys.path.append(QGIS_PYTHON_PLUGINS)

from qgis.core import (  # noqa: E402 (after the path above)
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt import sip  # noqa: E402 (after the path above)

from tests.postgis_fixtures import pg_layers, pg_sample, postgis  # noqa: E402,F401 (fixtures: a real PostGIS)

PROVIDER_ID = "socharm"


# --------------------------------------------------------------------------- the plugin


@pytest.fixture(scope="session", autouse=True)
def soc_harm(qgis_app, qgis_iface, qgis_processing):
    """The real plugin, loaded through classFactory with pytest-qgis's iface.

    Autouse, so it is the plugin (not a stray provider registered by some other
    test) that owns the ``socharm`` provider for the whole session.
    """
    import soc_harm_plugin

    registry = QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is not None:
        registry.removeProvider(PROVIDER_ID)
    plugin = soc_harm_plugin.classFactory(qgis_iface)
    plugin.initProcessing()
    assert registry.providerById(PROVIDER_ID) is plugin.provider
    yield plugin
    plugin.unload()


@pytest.fixture(scope="session")
def welsh_catalogue() -> Path:
    """i18n/soc_harm_cy.qm built from i18n/soc_harm_cy.ts (as make translations builds it; the
    file is not committed), so the plugin run from this checkout can speak Welsh."""
    from soc_harm_plugin.translate import catalogue_path
    from tools.package import compile_translations

    qm = catalogue_path("cy")
    ts = qm.with_suffix(".ts")
    if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
        compile_translations([ts], qm.parent)
    return qm


@pytest.fixture
def welsh_interface(welsh_catalogue, soc_harm):
    """QGIS's interface in Welsh, as a user sets it (Settings > Options > General: override
    the system locale, cy_GB), with the plugin's Welsh catalogue installed as the plugin
    installs it when QGIS starts in Welsh. Everything is put back afterwards."""
    from qgis.PyQt.QtCore import QSettings

    from soc_harm_plugin import translate

    settings = QSettings()
    before = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "cy_GB")
    installed = translate.install_translator()
    assert installed is not None, "the Welsh catalogue did not install"
    yield installed
    translate.remove_translator(installed)
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


class Recorder(QgsProcessingFeedback):
    """Feedback that keeps what an algorithm told the user.

    ``cancel_on``: cancel the run as soon as an info message starts with this
    text (the algorithms announce each step: "Reading areas", ...).
    """

    def __init__(self, cancel_on: Optional[str] = None):
        super().__init__()
        self.warnings: List[str] = []
        self.errors: List[str] = []
        self.infos: List[str] = []
        self.cancel_on = cancel_on

    def pushWarning(self, text):  # noqa: N802 (QGIS's name)
        self.warnings.append(text)
        super().pushWarning(text)

    def reportError(self, text, fatalError=False):  # noqa: N802,N803
        self.errors.append(text)
        super().reportError(text, fatalError)

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)
        super().pushInfo(text)
        if self.cancel_on and text.startswith(self.cancel_on):
            self.cancel()

    def warnings_with(self, *parts: str) -> List[str]:
        """The warnings that contain every one of ``parts``."""
        return [w for w in self.warnings if all(p in w for p in parts)]


@pytest.fixture
def feedback() -> Recorder:
    return Recorder()


@pytest.fixture
def run(soc_harm, qgis_new_project):
    """run(algorithm, parameters, feedback=None) -> (results, feedback), via processing.run.

    Each run starts from a new, empty project: no project CRS, so no
    ellipsoid, and areas in EPSG:27700 are measured planimetrically.
    """
    import processing

    def _run(algorithm: str, parameters: dict, feedback: Optional[Recorder] = None):
        feedback = feedback if feedback is not None else Recorder()
        results = processing.run(algorithm, parameters, feedback=feedback)
        return results, feedback

    return _run


# --------------------------------------------------------------------------- layers


def square(x0: float, y0: float, size: float = 1000.0) -> str:
    """WKT of an axis-aligned square with its lower-left corner at (x0, y0)."""
    x1, y1 = x0 + size, y0 + size
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x0, y0, x1, y1)


class Layers:
    """Builders of small layers from WKT: memory layers, and GeoPackages in tmp_path.

    Fields are given as memory-provider specs ("area_id:string",
    "pop:integer", "day:date", "code:double"); rows as (wkt or None, *values).
    """

    square = staticmethod(square)

    def __init__(self, tmp_path: Path):
        self.tmp_path = Path(tmp_path)
        self.made: List[QgsVectorLayer] = []

    def _keep(self, layer: QgsVectorLayer) -> QgsVectorLayer:
        self.made.append(layer)
        return layer

    def release(self) -> None:
        """Delete the layers made here through the project, as pytest-qgis does for
        layer fixtures: a file layer left to the garbage collector after a test
        can crash the interpreter."""
        project = QgsProject.instance()
        for layer in self.made:
            if not sip.isdeleted(layer) and project.addMapLayer(layer, False):
                project.removeMapLayer(layer.id())
        self.made = []

    def memory(self, geometry: str, fields: Sequence[str], rows: Iterable[Sequence],
               crs: str = "EPSG:27700", name: str = "layer") -> QgsVectorLayer:
        uri = "{0}?crs={1}".format(geometry, crs) + "".join("&field={0}".format(f) for f in fields)
        layer = QgsVectorLayer(uri, name, "memory")
        assert layer.isValid(), uri
        features = []
        for wkt, *values in rows:
            feature = QgsFeature(layer.fields())
            if wkt is not None:
                geometry_value = QgsGeometry.fromWkt(wkt)
                assert not geometry_value.isNull(), wkt
                feature.setGeometry(geometry_value)
            feature.setAttributes(list(values))
            features.append(feature)
        ok, _ = layer.dataProvider().addFeatures(features)
        assert ok and layer.featureCount() == len(features)
        return self._keep(layer)

    def areas(self, rows: Iterable[Sequence], id_type: str = "string", extra: Sequence[str] = (),
              geometry: str = "Polygon", crs: str = "EPSG:27700", name: str = "areas") -> QgsVectorLayer:
        """rows: (id, wkt, *extra values); the id field is ``area_id``."""
        fields = ["area_id:{0}".format(id_type)] + list(extra)
        return self.memory(geometry, fields, [(wkt, area_id, *rest) for area_id, wkt, *rest in rows], crs, name)

    def events(self, rows: Iterable[Sequence], code_type: str = "string", date_type: str = "string",
               extra: Sequence[str] = (), geometry: str = "Point", crs: str = "EPSG:27700",
               name: str = "events") -> QgsVectorLayer:
        """rows: (wkt or None, code, date, *extra values); fields ``code`` and ``day``."""
        fields = ["code:{0}".format(code_type), "day:{0}".format(date_type)] + list(extra)
        return self.memory(geometry, fields, rows, crs, name)

    def gpkg(self, layer: QgsVectorLayer, file_name: Optional[str] = None, layer_name: Optional[
        str] = None) -> QgsVectorLayer:
        """The layer written to a GeoPackage in tmp_path, opened again (name kept)."""
        layer_name = layer_name or layer.name()
        path = self.tmp_path / (file_name or layer_name + ".gpkg")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer_name
        if path.exists():
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
        assert result[0] == QgsVectorFileWriter.WriterError.NoError, result
        written = QgsVectorLayer("{0}|layername={1}".format(path, layer_name), layer.name(), "ogr")
        assert written.isValid() and written.featureCount() == layer.featureCount()
        return self._keep(written)

    def path(self, name: str) -> str:
        return str(self.tmp_path / name)


@pytest.fixture
def layers(tmp_path) -> Layers:
    maker = Layers(tmp_path)
    yield maker
    maker.release()


# --------------------------------------------------------------------------- reading outputs


def plain(value):
    """QGIS attribute values as plain Python (NULL -> None, QDate -> 'yyyy-MM-dd')."""
    from qgis.PyQt.QtCore import QDate, QVariant

    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return value


def rows_of(layer, drop: Sequence[str] = ("fid",)) -> List[Dict[str, object]]:
    """Every feature as {field: value}, in feature order (a GeoPackage's fid dropped)."""
    names = [n for n in layer.fields().names() if n not in drop]
    return [{n: plain(f[n]) for n in names} for f in layer.getFeatures()]


def by_key(layer, key: str) -> Dict[object, Dict[str, object]]:
    """Features keyed by one field's value."""
    out = {}
    for row in rows_of(layer):
        assert row[key] not in out, "duplicate {0} {1!r}".format(key, row[key])
        out[row[key]] = row
    return out


@pytest.fixture
def read():
    """Readers for outputs: read.rows(layer), read.by(layer, key), read.plain(value)."""

    class Read:
        rows = staticmethod(rows_of)
        by = staticmethod(by_key)

    Read.plain = staticmethod(plain)
    return Read


def spy_on_batches(monkeypatch, module):
    """The size of every batch of records read through ``module.read_point_batches``."""
    sizes = []
    original = module.read_point_batches

    def spy(*args, **kwargs):
        for batch in original(*args, **kwargs):
            sizes.append(len(batch))
            yield batch

    monkeypatch.setattr(module, "read_point_batches", spy)
    return sizes


@pytest.fixture
def batches_read(monkeypatch):
    """The size of every batch of events each run read through the harm inputs."""
    from soc_harm_plugin.processing_provider.inputs import harm as harm_inputs

    return spy_on_batches(monkeypatch, harm_inputs)
