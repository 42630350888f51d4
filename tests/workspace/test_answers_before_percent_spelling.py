"""Answers stored before the findings wrote «78.00%» still answer the same warning.

Up to this version a finding wrote its percentages with a space («78.00 %»), and each answer
keeps the message it answered. Written close up now, as the printed form does, the warning's
message changed in spelling alone: every answer stored before must not turn pending for it.
"""

from __future__ import annotations

from pathlib import Path

from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace
from tests.workspace.conftest import WorkspaceFactory, unit

YEAR = 2024
BAND = "AVANCE_FUERA_DE_RANGO"
EVENTS = "EVENTOS DE PROMOCIÓN Y ATENCIÓN EN ASESORÍAS PSICOLÓGICAS"
REASON = "Se atendió a menos personas por el cierre temporal del módulo."
# The warning as the previous version wrote it (original T1 50, achieved 39: 78.00 %).
OLD_MESSAGE = (
    "El avance oficial de T1 es 78.00 %, fuera del rango de 90 % a 110 %, y la evaluación "
    "cualitativa no da la causa (debido a, en razón de, ya que…)."
)


def _band_warning(workspace: Workspace) -> Finding:
    (meta,) = [m for m in workspace.metas() if m.description.startswith(EVENTS)]
    (warning,) = [f for f in workspace.validation.for_meta(meta.stable_id) if f.rule == BAND]
    return warning


def _store_answer(db_path: Path, warning: Finding, answered: str) -> None:
    key = JustificationKey(YEAR, warning.meta_id, warning.quarter, BAND)
    with Store.open(db_path) as store:
        store.justifications.save(
            Justification.justified(key, REASON, "ana", "2024-04-10T09:30:00", (answered,))
        )


def test_an_answer_stored_with_the_spaced_percent_still_answers(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    warning = _band_warning(open_workspace(unit("004")))
    assert "78.00%" in warning.message  # as the form prints it
    _store_answer(db_path, warning, OLD_MESSAGE)

    reopened = open_workspace(unit("004"))

    now = _band_warning(reopened)
    answer = reopened.validation.justification_for(now)
    assert answer is not None
    assert answer.text == REASON
    assert now not in reopened.validation.unjustified_warnings


def test_an_answer_to_other_figures_is_still_pending(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    _store_answer(
        db_path, _band_warning(open_workspace(unit("004"))), OLD_MESSAGE.replace("78.00", "66.00")
    )

    reopened = open_workspace(unit("004"))

    assert reopened.validation.justification_for(_band_warning(reopened)) is None
