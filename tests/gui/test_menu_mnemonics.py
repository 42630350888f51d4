"""Every menu's underlined letters are distinct: a keyboard user reaches each entry at once."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.dialog_walker import alt_letter, alt_texts, letters_of

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


@pytest.mark.parametrize("profile", [COORDINATOR, unit_profile("004")], ids=["002", "004"])
def test_no_two_entries_of_a_menu_share_their_letter(
    open_window: WindowFactory, profile: PcProfile
) -> None:
    window = open_window(profile)
    clashes = {}
    # The bar's own entries: a menu made with the window as parent («Año») is not a child of
    # the bar, and a search of the bar's children had left it out.
    menus = [action.menu() for action in window.menuBar().actions()]
    assert "Añ&o" in [menu.title() for menu in menus if isinstance(menu, QMenu)]
    for menu in menus:
        if not isinstance(menu, QMenu):
            continue
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            letter = alt_letter(action.text())
            if letter is not None:
                letters.setdefault(letter, []).append(action.text())
        shared = {letter: texts for letter, texts in letters.items() if len(texts) > 1}
        if shared:
            clashes[menu.title()] = shared

    # Before: «Exportar &paquete…» and «Im&primir…» in Archivo; «&Programa de un año nuevo…»
    # and «Escribir &plantilla del programa…» in Año.
    assert clashes == {}


def _window_letters(window: QMainWindow) -> dict[str, list[str]]:
    """Every Alt+letter of the window: its menus' titles, visible buttons, labels, tabs."""
    texts = [
        menu.title()
        for menu in (action.menu() for action in window.menuBar().actions())
        if isinstance(menu, QMenu)
    ]
    return letters_of(texts + alt_texts(window))


@pytest.mark.parametrize("profile", [COORDINATOR, unit_profile("004")], ids=["002", "004"])
def test_the_window_s_alt_letters_are_plain_and_distinct(
    open_window: WindowFactory, profile: PcProfile
) -> None:
    # Alt+M opened the «Meta» menu and was also «Solicitar cambio de meta modificada…».
    # «A&ño» opened with Alt+Ñ only: a keyboard without «Ñ» (a laptop set to English, a
    # remote session) could not reach the menu, and the «A» is «Archivo»'s.
    window = open_window(profile)
    window.select_meta(window.session.metas()[0].stable_id)

    letters = _window_letters(window)

    assert {letter: texts for letter, texts in letters.items() if len(texts) > 1} == {}
    assert sorted(letter for letter in letters if not re.fullmatch("[a-z]", letter)) == []
