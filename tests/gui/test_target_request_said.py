"""A modified-target change saved is confirmed (a request under the figures), under one name.

Saved, the request closed its dialog and nothing said it was registered; the menu called it
«Cambio de meta modificada…» and the button «Solicitar cambio de meta modificada…»; the dialog
said «Aquí se ve ya el valor nuevo», which left people asking where, and whether it was final.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMenu

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_target_change_request import COORDINATOR
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

ATTENTION = "ATENCIÓN PSICOLÓGICA INDIVIDUAL"  # unit 004: modified T1 1600
PERCENT = "PORCENTAJE DE CUMPLIMIENTO DEL PROGRAMA ANUAL DE DESARROLLO ARCHIVÍSTICO"


def ask(window: MainWindow, monkeypatch: pytest.MonkeyPatch, num: str) -> str:
    """Ask for ``num`` in the quarter the dialog offers; returns what the dialog said first."""
    said: list[str] = []

    def fill(dialog: ModifiedTargetDialog) -> int:
        said.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.num_edit.setText(num)
        dialog.reason_edit.setPlainText("Ajuste autorizado por la dirección.")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ModifiedTargetDialog, "exec", fill)
    window.form.modify_button.click()
    return said[0]


def request_said(window: MainWindow) -> str:
    """The confirmation of the request just made, as the note under the figures reads."""
    document = QTextDocument()
    document.setHtml(window.form.requests.text())
    return document.toPlainText()


def _menu_entry(window: MainWindow) -> list[str]:
    menus = [entry.menu() for entry in window.menuBar().actions()]
    for menu in menus:
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # as opening it does
    return [
        a.text()
        for menu in menus
        if isinstance(menu, QMenu)
        for a in menu.actions()
        if "meta mo&dificada" in a.text()
    ]


def test_a_request_saved_is_confirmed_under_the_figures(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    select(window, ATTENTION)

    ask(window, monkeypatch, "1700")

    assert window.statusBar().currentMessage().startswith("Se registró la solicitud")
    assert request_said(window) == "Solicitud registrada:\n" + (
        f"Se registró la solicitud de cambio de meta modificada de «{ATTENTION}»: "
        "T1 1600 → 1700 (anual: 6400 → 6500). Va en el próximo paquete a la unidad coordinadora, "
        "que decide si la aplica."
    )


def test_a_coordinators_change_is_confirmed_as_a_change(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    select(window, PERCENT)

    def fill(dialog: ModifiedTargetDialog) -> int:
        dialog.quarter_box.setCurrentIndex(1)
        dialog.num_edit.setText("40")
        dialog.den_edit.setText("100")
        dialog.reason_edit.setPlainText("Reprogramación.")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ModifiedTargetDialog, "exec", fill)
    window.form.modify_button.click()

    said = window.statusBar().currentMessage()
    assert said.startswith("Se cambió la meta modificada de «PORCENTAJE DE CUMPLIMIENTO")
    assert "T2 NUM 0 → 40, DEN 0 → 100." in said


def test_the_menu_and_the_button_use_the_same_name(open_window: WindowFactory) -> None:
    unit_window = open_window(unit_profile("004"))
    select(unit_window, ATTENTION)
    assert _menu_entry(unit_window) == [unit_window.form.modify_button.text()]
    assert unit_window.form.modify_button.text() == "Solicitar cambio de meta mo&dificada…"


def test_the_coordinators_menu_names_a_change(open_window: WindowFactory) -> None:
    window = open_window(COORDINATOR)

    assert _menu_entry(window) == ["Cambiar meta mo&dificada…"]


def test_the_request_dialog_says_where_the_new_value_shows(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, ATTENTION)
    dialog = ModifiedTargetDialog(meta, window.session.profile.quarter, window, request=True)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.deleteLater()

    assert "Aquí se ve ya" not in words
    assert (
        "esta computadora ya usa la cifra nueva (en el formato, los reportes y el paquete)" in words
    )
    assert "Si la rechaza, vuelven la cifra y la justificación anteriores" in words


def test_the_request_dialog_says_it_all_briefly(open_window: WindowFactory) -> None:
    # 124 words, nine lines at 1366x768 before the first field: too dense to be read.
    window = open_window(unit_profile("004"))
    meta = select(window, ATTENTION)
    dialog = ModifiedTargetDialog(meta, window.session.profile.quarter, window, request=True)
    (note,) = [label.text() for label in dialog.findChildren(QLabel) if "solicitud" in label.text()]
    dialog.deleteLater()

    assert note == (
        "La meta original no cambia; el cambio queda registrado con su motivo y, si lo hay, el "
        "documento que lo autoriza.\n\n"
        "Es una solicitud: viaja en el paquete a la unidad coordinadora, que la revisa y decide "
        "si la aplica. Mientras tanto, esta computadora ya usa la cifra nueva (en el formato, los "
        "reportes y el paquete) y el motivo justifica el aviso de meta modificada. Si la rechaza, "
        "vuelven la cifra y la justificación anteriores al recibir el programa base con esa "
        "decisión."
    )
    assert len(note.split()) <= 85


def test_the_request_dialog_names_the_coordinating_unit_as_everywhere(
    open_window: WindowFactory,
) -> None:
    # It said «la unidad coordinadora (002)» in fixed text; the rest of the program, in words.
    window = open_window(unit_profile("004"))
    meta = select(window, ATTENTION)
    dialog = ModifiedTargetDialog(meta, window.session.profile.quarter, window, request=True)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.deleteLater()

    assert "viaja en el paquete a la unidad coordinadora, que la revisa" in words
    assert "002" not in words
