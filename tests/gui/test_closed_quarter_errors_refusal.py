"""Errors in a quarter closed by hand: the refusal says to reopen it before correcting.

A unit closed its second quarter by hand (Año → Cerrar o reabrir un trimestre…) with the
quarter still missing figures; «Exportar paquete…» then said «corríjalos y vuelva a
exportar» while every cell was read-only, and nothing said how to get out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.check import CheckedFinding
from ism_desktop.exchange.export.report_package import ExportRefusedError
from ism_desktop.gui.export_messages import export_error
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.e2e.cli_runner import run_cli
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
    assert first.startswith(
        "No se exportó el paquete: la validación del trimestre 2 de 2024 encontró 15 errores y "
        "el trimestre está cerrado (sus cifras son de solo lectura): reábralo con un motivo "
        "(Año → Cerrar o reabrir un trimestre…"
    )
    assert "• ESTUDIOS SOCIOECONÓMICOS: " in text


def test_errors_of_an_open_quarter_are_said_as_before(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _export_said(open_window, monkeypatch, closed=False)

    assert text.startswith(
        "No se exportó el paquete: la validación del trimestre 2 de 2024 encontró 15 errores; "
        "corríjalos y vuelva a exportar."
    )
    assert "cerrado" not in text


def test_the_window_and_the_command_refuse_in_the_same_words(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, db_path: Path, tmp_path: Path
) -> None:
    # The window said «hay 15 errores y el trimestre 2 está cerrado…, corrija los errores»,
    # the command «la validación del trimestre 2 de 2024 encontró 15 errores y el trimestre
    # está cerrado…, corríjalos»: one refusal, worded in one place.
    text = _export_said(open_window, monkeypatch, closed=True)
    command = run_cli(
        "export", "--db", db_path, "--unidad", "004", "--trimestre", "2", "--ejercicio", "2024",
        "--out", tmp_path,
    )  # fmt: skip

    window_said = text.splitlines()[0].removeprefix("No se exportó el paquete: ")
    command_said = command.stderr.splitlines()[0].removeprefix("Error: no se exporta el paquete: ")
    assert window_said == command_said
    assert window_said == (
        "la validación del trimestre 2 de 2024 encontró 15 errores y el trimestre está cerrado "
        "(sus cifras son de solo lectura): reábralo con un motivo (Año → Cerrar o reabrir un "
        "trimestre…; en la línea de comandos: ism-desktop trimestre reabrir --ejercicio 2024 "
        '--unidad 004 --trimestre 2 --motivo "…"), corrija los errores y vuelva a exportar.'
    )


def test_a_refusal_raised_by_the_export_still_says_the_quarter_is_closed() -> None:
    errors = (CheckedFinding("m1", "ESTUDIOS", "REGLA", "realizado.t2.NUM", "Falta el realizado."),)
    refused = ExportRefusedError(errors, 2024, UnitCode("004"), Quarter.SECOND, closed=True)

    said = export_error(refused)

    assert said.startswith(
        "No se exportó el paquete: la validación del trimestre 2 de 2024 encontró 1 error y el "
        "trimestre está cerrado"
    )
    assert "• ESTUDIOS: Falta el realizado." in said
