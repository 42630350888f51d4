"""``ism-desktop paimef indicadores`` and ``calcular``: the catalogue, and each formula worked."""

from __future__ import annotations

import json

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


def test_indicadores_json() -> None:
    result = run_cli("paimef", "indicadores", "--json")
    assert result.returncode == 0
    items = json.loads(result.stdout)
    assert [item["numero"] for item in items] == list(range(1, 16))
    second = items[1]
    assert second["nivel"] == "Componente"
    assert second["variables"] == ["personas_capacitadas_t", "personas_capacitadas_t_1"]
    assert second["frecuencia"] == "Trimestral"
    assert second["unidad"] == "Porcentaje"
    assert items[8]["años_de_reporte"] == "años nones"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # A «Porcentaje» with its «%», as the window's grid and the informe print it: «30.00»
        # alone read as a number of people or services.
        (["2", "130", "100"], "30.00%"),
        (["2", "50", "100"], "-50.00%"),
        (["1", "1", "3"], "33.33%"),
        (["3", "0.8", "0.6", "0.9", "0.7", "1"], "0.75"),
        (["11", "1234", "400"], "3.09"),
    ],
)
def test_calcular(args: list[str], expected: str) -> None:
    result = run_cli("paimef", "calcular", "--numero", *args)
    assert (result.returncode, result.stdout.strip()) == (0, expected)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["2", "130"], "necesita 2 valores"),
        (["2", "130", "0"], "cero"),
        (["2", "abc", "1"], "no es un número"),
        (["2", "1,5e3", "1"], "la coma solo separa los miles"),
        (["2", "-5", "1"], "no puede ser negativa"),
        (["99", "1", "2"], "van del 1 al 15"),
    ],
)
def test_calcular_refuses(args: list[str], message: str) -> None:
    result = run_cli("paimef", "calcular", "--numero", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("typed", ["abc", "-5"])
def test_calcular_names_a_refused_variable_by_what_it_counts(typed: str) -> None:
    # It said «(variable mujeres_empoderadas)»: a short name staff never see elsewhere.
    result = run_cli("paimef", "calcular", "--numero", "1", typed, "20")

    assert result.returncode == 2
    assert "variable 1, «Mujeres que reciben la atención especializada" in result.stderr
    assert "mujeres_empoderadas" not in result.stderr


def test_indicadores_says_what_each_variable_counts_in_order() -> None:
    # «Variables: mujeres_empoderadas, mujeres_con_atencion_psicologica»: short names staff never
    # see elsewhere (the window and the errors name each value by what it counts).
    result = run_cli("paimef", "indicadores")

    lines = result.stdout.splitlines()
    at = lines.index("   Variables, en el orden en que se escriben:")
    assert lines[at + 1 : at + 3] == [
        "     1) Mujeres que reciben la atención especializada con al menos dos sesiones de "
        "atención psicológica y presentan al menos un nivel medio de empoderamiento",
        "     2) Total de mujeres que reciben la atención especializada con al menos dos sesiones "
        "de atención psicológica",
    ]
    assert "mujeres_empoderadas" not in result.stdout
