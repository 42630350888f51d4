"""A report that cannot be read for printing or the PDF and Excel says why, as the preview does.

Read aside over a connection of its own, the failure came back to the window as a program
error: «Ocurrió un error inesperado» with a traceback kept for support, for a database that
cannot be opened again (moved away and something else left in its place, say).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


@pytest.fixture
def window_over_a_damaged_file(open_window: WindowFactory, db_path: Path) -> MainWindow:
    """Unit 004's window; its database file then moved away and another, damaged, put there."""
    window = open_window(unit_profile("004"))
    db_path.rename(db_path.with_name("movida.sqlite3"))
    db_path.write_bytes(b"esto no es una base de datos " * 200)
    return window


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []

    def warning(_parent: QWidget, title: str, text: str, *_args: object) -> int:
        said.append((title, text))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def test_printing_a_report_that_cannot_be_read_says_why(
    window_over_a_damaged_file: MainWindow,
    warnings: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[QPrintDialog] = []

    def ask(dialog: QPrintDialog) -> int:
        asked.append(dialog)
        return int(QPrintDialog.DialogCode.Rejected)

    monkeypatch.setattr(QPrintDialog, "exec", ask)

    window_over_a_damaged_file.reports.print_action.trigger()

    assert asked == []
    [(title, text)] = warnings
    assert title == "No se imprimió"
    assert text.startswith("No se pudo abrir la base de datos «")
    assert "inesperado" not in text


def test_a_report_that_cannot_be_read_writes_no_files_and_says_why(
    window_over_a_damaged_file: MainWindow, warnings: list[tuple[str, str]], tmp_path: Path
) -> None:
    folder = tmp_path / "informes"
    folder.mkdir()

    window_over_a_damaged_file.reports.export_report(folder / "informe.pdf")

    assert list(folder.iterdir()) == []
    [(title, text)] = warnings
    assert title == "No se exportó el informe"
    assert text.startswith("No se pudo abrir la base de datos «")


def test_printing_after_the_database_was_moved_away_makes_no_empty_one_in_its_place(
    open_window: WindowFactory,
    db_path: Path,
    warnings: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(unit_profile("004"))
    db_path.rename(db_path.with_name("movida.sqlite3"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: 0)

    window.reports.print_action.trigger()

    # It made a new, empty database there, then said there was no report to print.
    assert not db_path.exists()
    [(title, text)] = warnings
    assert title == "No se imprimió"
    assert text == (
        f"No se pudo abrir la base de datos «{db_path}»: ya no está en ese lugar (se movió, se "
        "renombró o se borró con ISM Avance abierto); vuelva a ponerla ahí."
    )
