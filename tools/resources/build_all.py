"""Regenerate every committed resource (what `make resources` runs).

    QT_QPA_PLATFORM=offscreen python -m tools.resources.build_all [--root DIR]

Writes, under ``--root`` (the repository by default), laid out as in the repository:
resources/styles/*.qml and resources/templates/*.qpt (build_briefing_resources,
build_change_styles, build_hotspot_styles, build_impact_styles) and processing/models/*.model3
(build_models). The harm tables (build_harm_tables, which needs ../shared) and the
string catalogue (extract_strings) have their own commands, run by `make resources`
too. Qt writes XML attributes in a random order, so regenerated files differ from
the committed ones in bytes but not in content: tests/qgis/test_resources.py
compares them as XML.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import List

REPO = Path(__file__).resolve().parents[2]


def build_qgis_resources(root: Path) -> List[Path]:
    """Styles, layout templates and models under ``root``. QGIS must be running and the
    plugin's provider registered (the models name its algorithms)."""
    from tools.resources import (build_briefing_resources, build_change_styles, build_hotspot_styles,
                                 build_impact_styles, build_models)

    styles = root / "resources" / "styles"
    styles.mkdir(parents=True, exist_ok=True)
    written = build_briefing_resources.write_templates(root / "resources" / "templates")
    written += build_briefing_resources.write_styles(styles)
    written += build_change_styles.build(styles)
    written += build_hotspot_styles.build(styles)
    written += build_impact_styles.build(styles)
    written += build_models.write_models(root / "processing" / "models")
    return written


UUID = re.compile(r"^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$")


def canonical_xml(path: Path) -> tuple:
    """An XML file's content as a tuple, equal for files that say the same: attributes
    sorted (Qt writes them in a random order), XML held in an attribute read the same way,
    layout item uuids (new on every build) blanked, the root's QGIS ``version`` left out."""
    return _canonical(ET.parse(str(path)).getroot(), True)


def _canonical(element, top: bool = False) -> tuple:
    attributes = []
    for key, value in sorted(element.attrib.items()):
        if top and key == "version":
            continue
        if UUID.match(value):
            value = "{uuid}"
        elif value.startswith("<"):
            try:
                value = _canonical(ET.fromstring(value))
            except ET.ParseError:
                pass
        attributes.append((key, value))
    return (element.tag, tuple(attributes), (element.text or "").strip(),
            tuple(_canonical(child) for child in element), (element.tail or "").strip())


def update(built: List[Path], built_root: Path, root: Path) -> List[Path]:
    """Copy into ``root`` each built file whose content differs from the one there (or is new)."""
    changed = []
    for path in built:
        target = root / path.relative_to(built_root)
        if not target.exists() or canonical_xml(path) != canonical_xml(target):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            changed.append(target)
    return changed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO, help="folder to write into (default: the repository)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    sys.path.insert(0, str(REPO))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import soc_harm_plugin

    plugin = soc_harm_plugin.classFactory(None)
    plugin.initProcessing()
    root = args.root.resolve()
    with tempfile.TemporaryDirectory() as folder:  # only files whose content changed are replaced
        built = build_qgis_resources(Path(folder))
        changed = update(built, Path(folder), root)
    for path in changed:
        print("wrote {0}".format(path))
    print("{0} resources built, {1} changed".format(len(built), len(changed)))
    plugin.unload()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
