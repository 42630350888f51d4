"""Refusals of a package's data agree with each noun, and say a missing value is missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.store.store import Store
from tests.exchange.package_builders import edit_data

_NAME = "APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD."
# As our exports date an answer: a date alone is refused before the field each case tests.
AT = "2024-04-01T09:00:00-07:00"


def _reason(store: Store, path: Path) -> str:
    with pytest.raises(PackageRefusedError) as caught:
        check_package(store, path)
    return caught.value.reason


def _with_warning(unit_package: Path, target: Path, answer: dict[str, Any], rule: Any) -> Path:
    def edit(data: dict[str, Any]) -> None:
        data["metas"][0]["avisos"] = [{"regla": rule, "justificacion": answer}]

    return edit_data(unit_package, target, edit)


@pytest.mark.parametrize(
    ("answer", "rule", "expected"),
    [
        (
            {"autor": "ANA", "enterado": True},
            "AVANCE_FUERA",
            f"falta la fecha de un aviso de la meta «{_NAME}»",
        ),
        (
            {"autor": "ANA", "fecha": 5, "enterado": True},
            "AVANCE_FUERA",
            f"la fecha de un aviso de la meta «{_NAME}» no es válida",
        ),
        (
            {"autor": 5, "fecha": AT, "enterado": True},
            "AVANCE_FUERA",
            f"el autor de un aviso de la meta «{_NAME}» no es válido",
        ),
        (
            {"fecha": AT, "enterado": True},
            "AVANCE_FUERA",
            f"falta el autor de un aviso de la meta «{_NAME}»",
        ),
        (
            {"autor": "ANA", "fecha": AT, "enterado": "sí"},
            "AVANCE_FUERA",
            f"la justificación de un aviso de la meta «{_NAME}» no es válida",
        ),
        (
            {"autor": "ANA", "fecha": AT},
            "AVANCE_FUERA",
            f"falta la justificación de un aviso de la meta «{_NAME}»",
        ),
        (
            {"autor": "A" * 201, "fecha": AT, "enterado": True},
            "AVANCE_FUERA",
            f"el autor de un aviso de la meta «{_NAME}» es demasiado largo: máx. 200 "
            "caracteres (tiene 201)",
        ),
        (
            {"autor": "ANA", "fecha": AT, "texto": "A" * 20_001},
            "AVANCE_FUERA",
            f"la justificación de un aviso de la meta «{_NAME}» es demasiado larga: máx. "
            "20\u00a0000 caracteres (tiene 20\u00a0001)",
        ),
        (
            {"autor": "ANA", "fecha": AT, "enterado": True},
            7,
            f"la regla de un aviso de la meta «{_NAME}» no es válida",
        ),
    ],
)
def test_a_bad_field_of_a_justification_is_named_in_good_spanish(
    coordinator: Store,
    unit_package: Path,
    tmp_path: Path,
    answer: dict[str, Any],
    rule: Any,
    expected: str,
) -> None:
    path = _with_warning(unit_package, tmp_path / "p.zip", answer, rule)

    assert _reason(coordinator, path) == expected


def test_a_missing_unit_of_measure_is_said_missing(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["metas"][0]["unidad_medida"] = None

    path = edit_data(unit_package, tmp_path / "p.zip", edit)

    assert _reason(coordinator, path) == f"falta la unidad de medida de la meta «{_NAME}»"
