"""Run esda/libpysal (test-only references) in their own venv, in a subprocess.

esda and libpysal need numpy 2, pandas 3 and shapely 2, which would break
Debian's QGIS stack, so they live in ``.venv-reference`` (no system site
packages), built from requirements-reference.txt. The tests hand data over as
.npz files and read the results back (tests/reference_esda.py does the work).

A missing venv FAILS the calling test with the commands to build it: a
comparison that did not run is not a pass.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from typing import Dict

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
VENV = REPO / ".venv-reference"
PYTHON = VENV / "bin" / "python"
SCRIPT = REPO / "tests" / "reference_esda.py"
SETUP = ("/usr/bin/python3 -m venv .venv-reference && "
         ".venv-reference/bin/pip install -r requirements-reference.txt")


def reference_python() -> Path:
    """The reference venv's python, or a failed test saying how to build it."""
    if not PYTHON.is_file():
        pytest.fail(
            "The esda reference environment {0} is missing. Build it from the repository root with:\n  {1}".format(
            VENV, SETUP), pytrace=False)
    return PYTHON


def run_reference(task: str, timeout: float = 900, jit: bool = False, **inputs) -> Dict[str, np.ndarray]:
    """Run tests/reference_esda.py <task> in .venv-reference; inputs are arrays or scalars.

    numba's compilation takes seconds per fresh process, more than the small
    test data need: it is off unless ``jit`` (the benchmark turns it on)."""
    python = reference_python()
    env = dict(os.environ)
    env["SOCHARM_REFERENCE_NUMBA"] = "1" if jit else "0"
    with tempfile.TemporaryDirectory(prefix="socharm-ref-") as tmp:
        source, target = Path(tmp) / "in.npz", Path(tmp) / "out.npz"
        np.savez(source, **{k: np.asarray(v) for k, v in inputs.items()})
        done = subprocess.run([str(python), str(SCRIPT), task, str(source), str(target)],
                              capture_output=True, text=True, timeout=timeout, cwd=tmp, env=env)
        if done.returncode != 0:
            pytest.fail("esda reference task {0!r} failed:\n{1}\n{2}".format(task, done.stdout, done.stderr[-4000:]),
                        pytrace=False)
        with np.load(target, allow_pickle=False) as npz:
            return {k: npz[k] for k in npz.files}
