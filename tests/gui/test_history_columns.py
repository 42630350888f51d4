"""Historial de cambios: who and when are read whole, not cut to «Unidad coordinadora…».

Seen at 1366×768 on the coordinator's PC: every column but the last stood at Qt's default
width, so the profile read «Unidad coordinadora…» and the time went under the date, while the
«Después» column stood half empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.application import install_spanish
from ism_desktop.gui.audit_dialog import AuditDialog
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
PROFILE = "Unidad coordinadora (002)"


def shown_history(
    window: MainWindow, qtbot: QtBot, edit: Callable[[Meta], Meta], author: Author
) -> AuditDialog:
    """The history of ESTUDIOS SOCIOECONÓMICOS, on screen, after ``edit`` signed by ``author``."""
    meta = select(window, "ESTUDIOS SOCIOECONÓMICOS")
    store = window.session.store
    store.edits.save(2024, meta, edit(meta), author)
    dialog = AuditDialog(meta, store.edits.history(2024, meta.stable_id), [], window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_the_date_profile_and_user_are_whole(
    open_window: WindowFactory, qtbot: QtBot, qapp: QApplication
) -> None:
    install_spanish(qapp)
    window = open_window(COORDINATOR)
    dialog = shown_history(
        window,
        qtbot,
        lambda meta: replace(meta, num=meta.num.with_achieved(Quarter.FIRST, Decimal(800))),
        Author(PROFILE, "administrador"),
    )
    table = dialog.table
    metrics = table.fontMetrics()

    cut = []
    for column in range(4):  # Fecha y hora, Perfil, Usuario, Campo
        item = table.item(0, column)
        assert item is not None
        if table.columnWidth(column) < metrics.horizontalAdvance(item.text()):
            cut.append(item.text())
    assert table.item(0, 1).text() == PROFILE  # type: ignore[union-attr]
    assert cut == []
