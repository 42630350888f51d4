"""One measured print preview, in a process of its own (started by ``bench_preview.py``).

Opens the window on the database given (a coordinator, who prints the whole institution),
waits until it is on screen (and, if it loads the PDF engine ahead, until that is loaded, as it
is once the window has settled), then clicks «Vista previa de impresión…» (the action's trigger) and
watches the preview's paint events for the first page drawn, then waits for the whole document
(the preview's ``document_completed``; the previous version had it before it opened). Prints
one JSON line: seconds (wall and CPU, every thread) from the click to each, the page's width in
pixels, the page count, and the peak RSS before the click.

Run by path, not as a module, so that ``ism_desktop`` comes from ``PYTHONPATH``: another copy
of the code (the previous version, say) is measured the very same way.

Usage: ``python bench/preview_child.py DATABASE SETTINGS.ini``
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

SETTLE_MS = 300  # after the window shows, before the click: its first paints are done
TIMEOUT_S = 600.0


def _mib(max_rss: int) -> float:
    return max_rss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(database: Path, settings_file: Path) -> int:
    """Open the window, click the preview, print the JSON line; 1 if it never showed a page."""
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.domain.profile import PcProfile, Role
    from ism_desktop.domain.quarter import Quarter
    from ism_desktop.gui.application import ensure_application
    from ism_desktop.gui.main_window import MainWindow
    from ism_desktop.gui.report_preview import ReportPreviewDialog
    from ism_desktop.gui.report_session import ReportSession
    from ism_desktop.workspace.opening import Store

    # As the program makes it: its workers leave cycles to the window's thread, in Spanish.
    app = ensure_application(["bench"])
    store = Store.open(database)
    profile = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
    # The rules are not run: the preview does not need them, and they would share the CPU.
    session = ReportSession(store, profile, validate=False, background=True)
    window = MainWindow(session, QSettings(str(settings_file), QSettings.Format.IniFormat))
    reports = window.reports
    result: dict[str, float] = {}
    clicked = [0.0, 0.0]

    def elapsed() -> tuple[float, float]:
        return time.perf_counter() - clicked[0], time.process_time() - clicked[1]

    def whole_written() -> None:
        now, cpu = elapsed()
        result.update(whole=now, whole_cpu=cpu)
        dialog = reports.preview_dialog
        if dialog is not None:  # counted now: a first look shows its first pages alone
            result["pages"] = dialog.page_count()
        app.quit()

    def after_paint(dialog: ReportPreviewDialog) -> None:
        # Runs once the paint event is over: the page is in the window's backing store.
        if "first" in result or 0 not in dialog.strip.rendered:
            return
        now, cpu = elapsed()
        result.update(first=now, first_cpu=cpu, width=dialog.strip.width() - 24)
        result["pages"] = dialog.page_count()
        # The previous version opened the preview only once the whole was written.
        if not hasattr(dialog, "document_completed") or dialog.is_complete():
            whole_written()
        else:
            dialog.document_completed.connect(whole_written)

    class PaintWatch(QObject):
        def __init__(self, dialog: ReportPreviewDialog) -> None:
            super().__init__(dialog)
            self._dialog = dialog

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: after_paint(self._dialog))
            return False

    def watch() -> None:
        # The previous version opened the dialog later, once its document was written.
        dialog = reports.preview_dialog
        if dialog is None:
            QTimer.singleShot(10, watch)
            return
        dialog.strip.installEventFilter(PaintWatch(dialog))
        after_paint(dialog)  # it may have painted between two looks

    def click() -> None:
        result["rss_before"] = _mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        clicked[:] = [time.perf_counter(), time.process_time()]
        reports.preview_action.trigger()
        watch()

    def click_once_settled() -> None:
        # A window that loads the PDF engine ahead does so once it has settled (the findings
        # and the dictionary done, seconds before anyone reaches the menu): the click comes
        # after that. The previous version has nothing to wait for.
        engine = getattr(reports, "print_engine", None)
        if engine is None:
            click()
            return
        engine.start()

        def click_when_loaded() -> None:
            if engine.is_loaded():
                QTimer.singleShot(SETTLE_MS, click)
            else:
                QTimer.singleShot(10, click_when_loaded)

        click_when_loaded()

    window.show()
    QTimer.singleShot(SETTLE_MS, click_once_settled)
    QTimer.singleShot(round(TIMEOUT_S * 1000), lambda: app.exit(1))
    code = app.exec()
    if reports.preview_dialog is not None:
        reports.preview_dialog.close()
    window.close()
    store.close()
    if code or "whole" not in result:
        return 1
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))
