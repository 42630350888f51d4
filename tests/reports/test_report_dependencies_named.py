"""A report of several dependencies names each one as the source does, not the first alone.

The state report (60 dependencies) printed «Unidad o entidad del informe: 01 PROCURADURÍA DE
SEGURIDAD PÚBLICA» on its summary and as its PDF's author, and the command called it «todo el
Instituto»: one dependency, or the Institute, for sixty.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pypdf

from bench.generate_state_report import build
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store
from tests.e2e.year_helpers import ok

HEADER = re.compile(r"DEPENDENCIA / ENTIDAD\s+(\d+) (.+)")


def _state_report(tmp_path: Path) -> tuple[Path, list[str]]:
    """A database with a three-dependency report, and each dependency as its text names it."""
    text, _expected = build(metas=90, dependencies=3, seed=7)
    source = tmp_path / "estatal.txt"
    source.write_text(text, encoding="utf-8")
    named = {m[1]: m[2].strip() for line in text.splitlines() if (m := HEADER.search(line))}
    database = tmp_path / "estatal.sqlite3"
    with Store.open(database) as store:
        import_etca_file(source, store.reports)
    return database, [f"{code} {name}" for code, name in sorted(named.items())]


def test_each_dependency_is_named_in_the_summary_the_pdf_and_the_command(tmp_path: Path) -> None:
    database, dependencies = _state_report(tmp_path)
    assert len(dependencies) == 3
    pdf, xlsx = tmp_path / "estatal.pdf", tmp_path / "estatal.xlsx"

    said = ok("report", "--db", database, "--trimestre", "1", "--pdf", pdf, "--xlsx", xlsx)

    assert "3 dependencias" in said, said
    assert "todo el Instituto" not in said
    label = "3 dependencias: " + "; ".join(dependencies)
    summary = openpyxl.load_workbook(xlsx, read_only=True)["Resumen"]
    assert summary["C4"].value == f"Informe de {label}"
    assert pypdf.PdfReader(pdf).metadata.author == label  # type: ignore[union-attr]
