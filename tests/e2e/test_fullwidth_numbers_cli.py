"""Numbers typed at full width in the command line are read as the digits they widen.

«--ejercicio ２０２６», as an East Asian keyboard types it or a phone or Word pastes it, was
refused: ««２０２６» no es un ejercicio fiscal». A clave «Ａ.１» and a period «２０２６-Ｔ１» were
already read so; a year, a unit, a date and an indicator's values now are too. A value that is
still wrong keeps its Spanish message, and nothing is written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.hostile.generators import fullwidth

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    """The official 2024 first-quarter report imported, once for the module."""
    folder = tmp_path_factory.mktemp("informe")
    database = folder / "datos.sqlite3"
    result = run_cli("import-etca", seed_path, "--db", database, data_dir=folder)
    assert result.returncode == 0, result.stderr
    return database


@pytest.fixture
def database(imported: Path, tmp_path: Path) -> Path:
    """A copy of the imported database this test may change."""
    return Path(shutil.copy(imported, tmp_path / "datos.sqlite3"))


def _said(database: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli(*args, "--db", database, data_dir=database.parent)
    return result.returncode, result.stdout, result.stderr


def test_a_year_and_a_quarter_at_full_width(database: Path) -> None:
    typed = _said(database, "validate", "--ejercicio", "２０２４", "--trimestre", "１")

    assert typed == _said(database, "validate", "--ejercicio", "2024", "--trimestre", "1")
    assert typed[0] == 0
    assert typed[1].startswith("Validación del ejercicio 2024, trimestre 1 (primero)"), typed


@pytest.mark.parametrize("unit", ["００４", "４"])
def test_a_unit_at_full_width(database: Path, unit: str) -> None:
    typed = _said(database, "validate", "--trimestre", "1", "--unidad", unit)

    assert typed == _said(database, "validate", "--trimestre", "1", "--unidad", "004")
    assert typed[0] == 0
    assert "Unidad 004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA" in typed[1]


@pytest.mark.parametrize("day", ["15/04/2024", "2024-04-15"])
def test_a_delivery_date_at_full_width_is_stored(database: Path, day: str) -> None:
    code, out, err = _said(
        database, "trimestre", "fecha", "--ejercicio", "2024", "--trimestre", "1",
        "--fecha", fullwidth(day),
    )  # fmt: skip

    assert (code, out) == (0, "Fecha de entrega del trimestre 1 de 2024: 15/04/2024.\n"), err
    status = _said(database, "status", "--ejercicio", "2024", "--trimestre", "1")[1]
    assert status.splitlines()[1].startswith("Fecha de entrega: 15/04/2024 ")


def test_a_paimef_date_and_year_at_full_width(database: Path) -> None:
    def deadlines(year: str, signed: str, today: str) -> tuple[int, str, str]:
        return _said(
            database, "paimef", "plazos", "--ejercicio", year, "--firma", signed, "--hoy", today
        )

    typed = deadlines("２０２６", "２０２６-０３-０２", "２０２６-０３-２０")

    assert typed == deadlines("2026", "2026-03-02", "2026-03-20")
    assert typed[1].startswith("Plazos del PAIMEF, ejercicio 2026 (al 20/03/2026):"), typed


def test_a_record_number_at_full_width(database: Path) -> None:
    # Read so before too (``int`` reads fullwidth digits); kept so with the others.
    typed = _said(database, "observe", "--trimestre", "1", "--quitar", "１")

    assert typed == _said(database, "observe", "--trimestre", "1", "--quitar", "1")
    assert "ninguna observación con el número 1 " in typed[2]


def test_an_indicator_and_its_values_at_full_width(tmp_path: Path) -> None:
    # «calcular» reads no database: nothing is stored, the value is only written.
    result = run_cli("paimef", "calcular", "--numero", "２", "１３０", "１００", data_dir=tmp_path)

    assert (result.returncode, result.stdout, result.stderr) == (0, "30.00%\n", "")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("validate", "--trimestre", "1", "--ejercicio", "２０２６０"),
            "--ejercicio: «２０２６０» no es un ejercicio fiscal (un año entre 2000 y 2100).",
        ),
        (
            # Another script's digits are refused, as everywhere a year is read.
            ("validate", "--trimestre", "1", "--ejercicio", "٢٠٢٤"),
            "argumento --ejercicio: «٢٠٢٤» no es un ejercicio fiscal (un año entre 2000 y 2100).",
        ),
        (
            ("validate", "--trimestre", "1", "--unidad", "０４５６"),
            "argumento --unidad: «０４５６» no es una clave de unidad administrativa (tres dígitos",
        ),
        (
            ("paimef", "plazos", "--hoy", "２０２６-１３-０１"),
            "argumento --hoy: la fecha «２０２６-１３-０１» no existe en el calendario.",
        ),
        (
            ("validate", "--trimestre", "５"),
            "argumento --trimestre: «５» no es un trimestre; use 1, 2, 3 o 4",
        ),
    ],
    ids=["year", "year-arabic-indic", "unit", "date", "quarter"],
)
def test_a_wrong_number_at_full_width_keeps_its_message(
    database: Path, args: tuple[str, ...], said: str
) -> None:
    before = database.read_bytes()

    code, _out, err = _said(database, *args)

    assert code == 2
    assert said in err
    assert "Traceback" not in err
    assert database.read_bytes() == before
