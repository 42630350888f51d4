"""A unit's package, written through a temporary file, opens for whoever the umask lets in."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from tests.workspace.conftest import WorkspaceFactory, unit


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_exported_package_gets_the_umask_mode(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    folder = tmp_path / "carpeta_compartida"
    folder.mkdir()
    kept = os.umask(0o002)  # a shared folder's group may read and write what is put there
    try:
        exported = workspace.export_package(folder)
    finally:
        os.umask(kept)

    assert exported.path.parent == folder
    assert exported.path.stat().st_size > 0
    assert stat.S_IMODE(exported.path.stat().st_mode) == 0o664
