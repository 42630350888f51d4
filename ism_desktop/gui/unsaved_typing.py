"""Saving what is typed before something reads the database, and saying once why it was not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ism_desktop.domain.wording import after_colon

if TYPE_CHECKING:
    from ism_desktop.gui.report_session import ReportSession

FIGURE_NOT_SAVED = "No se guardó la cifra escrita"
TEXT_NOT_SAVED = "No se guardó la evaluación escrita"
# The workspace's words before a reason that does not name what it refused.
GENERIC_NOT_SAVED = "No se guardó el cambio: "
# How an evaluation's edit is described (``MetaForm._commit_narrative``), to tell it apart.
TEXT_EDIT = "Evaluación"


@dataclass(frozen=True)
class Unsaved:
    """What typing could not be saved, in Spanish (empty: all of it was)."""

    message: str = ""
    text: bool = False  # the evaluation's text
    figure: bool = False  # a figure

    def __bool__(self) -> bool:
        return bool(self.message)

    @property
    def lost(self) -> str:
        """What closing anyway loses, to end the question."""
        if self.text and self.figure:
            return "Lo escrito se pierde."
        return "El texto escrito se pierde." if self.text else "La cifra escrita se pierde."


def flush_saying_why(flush: Callable[[], str], session: ReportSession) -> Unsaved:
    """``flush`` for a caller that stops when typing is not saved and says why in its own box.

    The database's reasons come in the text returned, each for what it refused (the evaluation,
    a figure), instead of a box of their own before the caller's; a figure typed wrong says
    what is wrong with it.
    """
    with session.refusals_held() as refused:
        problem = flush()
    lines = [_refused_line(r.what, r.reason) for r in refused]
    text = any(r.what.startswith(TEXT_EDIT) for r in refused)
    figure_refused = len(refused) > int(text)
    # The form's own words for a figure the database refused add nothing to its reason.
    if problem and not (figure_refused and problem == f"{FIGURE_NOT_SAVED}."):
        lines.append(problem)
    return Unsaved("\n".join(lines), text, figure_refused or bool(problem))


def _refused_line(what: str, reason: str) -> str:
    """One refused save, with «No se guardó» said once (the reason may say it itself)."""
    if reason.startswith("No se guardó") and not reason.startswith(GENERIC_NOT_SAVED):
        return reason  # it names what was not saved (a closed quarter names the meta)
    head = TEXT_NOT_SAVED if what.startswith(TEXT_EDIT) else FIGURE_NOT_SAVED
    return f"{head}: {after_colon(reason.removeprefix(GENERIC_NOT_SAVED).rstrip('.'))}."
