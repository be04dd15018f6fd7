"""Check that every Qt name the plugin uses exists in PyQt6 (QGIS 4), without QGIS 4.

No Qt 6 build of QGIS runs here, so the plugin's Qt names are resolved statically:
every module is parsed (``ast``), and each name imported from ``qgis.PyQt.<QtModule>``
(anywhere, also inside functions) and each attribute chain rooted at such a name
(``Qt.AlignmentFlag.AlignLeft``, ``QSizePolicy.Policy.Expanding``,
``QImage.Format.Format_ARGB32``) is looked up in ``PyQt6.<QtModule>``. An unscoped enum
(``Qt.AlignLeft``) or a class Qt 6 dropped (``QRegExp``) is reported with its file and line.

QGIS's PyQt6 shim re-exports from QtWidgets what Qt 6 moved to QtGui (``QAction``):
``QTWIDGETS_FROM_QTGUI`` lists the names looked up there. Code that only runs before
QGIS 4 (the other branch of ``if QGIS_VERSION >= 33800:``, as in compat.py) is not checked.

Run it with a Python that has PyQt6 and not PyQt5 (.venv-qt6, requirements-qt6.txt):

    .venv-qt6/bin/python tools/qt6_names.py [FILE_OR_FOLDER ...]   (default: soc_harm_plugin)

Exit status 0 when every name resolves, 1 when some do not (one line each), 2 when the
interpreter is unsuitable. Uses only the standard library and PyQt6.
"""
from __future__ import annotations

import argparse
import ast
import importlib
import importlib.util
import sys
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Set, Tuple

REPO = Path(__file__).resolve().parents[1]
DEFAULT_TARGET = REPO / "soc_harm_plugin"

# qgis.PyQt.QtWidgets names that Qt 6 moved to QtGui; QGIS's PyQt6 shim re-exports them.
QTWIDGETS_FROM_QTGUI = {"QAction"}
# Comparisons with these are QGIS version gates (QGIS_VERSION = Qgis.versionInt() in compat.py).
VERSION_NAMES = {"QGIS_VERSION", "QGIS_VERSION_INT"}
QGIS_4 = 40000

_MISSING = object()


class Binding:
    """A local name bound by an import: to a Qt module, or to a name inside one."""

    def __init__(self, module: str, name: Optional[str]):
        self.module = module  # "QtCore", or "" for the qgis.PyQt package itself
        self.name = name  # None: the name is the module

    def pyqt6(self) -> Tuple[str, Optional[str]]:
        """(PyQt6 module, attribute) where this name lives in PyQt6."""
        if self.module == "QtWidgets" and self.name in QTWIDGETS_FROM_QTGUI:
            return "PyQt6.QtGui", self.name
        if not self.module:
            return "PyQt6", self.name
        return "PyQt6." + self.module, self.name


def _qt_module(module: Optional[str]) -> Optional[str]:
    """The Qt module part of ``qgis.PyQt.QtCore`` ("QtCore"), "" for ``qgis.PyQt``, None otherwise."""
    if not module:
        return None
    for prefix in ("qgis.PyQt", "PyQt5", "PyQt6"):
        if module == prefix:
            return ""
        if module.startswith(prefix + "."):
            return module[len(prefix) + 1:]
    return None


def _version_gate(test: ast.expr) -> Optional[bool]:
    """For ``if QGIS_VERSION >= N`` with N up to QGIS 4: True (the body runs on QGIS 4, the
    else branch does not); for ``if QGIS_VERSION < N``: False (only the else branch runs on
    QGIS 4); None for any other test."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and len(test.comparators) == 1):
        return None
    left, op, right = test.left, test.ops[0], test.comparators[0]
    is_version = (isinstance(left, ast.Name) and left.id in VERSION_NAMES) or (
        isinstance(left, ast.Attribute) and left.attr == "QGIS_VERSION_INT") or (
        isinstance(left, ast.Call) and isinstance(left.func, ast.Attribute) and left.func.attr == "versionInt")
    if not is_version or not isinstance(right, ast.Constant) or not isinstance(right.value, int):
        return None
    if right.value > QGIS_4:
        return None
    if isinstance(op, (ast.GtE, ast.Gt)):
        return True
    if isinstance(op, ast.Lt):
        return False
    return None


def qgis3_only_nodes(tree: ast.AST) -> Set[int]:
    """ids of the nodes in branches that never run on QGIS 4."""
    skipped: Set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            gate = _version_gate(node.test)
            if gate is None:
                continue
            branch = node.orelse if gate else node.body
            for statement in branch:
                skipped.update(id(n) for n in ast.walk(statement))
    return skipped


def bindings_in(tree: ast.AST) -> Tuple[Dict[str, Binding], List[Tuple[ast.AST, str, Binding]]]:
    """Names bound by Qt imports anywhere in the module (functions included), and each
    imported name with its import node, to check that the import itself works."""
    bound: Dict[str, Binding] = {}
    imported: List[Tuple[ast.AST, str, Binding]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            module = _qt_module(node.module)
            if module is None:
                continue
            for alias in node.names:
                if alias.name == "*":
                    continue
                if module == "":  # from qgis.PyQt import QtCore, sip
                    binding = Binding(alias.name, None)
                else:
                    binding = Binding(module, alias.name)
                bound[alias.asname or alias.name] = binding
                imported.append((node, "{0}.{1}".format(node.module, alias.name), binding))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                module = _qt_module(alias.name)
                if module:
                    binding = Binding(module, None)
                    imported.append((node, alias.name, binding))
                    if alias.asname:
                        bound[alias.asname] = binding
    return bound, imported


def _chains(tree: ast.AST) -> Iterator[Tuple[ast.Attribute, str, List[str]]]:
    """(node, root name, [attr, ...]) for each outermost attribute chain on a plain name."""
    inner: Set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            inner.add(id(node.value))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in inner:
            continue
        attrs: List[str] = []
        current: ast.expr = node
        while isinstance(current, ast.Attribute):
            attrs.append(current.attr)
            current = current.value
        if isinstance(current, ast.Name):
            yield node, current.id, list(reversed(attrs))


def _resolve(binding: Binding) -> Tuple[object, str]:
    """The PyQt6 object a binding names (or _MISSING), and where it was looked up."""
    module_name, name = binding.pyqt6()
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return _MISSING, module_name
    if name is None:
        return module, module_name
    return getattr(module, name, _MISSING), "{0}.{1}".format(module_name, name)


def check_file(path: Path, shown: str) -> Tuple[List[str], int, int]:
    """(problems, names checked, Qt names left unchecked in QGIS-3-only branches) for one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    skipped = qgis3_only_nodes(tree)
    bound, imported = bindings_in(tree)
    problems: List[Tuple[int, str]] = []
    checked = gated = 0
    for node, written, binding in imported:
        if id(node) in skipped:
            gated += 1
            continue
        checked += 1
        value, where = _resolve(binding)
        if value is _MISSING:
            problems.append((node.lineno, "{0}:{1}: {2}: PyQt6 has no {3}".format(shown, node.lineno, written, where)))
    for node, root, attrs in _chains(tree):
        binding = bound.get(root)
        if binding is None or not isinstance(node.ctx, ast.Load):
            continue
        if id(node) in skipped:
            gated += 1
            continue
        checked += 1
        value, where = _resolve(binding)
        if value is _MISSING:
            continue  # reported at its import
        for k, attr in enumerate(attrs):
            found = getattr(value, attr, _MISSING)
            if found is _MISSING:
                problems.append((node.lineno, "{0}:{1}: {2}: {3} has no {4!r}".format(
                    shown, node.lineno, ".".join([root] + attrs[:k + 1]), ".".join([where] + attrs[:k]), attr)))
                break
            value = found
    return [text for _, text in sorted(problems)], checked, gated


def python_files(targets: List[Path]) -> List[Path]:
    files: List[Path] = []
    for target in targets:
        if target.is_dir():
            files.extend(p for p in sorted(target.rglob("*.py")) if "__pycache__" not in p.parts)
        else:
            files.append(target)
    return files


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: soc_harm_plugin)")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyQt5") is not None:
        print("qt6_names: PyQt5 is importable here; run with .venv-qt6/bin/python (PyQt6 only)", file=sys.stderr)
        return 2
    try:
        from PyQt6.QtCore import PYQT_VERSION_STR
    except ImportError:
        print("qt6_names: PyQt6 is missing; build .venv-qt6 from requirements-qt6.txt", file=sys.stderr)
        return 2
    problems: List[str] = []
    checked = gated = 0
    files = python_files(args.paths or [DEFAULT_TARGET])
    for path in files:
        resolved = path.resolve()
        shown = str(resolved.relative_to(REPO)) if REPO in resolved.parents else str(path)
        found, n, g = check_file(path, shown)
        problems.extend(found)
        checked += n
        gated += g
    for problem in problems:
        print(problem)
    print("qt6_names: {0} Qt name(s) in {1} file(s) checked against PyQt6 {2}; {3} missing; "
          "{4} in code that only runs before QGIS 4 not checked".format(
              checked, len(files), PYQT_VERSION_STR, len(problems), gated), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
