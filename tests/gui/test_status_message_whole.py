"""The unit window's status line offers «Ver todo» for a message wider than it, as PAIMEF's does.

At 1366×768 a refusal's last words («…o pida a la unidad coordinadora que lo reabra») were cut
off the status line, the box that said them whole already closed.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.where_left import UNCLEAN_END_NOTE
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui
LONG = "No se guardó el cambio de la meta «ESTUDIOS SOCIOECONÓMICOS»: " + "una razón larga " * 20


def _link(window: MainWindow) -> QLabel:
    link = window.statusBar().findChild(QLabel, "ver_todo")
    assert link is not None
    return link


def _at_1366(open_window: WindowFactory) -> MainWindow:
    """The unit's window 1366 px wide, its saved time on the line."""
    window = open_window(unit_profile("004"))
    window.resize(1366, 740)
    window.saved_label.setText("Guardado automáticamente a las 08:04:35")
    QApplication.processEvents()
    return window


def _saying_at_1366(open_window: WindowFactory, message: str) -> MainWindow:
    """The unit's window 1366 px wide, its saved time on the line, saying ``message``."""
    window = _at_1366(open_window)
    window.statusBar().showMessage(message, 12000)
    QApplication.processEvents()
    return window


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
    window = _saying_at_1366(open_window, LONG)

    link = _link(window)
    assert link.isVisible()
    # The saved time gives way to the message (it is back once the message is gone): nothing
    # stands between the message and its «Ver todo».
    assert not window.saved_label.isVisible()
    assert not window.year_actions.deadline.isVisible()


def test_a_message_too_long_ends_in_an_ellipsis_not_cut_mid_letter(
    open_window: WindowFactory,
) -> None:
    # Cut where «Ver todo» began: «…No se guardó. Realizado T2 NU» looked like a whole line.
    window = _at_1366(open_window)
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


# What Deshacer says of a modified target asked (its annual and the request withdrawn), and the
# word after an unclean end: both were cut at 1366 px, beside the saved time and the deadline.
UNDONE = (
    "Se rehízo: Modificado T1 (NUM y MET) de «ATENCIÓN PSICOLÓGICA INDIVIDUAL»: 1600 → 1700; "
    "anual (NUM y MET): 6400 → 6500. La solicitud vuelve al próximo paquete."
)


@pytest.mark.parametrize("message", [UNDONE, UNCLEAN_END_NOTE], ids=["deshacer", "cierre"])
def test_a_message_has_the_whole_line_at_1366(open_window: WindowFactory, message: str) -> None:
    window = _saying_at_1366(open_window, message)

    assert not _link(window).isVisible()  # it fits: nothing to open to read its end
    assert not window.saved_label.isVisible()
    window.statusBar().clearMessage()
    QApplication.processEvents()
    assert window.saved_label.isVisible()  # the routine notes are back once it is gone
    assert window.year_actions.deadline.isVisible()


def test_a_message_said_before_the_window_shows_is_seen(open_window: WindowFactory) -> None:
    # The word after an unclean end is said as the window opens: Qt left the saved time and
    # the delivery date on the line, over the message's room, and nothing of it was seen.
    window = open_window(unit_profile("004"))
    window.hide()
    window.statusBar().showMessage(UNCLEAN_END_NOTE)
    window.resize(1366, 740)
    window.show()
    QApplication.processEvents()

    assert not window.year_actions.deadline.isVisible()
    assert not _link(window).isVisible()


def test_ver_todo_comes_before_the_notes_that_stay(open_window: WindowFactory) -> None:
    # «…la solicitud de cambio de m… Trimestre 1 cerrado: el 2 se informa… Ver todo» read as
    # one sentence: the next quarter's note sat between the message and its «Ver todo».
    window = open_window(unit_profile("004"))
    note = window.next_quarter.label
    note.setText("T1 cerrado; el T2: Archivo → Configuración de esta computadora")
    note.show()
    window.resize(1366, 740)
    window.statusBar().showMessage(LONG, 12000)
    QApplication.processEvents()

    link, bar = _link(window), window.statusBar()
    assert link.isVisible()
    # Both where the status bar has them (the note sits in a box with its line).
    right_of_link = link.mapTo(bar, link.rect().topRight()).x()
    assert right_of_link < note.mapTo(bar, note.rect().topLeft()).x()


def test_the_unclean_end_note_fits_beside_the_notes_that_stay(open_window: WindowFactory) -> None:
    # Beside «Trimestre 1 cerrado: …» and a request pending it was cut at «Revis…».
    window = open_window(unit_profile("004"))
    notes = {
        "Trimestre siguiente": "T1 cerrado; el T2: Archivo → Configuración de esta computadora",
        "Solicitudes de cambio de meta pendientes": "1 solicitud de cambio de meta pendiente",
    }
    for label in window.statusBar().findChildren(QLabel):
        if label.accessibleName() in notes:
            label.setText(notes[label.accessibleName()])
            label.show()
    window.resize(1366, 740)
    window.statusBar().showMessage(UNCLEAN_END_NOTE)
    QApplication.processEvents()

    assert not _link(window).isVisible()


def test_the_unclean_end_note_gives_the_line_back_after_a_while(
    open_window: WindowFactory,
) -> None:
    # Said with no end, it stayed until another message came: the saved time and the delivery
    # date stayed hidden all that while.
    from PySide6.QtCore import QTimer

    from ism_desktop.gui.where_left import say_unclean_end

    window = _at_1366(open_window)
    say_unclean_end(window)
    QApplication.processEvents()
    assert window.statusBar().currentMessage() == UNCLEAN_END_NOTE
    assert not window.year_actions.deadline.isVisible()

    ending = [t for t in window.statusBar().findChildren(QTimer) if t.isActive()]
    assert len(ending) == 1
    assert 15_000 <= ending[0].interval() <= 60_000  # read at leisure, then gone
    ending[0].timeout.emit()  # the while is over
    QApplication.processEvents()
    assert window.statusBar().currentMessage() == ""
    assert window.saved_label.isVisible()
    assert window.year_actions.deadline.isVisible()


def test_the_unclean_end_note_leaves_the_line_room_beside_the_notes_that_stay(
    open_window: WindowFactory,
) -> None:
    # At 1366 px beside «Informar el T2: …» and a request pending, the word after an unclean
    # end filled the line edge to edge: three sentences read as one, a first reader said.
    window = open_window(unit_profile("004"))
    notes = {
        "Trimestre siguiente": "Informar el T2: Archivo → Configuración de esta computadora",
        "Solicitudes de cambio de meta pendientes": "1 solicitud de cambio de meta pendiente",
    }
    shown = [
        label
        for label in window.statusBar().findChildren(QLabel)
        if label.accessibleName() in notes
    ]
    for label in shown:
        label.setText(notes[label.accessibleName()])
        label.show()
    window.resize(1366, 740)
    bar = window.statusBar()
    bar.showMessage(UNCLEAN_END_NOTE)
    QApplication.processEvents()

    first_note = min(label.mapTo(bar, label.rect().topLeft()).x() for label in shown)
    room = first_note - bar.fontMetrics().horizontalAdvance(UNCLEAN_END_NOTE)
    assert room >= bar.width() // 8, room  # a gap that reads as the end of the sentence
    # Nothing lost: how it ended, that what was saved is safe, and what to look at.
    assert UNCLEAN_END_NOTE.startswith("No se cerró normalmente la última vez")
    assert "lo guardado está a salvo" in UNCLEAN_END_NOTE
    assert UNCLEAN_END_NOTE.endswith("revise esta meta.")
