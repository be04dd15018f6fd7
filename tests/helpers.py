"""Helpers shared by tests/unit and tests/qgis (import: `from tests.helpers import ...`)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SKIP_SHARED_PREFIX = "needs ../shared:"


def shared_data_dir() -> Path:
    """../shared/data beside the repository, or skip the calling test.

    The skip reason starts with "needs ../shared:", the only skip that
    tests/conftest.py lets pass without failing the run.
    """
    path = REPO.parent / "shared" / "data"
    if not path.is_dir():
        pytest.skip("%s %s is absent" % (SKIP_SHARED_PREFIX, path))
    return path


# algorithm ids that models, scripts and batch files depend on: never renamed
PUBLIC_IDS = {"socharm:assignareas", "socharm:scoreharm", "socharm:scorescheme", "socharm:importpoliceuk",
              "socharm:communitypriorities", "socharm:recommendstreets", "socharm:harmchange",
              "socharm:harmtrend", "socharm:performanceframework", "socharm:harmgrid", "socharm:harmdensity",
              "socharm:concentration", "socharm:hotspots", "socharm:localmoran", "socharm:hotharm",
              "socharm:emerginghotspots", "socharm:styleharm", "socharm:briefingpack", "socharm:referralimpact"}


def algorithm_ids() -> set:
    """Every algorithm the provider is meant to load."""
    from soc_harm_plugin.processing_provider.provider import algorithm_classes

    return {"socharm:" + cls.ALGORITHM_ID for cls in algorithm_classes()}
