"""The window shows what another program saved in its database once it is used again.

With unit 005's window open, ``justify`` on the command line saved a justification; the window
still counted the warning as unjustified (its export dialog did not) until its next own action.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import written_elsewhere
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import ESTUDIOS, TYPED_004, _unit_pc
from tests.gui.conftest import WindowFactory, unit_profile, wait_shown
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui

REASON = "Se amplió la meta por convenio con BAESVIM."


def _rows(window: MainWindow) -> list[FindingRow]:
    model = window.findings.model
    return [model.row_at(i) for i in range(model.rowCount())]


def _open_warnings(window: MainWindow) -> list[FindingRow]:
    return [r for r in _rows(window) if not r.finding.is_error and r.justification is None]


def _justified(window: MainWindow, row: FindingRow) -> bool:
    """Whether the window lists ``row``'s warning as justified."""
    return any(r.finding == row.finding and r.justification for r in _rows(window))


def _checked_window(qtbot: QtBot, open_window: WindowFactory) -> MainWindow:
    window = open_window(unit_profile("005"))
    qtbot.waitUntil(lambda: window.session.checked, timeout=15_000)
    return window


def _window_and_warnings(
    qtbot: QtBot, open_window: WindowFactory
) -> tuple[MainWindow, list[FindingRow]]:
    """Unit 005's window, checked, and its warnings not justified (the seed report has some)."""
    window = _checked_window(qtbot, open_window)
    before = _open_warnings(window)
    assert before
    return window, before


def _justify_elsewhere(db_path: Path, tmp_path: Path, row: FindingRow) -> None:
    """The command line, another process with its own connection, justifies ``row``."""
    finding = row.finding
    result = run_cli(
        "justify",
        "--db",
        db_path,
        "--ejercicio",
        "2024",
        "--trimestre",
        "1",
        "--meta",
        finding.meta_id,
        "--regla",
        finding.rule,
        "--texto",
        REASON,
        data_dir=tmp_path / "datos_cli",
    )
    assert result.returncode == 0, result.stderr


def _checks_done(monkeypatch: pytest.MonkeyPatch) -> list[None]:
    """One entry each time the watch has looked at the database (and done what it decided).

    A test saying nothing was read again waits for a look first: after a bare wait, a look not
    yet made (a later timer, an activation missed) passed the same as a reload held back.
    """
    done: list[None] = []
    original = written_elsewhere.reload_main_window

    def counted(window: MainWindow) -> None:
        original(window)
        done.append(None)

    monkeypatch.setattr(written_elsewhere, "reload_main_window", counted)
    return done


def _activated(window: QWidget) -> None:
    """The window gets the focus back from another program."""
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    QApplication.processEvents()


def test_the_window_active_again_shows_a_justification_saved_by_the_command_line(
    qtbot: QtBot, open_window: WindowFactory, db_path: Path, tmp_path: Path
) -> None:
    window, before = _window_and_warnings(qtbot, open_window)
    shown = window.current_meta_id()
    _justify_elsewhere(db_path, tmp_path, before[0])

    _activated(window)

    qtbot.waitUntil(lambda: len(_open_warnings(window)) == len(before) - 1, timeout=15_000)
    assert f"({len(before) - 1} sin justificar)" in window.findings.summary.text()
    [justified] = [r for r in _rows(window) if r.finding == before[0].finding]
    assert justified.justification is not None
    assert justified.justification.text == REASON
    assert window.current_meta_id() == shown  # the person's place is kept


def test_the_window_notices_on_its_own_after_a_while(
    qtbot: QtBot, open_window: WindowFactory, db_path: Path, tmp_path: Path
) -> None:
    window, before = _window_and_warnings(qtbot, open_window)
    _justify_elsewhere(db_path, tmp_path, before[0])

    qtbot.waitUntil(lambda: len(_open_warnings(window)) == len(before) - 1, timeout=15_000)


def test_nothing_written_elsewhere_reads_nothing_again(
    qtbot: QtBot, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _checked_window(qtbot, open_window)
    reloads: list[None] = []
    window.session.report_reloaded.connect(lambda: reloads.append(None))
    checks = _checks_done(monkeypatch)

    _activated(window)
    qtbot.waitUntil(lambda: bool(checks), timeout=1_000)  # the activation's look, not the timer's

    assert reloads == []


def test_a_figure_being_typed_stays_and_the_reload_waits_for_it(
    qtbot: QtBot,
    open_window: WindowFactory,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, before = _window_and_warnings(qtbot, open_window)
    meta = window.form.meta
    assert meta is not None
    kind = RowKind.MET if meta.row(RowKind.NUM) is None else RowKind.NUM
    cell = window.form.grid.cell(kind, Series.ACHIEVED, Quarter.FIRST)
    assert not cell.isReadOnly()
    cell.setFocus()
    cell.selectAll()
    qtbot.keyClicks(cell, "17")
    _justify_elsewhere(db_path, tmp_path, before[0])
    checks = _checks_done(monkeypatch)

    _activated(window)
    qtbot.waitUntil(lambda: bool(checks), timeout=1_000)

    assert cell.text() == "17"
    assert cell.isModified()
    assert not _justified(window, before[0])  # not yet: the typing comes first

    qtbot.keyClick(cell, Qt.Key.Key_Return)  # saved by the window's own connection
    _activated(window)

    qtbot.waitUntil(lambda: _justified(window, before[0]), timeout=15_000)
    assert window.current_meta_id() == meta.stable_id
    saved = window.session.meta(meta.stable_id).row(kind)
    assert saved is not None
    assert saved.achieved[0] == Decimal(17)
    assert window.undo_action.isEnabled()  # the figure's own step can still be undone


def test_the_coordinator_window_shows_a_package_received_by_the_command_line(
    qtbot: QtBot, open_window: WindowFactory, db_path: Path, tmp_path: Path
) -> None:
    _unit_db, package = _unit_pc(tmp_path, db_path, "004", TYPED_004)
    window = open_window(PcProfile.coordinator(2024, Quarter.FIRST))
    qtbot.waitUntil(lambda: window.session.checked, timeout=30_000)
    window.select_meta(ESTUDIOS)
    cell = window.form.grid.cell(RowKind.MET, Series.ACHIEVED, Quarter.FIRST)
    assert cell.text() == "761"  # the seed report's

    result = run_cli("import-package", "--db", db_path, package, data_dir=tmp_path / "datos_cli")
    assert result.returncode == 0, result.stderr
    _activated(window)

    qtbot.waitUntil(lambda: cell.text() == "850", timeout=15_000)  # the unit's package's
    assert window.current_meta_id() == ESTUDIOS


def _table_texts(table: QTableWidget) -> set[str]:
    return {
        item.text()
        for row in range(table.rowCount())
        for column in range(table.columnCount())
        if (item := table.item(row, column)) is not None
    }


def test_the_paimef_window_shows_a_capture_the_command_line_saved(
    qtbot: QtBot, open_window: WindowFactory, db_path: Path, tmp_path: Path
) -> None:
    # «capturar» refuses a year with no Programa Anual: this year's is stored first.
    with Store.open(db_path) as store:
        this_year = programme(year=date.today().year)
        store.paimef.replace(this_year, Author("Unidad 005", "ana"), "prueba", [])
    window = _checked_window(qtbot, open_window)
    window.show_paimef()  # as its menu opens it, over the main window
    [paimef] = window.findChildren(PaimefWindow)
    wait_shown(qtbot, paimef)
    table = paimef.indicators_tab.table
    assert "120; 100" not in _table_texts(table)
    period = f"{date.today().year}-T1"  # the window shows the programme of today's year

    result = run_cli(
        "paimef", "capturar", "--numero", "2", "--periodo", period, "120", "100",
        "--db", db_path, data_dir=tmp_path / "datos_cli",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    _activated(paimef)

    qtbot.waitUntil(lambda: "120; 100" in _table_texts(table), timeout=15_000)
    paimef.reject()


def test_a_dialog_open_over_the_window_holds_the_reload_until_it_closes(
    qtbot: QtBot,
    open_window: WindowFactory,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, before = _window_and_warnings(qtbot, open_window)
    dialog = QDialog(window)
    dialog.open()  # window-modal, as the window's own dialogs are
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    _justify_elsewhere(db_path, tmp_path, before[0])
    checks = _checks_done(monkeypatch)

    _activated(window)
    qtbot.waitUntil(lambda: bool(checks), timeout=1_000)
    assert not _justified(window, before[0])  # not under the dialog

    dialog.reject()
    _activated(window)
    qtbot.waitUntil(lambda: _justified(window, before[0]), timeout=15_000)
