"""``ism-desktop export`` on the real seed report: the unit's package, or the list of errors."""

from __future__ import annotations

import hashlib
import json
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
    assert "no se exporta el paquete: la validación encontró" in result.stderr
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
