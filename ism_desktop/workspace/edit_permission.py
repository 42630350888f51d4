"""Which metas this PC may change (its own unit's): refused before anything is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.workspace.changes import PermissionRefusedError, WorkspaceError

if TYPE_CHECKING:
    from ism_desktop.domain.meta import Meta
    from ism_desktop.workspace.report_view import ReportView


def own_meta(view: ReportView, stable_id: str) -> Meta:
    """The meta ``stable_id`` as stored, if this PC may change it (its own unit's).

    Raises:
        WorkspaceError: the report open here does not hold it.
        PermissionRefusedError: the meta is another unit's.
    """
    try:
        meta = view.meta(stable_id)
    except KeyError:
        raise WorkspaceError(f"La meta {stable_id} no está en el informe abierto.") from None
    if not view.can_edit(meta):
        raise PermissionRefusedError("Esta computadora no puede modificar metas de otra unidad.")
    return meta


def edited_meta(view: ReportView, after: Meta) -> Meta:
    """The stored meta that ``after`` edits, if this PC may change both (the same key).

    Raises:
        WorkspaceError: the report open here does not hold it.
        PermissionRefusedError: the meta, or what the edit makes of it, is another unit's.
    """
    before = own_meta(view, after.stable_id)
    if after.key != before.key:
        raise PermissionRefusedError("Esta computadora no puede modificar metas de otra unidad.")
    return before
