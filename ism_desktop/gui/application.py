"""Starting the window: Qt in Spanish, the database, the PC's profile, the main window."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ism_desktop import APP_NAME, __version__
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.gui.app_icon import application_icon
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.profile_settings import load_profile, save_profile
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.gui.single_instance import ACTIVATE_MESSAGE, SingleInstanceGuard, bring_to_front
from ism_desktop.gui.spelling_support import SpellingSupport
from ism_desktop.gui.startup_probe import FINDINGS_READY, FIRST_PAINT, FirstPaintProbe, say
from ism_desktop.platform import data_dir
from ism_desktop.workspace.backups import copy_on_open
from ism_desktop.workspace.opening import Store, StoreError
from ism_desktop.workspace.spelling_words import load_spelling

SETTINGS_FILE_NAME = "configuracion.ini"
FIRST_PAINT_FALLBACK_MS = 2000
PROCESS_START = time.perf_counter()


def install_spanish(app: QApplication) -> None:
    """Spanish for Qt's own dialogs and buttons (file dialogs, «Aceptar», «Cancelar»)."""
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_es", "qt_es"):
        translator = QTranslator(app)
        if translator.load(name, translations):
            app.installTranslator(translator)
    from ism_desktop.gui.qt_spanish import SpanishQtWords

    # Installed last, asked first: it fills the gaps of Qt's Spanish catalogue.
    app.installTranslator(SpanishQtWords(app))


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
    app.setWindowIcon(application_icon())
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
    from ism_desktop.gui.profile_dialog import ProfileDialog  # first run only

    dialog = ProfileDialog(units, None, period[0], period[1])
    if dialog.exec() != ProfileDialog.DialogCode.Accepted:
        return None
    profile = dialog.profile()
    save_profile(settings, profile)
    return profile


def run_window(db_path: Path, startup_probe: bool = False, package: Path | None = None) -> int:
    """Open the window on a database file and run until it closes.

    One window per database: a second start hands its package (or just "activate") to the
    first one and ends. With ``startup_probe`` the program prints how long it took to show
    the window and quits: the start-up benchmark uses it.
    """
    app = ensure_application()
    guard = SingleInstanceGuard(db_path)
    if not guard.try_acquire():
        if guard.notify_running(str(package.resolve()) if package else ACTIVATE_MESSAGE):
            return 0
        _complain(
            "ISM Avance ya tiene abierta esta base de datos, pero no responde. Ciérrelo y "
            "vuelva a abrirlo.",
            startup_probe,
        )
        return 1
    try:
        return _run_guarded(app, guard, db_path, startup_probe, package)
    finally:
        guard.release()


def _run_guarded(
    app: QApplication,
    guard: SingleInstanceGuard,
    db_path: Path,
    startup_probe: bool,
    package: Path | None,
) -> int:
    try:
        # Opening makes a backup first when an older version's file must be upgraded.
        store = Store.open(db_path)
        if store.reports.is_empty():
            # Imported only here: the parser is not needed on an ordinary start.
            from ism_desktop.exchange.etca.sample_report import load_sample_if_empty

            load_sample_if_empty(store.reports)
    except (StoreError, EtcaFormatError) as exc:
        _complain(f"No se pudo abrir la base de datos.\n\n{exc}", startup_probe)
        return 2
    settings = open_settings()
    profile = choose_profile(store, settings)
    if profile is None:
        store.close()
        return 0
    session = ReportSession(store, profile, validate=False, background=True)
    window = MainWindow(session, settings)
    guard.message_received.connect(lambda message: _on_second_start(window, message))
    if startup_probe:
        _probe_start(app, window, session)

    # The data is on screen first. Right after its first paint, before the person can change
    # anything (this thread is busy until it is done), the copy of the file as it was opened;
    # then the rules start on their own thread, and a package given to open is received.
    def after_first_paint() -> None:
        _back_up_on_open(db_path, startup_probe)
        session.start_validation()
        if package is not None:
            window.coordination.receive([package])

    start_after_first_paint(window, after_first_paint)
    window.show()
    # The dictionary takes a second to read: in a worker thread, once the window is on screen.
    spelling = SpellingSupport(session, window.form.narrative, window.statusBar(), window)
    start_after_first_paint(window, lambda: spelling.start(load_spelling))
    window.coordination.packages_received.connect(lambda _results: spelling.reread_lists())
    try:
        return app.exec()
    finally:
        session.stop_validation()
        session.store.close()  # the session may hold a store reopened after a restore


def start_after_first_paint(window: MainWindow, action: Callable[[], object]) -> None:
    """Run ``action`` once, after the window's first paint (or soon anyway if it never paints)."""
    started = False

    def once() -> None:
        nonlocal started
        if not started:
            started = True
            action()

    # Queued, not inside the paint event: the paint completes first.
    FirstPaintProbe(window, lambda: QTimer.singleShot(0, once))
    QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, once)


def _back_up_on_open(db_path: Path, startup_probe: bool) -> None:
    try:
        copy_on_open(db_path)
    except StoreError as exc:
        # A missing backup must not stop today's work; saying so is enough.
        _complain(f"No se pudo guardar la copia de seguridad al abrir: {exc}", startup_probe)


def _on_second_start(window: MainWindow, message: str) -> None:
    bring_to_front(window)
    if message == ACTIVATE_MESSAGE:
        window.statusBar().showMessage("ISM Avance ya estaba abierto con esta base de datos.", 8000)
    else:
        window.coordination.receive([Path(message)])


def _complain(message: str, unattended: bool) -> None:
    print(message, file=sys.stderr)
    if not unattended:  # the probe runs unattended: nobody would close the box
        QMessageBox.warning(None, APP_NAME, message)


def _probe_start(app: QApplication, window: MainWindow, session: ReportSession) -> None:
    """Say when the window is first painted and when the findings are in; then quit."""
    pending = {FIRST_PAINT, FINDINGS_READY}

    def reached(what: str) -> None:
        if what in pending:
            pending.discard(what)
            say(what, PROCESS_START)
            if not pending:
                QTimer.singleShot(0, app.quit)

    FirstPaintProbe(window, lambda: reached(FIRST_PAINT))
    session.findings_changed.connect(lambda: reached(FINDINGS_READY) if session.checked else None)
