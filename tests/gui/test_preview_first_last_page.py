"""Ctrl+Home and Ctrl+End go to the preview's first and last page; Home and End on the pages.

They did nothing: reaching page 944 of a state report took typing its number or holding Page
Down, and back to the first page the same, though every PDF reader goes there with them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_preview import ReportPreviewDialog
from tests.gui.conftest import WindowFactory
from tests.gui.test_print_preview import open_preview

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
INSTITUTE_PAGES = 10  # the 56 metas of the 2024 T1 report, as «Página X de 10» prints them


def complete_preview(window: MainWindow, qtbot: QtBot) -> ReportPreviewDialog:
    """``window``'s print preview, opened and with all its pages written."""
    dialog = open_preview(window, qtbot)
    qtbot.waitUntil(dialog.is_complete, timeout=30000)
    return dialog


@pytest.fixture
def preview(open_window: WindowFactory, qtbot: QtBot) -> ReportPreviewDialog:
    """The institute's preview, complete."""
    return complete_preview(open_window(COORDINATOR), qtbot)


def _at(dialog: ReportPreviewDialog, page: int) -> bool:
    """Whether the box says ``page`` and the view shows its top, the page's top edge in view."""
    bar = dialog.pages_view.verticalScrollBar()
    top = dialog.strip.page_top(page - 1)
    shown = bar.value() <= top < bar.value() + dialog.pages_view.viewport().height()
    return dialog.page_box.value() == page and shown


@pytest.mark.parametrize("where", ["page_box", "zoom_box", "pages_view"])
def test_ctrl_end_and_ctrl_home_go_to_the_last_and_first_page(
    preview: ReportPreviewDialog, qtbot: QtBot, where: str
) -> None:
    assert preview.page_count() == INSTITUTE_PAGES
    focused: QWidget = getattr(preview, where)
    control = Qt.KeyboardModifier.ControlModifier

    qtbot.keyClick(focused, Qt.Key.Key_End, control)

    assert _at(preview, INSTITUTE_PAGES)
    qtbot.keyClick(focused, Qt.Key.Key_Home, control)
    assert _at(preview, 1)
    preview.close()


def test_home_and_end_on_the_pages_go_to_the_first_and_last_page(
    preview: ReportPreviewDialog, qtbot: QtBot
) -> None:
    qtbot.keyClick(preview.pages_view, Qt.Key.Key_End)

    assert _at(preview, INSTITUTE_PAGES)
    qtbot.keyClick(preview.pages_view, Qt.Key.Key_Home)
    assert _at(preview, 1)
    preview.close()


def test_home_and_end_in_the_page_box_still_move_along_its_text(
    preview: ReportPreviewDialog, qtbot: QtBot
) -> None:
    preview.page_box.setFocus()
    editor = preview.page_box.lineEdit()
    editor.setCursorPosition(0)

    qtbot.keyClick(preview.page_box, Qt.Key.Key_End)

    assert editor.cursorPosition() == len(editor.text())
    assert preview.page_box.value() == 1
    preview.close()
