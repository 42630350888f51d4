"""Why the next undo cannot be done now, known before Deshacer is pressed.

Deshacer stayed enabled over a step it would refuse (a request a package already carried, a
quarter closed since): only pressing it said why, in a box titled as a failed save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.workspace.changes import WorkspaceError
from ism_desktop.workspace.undo import EditStep, sent_refusal

if TYPE_CHECKING:
    from ism_desktop.workspace.workspace import Workspace


def sent_request_refusal(workspace: Workspace, step: EditStep) -> str | None:
    """Why ``step``, a target-change request a package already sent, is not undone (or None)."""
    if step.reason is None or step.written is None:
        return None
    profile = workspace.profile
    sent = workspace.store.packages.sent_with(profile.year, profile.unit, step.written.audit_id)
    return sent_refusal(step, sent)


def undo_refusal(workspace: Workspace) -> str | None:
    """Why the next undo would be refused whatever the figures hold now, or None.

    A request already sent is never undone; a step of a quarter closed since waits for it to be
    reopened. A field changed since by something else is found only when pressed.
    """
    step = workspace.history.to_undo()
    if step is None:
        return None
    return sent_request_refusal(workspace, step) or _closed_refusal(workspace, step)


def redo_refusal(workspace: Workspace) -> str | None:
    """Why the next redo would be refused whatever the figures hold now (a closed quarter)."""
    step = workspace.history.to_redo()
    return None if step is None else _closed_refusal(workspace, step)


def _closed_refusal(workspace: Workspace, step: EditStep) -> str | None:
    """Why ``step`` waits: it changes a quarter closed since (None: none is)."""
    try:
        workspace.refuse_if_quarters_closed(workspace.meta(step.stable_id), step.keys)
    except KeyError:
        return None  # not among this PC's metas: pressed, the step says so
    except WorkspaceError as exc:
        return str(exc)
    return None
