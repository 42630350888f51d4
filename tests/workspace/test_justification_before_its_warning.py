"""A justification written while its warning did not show answers no warning yet.

``justify`` from the command line accepts a rule that flags nothing in that meta and quarter
(«queda guardada por si el aviso aparece»). It counted afterwards for whatever the warning came
to say: an «enterado» given before the evaluation was written acknowledged a difference the
evaluation quoted wrong, which nobody had read, and it travelled to the coordinating unit as
acknowledged. Like one written for other figures, it now waits to be confirmed, and is offered.
"""

from __future__ import annotations

from collections.abc import Sequence

from ism_desktop.domain.editing import with_evaluation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.justification import JustificationKey
from tests.workspace.conftest import STUDIES, WorkspaceFactory, by_name, unit

T1 = Quarter.FIRST
RULE = "NARRATIVA_DIFERENCIA"


def _differences(findings: Sequence[Finding], meta_id: str) -> list[Finding]:
    return [
        finding
        for finding in findings
        if finding.meta_id == meta_id and finding.rule == RULE and finding.quarter is T1
    ]


def test_an_enterado_given_before_its_warning_does_not_answer_it(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    assert _differences(workspace.validation.warnings, meta.stable_id) == []
    key = JustificationKey(2024, meta.stable_id, T1, RULE)

    changes = workspace.justify(key, None)
    assert not changes.still_flagged

    # 761 achieved of 900 programmed: 139 fewer, not 20.
    workspace.edit_meta(
        with_evaluation(meta, T1, "SE REALIZARON 761 ESTUDIOS, 20 MENOS DE LOS PROGRAMADOS.")
    )

    (finding,) = _differences(workspace.validation.warnings, meta.stable_id)
    assert "«20 MENOS»" in finding.message
    assert workspace.validation.justification_for(finding) is None
    assert finding in workspace.validation.unjustified_warnings
    earlier = workspace.validation.earlier_justification_for(finding)
    assert earlier is not None
    assert earlier.is_acknowledgement
    # The same after reading it back from the file.
    assert open_workspace(unit("004")).validation.justification_for(finding) is None
