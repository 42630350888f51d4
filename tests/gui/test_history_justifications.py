"""«Historial de cambios» lists the warnings' justifications and «enterado» among the changes.

They are kept in their own table with their own author and time, and the history of the meta
never showed them: a reviewer read the figures changed and not why a warning was accepted.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.gui.application import install_spanish
from ism_desktop.gui.audit_dialog import AuditDialog
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.history_opened import opened_history
from tests.gui.visible_text import problems, widget_texts
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui

EVENTS = "EVENTOS DE PROMOCIÓN Y ATENCIÓN EN ASESORÍAS"
MODIFIED = "Justificación del aviso T1: La meta modificada difiere de la original (anual o del "
MODIFIED += "trimestre) sin motivo"
OUT_OF_RANGE = "Justificación del aviso T1: El % de avance oficial sale del rango esperado y la "
OUT_OF_RANGE += "evaluación no lo explica"


def _rows(dialog: AuditDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]  # type: ignore[union-attr]
        for row in range(table.rowCount())
    ]


@pytest.fixture
def events(open_window: WindowFactory, qapp: QApplication) -> tuple[MainWindow, Meta]:
    """Unit 004's window, in Spanish, on a meta with two warnings to answer."""
    install_spanish(qapp)
    window = open_window(unit_profile("004"))
    return window, select(window, EVENTS)


def _warning(window: MainWindow, meta_id: str, rule: str) -> Finding:
    (finding,) = [
        f for f in window.session.validation.findings if f.meta_id == meta_id and f.rule == rule
    ]
    return finding


def test_justifications_and_enterado_are_in_the_history_by_time(
    events: tuple[MainWindow, Meta], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, meta = events
    store = window.session.store
    # Written on another day, by another person of the unit (a time without offset is local).
    store.justifications.save(
        Justification.justified(
            JustificationKey(2024, meta.stable_id, Quarter.FIRST, "META_MODIFICADA"),
            "Se redujo la meta por recorte presupuestal.",
            "Unidad 004 (ana)",
            "2024-04-10T09:30:00",
        )
    )
    type_into(qtbot, achieved_cell(window), "40")  # a change of today, audited as ever
    window.session.validate_all()
    window.session.justify(_warning(window, meta.stable_id, "AVANCE_FUERA_DE_RANGO"), "")
    author = window.session.author

    rows = _rows(opened_history(window, qtbot, monkeypatch))

    # Newest first, as every change: the «enterado» just given, the figure, the old reason.
    assert [row[3] for row in rows] == [OUT_OF_RANGE, "Realizado T1 (NUM)", MODIFIED]
    assert rows[0][1:] == [author.profile, author.os_user, OUT_OF_RANGE, "", "enterado"]
    assert rows[1][4:] == ["39", "40"]
    assert rows[2] == [
        "10/04/2024 09:30:00",
        "Unidad 004",
        "ana",
        MODIFIED,
        "",
        "«Se redujo la meta por recorte presupuestal.»",
    ]


def test_a_history_with_only_a_justification_is_not_said_empty(
    events: tuple[MainWindow, Meta], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, meta = events
    window.session.justify(
        _warning(window, meta.stable_id, "META_MODIFICADA"), "Convenio con el municipio."
    )

    dialog = opened_history(window, qtbot, monkeypatch)

    assert [row[3:] for row in _rows(dialog)] == [[MODIFIED, "", "«Convenio con el municipio.»"]]
    texts = list(widget_texts(dialog))
    assert problems(texts) == []
    assert "Esta meta no tiene cambios registrados en esta computadora." not in texts
