"""The programme base: out from the coordinator, into a unit's PC without touching what it typed."""

from __future__ import annotations

import json
from collections.abc import Iterator
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
from ism_desktop.exchange.export.base import export_base, export_bases
from ism_desktop.exchange.intake.diff import MetaStatus
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.intake.receiver import IntakeOptions
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.writer import ExportError
from ism_desktop.store.store import Store
from tests.exchange.package_builders import NOW, edit_data, members

UNIT = UnitCode("004")
ESTUDIOS = "56190ba47cf2b956"


@pytest.fixture
def unit_store() -> Iterator[Store]:
    """A unit's PC on its first day: an empty database."""
    with Store.in_memory() as store:
        yield store


def _receive(store: Store, path: Path, options: IntakeOptions | None = None) -> None:
    apply_package(store, check_package(store, path, options))


def _meta(store: Store, meta_id: str = ESTUDIOS) -> Any:
    report = store.reports.load()
    assert report is not None
    return report.meta_by_id(meta_id)


def test_the_base_carries_targets_but_nothing_reported(coordinator: Store, tmp_path: Path) -> None:
    exported = export_base(coordinator, UNIT, tmp_path, now=NOW)

    assert exported.path == tmp_path / "ETCA-III-04_2024_programa_base_unidad_004.ismpaq"
    assert (exported.manifest.kind, exported.manifest.sequence, exported.metas) == (
        PackageKind.BASE,
        1,
        7,
    )
    content = members(exported.path)
    assert sorted(content) == ["datos.json", "manifest.json"]
    data = json.loads(content["datos.json"])
    assert data["tipo"] == "base"
    estudios = next(m for m in data["metas"] if m["id"] == ESTUDIOS)
    assert estudios["num"] == [
        900,
        900,
        800,
        800,
        3400,
        900,
        900,
        800,
        800,
        3400,
        None,
        None,
        None,
        None,
    ]
    assert "evaluacion" not in estudios
    assert coordinator.identity.get() == PcIdentity(Role.COORDINATOR, "30", UnitCode("002"))


def test_a_unit_starts_its_year_from_the_base(
    coordinator: Store, unit_store: Store, tmp_path: Path
) -> None:
    path = export_base(coordinator, UNIT, tmp_path, now=NOW).path

    incoming = check_package(unit_store, path)
    assert [m.status for m in incoming.diff.metas] == [MetaStatus.NEW] * 7
    apply_package(unit_store, incoming)

    report = unit_store.reports.load()
    assert report is not None
    assert (report.year, report.quarter, len(report.metas)) == (2024, Quarter.FIRST, 7)
    meta = report.meta_by_id(ESTUDIOS)
    assert meta is not None
    assert meta.num.achieved == (None, None, None, None)
    assert meta.evaluations == {}
    assert report.catalogue.unit_name("30", UNIT) == "ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"
    assert unit_store.identity.get() == PcIdentity(Role.UNIT, "30", UNIT)


def test_a_new_base_keeps_what_the_unit_typed_and_brings_approved_targets(
    coordinator: Store, unit_store: Store, tmp_path: Path
) -> None:
    _receive(unit_store, export_base(coordinator, UNIT, tmp_path / "1", now=NOW).path)
    typed = with_evaluation(
        with_achieved(_meta(unit_store), Quarter.FIRST, Decimal(850)), Quarter.FIRST, "850 HECHOS."
    )
    unit_store.edits.save(2024, _meta(unit_store), typed, Author("Unidad 004", "ana"))
    approved = with_modified(_meta(coordinator), Quarter.SECOND, Decimal(700))
    coordinator.edits.save(
        2024,
        _meta(coordinator),
        approved,
        Author("Unidad 002", "lucia"),
        TargetChangeReason("Oficio", "OF-9"),
    )
    second = export_base(coordinator, UNIT, tmp_path / "2", now=NOW).path

    incoming = check_package(unit_store, second)
    [changed] = incoming.diff.metas
    assert [(line.label, line.old, line.new) for line in changed.lines] == [
        ("Modificado T2 (NUM)", "900", "700"),
        ("Modificado anual (NUM)", "3400", "3200"),
    ]
    apply_package(unit_store, incoming)

    meta = _meta(unit_store)
    assert meta.num.value(Series.ACHIEVED, Quarter.FIRST) == Decimal(850)
    assert meta.evaluation(Quarter.FIRST) == "850 HECHOS."
    assert meta.num.value(Series.MODIFIED, Quarter.SECOND) == Decimal(700)
    [change, _annual] = unit_store.edits.target_changes(2024, ESTUDIOS)
    # The base brings approved targets and puts back rejected ones: its reason says neither.
    assert change.reason == TargetChangeReason(
        "Meta modificada según el programa base #2 de la unidad coordinadora"
    )
    assert change.author.profile == "Programa base #2 de la unidad coordinadora"


def test_a_meta_the_base_no_longer_lists_leaves_the_programme(
    coordinator: Store, unit_store: Store, tmp_path: Path
) -> None:
    first = export_base(coordinator, UNIT, tmp_path / "1", now=NOW).path
    _receive(unit_store, first)

    def drop_estudios(data: dict[str, Any]) -> None:
        data["metas"] = [m for m in data["metas"] if m["id"] != ESTUDIOS]

    def second(manifest: dict[str, Any]) -> None:
        manifest["secuencia"] = 2

    path = edit_data(first, tmp_path / "2.zip", drop_estudios, manifest=second)
    incoming = check_package(unit_store, path)
    [retired] = incoming.diff.metas
    assert (retired.meta_id, retired.status) == (ESTUDIOS, MetaStatus.RETIRED)
    apply_package(unit_store, incoming)

    assert _meta(unit_store) is None


def test_a_base_for_another_unit_is_refused(
    coordinator: Store, unit_store: Store, tmp_path: Path
) -> None:
    _receive(unit_store, export_base(coordinator, UNIT, tmp_path, now=NOW).path)
    other = export_base(coordinator, UnitCode("009"), tmp_path, now=NOW).path

    with pytest.raises(PackageRefusedError) as caught:
        check_package(unit_store, other)

    assert caught.value.reason == (
        "el programa base es para la unidad 009; esta base de datos es de la unidad 004"
    )


def test_the_guard_option_refuses_before_the_first_base(
    coordinator: Store, unit_store: Store, tmp_path: Path
) -> None:
    path = export_base(coordinator, UnitCode("009"), tmp_path, now=NOW).path

    with pytest.raises(PackageRefusedError) as caught:
        check_package(unit_store, path, IntakeOptions(unit=UNIT))

    assert "esta base de datos es de la unidad 004" in caught.value.reason


def test_the_coordinator_does_not_take_a_base(coordinator: Store, tmp_path: Path) -> None:
    path = export_base(coordinator, UNIT, tmp_path, now=NOW).path

    with pytest.raises(PackageRefusedError) as caught:
        check_package(coordinator, path)

    assert caught.value.reason == (
        "esta base de datos es de la unidad coordinadora; el programa base es para la unidad 004"
    )


def test_a_base_carrying_achieved_figures_is_refused(
    coordinator: Store, unit_store: Store, tmp_path: Path
) -> None:
    def report_something(data: dict[str, Any]) -> None:
        data["metas"][0]["num"][10] = 5

    path = edit_data(
        export_base(coordinator, UNIT, tmp_path, now=NOW).path, tmp_path / "b.zip", report_something
    )

    with pytest.raises(PackageRefusedError) as caught:
        check_package(unit_store, path)

    assert caught.value.reason == (
        "la meta «APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD.» trae lo realizado del trimestre 1"
    )


def test_a_units_database_does_not_send_bases(
    unit_store: Store, coordinator: Store, tmp_path: Path
) -> None:
    _receive(unit_store, export_base(coordinator, UNIT, tmp_path, now=NOW).path)

    with pytest.raises(ExportError, match="esta base de datos es de la unidad 004"):
        export_base(unit_store, UNIT, tmp_path / "x")


def test_one_base_per_unit_but_the_coordinating_one(coordinator: Store, tmp_path: Path) -> None:
    exported = export_bases(coordinator, tmp_path, now=NOW)

    # 002's own metas are typed in this database: a base of them would go nowhere.
    assert [(e.manifest.unit.value, e.metas) for e in exported] == [
        ("001", 13),
        ("003", 2),
        ("004", 7),
        ("005", 3),
        ("006", 15),
        ("008", 11),
        ("009", 1),
    ]


def test_the_coordinating_units_base_is_refused_naming_why(
    coordinator: Store, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="la unidad 002 es la coordinadora"):
        export_base(coordinator, UnitCode("002"), tmp_path / "x")

    assert not (tmp_path / "x").exists()


def test_what_is_applied_is_planned_again_on_the_database_as_it_is_then(
    coordinator: Store, unit_store: Store, tmp_path: Path
) -> None:
    _receive(unit_store, export_base(coordinator, UNIT, tmp_path / "1", now=NOW).path)
    approved = with_modified(_meta(coordinator), Quarter.SECOND, Decimal(700))
    coordinator.edits.save(
        2024, _meta(coordinator), approved, Author("Unidad 002", "l"), TargetChangeReason("Oficio")
    )
    reviewed = check_package(unit_store, export_base(coordinator, UNIT, tmp_path / "2").path)
    # While the diff is on screen, the unit types a figure: applying must not lose it.
    typed = with_achieved(_meta(unit_store), Quarter.FIRST, Decimal(850))
    unit_store.edits.save(2024, _meta(unit_store), typed, Author("Unidad 004", "ana"))

    apply_package(unit_store, reviewed)

    meta = _meta(unit_store)
    assert meta.num.value(Series.ACHIEVED, Quarter.FIRST) == Decimal(850)
    assert meta.num.value(Series.MODIFIED, Quarter.SECOND) == Decimal(700)


def test_a_file_replaced_after_its_review_is_refused(
    coordinator: Store, unit_store: Store, tmp_path: Path
) -> None:
    path = export_base(coordinator, UNIT, tmp_path, now=NOW).path
    reviewed = check_package(unit_store, path)
    export_base(coordinator, UNIT, tmp_path, now=NOW)  # same name, number 2

    with pytest.raises(PackageRefusedError) as caught:
        apply_package(unit_store, reviewed)

    assert caught.value.reason == (
        "el paquete o la base de datos cambiaron desde que se revisó; revíselo de nuevo"
    )
    assert unit_store.received.history() == []


def test_a_programme_with_a_negative_figure_is_not_sent(coordinator: Store, tmp_path: Path) -> None:
    # A report imported with a negative target (a warning then): the base went out, and the
    # unit refused it.
    from ism_desktop.exchange.package.writer import ExportError

    meta = coordinator.reports.load_unit_metas(2024, "30", UNIT)[0]
    negative = with_modified(meta, Quarter.THIRD, Decimal(-15), None)
    author = Author("Unidad coordinadora (002)", "prueba")
    coordinator.edits.save(2024, meta, negative, author, TargetChangeReason("Oficio 1/2024"))

    with pytest.raises(ExportError) as refused:
        export_base(coordinator, UNIT, tmp_path, now=NOW)

    assert "tiene una cifra negativa (modificado T3 (NUM): -15)" in str(refused.value)
    assert not list(tmp_path.iterdir())


def test_a_negative_achieved_figure_of_an_open_quarter_does_not_stop_the_base(
    coordinator: Store, tmp_path: Path
) -> None:
    # The base carries no achieved figure of an open quarter: the unit would accept it.
    meta = coordinator.reports.load_unit_metas(2024, "30", UNIT)[0]
    negative = with_achieved(meta, Quarter.FIRST, Decimal(-6), None)
    coordinator.edits.save(2024, meta, negative, Author("Unidad coordinadora (002)", "prueba"))

    assert export_base(coordinator, UNIT, tmp_path, now=NOW).path.exists()
