"""The unit window's status line offers «Ver todo» for a message wider than it, as PAIMEF's does.

At 1366×768 a refusal's last words («…o pida a la unidad coordinadora que lo reabra») were cut
off the status line, the box that said them whole already closed.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui
LONG = "No se guardó el cambio de la meta «ESTUDIOS SOCIOECONÓMICOS»: " + "una razón larga " * 20


def _link(window: MainWindow) -> QLabel:
    link = window.statusBar().findChild(QLabel, "ver_todo")
    assert link is not None
    return link


def test_a_status_message_wider_than_the_line_offers_all_of_it(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: shown.append(text))
    window = open_window(unit_profile("004"))
    window.resize(1366, 740)
    QApplication.processEvents()

    window.statusBar().showMessage(LONG, 12000)

    link = _link(window)
    assert link.isVisible()
    link.linkActivated.emit("#")
    assert shown == [LONG]
    window.statusBar().showMessage("Justificación guardada.", 5000)
    assert not link.isVisible()
    window.statusBar().showMessage(LONG, 12000)
    window.statusBar().clearMessage()
    assert not link.isVisible()


def test_ver_todo_follows_the_message_before_what_always_stays_on_the_line(
    open_window: WindowFactory,
) -> None:
    # «Ver todo» sat at the far end, after «Guardado automáticamente a las …»: far from the
    # message whose end it shows.
    window = open_window(unit_profile("004"))
    window.resize(1366, 740)
    window.saved_label.setText("Guardado automáticamente a las 08:04:35")
    QApplication.processEvents()

    window.statusBar().showMessage(LONG, 12000)
    QApplication.processEvents()

    link = _link(window)
    assert link.isVisible()
    assert link.geometry().right() < window.saved_label.geometry().left()


def test_a_message_too_long_ends_in_an_ellipsis_not_cut_mid_letter(
    open_window: WindowFactory,
) -> None:
    # Cut where «Ver todo» began: «…No se guardó. Realizado T2 NU» looked like a whole line.
    window = open_window(unit_profile("004"))
    window.resize(1366, 740)
    window.saved_label.setText("Guardado automáticamente a las 08:04:35")
    QApplication.processEvents()
    bar = window.statusBar()
    bar.showMessage("Realizado T2 NUM: «99999999999999999999» es demasiado grande. " * 4, 12000)
    QApplication.processEvents()

    image = bar.grab().toImage()
    link = _link(window)
    assert link.isVisible()
    background = image.pixelColor(2, image.height() // 2)
    # The last pixels of the message's room, before «Ver todo»: nothing of a letter in them.
    edge = link.geometry().left() - 2
    inked = [
        (x, y)
        for x in range(edge - 3, edge)
        for y in range(image.height())
        if image.pixelColor(x, y) != background
    ]
    assert inked == []
    assert bar.currentMessage().endswith("demasiado grande. ")  # kept whole, for «Ver todo»
