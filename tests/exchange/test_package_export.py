"""A unit's package read back: manifest, checksums, data, PDF, workbook; refusal on errors."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pdfplumber
import pytest

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved, with_modified
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource, ProgressReport
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.exchange.export.check import (
    CheckedFinding,
    CheckedJustification,
    ExportCheck,
)
from ism_desktop.exchange.export.report_package import ExportRefusedError, export_package
from ism_desktop.exchange.export.validation import rules_validator
from ism_desktop.exchange.package.manifest import PACKAGE_FORMAT_VERSION, PackageManifest
from ism_desktop.exchange.package.writer import ExportError
from ism_desktop.store.store import Store

UNIT = UnitCode("004")
NOW = datetime(2024, 4, 11, 10, 44).astimezone()
ESTUDIOS = "ESTUDIOS SOCIOECONÓMICOS"


def _no_findings(_report: ProgressReport, _quarter: Quarter, _unit: UnitCode) -> ExportCheck:
    return ExportCheck()


@pytest.fixture
def store(seed_text: str) -> Iterator[Store]:
    with Store.in_memory() as opened:
        opened.reports.save(parse_etca_text(seed_text).report, ImportSource("seed.txt", "0" * 64))
        yield opened


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _manifest(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_members(path)["manifest.json"])
    return data


def test_package_name_and_members(store: Store, tmp_path: Path) -> None:
    exported = export_package(store, UNIT, Quarter.FIRST, tmp_path, validate=_no_findings, now=NOW)

    assert exported.path == tmp_path / "ETCA-III-04_2024_T1_unidad_004.ismpaq"
    with zipfile.ZipFile(exported.path) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == ["manifest.json", "datos.json", "informe.pdf", "informe.xlsx"]
    assert [p.name for p in tmp_path.iterdir()] == [exported.path.name]  # no temporary left


def test_manifest_describes_the_package_and_hashes_every_file(store: Store, tmp_path: Path) -> None:
    exported = export_package(store, UNIT, Quarter.FIRST, tmp_path, validate=_no_findings, now=NOW)

    manifest = _manifest(exported.path)
    members = _members(exported.path)
    assert manifest["version_formato"] == PACKAGE_FORMAT_VERSION == 1
    assert manifest["version_programa"] == "0.1.0"
    assert manifest["unidad"] == {"clave": "004", "nombre": "ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"}
    assert (manifest["entidad"], manifest["ejercicio"], manifest["trimestre"]) == ("30", 2024, 1)
    assert manifest["creado"] == NOW.isoformat(timespec="seconds")
    assert manifest["secuencia"] == 1
    listed = {item["nombre"]: item for item in manifest["archivos"]}
    assert sorted(listed) == ["datos.json", "informe.pdf", "informe.xlsx"]
    for name, item in listed.items():
        assert item["sha256"] == hashlib.sha256(members[name]).hexdigest()
        assert item["bytes"] == len(members[name])
    assert PackageManifest.from_json(manifest) == exported.manifest


def test_sequence_grows_per_unit(store: Store, tmp_path: Path) -> None:
    first = export_package(store, UNIT, Quarter.FIRST, tmp_path, validate=_no_findings)
    second = export_package(store, UNIT, Quarter.FIRST, tmp_path, validate=_no_findings)
    other = export_package(store, UnitCode("009"), Quarter.FIRST, tmp_path, validate=_no_findings)

    assert (first.manifest.sequence, second.manifest.sequence, other.manifest.sequence) == (1, 2, 1)
    assert _manifest(second.path)["secuencia"] == 2  # same name: the newer package replaced it
    history = store.packages.history(UNIT)
    assert [record.sequence for record in history] == [1, 2]
    assert history[-1].sha256 == hashlib.sha256(second.path.read_bytes()).hexdigest()


def test_data_holds_the_units_metas_by_stable_identity(store: Store, tmp_path: Path) -> None:
    exported = export_package(store, UNIT, Quarter.FIRST, tmp_path, validate=_no_findings)

    data = json.loads(_members(exported.path)["datos.json"])
    report = store.reports.load()
    assert report is not None
    assert [m["id"] for m in data["metas"]] == [m.stable_id for m in report.metas_of(UNIT)]
    assert data["unidad"]["clave"] == "004"
    assert (data["ejercicio"], data["trimestre"]) == (2024, 1)
    estudios = next(m for m in data["metas"] if m["descripcion"] == ESTUDIOS)
    # 761 achieved of 900 original; later quarters not reported are null, not 0.
    assert estudios["num"][10:] == [761, None, None, None]
    assert estudios["avance"] == {"1": 84.55}
    assert estudios["evaluacion"]["1"].startswith("SE REALIZARON 761 ESTUDIOS")
    assert estudios["historial"] == []
    assert estudios["avisos"] == []
    assert {"clave": "041", "nombre": "ATENCIÓN A MUJERES EN SITUACIONES DE VIOLENCIA."} in (
        data["catalogo"]["procesos"]
    )


def test_pdf_and_workbook_are_the_units_report(store: Store, tmp_path: Path) -> None:
    exported = export_package(store, UNIT, Quarter.FIRST, tmp_path, validate=_no_findings, now=NOW)
    members = _members(exported.path)

    with pdfplumber.open(io.BytesIO(members["informe.pdf"])) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
        assert pdf.metadata["Author"] == "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"
    assert "UNIDAD ADMINISTRATIVA 004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA" in text
    assert "84.55%" in text
    assert "11-04-2024 10:44" in text
    workbook = openpyxl.load_workbook(io.BytesIO(members["informe.xlsx"]))
    assert workbook.sheetnames == ["Resumen", "004"]


def test_change_history_travels_with_the_meta(store: Store, tmp_path: Path) -> None:
    report = store.reports.load()
    assert report is not None
    before = next(m for m in report.metas_of(UNIT) if m.description == ESTUDIOS)
    after = with_modified(
        with_achieved(before, Quarter.FIRST, Decimal(780)), Quarter.SECOND, Decimal(850)
    )
    author = Author("Unidad 004", "ana")
    reason = TargetChangeReason("Ajuste aprobado por la junta", "Oficio 12/2024")
    store.edits.save(2024, before, after, author, reason)

    exported = export_package(store, UNIT, Quarter.FIRST, tmp_path, validate=_no_findings)

    estudios = next(
        m
        for m in json.loads(_members(exported.path)["datos.json"])["metas"]
        if m["descripcion"] == ESTUDIOS
    )
    assert estudios["avance"] == {"1": 86.66}  # 780 / 900, truncated
    changed = {entry["campo"]: entry for entry in estudios["historial"]}
    assert changed["realizado.t1.num"]["antes"] == "761.00"
    assert changed["realizado.t1.num"]["despues"] == "780"
    assert changed["realizado.t1.num"]["usuario"] == "ana"
    assert estudios["cambios_meta_modificada"][0]["motivo"] == "Ajuste aprobado por la junta"
    assert estudios["cambios_meta_modificada"][0]["documento"] == "Oficio 12/2024"


def test_warnings_travel_with_their_justifications(store: Store, tmp_path: Path) -> None:
    report = store.reports.load()
    assert report is not None
    estudios = next(m for m in report.metas_of(UNIT) if m.description == ESTUDIOS)
    justified = CheckedFinding(
        estudios.stable_id,
        ESTUDIOS,
        "AVANCE_FUERA_DE_RANGO",
        "avance.t1",
        "El avance oficial es 84.55 %.",
        CheckedJustification("Usuarias con expediente previo.", "ana", "2024-04-10"),
    )
    open_warning = CheckedFinding(estudios.stable_id, ESTUDIOS, "OTRA", "x", "Sin justificar.")

    def warn(_report: ProgressReport, _quarter: Quarter, _unit: UnitCode) -> ExportCheck:
        return ExportCheck(warnings=(justified, open_warning))

    exported = export_package(store, UNIT, Quarter.FIRST, tmp_path, validate=warn)

    metas = json.loads(_members(exported.path)["datos.json"])["metas"]
    avisos = next(m for m in metas if m["descripcion"] == ESTUDIOS)["avisos"]
    assert avisos == [
        {
            "regla": "AVANCE_FUERA_DE_RANGO",
            "campo": "avance.t1",
            "mensaje": "El avance oficial es 84.55 %.",
            "justificacion": {
                "texto": "Usuarias con expediente previo.",
                "autor": "ana",
                "fecha": "2024-04-10",
                "enterado": False,
            },
        },
        {"regla": "OTRA", "campo": "x", "mensaje": "Sin justificar.", "justificacion": None},
    ]
    assert exported.check.warnings == (justified, open_warning)


def test_errors_refuse_the_export_and_list_them(store: Store, tmp_path: Path) -> None:
    error = CheckedFinding("abc", ESTUDIOS, "REALIZADO_FALTANTE", "realizado.t1.num", "Falta.")

    def failing(_report: ProgressReport, _quarter: Quarter, _unit: UnitCode) -> ExportCheck:
        return ExportCheck(errors=(error,))

    with pytest.raises(
        ExportRefusedError, match="la validación del trimestre 1 de 2024 encontró 1 error"
    ) as refused:
        export_package(store, UNIT, Quarter.FIRST, tmp_path / "salida", validate=failing)

    assert refused.value.errors == (error,)
    # One error is «corríjalo», as the window says it; it read «1 error; corríjalos».
    assert str(refused.value) == (
        "no se exporta el paquete: la validación del trimestre 1 de 2024 encontró 1 error; "
        "corríjalo y vuelva a exportar."
    )
    assert not (tmp_path / "salida").exists()
    assert store.packages.history() == []
    # The number was not used up: the next successful export is still the first.
    assert (
        export_package(
            store, UNIT, Quarter.FIRST, tmp_path, validate=_no_findings
        ).manifest.sequence
        == 1
    )


def test_real_rules_refuse_a_quarter_not_yet_reported(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportRefusedError) as refused:
        export_package(store, UNIT, Quarter.SECOND, tmp_path, validate=rules_validator())

    rules = {finding.rule for finding in refused.value.errors}
    assert {"REALIZADO_FALTANTE", "EVALUACION_VACIA"} <= rules
    assert list(tmp_path.iterdir()) == []


def test_real_rules_let_the_seeds_first_quarter_through(store: Store, tmp_path: Path) -> None:
    exported = export_package(store, UNIT, Quarter.FIRST, tmp_path, validate=rules_validator())

    assert exported.check.errors == ()
    assert exported.path.exists()


def test_unit_without_metas_is_an_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="la unidad administrativa 007 no tiene metas"):
        export_package(store, UnitCode("007"), Quarter.FIRST, tmp_path, validate=_no_findings)


def test_empty_database_is_an_error(tmp_path: Path) -> None:
    with Store.in_memory() as empty, pytest.raises(ExportError, match="no tiene ningún informe"):
        export_package(empty, UNIT, Quarter.FIRST, tmp_path, validate=_no_findings)


def test_stored_justifications_travel_with_the_real_rules(store: Store, tmp_path: Path) -> None:
    warnings = export_package(
        store, UNIT, Quarter.FIRST, tmp_path, validate=rules_validator()
    ).check.warnings
    first = warnings[0]
    key = JustificationKey(2024, first.meta_id, Quarter.FIRST, first.rule)
    store.justifications.save(
        Justification.justified(key, "Se reprogramó con oficio 12/2024.", "ana", "2024-04-10")
    )

    exported = export_package(
        store,
        UNIT,
        Quarter.FIRST,
        tmp_path,
        validate=rules_validator(store.justifications.for_year),
    )

    metas = json.loads(_members(exported.path)["datos.json"])["metas"]
    avisos = next(m for m in metas if m["id"] == first.meta_id)["avisos"]
    justified = next(a for a in avisos if a["regla"] == first.rule)
    assert justified["justificacion"] == {
        "texto": "Se reprogramó con oficio 12/2024.",
        "autor": "ana",
        "fecha": "2024-04-10",
        "enterado": False,
        # Stored without what it answered: it travels as the answer of the warning it settled.
        "respondia": [first.message],
    }
    others = [a for m in metas for a in m["avisos"] if a is not justified]
    assert all(a["justificacion"] is None for a in others)


def test_a_package_the_database_could_not_record_is_not_left_behind(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file was written, then the database (held by another program) refused to record it
    # and close the quarter: the command said «No se cambió nada» with the package in the
    # folder, its number used and the quarter still open.
    from ism_desktop.exchange.package.writer import ExportError
    from ism_desktop.store.closure_repository import ClosureRepository
    from ism_desktop.store.database import StoreError

    def busy(*_args: object, **_kwargs: object) -> bool:
        raise StoreError("Otro programa está usando la base de datos")

    monkeypatch.setattr(ClosureRepository, "set_state", busy)
    out = tmp_path / "envios"

    with pytest.raises(ExportError) as refused:
        export_package(store, UnitCode("004"), Quarter.FIRST, out, validate=_no_findings, now=NOW)

    assert list(out.iterdir()) == []
    assert "no se dejó el paquete" in str(refused.value)
    recorded = store._db.execute("SELECT file_name FROM package_exports").fetchall()
    assert [row[0] for row in recorded] == [None]
    monkeypatch.undo()
    exported = export_package(
        store, UnitCode("004"), Quarter.FIRST, out, validate=_no_findings, now=NOW
    )
    assert exported.manifest.sequence == 2  # a number once taken is never given again


def test_two_errors_are_corrected_in_the_plural(store: Store, tmp_path: Path) -> None:
    error = CheckedFinding("abc", ESTUDIOS, "REALIZADO_FALTANTE", "realizado.t1.num", "Falta.")

    def failing(_report: ProgressReport, _quarter: Quarter, _unit: UnitCode) -> ExportCheck:
        return ExportCheck(errors=(error, error))

    with pytest.raises(ExportRefusedError) as refused:
        export_package(store, UNIT, Quarter.FIRST, tmp_path / "salida", validate=failing)

    assert str(refused.value) == (
        "no se exporta el paquete: la validación del trimestre 1 de 2024 encontró 2 errores; "
        "corríjalos y vuelva a exportar."
    )
