"""The refusal to answer in a unit's closed quarter says which unit, and how to reopen it.

Where several dependencies hold the unit's code, ``trimestre reabrir`` needs ``--dependencia``:
the refusal names it, and the command it gives reopens that very quarter.
"""

from __future__ import annotations

import shlex
from datetime import datetime
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.store.store import Store
from ism_desktop.workspace.changes import QuarterClosedRefusedError
from ism_desktop.workspace.quarter_closing import close_quarter
from ism_desktop.workspace.workspace import Workspace
from tests.e2e.cli_runner import run_cli
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_database

NOW = datetime(2024, 4, 20, 10, 0).astimezone()


def _key(workspace: Workspace, entity: str) -> JustificationKey:
    meta = next(
        meta for meta in workspace.metas() if (meta.key.entity, meta.key.unit) == (entity, SHARED)
    )
    return JustificationKey(2024, meta.stable_id, Quarter.FIRST, "META_MODIFICADA")


def test_the_refusal_names_the_dependency_and_its_command_reopens_it(tmp_path: Path) -> None:
    path = state_database(tmp_path)
    with Store.open(path) as store:
        close_quarter(store, 2024, SHARED, Quarter.FIRST, Author("ana", "pc"), entity=AWAITED)
        workspace = Workspace(store, PcProfile.coordinator(2024, Quarter.FIRST), lambda: NOW)
        workspace.reload(validate=False)
        closed, other = _key(workspace, AWAITED), _key(workspace, DELIVERED)

        with pytest.raises(QuarterClosedRefusedError) as refused:
            workspace.justify(closed, "Aceptado.")

        assert str(refused.value) == (
            "El trimestre 1 de la unidad 003 de la dependencia 84 está cerrado. Reábralo con un "
            "motivo para cambiarlo (Año → Cerrar o reabrir un trimestre…)."
        )
        assert store.justifications.get(closed) is None
        # The other dependency's 003 is open: answered as before.
        assert workspace.justify(other, "Aceptado.").justification is not None
        command = refused.value.command_line(path).split(": ism-desktop ", 1)[1]

    reopened = run_cli(*shlex.split(command.replace("…", "Aclarar")), data_dir=tmp_path)

    assert reopened.returncode == 0, reopened.stderr
    with Store.open(path) as store:
        assert not store.closures.is_closed(2024, AWAITED, SHARED, Quarter.FIRST)
