"""Generated hostile Programas Anuales: every field replaced by every kind of bad value.

Whatever the value, the reader either accepts it or refuses the file with a ``PaimefFormatError``
that names the place; it never raises anything else.
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Callable
from datetime import date
from io import BytesIO
from typing import Any

import pytest
from openpyxl import load_workbook

from ism_desktop.domain.paimef.indicator_captures import indicator_results
from ism_desktop.domain.paimef.informe import build_informe
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.domain.paimef.programme_rules import check_programme
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.programme_json import programme_from_json, programme_to_json
from ism_desktop.exchange.paimef.xlsx_reading import programme_from_xlsx
from ism_desktop.exchange.paimef.xlsx_template import programme_to_xlsx
from ism_desktop.reports.paimef.informe_pdf import informe_pdf
from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
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


# What a person may paste into a text field: not text, text too long, text that looks like a
# formula. Each is refused where it was read, or it reaches every file the program writes.
HOSTILE_TEXTS = [
    "A\x00B",
    "A\x07B",
    "\ud800",
    "A\uffff",
    "x" * 40_000,
    "=1+1",
    "\u202eRTL\u202c 🎉",
]
TEXT_PATHS = [
    "instancia",
    "acciones/0/clave",
    "acciones/0/nombre",
    "acciones/0/justificacion",
    "acciones/0/material_probatorio",
    "acciones/3/metas/0/descripcion",
    "acciones/3/metas/0/unidad",
]


@pytest.mark.parametrize(
    "value", HOSTILE_TEXTS, ids=["nul", "bel", "surrogate", "nonchar", "long", "formula", "rtl"]
)
@pytest.mark.parametrize("path", TEXT_PATHS)
def test_a_text_read_is_one_every_written_file_can_hold(path: str, value: str) -> None:
    document = json.loads(programme_to_json(programme()))
    _set(document, path, value)
    text = json.dumps(document)  # ASCII escapes: a lone surrogate arrives as «\ud800»
    read: AnnualProgramme | str
    try:
        read = programme_from_json(text)
    except PaimefFormatError as exc:
        read = str(exc)
    if isinstance(read, str):
        assert read.startswith("programa.json"), read
        # A clave is refused for a direction override too: it would read as another clave.
        refusals = ("no es texto", "caracteres (máx. 20\u00a0000)", "no se ve o parece un espacio")
        assert any(reason in read for reason in refusals), read
        return
    as_of = date(2026, 4, 1)
    informe = build_informe(
        read, as_of, indicator_results(2026, {}), [], check_programme(read, as_of)
    )
    assert programme_from_xlsx(programme_to_xlsx(read), "programa.xlsx") == read
    load_workbook(BytesIO(informe_xlsx(informe)))
    assert informe_pdf(informe).startswith(b"%PDF")
