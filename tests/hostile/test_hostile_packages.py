"""Hostile packages at the coordinating unit: each is refused with a Spanish reason, no crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.exchange.intake.receiver import IntakeOptions
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.store.store import Store
from tests.exchange.package_builders import (
    edit_data,
    export_coordinators_own,
    export_unit,
    repack,
)
from tests.hostile.generators import (
    big_sequences,
    control_characters,
    lone_surrogates,
    non_ascii_digits,
)


def _reason(store: Store, path: Path, options: IntakeOptions | None = None) -> str:
    with pytest.raises(PackageRefusedError) as caught:
        check_package(store, path, options)
    return caught.value.reason


def test_a_package_of_the_coordinators_own_unit_is_refused(
    coordinator: Store, tmp_path: Path, seed_text: str
) -> None:
    own = export_coordinators_own(seed_text, tmp_path)

    reason = _reason(coordinator, own)

    assert "unidad 002" in reason
    assert "esta misma" in reason


def test_a_package_of_the_receivers_own_unit_is_refused_whatever_the_code(
    coordinator: Store, tmp_path: Path
) -> None:
    own = export_unit(coordinator, tmp_path, unit="004")

    reason = _reason(coordinator, own, IntakeOptions(Role.COORDINATOR, UnitCode("004")))

    assert "esta misma" in reason


@pytest.mark.parametrize(("case", "sequence"), list(big_sequences()))
def test_a_sequence_that_is_not_a_small_integer_is_refused(
    coordinator: Store, unit_package: Path, tmp_path: Path, case: str, sequence: object
) -> None:
    def edit(manifest: dict[str, Any]) -> None:
        manifest["secuencia"] = sequence

    path = repack(unit_package, tmp_path / f"{case}.zip", manifest=edit)

    assert "envío" in _reason(coordinator, path)


@pytest.mark.parametrize(("case", "digits"), list(non_ascii_digits()))
def test_a_unit_code_in_other_digits_is_refused(
    coordinator: Store, unit_package: Path, tmp_path: Path, case: str, digits: str
) -> None:
    def edit(manifest: dict[str, Any]) -> None:
        manifest["unidad"]["clave"] = digits

    path = repack(unit_package, tmp_path / f"{case}.zip", manifest=edit)

    # Refused for the unit's code, named with what it holds: not «un valor no válido».
    assert f"la clave de unidad «{digits}» del manifiesto no es de tres dígitos del 0 al 9" in (
        _reason(coordinator, path)
    )


@pytest.mark.parametrize("key", ["ejercicio", "trimestre", "version_formato"])
@pytest.mark.parametrize("value", ["1", 1.5, True, "٢٠٢٤"])
def test_manifest_numbers_must_be_json_integers(
    coordinator: Store, unit_package: Path, tmp_path: Path, key: str, value: object
) -> None:
    def edit(manifest: dict[str, Any]) -> None:
        manifest[key] = value

    path = repack(unit_package, tmp_path / "m.zip", manifest=edit)

    # Refused for this number, not for what a lenient reading of it led to (a year 1, say).
    assert f"«{key}» del manifiesto no es un número entero" in _reason(coordinator, path)


def _texts() -> list[tuple[str, str]]:
    return [
        *(("control-" + case, value) for case, value in control_characters()),
        *(("surrogate-" + case, value) for case, value in lone_surrogates()),
    ]


@pytest.mark.parametrize(("case", "bad"), _texts())
def test_a_narrative_with_a_character_that_is_not_text_is_refused(
    coordinator: Store, unit_package: Path, tmp_path: Path, case: str, bad: str
) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["metas"][0]["evaluacion"]["1"] = f"SE REALIZARON{bad} 400 APOYOS"

    path = edit_data(unit_package, tmp_path / f"{case}.zip", edit)

    reason = _reason(coordinator, path)
    assert "carácter" in reason


_META_TEXTS = {
    "id": "el identificador",
    "dependencia": "la dependencia",
    "unidad": "la unidad de",
    "programa": "el programa",
    "proceso": "el proceso",
    "descripcion": "la descripción",
    "unidad_medida": "la unidad de medida",
}


@pytest.mark.parametrize("bad", ["\x07", "\x85", "\ud800"])
@pytest.mark.parametrize("name", list(_META_TEXTS))
def test_a_meta_text_with_a_character_that_is_not_text_is_refused_naming_it(
    coordinator: Store, unit_package: Path, tmp_path: Path, name: str, bad: str
) -> None:
    # The meta's texts are first looked at joined: the refusal still names the field.
    def edit(data: dict[str, Any]) -> None:
        meta = data["metas"][1]
        meta[name] = meta[name][:1] + bad + meta[name][1:]

    path = edit_data(unit_package, tmp_path / f"{name}.zip", edit)

    reason = _reason(coordinator, path)
    assert "carácter que no es texto" in reason
    assert _META_TEXTS[name] in reason


def test_an_evaluation_over_the_limit_is_refused_naming_the_limit(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["metas"][0]["evaluacion"]["1"] = "A" * 25_000

    path = edit_data(unit_package, tmp_path / "larga.zip", edit)

    assert "demasiado larga: máx. 20\u00a0000 caracteres" in _reason(coordinator, path)


def test_the_last_sequence_that_can_be_received_still_leaves_room(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    from ism_desktop.domain.limits import MAX_SEQUENCE

    def edit(manifest: dict[str, Any]) -> None:
        manifest["secuencia"] = MAX_SEQUENCE + 1

    path = repack(unit_package, tmp_path / "tope.zip", manifest=edit)

    assert "envío" in _reason(coordinator, path, IntakeOptions(quarter=Quarter.FIRST))
    # The highest accepted number is far below SQLite's integer range.
    assert MAX_SEQUENCE < 2**31


def test_a_units_pc_exports_only_its_own_unit(coordinator: Store, tmp_path: Path) -> None:
    from ism_desktop.domain.package_records import PcIdentity
    from ism_desktop.exchange.package.writer import ExportError

    coordinator.identity.set(PcIdentity(Role.UNIT, "30", UnitCode("004")))

    with pytest.raises(ExportError, match="esta base de datos es de la unidad 004"):
        export_unit(coordinator, tmp_path, unit="002")
    assert coordinator.packages.history() == []
    assert export_unit(coordinator, tmp_path, unit="004").is_file()


def test_a_base_with_no_metas_is_refused_and_deletes_nothing(
    coordinator: Store, tmp_path: Path
) -> None:
    from ism_desktop.exchange.export.base import export_base
    from tests.exchange.package_builders import NOW

    unit = Store.in_memory()
    base = export_base(coordinator, UnitCode("004"), tmp_path, now=NOW).path
    apply_package_checked(unit, base)
    before = unit.reports.load_unit_metas(2024, "30", UnitCode("004"))

    def empty(data: dict[str, Any]) -> None:
        data["metas"] = []

    def later(manifest: dict[str, Any]) -> None:
        manifest["secuencia"] = 2

    hollow = edit_data(base, tmp_path / "vacia.zip", empty, manifest=later)

    assert "ninguna meta" in _reason(unit, hollow)
    assert unit.reports.load_unit_metas(2024, "30", UnitCode("004")) == before
    assert len(before) == 7


def apply_package_checked(store: Store, path: Path) -> None:
    from ism_desktop.exchange.intake.packages import apply_package

    apply_package(store, check_package(store, path))


@pytest.mark.parametrize(("case", "value"), list(big_sequences()))
def test_a_base_whose_last_received_number_is_not_a_sequence_is_refused(
    coordinator: Store, tmp_path: Path, case: str, value: object
) -> None:
    from ism_desktop.exchange.export.base import export_base
    from ism_desktop.exchange.package.manifest import LAST_RECEIVED_KEY
    from tests.exchange.package_builders import NOW

    base = export_base(coordinator, UnitCode("004"), tmp_path, now=NOW).path

    def spoil(data: dict[str, Any]) -> None:
        data[LAST_RECEIVED_KEY] = value

    path = edit_data(base, tmp_path / f"{case}.zip", spoil)
    if value == 0:
        check_package(Store.in_memory(), path)  # 0: the coordinator received nothing yet
        return

    assert LAST_RECEIVED_KEY in _reason(Store.in_memory(), path)


def test_a_first_package_that_spends_most_numbers_is_refused(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    from ism_desktop.domain.limits import MAX_SEQUENCE_STEP

    def edit(manifest: dict[str, Any]) -> None:
        manifest["secuencia"] = MAX_SEQUENCE_STEP + 1

    path = repack(unit_package, tmp_path / "salto.zip", manifest=edit)

    assert "salta demasiado" in _reason(coordinator, path)


@pytest.mark.parametrize(("row", "column"), [("num", 10), ("num", 5), ("met", 10)])
@pytest.mark.parametrize("value", [-5, -0.5])
def test_a_negative_figure_is_refused_naming_the_meta(
    coordinator: Store, unit_package: Path, tmp_path: Path, row: str, column: int, value: float
) -> None:
    # Refused by the unit's own validation before export, so only ever a tampered package;
    # it was received, and closed the quarter, with a figure no report may hold.
    def edit(data: dict[str, Any]) -> None:
        meta = next(m for m in data["metas"] if m["tipo"] == "P" or row == "num")
        meta[row][column] = value

    path = edit_data(unit_package, tmp_path / f"{row}{column}.zip", edit)

    reason = _reason(coordinator, path)
    assert "negativa" in reason
    assert "de la meta «" in reason


def test_a_report_package_with_no_metas_is_refused(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    # Received, it said «0 metas cambian» and closed the unit's quarter.
    def edit(data: dict[str, Any]) -> None:
        data["metas"] = []

    path = edit_data(unit_package, tmp_path / "vacio.zip", edit)

    assert "no trae ninguna meta" in _reason(coordinator, path)


@pytest.fixture(scope="module")
def package_with_request(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> Path:
    """Unit 004's package asking for ESTUDIOS' modified T2 to be 90, with its motivo."""
    from decimal import Decimal

    from ism_desktop.domain.audit import Author, TargetChangeReason
    from ism_desktop.domain.editing import with_modified
    from tests.exchange.package_builders import seed_store

    with seed_store(seed_text) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == "ESTUDIOS SOCIOECONÓMICOS"]
        after = with_modified(meta, Quarter.SECOND, Decimal(90), None)
        reason = TargetChangeReason("Recorte presupuestal", "OF-12")
        store.edits.save(2024, meta, after, Author("Unidad 004", "ana"), reason)
        return export_unit(store, tmp_path_factory.mktemp("solicitud"))


def _motivos() -> list[object]:
    cases = [
        pytest.param("motivo", f"RECORTE{bad}OFICIO 123", "carácter que no es texto", id=case)
        for case, bad in _texts()
    ]
    return [
        *cases,
        pytest.param(
            "motivo",
            "A" * 20_001,
            "tiene 20\u00a0001 caracteres (máx. 20\u00a0000)",
            id="motivo-largo",
        ),
        pytest.param("documento", "OF\x0b12", "carácter que no es texto", id="documento"),
        # As long as an approval's, at most: longer, no path could have stored it.
        pytest.param(
            "documento",
            "D" * 2_001,
            "tiene 2\u00a0001 caracteres (máx. 2\u00a0000)",
            id="documento-largo",
        ),
    ]


@pytest.mark.parametrize(("key", "value", "said"), _motivos())
def test_a_request_with_a_motivo_that_may_not_be_stored_is_refused(
    coordinator: Store,
    package_with_request: Path,
    tmp_path: Path,
    key: str,
    value: str,
    said: str,
) -> None:
    # Stored, it would stop every later check of the coordinator's year.
    def edit(data: dict[str, Any]) -> None:
        for meta in data["metas"]:
            for change in meta.get("cambios_meta_modificada", []):
                change[key] = value

    path = edit_data(package_with_request, tmp_path / f"{key}.zip", edit)

    reason = _reason(coordinator, path)
    assert f"el {key} de un cambio de meta modificada" in reason
    assert "ESTUDIOS SOCIOECONÓMICOS" in reason
    assert said in reason
