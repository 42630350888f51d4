"""``paimef`` on the Programa Anual: import, export, validate; bad input changes nothing."""

from __future__ import annotations

import getpass
import json
from dataclasses import replace
from pathlib import Path

import pytest

from ism_desktop.exchange.paimef.programme_json import programme_to_json
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import loaded_db as loaded_db  # the fixture
from tests.exchange.paimef.test_programme_json import ISSUE_EXAMPLE
from tests.paimef_builders import programme

pytestmark = pytest.mark.e2e


def test_validate_json_and_exit_code(loaded_db: Path, tmp_path: Path) -> None:
    clean = run_cli("paimef", "validate", "--db", loaded_db, "--json", "--hoy", "2026-03-20")
    assert clean.returncode == 0, clean.stderr
    assert json.loads(clean.stdout) == []
    # None said plainly, not «0 errores, 0 avisos».
    said = run_cli("paimef", "validate", "--db", loaded_db, "--hoy", "2026-03-20").stdout
    assert said.startswith("Revisión del Programa Anual PAIMEF 2026: ")
    assert said.splitlines()[0].endswith(", sin errores ni avisos."), said
    broken = json.loads(ISSUE_EXAMPLE)  # only vertiente A: B and C are missing
    source = tmp_path / "solo_a.json"
    source.write_text(json.dumps(broken), encoding="utf-8")
    assert run_cli("paimef", "import-programa", source, "--db", loaded_db).returncode == 0
    result = run_cli("paimef", "validate", "--db", loaded_db, "--json", "--hoy", "2026-03-20")
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert [(f["regla"], f["severidad"], f["accion"]) for f in findings] == [
        ("3.4a", "error", ""),
        ("3.4a", "error", ""),
    ]
    assert set(findings[0]) >= {"regla", "severidad", "mensaje", "accion"}
    text = run_cli("paimef", "validate", "--db", loaded_db, "--hoy", "2026-03-20")
    assert text.returncode == 1
    assert "Numerales 3.3 y 3.4 a)" in text.stdout
    assert text.stdout.splitlines()[0].endswith(", 2 errores, sin avisos."), text.stdout


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("monto_programado", "1,5e3"),
        ("monto_programado", "-0"),
        ("monto_ejercido", "abc"),
        ("monto_ejercido", "1" * 40),
        ("vertiente", "D"),
        ("linea_accion", "B-I"),
    ],
)
def test_import_refuses_bad_input_and_changes_nothing(
    loaded_db: Path, tmp_path: Path, field: str, value: str
) -> None:
    before = run_cli("paimef", "export-programa", tmp_path / "antes.json", "--db", loaded_db)
    assert before.returncode == 0
    document = json.loads(ISSUE_EXAMPLE)
    document["acciones"][0][field] = value
    source = tmp_path / "malo.json"
    source.write_text(json.dumps(document, indent=2), encoding="utf-8")
    result = run_cli("paimef", "import-programa", source, "--db", loaded_db, data_dir=tmp_path)
    assert result.returncode == 2
    assert "no se importó nada" in result.stderr
    assert "malo.json, línea" in result.stderr
    assert "Traceback" not in result.stderr
    after = run_cli("paimef", "export-programa", tmp_path / "despues.json", "--db", loaded_db)
    assert after.returncode == 0
    assert (tmp_path / "antes.json").read_text() == (tmp_path / "despues.json").read_text()


def test_import_bad_date_refused(loaded_db: Path, tmp_path: Path) -> None:
    document = json.loads(ISSUE_EXAMPLE)
    document["fechas"]["firma_instrumento"] = "2026-02-30"
    source = tmp_path / "fecha.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    result = run_cli("paimef", "import-programa", source, "--db", loaded_db)
    assert result.returncode == 2
    assert "la fecha «2026-02-30» no existe" in result.stderr


def test_import_makes_a_backup_and_an_audit_entry(loaded_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "otra.json"
    source.write_text(ISSUE_EXAMPLE, encoding="utf-8")
    result = run_cli("paimef", "import-programa", source, "--db", loaded_db, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Copia de seguridad previa" in result.stdout
    copies = list((tmp_path / "copias").glob("datos__*.sqlite3"))
    assert copies


def test_xlsx_export_then_import_round_trip(loaded_db: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "plantilla.xlsx"
    assert run_cli("paimef", "export-programa", workbook, "--db", loaded_db).returncode == 0
    other = tmp_path / "otra.sqlite3"
    assert run_cli("paimef", "import-programa", workbook, "--db", other).returncode == 0
    first = run_cli("paimef", "export-programa", tmp_path / "a.json", "--db", loaded_db)
    second = run_cli("paimef", "export-programa", tmp_path / "b.json", "--db", other)
    assert first.returncode == second.returncode == 0
    assert (tmp_path / "a.json").read_text() == (tmp_path / "b.json").read_text()


def test_validate_without_programme(tmp_path: Path) -> None:
    db = tmp_path / "vacia.sqlite3"
    run_cli("paimef", "plazos", "--json")  # never creates a database
    result = run_cli("paimef", "validate", "--db", db)
    assert result.returncode == 2
    assert "no existe la base de datos" in result.stderr


def test_justify_a_warning(loaded_db: Path) -> None:
    # 15 July 2026: the first quarter's captures are missing (warnings, rule anexo5).
    day = ("--hoy", "2026-07-15")
    ambiguous = run_cli(
        "paimef", "justify", "--regla", "anexo5", "--texto", "x", "--db", loaded_db, *day
    )
    assert ambiguous.returncode == 2
    assert "elija una con" in ambiguous.stderr
    saved = run_cli(
        "paimef", "justify", "--regla", "anexo5", "--campo", "indicador.2.2026-T1",
        "--texto", "El INDESOL aún no envía el formato.", "--db", loaded_db, *day,
    )  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    findings = json.loads(run_cli("paimef", "validate", "--db", loaded_db, "--json", *day).stdout)
    justified = [f for f in findings if f["justificacion"] is not None]
    assert [(f["campo"], f["justificacion"]["texto"]) for f in justified] == [
        ("indicador.2.2026-T1", "El INDESOL aún no envía el formato.")
    ]
    # The history names the profile and the PC's user apart, as for every other change.
    history = json.loads(run_cli("paimef", "historial", "--db", loaded_db, "--json").stdout)
    latest = history["cambios"][0]
    assert latest["que"] == (
        "justificación del aviso del numeral 3.6.2 c) / Anexo 5 "
        "(indicador 2, primer trimestre de 2026)"
    )
    assert (latest["perfil"], latest["usuario"]) == ("Línea de comandos", getpass.getuser())


def test_export_without_programme_writes_the_blank_template(tmp_path: Path) -> None:
    from ism_desktop.domain.paimef.programme import AnnualProgramme
    from ism_desktop.exchange.paimef.xlsx_reading import programme_from_xlsx
    from ism_desktop.store.store import Store

    db = tmp_path / "poa.sqlite3"
    Store.open(db).close()  # a database with no Programa Anual yet
    workbook = tmp_path / "plantilla.xlsx"
    result = run_cli(
        "paimef", "export-programa", workbook, "--db", db, "--ejercicio", "2027",
        data_dir=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Plantilla vacía del Programa Anual 2027" in result.stdout
    blank = programme_from_xlsx(workbook.read_bytes())
    assert blank == AnnualProgramme(2027, "Instituto Sonorense de las Mujeres")


def test_import_refuses_a_file_of_another_year_than_the_one_named(tmp_path: Path) -> None:
    # «--ejercicio 2025» was accepted and ignored: the 2026 programme was replaced instead.
    source = tmp_path / "programa.json"
    source.write_text(programme_to_json(programme()), encoding="utf-8")
    db = tmp_path / "datos.sqlite3"

    result = run_cli(
        "paimef", "import-programa", source, "--ejercicio", "2025", "--db", db, data_dir=tmp_path
    )

    assert result.returncode == 2
    assert result.stderr == (
        "Error: no se importó nada. programa.json es el Programa Anual 2026, no el de 2025 "
        "(--ejercicio).\n"
    )
    with Store.open(db) as store:
        assert store.paimef.load(2026) is None


def test_one_action_is_said_in_the_singular(tmp_path: Path) -> None:
    base = programme()
    source = tmp_path / "programa.json"
    source.write_text(programme_to_json(replace(base, actions=base.actions[:1])), "utf-8")
    db = tmp_path / "una.sqlite3"

    imported = run_cli("paimef", "import-programa", source, "--db", db, data_dir=tmp_path)
    reviewed = run_cli("paimef", "validate", "--db", db, "--hoy", "2026-04-01")

    assert imported.returncode == 0, imported.stderr
    assert ": 1 acción, $" in imported.stdout
    assert ": 1 acción, " in reviewed.stdout


def test_a_year_without_a_programme_is_named(loaded_db: Path, tmp_path: Path) -> None:
    # «no tiene un Programa Anual PAIMEF», while the 2026 one was right there.
    result = run_cli("paimef", "validate", "--db", loaded_db, "--ejercicio", "2031")

    assert result.returncode == 2
    assert "no tiene el Programa Anual PAIMEF 2031" in result.stderr
