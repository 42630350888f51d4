"""An undo or redo refused (its field changed since) is titled by what did not happen.

The box said «No se guardó el cambio», as if something typed had been lost: nothing was typed,
an undo was refused.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: achieved T1 761


def _changed_elsewhere(window: MainWindow, figure: int) -> None:
    """ESTUDIOS' achieved T1 written by something else (as a package received does)."""
    workspace = window.session.workspace
    meta = window.form.meta
    assert meta is not None
    current = workspace.meta(meta.stable_id)
    later = with_achieved(current, Quarter.FIRST, Decimal(figure))
    workspace.store.edits.save(2024, current, later, Author("Paquete", "x"))
    workspace.reload()


def _titles(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_a: told.append((title, text))
    )
    return told


@pytest.mark.parametrize(
    ("verb", "title"), [("deshacer", "No se pudo deshacer"), ("rehacer", "No se pudo rehacer")]
)
def test_a_refused_undo_or_redo_is_titled_by_what_did_not_happen(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    verb: str,
    title: str,
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "900")
    if verb == "rehacer":
        window.undo_action.trigger()
    _changed_elsewhere(window, 850)
    told = _titles(monkeypatch)

    (window.undo_action if verb == "deshacer" else window.redo_action).trigger()

    assert [shown for shown, _text in told] == [title]
    assert told[0][1].startswith(f"No se puede {verb}")
