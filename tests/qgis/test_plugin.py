"""The plugin's life cycle as QGIS drives it: classFactory, initProcessing, unload."""
from __future__ import annotations

import pytest
from qgis.core import QgsApplication

import soc_harm_plugin
from tests.helpers import PUBLIC_IDS, algorithm_ids

PROVIDER_ID = "socharm"
ALGORITHMS = algorithm_ids()


def registry():
    return QgsApplication.processingRegistry()


def registered():
    return [p for p in registry().providers() if p.id() == PROVIDER_ID]


@pytest.fixture
def plugin(soc_harm, qgis_iface):
    """A fresh plugin instance, with the session's plugin unloaded meanwhile (and reloaded after)."""
    soc_harm.unload()
    assert registry().providerById(PROVIDER_ID) is None
    fresh = soc_harm_plugin.classFactory(qgis_iface)
    yield fresh
    fresh.unload()
    soc_harm.initProcessing()
    assert registry().providerById(PROVIDER_ID) is soc_harm.provider


def test_init_processing_registers_the_soc_harm_provider_with_an_icon_and_both_algorithms(plugin):
    plugin.initProcessing()

    provider = registry().providerById(PROVIDER_ID)
    assert provider is plugin.provider
    assert provider.name() == "SOC Harm"
    assert not provider.icon().isNull()
    assert {a.id() for a in provider.algorithms()} == ALGORITHMS
    assert PUBLIC_IDS <= ALGORITHMS
    for algorithm_id in ALGORITHMS:
        assert registry().algorithmById(algorithm_id) is not None


def test_every_algorithm_and_parameter_has_help(plugin):
    plugin.initProcessing()

    for algorithm in registry().providerById(PROVIDER_ID).algorithms():
        assert algorithm.shortHelpString().strip(), algorithm.id()
        for parameter in algorithm.parameterDefinitions():
            assert parameter.help().strip(), "{0} {1}".format(algorithm.id(), parameter.name())


def test_unload_removes_the_provider_and_its_algorithms(plugin):
    plugin.initProcessing()

    plugin.unload()

    assert registry().providerById(PROVIDER_ID) is None
    assert registered() == []
    for algorithm_id in ALGORITHMS:
        assert registry().algorithmById(algorithm_id) is None


def test_initialising_twice_registers_the_provider_once(plugin):
    plugin.initProcessing()
    plugin.initProcessing()

    assert len(registered()) == 1


def test_a_second_copy_of_the_plugin_adds_no_provider_and_unloads_without_error(plugin, qgis_iface):
    plugin.initProcessing()
    second = soc_harm_plugin.classFactory(qgis_iface)

    second.initProcessing()  # QGIS refuses a second provider with the same id
    second.unload()

    assert registered() == [plugin.provider]


def test_the_plugin_loads_again_after_unload(plugin):
    plugin.initProcessing()
    plugin.unload()

    plugin.initProcessing()

    assert registered() == [plugin.provider]
    assert {a.id() for a in plugin.provider.algorithms()} == ALGORITHMS


def test_missing_pandas_is_named_in_the_log_and_no_algorithm_loads(monkeypatch):
    import sys

    from qgis.core import QgsApplication

    from soc_harm_plugin.processing_provider.provider import SocHarmProvider

    messages = []

    def record(message, tag, level):
        messages.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(record)
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    provider = SocHarmProvider()
    try:
        provider.loadAlgorithms()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)

    assert provider.algorithms() == []
    assert any(tag == "SOC Harm" and "pandas" in text and "python3-pandas" in text for tag, text in messages)


def test_loading_the_provider_does_not_import_pandas_or_matplotlib():
    """QGIS loads every provider at start: the science stack waits until an algorithm runs."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys\n"
            "from qgis.core import QgsApplication\n"
            "app = QgsApplication([], False); app.initQgis()\n"
            "from soc_harm_plugin.processing_provider.provider import SocHarmProvider\n"
            "provider = SocHarmProvider(); QgsApplication.processingRegistry().addProvider(provider)\n"
            "print(len(provider.algorithms()), sorted(m for m in ('pandas', 'matplotlib', 'scipy') if m in "
            "sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=str(Path(__file__).resolve().parents[2]), env=dict(os.environ,
                                  QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    count, loaded = done.stdout.strip().splitlines()[-1].split(" ", 1)
    assert int(count) == len(ALGORITHMS) and loaded == "[]"
