"""F1 opens a Spanish help that explains what puzzles staff; the % columns carry a legend."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.help_dialog import HELP_HTML, HelpDialog
from tests.gui.conftest import WindowFactory, unit_profile, wait_shown
from tests.gui.visible_text import problems

pytestmark = pytest.mark.gui


def test_f1_opens_the_help(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(unit_profile("004"))
    window.tree.setFocus()

    qtbot.keyClick(window.tree, Qt.Key.Key_F1)

    qtbot.waitUntil(lambda: window.help_dialog is not None)
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog)
    wait_shown(qtbot, dialog)
    text = dialog.text.toPlainText()
    for topic in (
        "% de avance oficial",
        "contra lo modificado",
        "78.00%",
        "130.00%",
        "El semáforo",
        "Errores y avisos",
        "El paquete",
        # What the checksums guard against, and what not: no one is led to trust them as a seal.
        "detecta si se dañó o quedó incompleto",
        "La huella no es una firma",
        "Pasos de la unidad coordinadora",
        "solicitud",
        "Esc devuelve la cifra guardada sin guardar lo escrito",
        "Deshacer (Ctrl+Z) y Rehacer (Ctrl+Y) llevan a la meta que cambia",
        "dicen en la barra de estado qué deshicieron o rehicieron",
        "exporte primero su paquete corregido",
        "pregunta antes si el informe reemplaza",
        "El trimestre y el año",
        "programa base",
    ):
        assert topic in text
    assert problems(text.splitlines()) == []
    dialog.close()


def test_a_legend_under_the_two_percentages(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    (legend,) = [w for w in window.form.findChildren(QLabel) if w.objectName() == "leyenda_avance"]
    assert legend.isVisible()
    assert legend.y() > window.form.official_label.y()
    assert "original" in legend.text()
    assert "modificada" in legend.text()


def test_the_menu_entries_the_help_names_are_the_windows(open_window: WindowFactory) -> None:
    # The help sends people to «Archivo → …» entries: each must be in that menu, as written.
    window = open_window(unit_profile("004"))
    dialog = HelpDialog(window)
    text = dialog.text.toPlainText()
    menus = {
        menu.title().replace("&", ""): [a.text().replace("&", "") for a in menu.actions()]
        for menu in (a.menu() for a in window.menuBar().actions())
        if isinstance(menu, QMenu)
    }
    named = re.findall(r"(Archivo|Editar|Meta|Año|Coordinación) → ([^\n(.;:]+…)", text)
    assert ("Archivo", "Configuración de esta computadora…") in named
    for menu, entry in named:
        assert any(item.startswith(entry.strip()) for item in menus[menu]), (menu, entry)
    dialog.close()


def test_the_target_request_paragraph_is_as_brief_as_the_request_dialogs() -> None:
    # 147 words in eight dense lines, where the request dialog says its part in 63: the same
    # things, shortened as the dialog's were.
    section = HELP_HTML.split("<h3>La meta modificada</h3>")[1].split("<h3>")[0]
    words = re.sub(r"<[^>]+>", "", section).split()
    text = " ".join(words)

    assert len(words) <= 100
    for said in (
        "La unidad no cambia la meta modificada: con Solicitar cambio de meta modificada… pide "
        "el cambio y da su motivo.",
        "Es una solicitud: viaja en el paquete a la unidad coordinadora, que decide.",
        "Esta computadora ya usa la cifra nueva y el motivo justifica el aviso de meta modificada",
        "si la rechaza, vuelven la cifra y la justificación anteriores",
        "Deshacer retira una solicitud aún no enviada",
        "el Historial de cambios la muestra como retirada",
        "una enviada no se deshace: se solicita otro cambio",
        "Una meta con solicitud pendiente lleva ⇄ en la lista; la barra de estado dice cuántas hay",
    ):
        assert said in text, said


@pytest.mark.parametrize(
    "profile",
    [unit_profile("004"), PcProfile.coordinator(2024, Quarter.FIRST)],
    ids=["unidad", "coordinadora"],
)
def test_every_menu_shortcut_is_in_the_keys_list(
    open_window: WindowFactory, profile: PcProfile
) -> None:
    # «Teclas» left out Ctrl+H (the history), Ctrl+I and Ctrl+R: found only by opening each
    # menu.
    window = open_window(profile)
    dialog = HelpDialog(window)
    keys = dialog.text.toPlainText().split("Teclas", 1)[1]
    shortcuts = {
        action.shortcut().toString()
        for menu in (a.menu() for a in window.menuBar().actions())
        if isinstance(menu, QMenu)
        for action in menu.actions()
        if not action.shortcut().isEmpty()
    }
    assert shortcuts
    assert sorted(key for key in shortcuts if key not in keys) == []
    # And the other way: «Ctrl+Q salir» was listed, but «Salir» took the platform's Quit key,
    # none on Windows (and none here), so the key said did nothing.
    listed = set(re.findall(r"\b(?:Ctrl|Alt)\+\w+|\bF\d+\b", keys))
    assert "Ctrl+Q" in listed
    assert sorted(listed - shortcuts) == []
    dialog.close()


def test_the_coordinators_steps_go_through_the_year() -> None:
    # A first-time coordinator following the help found the quarter's steps only: no delivery
    # date, no closing by hand, and no word of how next year's programme is made and sent.
    steps = HELP_HTML.split("<h3>Pasos de la unidad coordinadora (002)</h3>")[1].split("<h3>")[0]
    text = " ".join(re.sub(r"<[^>]+>", "", steps).split())

    for entry in (
        "Año → Fechas de entrega…",
        "Año → Cerrar o reabrir un trimestre…",
        "Año → Programa de un año nuevo…",
        "Año → Escribir plantilla del programa…",
        "Año → Importar plantilla llenada…",
        "Año → Aprobar el programa del año…",
    ):
        assert entry in text, entry
    # The year's steps end where the quarter's begin: the base programmes go to the units.
    approve = text.index("Aprobar el programa del año…")
    assert "Enviar programa base a las unidades…" in text[approve:]
