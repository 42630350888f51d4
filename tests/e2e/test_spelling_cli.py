"""``ism-desktop ortografia`` on the real seed report, as a user's shell runs it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e

DIALOGUES_ID = "2fee274197fd35d5"  # DIÁLOGOS POR LA PAZ (unit 001)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    path = tmp_path_factory.mktemp("ortografia") / "informe.sqlite3"
    imported = run_cli("import-etca", seed_path, "--db", path)
    assert imported.returncode == 0, imported.stderr
    return path


def test_doubtful_words_by_meta_with_suggestions(database: Path) -> None:
    result = run_cli("ortografia", "--db", database, "--trimestre", "1", "--unidad", "1")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "Ortografía del ejercicio 2024, trimestre 1 (primero): 13 evaluaciones revisadas, "
        "6 con palabras dudosas (6 palabras distintas)."
    )
    assert "Unidad 001 ISM COORDINACIÓN EJECUTIVA" in lines
    at = lines.index(f"  Meta {DIALOGUES_ID}: DIÁLOGOS POR LA PAZ")
    assert lines[at + 1] == "    LLLEVÓ → LLEVÓ"
    assert lines[at + 2].startswith("    ALEMAN → ALEMÁN, ")
    assert lines[at + 3].startswith("    DIA → DÍA, ")
    assert "    NESTE → ESTE, RESTE, OESTE, TESTE, LESTE, PESTE" in lines
    assert "    PRIEMR → PRIMER, PREMIR" in lines


def test_json_for_the_whole_report(database: Path) -> None:
    result = run_cli("ortografia", "--db", database, "--trimestre", "1", "--json")

    assert result.returncode == 0, result.stderr
    listed: list[dict[str, Any]] = json.loads(result.stdout)
    assert len(listed) == 19
    words = sorted({w["palabra"] for item in listed for w in item["palabras"]})
    assert len(words) == 18
    assert {"LLLEVÓ", "NESTE", "PRIEMR", "ACCION"} <= set(words)
    dialogues = next(item for item in listed if item["id_meta"] == DIALOGUES_ID)
    assert set(dialogues) == {"unidad", "id_meta", "descripcion", "trimestre", "palabras"}
    assert dialogues["palabras"][0] == {"palabra": "LLLEVÓ", "sugerencias": ["LLEVÓ"]}


def test_an_added_word_is_not_listed_any_more(database: Path, tmp_path: Path) -> None:
    (tmp_path / "diccionario_personal.txt").write_text("VillaPesqueria\n", encoding="utf-8")

    result = run_cli(
        "ortografia", "--db", database, "--trimestre", "1", "--json", data_dir=tmp_path
    )

    words = {w["palabra"] for item in json.loads(result.stdout) for w in item["palabras"]}
    assert "VILLAPESQUERIA" not in words
    assert len(words) == 17


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--unidad", "77"), "Error: el informe no tiene metas de la unidad 077."),
        (("--trimestre", "5"), "«5» no es un trimestre"),
    ],
)
def test_bad_input_is_said_in_spanish(database: Path, args: tuple[str, ...], message: str) -> None:
    base = ["ortografia", "--db", str(database)]
    if "--trimestre" not in args:
        base += ["--trimestre", "1"]

    result = run_cli(*base, *args)

    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_database_is_said(tmp_path: Path) -> None:
    result = run_cli("ortografia", "--db", tmp_path / "no.sqlite3", "--trimestre", "1")

    assert result.returncode == 2
    assert "no existe la base de datos" in result.stderr


def test_without_the_dictionary_validation_still_runs(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ISM_AVANCE_RESOURCES", str(tmp_path))

    spelling = run_cli("ortografia", "--db", database, "--trimestre", "1")
    validation = run_cli("validate", "--db", database, "--trimestre", "1", "--json")

    assert spelling.returncode == 2
    assert "Aviso: no se pudo abrir el diccionario de español" in spelling.stderr
    assert "Traceback" not in spelling.stderr + validation.stderr
    assert validation.returncode == 0
    assert "la ortografía no se revisa" in validation.stderr
    assert len(json.loads(validation.stdout)) == 25


def test_the_coordinating_units_words_reach_the_unit(seed_path: Path, tmp_path: Path) -> None:
    coordinator_pc, unit_pc = tmp_path / "pc_002", tmp_path / "pc_006"
    coordinator = tmp_path / "coordinadora.sqlite3"
    unit = tmp_path / "unidad.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", coordinator).returncode == 0
    coordinator_pc.mkdir()
    (coordinator_pc / "diccionario_personal.txt").write_text("VillaPesqueria\n", "utf-8")

    exported = run_cli(
        "export-base", "--db", coordinator, "--unidad", "6", "--out", tmp_path / "bases",
        data_dir=coordinator_pc,
    )  # fmt: skip
    received = run_cli("import-package", "--db", unit, exported.stdout.strip(), data_dir=unit_pc)

    assert exported.returncode == 0, exported.stderr
    assert received.returncode == 0, received.stderr
    assert "Diccionario: 1 palabra de la unidad coordinadora." in received.stdout
    assert (
        (unit_pc / "diccionario_coordinacion.txt").read_text("utf-8").endswith("\nVillaPesqueria\n")
    )
    # The unit's own database has no evaluations yet: check the seed's with the unit PC's lists.
    for data_dir, flagged in ((unit_pc, False), (tmp_path / "otra_pc", True)):
        listed = run_cli(
            "ortografia", "--db", coordinator, "--trimestre", "1", "--json", data_dir=data_dir
        )
        words = {w["palabra"] for item in json.loads(listed.stdout) for w in item["palabras"]}
        assert ("VILLAPESQUERIA" in words) is flagged


def test_one_word_is_said_in_the_singular(database: Path) -> None:
    from ism_desktop.cli.spelling_command import MetaSpelling, to_text
    from ism_desktop.domain.quarter import Quarter
    from ism_desktop.store.store import Store

    with Store.open(database) as store:
        report = store.reports.load()
    assert report is not None
    found = [MetaSpelling(report.metas[0], (("PRIEMR", ("PRIMER",)),))]

    first = to_text(report, Quarter.FIRST, 1, found).splitlines()[0]

    assert first == (
        "Ortografía del ejercicio 2024, trimestre 1 (primero): 1 evaluación revisada, "
        "1 con palabras dudosas (1 palabra distinta)."
    )
