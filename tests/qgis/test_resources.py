"""The committed styles, layout templates and models are what tools/resources/ builds
(`make resources` regenerates them). Rebuilt into a temporary folder and compared as XML:
Qt writes attributes in a random order and layout items get new uuids on every build,
so bytes differ while the content does not. (The harm tables and the string catalogue
are checked by tests/unit/test_harm_table_sidecars.py and test_translations.py.)"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import Qgis

from tools.resources.build_all import build_qgis_resources, canonical_xml

REPO = Path(__file__).resolve().parents[2]


def _built_with(path: Path) -> str:
    """major.minor of the QGIS that wrote a committed style."""
    return ".".join(ET.parse(str(path)).getroot().attrib.get("version", "").split(".")[:2])


# the template builder sets the scale bar's font with the deprecated setFont, as when the committed
# templates were built (setTextFormat would write different templates): its warning is expected here
@pytest.mark.filterwarnings("ignore:QgsLayoutItemScaleBar.setFont:DeprecationWarning")
def test_committed_styles_templates_and_models_are_what_the_builders_write(soc_harm, tmp_path):
    built = build_qgis_resources(tmp_path)
    names = sorted(str(path.relative_to(tmp_path)) for path in built)
    assert [name for name in names if not (REPO / name).is_file()] == [], "run make resources and commit"
    assert len(names) == 18  # ... and intervention_zones.qml, briefing_impact.qpt
    here = ".".join(Qgis.QGIS_VERSION.split(".")[:2])
    if here != _built_with(REPO / "resources" / "styles" / "harm_change.qml"):
        return  # another QGIS writes more (newer) properties: the files are built on the QGIS make test runs on
    stale = [name for name in names if canonical_xml(tmp_path / name) != canonical_xml(REPO / name)]
    assert stale == [], "out of date (run make resources and commit): " + ", ".join(stale)


def test_the_comparison_sees_a_changed_value_but_not_attribute_order_or_uuids(tmp_path):
    one, two, three = tmp_path / "1.xml", tmp_path / "2.xml", tmp_path / "3.xml"
    one.write_text('<qgis version="3.22.16"><item a="1" b="2" uuid="{01d5ad43-814d-49b9-8b47-fc959cd723b6}"/></qgis>')
    two.write_text('<qgis version="3.44.0"><item b="2" a="1" uuid="{11e1e504-1b92-49f8-a0a3-c082e8153246}"/></qgis>')
    three.write_text('<qgis version="3.22.16"><item a="1" b="3" uuid="{01d5ad43-814d-49b9-8b47-fc959cd723b6}"/></qgis>')
    assert canonical_xml(one) == canonical_xml(two)
    assert canonical_xml(one) != canonical_xml(three)
