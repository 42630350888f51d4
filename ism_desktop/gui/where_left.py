"""Where the person left off: the meta last shown, and a word after an unclean end.

The window opened on the first meta at every start, the one being worked on had to be found
again; after a crash it said nothing. The meta is kept in the PC's settings per database file
and profile, written as it is chosen (a crash or a power cut gives no chance at closing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.platform import database_key

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow

GROUP = "ultima_meta"
# Short enough for a 1366 px status bar beside the notes that stay on it (the quarter closed,
# requests pending): longer, it was cut at «Revis…»; then, whole, it filled the line edge to
# edge and the three read as one sentence. «Esta meta»: the window reopens on the last one.
UNCLEAN_END_NOTE = (
    "No se cerró normalmente la última vez: lo guardado está a salvo; revise esta meta."
)
# Said as the window opens, when the person may not be looking yet: twice a routine message's
# while. Said for good, it kept the saved time and the delivery date off the line until some
# other message came.
UNCLEAN_END_SHOWN_MS = 30_000


def _key(window: MainWindow) -> str | None:
    """The setting of this database and profile (None: a database with no file)."""
    path = window.session.store.path
    if path is None:
        return None
    profile = window.session.profile
    return f"{GROUP}/{database_key(path)}/{profile.role.value}-{profile.unit.value}-{profile.year}"


def show_remembered(window: MainWindow) -> None:
    """Show the meta last shown with this database and profile, else (gone) the first one."""
    key = _key(window)
    remembered = window.settings.value(key) if key is not None else None
    if isinstance(remembered, str) and window.model.index_of(remembered).isValid():
        window.select_meta(remembered)
        if window.current_meta_id() == remembered:
            return
    window.select_first()


def remember_shown(window: MainWindow, stable_id: str) -> None:
    """Keep ``stable_id`` as the meta to reopen on; written at once, to outlive a crash."""
    key = _key(window)
    if key is None or window.settings.value(key) == stable_id:
        return
    window.settings.setValue(key, stable_id)
    window.settings.sync()


def say_unclean_end(window: MainWindow) -> None:
    """Say in the status bar, for a while, that the last run did not end normally (no box)."""
    window.statusBar().showMessage(UNCLEAN_END_NOTE, UNCLEAN_END_SHOWN_MS)
