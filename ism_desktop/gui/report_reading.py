"""The stored report the File menu prints and exports, and its PDF, read in any thread."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ism_desktop.gui.task_runner import describe_error

if TYPE_CHECKING:
    from ism_desktop.domain.profile import PcProfile
    from ism_desktop.domain.report import ProgressReport
    from ism_desktop.reports.report_layout import ReportLayout
    from ism_desktop.workspace.workspace import Workspace

NO_REPORT = "No hay informe que imprimir."


class NoReportError(LookupError):
    """The profile's period has no stored report (``NO_REPORT``); nothing else is one."""


def preview_error(exc: Exception) -> str:
    """What the preview says of a failure: ``NO_REPORT`` for no report, else what went wrong."""
    if isinstance(exc, NoReportError):
        return NO_REPORT
    return describe_error(exc)


def stored_report(workspace: Workspace, profile: PcProfile) -> ProgressReport:
    """The profile's report as stored; ``NoReportError`` (a ``LookupError``) when none is."""
    report = workspace.store.reports.load(year=profile.year, quarter=profile.quarter)
    if report is None:
        raise NoReportError(NO_REPORT)
    return report


def pdf_of(layout: ReportLayout) -> bytes:
    """The report as the program exports it: ``layout`` written as a PDF."""
    from ism_desktop.reports.pdf_report import write_pdf

    buffer = io.BytesIO()
    write_pdf(layout, buffer)
    return buffer.getvalue()
