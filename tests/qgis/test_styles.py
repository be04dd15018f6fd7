"""The harm map style: classes computed from the scores in memory give the
renderer QGIS's own updateClasses gives when it reads them back from the layer."""
from __future__ import annotations

import re

import numpy as np
import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsReadWriteContext
from qgis.PyQt.QtXml import QDomDocument

from soc_harm_plugin.qgis_io.styles import apply_harm_style, harm_classes, harm_style


def renderer_xml(layer) -> str:
    """The renderer as XML, without the random ids newer QGIS gives ranges and symbol layers."""
    document = QDomDocument()
    document.appendChild(layer.renderer().save(document, QgsReadWriteContext()))
    return re.sub(r' (uuid|id)="\{[0-9a-f-]+\}"', "", document.toString())


def scored(layers, geometry: str, values):
    """A layer of one feature per value in a field harm_score (NULL for None)."""
    if geometry == "Polygon":
        wkts = [layers.square(1000.0 * k, 0.0) for k in range(len(values))]
    else:
        wkts = ["LINESTRING({0} 0, {0} 100)".format(10 * k) for k in range(len(values))]
    return layers.memory(geometry, ["harm_score:double"], [(w, v) for w, v in zip(wkts, values)])


VALUES = {
    "many values (QGIS samples them)": np.random.default_rng(7).gamma(2.0, 500.0, 4000).round(2).tolist(),
    "a few values": [0.0, 12.5, 3.0, 3.0, 880.0, 45.0, 45.5, 7.0],
    "ties and zeros": [0.0] * 30 + [5.0] * 10 + [9.5],
    "fewer values than classes": [4.0, 2.0],
}


@pytest.mark.parametrize("geometry", ["Polygon", "LineString"])
@pytest.mark.parametrize("case", list(VALUES))
def test_classes_from_the_scores_give_the_renderer_updateclasses_gives(layers, geometry, case):
    values = VALUES[case]
    read_back = scored(layers, geometry, values)
    from_memory = scored(layers, geometry, values)

    apply_harm_style(read_back)  # updateClasses reads the field from the layer
    harm_style(harm_classes(values))(from_memory)

    assert isinstance(from_memory.renderer(), QgsGraduatedSymbolRenderer)
    assert renderer_xml(from_memory) == renderer_xml(read_back)
    assert len(from_memory.renderer().ranges()) == min(5, len(values))


def test_nan_scores_count_as_0_as_qgis_reads_the_null_written_for_them(layers):
    values = [1.0, None, 20.0, 300.0, 4000.0, 5.0, None]
    with_null = scored(layers, "Polygon", values)
    from_memory = scored(layers, "Polygon", values)

    apply_harm_style(with_null)
    harm_style(harm_classes([np.nan if v is None else v for v in values]))(from_memory)

    assert renderer_xml(from_memory) == renderer_xml(with_null)


def test_no_areas_give_a_graduated_renderer_without_classes(layers):
    empty = scored(layers, "Polygon", [])
    from_memory = scored(layers, "Polygon", [])

    apply_harm_style(empty)
    harm_style(harm_classes([]))(from_memory)

    assert isinstance(from_memory.renderer(), QgsGraduatedSymbolRenderer)
    assert from_memory.renderer().ranges() == []
    assert renderer_xml(from_memory) == renderer_xml(empty)
