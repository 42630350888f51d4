"""Real packages and hand-made variants of them, for the tests of receiving packages."""

from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import ActivityCode, ProgrammeCode, UnitCode
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.meta import MetaKey
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource, ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.export.check import ExportCheck
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.exchange.package import reader, zip_guard
from ism_desktop.store.store import Store

NOW = datetime(2024, 4, 11, 10, 44).astimezone()
Entry = tuple[str | zipfile.ZipInfo, bytes]
JsonEdit = Callable[[dict[str, Any]], None]


def no_findings(_report: ProgressReport, _quarter: Quarter, _unit: UnitCode) -> ExportCheck:
    return ExportCheck()


def seed_store(seed_text: str) -> Store:
    """An in-memory store holding the whole seed report (as the coordinator's would)."""
    store = Store.in_memory()
    store.reports.save(parse_etca_text(seed_text).report, ImportSource("seed.txt", "0" * 64))
    return store


def coordinator_file(seed_text: str, path: Path) -> Path:
    """A coordinator's database file holding the whole seed report."""
    with seed_store(seed_text) as memory:
        report = memory.reports.load()
    assert report is not None
    with Store.open(path) as store:
        store.reports.save(report, ImportSource("semilla.txt", "0" * 64))
    return path


def export_unit(
    store: Store, out_dir: Path, unit: str = "004", quarter: Quarter = Quarter.FIRST
) -> Path:
    """The unit's package, exported for real (PDF and workbook included)."""
    exported = export_package(
        store, UnitCode(unit), quarter, out_dir, validate=no_findings, now=NOW
    )
    return exported.path


def export_coordinators_own(seed_text: str, out_dir: Path) -> Path:
    """A package of unit 002, the coordinating unit: hostile input, no real PC writes one.

    The export refuses it from the coordinator's database and from one not known as anyone's;
    a database that claims to be unit 002's (made by hand) still writes it.
    """
    with seed_store(seed_text) as store:
        store.identity.set(PcIdentity(Role.UNIT, "30", UnitCode("002")))
        return export_unit(store, out_dir, "002")


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(path: Path, entries: Iterable[Entry]) -> Path:
    """A zip with exactly these entries (duplicates allowed: zipfile only warns)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in entries:
                archive.writestr(name, content)
    return path


def zip_bytes(entries: Iterable[Entry]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries:
            archive.writestr(name, content)
    return buffer.getvalue()


def repack(
    source: Path,
    target: Path,
    *,
    replace: Mapping[str, bytes] | None = None,
    drop: Iterable[str] = (),
    extra: Iterable[Entry] = (),
    manifest: JsonEdit | None = None,
    rehash: bool = True,
) -> Path:
    """A copy of a package with members replaced or dropped, its manifest re-hashed and edited."""
    content = members(source)
    content.update(replace or {})
    for name in drop:
        content.pop(name, None)
    data = json.loads(content.pop("manifest.json"))
    if rehash:
        data["archivos"] = [
            {"nombre": name, "sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)}
            for name, body in content.items()
        ]
    if manifest is not None:
        manifest(data)
    entries: list[Entry] = [("manifest.json", json.dumps(data).encode())]
    entries += list(content.items())
    return write_zip(target, [*entries, *extra])


def edit_data(source: Path, target: Path, edit: JsonEdit, **options: Any) -> Path:
    """A copy of a package whose ``datos.json`` was edited (and re-hashed)."""
    data = json.loads(members(source)["datos.json"])
    edit(data)
    return repack(source, target, replace={"datos.json": json.dumps(data).encode()}, **options)


def reidentify(meta: dict[str, Any]) -> None:
    """Give a meta of ``datos.json`` the id its (edited) key fields compute to."""
    key = MetaKey(
        meta["dependencia"],
        UnitCode(meta["unidad"]),
        ProgrammeCode(meta["programa"]),
        ActivityCode(meta["proceso"]),
        meta["descripcion"],
    )
    meta["id"] = key.stable_id


def with_workbook(source: Path, target: Path, workbook: bytes) -> Path:
    """A copy of a package whose ``informe.xlsx`` is replaced (and re-hashed)."""
    return repack(source, target, replace={"informe.xlsx": workbook})


def workbook_with(source: Path, name: str, content: bytes) -> bytes:
    """The package's real workbook with one part replaced or added."""
    parts = zipfile.ZipFile(io.BytesIO(members(source)["informe.xlsx"]))
    entries: list[Entry] = [(n, parts.read(n)) for n in parts.namelist() if n != name]
    return zip_bytes([*entries, (name, content)])


def base_with_new_target(seed_text: str, folder: Path, description: str, target: int) -> Path:
    """The coordinator's programme base for unit 004, one meta's T2 target changed to ``target``."""
    with seed_store(seed_text) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == description]
        approved = with_modified(meta, Quarter.SECOND, Decimal(target))
        store.edits.save(2024, meta, approved, Author("002", "l"), TargetChangeReason("Oficio"))
        return export_base(store, UnitCode("004"), folder, now=NOW).path


def damaged(detail: str) -> str:
    """How a package damaged or altered after its export is refused, around the failed check."""
    return (
        f"el paquete está dañado o se modificó después de exportarlo ({detail}); "
        "pida a quien se lo envió que lo exporte de nuevo"
    )


def opened_zips(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What each zip of the package reader is opened from, as it opens them."""
    opened: list[object] = []
    real = zip_guard.open_guarded

    def spy(source: Path | bytes, *args: Any, **kwargs: Any) -> Any:
        opened.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(reader, "open_guarded", spy)
    return opened
