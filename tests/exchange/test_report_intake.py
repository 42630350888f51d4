"""A unit's package at the coordinating unit: only its own reported figures may change."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved, with_evaluation, with_modified
from ism_desktop.domain.figures import Series
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import validate_report
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.exchange.export.validation import rules_validator
from ism_desktop.exchange.intake.diff import ChangeKind, diff_text
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.intake.receiver import IntakeOptions
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import reopen_quarter
from tests.exchange.package_builders import (
    NOW,
    edit_data,
    export_unit,
    reidentify,
    repack,
    seed_store,
)

ESTUDIOS = "56190ba47cf2b956"  # ESTUDIOS SOCIOECONÓMICOS, unit 004: 761 achieved of 900
APOYO = "f567812178fe0372"  # APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD., 386 of 500
AUTHOR = Author("Unidad 004", "ana")


def _reason(store: Store, path: Path, options: IntakeOptions | None = None) -> str:
    with pytest.raises(PackageRefusedError) as caught:
        check_package(store, path, options)
    return caught.value.reason


def _metas(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {meta["id"]: meta for meta in data["metas"]}


AUTHOR = Author("Unidad coordinadora (002)", "prueba")


@pytest.fixture
def edited_package(seed_text: str, tmp_path: Path) -> Path:
    """Unit 004 types 800 studies and a new narrative, and asks for a lower Q2 target."""
    with seed_store(seed_text) as unit:
        report = unit.reports.load()
        assert report is not None
        meta = report.meta_by_id(ESTUDIOS)
        assert meta is not None
        typed = with_evaluation(
            with_achieved(meta, Quarter.FIRST, Decimal(800)), Quarter.FIRST, "SE HICIERON 800."
        )
        unit.edits.save(2024, meta, typed, AUTHOR)
        lower = with_modified(typed, Quarter.SECOND, Decimal(700))
        unit.edits.save(2024, typed, lower, AUTHOR, TargetChangeReason("Menos personal", "OF-7"))
        return export_unit(unit, tmp_path / "unidad")


def test_checking_plans_the_changes_and_writes_nothing(
    coordinator: Store, edited_package: Path
) -> None:
    incoming = check_package(coordinator, edited_package)

    assert incoming.received.sequence == 1
    assert incoming.diff.previous_sequence is None
    [meta] = incoming.diff.metas
    assert meta.meta_id == ESTUDIOS
    assert [(line.kind, line.label, line.old, line.new, line.applied) for line in meta.lines] == [
        (ChangeKind.FIGURE, "Realizado T1 (NUM)", "761.00", "800", True),
        (
            ChangeKind.NARRATIVE,
            "Evaluación cualitativa T1",
            meta.lines[1].old,
            "SE HICIERON 800.",
            True,
        ),
        (ChangeKind.REQUEST, "Modificado T2 (NUM)", "900.00", "700", False),
        (ChangeKind.REQUEST, "Modificado anual (NUM)", "3400.00", "3200", False),
    ]
    assert meta.lines[1].old.startswith("SE REALIZARON 761 ESTUDIOS")
    assert "Realizado T1 (NUM): 761 → 800" in diff_text(incoming.diff)
    assert coordinator.received.history() == []
    report = coordinator.reports.load()
    assert report is not None
    stored = report.meta_by_id(ESTUDIOS)
    assert stored is not None
    assert stored.num.value(Series.ACHIEVED, Quarter.FIRST) == Decimal("761.00")


def test_applying_changes_only_what_a_unit_reports(
    coordinator: Store, edited_package: Path
) -> None:
    received = apply_package(coordinator, check_package(coordinator, edited_package))

    report = coordinator.reports.load()
    assert report is not None
    meta = report.meta_by_id(ESTUDIOS)
    assert meta is not None
    assert meta.num.value(Series.ACHIEVED, Quarter.FIRST) == Decimal(800)
    assert meta.evaluation(Quarter.FIRST) == "SE HICIERON 800."
    # The requested target waits for the coordinator: the modified programme is unchanged.
    assert meta.num.value(Series.MODIFIED, Quarter.SECOND) == Decimal(900)
    [annual, request] = coordinator.target_requests.pending(2024, UnitCode("004"))
    assert (request.field, request.current, request.requested) == (
        "modificado.t2.num",
        "900.00",
        "700",
    )
    assert (request.reason, request.document) == ("Menos personal", "OF-7")
    assert (annual.field, annual.current, annual.requested) == (
        "modificado.anual.num",
        "3400.00",
        "3200",
    )
    history = coordinator.edits.history(2024, ESTUDIOS)
    assert {entry.author.profile for entry in history} == {
        "Paquete de la unidad 004, envío número 1"
    }
    assert {entry.change.field for entry in history} == {"realizado.t1.num", "evaluacion.t1"}
    assert received.kind is PackageKind.REPORT
    assert coordinator.received.last(PackageKind.REPORT, "30", UnitCode("004")) == received
    assert coordinator.identity.get() == PcIdentity(Role.COORDINATOR, "30", UnitCode("002"))


def test_a_newer_package_supersedes_and_an_older_one_is_refused(
    coordinator: Store, unit_package: Path, edited_package: Path, tmp_path: Path
) -> None:
    def second(manifest: dict[str, Any]) -> None:
        manifest["secuencia"] = 2

    newer = repack(edited_package, tmp_path / "nuevo.zip", manifest=second)
    apply_package(coordinator, check_package(coordinator, newer))

    # It said nothing of what to do: a package that came late is exported again, numbered anew.
    assert _reason(coordinator, unit_package) == (
        "el envío número 1 no es posterior al último recibido de la unidad 004 (2): es un "
        "paquete anterior; si trae algo que falta, pida a la unidad que lo exporte de nuevo"
    )
    # When, as office staff read it (it was the stored ISO moment, «2024-04-15T09:30:00-07:00»).
    assert re.fullmatch(
        r"este paquete ya se recibió el \d\d/\d\d/\d{4} a las \d\d:\d\d",
        _reason(coordinator, newer),
    )


def test_a_package_received_before_a_newer_one_is_said_to_be_received_already(
    coordinator: Store, unit_package: Path, edited_package: Path, tmp_path: Path
) -> None:
    def second(manifest: dict[str, Any]) -> None:
        manifest["secuencia"] = 2

    apply_package(coordinator, check_package(coordinator, unit_package))
    reopen_quarter(coordinator, 2024, UnitCode("004"), Quarter.FIRST, "Corrección", AUTHOR)
    newer = repack(edited_package, tmp_path / "nuevo.zip", manifest=second)
    apply_package(coordinator, check_package(coordinator, newer))

    # The very same file came in before: it said «el envío número 1 no es posterior… es un
    # paquete anterior; … pida a la unidad que lo exporte de nuevo», as if never received.
    assert re.fullmatch(
        r"este paquete ya se recibió el \d\d/\d\d/\d{4} a las \d\d:\d\d",
        _reason(coordinator, unit_package),
    )


def test_a_package_checked_before_a_newer_one_was_applied_is_refused(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    def second(manifest: dict[str, Any]) -> None:
        manifest["secuencia"] = 2

    stale = check_package(coordinator, unit_package)
    apply_package(
        coordinator,
        check_package(coordinator, repack(unit_package, tmp_path / "n.zip", manifest=second)),
    )

    with pytest.raises(PackageRefusedError) as caught:
        apply_package(coordinator, stale)
    assert caught.value.reason.startswith(
        "el envío número 1 no es posterior al último recibido de la unidad 004 (2): "
    )
    # Even unchecked, the transaction itself refuses an older number.
    with pytest.raises(PackageRefusedError) as caught:
        apply_package(coordinator, stale, recheck=False)
    assert caught.value.reason == "el envío número 1 no es posterior al último recibido (2)"


def test_a_meta_of_another_unit_is_refused(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    def move(data: dict[str, Any]) -> None:
        data["metas"][0]["unidad"] = "005"
        reidentify(data["metas"][0])

    path = edit_data(unit_package, tmp_path / "p.zip", move)

    assert _reason(coordinator, path) == (
        "la meta «APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD.» no pertenece a la unidad 004"
    )


def test_a_meta_unknown_to_the_programme_is_refused(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    def invent(data: dict[str, Any]) -> None:
        data["metas"][0]["descripcion"] = "META INVENTADA"
        reidentify(data["metas"][0])

    path = edit_data(unit_package, tmp_path / "p.zip", invent)

    assert _reason(coordinator, path) == (
        "la meta «META INVENTADA» no existe en el programa 2024 de la unidad 004 que tiene esta "
        "base de datos"
    )


def test_a_meta_whose_id_does_not_match_is_refused(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    def rename(data: dict[str, Any]) -> None:
        data["metas"][0]["descripcion"] = "OTRA COSA"

    path = edit_data(unit_package, tmp_path / "p.zip", rename)

    assert _reason(coordinator, path) == (
        f"la meta «OTRA COSA» no corresponde a su identificador «{APOYO}»"
    )


def test_a_change_to_the_original_programme_is_refused(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    def raise_target(data: dict[str, Any]) -> None:
        _metas(data)[APOYO]["num"][0] = 5000

    path = edit_data(unit_package, tmp_path / "p.zip", raise_target)

    assert _reason(coordinator, path) == (
        "la meta «APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD.» cambia el programa (Original T1 "
        "(NUM): 500.00 → 5000); un paquete de unidad no puede cambiarlo"
    )


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        (
            13,
            "la meta «APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD.» trae lo realizado del "
            "trimestre 4 en un paquete del trimestre 1",
        ),
        (
            "mucho",
            "la fila NUM de la meta «APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD.» no es una cifra",
        ),
        (
            True,
            "la fila NUM de la meta «APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD.» no es una cifra",
        ),
        (
            1e300,
            "la fila NUM de la meta «APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD.» no es una "
            "cifra admisible",
        ),
    ],
)
def test_bad_figures_are_refused(
    coordinator: Store, unit_package: Path, tmp_path: Path, cell: object, reason: str
) -> None:
    def spoil(data: dict[str, Any]) -> None:
        row = _metas(data)[APOYO]["num"]
        if cell == 13:
            row[13] = 5
        else:
            row[10] = cell

    assert _reason(coordinator, edit_data(unit_package, tmp_path / "p.zip", spoil)) == reason


def test_a_package_of_another_period_is_refused(coordinator: Store, unit_package: Path) -> None:
    # Each says how to take it: work on its period (the window's profile, or the command's).
    assert _reason(coordinator, unit_package, IntakeOptions(year=2025)) == (
        "el paquete es del ejercicio 2024; se trabaja el 2025. Para recibirlo, trabaje el "
        "ejercicio 2024 (Archivo → Configuración de esta computadora; en la línea de comandos, "
        "--ejercicio 2024)"
    )
    assert _reason(coordinator, unit_package, IntakeOptions(quarter=Quarter.SECOND)) == (
        "el paquete es del trimestre 1; se trabaja el 2. Para recibirlo, trabaje el trimestre 1 "
        "(Archivo → Configuración de esta computadora; en la línea de comandos, --trimestre 1)"
    )


def test_a_units_database_does_not_take_reports(coordinator: Store, unit_package: Path) -> None:
    coordinator.identity.set(PcIdentity(Role.UNIT, "30", UnitCode("004")))

    assert _reason(coordinator, unit_package) == (
        "esta base de datos es de la unidad 004; los paquetes de informe los recibe la unidad "
        "coordinadora"
    )


def test_a_database_without_the_units_programme_refuses(unit_package: Path) -> None:
    with Store.in_memory() as empty:
        assert _reason(empty, unit_package).startswith(
            "esta base de datos no tiene metas de la unidad 004 en el ejercicio 2024"
        )


def test_justifications_travel_with_the_package_and_are_replaced(
    seed_text: str, coordinator: Store, tmp_path: Path
) -> None:
    with seed_store(seed_text) as unit:
        report = unit.reports.load()
        assert report is not None
        result = validate_report(report, Quarter.FIRST, unit=UnitCode("004"))
        warning = result.warnings[0]
        key = JustificationKey.of(2024, warning)
        unit.justifications.save(
            Justification.justified(key, "Se explicó.", "ana", "2024-04-10T09:00:00-07:00")
        )
        validate = rules_validator(unit.justifications.for_year)
        first = export_package(
            unit, UnitCode("004"), Quarter.FIRST, tmp_path / "1", validate=validate, now=NOW
        ).path
        unit.justifications.remove(key)
        second = export_package(
            unit, UnitCode("004"), Quarter.FIRST, tmp_path / "2", validate=validate, now=NOW
        ).path

    received = apply_package(coordinator, check_package(coordinator, first))
    assert [
        (j.key, j.text) for j in coordinator.justifications.for_quarter(2024, Quarter.FIRST)
    ] == [(key, "Se explicó.")]
    assert received.warnings == len(result.warnings)
    assert received.unresolved_warnings == len(result.warnings) - 1

    # Receiving closed the quarter: a second package needs it reopened, with a reason.
    reopen_quarter(
        coordinator, 2024, UnitCode("004"), Quarter.FIRST, "Retira una justificación", AUTHOR
    )
    incoming = check_package(coordinator, second)
    [line] = [line for meta in incoming.diff.metas for line in meta.lines]
    # Named for the person who reads it, not by the rule's code (META_MODIFICADA).
    assert key.rule == "META_MODIFICADA"
    assert (line.kind, line.label, line.old, line.new) == (
        ChangeKind.JUSTIFICATION,
        "Justificación del aviso T1: La meta modificada difiere de la original (anual o del "
        "trimestre) sin motivo",
        "Se explicó.",
        "",
    )
    apply_package(coordinator, incoming)
    assert coordinator.justifications.for_quarter(2024, Quarter.FIRST) == []
