"""A unit's fourth quarter closed: no quarter is left, and the unit is told how the next year comes.

Before, closing the fourth quarter said nothing more than «Trimestre 4 … cerrado»: the unit
was not told that the next year starts with the programa base the coordinating unit sends.
"""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.year_end import find_year_end

UNIT_Q4 = PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.FOURTH)


def test_the_fourth_quarter_closed_says_how_the_next_year_comes() -> None:
    found = find_year_end(UNIT_Q4, {Quarter.FOURTH}, newer_year=None)

    assert found is not None
    assert found.title == "Fin del ejercicio 2024"
    assert found.message() == (
        "El cuarto trimestre de 2024, el último del ejercicio, está cerrado.\n\nEl ejercicio "
        "2025 empieza con su programa base, que envía la unidad coordinadora: recíbalo con "
        "Archivo → Recibir paquetes… y la ventana preguntará si trabajar en 2025."
    )
    assert found.note() == "Trimestre 4 cerrado: el ejercicio 2025 llega con su programa base"
    # Beside a deadline label that says the fourth quarter closed: said once.
    assert found.note(closing_said=True) == "El ejercicio 2025 llega con su programa base"


def test_a_newer_programme_already_received_is_named_instead() -> None:
    found = find_year_end(UNIT_Q4, {Quarter.FOURTH}, newer_year=2025)

    assert found is not None
    assert found.message() == (
        "El cuarto trimestre de 2024, el último del ejercicio, está cerrado.\n\nEl programa "
        "2025 ya está en esta computadora: para trabajar en él, Archivo → Configuración de "
        "esta computadora…"
    )


def test_nothing_while_a_quarter_is_left_or_on_the_coordinators_pc() -> None:
    third = PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.THIRD)
    coordinator = PcProfile.coordinator(2024, Quarter.FOURTH)

    assert find_year_end(UNIT_Q4, set(), newer_year=None) is None
    assert find_year_end(third, {Quarter.THIRD}, newer_year=None) is None  # the 4th is next
    assert find_year_end(coordinator, set(Quarter), newer_year=None) is None
    # The third reopened and closed again while the fourth was already out: no quarter left.
    assert find_year_end(third, {Quarter.THIRD, Quarter.FOURTH}, newer_year=None) is not None
