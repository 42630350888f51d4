"""The program's message boxes, shown for real: Spanish buttons, each with its own Alt letter.

Not monkeypatched: each box is opened by the program's own helper and runs its event loop; a
timer reads it as shown (its buttons' texts, Alt letters and default) and presses a key in it,
Enter or Escape, as a person at the keyboard would. Enter and Escape must keep the data as it
is where the other answer replaces or removes it.

Qt's «Mostrar los detalles...» (a box with details: an import over work, a long list of
problems) had no letter: the one button of the box a person at the keyboard could not reach.
The damaged database's last box said «Aceptar» without one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui import damaged_database
from ism_desktop.gui.application import install_spanish
from ism_desktop.gui.dialog_buttons import ask_between, confirm_loss
from ism_desktop.gui.exported_box import show_report_written, show_saved_file
from ism_desktop.gui.incomplete_print import may_print
from ism_desktop.gui.long_message import show_message
from ism_desktop.gui.report_import_flow import ask_to_overwrite
from ism_desktop.gui.restore_dialog import confirm_with_message_box
from ism_desktop.gui.start_refusal import show_start_refusal
from ism_desktop.platform import backups_dir
from ism_desktop.store.backup import create_backup
from ism_desktop.store.database import open_database
from ism_desktop.store.errors import DamagedDataError
from tests.gui.dialog_walker import alt_letter
from tests.store.test_damaged_wal import damage_pages, leave_work_in_the_log

pytestmark = pytest.mark.gui

ENGLISH = {"OK", "Cancel", "Yes", "No", "Close", "Show Details...", "Hide Details..."}


@dataclass
class Seen:
    """A box as it was shown: its buttons' texts and Alt keys, the default one's text."""

    title: str = ""
    texts: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    default: str = ""


def _shown(open_box: Callable[[], object], *keys: Qt.Key) -> tuple[list[Seen], object]:
    """The boxes ``open_box`` showed, one after the other, each read then left with its key.

    Escape when no key is given; what ``open_box`` returned, after.
    """
    keys = keys or (Qt.Key.Key_Escape,)
    seen: list[Seen] = []
    done: list[QMessageBox] = []
    tries = [0]

    def read_then_press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible() or box in done:
            tries[0] += 1
            assert tries[0] < 500, "no box came"
            QTimer.singleShot(10, read_then_press)
            return
        buttons = [b for b in box.findChildren(QPushButton) if b.isVisible()]
        default = next((b.text() for b in buttons if b.isDefault()), "")
        texts = tuple(button.text() for button in buttons)
        shortcuts = tuple(button.shortcut().toString() for button in buttons)
        seen.append(Seen(box.windowTitle(), texts, shortcuts, default))
        done.append(box)
        QTest.keyClick(box, keys[len(seen) - 1])
        if len(seen) < len(keys):
            QTimer.singleShot(0, read_then_press)

    QTimer.singleShot(0, read_then_press)
    answer = open_box()
    assert len(seen) == len(keys), seen
    return seen, answer


def _assert_lettered(seen: Seen) -> None:
    """Spanish, each button its Alt letter, no two the same."""
    assert not set(seen.texts) & ENGLISH, seen
    letters = [alt_letter(text) for text in seen.texts]
    assert None not in letters, seen
    assert len(set(letters)) == len(letters), seen
    assert seen.keys == tuple(f"Alt+{letter.upper()}" for letter in letters if letter), seen


@pytest.fixture
def parent(qtbot: QtBot, qapp: QApplication) -> QWidget:
    install_spanish(qapp)  # Qt's own buttons as the program shows them («&Aceptar»)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_warning_and_a_long_list_behind_details(parent: QWidget) -> None:
    [seen], _ = _shown(lambda: QMessageBox.warning(parent, "No se imprimió", "Sin impresora."))
    _assert_lettered(seen)
    assert (seen.texts, seen.default) == (("&Aceptar",), "&Aceptar")

    details = "\n".join(f"Fila {row}: falta la meta." for row in range(60))
    [seen], _ = _shown(
        lambda: show_message(parent, "Plantilla", "60 problemas.", details, warn=True)
    )
    _assert_lettered(seen)
    assert set(seen.texts) == {"&Aceptar", "Mostrar los &detalles..."}
    assert seen.default == "&Aceptar"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape], ids=["enter", "escape"])
def test_questions_before_a_loss_keep_the_data_at_enter_and_escape(
    parent: QWidget, key: Qt.Key
) -> None:
    lines = [f"Meta {n}: 5.00 → 6.00" for n in range(1, 11)]
    questions: list[tuple[Callable[[], bool], tuple[str, ...], str]] = [
        (
            lambda: confirm_loss(parent, "Eliminar acción", "¿Eliminar la acción A.1?"),
            ("&Sí", "&No"),
            "&No",
        ),
        (
            lambda: confirm_with_message_box(parent, "¿Restaurar la copia?"),
            ("&Restaurar", "&Cancelar"),
            "&Cancelar",
        ),
        (
            lambda: ask_to_overwrite(parent, "informe.txt", lines),
            ("Mostrar los &detalles...", "&Importar", "&Cancelar"),
            "&Cancelar",
        ),
        (
            lambda: may_print(parent, "Aviso: informe incompleto."),
            ("&Imprimir…", "&Cancelar"),
            "&Cancelar",
        ),
    ]
    for ask, texts, default in questions:
        [seen], answer = _shown(ask, key)

        _assert_lettered(seen)
        assert (sorted(seen.texts), seen.default, answer) == (sorted(texts), default, False)


def test_answers_starting_with_the_details_letter_take_another(parent: QWidget) -> None:
    [seen], answer = _shown(
        lambda: ask_between(
            parent,
            "Cifras",
            "¿Descartar?",
            "Descartar",
            "Dejar",
            details="a\nb",
            enter_rejects=True,
        ),
        Qt.Key.Key_Return,
    )

    _assert_lettered(seen)
    assert "Mostrar los &detalles..." in seen.texts
    assert answer is False


def test_boxes_that_offer_files_close_at_enter(parent: QWidget, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "informe.pdf", tmp_path / "informe.xlsx"
    for show in (
        lambda: show_saved_file(parent, "Observaciones exportadas", f"En:\n{pdf}", tmp_path),
        lambda: show_report_written(parent, "ETCA-III-04", pdf, xlsx, None),
    ):
        [seen], _ = _shown(show, Qt.Key.Key_Return)

        _assert_lettered(seen)
        assert seen.default in {"C&errar", "Ce&rrar"}


def test_the_start_refusal_and_the_damaged_database_s_farewell(
    parent: QWidget, tmp_path: Path
) -> None:
    [seen], _ = _shown(lambda: show_start_refusal("la base de datos está ocupada"))
    _assert_lettered(seen)
    assert seen.texts == ("&Aceptar",)

    database = tmp_path / "avance.sqlite3"
    open_database(database).close()
    create_backup(database, backups_dir(), "manual")
    leave_work_in_the_log(database, tmp_path / "al_cortarse_la_luz")
    damage_pages(database)
    with pytest.raises(DamagedDataError) as refused:
        open_database(database)

    # «Salir» at Escape (nothing is replaced), then the box that says what was kept.
    (offer, farewell), left = _shown(
        lambda: damaged_database.restored_after_damage(refused.value, database),
        Qt.Key.Key_Escape,
        Qt.Key.Key_Return,
    )

    assert left is damaged_database.Left.LEFT
    _assert_lettered(offer)
    assert sorted(offer.texts) == ["&Restaurar una copia…", "&Salir"]
    _assert_lettered(farewell)
    assert farewell.texts == ("&Aceptar",)
