"""A written report gets the permissions any file the person makes gets, not a private 0600.

The file is written under a temporary name and renamed; that temporary file was made private
(as ``mkstemp`` makes it), and the report kept it: another user of the PC, or of the shared
folder, could not open the PDF or the package.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.platform import write_atomically

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def umask() -> Iterator[None]:
    """Restores the process's umask whatever the test set."""
    kept = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(kept)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
@pytest.mark.usefixtures("umask")
def test_a_new_report_respects_the_umask(tmp_path: Path, mask: int, expected: int) -> None:
    os.umask(mask)
    target = tmp_path / "informe.pdf"

    write_atomically(target, b"%PDF-1.4 informe")

    assert target.read_bytes() == b"%PDF-1.4 informe"
    assert _mode(target) == expected
    assert [p.name for p in tmp_path.iterdir()] == ["informe.pdf"]


@pytest.mark.usefixtures("umask")
def test_a_replaced_report_respects_the_umask(tmp_path: Path) -> None:
    os.umask(0o022)
    target = tmp_path / "avance.xlsx"
    target.write_bytes(b"antes")

    write_atomically(target, b"despues")

    assert target.read_bytes() == b"despues"
    assert _mode(target) == 0o644
