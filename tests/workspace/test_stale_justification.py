"""A justification answers the warning it was written for: new figures ask for a new answer.

A meta at 78 % of its target was justified; its figures were corrected to 66 % and the old
reason still silenced the warning, though it explained another situation.
"""

from __future__ import annotations

from decimal import Decimal

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.workspace.workspace import Workspace
from tests.workspace.conftest import WorkspaceFactory, unit

T1 = Quarter.FIRST
# Unit 004, absolute: original T1 50, achieved T1 39, so the official progress is 78.00%.
EVENTS = "EVENTOS DE PROMOCIÓN Y ATENCIÓN EN ASESORÍAS PSICOLÓGICAS"
BAND = "AVANCE_FUERA_DE_RANGO"
REASON = "Se atendió a menos personas por el cierre temporal del módulo."


def _band_warning(workspace: Workspace, meta_id: str) -> Finding:
    (warning,) = [f for f in workspace.validation.for_meta(meta_id) if f.rule == BAND]
    return warning


def _events_id(workspace: Workspace) -> str:
    (meta,) = [m for m in workspace.metas() if m.description.startswith(EVENTS)]
    return meta.stable_id


def test_new_figures_make_the_old_justification_pending_and_keep_its_text(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    meta_id = _events_id(workspace)
    before = _band_warning(workspace, meta_id)
    assert "78.00%" in before.message
    workspace.justify_finding(before, REASON)
    meta = next(m for m in workspace.metas() if m.stable_id == meta_id)

    workspace.edit_meta(with_achieved(meta, T1, Decimal(33)))

    after = _band_warning(workspace, meta_id)
    assert "66.00%" in after.message
    assert workspace.validation.justification_for(after) is None
    assert after in workspace.validation.unjustified_warnings
    earlier = workspace.validation.earlier_justification_for(after)
    assert earlier is not None
    assert earlier.text == REASON
    assert earlier.answered == (before.message,)


def test_the_pending_warning_is_pending_in_a_fresh_workspace_too(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    meta_id = _events_id(workspace)
    workspace.justify_finding(_band_warning(workspace, meta_id), REASON)
    meta = next(m for m in workspace.metas() if m.stable_id == meta_id)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(33)))

    reopened = open_workspace(unit("004"))

    warning = _band_warning(reopened, meta_id)
    assert reopened.validation.justification_for(warning) is None
    earlier = reopened.validation.earlier_justification_for(warning)
    assert earlier is not None
    assert earlier.text == REASON


def test_justifying_again_settles_the_new_figures(open_workspace: WorkspaceFactory) -> None:
    workspace = open_workspace(unit("004"))
    meta_id = _events_id(workspace)
    workspace.justify_finding(_band_warning(workspace, meta_id), REASON)
    meta = next(m for m in workspace.metas() if m.stable_id == meta_id)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(33)))

    changes = workspace.justify_finding(_band_warning(workspace, meta_id), REASON)

    warning = _band_warning(workspace, meta_id)
    assert workspace.validation.justification_for(warning) == changes.justification
    assert workspace.validation.earlier_justification_for(warning) is None


def test_an_edit_that_keeps_the_warnings_message_keeps_it_justified(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    meta_id = _events_id(workspace)
    warning = _band_warning(workspace, meta_id)
    workspace.justify_finding(warning, REASON)
    meta = next(m for m in workspace.metas() if m.stable_id == meta_id)
    narrative = meta.evaluation(T1) + " SE ANEXAN LISTAS DE ASISTENCIA."

    workspace.edit_meta(with_evaluation(meta, T1, narrative))

    assert _band_warning(workspace, meta_id) == warning
    assert workspace.validation.justification_for(warning) is not None
    assert warning not in open_workspace(unit("004")).validation.unjustified_warnings


def test_a_justification_stays_valid_after_reopening(open_workspace: WorkspaceFactory) -> None:
    workspace = open_workspace(unit("004"))
    meta_id = _events_id(workspace)
    warning = _band_warning(workspace, meta_id)
    workspace.justify_finding(warning, REASON)

    reopened = open_workspace(unit("004"))

    justification = reopened.validation.justification_for(_band_warning(reopened, meta_id))
    assert justification is not None
    assert justification.text == REASON


def _modified_target(workspace: Workspace, meta_id: str) -> Finding:
    (warning,) = [f for f in workspace.validation.for_meta(meta_id) if f.rule == "META_MODIFICADA"]
    return warning


def _answered_then_changed(workspace: Workspace) -> tuple[str, Finding]:
    """The unit answers the modified target, then changes it with a recorded reason."""
    workspace.validate_all()
    meta_id = _events_id(workspace)
    before = _modified_target(workspace, meta_id)
    workspace.justify_finding(before, "Se ajustó por el calendario de comunidades.")
    workspace.change_modified_target(
        meta_id, Quarter.SECOND, Decimal(25), None, TargetChangeReason("Recorte de viáticos", "")
    )
    return meta_id, before


def _answered_by_the_recorded_reason(
    workspace: Workspace, warning: Finding, open_workspace: WorkspaceFactory
) -> None:
    """The recorded reason answers ``warning``, now and in a workspace opened afresh."""
    justification = workspace.validation.justification_for(warning)
    assert justification is not None
    assert justification.text == "Cambio de meta registrado: Recorte de viáticos"
    reopened = open_workspace(unit("004"))
    assert reopened.validation.justification_for(warning) == justification


def test_a_target_changed_with_a_recorded_reason_after_the_answer_is_justified_by_that_reason(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))

    meta_id, before = _answered_then_changed(workspace)

    after = _modified_target(workspace, meta_id)
    assert after.message != before.message
    _answered_by_the_recorded_reason(workspace, after, open_workspace)
    # Taking back the unit's own answer leaves the reason: the findings dropped both, the
    # warning unjustified until the next check found the reason again.
    assert workspace.unjustify_finding(after).removed
    _answered_by_the_recorded_reason(workspace, after, open_workspace)


def test_every_warning_of_the_report_is_settled_by_justifying_it(
    open_workspace: WorkspaceFactory,
) -> None:
    # What a justification answered is read as the panel shows it: each rule, spelling too.
    for code in ("001", "004", "006", "008"):
        workspace = open_workspace(unit(code))
        warnings = workspace.validation.warnings
        assert warnings
        for warning in warnings:
            workspace.justify_finding(warning, "Revisado con la unidad.")

        assert open_workspace(unit(code)).validation.unjustified_warnings == ()


def test_undoing_the_correction_brings_the_justification_back(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    meta_id = _events_id(workspace)
    before = _band_warning(workspace, meta_id)
    workspace.justify_finding(before, REASON)
    meta = next(m for m in workspace.metas() if m.stable_id == meta_id)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(33)))

    workspace.undo()

    assert _band_warning(workspace, meta_id) == before
    justification = workspace.validation.justification_for(before)
    assert justification is not None
    assert justification.text == REASON
