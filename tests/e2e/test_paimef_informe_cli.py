"""``ism-desktop paimef capturar`` and ``informe``: indicators captured, the informe written."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.exchange.paimef.programme_json import programme_to_json
from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import loaded_db as loaded_db  # the fixture
from tests.paimef_builders import action, programme

pytestmark = pytest.mark.e2e


def test_capturar_then_informe(loaded_db: Path, tmp_path: Path) -> None:
    captured = run_cli(
        "paimef", "capturar", "--numero", "2", "--periodo", "2026-T1", "130", "100",
        "--db", loaded_db,
    )  # fmt: skip
    assert (captured.returncode, captured.stdout.strip()) == (
        0,
        # The period in words, as the window says it; a «Porcentaje», said with its sign.
        "Indicador 2, primer trimestre de 2026: 30.00%",
    )
    yearly = run_cli(
        "paimef",
        "capturar",
        "--numero",
        "3",
        "--periodo",
        "2026",
        "1",
        "1",
        "1",
        "1",
        "2",
        "--db",
        loaded_db,
    )
    assert yearly.stdout.strip().startswith("Indicador 3, año 2026: "), yearly.stderr
    wrong = run_cli(
        "paimef", "capturar", "--numero", "7", "--periodo", "2026-T1", "6", "5", "--db", loaded_db
    )
    assert wrong.returncode == 2
    assert "se mide cada semestre" in wrong.stderr
    pdf, xlsx = tmp_path / "informe.pdf", tmp_path / "informe.xlsx"
    result = run_cli(
        "paimef", "informe", "--db", loaded_db, "--pdf", pdf, "--xlsx", xlsx,
        "--hoy", "2026-04-01",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Informe Parcial" in result.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    assert xlsx.stat().st_size > 0


def test_an_informe_file_that_cannot_be_written_is_named(loaded_db: Path, tmp_path: Path) -> None:
    # «no se pudo escribir el informe» left the PDF written beside it without a word; now
    # the missing folder is found before the PDF is written.
    pdf, xlsx = tmp_path / "ok.pdf", tmp_path / "no_existe" / "x.xlsx"

    result = run_cli("paimef", "informe", "--pdf", pdf, "--xlsx", xlsx, "--db", loaded_db)

    assert result.returncode == 2
    assert f"no se puede escribir «{xlsx}»: no existe la carpeta" in result.stderr
    assert "No se escribió nada." in result.stderr
    assert not pdf.exists()
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
    # One error said as one («los lista. Corríjalos» spoke of several).
    assert refused.stderr == (
        "Error: 1 error impide entregar el informe; «ism-desktop paimef revisar» lo lista. "
        "Corríjalo, o escriba un borrador que lo liste con --borrador. No se escribió nada.\n"
    )
    assert "Traceback" not in refused.stderr
    assert not pdf.exists()

    draft = run_cli(
        "paimef", "informe", "--db", db, "--pdf", pdf, "--hoy", "2026-04-01", "--borrador"
    )

    assert draft.returncode == 0, draft.stderr
    assert "BORRADOR: 1 error por corregir" in draft.stdout
    assert pdf.read_bytes().startswith(b"%PDF")


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
    assert result.stderr == (
        f"Error: «{folder}» es una carpeta; indique el nombre del archivo. No se escribió nada.\n"
    )


def test_an_informe_checks_both_files_before_writing_either(
    loaded_db: Path, tmp_path: Path
) -> None:
    # The PDF was written, then the workbook refused: half an informe, and an error.
    pdf, xlsx = tmp_path / "informe.pdf", tmp_path / "libro.xlsx"
    xlsx.mkdir()

    result = run_cli(
        "paimef", "informe", "--db", loaded_db, "--pdf", pdf, "--xlsx", xlsx,
        "--hoy", "2026-04-01", data_dir=tmp_path,
    )  # fmt: skip

    assert result.returncode == 2
    assert f"«{xlsx}» es una carpeta; indique el nombre del archivo." in result.stderr
    assert "No se escribió nada." in result.stderr
    assert result.stdout == ""
    assert not pdf.exists()


def test_an_informe_under_a_file_named_as_a_folder_names_that_path(loaded_db: Path) -> None:
    # It named «…/.informe.xlsx.o5jzwziu.tmp», a file the person never chose.
    (loaded_db.parent / "informes").write_text("no es una carpeta", encoding="utf-8")
    target = loaded_db.parent / "informes" / "informe.xlsx"

    result = run_cli("paimef", "informe", "--db", loaded_db, "--xlsx", target, "--borrador")

    assert result.returncode == 2
    assert f"una parte de la ruta «{target.parent}» es un archivo, no una carpeta" in result.stderr
    assert ".tmp" not in result.stderr
