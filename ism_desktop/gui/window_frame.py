"""The main window before its data: its title and «Cargando las metas…».

Light on purpose: the frame paints before the database, the workspace and the window's
widgets are loaded, and with Qt's classes only (no flags from Qt's namespace, whose first use
costs tens of milliseconds).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

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
