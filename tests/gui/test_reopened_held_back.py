"""The window holds a later quarter's package back while an earlier one waits to be sent again."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import reopen_quarter
from ism_desktop.workspace.transfers import export_unit_package
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui

UNIT = UnitCode("004")
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def _sent_and_reopened(db_path: Path, folder: Path) -> None:
    """Unit 004 exports its first quarter's package (closing it), then reopens it."""
    with Store.open(db_path) as store:
        export_unit_package(store, UNIT, Quarter.FIRST, folder, year=2024)
        reopen_quarter(store, 2024, UNIT, Quarter.FIRST, "Corrección", Author("Unidad 004", "x"))


def test_the_second_quarter_is_not_exported_while_the_first_waits(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sent_and_reopened(db_path, tmp_path / "t1")
    window = open_window(PcProfile(Role.UNIT, UNIT, 2024, Quarter.SECOND))
    said: list[tuple[str, str]] = []
    asked: list[str] = []
    monkeypatch.setattr(
        "ism_desktop.gui.report_actions.QMessageBox.warning",
        lambda _parent, title, text, *_rest: said.append((title, text)),
    )

    def choose(_parent: object, title: str) -> str:
        asked.append(title)
        return str(tmp_path / "t2")

    monkeypatch.setattr("ism_desktop.gui.report_actions.choose_folder", choose)

    window.reports.choose_package_folder()

    # Said before any folder is asked for, and before the second quarter's own errors.
    assert asked == []
    [(title, text)] = said
    assert title == "No se exportó el paquete"
    assert text.startswith(
        "El trimestre 1 está reabierto: exporte primero su paquete (corregido) y entréguelo; "
        "después, el del trimestre 2."
    )
    # The window's own way to change the quarter, not a command office staff cannot type.
    assert "(Archivo → Configuración de esta computadora…)" not in text
    assert "se cambia en Archivo → Configuración de esta computadora… No se exportó" in text
    assert "ism-desktop" not in text
    assert not (tmp_path / "t2").exists()


def test_the_status_bar_says_a_reopened_quarter_was_not_sent_again(
    open_window: WindowFactory, db_path: Path, tmp_path: Path
) -> None:
    _sent_and_reopened(db_path, tmp_path / "t1")

    window = open_window(PcProfile(Role.UNIT, UNIT, 2024, Quarter.SECOND))

    assert window.year_actions.deadline.text() == (
        "Entrega del trimestre 2: sin fecha límite fijada · trimestre 1 reabierto: falta "
        "reenviar su paquete"
    )


def _changed_and_closed_again(db_path: Path, folder: Path) -> None:
    """The first quarter sent, reopened, a figure corrected, and closed as before (not sent)."""
    _sent_and_reopened(db_path, folder)
    with Store.open(db_path) as store:
        report = store.reports.load(year=2024, quarter=Quarter.FIRST)
        assert report is not None
        [meta] = [m for m in report.metas_of(UNIT) if m.description == STUDIES]
        after = with_achieved(meta, Quarter.FIRST, Decimal(765))
        store.edits.save(2024, meta, after, Author("Unidad 004", "x"))
        closing = ClosureEvent(
            2024, "30", UNIT, Quarter.FIRST, CLOSE, "", Author("Unidad 004", "x"), "2030-01-01"
        )
        assert store.closures.set_state(closing)


def test_a_quarter_closed_again_with_changes_holds_the_second_back(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _changed_and_closed_again(db_path, tmp_path / "t1")
    window = open_window(PcProfile(Role.UNIT, UNIT, 2024, Quarter.SECOND))
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "ism_desktop.gui.report_actions.QMessageBox.warning",
        lambda _parent, title, text, *_rest: said.append((title, text)),
    )
    monkeypatch.setattr(
        "ism_desktop.gui.report_actions.choose_folder",
        lambda *_args: pytest.fail("no folder is asked for"),
    )

    window.reports.choose_package_folder()

    [(title, text)] = said
    assert title == "No se exportó el paquete"
    assert text.startswith(
        "El trimestre 1 cambió después de enviar su paquete: exporte primero su paquete "
        "(corregido) y entréguelo; después, el del trimestre 2."
    )
    assert window.year_actions.deadline.text() == (
        "Entrega del trimestre 2: sin fecha límite fijada · trimestre 1 con cambios sin enviar: "
        "falta reenviar su paquete"
    )
    assert not (tmp_path / "t2").exists()


def test_the_window_does_not_close_by_hand_a_quarter_changed_since_its_package(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sent_and_reopened(db_path, tmp_path / "t1")
    window = open_window(PcProfile(Role.UNIT, UNIT, 2024, Quarter.FIRST))
    meta = next(m for m in window.session.metas() if m.description == STUDIES)
    window.session.workspace.edit_meta(with_achieved(meta, Quarter.FIRST, Decimal(765)))
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "ism_desktop.gui.year_actions.QMessageBox.warning",
        lambda _parent, title, text, *_rest: said.append((title, text)),
    )
    monkeypatch.setattr(
        "ism_desktop.gui.year_actions.QMessageBox.information",
        lambda *_args: pytest.fail("the quarter is not closed"),
    )

    window.year_actions.apply_closing(UNIT, 1, False, "")

    [(title, text)] = said
    assert title == "Cerrar o reabrir un trimestre"
    assert text.startswith("El trimestre 1 de la unidad 004 cambió después de enviar su paquete")
    with Store.open(db_path) as store:
        assert not store.closures.is_closed(2024, "30", UNIT, Quarter.FIRST)


def test_the_status_bar_forgets_the_reopened_quarter_once_its_package_goes_again(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The note went only at the next start: the person was told to send what was just sent.
    _sent_and_reopened(db_path, tmp_path / "t1")
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Paquete exportado»
    window = open_window(PcProfile(Role.UNIT, UNIT, 2024, Quarter.FIRST))
    assert window.year_actions.deadline.text().endswith(
        " · trimestre 1 reabierto: falta reenviar su paquete"
    )

    with qtbot.waitSignal(window.reports.package_exported, timeout=30000):
        window.reports.export_package(tmp_path / "otra_vez")

    # Sent again: the quarter is closed and delivered, not awaited.
    assert re.fullmatch(
        r"Trimestre 1 cerrado el \d\d/\d\d/\d{4}: su paquete ya se exportó",
        window.year_actions.deadline.text(),
    )
