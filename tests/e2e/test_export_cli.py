"""``ism-desktop export`` on the real seed report: the unit's package, or the list of errors."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


@pytest.fixture
def database(tmp_path: Path, seed_path: Path) -> Path:
    path = tmp_path / "informe.sqlite3"
    imported = run_cli("import-etca", seed_path, "--db", path)
    assert imported.returncode == 0, imported.stderr
    return path


def test_export_prints_the_package_path(database: Path, tmp_path: Path) -> None:
    out = tmp_path / "paquetes"

    result = run_cli(
        "export", "--db", database, "--unidad", "004", "--trimestre", "1", "--out", out
    )

    assert result.returncode == 0, result.stderr
    package = Path(result.stdout.strip())
    assert package == out / "ETCA-III-04_2024_T1_unidad_004.ismpaq"
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        for item in manifest["archivos"]:
            assert hashlib.sha256(archive.read(item["nombre"])).hexdigest() == item["sha256"]
        data = json.loads(archive.read("datos.json"))
    assert manifest["secuencia"] == 1
    assert len(data["metas"]) == 7
    # The seed's own warnings for unit 004 travel in the package (none justified yet).
    assert any(meta["avisos"] for meta in data["metas"])
    assert "Avisos:" in result.stderr


def test_second_export_has_the_next_sequence_number(database: Path, tmp_path: Path) -> None:
    for _ in range(2):
        result = run_cli(
            "export", "--db", database, "--unidad", "009", "--trimestre", "1", "--out", tmp_path
        )
        assert result.returncode == 0, result.stderr

    with zipfile.ZipFile(result.stdout.strip()) as archive:
        assert json.loads(archive.read("manifest.json"))["secuencia"] == 2


def test_errors_refuse_the_export_and_are_listed(database: Path, tmp_path: Path) -> None:
    out = tmp_path / "paquetes"

    # The seed holds the first quarter only: the second has no achieved figures nor narratives.
    result = run_cli(
        "export", "--db", database, "--unidad", "004", "--trimestre", "2", "--out", out
    )

    assert result.returncode == 1
    assert (
        "no se exporta el paquete: la validación del trimestre 2 de 2024 encontró"
    ) in result.stderr
    assert "ESTUDIOS SOCIOECONÓMICOS: Falta el realizado" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not out.exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--unidad", "004", "--trimestre", "0"), "«0» no es un trimestre"),
        (("--unidad", "007", "--trimestre", "1"), "007 no tiene metas"),
        (
            (
                "--trimestre",
                "1",
            ),
            "faltan los argumentos: --unidad",
        ),
    ],
)
def test_bad_input_is_explained_in_spanish(
    database: Path, tmp_path: Path, arguments: tuple[str, ...], message: str
) -> None:
    result = run_cli("export", "--db", database, *arguments, "--out", tmp_path / "p")

    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are always Unicode")
def test_a_folder_name_that_is_not_utf8_is_printed_as_it_is(database: Path, tmp_path: Path) -> None:
    # On Linux a name is bytes: one copied from an old FAT stick may not be UTF-8 at all.
    folder = os.fsencode(tmp_path) + b"/paquetes \xf1o"
    os.mkdir(folder)

    command = ["export", "--db", str(database), "--unidad", "004", "--trimestre", "1"]
    result = subprocess.run(
        [sys.executable, "-m", "ism_desktop", *command, "--out", os.fsdecode(folder)],
        capture_output=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert result.stdout.strip() == folder + b"/ETCA-III-04_2024_T1_unidad_004.ismpaq"
    assert b"Traceback" not in result.stderr


def test_any_other_lone_surrogate_is_written_escaped() -> None:
    import ism_desktop.cli  # registers the output's error handler

    handler = ism_desktop.cli._FILE_NAME_ERRORS
    assert "a\udcffb".encode("utf-8", handler) == b"a\xffb"
    # A Windows name may hold half a UTF-16 pair, which no byte stands for.
    assert "a\ud800b".encode("utf-8", handler) == b"a\\ud800b"
