"""A database or data folder whose name is not UTF-8 (Linux): used as any other, no junk."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.hostile.generators import undecodable_names

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(sys.platform != "linux", reason="only Linux takes names that are not UTF-8"),
]

NAMES = list(undecodable_names())


def _undecodable(folder: Path, name: bytes, suffix: str = "") -> Path:
    return Path(os.fsdecode(os.fsencode(folder) + b"/" + name + suffix.encode()))


def _clean(result: object) -> None:
    stderr = getattr(result, "stderr", "")
    assert "Traceback" not in stderr
    assert "inesperado" not in stderr


@pytest.mark.parametrize("where", ["base", "carpeta-de-datos"])
@pytest.mark.parametrize(("case", "name"), NAMES, ids=[case for case, _ in NAMES])
def test_imports_copies_and_restores_work_on_a_path_that_is_not_utf8(
    tmp_path: Path, seed_path: Path, where: str, case: str, name: bytes
) -> None:
    if where == "base":
        data, db = tmp_path / "datos", _undecodable(tmp_path, name, ".sqlite3")
    else:
        data, db = _undecodable(tmp_path, name), tmp_path / "avance.sqlite3"
    corrected = tmp_path / "corregido.txt"
    text = seed_path.read_text(encoding="utf-8")
    corrected.write_text(text.replace("ASESORÍA LEGAL", "ASESORÍA JURÍDICA", 1), encoding="utf-8")

    for args in (
        ["import-etca", seed_path],
        ["import-etca", corrected],
        ["copia", "--motivo", "antes de revisar"],
        ["restaurar", "1", "--si"],
    ):
        result = run_cli(*args, "--db", db, data_dir=data, errors="replace")
        _clean(result)
        assert result.returncode == 0, (case, args[0], result.stderr)

    listed = run_cli("copias", "--db", db, data_dir=data, errors="replace")
    _clean(listed)
    assert "antes de revisar" in listed.stdout
    assert "motivo desconocido" not in listed.stdout
    copies = data / "copias"
    assert not list(copies.glob("*.parcial"))
    for copy in copies.glob("*.sqlite3"):
        assert copy.with_name(copy.name + ".json").is_file(), copy.name
