"""The Programa Anual's JSON: round trip, the issue's format, and located refusals."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.programme_json import programme_from_json, programme_to_json
from tests.paimef_builders import programme

ISSUE_EXAMPLE = """{"ejercicio": 2026, "instancia": "Instituto Sonorense de las Mujeres",
 "fechas": {"firma_instrumento": "2026-03-13"},
 "acciones": [
   {"clave": "A.1", "vertiente": "A", "linea_accion": "A-I", "nombre": "Diplomado",
    "justificacion": "Profesionalizar",
    "transversal": false, "monto_programado": "250000.00", "monto_ejercido": "0.00",
    "metas": [{"descripcion": "Personas capacitadas", "unidad": "PERSONA", "cantidad": 40}],
    "material_probatorio": "Listas"}]}
"""


def test_round_trip_gives_the_same_programme() -> None:
    original = programme()
    assert programme_from_json(programme_to_json(original)) == original


def test_the_notice_of_participation_round_trips_and_older_files_lack_it() -> None:
    document = json.loads(ISSUE_EXAMPLE)
    document["fechas"]["aviso_participacion"] = "2026-03-06"
    value = programme_from_json(json.dumps(document))
    assert value.dates["aviso_participacion"] == date(2026, 3, 6)
    assert json.loads(programme_to_json(value))["fechas"]["aviso_participacion"] == "2026-03-06"
    # A programme saved before the notice existed: not recorded, nothing else changes.
    assert "aviso_participacion" not in programme_from_json(ISSUE_EXAMPLE).dates


def test_reads_the_issue_example() -> None:
    value = programme_from_json(ISSUE_EXAMPLE)
    assert value.year == 2026
    assert value.dates == {"firma_instrumento": date(2026, 3, 13)}
    [action] = value.actions
    assert (action.key, action.line, action.programmed) == ("A.1", "A-I", Decimal("250000.00"))
    assert action.goals[0].quantity == 40
    assert action.goals[0].achieved is None


@pytest.mark.parametrize(("written", "expected"), [("1,000", 1000), ("12,500", 12500)])
def test_a_quantity_with_thousands_separators_is_read(written: str, expected: int) -> None:
    # «"cantidad": "1,000"» was refused as «no es una cantidad».
    [action] = programme_from_json(_with("cantidad", written, goal=True)).actions
    assert action.goals[0].quantity == expected


def test_money_written_as_strings() -> None:
    document = json.loads(programme_to_json(programme()))
    first = document["acciones"][0]
    assert first["monto_programado"] == "30000.00"
    assert first["monto_ejercido"] == "0.00"
    assert document["fechas"] == {"firma_instrumento": "2026-03-13"}


def _with(field: str, value: object, goal: bool = False) -> str:
    # Indented two spaces, the first acción's «monto_programado» is on line 15.
    document = json.loads(ISSUE_EXAMPLE)
    target = document["acciones"][0]["metas"][0] if goal else document["acciones"][0]
    target[field] = value
    return json.dumps(document, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        (
            "monto_programado",
            "1,5e3",
            "línea 15 (acción A.1, monto_programado): «1,5e3» no es un monto",
        ),
        ("monto_programado", "-0", "negativo"),
        ("monto_ejercido", "abc", "no es un monto"),
        ("monto_ejercido", "1" * 40, "demasiado grande"),
        ("monto_ejercido", "10.005", "fracciones de centavo"),
        ("monto_programado", 250000.0, "como texto"),
        ("monto_programado", 250000, "como texto"),
        ("vertiente", "D", "«D» no es una vertiente"),
        ("linea_accion", "B-I", "la línea de acción B-I es de la vertiente B, no de la A"),
        ("linea_accion", "A-IX", "no es una línea de acción"),
        ("clave", "", "no puede quedar vacío"),
        ("transversal", "quizá", "no es SÍ ni NO"),
        ("color", "rojo", "campo desconocido «color»"),
    ],
)
def test_bad_action_values_refused_with_line(field: str, value: object, expected: str) -> None:
    with pytest.raises(PaimefFormatError, match=r"programa\.json") as caught:
        programme_from_json(_with(field, value))
    assert expected in str(caught.value)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("cantidad", -3, "no es una cantidad"),
        ("cantidad", "muchas", "no es una cantidad"),
        ("cantidad", True, "no es una cantidad"),
        ("unidad", "", "no puede quedar vacío"),
    ],
)
def test_bad_goal_values_refused(field: str, value: object, expected: str) -> None:
    with pytest.raises(PaimefFormatError, match=expected) as caught:
        programme_from_json(_with(field, value, goal=True))
    assert "meta 1" in str(caught.value)


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ({"firma_instrumento": "2026-02-30"}, "la fecha «2026-02-30» no existe"),
        ({"firma_instrumento": "13/03/2026"}, "AAAA-MM-DD"),
        ({"fecha_rara": "2026-03-13"}, "«fecha_rara» no es una de las fechas"),
    ],
)
def test_bad_dates_refused(dates: dict[str, str], expected: str) -> None:
    document = json.loads(ISSUE_EXAMPLE)
    document["fechas"] = dates
    with pytest.raises(PaimefFormatError, match=expected):
        programme_from_json(json.dumps(document))


def test_syntax_error_names_line_and_column() -> None:
    broken = ISSUE_EXAMPLE.replace('"A.1",', '"A.1"')
    with pytest.raises(PaimefFormatError) as refused:
        programme_from_json(broken)
    # json's own «Expecting ',' delimiter» reached the person in English.
    assert re.search(
        r"línea 4, columna \d+: el archivo no es JSON válido \(falta una coma entre dos "
        r"valores\)\.$",
        str(refused.value),
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('{"ejercicio": 2026,}', "falta el nombre de un campo entre comillas dobles"),
        ("{'ejercicio': 2026}", "falta el nombre de un campo entre comillas dobles"),
        ('{"ejercicio": }', "falta un valor"),
        ('{"ejercicio" 2026}', "faltan los dos puntos"),
        ('{"nombre": "sin cierre}', "un texto no cierra sus comillas"),
        ('{"ejercicio": 2026} {}', "hay algo después del final del documento"),
    ],
)
def test_every_syntax_error_is_said_in_spanish(text: str, said: str) -> None:
    with pytest.raises(PaimefFormatError) as refused:
        programme_from_json(text)

    assert said in str(refused.value)
    assert "Expecting" not in str(refused.value)


def test_repeated_key_refused() -> None:
    document = json.loads(ISSUE_EXAMPLE)
    document["acciones"].append(dict(document["acciones"][0]))
    with pytest.raises(PaimefFormatError, match=r"la clave A\.1 ya se usó"):
        programme_from_json(json.dumps(document))


@pytest.mark.parametrize("year", ["2026", 1999, True, 20260])
def test_bad_year_refused(year: object) -> None:
    document = json.loads(ISSUE_EXAMPLE)
    document["ejercicio"] = year
    if year == "2026":
        assert programme_from_json(json.dumps(document)).year == 2026
        return
    with pytest.raises(PaimefFormatError, match="no es un ejercicio fiscal"):
        programme_from_json(json.dumps(document))


def _two_actions_missing(where: str, field: str) -> tuple[str, int]:
    """The sample programme as JSON without ``field`` in its second acción (or its first
    acción's first meta); also the line where that object starts, counted from the text."""
    document = json.loads(programme_to_json(programme()))
    target = document["acciones"][1] if where == "acción" else document["acciones"][0]["metas"][0]
    del target[field]
    text = json.dumps(document, ensure_ascii=False, indent=2)
    # The object's first key that is left, on the line after its «{».
    first_key = next(iter(target))
    value = json.dumps(target[first_key], ensure_ascii=False)
    line = text.splitlines().index(
        f'{"  " * (3 if where == "acción" else 5)}"{first_key}": {value},'
    )
    return text, line + 1


@pytest.mark.parametrize(("where", "field"), [("acción", "nombre"), ("meta", "unidad")])
def test_a_missing_field_names_the_line_of_its_own_object(where: str, field: str) -> None:
    # It named the line of the same field in the next object (another acción or meta).
    text, line = _two_actions_missing(where, field)

    with pytest.raises(PaimefFormatError) as refused:
        programme_from_json(text)

    assert f"línea {line} (" in str(refused.value)
    assert f", {field})" in str(refused.value)


def test_a_programme_s_text_is_scanned_once_per_field_name_not_once_per_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every field of every acción searched the whole text for its line, even in a valid file:
    # 250 acciones took 3.8 s, 1,000 took 58 s.
    from dataclasses import replace

    from ism_desktop.exchange.paimef.programme_json import programme_to_json

    base = programme_from_json(ISSUE_EXAMPLE)
    many = replace(
        base,
        actions=tuple(
            replace(base.actions[i % len(base.actions)], key=f"{'ABC'[i % 3]}.{i + 1}")
            for i in range(120)
        ),
    )
    scans: list[str] = []
    real = re.finditer

    def counted(pattern: str, text: str, *args: Any) -> Any:
        scans.append(pattern)
        return real(pattern, text, *args)

    monkeypatch.setattr(re, "finditer", counted)  # the module programme_json reads it from

    read = programme_from_json(programme_to_json(many))

    assert len(read.actions) == 120
    assert len(scans) <= 30  # one per field name, whatever the number of acciones
