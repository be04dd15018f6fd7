"""The package's layout keeps one home for each concept (README, "Where things are"):
no import cycle, also none hidden behind an import inside a function; no top-level
function or class name defined in two modules; no module over 800 lines; module
aliases spelled out. Read from the source (AST), so nothing is imported."""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Set

REPO = Path(__file__).resolve().parents[2]
PACKAGE = "soc_harm_plugin"
MAX_LINES = 800
# Conventional aliases of libraries outside the package; every other alias is a word.
KNOWN_ALIASES = {"np": "numpy", "pd": "pandas", "dt": "datetime", "ET": "xml.etree.ElementTree"}
# Names defined in two modules on purpose (name -> why). Keep this short.
SAME_NAME_ALLOWED: Dict[str, str] = {
    "tr": "the plugin's translator (translate.tr) and the pure domain's hook to it (domain/language/messages.tr): "
          "one name, so tools/resources/extract_strings.py finds every message for people",
}


def modules_of(root: Path, package: str = PACKAGE) -> Dict[str, Path]:
    """Dotted module name -> file, for every .py file of ``package`` under ``root``."""
    out = {}
    for path in sorted((root / package).rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _package_of(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def import_graph(root: Path, package: str = PACKAGE) -> Dict[str, Set[str]]:
    """module -> the modules of the package it imports, anywhere in its body (inside
    functions too). ``from a import b`` is an edge to ``a.b`` when that is a module, else to ``a``."""
    modules = modules_of(root, package)
    graph: Dict[str, Set[str]] = {name: set() for name in modules}
    for module, path in modules.items():
        here = _package_of(module, path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: List[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                for alias in node.names:
                    submodule = source + "." + alias.name
                    targets.append(submodule if submodule in modules else source)
            for target in targets:
                if target in modules and target != module:
                    graph[module].add(target)
    return graph


def cycles(graph: Dict[str, Set[str]]) -> List[List[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    on_stack: Set[str] = set()
    found: List[List[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for child in sorted(graph.get(node, ())):
            if child not in index:
                visit(child)
                low[node] = min(low[node], low[child])
            elif child in on_stack:
                low[node] = min(low[node], index[child])
        if low[node] == index[node]:
            component = []
            while True:
                child = stack.pop()
                on_stack.discard(child)
                component.append(child)
                if child == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def names_defined_twice(root: Path, package: str = PACKAGE) -> Dict[str, List[str]]:
    """Top-level function and class names defined in more than one module."""
    defined = defaultdict(list)
    for module, path in modules_of(root, package).items():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                defined[node.name].append(module)
    return {name: where for name, where in sorted(defined.items()) if len(where) > 1}


def test_the_package_has_no_import_cycle_counting_imports_inside_functions():
    found = cycles(import_graph(REPO))
    assert found == [], "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_the_cycle_check_finds_a_cycle_hidden_in_a_function(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from .sub import b\n")
    (package / "sub" / "b.py").write_text("def late():\n    from .. import a\n    return a\n")
    (package / "c.py").write_text("from . import a\n")
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.a"] == {"pkg.sub.b"} and graph["pkg.sub.b"] == {"pkg.a"}
    assert cycles(graph) == [["pkg.a", "pkg.sub.b"]]


def test_no_top_level_name_is_defined_in_two_modules():
    twice = {name: where for name, where in names_defined_twice(REPO).items() if name not in SAME_NAME_ALLOWED}
    assert twice == {}, "defined in more than one module: " + "; ".join(
        "{0} in {1}".format(name, ", ".join(where)) for name, where in twice.items())


def test_no_module_of_the_package_is_over_800_lines():
    sizes = {module: len(path.read_text(encoding="utf-8").splitlines()) for module, path in modules_of(REPO).items()}
    assert {m: n for m, n in sizes.items() if n > MAX_LINES} == {}


def test_module_aliases_are_spelled_out():
    short = []
    for root in ("soc_harm_plugin", "tools", "tests"):
        for path in sorted((REPO / root).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    for alias in node.names:
                        name = alias.name.split(".")[-1]
                        if alias.asname and len(alias.asname) <= 3 and KNOWN_ALIASES.get(alias.asname) != alias.name:
                            short.append("{0}:{1}: {2} as {3}".format(path.relative_to(REPO), node.lineno, name,
                                                                      alias.asname))
    assert short == []
