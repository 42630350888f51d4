"""Historial de cambios at 1366×768: «Después» is read without scrolling sideways.

A change a package brought («Paquete de la unidad 004, envío número 2», «administrador
(recibió el paquete)», «Evaluación cualitativa T1») widened the first four columns until
«Después», the value a person opens the history for, was pushed past the right edge.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.package_author import package_author
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.application import install_spanish
from tests.gui.conftest import WindowFactory
from tests.gui.test_history_columns import COORDINATOR, shown_history

pytestmark = pytest.mark.gui
# The dialog's size on a 1366×768 screen: its 900×420, less the frame kept for Windows.
DIALOG_AT_1366 = (900, 420)
LONG_USER = "administrador.de.la.direccion.de.evaluacion"


def test_after_is_read_without_scrolling_sideways(
    open_window: WindowFactory, qtbot: QtBot, qapp: QApplication
) -> None:
    install_spanish(qapp)
    window = open_window(COORDINATOR)
    evaluation = ("SE REALIZARON 800 ESTUDIOS SOCIOECONÓMICOS A LAS USUARIAS " * 3).strip()
    dialog = shown_history(
        window,
        qtbot,
        lambda meta: replace(meta, evaluations={**meta.evaluations, Quarter.FIRST: evaluation}),
        Author(package_author("004", 12), LONG_USER),
    )
    dialog.resize(*DIALOG_AT_1366)
    QApplication.processEvents()
    table = dialog.table

    assert table.horizontalScrollBar().maximum() == 0
    # «Antes» and «Después» keep room enough to read a value, side by side.
    assert min(table.columnWidth(4), table.columnWidth(5)) >= 150
    for column in range(4):  # a short column cut still gives its text whole
        item = table.item(0, column)
        assert item is not None
        assert item.toolTip() == item.text()
