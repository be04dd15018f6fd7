"""No text for people escapes translation (issue 17).

test_translations_cy checks that every ``tr("...")`` has its Welsh; this test
checks the other half: that the text people read goes through ``tr`` at all.
It reads the plugin's code (no import) and fails on a sentence written as a bare
literal where people meet it: the message of an error a user can cause (any
exception but Python's programming errors, which only a bug in the plugin
raises), the text of the helpers that build such messages (``fail``,
``_error``), and what an algorithm tells the user through its feedback.
"""
from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path
from typing import List

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "soc_harm_plugin"

# Raised only by a bug in the plugin (an argument the code itself got wrong),
# never by a user's input: their text is for developers and stays English.
PROGRAMMING_ERRORS = {"ValueError", "TypeError", "RuntimeError", "ImportError", "KeyError", "AssertionError",
                      "NotImplementedError", "FileNotFoundError", "IndexError", "AttributeError"}
MESSAGE_HELPERS = {"fail", "_error"}
FEEDBACK = {"pushWarning", "pushInfo", "reportError", "setProgressText", "pushFormattedMessage", "pushCommandInfo"}
BRACE_FIELD = re.compile(r"\{[^{}]*\}")  # "{0}: {1}" joins translated parts: no words of its own
CODE = re.compile(r"^[a-z0-9_]*$")  # a stable code (PeriodError("baseline_empty")), turned into words elsewhere


def _is_tr(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Name) and node.func.id == "tr")
        or (isinstance(node.func, ast.Attribute) and node.func.attr in ("tr", "translate")))


def _bare_text(node: ast.AST):
    """The literal sentence an expression is built from without tr, if any:
    "..." , "...".format(...), "..." % (...), "a" + b, f"..."."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        words = BRACE_FIELD.sub("", node.value)
        return None if CODE.match(node.value) or not re.search(r"[A-Za-z]", words) else node.value
    if isinstance(node, ast.JoinedStr):
        return ast.unparse(node) if hasattr(ast, "unparse") else "f-string"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _bare_text(node.func.value)
    if isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    return None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def escapes(source: str, filename: str = "<code>") -> List[str]:
    """'file:line: text' for every sentence for people that is not translated."""
    found = []
    for node in ast.walk(ast.parse(source)):
        texts = []
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            if _name(node.exc.func) not in PROGRAMMING_ERRORS:
                texts = [node.exc.args[0]]
        elif isinstance(node, ast.Call) and _name(node.func) in MESSAGE_HELPERS:
            texts = list(node.args)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in FEEDBACK:
            texts = node.args[:1]
        for arg in texts:
            text = _bare_text(arg)
            if text is not None:
                found.append("{0}:{1}: {2!r}".format(filename, node.lineno, text[:90]))
    return found


def test_every_message_for_people_goes_through_tr():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += escapes(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    assert not found, "text for people that escapes translation (wrap it in tr):\n" + "\n".join(found)


# ------------------------------------------------------------------ the check catches what it should

def test_an_error_message_written_bare_is_caught():
    code = textwrap.dedent('''
        def load(path):
            raise SchemeError("Scheme {0}: not valid JSON".format(path))
        def check(name):
            fail("key", "must be text")
        def run(feedback, n):
            feedback.pushWarning("{0} records were dropped".format(n))
            raise QgsProcessingException(f"Layer {n} is empty")
    ''')
    assert sorted(int(line.split(":")[1]) for line in escapes(code)) == [3, 5, 7, 8]


def test_translated_messages_codes_and_programming_errors_pass():
    code = textwrap.dedent('''
        def load(path):
            raise SchemeError(tr("Scheme {0}: not valid JSON").format(path))
        def check(name):
            fail("key", tr("must be text"))
            raise PeriodError("baseline_empty")
            raise ValueError("unknown engine {0!r}".format(name))
            raise ExportError("{0}: {1}".format(name, tr("cannot write")))
        def run(self, feedback, n):
            feedback.pushWarning(self.tr("{0} records were dropped").format(n))
    ''')
    assert escapes(code) == []
