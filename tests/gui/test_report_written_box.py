"""The report's PDF and Excel, once written, end in a box that opens either file or their folder.

They were said only in the status bar: the person looked for the files in the file manager, as
the package's box (which opens them) already spared them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_exported_box_words import box_words, path_line

pytestmark = pytest.mark.gui

BUTTONS = ["Abrir &Excel", "Abrir &PDF", "Abrir &carpeta", "Ce&rrar"]  # sorted


class Boxes:
    """Each box shown (title, text, buttons), answered by clicking the button named ``press``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, press: str) -> None:
        self.shown: list[tuple[str, str, list[str]]] = []
        self.folder_lines: list[int] = []  # on how many lines each box showed its folder
        self.opened: list[str] = []
        self._press = press
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))
        monkeypatch.setattr(QDesktopServices, "openUrl", self._open)

    def _exec(self, box: QMessageBox) -> int:
        names = sorted(button.text() for button in box.buttons())
        box.show()  # laid out as on screen
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        self.shown.append((box.windowTitle(), box_words(box), names))
        self.folder_lines.append(path_line(label, "/")[1])
        [pressed] = [b for b in box.buttons() if b.text().replace("&", "") == self._press]
        pressed.click()
        return 0

    def _open(self, url: QUrl) -> bool:
        self.opened.append(url.toLocalFile())
        return True


@pytest.mark.parametrize(
    ("press", "opened"),
    [
        ("Abrir PDF", "informe.pdf"),
        ("Abrir Excel", "informe.xlsx"),
        ("Abrir carpeta", ""),  # the folder itself
        ("Cerrar", None),
    ],
)
def test_the_unit_report_ends_in_a_box_that_opens_what_was_written(
    open_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    press: str,
    opened: str | None,
) -> None:
    window = open_window(unit_profile("009"))
    boxes = Boxes(monkeypatch, press)
    out = tmp_path / "informes-del-primer-trimestre-2024-para-la-direccion-general"
    out.mkdir()

    window.reports.export_report(out / "informe.pdf")

    assert boxes.shown == [
        (
            "Informe exportado",
            "Se guardó el informe ETCA-III-04 2024 T1 — unidad 009 en PDF y en Excel, en la "
            f"carpeta:\n{out}\n\n• PDF: informe.pdf\n• Excel: informe.xlsx",
            BUTTONS,
        )
    ]
    assert boxes.opened == ([] if opened is None else [str(out / opened)])
    assert boxes.folder_lines == [1]  # not broken at a hyphen of «informes-del-…»


def test_the_institution_report_ends_in_the_same_box_with_its_warning(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The coordinating unit exports the consolidated report; the second quarter is unreported.
    window = open_window(PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.SECOND))
    boxes = Boxes(monkeypatch, "Abrir PDF")
    name = "ETCA-III-04_2024_T2_instituto"

    window.reports.export_report(tmp_path / f"{name}.pdf")

    [(title, text, buttons)] = boxes.shown
    assert title == "Informe exportado"
    assert text.startswith(
        "Se guardó el informe ETCA-III-04 2024 T2 — Instituto (consolidado) en PDF y en Excel, "
        f"en la carpeta:\n{tmp_path}\n\n• PDF: {name}.pdf\n• Excel: {name}.xlsx\n\n"
        "Aviso: informe incompleto: "
    )
    assert text.endswith("el formato oficial las imprime en 0.")
    assert buttons == BUTTONS
    assert boxes.opened == [str(tmp_path / f"{name}.pdf")]
    assert (tmp_path / f"{name}.xlsx").exists()


def test_a_report_not_written_shows_no_box(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Refused (a database picked by mistake): the warning alone, nothing to open.
    window = open_window(unit_profile("009"))
    boxes = Boxes(monkeypatch, "Cerrar")
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: QMessageBox.StandardButton.Ok)
    disguised = tmp_path / "respaldo.pdf"
    disguised.write_bytes(db_path.read_bytes())

    window.reports.export_report(disguised)

    assert boxes.shown == []


def test_the_package_box_still_opens_its_folder(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The package's box shares its buttons with the report's: it opens what it did before.
    window = open_window(unit_profile("004"))
    boxes = Boxes(monkeypatch, "Abrir Excel")

    with qtbot.waitSignal(window.reports.package_exported, timeout=30000):
        window.reports.export_package(tmp_path)

    [(title, text, buttons)] = boxes.shown
    assert title == "Paquete exportado"
    # The coordinating unit by its name everywhere: «la coordinadora» here alone.
    assert "la unidad coordinadora rechaza uno más viejo" in text
    assert buttons == BUTTONS
    assert boxes.opened == [str(tmp_path / "ETCA-III-04_2024_T1_unidad_004.xlsx")]
