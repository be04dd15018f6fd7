"""Extract every user-visible string into Qt .ts files (context ``SocHarm``).

Finds ``tr("...")``, ``self.tr("...")``, ``alg.tr("...")`` and
``QCoreApplication.translate("SocHarm", "...")`` with literal text, in every
module of the plugin. It writes ``i18n/soc_harm_en.ts`` (the English source
catalogue translators start from) and refreshes every other ``i18n/*.ts``,
keeping their existing translations. Fails on ``tr(f"...")`` or a
non-literal argument: such text can never be translated.

    python -m tools.resources.extract_strings [--check]
"""
from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict, List, Tuple

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "soc_harm_plugin"
I18N = REPO / "i18n"
CONTEXT = "SocHarm"
SOURCE_CATALOGUE = I18N / "soc_harm_en.ts"


class ExtractionError(Exception):
    pass


def _is_tr_call(node: ast.Call) -> bool:
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "tr") or (isinstance(func, ast.Attribute) and func.attr == "tr")


def strings_in(path: Path) -> List[Tuple[str, int]]:
    """(text, line) for every translatable literal in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: List[Tuple[str, int]] = []
    problems: List[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if _is_tr_call(node) and node.args:
            arg = node.args[0]
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "translate" and len(node.args) == 2:
            arg = node.args[1]
        else:
            continue
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.append((arg.value, node.lineno))
        elif isinstance(arg, ast.Name) and arg.id == "text":
            continue  # the tr() wrappers themselves
        else:
            problems.append("{0}:{1}: tr() needs a literal string, not {2}".format(
                path.relative_to(REPO), node.lineno, type(arg).__name__))
    if problems:
        raise ExtractionError("\n".join(problems))
    return found


def collect() -> Dict[str, List[Tuple[str, int]]]:
    """Source text -> [(file, line)], in file order."""
    messages: Dict[str, List[Tuple[str, int]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        for text, line in strings_in(path):
            messages.setdefault(text, []).append((str(path.relative_to(REPO)), line))
    return messages


def _existing_translations(ts: Path) -> Dict[str, str]:
    if not ts.is_file():
        return {}
    root = ET.parse(ts).getroot()
    out = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") not in ("unfinished", "obsolete"):
            out[source] = translation.text
    return out


def _existing_language(ts: Path) -> str:
    """The language a catalogue already declares (e.g. cy_GB), kept on refresh."""
    if ts == SOURCE_CATALOGUE or not ts.is_file():
        return ""
    return ET.parse(ts).getroot().get("language") or ""


def render_ts(messages: Dict[str, List[Tuple[str, int]]], language: str, translations: Dict[str, str]) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, places in messages.items():
        message = ET.SubElement(context, "message")
        for filename, line in places:
            ET.SubElement(message, "location", filename="../" + filename, line=str(line))
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in translations:
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(root) if hasattr(ET, "indent") else None
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def write_all() -> List[Path]:
    messages = collect()
    I18N.mkdir(exist_ok=True)
    written = []
    targets = {SOURCE_CATALOGUE} | set(I18N.glob("soc_harm_*.ts"))
    for ts in sorted(targets):
        language = _existing_language(ts) or ts.stem.split("_")[-1]
        ts.write_text(render_ts(messages, language, _existing_translations(ts)), encoding="utf-8")
        written.append(ts)
    return written


def catalogue_differences():
    """(strings in the code but not in the catalogue, strings only in the catalogue).
    Line numbers are ignored: they move with every edit."""
    in_code = set(collect())
    in_catalogue = set()
    if SOURCE_CATALOGUE.is_file():
        in_catalogue = {m.findtext("source") or "" for m in ET.parse(SOURCE_CATALOGUE).getroot().iter("message")}
    return sorted(in_code - in_catalogue), sorted(in_catalogue - in_code)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if i18n/soc_harm_en.ts is out of date")
    args = parser.parse_args(argv)
    try:
        if args.check:
            missing, stale = catalogue_differences()
            for text in missing:
                print("not in i18n/soc_harm_en.ts: {0!r}".format(text), file=sys.stderr)
            for text in stale:
                print("no longer in the code: {0!r}".format(text), file=sys.stderr)
            if missing or stale:
                print("i18n/soc_harm_en.ts is out of date: run make translations", file=sys.stderr)
                return 1
            return 0
        for path in write_all():
            print("wrote {0}".format(path.relative_to(REPO)))
    except ExtractionError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
