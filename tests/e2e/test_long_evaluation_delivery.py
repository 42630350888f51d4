"""A unit that wrote a long evaluation over many sittings still delivers: what it exports arrives.

Every autosave of a narrative is a history row with the whole old and new text. The package
carries each sitting's saves of a field as one change (the database keeps them all): before,
a ``datos.json`` of a hundred copies compressed so well that the coordinating unit took it for
a zip bomb and the unit could not deliver.
"""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace
from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e

TRANSPARENCIA = "d8b0c7a337b76ab1"  # unit 009, tipo P
# The standard sentence a unit adds at each sitting (office prose repeats itself), 100 characters.
_SENTENCE = (
    "Se dio seguimiento puntual a las solicitudes de información pública recibidas, en tiempo "
    "y en forma."
)
AUTOSAVES = 100


def _ok(*args: str | Path) -> str:
    result = run_cli(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _write_in_sittings(database: Path) -> str:
    """The unit types its figures, then its evaluation grows one autosave at a time."""
    with Store.open(database) as store:
        workspace = Workspace(store, PcProfile(Role.UNIT, UnitCode("009"), 2024, Quarter.FIRST))
        workspace.reload()
        meta = workspace.meta(TRANSPARENCIA)
        workspace.edit_meta(with_achieved(meta, Quarter.FIRST, Decimal(98), Decimal(100)))
        text = ""
        for _ in range(AUTOSAVES):
            text = f"{text} {_SENTENCE}".strip()
            current = workspace.meta(TRANSPARENCIA)
            workspace.edit_meta(with_evaluation(current, Quarter.FIRST, text))
    return text


def test_a_long_evaluation_autosaved_many_times_is_received(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator = tmp_path / "coordinadora.sqlite3"
    _ok("import-etca", seed_path, "--db", coordinator)
    base = _ok("export-base", "--db", coordinator, "--unidad", "009", "--out", tmp_path / "bases")
    unit = tmp_path / "unidad_009.sqlite3"
    _ok("import-package", "--db", unit, base.strip())
    text = _write_in_sittings(unit)
    assert len(text) > 10_000

    package = Path(
        _ok(
            "export", "--db", unit, "--unidad", "009", "--trimestre", "1", "--out", tmp_path / "e"
        ).strip()
    )
    with zipfile.ZipFile(package) as archive:
        history = json.loads(archive.read("datos.json"))["metas"][0]["historial"]
    typed = [row for row in history if row["campo"] == "evaluacion.t1"]
    # The sitting is one change: from the evaluation before it to the one it left.
    assert [row["guardados"] for row in typed] == [AUTOSAVES]
    assert typed[0]["despues"] == text

    received = _ok("import-package", "--db", coordinator, package)

    assert received.startswith(f"Recibido «{package.name}»")
    metas = json.loads(_ok("dump", "--db", coordinator))["metas"]
    (meta,) = [item for item in metas if item["id"] == TRANSPARENCIA]
    assert meta["evaluacion"]["1"] == text
