"""One unit's workbook from a report whose code repeats under two dependencies: that one's alone.

By the code alone, «003» laid out both dependencies' 003 metas (two sections, two sheets): the
workbook a coordinator wrote for dependency 84's 003 carried dependency 51's metas too.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from bench.generate_state_report import build
from ism_desktop.domain.codes import UnitCode
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.reports.xlsx_report import write_report_xlsx
from tests.reports.conftest import PRINTED_AT


def test_the_workbook_of_one_dependency_s_unit_holds_only_its_metas(tmp_path: Path) -> None:
    text, expected = build(metas=60, dependencies=2, seed=7)
    report = parse_etca_text(text).report
    # What the generator printed, not what the program read: 003 under both 51 and 84.
    printed = {
        entity: [
            str(m["description"])
            for m in expected
            if (m["dependency"], m["unit"]) == (entity, "003")
        ]
        for entity in ("51", "84")
    }
    assert all(printed.values())
    path = tmp_path / "unidad.xlsx"

    write_report_xlsx(report, path, unit=UnitCode("003"), entity="84", printed_at=PRINTED_AT)

    book = openpyxl.load_workbook(path)
    assert len(book.sheetnames) == 2  # the summary and the unit's sheet
    sheet = book.worksheets[1]
    described = [sheet.cell(row, 1).value for row in range(7, sheet.max_row + 1)]
    mets = [
        sheet.cell(row, 1).value
        for row in range(7, sheet.max_row + 1)
        if sheet.cell(row, 5).value == "MET"
    ]
    assert [" ".join(str(m).split()) for m in mets] == printed["84"]
    assert not any(str(cell).startswith("UNIDAD ADMINISTRATIVA   003 CEDS") for cell in described)
    assert book.properties.creator == "003 ISV COORDINACIÓN REGIONAL SUR"
