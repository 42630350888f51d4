"""The window's wording of a message shared with the command line: the menu path, no command."""

from __future__ import annotations

import random

import pytest

from ism_desktop.domain.window_wording import for_window
from ism_desktop.domain.wording import EXPORT_MENU, REOPEN_MENU, export_hint, reopen_hint


def test_reopen_hint_keeps_the_menu_alone() -> None:
    hint = reopen_hint(2024, "004", [1], "reábralo")
    said = f"el trimestre 1 está cerrado; para recibir otro, {hint}."
    assert for_window(said) == (
        f"el trimestre 1 está cerrado; para recibir otro, reábralo con un motivo ({REOPEN_MENU})."
    )


def test_several_quarters_lose_every_command() -> None:
    said = reopen_hint(2024, "004", [1, 2, 3], "reabra los trimestres")
    assert for_window(said) == f"reabra los trimestres con un motivo ({REOPEN_MENU})"


def test_a_command_quoted_after_a_comma_goes_too() -> None:
    said = (
        "se cierra al recibirlo (Archivo → Recibir paquetes…; en la línea de comandos, "
        "«import-package»). No se cerró."
    )
    assert for_window(said) == "se cierra al recibirlo (Archivo → Recibir paquetes…). No se cerró."


def test_the_window_way_after_the_command_is_kept() -> None:
    command = export_hint(2024, "004", 2)
    said = (
        f"para entregarlo, expórtelo (en la línea de comandos: {command}; en la ventana, "
        f"{EXPORT_MENU})."
    )
    assert for_window(said) == f"para entregarlo, expórtelo (en la ventana, {EXPORT_MENU})."


def test_a_parenthesis_of_the_command_alone_goes_whole() -> None:
    command = export_hint(2024, "004", 1)
    said = (
        f"se cambia en Archivo → Configuración… (en la línea de comandos: {command}). No se cerró."
    )
    # No period after the menu's ellipsis: «Configuración…. No» read as a typo.
    assert for_window(said) == "se cambia en Archivo → Configuración… No se cerró."


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Trimestre 1 de la unidad 004: reabierto.",
        "sin paréntesis, en la línea de comandos: algo",
        "(sin cerrar; en la línea de comandos: ism-desktop x",
        ")(; en la línea de comandos",
        "en la línea de comandos (nada) en la línea de comandos",
    ],
)
def test_text_without_a_whole_clause_is_left_as_it_is(text: str) -> None:
    assert for_window(text) == text


def test_hostile_texts_never_raise_and_lose_no_clause_free_text() -> None:
    pieces = ["(", ")", ";", " ", "; ", "en la línea de comandos", ": ", "x", "«", "»", "…"]
    rng = random.Random(59)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        said = for_window(text)
        assert len(said) <= len(text)
        if "en la línea de comandos" not in text:
            assert said == text
