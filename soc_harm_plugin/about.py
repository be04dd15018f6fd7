"""Where the plugin lives and what it is, read from metadata.txt.

The same relative paths work in the repository (resources beside the package)
and in the installed plugin folder (resources inside it), so code never
guesses which one it runs from.
"""
from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def plugin_root() -> Path:
    """The folder holding metadata.txt, resources/, processing/ and i18n/."""
    if (PACKAGE_DIR / "metadata.txt").is_file():
        return PACKAGE_DIR  # installed: everything is staged inside the package
    return PACKAGE_DIR.parent  # repository checkout


def resource_path(*parts: str) -> Path:
    return plugin_root().joinpath("resources", *parts)


def help_path(*parts: str) -> Path:
    return plugin_root().joinpath("processing", "help", *parts)


def i18n_path(*parts: str) -> Path:
    return plugin_root().joinpath("i18n", *parts)


@lru_cache(maxsize=1)
def metadata() -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(plugin_root() / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def plugin_version() -> str:
    return metadata()["version"]


PLUGIN_NAME = "SOC Harm"
PROVIDER_ID = "socharm"
LOG_TAG = "SOC Harm"
