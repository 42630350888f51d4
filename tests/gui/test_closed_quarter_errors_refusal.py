"""Errors in a quarter closed by hand: the refusal says to reopen it before correcting.

A unit closed its second quarter by hand (Año → Cerrar o reabrir un trimestre…) with the
quarter still missing figures; «Exportar paquete…» then said «corríjalos y vuelva a
exportar» while every cell was read-only, and nothing said how to get out.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui

SECOND = PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.SECOND)


def _export_said(
    window_factory: WindowFactory, monkeypatch: pytest.MonkeyPatch, *, closed: bool
) -> str:
    window = window_factory(SECOND)
    if closed:
        session = window.session
        close_quarter(session.store, 2024, UnitCode("004"), Quarter.SECOND, session.author)
        session.reload()
    window.session.validate_all()
    asked: list[object] = []
    said: list[str] = []

    def ask(*args: object) -> str:
        asked.append(args)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", ask)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))

    window.reports.export_package_action.trigger()

    assert asked == []
    (text,) = said
    return text


def test_errors_of_a_closed_quarter_say_to_reopen_it_first(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _export_said(open_window, monkeypatch, closed=True)

    first = text.splitlines()[0]
    assert first == (
        "No se exportó el paquete: hay 15 errores y el trimestre 2 está cerrado (sus cifras "
        "son de solo lectura): reábralo con un motivo (Año → Cerrar o reabrir un trimestre…), "
        "corrija los errores y vuelva a exportar."
    )
    assert "• ESTUDIOS SOCIOECONÓMICOS: " in text


def test_errors_of_an_open_quarter_are_said_as_before(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _export_said(open_window, monkeypatch, closed=False)

    assert text.startswith(
        "No se exportó el paquete: hay 15 errores; corríjalos y vuelva a exportar."
    )
    assert "cerrado" not in text
