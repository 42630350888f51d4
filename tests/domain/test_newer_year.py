"""A newer year in the database than the profile's: asked once per year, then only noted."""

from __future__ import annotations

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.newer_year import find_newer_year
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter

UNIT = PcProfile(Role.UNIT, UnitCode("004"), 2025, Quarter.SECOND)
COORDINATOR = PcProfile.coordinator(2025, Quarter.SECOND)
NEWER = (2026, Quarter.FIRST)


@pytest.mark.parametrize("current", [None, (2025, Quarter.FIRST), (2024, Quarter.FOURTH)])
def test_nothing_is_offered_without_a_newer_year(current: tuple[int, Quarter] | None) -> None:
    assert find_newer_year(UNIT, current, approved=True, offered=None) is None


def test_a_units_newer_programme_is_asked_for_in_its_words() -> None:
    found = find_newer_year(UNIT, NEWER, approved=True, offered=None)

    assert found is not None
    assert found.to_ask
    assert found.question() == (
        "Llegó el programa 2026 de la unidad 004. ¿Trabajar ahora en el ejercicio 2026 "
        "(primer trimestre)?"
    )
    assert (found.switch_label, found.stay_label) == ("Trabajar en 2026", "Seguir en 2025")
    assert found.note() == "Hay un programa 2026: para trabajar en él, Archivo → Configuración…"
    assert found.tip() == (
        "El programa 2026 está en esta computadora; para trabajar en él: Archivo → "
        "Configuración de esta computadora…"
    )


@pytest.mark.parametrize(("offered", "asked"), [(2026, False), (2027, False), (2025, True)])
def test_it_is_asked_once_per_year(offered: int, asked: bool) -> None:
    found = find_newer_year(UNIT, NEWER, approved=True, offered=offered)

    assert found is not None  # the note stays after a «Seguir en 2025»
    assert found.to_ask is asked


def test_choosing_it_keeps_who_the_pc_is_and_takes_the_databases_period() -> None:
    found = find_newer_year(UNIT, NEWER, approved=True, offered=None)

    assert found is not None
    assert found.profile_for(UNIT) == PcProfile(Role.UNIT, UnitCode("004"), 2026, Quarter.FIRST)


def test_the_coordinator_is_told_its_approved_programme_not_that_it_arrived() -> None:
    found = find_newer_year(COORDINATOR, NEWER, approved=True, offered=None)

    assert found is not None
    assert found.question() == (
        "El programa 2026 está aprobado. ¿Trabajar ahora en el ejercicio 2026 (primer trimestre)?"
    )


def test_a_newer_report_without_an_approved_programme_is_not_called_a_programme() -> None:
    found = find_newer_year(UNIT, (2026, Quarter.SECOND), approved=False, offered=None)

    assert found is not None
    assert found.question() == (
        "Hay un informe del ejercicio 2026 en la base de datos. ¿Trabajar ahora en el "
        "ejercicio 2026 (segundo trimestre)?"
    )
    assert found.note().startswith("Hay un ejercicio 2026: ")
