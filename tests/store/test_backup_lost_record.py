"""A copy whose JSON record was lost or damaged: still listed, restorable, and left alone."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ism_desktop.store.backup import BackupError, create_backup, restore_backup
from ism_desktop.store.backup_catalogue import BackupInfo, list_backups
from tests.store.backup_marks import mark, set_mark

T0 = datetime(2024, 5, 2, 10, 30, 0)
UNKNOWN = "motivo desconocido"

Spoil = Callable[[Path], object]


def _write_text(text: str) -> Spoil:
    return lambda sidecar: sidecar.write_text(text, encoding="utf-8")


def _write_bytes(data: bytes) -> Spoil:
    return lambda sidecar: sidecar.write_bytes(data)


def _replace_with_folder(sidecar: Path) -> None:
    sidecar.unlink()
    sidecar.mkdir()


def _cut_at(fraction: float) -> Spoil:
    def spoil(sidecar: Path) -> None:
        data = sidecar.read_bytes()
        sidecar.write_bytes(data[: int(len(data) * fraction)])

    return spoil


def lost_records() -> Iterator[tuple[str, Spoil]]:
    """Ways a copy's JSON record is lost or unreadable: deleted, cut, not JSON, not an object."""
    yield "borrado", Path.unlink
    yield "vacio", _write_text("")
    for fraction in (0.1, 0.5, 0.9, 0.99):
        yield f"cortado-{fraction}", _cut_at(fraction)
    yield "lista", _write_text("[]")
    yield "null", _write_text("null")
    yield "texto", _write_text('"una copia"')
    yield "anidado", _write_text("[" * 100_000)  # json raises RecursionError, not ValueError
    yield "no-utf8", _write_bytes(b'{"reason": "\xff\xfe"}')
    yield "nul", _write_bytes(b"\x00" * 512)
    yield "carpeta", _replace_with_folder


CASES = list(lost_records())


def copy_without_record(db: Path, folder: Path, spoil: Spoil, when: datetime = T0) -> BackupInfo:
    info = create_backup(db, folder, "al abrir", now=when)
    spoil(info.sidecar_path)
    return info


@pytest.mark.parametrize(("case", "spoil"), CASES, ids=[case for case, _ in CASES])
def test_a_copy_without_its_record_is_listed_with_what_is_known(
    db: Path, folder: Path, case: str, spoil: Spoil
) -> None:
    lost = copy_without_record(db, folder, spoil)
    described = create_backup(db, folder, "manual", now=T0 + timedelta(hours=1))

    listed = list_backups(folder, db)

    assert [info.path for info in listed] == [described.path, lost.path], case
    shown = listed[1]
    assert shown.reason.startswith(UNKNOWN)
    assert shown.created_at.replace(tzinfo=None) == T0  # the time in its name
    assert shown.size_bytes == lost.path.stat().st_size
    assert shown.meta_count is None
    assert not shown.by_hand


@pytest.mark.parametrize(("case", "spoil"), CASES, ids=[case for case, _ in CASES])
def test_a_copy_without_its_record_can_be_restored(
    db: Path, folder: Path, case: str, spoil: Spoil
) -> None:
    set_mark(db, "la de la copia")
    copy_without_record(db, folder, spoil)
    set_mark(db, "la de ahora")
    (chosen,) = list_backups(folder, db)

    safety = restore_backup(chosen, db, folder)

    assert mark(db) == "la de la copia", case
    assert safety is not None
    assert mark(safety.path) == "la de ahora"


def test_a_damaged_copy_without_its_record_is_still_refused(db: Path, folder: Path) -> None:
    lost = copy_without_record(db, folder, Path.unlink)
    data = bytearray(lost.path.read_bytes())
    data[4096 * 5 : 4096 * 7] = b"\xff" * 8192  # two pages of table data
    lost.path.write_bytes(bytes(data))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    (chosen,) = list_backups(folder, db)

    with pytest.raises(BackupError, match="está dañada"):
        restore_backup(chosen, db, folder)

    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_file_without_its_record_that_is_no_database_is_refused(db: Path, folder: Path) -> None:
    lost = copy_without_record(db, folder, Path.unlink)
    lost.path.write_bytes(b"no soy una base de datos" * 100)
    (chosen,) = list_backups(folder, db)

    with pytest.raises(BackupError, match="está dañada"):
        restore_backup(chosen, db, folder)


@pytest.mark.parametrize(("case", "spoil"), CASES, ids=[case for case, _ in CASES])
def test_rotation_leaves_a_copy_without_its_record_alone(
    db: Path, folder: Path, case: str, spoil: Spoil
) -> None:
    # Without its record nobody knows which database it was made from (another file of the
    # same name, perhaps): the rotation neither deletes it nor counts it among those kept.
    lost = copy_without_record(db, folder, spoil, when=T0 - timedelta(days=30))
    made = [
        create_backup(db, folder, f"copia {n}", keep=2, now=T0 + timedelta(minutes=n))
        for n in range(4)
    ]

    listed = list_backups(folder, db)

    assert lost.path.exists(), case
    assert [info.path for info in listed] == [made[3].path, made[2].path, lost.path]


def test_a_record_naming_an_impossible_path_breaks_neither_listing_nor_rotation(
    db: Path, folder: Path
) -> None:
    # «embedded null byte» when the path was resolved: every copy, and every import, failed.
    odd = create_backup(db, folder, "al abrir", now=T0)
    document = json.loads(odd.sidecar_path.read_text(encoding="utf-8"))
    document["source_path"] = "C:\\Datos\\\x00avance.sqlite3"
    odd.sidecar_path.write_text(json.dumps(document), encoding="utf-8")

    later = create_backup(db, folder, "manual", keep=5, now=T0 + timedelta(hours=1))

    assert [info.path for info in list_backups(folder, db)] == [later.path]
    assert odd.path.exists()


def test_a_copy_moved_in_by_hand_without_its_record_is_listed(
    db: Path, folder: Path, tmp_path: Path
) -> None:
    # Copying only the .sqlite3 files to another PC's «copias» folder is what people do.
    elsewhere = tmp_path / "otra_pc"
    made = create_backup(db, elsewhere, "antes de importar un informe", now=T0)
    folder.mkdir()
    shutil.copy2(made.path, folder / made.path.name)

    (listed,) = list_backups(folder, db)

    assert listed.path == folder / made.path.name
    assert listed.reason.startswith(UNKNOWN)
