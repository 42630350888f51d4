"""An empty file or folder name is refused as the command line is read, naming its option.

``Path("")`` is the current folder: without the refusal «import-etca ""» said «"." es una
carpeta» and «export --out=» wrote the package wherever the console happened to be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.app import _window_arguments
from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e

GIVEN = "{}"  # where the empty value goes in a command line
FILE = "el nombre de un archivo"
FOLDER = "una carpeta"
UNIT = ("--unidad", "004", "--trimestre", "1")

# (command line, the argument as argparse names it, what the refusal asks for): every file or
# folder a command takes.
CASES: list[tuple[tuple[str, ...], str, str]] = [
    (("import-etca", GIVEN), "ARCHIVO", FILE),
    (("import-package", GIVEN), "ARCHIVO", FILE),
    (("import-package", "bueno.ismpaq", GIVEN), "ARCHIVO", FILE),
    (("report", "--trimestre", "1", f"--pdf={GIVEN}"), "--pdf", FILE),
    (("report", "--trimestre", "1", "--xlsx", GIVEN), "--xlsx", FILE),
    (("export", *UNIT, f"--out={GIVEN}"), "--out", FOLDER),
    (("export-base", f"--out={GIVEN}"), "--out", FOLDER),
    (("export-observations", *UNIT, "--out", GIVEN), "--out", FOLDER),
    (("libro", *UNIT, f"--out={GIVEN}"), "--out", FOLDER),
    (("programa", "plantilla", "--ejercicio", "2026", f"--out={GIVEN}"), "--out", FILE),
    (("programa", "importar", GIVEN, "--ejercicio", "2026"), "ARCHIVO.xlsx", FILE),
    (("paimef", "import-programa", GIVEN), "ARCHIVO", FILE),
    (("paimef", "export-programa", GIVEN), "ARCHIVO", FILE),
    (("paimef", "informe", f"--pdf={GIVEN}"), "--pdf", FILE),
    (("paimef", "informe", "--xlsx", GIVEN), "--xlsx", FILE),
    (("restaurar", GIVEN, "--si"), "COPIA", "el número, el nombre o la ruta de la copia"),
    (("status", "--trimestre", "1", f"--db={GIVEN}"), "--db", "el archivo de la base de datos"),
    (("paimef", "plazos", f"--db={GIVEN}"), "--db", "el archivo de la base de datos"),
]


def _case_id(case: tuple[tuple[str, ...], str, str]) -> str:
    return " ".join(case[0]).replace(GIVEN, "_")


@pytest.mark.parametrize("value", ["", "  "], ids=["vacío", "espacios"])
@pytest.mark.parametrize("case", CASES, ids=[_case_id(case) for case in CASES])
def test_an_empty_path_is_refused_naming_its_argument(
    tmp_path: Path, case: tuple[tuple[str, ...], str, str], value: str
) -> None:
    (line, name, wanted) = case
    here = tmp_path / "consola"
    data = tmp_path / "datos"
    here.mkdir()
    data.mkdir()
    arguments = [part.replace(GIVEN, value) for part in line]
    if not any(part.startswith("--db") for part in arguments):
        arguments += ["--db", str(tmp_path / "avance.sqlite3")]

    result = run_cli(*arguments, data_dir=data, cwd=here)

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    said = result.stderr.splitlines()[-1]
    assert said.endswith(f"error: argumento {name}: indique {wanted}; el valor está vacío"), said
    assert result.stdout == ""
    # Nothing written: no package, no database, no backup, no lock.
    assert sorted(tmp_path.rglob("*")) == [here, data]


@pytest.mark.parametrize("value", ["", "  "], ids=["vacío", "espacios"])
def test_the_window_refuses_an_empty_package_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    with pytest.raises(SystemExit) as refused:
        _window_arguments([value, "--db", str(tmp_path / "avance.sqlite3")])

    assert refused.value.code == 2
    said = capsys.readouterr().err.splitlines()[-1]
    assert said == f"ism-desktop: error: argumento PAQUETE: indique {FILE}; el valor está vacío"
    assert list(tmp_path.iterdir()) == []
