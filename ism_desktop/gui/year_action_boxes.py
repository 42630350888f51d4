"""What the «Año» menu's actions share: the failures they say, and their closing boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from ism_desktop.domain.window_wording import for_window
from ism_desktop.exchange.package.writer import ExportError
from ism_desktop.workspace import quarter_closing, target_requests, year_programme
from ism_desktop.workspace.opening import StoreError

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow

FAILURES = (
    year_programme.ProgrammeError,
    quarter_closing.ClosingError,
    target_requests.RequestError,
    StoreError,
    ExportError,
    OSError,
)


def sentence(exc: Exception) -> str:
    """A use case's message (in lower case, to follow a colon) as the window says it.

    A sentence, its menu paths without the commands the use case names for the command line.
    """
    return for_window(str(exc)[:1].upper() + str(exc)[1:])


def say_failure(window: MainWindow, title: str, exc: Exception) -> None:
    """A use case's refusal, in a warning box titled by the action."""
    QMessageBox.warning(window, title, sentence(exc))


def say_done(window: MainWindow, title: str, text: str) -> None:
    """The views reloaded with what was just stored, then what was done, in a box."""
    window.session.reload()
    QMessageBox.information(window, title, for_window(text))
