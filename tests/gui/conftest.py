"""GUI fixtures: a real database with the seed report, isolated settings, a real window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.gui import newer_year_offer, next_quarter_offer, places
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.store.store import Store

if TYPE_CHECKING:
    from ism_desktop.gui.paimef.paimef_window import PaimefWindow

WindowFactory = Callable[[PcProfile], MainWindow]


def settle(qtbot: QtBot, window: QWidget) -> None:
    """Wait until a maximized window has taken the whole screen (the platform does it later)."""
    if window.isMaximized():
        screen = window.screen().availableGeometry()
        qtbot.waitUntil(lambda: window.frameGeometry() == screen)
    # Layouts settle in posted events (scroll bars come and go once): let them all run.
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def wait_shown(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until a window the program itself showed is on screen; fail if it never is.

    ``qtbot.waitExposed`` is a context manager: called alone it returns and waits for nothing.
    """
    qtbot.waitUntil(lambda: widget.isVisible() and bool(widget.windowHandle().isExposed()))


def wait_for_rules_and_dictionary(qtbot: QtBot, window: MainWindow, session: ReportSession) -> None:
    """Wait for the rules, then the dictionary (its own thread), then the rules run again."""
    from ism_desktop.gui.spelling_support import SpellingSupport

    qtbot.waitUntil(lambda: session.checked, timeout=30_000)
    spelling = window.findChild(SpellingSupport)
    assert spelling is not None
    qtbot.waitUntil(lambda: spelling.checker is not None, timeout=60_000)
    qtbot.waitUntil(lambda: session.checked, timeout=30_000)


def unit_profile(unit: str = "004") -> PcProfile:
    return PcProfile(Role.UNIT, UnitCode(unit), 2024, Quarter.FIRST)


def shown_frame(qtbot: QtBot, settings: QSettings, profile: PcProfile) -> MainWindow:
    """The window's frame on screen, before its data (as the program starts)."""
    window = MainWindow.frame(settings, profile)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show_frame()
    return window


def shown_paimef(qtbot: QtBot, store: Store, author: Author, today: date) -> PaimefWindow:
    """The PAIMEF window on screen, as its menu opens it."""
    from ism_desktop.gui.paimef.paimef_window import PaimefWindow

    shown = PaimefWindow(store, author, today)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    return shown


# A unit's report, and the coordinator's consolidated one.
REPORT_PROFILES = {
    "unidad": unit_profile("009"),
    "consolidado": PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST),
}


@pytest.fixture
def db_path(tmp_path: Path, seed_path: Path) -> Path:
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as store:
        import_etca_file(seed_path, store.reports)
    return path


@pytest.fixture(autouse=True)
def _no_unasked_year_offer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The offer of a newer year is a real modal box: a test that did not expect it fails.

    Unanswered, it waited forever and hung the suite; a test about it patches it again.
    """

    def unexpected(_parent: object, found: object) -> bool:
        raise AssertionError(
            f"la ventana ofreció otro ejercicio sin que la prueba lo esperara: {found}"
        )

    monkeypatch.setattr(newer_year_offer, "ask_to_switch", unexpected)


@pytest.fixture(autouse=True)
def _next_quarter_declined(monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit's export or closing offers the next quarter in a real modal box: «Seguir».

    Every test that exports or closes as a unit reaches it; the tests about the offer answer
    it themselves (``tests/gui/test_next_quarter_offer.py``).
    """
    monkeypatch.setattr(next_quarter_offer, "ask_to_move_on", lambda *_a: False)


@pytest.fixture(autouse=True)
def _no_folder_remembered() -> Iterator[None]:
    """Each test's dialogs start afresh: the folder last chosen is kept module-wide."""
    places.use_settings(None)
    yield
    places.use_settings(None)


@pytest.fixture
def warning_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages of the warning boxes shown (each answered «Aceptar» at once)."""
    return _boxes_said(monkeypatch, "warning")


@pytest.fixture
def information_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages of the information boxes shown (each answered «Aceptar» at once)."""
    return _boxes_said(monkeypatch, "information")


def _boxes_said(monkeypatch: pytest.MonkeyPatch, kind: str) -> list[str]:
    said: list[str] = []

    def answer(_parent: object, _title: str, message: str) -> QMessageBox.StandardButton:
        said.append(message)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, kind, answer)
    return said


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "configuracion.ini"), QSettings.Format.IniFormat)


def _close_losing_typing(window: QWidget) -> None:
    """Close a window a test is done with, losing a figure typed that cannot be saved.

    Closing asks whether to lose it, and a question nobody answers waits forever.
    """
    assert isinstance(window, MainWindow)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
        window.close()
    window.loaded = False  # closed: pytest-qt's own close after this has nothing to save


@pytest.fixture
def open_window(qtbot: QtBot, db_path: Path, settings: QSettings) -> Iterator[WindowFactory]:
    stores: list[Store] = []

    def factory(profile: PcProfile) -> MainWindow:
        store = Store.open(db_path)
        stores.append(store)
        window = MainWindow(ReportSession(store, profile), settings)
        qtbot.addWidget(window, before_close_func=_close_losing_typing)
        with qtbot.waitExposed(window):
            window.show()
        settle(qtbot, window)
        return window

    yield factory
    for store in stores:
        store.close()


@pytest.fixture(params=list(REPORT_PROFILES.values()), ids=list(REPORT_PROFILES))
def report_window(request: pytest.FixtureRequest, open_window: WindowFactory) -> MainWindow:
    """The window of a unit's report, then of the coordinator's consolidated one."""
    return open_window(request.param)
