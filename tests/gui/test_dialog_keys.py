"""Every dialog the menus open works from the keyboard alone.

Walked as a person without a mouse meets them, from every entry of the real window's menus
(and «Justificar aviso…»): the cursor starts inside the dialog, every button has an Alt
letter («Cerrar», «Cancelar» too) and no two of its entries answer to the same one, Tab goes
in reading order (and leaves a text box), and Escape closes it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.profile import PcProfile
from ism_desktop.gui.application import install_spanish
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.dialog_walker import Walk, look_at_shown, menu_entries, patch_dialogs
from tests.gui.test_menu_mnemonics import COORDINATOR
from tests.gui.test_tab_order import QUALITY  # unit 003, tipo P
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

# What a unit's menus open, in their order (Qt's own file and print dialogs included;
# «Recibir paquetes…», in Archivo and in Coordinación, once).
UNIT_DIALOGS = [
    "Importar informe ETCA-III-04",
    "Recibir paquetes",
    "Carpeta donde guardar el paquete",
    "Exportar informe",
    "Vista previa de impresión — ETCA-III-04 2024 T1 — unidad 004",
    "Imprimir informe",
    "Restaurar copia de seguridad",
    "Configuración de esta computadora",
    "Solicitar cambio de meta modificada",
    "Historial de cambios",
    "PAIMEF — Programa Anual, plazos e indicadores",
    "Cerrar o reabrir un trimestre",
    "Ayuda de ISM Avance",
    "Acerca de ISM Avance",
    "Justificar aviso",
]


def _walk(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
    profile: PcProfile,
) -> Walk:
    install_spanish(qapp)  # Qt's own buttons as the program shows them («&Abrir», «Cerrar»)
    window = open_window(profile)
    walk = Walk()
    patch_dialogs(monkeypatch, qtbot, walk)
    for entry in menu_entries(window):
        entry.trigger()
        look_at_shown(qtbot, walk, window)
    # Alt+4, then «Justificar aviso…» on the warning the list selects as it takes the cursor.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.findings.list.setFocus()
    qtbot.waitUntil(window.findings.justify_button.isEnabled)
    window.findings.justify_button.click()
    return walk


def test_a_unit_s_dialogs_open_with_the_cursor_inside_distinct_letters_and_close_on_escape(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    walk = _walk(open_window, qtbot, monkeypatch, qapp, unit_profile("004"))

    assert walk.titles == UNIT_DIALOGS
    assert walk.faults == []


def test_the_coordinating_unit_s_dialogs_too(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    walk = _walk(open_window, qtbot, monkeypatch, qapp, COORDINATOR)

    # Its own: the board, the requests, the observations, the year's programme (its metas
    # once the year is chosen).
    assert {
        "Tablero de entregas — 2024, trimestre 1",
        "Solicitudes de cambio de meta modificada",
        "Agregar observación",
        "Programa de un año nuevo",
        "Metas del programa 2024",
        "Fechas de entrega de 2024",
        "Libro de Excel",
    } <= set(walk.titles)
    assert walk.faults == []


def test_a_percentage_meta_s_target_change_names_num_and_den_by_their_own_letters(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    install_spanish(qapp)
    window = open_window(unit_profile("003"))
    select(window, QUALITY)  # «Numerador» and «Denominador» instead of «Nueva meta»
    walk = Walk()
    patch_dialogs(monkeypatch, qtbot, walk)

    window.form.modify_button.click()

    assert walk.titles == ["Solicitar cambio de meta modificada"]
    assert walk.faults == []
