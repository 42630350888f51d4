"""The print preview opens at the size and zoom it was closed with, inside the screen.

Each preview opened at 1100 × 800 and «Ajustar al ancho»: a person who reads the report at
«100%» in a smaller window set both again every time.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.gui.report_preview import SIZE_KEY, ZOOM_KEY, ReportPreviewDialog
from ism_desktop.gui.screen_fit import available_area
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.idle_writer import IdleWriter
from tests.gui.year_window_setup import COORDINATOR
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui


def _opened(qtbot: QtBot, settings: QSettings | None) -> ReportPreviewDialog:
    writer = IdleWriter()
    dialog = ReportPreviewDialog(writer, "prueba", lambda _p, _pdf: None, settings=settings)
    writer.setParent(dialog)  # kept while its thread runs, as the window keeps it
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtbot.waitUntil(writer.isFinished)  # its thread ended before the dialog goes
    return dialog


def test_the_preview_opens_again_at_its_size_and_zoom(qtbot: QtBot, settings: QSettings) -> None:
    first = _opened(qtbot, settings)
    first.resize(760, 460)
    first.zoom_box.setCurrentText("100%")
    first.close()

    again = _opened(qtbot, settings)

    assert again.size() == QSize(760, 460)
    assert again.zoom_box.currentText() == "100%"


def test_a_size_larger_than_the_screen_opens_inside_it(qtbot: QtBot, settings: QSettings) -> None:
    # Saved on a larger monitor (or a setting written by hand): pulled back onto this screen.
    settings.setValue(SIZE_KEY, QSize(5000, 4000))
    settings.setValue(ZOOM_KEY, "no es un tamaño")

    dialog = _opened(qtbot, settings)

    assert available_area(dialog).contains(dialog.frameGeometry())
    assert dialog.zoom_box.currentText() == "Ajustar al ancho"  # an unknown zoom is left


def test_the_etca_preview_remembers_in_the_window_s_settings(
    open_window: WindowFactory, qtbot: QtBot, settings: QSettings
) -> None:
    window = open_window(COORDINATOR)
    window.reports.show_preview()
    first = window.reports.preview_dialog
    assert first is not None
    first.resize(700, 450)
    first.zoom_box.setCurrentText("75%")
    first.close()
    qtbot.waitUntil(lambda: window.reports.preview_dialog is None)

    window.reports.show_preview()
    again = window.reports.preview_dialog

    assert again is not None
    assert (again.size(), again.zoom_box.currentText()) == (QSize(700, 450), "75%")
    again.close()


def test_the_paimef_preview_remembers_too(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    author = Author("Unidad 002", "ana")
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), author, "prueba", [])
        window = PaimefWindow(store, author, date(2026, 7, 15))
        qtbot.addWidget(window)
        window.printing.settings = settings
        window.show()
        window.printing.preview()
        first = _preview_of(window)
        first.resize(720, 460)
        first.zoom_box.setCurrentText("50%")
        first.close()

        window.printing.preview()
        again = _preview_of(window)

        assert (again.size(), again.zoom_box.currentText()) == (QSize(720, 460), "50%")
        again.close()


def _preview_of(window: PaimefWindow) -> ReportPreviewDialog:
    shown = [d for d in window.findChildren(ReportPreviewDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]
