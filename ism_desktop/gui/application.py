"""Starting the window: Qt in Spanish, the PC's profile, the window's frame, then the data.

The frame (title, size, «Cargando las metas…») is painted first; the database, the workspace
and the rest of the window load right after that paint (``window_opening``).
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ism_desktop import APP_NAME, __version__
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.alt_letters import ignore_unanswered_alt_letters
from ism_desktop.gui.app_icon import application_icon
from ism_desktop.gui.collection_on_gui_thread import collect_on_gui_thread
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.profile_settings import load_profile, remember_offered, save_profile
from ism_desktop.gui.single_instance import ACTIVATE_MESSAGE, SingleInstanceGuard, bring_to_front
from ism_desktop.gui.startup_probe import (
    DATA_SHOWN,
    FINDINGS_READY,
    FIRST_PAINT,
    FirstPaintProbe,
    after_next_paint,
    say,
)
from ism_desktop.gui.window_frame import show_loading, show_unopened
from ism_desktop.platform import data_dir

if TYPE_CHECKING:
    from ism_desktop.gui.report_session import ReportSession
    from ism_desktop.workspace.opening import Store

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
    ignore_unanswered_alt_letters()  # the first-run question comes before any window
    collect_on_gui_thread(app)  # before any worker thread starts
    return app


PROFILE_NOT_CHOSEN = (
    "ISM Avance no se abrió: falta elegir la unidad administrativa de esta computadora. "
    "La próxima vez que lo abra se le preguntará de nuevo."
)


def choose_profile(store: Store, settings: QSettings) -> PcProfile | None:
    """The saved profile, or the one the person picks now (None if they cancel)."""
    saved = load_profile(settings)
    if saved is not None:
        return saved
    period = store.reports.current_period() or (2024, Quarter.FIRST)
    report = store.reports.load()
    units = list(report.catalogue.units.values()) if report is not None else []
    from ism_desktop.exchange.etca.sample_report import offered_units  # first run only
    from ism_desktop.gui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(offered_units(units), None, period[0], period[1])
    if dialog.exec() != ProfileDialog.DialogCode.Accepted:
        # Gone without a word, the program looked as if it had failed to start.
        QMessageBox.information(None, APP_NAME, PROFILE_NOT_CHOSEN)
        return None
    profile = dialog.profile()
    save_profile(settings, profile)
    # The question offered the database's year: a year chosen before it was chosen knowingly,
    # and is not questioned again at the start that follows.
    remember_offered(settings, period[0])
    return profile


def run_window(
    db_path: Path, startup_probe: bool = False, package: Path | None = None, *, sample: bool = True
) -> int:
    """Open the window on a database file and run until it closes.

    ``sample``: a new or empty database gets the sample report (the default database's first
    start); without it, it stays empty.

    One window per database: a second start hands its package (or just "activate") to the
    first one and ends. With ``startup_probe`` the program prints when the window was first
    painted and when the rules' findings were in, and quits: the start-up benchmark uses it.
    """
    app = ensure_application()
    guard = SingleInstanceGuard(db_path)
    if not guard.claim():
        if guard.notify_running(str(package.resolve()) if package else ACTIVATE_MESSAGE):
            return 0
        _complain(
            "ISM Avance ya tiene abierta esta base de datos, pero no responde. Ciérrelo y "
            "vuelva a abrirlo.",
            startup_probe,
        )
        return 1
    try:
        return _run_guarded(app, guard, db_path, startup_probe, package, sample)
    except Exception as exc:
        # The last net: the bundle has no console, and a traceback there is a program that
        # vanishes. Said in Spanish, its details kept for support.
        from ism_desktop.workspace.error_log import program_error_message

        _complain(program_error_message(exc, "al abrir la ventana", unchanged=True), startup_probe)
        return 1
    finally:
        guard.release()


def _run_guarded(
    app: QApplication,
    guard: SingleInstanceGuard,
    db_path: Path,
    startup_probe: bool,
    package: Path | None,
    sample: bool,
) -> int:
    settings = open_settings()
    profile = load_profile(settings)
    store: Store | None = None
    held: list[str] = []  # second starts heard before the window was filled
    restored: list[str] = []  # what a backup put back in place of a damaged file says
    filled: list[MainWindow] = []

    def on_second_start(message: str) -> None:
        if filled:
            _on_second_start(filled[0], message)
            return
        held.append(message)  # answered once the window is filled
        question = QApplication.activeModalWidget()
        if question is not None:
            bring_to_front(question)

    guard.message_received.connect(on_second_start)
    if profile is None:
        # First run: the question lists the report's units, so the data opens before the window.
        from ism_desktop.gui import window_opening
        from ism_desktop.workspace.failures import cannot_open_text

        while True:  # again after a backup put back in place of a damaged file
            try:
                store = window_opening.open_data(db_path, sample=sample)
                # The question may stay open a while: a second start (the icon clicked twice)
                # is heard meanwhile, instead of being told that this one does not answer.
                guard.listen()
                profile = choose_profile(store, settings)
                break
            except window_opening.READING_FAILURES as exc:
                if store is not None:
                    with contextlib.suppress(Exception):
                        store.close()
                    store = None
                if back := _restored(exc, db_path, startup_probe, restored):
                    continue
                _complain(cannot_open_text(exc), startup_probe or back is None)
                return 2
        if profile is None:
            store.close()
            return 0
    window = MainWindow.frame(settings, profile)
    sessions: list[ReportSession] = []
    watch_findings = _probe_start(app, window) if startup_probe else None

    def after_first_paint() -> None:
        nonlocal store
        # Imported now: the window's modules and the database's, most of what the program loads.
        from ism_desktop.gui import window_opening
        from ism_desktop.workspace.failures import cannot_open_text

        # Listening already: a second start's message waits until the window is filled.
        guard.listen()

        def offer_copies(exc: Exception) -> bool | None:
            # Behind the offer, the frame names the file that did not open, not «Cargando…».
            show_unopened(window, db_path)
            back = _restored(exc, db_path, startup_probe, restored)
            if back:
                show_loading(window, profile)
            return back

        while True:  # again after a backup put back in place of a damaged file
            try:
                opened = (
                    store if store is not None else window_opening.open_data(db_path, sample=sample)
                )
            except window_opening.OPENING_FAILURES as exc:
                if back := offer_copies(exc):
                    continue
                window.hide()
                app.setQuitOnLastWindowClosed(False)  # the message box must not end it with «0»
                _complain(cannot_open_text(exc), startup_probe or back is None)
                app.exit(2)
                return
            try:
                session = window_opening.fill_window(
                    window, opened, profile, package, lambda text: _complain(text, startup_probe)
                )
                break
            except BaseException as exc:
                with contextlib.suppress(Exception):
                    opened.close()
                store = None  # closed: the file is opened anew after a restore
                back = isinstance(exc, Exception) and offer_copies(exc)
                if back:
                    continue
                _fail_filling(app, window, exc, startup_probe or back is None)
                if not isinstance(exc, Exception):
                    raise  # Ctrl+C and the like, as Python says them
                return
        sessions.append(session)
        filled.append(window)
        if guard.left_by_crash:
            from ism_desktop.gui.where_left import say_unclean_end

            say_unclean_end(window)
        for said in restored:
            # The window opened as if nothing had happened: which copy is back, and where the
            # damaged file was kept, were said nowhere.
            window.statusBar().showMessage(said, RESTORED_SHOWN_MS)
        for message in held:
            _on_second_start(window, message)
        held.clear()
        if watch_findings is not None:
            watch_findings(session)

    after_next_paint(window, after_first_paint)
    window.show_frame()
    from ism_desktop.gui.program_error_hook import ProgramErrorHook

    hook = ProgramErrorHook(lambda message: _complain(message, startup_probe))
    hook.install()
    try:
        return app.exec()
    finally:
        hook.uninstall()
        for shown in filled:
            # The dictionary's worker reports to the window: left reading, it sent its result to
            # objects being destroyed, and the program ended in a segmentation fault.
            spelling = shown.coordination.spelling
            if spelling is not None:
                spelling.wait()
        for session in sessions:
            session.stop_validation()
            session.store.close()  # the session may hold a store reopened after a restore
        if store is not None and not sessions:
            store.close()  # opened for the first-run question, closed before it was used


def _on_second_start(window: MainWindow, message: str) -> None:
    bring_to_front(window)
    if not window.loaded:
        return  # the data could not be opened: the window is closing
    if message == ACTIVATE_MESSAGE:
        window.statusBar().showMessage("ISM Avance ya estaba abierto con esta base de datos.", 8000)
    else:
        window.coordination.receive([Path(message)])


def _restored(failure: Exception, database: Path, unattended: bool, said: list[str]) -> bool | None:
    """A damaged file's backup put back, if the person chose one (never in an unattended run).

    What to say of it once the window opens is added to ``said``. None: the person left, and
    a box said what was kept (the failure only goes to the log, not in a box again).
    """
    if unattended:
        return False
    from ism_desktop.gui.damaged_database import Left, restored_after_damage

    try:
        note = restored_after_damage(failure, database)
    except Exception:  # the offer failed: the damage is still said, as without it
        return False
    if note is Left.LEFT:
        return None
    if note is None:
        return False
    said.append(note)
    return True


# A while to read, as the note after an unclean end: said as the window opens.
RESTORED_SHOWN_MS = 30_000


def _fail_filling(
    app: QApplication, window: MainWindow, exc: BaseException, unattended: bool
) -> None:
    # Never a frame left loading forever, nor a window that vanishes with nothing said.
    window.hide()
    app.setQuitOnLastWindowClosed(False)  # the message box must not end it with «0»
    code = 1
    try:
        if isinstance(exc, Exception):
            code = _say_filling_failure(exc, unattended)
    finally:
        app.exit(code)  # whatever happened while telling it


def _say_filling_failure(exc: Exception, unattended: bool) -> int:
    """Say why the window could not be filled; the exit code (2: the data, 1: a program error)."""
    from ism_desktop.workspace.error_log import program_error_message
    from ism_desktop.workspace.failures import STORE_FAILURES, StoreError, cannot_open_text

    if isinstance(exc, (StoreError, *STORE_FAILURES, OSError)):
        # Ours is already one Spanish sentence (a figure damaged outside the program, for one).
        _complain(cannot_open_text(exc), unattended)
        return 2
    _complain(program_error_message(exc, "al abrir el informe", unchanged=True), unattended)
    return 1


def _complain(message: str, unattended: bool) -> None:
    print(message, file=sys.stderr)
    if not unattended:  # the probe runs unattended: nobody would close the box
        from ism_desktop.gui.path_line import warn_with_paths

        warn_with_paths(None, APP_NAME, message)  # the database's path on one line


def _probe_start(app: QApplication, window: MainWindow) -> Callable[[ReportSession], None]:
    """Say when the window is first painted, when the metas show, when the findings are in.

    Then quit. Returns what to call with the session once the window has one.
    """
    pending = {FIRST_PAINT, DATA_SHOWN, FINDINGS_READY}

    def reached(what: str) -> None:
        if what in pending:
            pending.discard(what)
            say(what, PROCESS_START)
            if not pending:
                QTimer.singleShot(0, app.quit)

    def watch(session: ReportSession) -> None:
        FirstPaintProbe(window.tree.viewport(), lambda: reached(DATA_SHOWN))
        session.findings_changed.connect(
            lambda: reached(FINDINGS_READY) if session.checked else None
        )

    FirstPaintProbe(window, lambda: reached(FIRST_PAINT))
    return watch
