"""Printing to a PDF file proposes the export's name, in the folder the person used last.

It proposed «/root/ETCA-III-04 2024 T1 — unidad 004.pdf»: the program's working folder, and a
name with spaces and a dash that no export gives the same document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QLineEdit, QPushButton

from ism_desktop.gui import places
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def _proposals(monkeypatch: pytest.MonkeyPatch, printed: Path | None = None) -> list[str]:
    """The output file each print dialog proposes; printed to ``printed`` if given."""
    proposed: list[str] = []

    def answer(dialog: QPrintDialog) -> int:
        field = dialog.findChild(QLineEdit, "filename")
        assert field is not None  # Qt's own dialog, as on Linux
        proposed.append(field.text())
        if printed is None:
            return int(QPrintDialog.DialogCode.Rejected)
        dialog.printer().setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", answer)
    return proposed


def test_the_report_is_proposed_under_its_export_name_in_the_last_folder(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    chosen = tmp_path / "Informes trimestrales"
    chosen.mkdir()
    places.remember_folder(chosen)
    proposed = _proposals(monkeypatch)

    window.reports.print_action.trigger()

    assert proposed == [str(chosen / "ETCA-III-04_2024_T1_unidad_004.pdf")]


def test_the_folder_printed_to_is_proposed_the_next_time(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    other = tmp_path / "USB"
    other.mkdir()
    _proposals(monkeypatch, other / "copia.pdf")
    window.reports.print_action.trigger()
    assert (other / "copia.pdf").exists()
    proposed = _proposals(monkeypatch)

    window.reports.print_action.trigger()

    assert proposed == [str(other / "ETCA-III-04_2024_T1_unidad_004.pdf")]


def test_the_paimef_informe_is_proposed_under_its_export_name(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    places.use_settings(QSettings(str(tmp_path / "configuracion.ini"), QSettings.Format.IniFormat))
    chosen = tmp_path / "PAIMEF"
    chosen.mkdir()
    places.remember_folder(chosen)
    proposed = _proposals(monkeypatch)

    [button] = [b for b in window.findChildren(QPushButton) if b.text() == "Imprimir…"]
    button.click()

    assert proposed == [str(chosen / "informe_paimef_2026.pdf")]
