"""The closing dialog on a report of two dependencies that both hold units 002, 003 and 004.

By the code alone the list offered one «003» (named after dependency 51's) and closing it
closed 51's: dependency 84's 003 could not be closed nor reopened from the window.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from tests.gui.conftest import WindowFactory
from tests.gui.two_dependencies_window import SECOND
from tests.gui.two_dependencies_window import db_path as db_path  # the fixture
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture
from tests.two_dependencies import AWAITED, DELIVERED, SHARED

pytestmark = pytest.mark.gui


def _choose_84s_003(dialog: ClosingDialog, seen: list[str]) -> int:
    """The dialog's answer: the entries listed in ``seen``, dependency 84's 003 closed."""
    texts = [dialog.unit.itemText(row) for row in range(dialog.unit.count())]
    seen.extend(texts)
    dialog.unit.setCurrentIndex(
        next(i for i, text in enumerate(texts) if text.startswith("003 ") and "84" in text)
    )
    dialog.close_choice.setChecked(True)
    return int(QDialog.DialogCode.Accepted)


def test_each_dependency_s_unit_is_offered_and_the_one_chosen_is_closed(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(SECOND)
    seen: list[str] = []
    monkeypatch.setattr(ClosingDialog, "exec", lambda dialog: _choose_84s_003(dialog, seen))
    yes = QMessageBox.StandardButton.Yes  # «¿Cerrar el trimestre de todos modos?» (its errors)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: yes)

    window.year_actions.closing()

    shared = [text for text in seen if text.startswith("003 ")]
    assert len(shared) == 2
    assert shared[0].endswith("(dependencia 51) — abierto")
    assert shared[1].endswith("(dependencia 84) — abierto")
    closures = window.session.store.closures
    closed = {
        entity: closures.is_closed(2024, entity, SHARED, Quarter.SECOND)
        for entity in (DELIVERED, AWAITED)
    }
    assert closed == {DELIVERED: False, AWAITED: True}


def test_the_closing_said_names_the_dependency(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(SECOND)
    said: list[str] = []
    monkeypatch.setattr(
        "ism_desktop.gui.year_actions.say_done", lambda _w, _title, text: said.append(text)
    )

    window.year_actions.apply_closing(SHARED, 1, False, "", AWAITED)  # the first: no offer

    assert said[0].startswith("Trimestre 1 de la unidad 003 de la dependencia 84: cerrado.")
