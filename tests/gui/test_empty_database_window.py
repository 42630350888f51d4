"""A database with no metas at all (a new file named with --db): the window says how to fill it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ism_desktop.domain.profile import PcProfile
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.store.store import Store
from tests.gui.conftest import settle, unit_profile
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui


def _empty_window(qtbot: QtBot, tmp_path: Path, profile: PcProfile) -> MainWindow:
    store = Store.open(tmp_path / "nueva.sqlite3")  # a real file, new: no metas in any year
    window = MainWindow(ReportSession(store, profile), QSettings(str(tmp_path / "c.ini")))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.session.checked)
    window.session.validate_all()
    return window


def test_a_unit_is_told_to_import_the_report_into_an_empty_database(
    qtbot: QtBot, tmp_path: Path, seed_path: Path
) -> None:
    window = _empty_window(qtbot, tmp_path, unit_profile("004"))

    assert window.findings.summary.text() == (
        "Esta base de datos está vacía: importe el informe oficial ETCA-III-04 (Archivo → "
        "Importar informe oficial…, Ctrl+I) o reciba el programa base (Archivo → Recibir "
        "paquetes…)."
    )

    # Once the report is in, it is a database like any other: nothing said of it being empty.
    import_etca_file(seed_path, window.session.store.reports)
    window.session.reload()
    assert not window.findings.summary.text().startswith("Esta base de datos está vacía")


def test_the_coordinator_is_told_to_import_the_report_or_prepare_the_programme(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _empty_window(qtbot, tmp_path, COORDINATOR)

    assert window.findings.summary.text() == (
        "Esta base de datos está vacía: importe el informe oficial ETCA-III-04 (Archivo → "
        "Importar informe oficial…, Ctrl+I) o prepare el programa (Año → Programa de un año "
        "nuevo…)."
    )


def test_the_settings_of_an_empty_database_offer_the_institutes_units(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # *Archivo → Configuración…* listed only the coordinating unit and the PC's own.
    from ism_desktop.gui import window_dialogs
    from ism_desktop.gui.profile_dialog import ProfileDialog

    window = _empty_window(qtbot, tmp_path, unit_profile("004"))
    asked: list[list[str]] = []

    def look(dialog: ProfileDialog) -> int:
        asked.append([dialog.unit_box.itemText(i) for i in range(dialog.unit_box.count())])
        return int(ProfileDialog.DialogCode.Rejected)

    monkeypatch.setattr(ProfileDialog, "exec", look)
    window_dialogs.edit_profile(window)

    (labels,) = asked
    assert "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA" in labels
    assert "009 ISM UNIDAD DE TRANSPARENCIA" in labels
    assert window.session.store.reports.is_empty()
