"""Keeping a damaged database's bytes on a disk that fills up: a Spanish message, nothing left.

The full disk is simulated: the file copy or the JSON write raises ``ENOSPC`` after writing part
of its bytes, while the bytes of a damaged database or its description are written.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.platform import DISK_FULL
from ism_desktop.store.backup import BackupError, create_backup, restore_backup
from ism_desktop.store.backup_catalogue import list_backups

T0 = datetime(2024, 5, 2, 10, 30, 0)
GARBAGE = b"basura tras un apagon" * 300


def _disk_full() -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def failing_writes() -> Iterator[tuple[str, str, int, int]]:
    """(case id, what fails, which call of it fails, bytes written before it fails)."""
    for written in (0, 1, 4096):
        yield f"archivo-{written}", "copyfile", 1, written
        yield f"descripcion-{written}", "write_text", 1, written


def _patch_full_disk(monkeypatch: pytest.MonkeyPatch, what: str, call: int, written: int) -> None:
    calls = 0
    if what == "copyfile":
        real_copy: Callable[..., Any] = shutil.copyfile

        def copyfile(source: Any, target: Any, *args: Any, **kwargs: Any) -> Any:
            nonlocal calls
            calls += 1
            if calls != call:
                return real_copy(source, target, *args, **kwargs)
            Path(target).write_bytes(Path(source).read_bytes()[:written])
            raise _disk_full()

        monkeypatch.setattr(shutil, "copyfile", copyfile)
        return
    real_write = Path.write_text

    def write_text(self: Path, data: str, *args: Any, **kwargs: Any) -> int:
        nonlocal calls
        if self.name.endswith(".json.parcial"):
            calls += 1
            if calls == call:
                self.write_bytes(data.encode("utf-8")[:written])
                raise _disk_full()
        return real_write(self, data, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", write_text)


@pytest.mark.parametrize(
    ("what", "call", "written"),
    [case[1:] for case in failing_writes()],
    ids=[case[0] for case in failing_writes()],
)
def test_a_full_disk_while_keeping_damaged_bytes_leaves_nothing_behind(
    db: Path, folder: Path, monkeypatch: pytest.MonkeyPatch, what: str, call: int, written: int
) -> None:
    chosen = create_backup(db, folder, "manual", now=T0)
    db.write_bytes(GARBAGE)
    _patch_full_disk(monkeypatch, what, call, written)

    with pytest.raises(BackupError) as refused:
        restore_backup(chosen, db, folder)

    monkeypatch.undo()
    assert DISK_FULL in str(refused.value)
    assert "no se restauró nada" in str(refused.value)
    assert db.read_bytes() == GARBAGE
    assert list_backups(folder, db) == [chosen]
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [chosen.path.name, chosen.sidecar_path.name]
    )


@pytest.mark.parametrize("written", [0, 1, 100])
def test_a_full_disk_while_describing_a_copy_leaves_no_copy(
    db: Path, folder: Path, monkeypatch: pytest.MonkeyPatch, written: int
) -> None:
    # A copy left without its description would be listed as «motivo desconocido» and never
    # rotated away.
    _patch_full_disk(monkeypatch, "write_text", 1, written)

    with pytest.raises(BackupError) as refused:
        create_backup(db, folder, "manual", now=T0)

    monkeypatch.undo()
    assert DISK_FULL in str(refused.value)
    assert list(folder.iterdir()) == []
