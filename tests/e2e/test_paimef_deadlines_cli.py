"""``ism-desktop paimef plazos``: deadlines from the signing date and the non-working days."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import loaded_db as loaded_db  # the fixture

pytestmark = pytest.mark.e2e


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


def test_plazos_json_counts_each_term_in_its_own_days_and_says_which(loaded_db: Path) -> None:
    # Only «dias_habiles_restantes» was written: a term in días naturales read 10 on New Year's
    # Day where the window and the status line say «14 naturales».
    result = run_cli("paimef", "plazos", "--db", loaded_db, "--hoy", "2027-01-01", "--json")

    assert result.returncode == 0, result.stderr
    rows = {(row["numeral"], row["vence"]): row for row in json.loads(result.stdout)}
    # Due Friday 15 January, in días naturales: 14 days; Monday 4 to Friday 15, 10 hábiles.
    natural = rows["4.5.1", "2027-01-15"]
    assert (natural["dias_restantes"], natural["unidad_dias"]) == (14, "naturales")
    assert natural["dias_habiles_restantes"] == 10  # kept: outside scripts read it
    # Due Friday 8 January, in días hábiles: Monday 4 to Friday 8 (1 January is a holiday).
    business = rows["4.3.9", "2027-01-08"]
    assert (business["dias_restantes"], business["unidad_dias"]) == (5, "hábiles")
    assert business["dias_habiles_restantes"] == 5
    # Passed: negative, in the term's own days.
    passed = rows["4.3.1", "2026-02-27"]
    assert passed["unidad_dias"] == "hábiles"
    assert passed["dias_restantes"] == passed["dias_habiles_restantes"] < 0
    assert all(set(row) >= {"dias_restantes", "unidad_dias", "tipo"} for row in rows.values())
    # Five días naturales after Friday 15 January.
    later = run_cli("paimef", "plazos", "--db", loaded_db, "--hoy", "2027-01-20", "--json")
    row = next(row for row in json.loads(later.stdout) if row["numeral"] == "4.5.1")
    assert (row["dias_restantes"], row["unidad_dias"]) == (-5, "naturales")


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


# Day first as in the window (13/03/2026) is read; month first is a day that does not exist.
@pytest.mark.parametrize("bad", ["2026-02-30", "03/13/2026", "13/03/6", "ayer"])
def test_plazos_refuses_a_bad_date(bad: str) -> None:
    result = run_cli("paimef", "plazos", "--firma", bad)
    assert result.returncode == 2
    assert "argumento --firma" in result.stderr


def test_validate_says_when_the_non_working_days_file_cannot_be_read(
    loaded_db: Path, tmp_path: Path
) -> None:
    # «plazos» refused it, but «validate» judged the deadlines without those days, in silence.
    (loaded_db.parent / "dias_inhabiles.json").write_text("basura", encoding="utf-8")

    result = run_cli("paimef", "validate", "--db", loaded_db, data_dir=tmp_path)

    assert "Traceback" not in result.stderr
    assert "dias_inhabiles.json" in result.stderr
    assert "los plazos se revisaron solo con los días inhábiles de la LFT" in result.stderr


def test_the_participation_term_says_it_counts_from_the_end_of_february(tmp_path: Path) -> None:
    result = run_cli("paimef", "plazos", "--ejercicio", "2026", data_dir=tmp_path / "vacío")

    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if "06/03/2026" in line)
    assert "[5 días hábiles desde: Último día hábil de febrero; IMEF]" in line
    rows = run_cli("paimef", "plazos", "--ejercicio", "2026", "--json", data_dir=tmp_path / "v")
    row = next(row for row in json.loads(rows.stdout) if row["vence"] == "2026-03-06")
    assert (row["desde"], row["evento"]) == ("2026-02-27", "Último día hábil de febrero")


def test_validate_states_a_listed_saturday_without_sending_to_a_window(loaded_db: Path) -> None:
    # «Puede quitarlo de la lista en la pestaña …» read as an odd order where nothing is removed.
    loaded_db.with_name("dias_inhabiles.json").write_text(
        json.dumps({"dias_inhabiles": [{"fecha": "2026-03-07", "motivo": "Cierre anual"}]}),
        encoding="utf-8",
    )
    result = run_cli("paimef", "revisar", "--db", loaded_db, "--hoy", "2026-03-09")

    assert (
        "El día inhábil 07/03/2026 («Cierre anual») de la lista de días inhábiles agregados es "
        "sábado: ya era inhábil sin anotarlo y no cambia ningún plazo.\n"
    ) in result.stdout
    assert "quitarlo" not in result.stdout
    assert "pestaña" not in result.stdout


def test_plazos_says_the_indesol_s_transfer_is_not_the_imef_s_miss(tmp_path: Path) -> None:
    def state_of(today: str, numeral: str) -> str:
        result = run_cli(
            "paimef", "plazos", "--firma", "2026-03-13", "--hoy", today, data_dir=tmp_path / "v"
        )
        assert result.returncode == 0, result.stderr
        line = next(line for line in result.stdout.splitlines() if f"  {numeral} " in line)
        return line.rsplit(" — ", 1)[1]

    assert state_of("2026-04-01", "4.3.6") == "a cargo del INDESOL"
    assert state_of("2026-12-07", "4.3.6") == "sin registro de la ministración"
    assert state_of("2026-12-07", "4.3.4.2") == "vencido"
