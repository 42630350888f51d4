"""A justified PAIMEF warning prints with its justification in the informe, PDF and xlsx."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pdfplumber
from openpyxl import load_workbook

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.reports.paimef.informe_pdf import informe_pdf
from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_informe import informe_for
from ism_desktop.workspace.paimef_justifications import justify
from ism_desktop.workspace.paimef_review import review
from tests.paimef_builders import action, programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")
TODAY = date(2026, 3, 20)
REASON = "Las metas se definen en el ajuste total."


def _a1_without_metas() -> AnnualProgramme:
    """The programme with acción A.1 left without metas: a 4.3.4.1 warning to justify."""
    actions = list(programme().actions)
    actions[0] = action("A.1", "A", "A-I", "30000.00", goals=())
    return programme(*actions)


def test_the_justification_is_printed_under_its_warning(tmp_path: Path) -> None:
    value = _a1_without_metas()
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(value, AUTHOR, "prueba", [])
        [warning] = [f for f in review(store, value, TODAY) if f.rule == "4.3.4.1"]
        justify(store, 2026, warning, REASON, AUTHOR)
        informe = informe_for(store, value, TODAY)

    with pdfplumber.open(BytesIO(informe_pdf(informe))) as pdf:
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
    assert f"Justificado: {REASON} (Enlace PAIMEF (mlopez)," in text
    cells = [
        str(cell.value)
        for row in load_workbook(BytesIO(informe_xlsx(informe)))["Revisión"].iter_rows()
        for cell in row
        if cell.value
    ]
    justified = [cell for cell in cells if "Justificado:" in cell]
    assert len(justified) == 1
    assert justified[0].startswith(warning.message)


def test_a_justification_stored_by_an_older_version_still_prints(tmp_path: Path) -> None:
    # Before its text was checked, a control character could be stored; the xlsx refused it
    # and the informe stopped with only its PDF written.
    value = _a1_without_metas()
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(value, AUTHOR, "prueba", [])
        store.paimef.save_justification(
            2026,
            ("4.3.4.1", "A.1", "metas"),
            "motivo\x07 antiguo",
            Author("Enlace\x1b", ""),
            "2026-03-01",
        )
        informe = informe_for(store, value, TODAY)

    book = load_workbook(BytesIO(informe_xlsx(informe)))
    cells = [str(c.value) for row in book["Revisión"].iter_rows() for c in row if c.value]
    assert any("Justificado: motivo antiguo (Enlace, " in cell for cell in cells)
