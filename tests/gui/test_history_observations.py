"""«Historial de cambios» lists the coordinator's observations on the meta among its changes.

Seen at 1366×768 (stop 60): the coordinator wrote «Revisar la evidencia…» on ESTUDIOS
SOCIOECONÓMICOS and opened its history: the figures changed were there, the observation (who
asked what, and when) was not, though it travels to the unit and is part of what was said.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_evaluation
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import observation_dialog
from ism_desktop.gui.application import install_spanish
from ism_desktop.gui.audit_dialog import AuditDialog
from tests.gui.conftest import WindowFactory
from tests.gui.history_opened import opened_history
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
LABEL = "Observación de la unidad coordinadora T1"
ASKED = "Revisar la evidencia: faltan las firmas."


def _rows(dialog: AuditDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]  # type: ignore[union-attr]
        for row in range(table.rowCount())
    ]


def test_an_observation_is_in_the_history_with_its_author_and_time_among_the_changes(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    install_spanish(qapp)
    window = open_window(COORDINATOR)
    meta = select(window, STUDIES)
    store = window.session.store
    # An older one, written on another day by another person of the coordinating unit.
    store.observations.add(
        Observation(
            2024,
            Quarter.FIRST,
            meta.stable_id,
            "Falta la evaluación.",
            "Unidad coordinadora 002 (ana)",
            "2024-04-10T09:30:00",
        )
    )
    # A change of today (the unit's, as its package brought it), audited as ever.
    store.edits.save(
        2024, meta, with_evaluation(meta, Quarter.FIRST, "SE REALIZARON 761"), Author("U", "u")
    )
    # Then the window's own «Escribir observación…», after the change.
    monkeypatch.setattr(
        observation_dialog, "ask_observation", lambda _p, _h, save: (ASKED, save(ASKED) is None)
    )
    window.coordination.add_observation()
    (written,) = [o for o in store.observations.for_meta(2024, meta.stable_id) if o.text == ASKED]
    author = window.session.author

    rows = _rows(opened_history(window, qtbot, monkeypatch))

    # Newest first, as every change: today's observation, the evaluation, the old observation.
    assert [row[3] for row in rows] == [LABEL, "Evaluación cualitativa T1", LABEL]
    assert rows[0] == [
        local_time_text(written.at, with_seconds=True),
        author.profile,
        author.os_user,
        LABEL,
        "",
        f"«{ASKED}»",
    ]
    assert rows[2][1:] == ["Unidad coordinadora 002", "ana", LABEL, "", "«Falta la evaluación.»"]
    assert rows[2][0] == local_time_text("2024-04-10T09:30:00", with_seconds=True)
