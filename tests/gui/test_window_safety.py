"""The window keeps data safe: backups before imports, restore in place, one window per file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.app import _opens_window
from ism_desktop.domain.meta import Meta
from ism_desktop.gui import report_import_flow
from ism_desktop.gui.application import _on_second_start
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.restore_dialog import RestoreDialog
from ism_desktop.gui.single_instance import ACTIVATE_MESSAGE
from ism_desktop.platform import backups_dir
from ism_desktop.store.backup import create_backup
from ism_desktop.store.backup_catalogue import list_backups
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def test_restoring_a_backup_from_the_window_puts_the_old_figures_back(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "800")
    saved = create_backup(db_path, backups_dir(), "manual")
    type_into(qtbot, achieved_cell(window), "850")

    def choose(dialog: RestoreDialog) -> int:
        dialog._chosen = saved  # what the confirmed choice leaves behind
        return int(RestoreDialog.DialogCode.Accepted)

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    assert window.saved_label.text().startswith("Guardado automáticamente a las ")
    window.restore_backup()

    assert shown[0].startswith("Se restauró la copia")
    # «Guardado automáticamente a las …» stayed, of the 850 the copy no longer holds.
    assert window.saved_label.text() == ""
    meta = select(window, STUDIES)
    assert window.session.meta(meta.stable_id).num.achieved[0] == Decimal(800)
    reasons = [info.reason for info in list_backups(backups_dir(), db_path.name)]
    assert "antes de restaurar" in reasons
    type_into(qtbot, achieved_cell(window), "777")  # the reopened database takes edits
    assert window.session.store.reports.load() is not None


def test_importing_a_report_in_the_window_makes_a_backup_first(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    seed_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(unit_profile("004"))
    monkeypatch.setattr(QMessageBox, "information", lambda *_: None)
    # It replaces a stored evaluation: the person is asked first, and says yes.
    monkeypatch.setattr(report_import_flow, "ask_to_overwrite", lambda *_: True)
    # A report that changes something (the same one again changes nothing, and keeps no copy).
    corrected = db_path.with_name("corregido.txt")
    text = seed_path.read_text(encoding="utf-8")
    corrected.write_text(text.replace("386 APOYOS Y", "386 APOYOS CORREGIDOS Y", 1), "utf-8")

    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_report(corrected)

    reasons = [info.reason for info in list_backups(backups_dir(), db_path.name)]
    assert reasons == ["antes de importar un informe"]


def test_a_second_start_brings_the_window_up_or_receives_its_package(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    received: list[list[Path]] = []
    monkeypatch.setattr(window.coordination, "receive", lambda paths: received.append(paths))

    _on_second_start(window, ACTIVATE_MESSAGE)
    assert window.statusBar().currentMessage() == (
        "ISM Avance ya estaba abierto con esta base de datos."
    )

    _on_second_start(window, str(tmp_path / "p.ismpaq"))
    assert received == [[tmp_path / "p.ismpaq"]]


@pytest.mark.parametrize(
    ("first", "window"),
    [
        ("C:/Users/ana/Descargas/ETCA-III-04_2024_T1_unidad_004.ISMPAQ", True),
        ("--db", True),
        ("--medir-arranque", True),
        ("import-etca", False),
        ("dump", False),
    ],
)
def test_a_double_clicked_package_opens_the_window(first: str, window: bool) -> None:
    assert _opens_window(first) is window


def test_data_read_again_without_the_meta_shown_leave_nothing_to_type_into(
    open_window: WindowFactory,
) -> None:
    # A restored copy from before the unit received its programme has no metas. Before, the
    # form kept the meta on screen after the data were read again; typing there said «Ocurrió
    # un error inesperado: '<id>'» and showed the figure as if saved. The same reading again
    # follows a change of year, which is how this test empties the list.
    from dataclasses import replace

    window = open_window(unit_profile("004"))
    shown = select(window, STUDIES)
    assert _form_meta(window) is shown

    window.session.set_profile(replace(window.session.profile, year=2030))

    assert window.session.metas() == []
    assert _form_meta(window) is None
    assert not window.form.isEnabled()


def _form_meta(window: MainWindow) -> Meta | None:
    """The meta the form shows, read anew each time."""
    return window.form.meta
