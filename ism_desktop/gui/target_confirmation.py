"""Saying a modified-target change was saved: a unit's request under the figures, whole.

The status bar cut a request's confirmation at 1366×768 («…: T1 NUM 0 → 10,…») before it
said where the request goes; the note under the figures wraps it, and stays until the meta
is shown again. The bar says, short, that it was registered and where to read it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.domain.profile import Role
from ism_desktop.gui.meta_form_notes import show_note

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow

REQUEST_REGISTERED = (
    "Se registró la solicitud de cambio de meta modificada (vea la nota bajo las cifras)."
)
SAID_SECONDS = 15


def confirm_target_saved(window: MainWindow, said: str) -> None:
    """Say ``said``: a unit's request under the figures, a coordinator's change in the bar."""
    bar = window.statusBar()
    if window.session.profile.role is Role.COORDINATOR:
        bar.showMessage(said, SAID_SECONDS * 1000)  # «Se cambió la meta modificada…» fits
        return
    show_note(window.form.requests, "Solicitud registrada:", [said])
    bar.showMessage(REQUEST_REGISTERED, SAID_SECONDS * 1000)
