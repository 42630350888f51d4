"""A year with no metas yet: the package, report, preview and print say why, and ask nothing."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui

UNIT_2026 = PcProfile(Role.UNIT, UnitCode("004"), 2026, Quarter.FIRST)
COORDINATOR_2026 = PcProfile(Role.COORDINATOR, UnitCode("002"), 2026, Quarter.FIRST)

UNIT_SAID = (
    "No hay metas de la unidad 004 en el ejercicio 2026: reciba el programa base "
    "(Archivo → Recibir paquetes…) o elija el ejercicio en Archivo → Configuración de esta "
    "computadora…"
)
COORDINATOR_SAID = (
    "No hay metas en el ejercicio 2026: importe el informe oficial (Archivo → Importar informe "
    "oficial…) o prepare el programa (Año → Programa de un año nuevo…), o elija el ejercicio "
    "en Archivo → Configuración de esta computadora…"
)


def _nothing_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file, folder or printer dialog, as asked (each cancelled at once)."""
    asked: list[str] = []

    def folder(*args: object) -> str:
        asked.append(f"carpeta: {args[1]}")
        return ""

    def file(*args: object) -> tuple[str, str]:
        asked.append(f"archivo: {args[1]}")
        return "", ""

    def printer(_dialog: QPrintDialog) -> int:
        asked.append("impresora")
        return int(QPrintDialog.DialogCode.Rejected)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", file)
    monkeypatch.setattr(QPrintDialog, "exec", printer)
    return asked


@pytest.mark.parametrize(
    ("profile", "action", "expected"),
    [
        (UNIT_2026, "export_package_action", UNIT_SAID),
        (UNIT_2026, "export_report_action", UNIT_SAID),
        (UNIT_2026, "preview_action", UNIT_SAID),
        (UNIT_2026, "print_action", UNIT_SAID),
        # The package is the units' alone: the coordinating unit has no such menu item.
        (COORDINATOR_2026, "export_report_action", COORDINATOR_SAID),
        (COORDINATOR_2026, "preview_action", COORDINATOR_SAID),
        (COORDINATOR_2026, "print_action", COORDINATOR_SAID),
    ],
)
def test_a_year_without_metas_says_what_to_do_before_asking_anything(
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    profile: PcProfile,
    action: str,
    expected: str,
) -> None:
    # Exporting the report was an «error inesperado» after the file was chosen; the package
    # asked for a folder, then said «la base de datos no tiene ningún informe»; the preview
    # said «No hay informe que imprimir» without why; printing failed after the printer.
    window = open_window(profile)
    asked = _nothing_asked(monkeypatch)
    said: list[str] = []

    def box(_parent: object, _title: str, text: str, *_args: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", box)
    monkeypatch.setattr(QMessageBox, "information", box)

    getattr(window.reports, action).trigger()

    assert asked == []
    assert said == [expected]
    assert window.reports.preview_dialog is None
