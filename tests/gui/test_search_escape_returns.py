"""Esc after a search that found nothing: the meta the person was on before typing comes back.

Each letter of the search showed the first meta it found; once nothing was found, Esc brought
back the meta of the first letter typed, not the one the search started from.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_meta_form_paper import STUDIES
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui


def test_escape_after_nothing_found_brings_back_the_meta_searched_from(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    studies = select(window, STUDIES).stable_id
    window.search.setFocus()

    QTest.keyClicks(window.search, "asesoria")  # found: another meta is shown meanwhile
    shown_meanwhile = window.form.meta
    assert shown_meanwhile is not None
    assert shown_meanwhile.stable_id != studies
    QTest.keyClicks(window.search, "qqq")  # «asesoriaqqq» finds nothing
    assert window.proxy.rowCount() == 0

    QTest.keyClick(window.search, Qt.Key.Key_Escape)

    assert window.search.text() == ""
    assert window.form.meta is not None
    assert window.form.meta.stable_id == studies
