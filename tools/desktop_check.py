"""Start real QGIS desktop under Xvfb with the plugin installed, and look.

Stages the plugin into a private profile, starts ``qgis`` under ``xvfb-run``
with a startup script that checks the provider, runs ``socharm:scoreharm``
with results loaded (as the toolbox does), opens the algorithm dialog, and
saves screenshots into the output folder. Prints what it found; exits
non-zero when the plugin did not load or QGIS logged a Python error.

    python -m tools.desktop_check --data output/demo/sample_force.gpkg --out output/desktop
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

from tools.package import stage  # noqa: E402

STARTUP = textwrap.dedent('''
    import json, traceback
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
    from qgis.utils import iface, active_plugins
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit

    OUT = {out!r}
    DATA = {data!r}
    report = {{"messages": []}}
    QgsApplication.messageLog().messageReceived.connect(
        lambda m, tag, lvl: report["messages"].append([tag, int(lvl), m]))

    def save(name, widget):
        widget.grab().save(OUT + "/" + name)

    def step1():
        try:
            provider = QgsApplication.processingRegistry().providerById("socharm")
            report["active_plugins"] = list(active_plugins)
            report["provider"] = provider.name() if provider else None
            report["algorithms"] = [a.id() for a in provider.algorithms()] if provider else []
            report["provider_icon"] = bool(provider and not provider.icon().isNull())
            import processing
            result = processing.runAndLoadResults("socharm:scoreharm", {{
                "AREAS": DATA + "|layername=wards", "AREA_ID": "ward_id", "AREA_NAME": "ward_name",
                "EVENTS": DATA + "|layername=offences", "CODE_FIELD": "ho_code", "POPULATION_FIELD": "population",
                "OUTPUT": OUT + "/wards_harm.gpkg"}})
            layers = (QgsProject.instance().mapLayersByName("Areas scored by harm")
                      or list(QgsProject.instance().mapLayers().values()))
            report["loaded_layers"] = [l.name() for l in QgsProject.instance().mapLayers().values()]
            report["loaded_renderer"] = type(layers[0].renderer()).__name__ if layers else None
            iface.setActiveLayer(layers[0]) if layers else None
            iface.zoomToActiveLayer()
            toolbox = [d for d in iface.mainWindow().findChildren(QDockWidget) if d.objectName() == "ProcessingToolbox"]
            if toolbox:
                toolbox[0].show()
                for edit in toolbox[0].findChildren(QLineEdit)[:1]:
                    edit.setText("harm")
            QTimer.singleShot(2500, step2)
        except Exception:
            report["error"] = traceback.format_exc()
            finish()

    def step2():
        try:
            save("qgis_window.png", iface.mainWindow())
            import processing
            dialog = processing.createAlgorithmDialog("socharm:scoreharm")
            dialog.resize(1100, 800)
            dialog.show()
            QTimer.singleShot(1500, lambda: step3(dialog))
        except Exception:
            report["error"] = traceback.format_exc()
            finish()

    def step3(dialog):
        save("scoreharm_dialog.png", dialog)
        dialog.close()
        finish()

    def finish():
        with open(OUT + "/desktop_report.json", "w") as handle:
            json.dump(report, handle, indent=1)
        QgsProject.instance().clear()
        QgsApplication.exit()

    QTimer.singleShot(4000, step1)
''')


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO / "output" / "demo" / "sample_force.gpkg")
    parser.add_argument("--out", type=Path, default=REPO / "output" / "desktop")
    parser.add_argument("--zip", type=Path, help="install from this package zip (as Install from ZIP does) instead "
                                                 "of staging")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    profile = REPO / "build" / "desktop_profile"
    shutil.rmtree(profile, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    if args.zip:
        import zipfile

        plugins.mkdir(parents=True)
        with zipfile.ZipFile(args.zip) as package:
            package.extractall(plugins)
    else:
        stage(plugins)
    ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[PythonPlugins]\nsoc_harm_plugin=true\n[qgis]\ncheckVersion=false\n", encoding="utf-8")
    script = profile / "startup.py"
    script.write_text(STARTUP.format(out=str(out), data=str(args.data.resolve())), encoding="utf-8")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), XDG_RUNTIME_DIR=str(profile / "runtime"))
    env.pop("QT_QPA_PLATFORM", None)  # the desktop refuses offscreen
    (profile / "runtime").mkdir(mode=0o700, exist_ok=True)
    subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--noversioncheck", "--nologo",
                    "--code", str(script)], env=env, timeout=300, capture_output=True)
    report_path = out / "desktop_report.json"
    if not report_path.is_file():
        print("QGIS wrote no report", file=sys.stderr)
        return 1
    report = json.loads(report_path.read_text(encoding="utf-8"))
    print(json.dumps({k: v for k, v in report.items() if k != "messages"}, indent=1))
    python_errors = [m for m in report["messages"] if m[0] == "Python error" or "Traceback" in m[2]]
    for message in report["messages"]:
        if message[1] >= 1:
            print("log:", message[0], message[1], message[2][:300])
    ok = report.get("provider") == "SOC Harm" and not report.get("error") and not python_errors
    print("screenshots:", ", ".join(sorted(p.name for p in out.glob("*.png"))))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
