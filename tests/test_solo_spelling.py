"""What the program says writes «solo», never «sólo» (RAE, 2010), as most of it already did.

A first reader saw both in one session («Sólo las lleva un paquete…», «solo muestra qué
cambiaría»). The validation findings keep theirs: stored justifications match their wording.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import ism_desktop

PACKAGE = Path(ism_desktop.__file__).resolve().parent
# A finding's message is matched by the justifications stored for it: never reworded.
FINDINGS = PACKAGE / "domain" / "validation"
ACCENTED = re.compile(r"\bs[óÓ]lo\b", re.IGNORECASE)


def _said(path: Path) -> list[str]:
    """The strings in ``path`` that are not docstrings (those a user may read)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_user_facing_string_writes_solo_with_an_accent() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}: {text[:60]!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if not path.is_relative_to(FINDINGS)
        for text in _said(path)
        if ACCENTED.search(text)
    ]

    assert found == []


def test_the_readme_writes_solo_as_the_program_does() -> None:
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")

    assert ACCENTED.findall(readme) == []
