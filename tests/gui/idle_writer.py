"""A preview's writer that writes nothing: a test says what was written, through its signals."""

from __future__ import annotations

from ism_desktop.gui.preview_writer import PreviewWriter
from ism_desktop.gui.task_runner import describe_error
from ism_desktop.reports.report_layout import ReportLayout


class IdleWriter(PreviewWriter):
    """Writes nothing: the test says what was written, through the writer's signals."""

    def __init__(self) -> None:
        super().__init__(_never_laid_out, describe_error)

    def run(self) -> None:
        return


def _never_laid_out() -> ReportLayout:
    raise AssertionError("an idle writer lays nothing out")
