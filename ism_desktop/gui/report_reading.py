"""The stored report the File menu prints and exports, and its PDF, read in any thread."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from ism_desktop.gui.task_runner import Steps, WorkCancelledError, describe_error, wait_for

if TYPE_CHECKING:
    from ism_desktop.domain.profile import PcProfile
    from ism_desktop.domain.report import ProgressReport
    from ism_desktop.reports.report_layout import ReportLayout
    from ism_desktop.workspace.workspace import Workspace

NO_REPORT = "No hay informe que imprimir."

T = TypeVar("T")


class NoReportError(LookupError):
    """The profile's period has no stored report (``NO_REPORT``); nothing else is one."""


def preview_error(exc: Exception) -> str:
    """What the preview says of a failure: ``NO_REPORT`` for no report, else what went wrong."""
    if isinstance(exc, NoReportError):
        return NO_REPORT
    return describe_error(exc)


def made_aside(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[], T],
    steps: Steps | None = None,
    describe: Callable[[Exception], str] = preview_error,
) -> T | None:
    """``work``'s result (``wait_for``, with ``steps``); None once its failure is said.

    Said under ``title`` (``describe``: by default as the preview says it): read over a
    connection of its own, a database that could not be opened again came back as a program
    error, «Ocurrió un error inesperado». A cancel (``WorkCancelledError``) is no failure:
    raised, for the caller to say.
    """
    try:
        return wait_for(parent, label, work, steps)
    except WorkCancelledError:
        raise
    except Exception as exc:  # every failure reaches the person as a message
        QMessageBox.warning(parent, title, describe(exc))
        return None


def stored_report(workspace: Workspace, profile: PcProfile) -> ProgressReport:
    """The profile's report as stored; ``NoReportError`` (a ``LookupError``) when none is."""
    report = workspace.store.reports.load(year=profile.year, quarter=profile.quarter)
    if report is None:
        raise NoReportError(NO_REPORT)
    return report


def pdf_of(layout: ReportLayout, on_page: Callable[[int, int], None] | None = None) -> bytes:
    """The report as the program exports it: ``layout`` written as a PDF (``write_pdf``)."""
    from ism_desktop.reports.pdf_report import write_pdf

    buffer = io.BytesIO()
    write_pdf(layout, buffer, on_page)
    return buffer.getvalue()
