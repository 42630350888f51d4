"""A workbook whose writing stops half-way leaves no temporary file behind.

Each sheet's rows wait in a temporary file while it is written (constant memory). StoppedError
before the summary (the first sheet, written last), XlsxWriter never removed that sheet's
file: every export cancelled among the sheets left one in the system's temporary folder.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter.workbook

from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.report_layout import layout_report
from ism_desktop.reports.xlsx_report import build_workbook
from tests.reports.conftest import PRINTED_AT


class StoppedError(Exception):
    """What the caller's callback raises to stop the writing."""


@pytest.mark.parametrize("stop_at", [1, 2, 8])
def test_stopped_among_the_sheets_leaves_no_temporary_file(
    seed_report: ProgressReport,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stop_at: int,
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    layout = layout_report(seed_report, printed_at=PRINTED_AT)
    told: list[int] = []

    def on_sheet(number: int, count: int) -> None:
        told.append(count)
        if number == stop_at:
            raise StoppedError(f"stopped at sheet {number}")

    with pytest.raises(StoppedError, match=f"^stopped at sheet {stop_at}$"):
        build_workbook(layout, on_sheet)

    assert stop_at < told[0]  # stopped before the summary, the last told
    assert list(tmp_path.iterdir()) == []


def test_a_whole_workbook_leaves_no_temporary_file(
    seed_report: ProgressReport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    data = build_workbook(layout_report(seed_report, printed_at=PRINTED_AT))

    assert data.startswith(b"PK")
    assert list(tmp_path.iterdir()) == []


def test_stopped_the_workbook_is_not_put_together(
    seed_report: ProgressReport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Put together from the sheets written, it took seconds at state scale after «Cancelar»."""
    zipped: list[object] = []
    real_zip = xlsxwriter.workbook.ZipFile

    def zip_file(*args: Any, **kwargs: Any) -> Any:
        zipped.append(args[0])
        return real_zip(*args, **kwargs)

    monkeypatch.setattr(xlsxwriter.workbook, "ZipFile", zip_file)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def on_sheet(number: int, _count: int) -> None:
        if number == 4:
            raise StoppedError(f"stopped at sheet {number}")

    with pytest.raises(StoppedError, match=r"^stopped at sheet 4$"):
        build_workbook(layout_report(seed_report, printed_at=PRINTED_AT), on_sheet)

    assert zipped == []
    assert list(tmp_path.iterdir()) == []
    build_workbook(layout_report(seed_report, printed_at=PRINTED_AT))
    assert len(zipped) == 1  # the spy sees a workbook put together
