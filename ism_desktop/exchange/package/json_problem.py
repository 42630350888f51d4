"""Why a received JSON file could not be parsed, and where: what a person needs to find it."""

from __future__ import annotations

import json
import re

# A JSON string, or a constant outside one: the first constant outside a string is the one the
# parser refused (every value before it was read).
_STRING_OR_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')
_BOM = "\ufeff"


def _place(text: str, position: int) -> str:
    line = text.count("\n", 0, position) + 1
    column = position - text.rfind("\n", 0, position)
    return f"en la línea {line}, columna {column}"


def json_problem(raw: bytes, member: str, error: Exception) -> str:
    """The refusal of ``member`` whose ``raw`` bytes failed to parse with ``error``, in Spanish."""
    invalid = f"«{member}» no es un JSON válido"
    if isinstance(error, UnicodeDecodeError):
        line = raw.count(b"\n", 0, error.start) + 1
        return (
            f"{invalid}: no está en UTF-8 (el byte {error.start}, en la línea {line}, no es "
            "texto UTF-8; quizá se guardó de nuevo con otra codificación)"
        )
    if isinstance(error, RecursionError):
        return f"{invalid}: anida demasiados niveles de listas u objetos"
    text = raw.decode("utf-8")
    if text.startswith(_BOM):
        return (
            f"{invalid}: empieza con una marca BOM (bytes EF BB BF), que un JSON no lleva; "
            "quizá se guardó de nuevo con otro programa"
        )
    if isinstance(error, json.JSONDecodeError):
        # A string never closed runs to the end of the file: cut too, said where it began.
        if error.msg.startswith("Unterminated string"):
            where = f"en un texto que empieza {_place(text, error.pos)}"
            return f"{invalid}: termina antes de tiempo, {where} (¿está cortado?)"
        if not text[error.pos :].strip():
            return f"{invalid}: termina antes de tiempo, {_place(text, error.pos)} (¿está cortado?)"
        return f"{invalid}: {_place(text, error.pos)} hay un error de sintaxis"
    for found in _STRING_OR_CONSTANT.finditer(text):
        if found.group(1) is not None:
            return (
                f"{invalid}: {_place(text, found.start())} trae «{found.group(1)}», que no es "
                "una cifra"
            )
    return invalid
