"""Screenshot of the SOC Harm panel in real QGIS desktop under Xvfb.

Stages the plugin into a private profile (as ``tools.desktop_check`` does),
starts ``qgis`` under ``xvfb-run`` with a startup script that loads the
demo's scored wards and sectors (``output/demo/*_harm.gpkg``; when they are
missing the sample force is generated and scored first, through
``qgis_process``), opens the panel from its action, selects the top sector
(the map zooms to it, its records fill the table, the composition bar shows
its harm by offence code), selects its first records on the map, and saves
the QGIS window to ``docs/harm_panel.png``. Prints what it found; exits
non-zero when the panel did not open or QGIS logged a Python error.

``--locale cy_GB`` starts QGIS with its interface language overridden to Welsh
(Settings > Options > General, as a user sets it), so the plugin speaks Welsh
(QGIS itself ships no Welsh and stays English around it): ``docs/harm_panel_cy.png``.

    python -m tools.panel_screenshot [--demo output/demo] [--out docs/harm_panel.png] [--locale cy_GB]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tools.desktop_check import stage  # noqa: E402  (the same staging as the desktop check)

STARTUP = textwrap.dedent('''
    import json, traceback
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
    from qgis.utils import iface, plugins
    from qgis.PyQt.QtCore import QTimer, Qt
    from qgis.PyQt.QtWidgets import QDockWidget

    OUT = {out!r}
    REPORT = {report!r}
    DEMO = {demo!r}
    NAMES = {names!r}
    report = {{"messages": [], "locale": QgsApplication.locale()}}
    QgsApplication.messageLog().messageReceived.connect(
        lambda m, tag, lvl: report["messages"].append([tag, int(lvl), m]))

    def step1():
        try:
            project = QgsProject.instance()
            iface.mainWindow().showNormal()
            iface.mainWindow().setGeometry(0, 0, 1600, 1000)
            wards = QgsVectorLayer(DEMO + "/wards_harm.gpkg", NAMES["wards"], "ogr")
            import os.path
            if os.path.isfile(DEMO + "/sectors_soc_harm.gpkg"):  # the SOC primary harm score: nine measures
                sectors = QgsVectorLayer(DEMO + "/sectors_soc_harm.gpkg", NAMES["soc_sectors"], "ogr")
            else:
                sectors = QgsVectorLayer(DEMO + "/sectors_harm.gpkg", NAMES["sectors"], "ogr")
            report["layers_valid"] = [wards.isValid(), sectors.isValid()]
            project.addMapLayer(wards)
            project.addMapLayer(sectors)  # above the wards: its outlines and selection show
            from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer
            sectors.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {{"color": "0,0,0,0", "outline_color": "#252525", "outline_width": "0.6"}})))
            iface.setActiveLayer(sectors)
            iface.mapCanvas().setExtent(wards.extent())
            for dock in iface.mainWindow().findChildren(QDockWidget):
                if dock.objectName() in ("Browser", "Browser2", "ProcessingToolbox", "LayerStyling"):
                    dock.hide()
            plugin = plugins.get("soc_harm_plugin")
            report["plugin_loaded"] = plugin is not None
            action = plugin.panel_action
            report["action_text"] = action.text()
            report["action_in_plugins_menu"] = any(
                a.menu() is not None and action in a.menu().actions() for a in iface.pluginMenu().actions())
            report["action_in_plugin_toolbar"] = action in iface.pluginToolBar().actions()
            action.trigger()
            panel = iface.mainWindow().findChild(QDockWidget, "SocHarmPanel")
            report["panel_found"] = panel is not None
            iface.mainWindow().resizeDocks([panel], [780], Qt.Horizontal)
            from qgis.PyQt.QtGui import QColor
            iface.mapCanvas().setSelectionColor(QColor(255, 230, 0, 120))  # see the choropleth through it
            QTimer.singleShot(1500, lambda: step2(panel, sectors))
        except Exception:
            report["error"] = traceback.format_exc()
            finish()

    def step2(panel, sectors):
        try:
            panel.set_layer(sectors)
            panel.splitter.setSizes([430, 390])  # seven sectors need little room; the records more
            panel.select_rows([0])
            report["rows"] = panel.ranking_model.rowCount()
            report["top_area"] = panel.records_label.text()
            report["records_listed"] = panel.records_model.rowCount()
            report["composition_segments"] = [[s.label, round(s.share, 1)] for s in panel.composition.segments]
            rows = min(25, panel.records_proxy.rowCount())
            if rows:
                from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel
                selection = QItemSelection(panel.records_proxy.index(0, 0),
                                           panel.records_proxy.index(rows - 1, panel.records_proxy.columnCount() - 1))
                panel.records_view.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect)
            records = panel.records_layer
            report["records_layer_in_project"] = (records is not None
                                                  and QgsProject.instance().mapLayer(records.id()) is not None)
            report["records_selected_on_map"] = records.selectedFeatureCount() if records is not None else 0
            if records is not None:
                from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer
                records.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
                    {{"name": "circle", "size": "1.2", "color": "80,80,80,90", "outline_style": "no"}})))
                records.setSubsetString('"area_id" IS NOT NULL')
                records.selectByIds(panel.selected_record_fids())
            iface.messageBar().clearWidgets()
            iface.mapCanvas().refresh()
            QTimer.singleShot(4000, step3)
        except Exception:
            report["error"] = traceback.format_exc()
            finish()

    def step3():
        panel = iface.mainWindow().findChild(QDockWidget, "SocHarmPanel")
        report["at_grab"] = {{"selected": panel.selected_fids(), "records": panel.records_model.rowCount(),
                             "layer": panel.layer.name() if panel.layer is not None else None,
                             "segments": len(panel.composition.segments)}}
        iface.mainWindow().grab().save(OUT)
        finish()

    def finish():
        with open(REPORT, "w") as handle:
            json.dump(report, handle, indent=1)
        QgsProject.instance().clear()
        QgsApplication.exit()

    QTimer.singleShot(4000, step1)
''')


# The names the analyst gives the layers in the Layers panel, in the interface's language.
LAYER_NAMES = {
    "en": {"wards": "Harm by ward", "sectors": "Harm by sector", "soc_sectors": "SOC harm by sector"},
    "cy": {"wards": "Niwed fesul ward", "sectors": "Niwed fesul sector", "soc_sectors": "Niwed SOC fesul sector"},
}


def ensure_demo(demo: Path) -> None:
    """Score the sample force into ``demo`` (as ``make demo`` does) when its outputs are missing."""
    if (demo / "sectors_harm.gpkg").is_file() and (demo / "wards_harm.gpkg").is_file():
        return
    from tools.sample.force import generate_force
    from tools.sample.write import write_gpkg
    from tools.demo import SEED, score
    from tools.qgis_cli import QgisProcess

    demo.mkdir(parents=True, exist_ok=True)
    gpkg = write_gpkg(generate_force(seed=SEED), demo / "sample_force.gpkg")
    qp = QgisProcess(REPO / "build" / "qgis_process")
    score(qp, gpkg, demo, "sectors", "sector_id", "sector_name")
    score(qp, gpkg, demo, "wards", "ward_id", "ward_name")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", type=Path, default=REPO / "output" / "demo")
    parser.add_argument("--out", type=Path, default=None,
                        help="default docs/harm_panel.png (docs/harm_panel_cy.png with --locale cy_GB)")
    parser.add_argument("--locale", default="", help="QGIS's interface locale, e.g. cy_GB (default: the system's)")
    args = parser.parse_args(argv)
    language = args.locale[:2].lower()
    if args.out is None:
        in_english = not language or language == "en"
        args.out = REPO / "docs" / ("harm_panel.png" if in_english else "harm_panel_{0}.png".format(language))
    demo = args.demo.resolve()
    ensure_demo(demo)
    out = args.out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    profile = REPO / "build" / "panel_profile"
    shutil.rmtree(profile, ignore_errors=True)
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    stage(plugins)
    ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = "[PythonPlugins]\nsoc_harm_plugin=true\n[qgis]\ncheckVersion=false\n"
    if args.locale:  # as Settings > Options > General > Override system locale writes it
        settings += "[locale]\noverrideFlag=true\nuserLocale={0}\n".format(args.locale)
    ini.write_text(settings, encoding="utf-8")
    report_path = profile / "panel_report.json"
    script = profile / "startup.py"
    names = LAYER_NAMES.get(language, LAYER_NAMES["en"])
    script.write_text(STARTUP.format(out=str(out), report=str(report_path), demo=str(demo), names=names),
                      encoding="utf-8")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), XDG_RUNTIME_DIR=str(profile / "runtime"))
    env.pop("QT_QPA_PLATFORM", None)  # the desktop refuses offscreen
    (profile / "runtime").mkdir(mode=0o700, exist_ok=True)
    subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--noversioncheck", "--nologo",
                    "--code", str(script)], env=env, timeout=300, capture_output=True)
    if not report_path.is_file():
        print("QGIS wrote no report", file=sys.stderr)
        return 1
    report = json.loads(report_path.read_text(encoding="utf-8"))
    print(json.dumps({k: v for k, v in report.items() if k != "messages"}, indent=1))
    python_errors = [m for m in report["messages"] if m[0] == "Python error" or "Traceback" in m[2]]
    for message in report["messages"]:
        if message[1] >= 1:
            print("log:", message[0], message[1], message[2][:300])
    ok = report.get("panel_found") and not report.get("error") and not python_errors and out.is_file()
    print("screenshot:", out if out.is_file() else "none")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
