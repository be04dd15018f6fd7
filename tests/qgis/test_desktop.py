"""The packaged zip installs into real QGIS desktop (under Xvfb) and works there."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tools.sample.force import generate_force
from tools.sample.write import write_gpkg
from tools.package import build_zip

from tests.helpers import PUBLIC_IDS, algorithm_ids

REPO = Path(__file__).resolve().parents[2]


def test_zip_installs_in_desktop_qgis_and_outputs_load_styled(tmp_path):
    package = build_zip(tmp_path / "soc_harm_plugin.zip")
    data = write_gpkg(generate_force(seed=3, n_offences=2000, months=6), tmp_path / "force.gpkg")
    out = tmp_path / "desktop"

    done = subprocess.run([sys.executable, "-m", "tools.desktop_check", "--zip", str(package), "--data", str(data),
                           "--out", str(out)], cwd=REPO, capture_output=True, text=True, timeout=300)

    report = json.loads((out / "desktop_report.json").read_text(encoding="utf-8"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "soc_harm_plugin" in report["active_plugins"]
    assert report["provider"] == "SOC Harm" and report["provider_icon"]
    assert set(report["algorithms"]) == algorithm_ids() >= PUBLIC_IDS
    assert report["loaded_renderer"] == "QgsGraduatedSymbolRenderer"
    assert not [m for m in report["messages"] if m[0] == "Python error"]
    assert (out / "scoreharm_dialog.png").stat().st_size > 10_000
