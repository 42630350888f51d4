"""``ism-desktop paimef …`` run as a user would, on real files; bad input changes nothing."""

from __future__ import annotations

import getpass
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.exchange.paimef.programme_json import programme_to_json
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import programme_imported
from tests.exchange.paimef.test_programme_json import ISSUE_EXAMPLE
from tests.paimef_builders import action, programme

pytestmark = pytest.mark.e2e


@pytest.fixture
def loaded_db(tmp_path: Path) -> Path:
    return programme_imported(tmp_path, data_dir=tmp_path)


def test_indicadores_json() -> None:
    result = run_cli("paimef", "indicadores", "--json")
    assert result.returncode == 0
    items = json.loads(result.stdout)
    assert [item["numero"] for item in items] == list(range(1, 16))
    second = items[1]
    assert second["nivel"] == "Componente"
    assert second["variables"] == ["personas_capacitadas_t", "personas_capacitadas_t_1"]
    assert second["frecuencia"] == "Trimestral"
    assert second["unidad"] == "Porcentaje"
    assert items[8]["años_de_reporte"] == "años nones"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["2", "130", "100"], "30.00"),
        (["3", "0.8", "0.6", "0.9", "0.7", "1"], "0.75"),
        (["11", "1234", "400"], "3.09"),
    ],
)
def test_calcular(args: list[str], expected: str) -> None:
    result = run_cli("paimef", "calcular", "--numero", *args)
    assert (result.returncode, result.stdout.strip()) == (0, expected)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["2", "130"], "necesita 2 valores"),
        (["2", "130", "0"], "cero"),
        (["2", "abc", "1"], "no es un número"),
        (["2", "1,5e3", "1"], "la coma solo separa los miles"),
        (["2", "-5", "1"], "no puede ser negativa"),
        (["99", "1", "2"], "van del 1 al 15"),
    ],
)
def test_calcular_refuses(args: list[str], message: str) -> None:
    result = run_cli("paimef", "calcular", "--numero", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_plazos_json_from_the_command_line(tmp_path: Path) -> None:
    result = run_cli(
        "paimef", "plazos", "--firma", "2026-03-13", "--json", data_dir=tmp_path / "vacío"
    )
    assert result.returncode == 0, result.stderr
    rows = {row["numeral"] + " " + row["vence"]: row for row in json.loads(result.stdout)}
    assert rows["4.3.4.1 2026-03-23"]["dias"] == 5
    assert rows["4.3.4.1 2026-03-23"]["tipo"] == "hábiles"
    assert rows["4.3.4.2 2026-03-30"]["dias"] == 10
    assert rows["4.3.6 2026-04-27"]["dias"] == 30
    assert rows["4.3.9 2027-01-08"]["tipo"] == "hábiles"
    assert rows["4.5.1 2027-01-15"]["tipo"] == "naturales"
    assert "4.3.1 2026-02-27" in rows


def test_plazos_command_line_date_overrides_the_stored_one(loaded_db: Path) -> None:
    stored = json.loads(run_cli("paimef", "plazos", "--db", loaded_db, "--json").stdout)
    assert {"numeral": "4.3.4.1", "vence": "2026-03-23"}.items() <= next(
        row for row in stored if row["numeral"] == "4.3.4.1"
    ).items()
    # Signed Monday 6 April instead: 7, 8, 9, 10, 13 April.
    moved = run_cli("paimef", "plazos", "--db", loaded_db, "--firma", "2026-04-06", "--json")
    row = next(row for row in json.loads(moved.stdout) if row["numeral"] == "4.3.4.1")
    assert row["vence"] == "2026-04-13"


def test_plazos_uses_the_non_working_days_file(loaded_db: Path) -> None:
    loaded_db.with_name("dias_inhabiles.json").write_text(
        json.dumps(
            {
                "dias_inhabiles": [
                    {"fecha": "2026-04-02", "motivo": "Jueves Santo"},
                    {"fecha": "2026-04-03", "motivo": "Viernes Santo"},
                ]
            }
        ),
        encoding="utf-8",
    )
    result = run_cli("paimef", "plazos", "--db", loaded_db, "--json")
    row = next(row for row in json.loads(result.stdout) if row["numeral"] == "4.3.6")
    assert row["vence"] == "2026-04-29"


@pytest.mark.parametrize("bad", ["2026-02-30", "13/03/2026", "ayer"])
def test_plazos_refuses_a_bad_date(bad: str) -> None:
    result = run_cli("paimef", "plazos", "--firma", bad)
    assert result.returncode == 2
    assert "argumento --firma" in result.stderr


def test_validate_json_and_exit_code(loaded_db: Path, tmp_path: Path) -> None:
    clean = run_cli("paimef", "validate", "--db", loaded_db, "--json", "--hoy", "2026-03-20")
    assert clean.returncode == 0, clean.stderr
    assert json.loads(clean.stdout) == []
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


def test_capturar_then_informe(loaded_db: Path, tmp_path: Path) -> None:
    captured = run_cli(
        "paimef", "capturar", "--numero", "2", "--periodo", "2026-T1", "130", "100",
        "--db", loaded_db,
    )  # fmt: skip
    assert (captured.returncode, captured.stdout.strip()) == (
        0,
        "Indicador 2, periodo 2026-T1: 30.00",
    )
    wrong = run_cli(
        "paimef", "capturar", "--numero", "7", "--periodo", "2026-T1", "6", "5", "--db", loaded_db
    )
    assert wrong.returncode == 2
    assert "semestral" in wrong.stderr
    pdf, xlsx = tmp_path / "informe.pdf", tmp_path / "informe.xlsx"
    result = run_cli(
        "paimef", "informe", "--db", loaded_db, "--pdf", pdf, "--xlsx", xlsx,
        "--hoy", "2026-04-01",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Informe Parcial" in result.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    assert xlsx.stat().st_size > 0


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
    assert latest["que"] == "justificación anexo5 indicador.2.2026-T1"
    assert (latest["perfil"], latest["usuario"]) == ("línea de comandos", getpass.getuser())


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


def test_an_informe_file_that_cannot_be_written_is_named(loaded_db: Path, tmp_path: Path) -> None:
    # «no se pudo escribir el informe» left the PDF written beside it without a word.
    pdf, xlsx = tmp_path / "ok.pdf", tmp_path / "no_existe" / "x.xlsx"

    result = run_cli("paimef", "informe", "--pdf", pdf, "--xlsx", xlsx, "--db", loaded_db)

    assert result.returncode == 2
    assert f"no se pudo escribir «{xlsx}»" in result.stderr
    assert f"sí se escribió: PDF escrito: {pdf}" in result.stderr
    assert "Traceback" not in result.stderr


def _programme_with_an_error(tmp_path: Path) -> Path:
    # More exercised than programmed (4.2.1.3): an error, which blocks delivering the informe.
    overspent = action("B.1", "B", "B-II", "25000.00", exercised=Decimal("25000.01"))
    base = programme()
    source = tmp_path / "programa.json"
    kept = tuple(a for a in base.actions if a.key != "B.1")
    source.write_text(programme_to_json(replace(base, actions=(*kept, overspent))), "utf-8")
    db = tmp_path / "con_error.sqlite3"
    result = run_cli("paimef", "import-programa", source, "--db", db, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    return db


def test_an_informe_with_errors_is_written_only_as_a_draft_asked_for(tmp_path: Path) -> None:
    db = _programme_with_an_error(tmp_path)
    pdf = tmp_path / "informe.pdf"

    refused = run_cli("paimef", "informe", "--db", db, "--pdf", pdf, "--hoy", "2026-04-01")

    assert refused.returncode == 1
    assert "1 error impide entregar el informe" in refused.stderr
    assert "--borrador" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not pdf.exists()

    draft = run_cli(
        "paimef", "informe", "--db", db, "--pdf", pdf, "--hoy", "2026-04-01", "--borrador"
    )

    assert draft.returncode == 0, draft.stderr
    assert "BORRADOR: 1 error por corregir" in draft.stdout
    assert pdf.read_bytes().startswith(b"%PDF")


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


def test_an_informe_to_one_file_twice_is_refused(loaded_db: Path, tmp_path: Path) -> None:
    # «PDF escrito: x.pdf» then «Excel escrito: x.pdf»: the PDF was gone, and rc was 0.
    target = tmp_path / "x.pdf"

    result = run_cli(
        "paimef", "informe", "--db", loaded_db, "--pdf", target, "--xlsx", target,
        data_dir=tmp_path,
    )  # fmt: skip

    assert result.returncode == 2
    assert "--pdf y --xlsx indican el mismo archivo" in result.stderr
    assert not target.exists()


def test_an_informe_to_a_folder_says_so(loaded_db: Path, tmp_path: Path) -> None:
    # It named a hidden temporary file: ««/…/.out.kyilxqj2.tmp» es una carpeta».
    folder = tmp_path / "salida"
    folder.mkdir()

    result = run_cli("paimef", "informe", "--db", loaded_db, "--pdf", folder, data_dir=tmp_path)

    assert result.returncode == 2
    assert result.stderr == f"Error: «{folder}» es una carpeta; indique el nombre del archivo.\n"


def test_a_year_without_a_programme_is_named(loaded_db: Path, tmp_path: Path) -> None:
    # «no tiene un Programa Anual PAIMEF», while the 2026 one was right there.
    result = run_cli("paimef", "validate", "--db", loaded_db, "--ejercicio", "2031")

    assert result.returncode == 2
    assert "no tiene el Programa Anual PAIMEF 2031" in result.stderr


def test_validate_says_when_the_non_working_days_file_cannot_be_read(
    loaded_db: Path, tmp_path: Path
) -> None:
    # «plazos» refused it, but «validate» judged the deadlines without those days, in silence.
    (loaded_db.parent / "dias_inhabiles.json").write_text("basura", encoding="utf-8")

    result = run_cli("paimef", "validate", "--db", loaded_db, data_dir=tmp_path)

    assert "Traceback" not in result.stderr
    assert "dias_inhabiles.json" in result.stderr
    assert "los plazos se revisaron solo con los días inhábiles de la LFT" in result.stderr
