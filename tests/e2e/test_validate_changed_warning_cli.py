"""«validate» says a warning justified at other figures is pending, and shows the old reason."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace
from tests.e2e.cli_runner import run_cli

EVENTS = "324d66f81b69ca65"  # unit 004: original T1 50, achieved T1 39 (78.00%)
REASON = "Se atendió a menos personas por el cierre temporal del módulo."
MOMENT = datetime(2024, 4, 15, 9, 30, tzinfo=timezone(timedelta(hours=-7)))


def _correct_achieved(database: Path, achieved: int) -> None:
    profile = PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.FIRST)
    with Store.open(database) as store:
        workspace = Workspace(store, profile, lambda: MOMENT, os_user_name="ana")
        workspace.reload()
        (meta,) = [m for m in workspace.metas() if m.stable_id == EVENTS]
        workspace.edit_meta(with_achieved(meta, Quarter.FIRST, Decimal(achieved)))


def test_a_warning_whose_figures_changed_is_pending_with_its_old_reason_shown(
    tmp_path: Path, seed_path: Path
) -> None:
    database = tmp_path / "informe.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    justified = run_cli(
        "justify",
        "--db",
        database,
        "--meta",
        EVENTS,
        "--regla",
        "AVANCE_FUERA_DE_RANGO",
        "--trimestre",
        "1",
        "--texto",
        REASON,
        "--autor",
        "Ana",
    )
    assert justified.returncode == 0, justified.stderr

    _correct_achieved(database, 33)
    result = run_cli("validate", "--db", database, "--trimestre", "1", "--unidad", "4")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    at = lines.index(
        "      El avance oficial de T1 es 66.00%, fuera del rango de 90% a 110%, "
        "y la evaluación cualitativa no da la causa (debido a, en razón de, ya que…)."
    )
    assert lines[at + 1] == "      → Sin justificar: el aviso cambió desde su justificación."
    assert lines[at + 2].startswith("        Justificación anterior de Ana (")
    assert (
        f"): {REASON} Entonces el aviso decía: El avance oficial de T1 es 78.00%" in (lines[at + 2])
    )
    assert lines[at + 2].endswith("(debido a, en razón de, ya que…).")
