"""Printing to a PDF file proposes the export's name, in the folder the person used last.

It proposed «/root/ETCA-III-04 2024 T1 — unidad 004.pdf»: the program's working folder, and a
name with spaces and a dash that no export gives the same document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QLineEdit

from ism_desktop.gui import places
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


class _PrintDialogs:
    """Answers every print dialog: what output file it proposes is kept in ``proposed``.

    With ``printed``, «Imprimir» to that PDF file; without, «Cancelar».
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, printed: Path | None = None) -> None:
        self.proposed: list[str] = []
        self._printed = printed
        monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: self._answer(dialog))

    def _answer(self, dialog: QPrintDialog) -> int:
        field = dialog.findChild(QLineEdit, "filename")
        assert field is not None  # Qt's own dialog, as on Linux
        self.proposed.append(field.text())
        if self._printed is not None:
            dialog.printer().setOutputFileName(str(self._printed))
            return int(QPrintDialog.DialogCode.Accepted)
        return int(QPrintDialog.DialogCode.Rejected)


@pytest.mark.parametrize("last", ["chosen", "printed to"])
def test_the_report_is_proposed_under_its_export_name_in_the_last_folder(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, last: str
) -> None:
    window = open_window(unit_profile("004"))
    folder = tmp_path / "Informes trimestrales"
    folder.mkdir()
    if last == "chosen":  # in any file dialog: an export, an import
        places.remember_folder(folder)
    else:  # a PDF file printed there: the next print starts there too
        _PrintDialogs(monkeypatch, folder / "copia.pdf")
        window.reports.print_action.trigger()
        assert (folder / "copia.pdf").exists()
    dialogs = _PrintDialogs(monkeypatch)

    window.reports.print_action.trigger()

    assert dialogs.proposed == [str(folder / "ETCA-III-04_2024_T1_unidad_004.pdf")]


def test_the_paimef_informe_is_proposed_under_its_export_name(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    places.use_settings(QSettings(str(tmp_path / "configuracion.ini"), QSettings.Format.IniFormat))
    chosen = tmp_path / "PAIMEF"
    chosen.mkdir()
    places.remember_folder(chosen)
    dialogs = _PrintDialogs(monkeypatch)

    [entry] = [a for a in window.file_menu.actions() if a.text() == "Impri&mir…"]
    entry.trigger()

    assert dialogs.proposed == [str(chosen / "informe_paimef_2026.pdf")]
