"""A disk that fills up after a few files: what was written before, and the failure after."""

from __future__ import annotations

import errno
from pathlib import Path
from types import ModuleType

import pytest

from ism_desktop import platform


def disk_full_after(monkeypatch: pytest.MonkeyPatch, module: ModuleType, count: int) -> list[Path]:
    """Make ``module``'s ``write_atomically`` fail (disk full) after ``count`` files.

    The files written before are returned (filled in as they are written).
    """
    real = platform.write_atomically
    written: list[Path] = []

    def fills_up(path: Path, data: bytes) -> None:
        if len(written) == count:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(path, data)
        written.append(path)

    monkeypatch.setattr(module, "write_atomically", fills_up)
    return written
