"""Starting the window: Qt in Spanish, the database, the PC's profile, the main window."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ism_desktop import APP_NAME, __version__
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca_errors import EtcaFormatError
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.profile_dialog import ProfileDialog
from ism_desktop.gui.profile_settings import load_profile, save_profile
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.store.database import StoreError
from ism_desktop.store.location import data_dir
from ism_desktop.store.store import Store

SETTINGS_FILE_NAME = "configuracion.ini"
PROCESS_START = time.perf_counter()


def install_spanish(app: QApplication) -> None:
    """Spanish for Qt's own dialogs and buttons (file dialogs, «Aceptar», «Cancelar»)."""
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_es", "qt_es"):
        translator = QTranslator(app)
        if translator.load(name, translations):
            app.installTranslator(translator)


def open_settings() -> QSettings:
    """The PC's settings, an INI file beside the data (so a copy of the folder keeps them)."""
    return QSettings(str(data_dir() / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created in Spanish if it does not exist yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ISM")
    app.setApplicationVersion(__version__)
    install_spanish(app)
    return app


def choose_profile(store: Store, settings: QSettings) -> PcProfile | None:
    """The saved profile, or the one the person picks now (None if they cancel)."""
    saved = load_profile(settings)
    if saved is not None:
        return saved
    period = store.reports.current_period() or (2024, Quarter.FIRST)
    report = store.reports.load()
    units = list(report.catalogue.units.values()) if report is not None else []
    dialog = ProfileDialog(units, None, period[0], period[1])
    if dialog.exec() != ProfileDialog.DialogCode.Accepted:
        return None
    profile = dialog.profile()
    save_profile(settings, profile)
    return profile


def run_window(db_path: Path, startup_probe: bool = False) -> int:
    """Open the window on a database file and run until it closes.

    With ``startup_probe`` the program prints how long it took to show the window and quits:
    the start-up benchmark uses it.
    """
    app = ensure_application()
    try:
        store = Store.open(db_path)
        if store.reports.is_empty():
            # Imported only here: the parser is not needed on an ordinary start.
            from ism_desktop.exchange.sample_report import load_sample_if_empty

            load_sample_if_empty(store.reports)
    except (StoreError, EtcaFormatError) as exc:
        message = f"No se pudo abrir la base de datos.\n\n{exc}"
        print(message, file=sys.stderr)
        if not startup_probe:  # the probe runs unattended: nobody would close the box
            QMessageBox.critical(None, APP_NAME, message)
        return 2
    with store:
        settings = open_settings()
        profile = choose_profile(store, settings)
        if profile is None:
            return 0
        session = ReportSession(store, profile)
        window = MainWindow(session, settings)
        window.show()
        if startup_probe:
            QTimer.singleShot(0, lambda: _report_startup(app))
        return app.exec()


def _report_startup(app: QApplication) -> None:
    # Runs once the event loop has painted the first frame of the shown window.
    print(f"ventana mostrada en {time.perf_counter() - PROCESS_START:.3f} s", flush=True)
    app.quit()
