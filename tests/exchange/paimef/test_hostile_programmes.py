"""Generated hostile Programas Anuales: every field replaced by every kind of bad value.

Whatever the value, the reader either accepts it or refuses the file with a ``PaimefFormatError``
that names the place; it never raises anything else.
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Callable
from io import BytesIO
from typing import Any

import pytest
from openpyxl import load_workbook

from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.programme_json import programme_from_json, programme_to_json
from ism_desktop.exchange.paimef.xlsx_reading import programme_from_xlsx
from ism_desktop.exchange.paimef.xlsx_template import programme_to_xlsx
from tests.paimef_builders import programme

HOSTILE: list[Any] = [
    None,
    True,
    0,
    -1,
    1.5,
    1e308,
    float("nan"),
    "",
    " ",
    "-0",
    "1,5e3",
    "abc",
    "9" * 40,
    "0.001",
    "2026-02-30",
    "D",
    "C-VI",
    "\x00",
    "ñ" * 5000,
    [],
    {},
    [1, 2],
    {"a": 1},
]


def _read_or_refuse(read: Callable[[], object], name: str) -> None:
    """Reading either succeeds or fails with a located ``PaimefFormatError``, nothing else."""
    message = ""
    try:
        read()
    except PaimefFormatError as exc:
        message = str(exc)
    assert not message or message.startswith(name)


def _json_cases() -> list[tuple[str, Any]]:
    document = json.loads(programme_to_json(programme()))
    paths: list[tuple[str, ...]] = [("ejercicio",), ("instancia",), ("fechas",), ("acciones",)]
    paths += [("fechas", "firma_instrumento")]
    paths += [("acciones", "0", key) for key in document["acciones"][0]]
    paths += [("acciones", "3", "metas", "0", key) for key in document["acciones"][3]["metas"][0]]
    return [("/".join(path), value) for path in paths for value in HOSTILE]


def _set(document: Any, path: str, value: Any) -> None:
    *parents, last = path.split("/")
    for part in parents:
        document = document[int(part)] if isinstance(document, list) else document[part]
    if isinstance(document, list):
        document[int(last)] = value
    else:
        document[last] = value


@pytest.mark.parametrize(("path", "value"), _json_cases())
def test_json_field_replaced(path: str, value: Any) -> None:
    document = json.loads(programme_to_json(programme()))
    _set(document, path, value)
    text = json.dumps(document, ensure_ascii=False)
    _read_or_refuse(lambda: programme_from_json(text), "programa.json")


def test_random_truncations_and_byte_flips() -> None:
    text = programme_to_json(programme())
    chooser = random.Random(20260313)
    for _ in range(300):
        cut = text[: chooser.randrange(len(text))]
        position = chooser.randrange(len(text))
        flipped = text[:position] + chooser.choice('{}[]",:0a-') + text[position + 1 :]
        for candidate in (cut, flipped):
            _read_or_refuse(functools.partial(programme_from_json, candidate), "programa.json")


CELL_VALUES: list[Any] = [None, True, -1, 1.5, 1e20, "", "-0", "1,5e3", "abc", "9" * 40, "=1+1"]


@pytest.mark.parametrize(
    ("sheet", "cell"),
    [("Programa Anual", f"{c}6") for c in "ABCDEFGHI"]
    + [("Programa Anual", "B2"), ("Programa Anual", "B3")]
    + [("Metas", f"{c}2") for c in "ABCDE"]
    + [("Fechas", "B5"), ("Fechas", "C5")],
)
def test_xlsx_cell_replaced(sheet: str, cell: str) -> None:
    book = load_workbook(BytesIO(programme_to_xlsx(programme())))
    for value in CELL_VALUES:
        book[sheet][cell] = value  # one cell at a time: the previous value is overwritten
        stream = BytesIO()
        book.save(stream)
        data = stream.getvalue()
        _read_or_refuse(functools.partial(programme_from_xlsx, data), "programa.xlsx")


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,  # nesting past the interpreter's recursion limit
        '{"ejercicio": 2026, "acciones": [{"metas": [{"cantidad": ' + "9" * 5000 + "}]}]}",
        '{"ejercicio": ' + "7" * 5000 + "}",  # an integer longer than int() reads
    ],
    ids=["anidado", "cantidad-de-5000-cifras", "ejercicio-de-5000-cifras"],
)
def test_a_json_the_parser_itself_cannot_read_is_refused_by_name(text: str) -> None:
    # «ocurrió un error inesperado: maximum recursion depth exceeded…» and, in the window, a
    # traceback out of the import.
    _read_or_refuse(lambda: programme_from_json(text), "programa.json")
