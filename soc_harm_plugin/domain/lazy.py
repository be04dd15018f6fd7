"""A module imported on first use: pandas costs every QGIS start a tenth of a
second when the provider's modules import it at load time."""
from __future__ import annotations

import importlib


class LazyModule:
    def __init__(self, name: str):
        self._name = name
        self._module = None

    def __getattr__(self, attribute):
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attribute)


pd = LazyModule("pandas")
