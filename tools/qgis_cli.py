"""Run ``qgis_process`` with the plugin staged and enabled in a private profile.

Used by the demo, the tests and the benchmark, so all three exercise the
plugin as a user's QGIS loads it: from the installed folder layout.
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Dict, List, Optional

from tools.package import stage

REPO = Path(__file__).resolve().parents[1]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # Debian's qgis_process wrapper fails on every call


class QgisProcess:
    """A staged plugin, a private QGIS profile, and a way to run algorithms."""

    def __init__(self, work_dir: Path):
        self.work_dir = Path(work_dir)
        self.plugins_dir = self.work_dir / "plugins"
        self.home = self.work_dir / "home"
        self.home.mkdir(parents=True, exist_ok=True)
        stage(self.plugins_dir)
        enabled = self._call(["plugins", "enable", "soc_harm_plugin"], check=False)
        if enabled.returncode != 0 and "already enabled" not in enabled.stdout + enabled.stderr:
            raise RuntimeError("could not enable the plugin:\n" + enabled.stdout[-2000:] + enabled.stderr[-2000:])

    def env(self) -> Dict[str, str]:
        env = dict(os.environ)
        for inherited in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):  # pytest-qgis sets these
            env.pop(inherited, None)
        env.update({
            "QGIS_PLUGINPATH": str(self.plugins_dir),
            "HOME": str(self.home),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_RUNTIME_DIR": str(self.home / "runtime"),
            "QT_QPA_PLATFORM": "offscreen",
        })
        (self.home / "runtime").mkdir(exist_ok=True, mode=0o700)
        return env

    def _call(self, args: List[str], check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run([QGIS_PROCESS] + args, env=self.env(), capture_output=True, text=True)
        if check and done.returncode != 0:
            raise RuntimeError("qgis_process {0} failed ({1}):\n{2}\n{3}".format(
                " ".join(args), done.returncode, done.stdout[-4000:], done.stderr[-4000:]))
        return done

    def list_algorithms(self) -> str:
        return self._call(["list"]).stdout

    def run(self, algorithm: str, parameters: Dict[str, object], check: bool = True) -> dict:
        """Run one algorithm with --KEY=VALUE arguments (a list value repeats the
        key, as multiple-layer parameters take it); return the parsed --json result."""
        args = ["--json", "run", algorithm]
        for key, value in parameters.items():
            if value is None:
                continue
            for item in value if isinstance(value, (list, tuple)) else [value]:  # a list: the key repeated
                args.append("--{0}={1}".format(key, item))
        done = self._call(args, check=check)
        text = done.stdout
        start = text.find("{")
        result = json.loads(text[start:]) if start >= 0 else {}
        result["_returncode"] = done.returncode
        result["_stderr"] = done.stderr
        return result


def available() -> Optional[str]:
    """None when qgis_process can run here, else why not."""
    if not Path(QGIS_PROCESS).exists():
        return "{0} is not installed (run make setup)".format(QGIS_PROCESS)
    return None
