"""The test suite read with ``ast``: which tests check something, which waits wait.

Nothing is imported or run; ``tests/test_suite_honesty.py`` holds the suite to what is found here.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeGuard

# pytest-qt calls whose value is a context manager or a blocker: discarded, they wait for nothing.
BLOCKERS = frozenset(
    {
        "waitActive",
        "waitExposed",
        "waitSignal",
        "waitSignals",
        "assertNotEmitted",
        "waitCallback",
        "captureExceptions",
    }
)
# pytest's expectations of a refusal or a warning, by how many positional arguments they take
# before the call form's function: ``pytest.raises(X, f, *args)``, ``deprecated_call(f, *args)``.
EXPECTATIONS = {"raises": 1, "warns": 1, "deprecated_call": 0}
# Messages with nothing in common: a ``match`` pattern found in each is found in any message.
UNLIKE_MESSAGES = ("", "0", "\n", "«ñ» no es un número.")
# Calls that fail the test by themselves when what they check does not hold.
CHECKS = frozenset({"fail", "waitUntil"} | EXPECTATIONS.keys() | BLOCKERS)
# Checkers from outside the suite that fail the test themselves: pytest-qt's model tester.
OUTSIDE_CHECKERS = frozenset({("qtmodeltester", "check")})


@dataclass
class _Module:
    """A test module's functions by name, and where the names it imports from ``tests`` live.

    A method is named with its classes: ``TestShortcut.test_shows`` (nested: ``TestA.TestB.test``).
    """

    functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef]
    imported: dict[str, tuple[str, str]] = field(default_factory=dict)


def _module_name(path: Path, root: Path) -> str:
    return ".".join(path.relative_to(root.parent).with_suffix("").parts)


def _functions(
    body: list[ast.stmt], classes: str = ""
) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """The functions of a module's (or a class's) body, and the methods of its classes."""
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield classes + node.name, node
        elif isinstance(node, ast.ClassDef):
            yield from _functions(node.body, f"{classes}{node.name}.")


def _read(path: Path, root: Path) -> _Module:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = _Module(dict(_functions(tree.body)))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(root.name + "."):
            for alias in node.names:
                module.imported[alias.asname or alias.name] = (node.module or "", alias.name)
    return module


def _called(call: ast.Call) -> tuple[str, str]:
    """(the object's name or "", the function's name) of a call: ``qtbot.waitUntil`` → both."""
    function = call.func
    if isinstance(function, ast.Attribute):
        owner = function.value.id if isinstance(function.value, ast.Name) else ""
        return owner, function.attr
    if isinstance(function, ast.Name):
        return "", function.id
    return "", ""


def _helper(called: tuple[str, str], classes: str) -> str:
    """The suite's function a call may reach: ``_run()`` → ``_run``, in a method ``self._run()``
    → ``TestX._run``; "" for a call into anything else."""
    owner, name = called
    if owner == "":
        return name
    if owner in ("self", "cls") and classes:
        return f"{classes}.{name}"
    return ""


def _collected(name: str) -> bool:
    *classes, function = name.split(".")
    return function.startswith("test") and all(c.startswith("Test") for c in classes)


def _telling(pattern: ast.expr) -> bool:
    """Could ``match=pattern`` fail? ``match=""`` or ``".*"`` is found in any message at all."""
    if not (isinstance(pattern, ast.Constant) and isinstance(pattern.value, str)):
        return True  # a pattern computed: read as meant
    try:
        return not all(re.search(pattern.value, message) for message in UNLIKE_MESSAGES)
    except re.error:
        return True  # pytest refuses it: the test fails


def _unread(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.Call]:
    """The expectations of ``function`` that pass on any refusal or warning of their type."""
    read_names = {
        node.id
        for node in ast.walk(function)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
    }
    named = {
        id(item.context_expr): item.optional_vars
        for node in ast.walk(function)
        if isinstance(node, ast.With | ast.AsyncWith)
        for item in node.items
    }
    unread = []
    for call in ast.walk(function):
        if not isinstance(call, ast.Call) or _called(call)[1] not in EXPECTATIONS:
            continue
        if len(call.args) > EXPECTATIONS[_called(call)[1]]:
            unread.append(call)  # the call form: no ``match`` possible
        elif any(keyword.arg == "match" and _telling(keyword.value) for keyword in call.keywords):
            continue
        elif not (
            isinstance(as_name := named.get(id(call)), ast.Name) and as_name.id in read_names
        ):
            unread.append(call)
    return sorted(unread, key=lambda call: (call.lineno, call.col_offset))


def _truth(expression: ast.expr) -> bool | None:
    """True (False) when ``expression`` is truthy (falsy) whatever its names hold; None when it
    depends on them: ``x or True`` → True, ``(x, "mensaje")`` → True, ``x`` → None."""
    match expression:
        case ast.Constant(value=value):
            return bool(value)
        case ast.Tuple(elts=items) | ast.List(elts=items) | ast.Set(elts=items):
            if any(not isinstance(item, ast.Starred) for item in items):
                return True
            return None if items else False  # ``(*xs,)`` is as empty as ``xs``
        case ast.Dict(keys=keys):
            if any(key is not None for key in keys):
                return True
            return None if keys else False  # ``{**d}`` is as empty as ``d``
        case ast.JoinedStr(values=parts):
            if any(isinstance(part, ast.Constant) and part.value for part in parts):
                return True
            return None if parts else False  # ``f"{x}"`` may format to ""
        case ast.Lambda():
            return True
        case ast.UnaryOp(op=ast.Not(), operand=operand):
            truth = _truth(operand)
            return None if truth is None else not truth
        case ast.BoolOp(op=operator, values=values):
            truths = [_truth(value) for value in values]
            decisive = isinstance(operator, ast.Or)  # one truthy ``or`` operand, one falsy ``and``
            if decisive in truths:
                return decisive
            return (not decisive) if all(truth is not None for truth in truths) else None
        case ast.IfExp(test=test, body=body, orelse=orelse):
            if ast.dump(body) == ast.dump(test):  # ``x if x else y`` is ``x or y``
                return _truth(ast.BoolOp(op=ast.Or(), values=[test, orelse]))
            truth = _truth(body)
            return truth if truth == _truth(orelse) else None
        case ast.NamedExpr(value=value):
            return _truth(value)
    return None


def _always_true(node: ast.AST) -> TypeGuard[ast.Assert]:
    """An ``assert`` that cannot fail (``assert False`` fails always: it marks the unreachable)."""
    return isinstance(node, ast.Assert) and _truth(node.test) is True


def _own(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.AST]:
    """The nodes ``function`` runs itself: not the bodies of the functions and lambdas it
    defines, which run when called (a callback connected to a signal never emitted, never)."""
    own: list[ast.AST] = []
    unread = list(ast.iter_child_nodes(function))
    while unread:
        node = unread.pop()
        own.append(node)
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            unread.extend(ast.iter_child_nodes(node))
    return own


def _a_check(node: ast.AST) -> bool:
    if isinstance(node, ast.Assert | ast.Raise):
        return not _always_true(node)
    if isinstance(node, ast.Call):
        owner, name = _called(node)
        if any(
            keyword.arg == "raising" and _truth(keyword.value) is False for keyword in node.keywords
        ):
            return False  # a pytest-qt wait told not to fail on timeout
        return name in CHECKS or (owner, name) in OUTSIDE_CHECKERS
    return False


class Suite:
    """The test modules under ``root``, read once, and which of their functions check."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.modules = {
            _module_name(path, root): _read(path, root) for path in sorted(root.rglob("*.py"))
        }
        self._checking: dict[tuple[str, str], bool] = {}

    def checks(self, module: str, name: str) -> bool:
        """Does ``module``'s function ``name`` check something, itself or through a helper?"""
        key = (module, name)
        if key not in self._checking:
            self._checking[key] = False  # a recursion reached again proves nothing new
            self._checking[key] = self._resolved_checks(module, name)
        return self._checking[key]

    def _resolved_checks(self, module: str, name: str) -> bool:
        found = self.modules.get(module)
        if found is None:
            return False
        if name in found.imported:
            return self.checks(*found.imported[name])
        function = found.functions.get(name)
        if function is None:
            return False
        return self._function_checks(module, function, name.rpartition(".")[0])

    def _function_checks(
        self, module: str, function: ast.FunctionDef | ast.AsyncFunctionDef, classes: str
    ) -> bool:
        """Does ``function`` check, itself, through a function it defines and calls, or through
        a helper of the suite?"""
        own = _own(function)
        if any(_a_check(node) for node in own):
            return True
        defined = {
            node.name: node
            for node in own
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        }
        for node in own:
            if not isinstance(node, ast.Call):
                continue
            owner, called = _called(node)
            if owner == "" and called in defined:
                if self._function_checks(module, defined[called], classes):
                    return True
            elif (helper := _helper((owner, called), classes)) and self.checks(module, helper):
                return True
        return False

    def tests(self) -> Iterator[tuple[str, str]]:
        """(module, name) of each test pytest collects: ``test*`` functions, or methods of
        ``Test*`` classes."""
        for module, read in self.modules.items():
            if module.rsplit(".", 1)[-1].startswith("test_"):
                yield from ((module, name) for name in read.functions if _collected(name))

    def always_true(self) -> list[str]:
        """Each ``assert`` true whatever it reads: ``assert (x, "mensaje")``, ``x or True``."""
        return [
            f"{module}:{node.lineno} {ast.unparse(node)}"
            for module, read in self.modules.items()
            for function in read.functions.values()
            for node in ast.walk(function)
            if _always_true(node)
        ]

    def bare_blockers(self) -> list[str]:
        """Each ``qtbot.waitActive(...)``-like call standing alone as a statement."""
        found = []
        for module, read in self.modules.items():
            for function in read.functions.values():
                for node in ast.walk(function):
                    call = node.value if isinstance(node, ast.Expr) else None
                    if isinstance(call, ast.Call) and _called(call)[1] in BLOCKERS:
                        found.append(f"{module}:{call.lineno} {ast.unparse(call)}")
        return found

    def unread_expectations(self) -> list[str]:
        """Each ``pytest.raises``/``warns`` whose message is neither matched nor read after.

        The call form ``pytest.raises(X, f, *args)`` is one of them: it takes no ``match``; and
        so is a ``match`` any message meets (``""``, ``".*"``).
        """
        return [
            f"{module}:{call.lineno} {ast.unparse(call)}"
            for module, read in self.modules.items()
            for function in read.functions.values()
            for call in _unread(function)
        ]

    def checking_nothing(self) -> list[str]:
        return [
            f"{module}::{name.replace('.', '::')}"
            for module, name in self.tests()
            if not self.checks(module, name)
        ]
