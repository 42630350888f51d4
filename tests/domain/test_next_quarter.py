"""Which quarter a unit's PC is offered once the quarter it reports is closed."""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.next_quarter import find_next_quarter
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter

UNIT_Q1 = PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.FIRST)


def test_the_first_quarter_closed_offers_the_second_in_words() -> None:
    found = find_next_quarter(UNIT_Q1, {Quarter.FIRST})

    assert found is not None
    assert found.question() == (
        "El primer trimestre de 2024 está cerrado. ¿Pasar a informar el segundo trimestre en "
        "esta computadora?\n\nLo capturado en el primer trimestre queda guardado; para volver "
        "a verlo: Archivo → Configuración de esta computadora…\n\nCerrado, no admite cifras: "
        "para escribir una que faltó, reábralo antes con un motivo (Año → Cerrar o reabrir un "
        "trimestre…)."
    )
    assert (found.switch_label, found.stay_label) == (
        "Informar el segundo trimestre",
        "Seguir en el primer trimestre",
    )
    assert found.note() == "T1 cerrado; el T2: Archivo → Configuración de esta computadora"
    # Beside a deadline label that says the quarter closed: where to go, not the closing again.
    assert found.note(closing_said=True) == (
        "Informar el T2: Archivo → Configuración de esta computadora"
    )
    assert found.tip() == (
        "Trimestre 1 cerrado: el segundo trimestre se informa en Archivo → Configuración de "
        "esta computadora…"
    )
    assert found.profile_for(UNIT_Q1) == PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.SECOND)


def test_a_later_quarter_already_closed_is_passed_over() -> None:
    # The first reopened to correct it, while the second had gone out: the third is next.
    found = find_next_quarter(UNIT_Q1, {Quarter.FIRST, Quarter.SECOND})

    assert found is not None
    assert found.following is Quarter.THIRD


def test_nothing_is_offered_while_open_or_after_the_fourth() -> None:
    fourth = PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.FOURTH)

    assert find_next_quarter(UNIT_Q1, set()) is None
    assert find_next_quarter(UNIT_Q1, {Quarter.SECOND}) is None
    assert find_next_quarter(fourth, set(Quarter)) is None


def test_the_coordinator_is_offered_the_next_quarter_closed_for_every_unit() -> None:
    # Its ``closed``: the quarters closed for every unit; it reports the institution's quarter.
    coordinator = PcProfile.coordinator(2024, Quarter.FIRST)

    found = find_next_quarter(coordinator, {Quarter.FIRST})
    assert found is not None
    moved = found.profile_for(coordinator)

    assert found.question().startswith(
        "El primer trimestre de 2024 está cerrado en todas las unidades. ¿Pasar a informar el "
        "segundo trimestre en esta computadora?"
    )
    assert moved == PcProfile.coordinator(2024, Quarter.SECOND)
    assert find_next_quarter(coordinator, set()) is None
