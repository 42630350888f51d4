"""The two-answer warnings (damaged database, restore, import over work, incomplete print).

Each says its words under its title, names its two buttons, has the default it always had, and
Escape gives the answer that changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui import damaged_database
from ism_desktop.gui.incomplete_print import may_print
from ism_desktop.gui.report_import_flow import ask_to_overwrite
from ism_desktop.gui.restore_dialog import confirm_with_message_box
from tests.gui.received_boxes import plain_words

pytestmark = pytest.mark.gui

Shown = tuple[QMessageBox.Icon, str, str, str, list[str], str, str]


def _escaping(monkeypatch: pytest.MonkeyPatch) -> list[Shown]:
    """Every box as shown (icon, title, text, details, buttons, default), left with Escape.

    The last of each is the button Escape pressed.
    """
    shown: list[Shown] = []

    def exec_(box: QMessageBox) -> int:
        default = box.defaultButton()
        assert default is not None
        # Qt's own «Show Details...» of a box with details (an action, «Mostrar los
        # detalles...» once the Spanish translation is installed) is not one of the answers.
        names = [
            b.text()
            for b in box.buttons()
            if box.buttonRole(b) is not QMessageBox.ButtonRole.ActionRole
        ]
        box.show()
        QTest.keyClick(box, Qt.Key.Key_Escape)
        escaped = box.clickedButton()
        assert escaped is not None
        box.hide()
        shown.append(
            (
                box.icon(),
                box.windowTitle(),
                plain_words(box.text()),  # a path is given a line of its own
                box.detailedText(),
                names,
                default.text(),
                escaped.text(),
            )
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def _parent(qtbot: QtBot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


WARNING = QMessageBox.Icon.Warning


def test_importing_over_work_defaults_to_cancel_and_lists_every_change(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _escaping(monkeypatch)
    lines = [f"Meta {n}: 5.00 → 6.00" for n in range(1, 11)]

    assert ask_to_overwrite(_parent(qtbot), "informe.txt", lines) is False
    [(icon, title, text, details, buttons, default, escaped)] = shown
    assert (icon, title, buttons, default, escaped) == (
        WARNING,
        "Importar informe oficial",
        ["&Importar", "&Cancelar"],
        "&Cancelar",
        "&Cancelar",
    )
    assert text.startswith("«informe.txt» reemplaza 10 cifras o textos que ya están")
    assert text.endswith("¿Importar el informe?")
    assert details.splitlines() == lines


@pytest.mark.parametrize(
    ("ask", "expected"),
    [
        (
            lambda parent: confirm_with_message_box(parent, "¿Restaurar la copia?"),
            ("Restaurar copia", "¿Restaurar la copia?", ["&Restaurar", "&Cancelar"]),
        ),
        (
            lambda parent: may_print(parent, "Aviso: informe incompleto."),
            (
                "Imprimir informe",
                "Aviso: informe incompleto.\n\n¿Imprimirlo de todos modos?",
                ["&Imprimir…", "&Cancelar"],
            ),
        ),
    ],
    ids=["restaurar", "imprimir"],
)
def test_restoring_and_printing_incomplete_default_to_cancel(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    ask: Callable[[QWidget], bool],
    expected: tuple[str, str, list[str]],
) -> None:
    shown = _escaping(monkeypatch)

    assert ask(_parent(qtbot)) is False
    title, text, buttons = expected
    assert shown == [(WARNING, title, text, "", buttons, "&Cancelar", "&Cancelar")]


def test_a_damaged_database_offers_its_copies_and_escape_leaves(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown = _escaping(monkeypatch)
    copies: Callable[..., list[object]] = lambda *_: [object(), object()]  # noqa: E731
    monkeypatch.setattr(damaged_database, "is_damaged_data", lambda _failure: True)
    monkeypatch.setattr(damaged_database, "mending_copies_of", copies)
    monkeypatch.setattr(damaged_database, "cannot_open_text", lambda _f: "No se pudo abrir.")
    monkeypatch.setattr(damaged_database, "backups_dir", lambda: tmp_path / "copias")

    left = damaged_database.restored_after_damage(OSError(), tmp_path / "a.sqlite3")

    assert left is damaged_database.Left.LEFT
    # The file's path on a line of its own: the words as written, whatever the lines.
    icon, title, text, *answers = shown[0]
    assert (icon, title, " ".join(text.split()), *answers) == (
        WARNING,
        "ISM Avance",
        "No se pudo abrir. Hay 2 copias de seguridad de esta base de datos "
        f"(«{tmp_path / 'a.sqlite3'}»). Puede restaurar una: antes se guarda otra copia con "
        "los datos como están ahora.",
        "",
        ["&Restaurar una copia…", "&Salir"],
        "&Restaurar una copia…",
        "&Salir",
    )
    # Then what leaving kept, once: not the failure again.
    (icon, title, text, _details, buttons, _default, _escaped) = shown[1]
    assert (icon, title, buttons) == (QMessageBox.Icon.Information, "ISM Avance", ["&Aceptar"])
    assert " ".join(text.split()).endswith(
        f"y sus 2 copias de seguridad, en «{tmp_path / 'copias'}», se "
        "conservan como estaban. La próxima vez que abra ISM Avance se le volverá a ofrecer "
        "restaurar una."
    )
    assert len(shown) == 2
