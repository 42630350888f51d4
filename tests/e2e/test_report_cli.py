"""``ism-desktop report`` on the real seed report: PDF and Excel from the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    path = tmp_path_factory.mktemp("report") / "informe.sqlite3"
    imported = run_cli("import-etca", seed_path, "--db", path)
    assert imported.returncode == 0, imported.stderr
    return path


def test_whole_institution_pdf_and_workbook(database: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "informe.pdf", tmp_path / "informe.xlsx"

    result = run_cli("report", "--db", database, "--trimestre", "1", "--pdf", pdf, "--xlsx", xlsx)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"PDF escrito: {pdf} (")
    assert lines[0].endswith("páginas, 56 metas, todo el Instituto).")
    assert lines[1] == f"Excel escrito: {xlsx} (56 metas, todo el Instituto)."
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "362.22%" in text
    assert "UNIDAD ADMINISTRATIVA 009 ISM UNIDAD DE TRANSPARENCIA" in text
    assert len(openpyxl.load_workbook(xlsx).sheetnames) == 9


def test_one_unit_pdf_only(database: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "unidad.pdf"

    result = run_cli("report", "--db", database, "--trimestre", "1", "--unidad", "4", "--pdf", pdf)

    assert result.returncode == 0, result.stderr
    assert "7 metas, unidad 004" in result.stdout
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "UNIDAD ADMINISTRATIVA 004" in text
    assert "UNIDAD ADMINISTRATIVA 001" not in text


def test_one_page_and_one_meta_are_said_in_the_singular(database: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "transparencia.pdf", tmp_path / "transparencia.xlsx"

    result = run_cli(
        "report",
        "--db",
        database,
        "--trimestre",
        "1",
        "--unidad",
        "9",
        "--pdf",
        pdf,
        "--xlsx",
        xlsx,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"PDF escrito: {pdf} (1 página, 1 meta, unidad 009).",
        f"Excel escrito: {xlsx} (1 meta, unidad 009).",
    ]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--trimestre", "5", "--pdf", "x.pdf"), "«5» no es un trimestre"),
        (("--trimestre", "1", "--unidad", "abc", "--pdf", "x.pdf"), "no es una clave de unidad"),
        (("--trimestre", "1", "--unidad", "007", "--pdf", "x.pdf"), "007 no tiene metas"),
        (
            (
                "--trimestre",
                "1",
            ),
            "indique al menos un archivo de salida",
        ),
        (("--pdf", "x.pdf"), "faltan los argumentos: --trimestre"),
    ],
)
def test_bad_input_is_explained_in_spanish(
    database: Path, tmp_path: Path, arguments: tuple[str, ...], message: str
) -> None:
    result = run_cli("report", "--db", database, *arguments)

    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_is_an_error_not_a_traceback(database: Path, tmp_path: Path) -> None:
    target = tmp_path / "no-existe" / "informe.pdf"

    result = run_cli("report", "--db", database, "--trimestre", "1", "--pdf", target)

    assert result.returncode == 2
    assert f"no se puede escribir «{target}»: no existe la carpeta" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_database_is_an_error(tmp_path: Path) -> None:
    result = run_cli(
        "report", "--db", tmp_path / "nada.sqlite3", "--trimestre", "1", "--pdf", tmp_path / "a.pdf"
    )

    assert result.returncode == 2
    assert "no existe la base de datos" in result.stderr


def test_one_file_for_both_reports_is_refused_before_writing(
    database: Path, tmp_path: Path
) -> None:
    # «./informe.pdf» and «informe.pdf» name one file: the workbook would replace the PDF.
    kept = tmp_path / "informe.pdf"
    kept.write_bytes(b"%PDF-1.4 anterior")

    result = run_cli(
        "report",
        "--db",
        database,
        "--trimestre",
        "1",
        "--pdf",
        kept,
        "--xlsx",
        tmp_path / "." / "informe.pdf",
    )

    assert result.returncode != 0
    assert "el mismo archivo" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert kept.read_bytes() == b"%PDF-1.4 anterior"


def test_a_file_name_too_long_for_the_disk_is_said_in_spanish(
    database: Path, tmp_path: Path
) -> None:
    result = run_cli(
        "report", "--db", database, "--trimestre", "1", "--pdf", tmp_path / ("a" * 300 + ".pdf")
    )

    assert result.returncode == 2
    assert "el nombre del archivo «aaaaaaaaaaaaaaaaaaaa…" in result.stderr
    assert "es demasiado largo" in result.stderr
    assert "inesperado" not in result.stderr


@pytest.mark.parametrize("blocked", ["carpeta", "carpeta que no existe"])
def test_both_files_are_checked_before_either_is_written(
    database: Path, tmp_path: Path, blocked: str
) -> None:
    # The PDF was written («PDF escrito») and then the workbook refused: half a report.
    pdf, xlsx = tmp_path / "informe.pdf", tmp_path / "libro.xlsx"
    if blocked == "carpeta":
        xlsx.mkdir()
        said = f"«{xlsx}» es una carpeta; indique el nombre del archivo."
    else:
        xlsx = tmp_path / "no-existe" / "libro.xlsx"
        said = f"no existe la carpeta «{xlsx.parent}»"

    result = run_cli("report", "--db", database, "--trimestre", "1", "--pdf", pdf, "--xlsx", xlsx)

    assert result.returncode == 2
    assert said in result.stderr
    assert "No se escribió nada." in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not pdf.exists()


def test_a_quarter_not_yet_reported_is_marked_on_every_page_and_told(
    database: Path, tmp_path: Path
) -> None:
    # The seed reports the first quarter only: its second quarter prints as the official form
    # prints unreported quarters (0.00 %), which a reader would take for «nothing achieved».
    pdf, xlsx = tmp_path / "segundo.pdf", tmp_path / "segundo.xlsx"

    result = run_cli(
        "report",
        "--db",
        database,
        "--trimestre",
        "2",
        "--unidad",
        "4",
        "--pdf",
        pdf,
        "--xlsx",
        xlsx,
    )

    assert result.returncode == 0, result.stderr
    # A warning, on the error stream as the other commands' warnings; the files are written.
    assert result.stderr.strip() == (
        "Aviso: informe incompleto: 7 de 7 metas no tienen reportado el segundo trimestre; el "
        "formato oficial las imprime en 0."
    )
    with pdfplumber.open(pdf) as document:
        pages = [page.extract_text() for page in document.pages]
    for text in pages:
        assert "INFORME INCOMPLETO: 7 de 7 metas sin reportar en el trimestre" in text
    # The workbook prints it too, in every sheet's footer (the summary's as well).
    for sheet in openpyxl.load_workbook(xlsx).worksheets:
        assert "INFORME INCOMPLETO: 7 de 7 metas" in (sheet.oddFooter.center.text or "")


def test_a_fully_reported_quarter_carries_no_mark(database: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "primero.pdf"

    result = run_cli("report", "--db", database, "--trimestre", "1", "--pdf", pdf)

    assert result.returncode == 0, result.stderr
    assert "Aviso" not in result.stdout + result.stderr
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "INCOMPLETO" not in text


def test_one_unreported_meta_is_said_in_the_singular(database: Path, tmp_path: Path) -> None:
    # Unit 009 has one meta.
    pdf = tmp_path / "transparencia.pdf"

    result = run_cli("report", "--db", database, "--trimestre", "3", "--unidad", "9", "--pdf", pdf)

    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == (
        "Aviso: informe incompleto: 1 de 1 meta no tiene reportado el tercer trimestre; el "
        "formato oficial la imprime en 0."
    )
    with pdfplumber.open(pdf) as document:
        text = document.pages[0].extract_text()
    assert (
        "INFORME INCOMPLETO: 1 de 1 meta sin reportar en el trimestre (el formato oficial la "
        "imprime en 0)"
    ) in text
