"""A unit's window closing its quarter where its database holds 003 of dependencies 51 and 84.

Known as 84's 003 (its programme base named it), the closing dialog offered 51's 003 (the
first dependency's) and the question before closing judged 51's quarter: with that one closed,
closing 84's never-exported quarter asked nothing of its package.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from ism_desktop.domain.audit import Author
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, known_unit_database

pytestmark = pytest.mark.gui

UNIT = PcProfile(Role.UNIT, SHARED, 2024, Quarter.SECOND)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A unit's database with both 003s, known as 84's, 51's second quarter closed."""
    database = known_unit_database(tmp_path)
    with Store.open(database) as store:
        author = Author("Unidad 003", "prueba")
        event = ClosureEvent(2024, DELIVERED, SHARED, Quarter.SECOND, CLOSE, "", author, "")
        assert store.closures.set_state(event)
    return database


def test_the_unit_s_own_dependency_is_offered_and_its_unsent_quarter_asked(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(UNIT)
    offered: list[tuple[int, object]] = []  # how many entries, and the one chosen

    def answer(dialog: ClosingDialog) -> int:
        offered.append((dialog.unit.count(), dialog.chosen()))
        return int(QDialog.DialogCode.Accepted)  # «Cerrar» is checked as the dialog opens

    monkeypatch.setattr(ClosingDialog, "exec", answer)
    asked: list[str] = []
    no = QMessageBox.StandardButton.No

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return no

    monkeypatch.setattr(QMessageBox, "question", question)

    window.year_actions.closing()

    assert offered == [(1, (AWAITED, SHARED))]
    assert len(asked) == 1
    assert "no se ha exportado desde esta computadora" in asked[0]
    closed = window.session.store.closures.is_closed(2024, AWAITED, SHARED, Quarter.SECOND)
    assert not closed  # answered «No»
