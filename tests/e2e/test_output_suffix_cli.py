"""A report file named like another kind of file is refused before anything is written.

``report --pdf INFORME.xlsx --xlsx INFORME.pdf`` (the two options swapped, as a tired person
types them) wrote a PDF named .xlsx over the workbook already there, and a workbook named .pdf:
neither opened from its name, and the earlier files were gone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import programme_imported

pytestmark = pytest.mark.e2e

KIND = {"--pdf": ".pdf", "--xlsx": ".xlsx"}
# Names that say another kind of file, per option: the other report's and common documents'.
OTHER_NAMES = ["informe.xlsx", "INFORME.XLSX", "informe.pdf", "informe.txt", "datos.json"]
CASES = [
    (option, name)
    for option in KIND
    for name in OTHER_NAMES
    if not name.lower().endswith(KIND[option])
]


def _database(command: str, folder: Path, seed: Path) -> Path:
    if command == "paimef":
        return programme_imported(folder, data_dir=folder)
    database = folder / "informe.sqlite3"
    result = run_cli("import-etca", seed, "--db", database, data_dir=folder)
    assert result.returncode == 0, result.stderr
    return database


@pytest.mark.parametrize("command", ["report", "paimef"])
@pytest.mark.parametrize(("option", "name"), CASES)
def test_a_file_named_as_another_kind_is_refused_and_left_alone(
    tmp_path: Path, seed_path: Path, command: str, option: str, name: str
) -> None:
    database = _database(command, tmp_path, seed_path)
    out = tmp_path / "salida"
    out.mkdir()
    earlier = out / name
    earlier.write_bytes(b"lo que ya estaba")
    stored = database.read_bytes()
    start = ["report", "--trimestre", "1"] if command == "report" else ["paimef", "informe"]

    result = run_cli(*start, option, earlier, "--db", database, data_dir=tmp_path)

    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    suffix = Path(name).suffix
    assert result.stderr.startswith(f"Error: {option} «{earlier}»: el nombre termina en {suffix}")
    assert f"indique un nombre terminado en {KIND[option]}; no se escribió nada." in result.stderr
    assert earlier.read_bytes() == b"lo que ya estaba"
    assert sorted(p.name for p in out.iterdir()) == [name]
    assert database.read_bytes() == stored


@pytest.mark.parametrize("name", ["INFORME.PDF", "informe_t1", "informe.2024"])
def test_a_pdf_named_pdf_or_without_a_known_kind_is_still_written(
    tmp_path: Path, seed_path: Path, name: str
) -> None:
    database = _database("report", tmp_path, seed_path)
    target = tmp_path / name

    result = run_cli("report", "--trimestre", "1", "--pdf", target, "--db", database)

    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("name", ["F.pdf", "F.json", "F.txt"])
def test_a_template_named_as_another_kind_is_refused(
    tmp_path: Path, seed_path: Path, name: str
) -> None:
    # «programa plantilla --out F.pdf» wrote the workbook under a name Excel does not open.
    database = _database("report", tmp_path, seed_path)
    new = run_cli("programa", "nuevo", "--ejercicio", "2025", "--desde", "2024", "--db", database)
    assert new.returncode == 0, new.stderr
    stored = database.read_bytes()
    target = tmp_path / name

    result = run_cli(
        "programa", "plantilla", "--ejercicio", "2025", "--out", target, "--db", database
    )

    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"Error: --out «{target}»: el nombre termina en")
    assert "indique un nombre terminado en .xlsx; no se escribió nada." in result.stderr
    assert not target.exists()
    assert database.read_bytes() == stored


def test_an_older_excel_name_is_said_as_the_older_kind() -> None:
    # «--xlsx INFORME.xls» said it ended «como un libro de Excel, pero ahí se escribiría un
    # libro de Excel»: refused for being what it asked for, as far as the person could read.
    from ism_desktop.cli.output_files import wrong_kind

    said = wrong_kind("--xlsx", Path("INFORME.xls"), ".xlsx")

    assert said == (
        "--xlsx «INFORME.xls»: el nombre termina en .xls, como un libro de Excel 97-2003, pero "
        "ahí se escribiría un libro de Excel; indique un nombre terminado en .xlsx; no se "
        "escribió nada."
    )
