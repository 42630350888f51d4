"""A target change's «Motivo» is checked before anything is written, and an old one still reads.

A motivo pasted with a vertical tab (or longer than a justification may be) was stored with the
new target, and then every reading of the year's justifications failed: the window, ``validate``
and ``export`` stopped with «error inesperado» from then on.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.limits import MAX_NARRATIVE_CHARS
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.changes import WorkspaceError
from tests.hostile.generators import control_characters, lone_surrogates
from tests.workspace.conftest import STUDIES, WorkspaceFactory, by_name, stored, unit

T2 = Quarter.SECOND


def _bad_motivos() -> list[object]:
    """(motivo, what the refusal says): characters that are not text, and too long."""
    cases = [
        pytest.param(f"RECORTE PRESUPUESTAL{bad}OFICIO 123", f"{case}, posición 21", id=case)
        for case, bad in [*control_characters(), *lone_surrogates()]
    ]
    too_long = "A" * (MAX_NARRATIVE_CHARS + 1)
    said = "tiene 20\u00a0001 caracteres (máx. 20\u00a0000)"
    return [*cases, pytest.param(too_long, said, id="demasiado-largo")]


def _target_rows(db_path: Path) -> int:
    with closing(sqlite3.connect(db_path)) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM target_changes").fetchone()[0])


@pytest.mark.parametrize(("motivo", "said"), _bad_motivos())
def test_a_bad_motivo_is_refused_naming_the_field_and_nothing_is_written(
    open_workspace: WorkspaceFactory, db_path: Path, motivo: str, said: str
) -> None:
    workspace = open_workspace(unit("004"))
    workspace.validate_all()  # as the window: the findings are shown, and follow each edit
    meta = by_name(workspace, STUDIES)
    reason = TargetChangeReason(motivo, "OF-12")

    with pytest.raises(WorkspaceError) as refused:
        workspace.change_modified_target(meta.stable_id, T2, Decimal(90), None, reason)

    message = str(refused.value)
    assert "«Motivo»" in message
    assert said in message
    assert "justificación" not in message
    assert stored(db_path, meta.stable_id) == meta
    assert _target_rows(db_path) == 0
    assert len(workspace.history) == 0
    workspace.validate_all()  # the year's justifications still read


@pytest.mark.parametrize(("case", "bad"), list(control_characters())[:4])
def test_a_bad_document_is_refused_naming_its_field(
    open_workspace: WorkspaceFactory, db_path: Path, case: str, bad: str
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    reason = TargetChangeReason("Recorte presupuestal", f"OF{bad}12")

    with pytest.raises(WorkspaceError, match="«Documento que lo autoriza»"):
        workspace.change_modified_target(meta.stable_id, T2, Decimal(90), None, reason)

    assert stored(db_path, meta.stable_id) == meta
    assert _target_rows(db_path) == 0


def test_a_motivo_at_the_limit_is_stored_and_justifies_the_warning(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    # The justification it makes («Cambio de meta registrado: …») is longer than the motivo.
    workspace = open_workspace(unit("004"))
    workspace.validate_all()
    meta = by_name(workspace, STUDIES)
    motivo = "B" * MAX_NARRATIVE_CHARS
    reason = TargetChangeReason(motivo, "OF-12")

    workspace.change_modified_target(meta.stable_id, T2, Decimal(90), None, reason)

    assert stored(db_path, meta.stable_id).num.modified[1] == Decimal(90)
    implied = [
        j for j in workspace.store.justifications_for_year(2024) if j.key.meta_id == meta.stable_id
    ]
    assert implied
    assert all(len(j.text) <= MAX_NARRATIVE_CHARS for j in implied)
    assert all(j.text.startswith("Cambio de meta registrado: BBB") for j in implied)


def _stored_by_an_older_version(db_path: Path, motivo: str) -> str:
    """A target change whose motivo an older version stored unchecked; the meta's id."""
    from ism_desktop.domain.audit import Author
    from ism_desktop.domain.editing import with_modified
    from ism_desktop.store.store import Store

    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == STUDIES]
        after = with_modified(meta, T2, Decimal(90), None)
        store.edits.save(2024, meta, after, Author("Unidad 004", "ana"), TargetChangeReason("x"))
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE target_changes SET reason = ?", [motivo])
    return meta.stable_id


@pytest.mark.parametrize(
    ("motivo", "shown"),
    [
        ("RECORTE PRESUPUESTAL\x0bOFICIO 123", "RECORTE PRESUPUESTAL\nOFICIO 123"),
        ("RECORTE\x07 PRESUPUESTAL", "RECORTE PRESUPUESTAL"),
        ("C" * (MAX_NARRATIVE_CHARS + 500), "CCC"),
    ],
    ids=["tabulador-vertical", "campana", "demasiado-largo"],
)
def test_a_bad_motivo_an_older_version_stored_still_reads(
    open_workspace: WorkspaceFactory, db_path: Path, motivo: str, shown: str
) -> None:
    stable_id = _stored_by_an_older_version(db_path, motivo)
    workspace = open_workspace(unit("004"))

    workspace.validate_all()
    meta = workspace.meta(stable_id)
    changes = workspace.change_modified_target(
        stable_id, T2, Decimal(95), None, TargetChangeReason("Ajuste corregido")
    )
    workspace.undo()

    assert changes.changed
    (change, *_) = workspace.store.edits.target_changes(2024, stable_id)
    assert change.reason.text.startswith(shown)
    assert len(change.reason.text) <= MAX_NARRATIVE_CHARS
    assert workspace.meta(stable_id) == meta
