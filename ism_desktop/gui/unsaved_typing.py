"""Saving what is typed before something reads the database, and saying once why it was not."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ism_desktop.gui.report_session import ReportSession

FIGURE_NOT_SAVED = "No se guardó la cifra escrita"
TEXT_NOT_SAVED = "No se guardó la evaluación escrita"


def flush_saying_why(flush: Callable[[], str], session: ReportSession) -> str:
    """``flush`` for a caller that stops when a figure is not saved and says why in its own box.

    The database's reason for refusing the figure comes in the text returned instead of a box
    of its own before the caller's (which said only that the figure was not saved).
    """
    with session.refusals_held() as refused:
        problem = flush()
    if not refused:
        return problem
    reason = _after_colon(refused[-1].rstrip("."))
    # A refusal without a figure left unsaved: the evaluation's text, saved first.
    return f"{FIGURE_NOT_SAVED if problem else TEXT_NOT_SAVED}: {reason}."


def is_text_problem(problem: str) -> bool:
    """Whether what was not saved is the evaluation's text (not a figure to correct)."""
    return problem.startswith(TEXT_NOT_SAVED)


def _after_colon(text: str) -> str:
    # Spanish writes lower case after a colon («Otro programa…» → «otro programa…»), but an
    # acronym keeps its capitals.
    return text[:1].lower() + text[1:] if text[1:2].islower() else text
