"""A rejected target request put back by the coordinator leaves the meta's own answer in force.

Unit 004's EVENTOS meta shows a modified-target warning before any request (annual 200 to 120;
T2 50 to 30). The unit answered it, then asked for another T3 target. The coordinator rejected
the request and the programa base put the T3 figure back: the warning read exactly as the unit
had answered it, yet the rejection's words («Solicitud rechazada…») stood as its justification.
An answer written for the requested figure explained a figure that no longer holds.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace
from tests.e2e.test_decided_requests_cli import _type as type_quarter
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e
UNIT = "004"
EVENTOS = "324d66f81b69ca65"
T2 = Quarter.SECOND
OWN = "Se redujo por el recorte presupuestal de abril."
ASKED = "Se suman dos municipios en el tercer trimestre."


def _warning(workspace: Workspace) -> Finding:
    (found,) = [f for f in workspace.validation.for_meta(EVENTOS) if f.rule == "META_MODIFICADA"]
    return found


def _unit_workspace(store: Store) -> Workspace:
    workspace = Workspace(store, PcProfile(Role.UNIT, UnitCode(UNIT), 2024, T2))
    workspace.reload()
    return workspace


def ask_and_answer(database: Path, *, answer_before: bool, answer_all: bool = False) -> None:
    """The unit answers the warning (before or after asking) and asks T3 = 40 for EVENTOS.

    ``answer_all``: every other warning of T2 is answered too, as it reads at the end.
    """
    with Store.open(database) as store:
        workspace = _unit_workspace(store)
        if answer_before:
            workspace.justify_finding(_warning(workspace), OWN)
        workspace.change_modified_target(
            EVENTOS, Quarter.THIRD, Decimal(40), None, TargetChangeReason(ASKED, "")
        )
        if not answer_before:
            workspace.justify_finding(_warning(workspace), OWN)
        for warning in workspace.validation.unjustified_warnings if answer_all else ():
            workspace.justify_finding(warning, "Revisado con la unidad.")


def asked_at_unit(
    tmp_path: Path, seed_path: Path, *, answer_before: bool, answer_all: bool = False
) -> tuple[Path, Path]:
    """Both databases once the unit, based by the coordinator, typed T1 and T2 and asked T3."""
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    ok("import-package", "--db", unit, ok(
        "export-base", "--db", coordinator, "--unidad", UNIT, "--out", tmp_path / "b1"
    ).strip())  # fmt: skip
    type_quarter(unit, Quarter.FIRST)
    type_quarter(unit, T2)
    ask_and_answer(unit, answer_before=answer_before, answer_all=answer_all)
    return coordinator, unit


def decided_and_based_back(
    tmp_path: Path, seed_path: Path, *, answer_before: bool, approve: bool = False
) -> Path:
    """The unit's database once the coordinator decided its request and based it back."""
    coordinator, unit = asked_at_unit(tmp_path, seed_path, answer_before=answer_before)
    package = ok(
        "export", "--db", unit, "--unidad", UNIT, "--trimestre", "2", "--ejercicio", "2024",
        "--out", tmp_path / "p",
    ).strip()  # fmt: skip
    ok("import-package", "--db", coordinator, package)
    listing = json.loads(ok("solicitudes", "--json", "--db", coordinator))
    [request] = [r for r in listing["pendientes"] if r["id_meta"] == EVENTOS]
    decision = (
        ("aprobar", "--documento", "OF-9") if approve else ("rechazar", "--motivo", "Sin oficio")
    )
    ok("solicitudes", "--db", coordinator, decision[0], str(request["id"]), *decision[1:])
    base = ok("export-base", "--db", coordinator, "--unidad", UNIT, "--out", tmp_path / "b2")
    ok("import-package", "--db", unit, base.strip())
    return unit


def _answers_after_put_back(unit: Path) -> tuple[str | None, str | None, bool]:
    """At the unit: the warning's justification, the earlier one offered, whether it is pending."""
    with Store.open(unit) as store:
        result = _unit_workspace(store).validation
        (warning,) = [f for f in result.for_meta(EVENTOS) if f.rule == "META_MODIFICADA"]
        assert "anual de 200 a 120; T2 de 50 a 30" in warning.message
        given, earlier = (
            result.justification_for(warning),
            result.earlier_justification_for(warning),
        )
        return (
            None if given is None else given.text,
            None if earlier is None else earlier.text,
            warning in result.unjustified_warnings,
        )


def test_the_answer_written_before_the_request_counts_again_once_it_is_put_back(
    tmp_path: Path, seed_path: Path
) -> None:
    unit = decided_and_based_back(tmp_path, seed_path, answer_before=True)

    assert _answers_after_put_back(unit) == (OWN, None, False)


def test_an_answer_for_the_rejected_figure_is_pending_with_its_text_kept(
    tmp_path: Path, seed_path: Path
) -> None:
    unit = decided_and_based_back(tmp_path, seed_path, answer_before=False)

    assert _answers_after_put_back(unit) == (None, OWN, True)
