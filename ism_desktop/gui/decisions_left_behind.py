"""Moving to a newer year while decisions of an earlier one wait for their package: asked.

A decision travels only in a programa base or observations package of its own year: once the
coordinator works in the newer year, nothing sends it any more, and the unit keeps waiting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.gui.dialog_buttons import ask_between
from ism_desktop.workspace.decisions_behind import left_behind_said

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow


def may_leave_decisions(window: MainWindow, profile: PcProfile) -> bool:
    """Whether to move to ``profile``: asked (Enter stays) if it leaves decisions behind."""
    session = window.session
    here = session.profile.year
    if profile.role is not Role.COORDINATOR or profile.year <= here:
        return True
    said = left_behind_said(session.store, profile.year)
    if not said:
        return True
    text = "\n\n".join(line[:1].upper() + line[1:] for line in said)
    return ask_between(
        window,
        f"Ejercicio {profile.year}",
        f"{text}\n\n¿Cambiar al ejercicio {profile.year} de todos modos?",
        f"Cambiar a {profile.year}",
        f"Seguir en {here}",
        warning=True,
        enter_rejects=True,
    )
