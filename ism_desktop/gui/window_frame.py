"""The main window before its data: its title and «Cargando las metas…».

Or, while a damaged file's copies are offered, which file did not open: the frame is on
screen behind those boxes, and «Cargando las metas…» there promised data that were not coming.

Light on purpose: the frame paints before the database, the workspace and the window's
widgets are loaded, and with Qt's classes only (no flags from Qt's namespace, whose first use
costs tens of milliseconds).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from ism_desktop import APP_NAME, __version__
from ism_desktop.domain.profile import PcProfile

LOADING_TEXT = "Cargando las metas…"


def window_title(profile: PcProfile, unit_name: str) -> str:
    """«ISM Avance 0.1.0 — Unidad 004 <name> — 2024, primer trimestre»."""
    period = f"{profile.year}, {profile.quarter.in_words}"
    who = f"{profile.describe()} {unit_name}" if unit_name else profile.describe()
    return f"{APP_NAME} {__version__} — {who} — {period}"


def loading_view() -> QWidget:
    """«Cargando las metas…», greyed, in the middle (laid out with stretches, not flags)."""
    view = QWidget()
    view.setEnabled(False)  # greyed: a state to wait for, not something to use
    middle = QHBoxLayout()
    middle.addStretch()
    middle.addWidget(QLabel(LOADING_TEXT))
    middle.addStretch()
    rows = QVBoxLayout(view)
    rows.addStretch()
    rows.addLayout(middle)
    rows.addStretch()
    return view


def show_loading(window: QMainWindow, profile: PcProfile) -> None:
    """The frame as it first painted: a copy put back, the data are loading again."""
    window.setWindowTitle(window_title(profile, ""))
    window.setCentralWidget(loading_view())


def show_unopened(window: QMainWindow, database: Path) -> None:
    """The frame behind the boxes about a file that did not open: its name, and that plainly."""
    from PySide6.QtCore import Qt  # only now: its first use would slow the frame's first paint

    window.setWindowTitle(f"{APP_NAME} {__version__} — {database.name}")
    note = QLabel(f"No se pudo abrir la base de datos «{database}».")
    note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    note.setWordWrap(True)  # a long path stays inside a small window
    view = QWidget()
    rows = QVBoxLayout(view)
    # At the top: in the middle, the boxes (centred on the window) hid it.
    rows.addWidget(note)
    rows.addStretch()
    window.setCentralWidget(view)
