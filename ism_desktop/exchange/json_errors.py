"""The json module's complaints said in Spanish: people read them, and fix the file by them."""

from __future__ import annotations

import json

# json's messages, as its decoder words them (the start of each; some add a position).
_SAID = (
    ("Expecting property name enclosed in double quotes", "falta el nombre de un campo entre "
     "comillas dobles (¿una coma de más al final de una lista de campos?)"),
    ("Expecting value", "falta un valor (¿una coma de más, o comillas simples?)"),
    ("Expecting ',' delimiter", "falta una coma entre dos valores"),
    ("Expecting ':' delimiter", "faltan los dos puntos después del nombre de un campo"),
    ("Unterminated string", "un texto no cierra sus comillas"),
    ("Invalid control character", "un texto tiene un salto de línea o un tabulador sin escribir "
     "como \\n o \\t"),
    ("Invalid \\escape", "una diagonal invertida (\\) no forma una secuencia válida"),
    ("Invalid \\uXXXX escape", "una diagonal invertida (\\u) no forma una secuencia válida"),
    ("Extra data", "hay algo después del final del documento"),
)  # fmt: skip


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong at the place json stopped, in Spanish."""
    for start, said in _SAID:
        if exc.msg.startswith(start):
            return said
    return "no tiene la forma de un documento JSON"
