"""«Paquetes recibidos» gives whole, under the pointer, each line it had to cut.

Seen at 1366×768 (stop 60): a package renamed by hand before it was mailed
(«ETCA-III-04_2024_T1_unidad_004 (copia de …)…ismpaq») was listed cut in the middle, «…», and
nothing showed the whole name: the pointer over it said nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.receive_dialog import ReceiveDialog
from tests.exchange.package_builders import export_unit, seed_store
from tests.gui.box_on_screen import read_box_on_screen
from tests.gui.conftest import WindowFactory
from tests.gui.test_exported_box_words import label_document

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def _renamed_package(seed_text: str, folder: Path, words: int) -> Path:
    """Unit 004's package, renamed as a person might before sending it (``words`` long)."""
    with seed_store(seed_text) as store:
        exported = export_unit(store, folder / "exportado")
    added = " ".join(f"copia{n} de María Fernanda" for n in range(words))
    renamed = folder / f"{exported.stem} ({added}){exported.suffix}"
    shutil.copyfile(exported, renamed)
    return renamed


def _box_said(window_factory: WindowFactory, qtbot: QtBot, package: Path) -> tuple[str, str]:
    """What the box after receiving says, as laid out, and what its pointer shows."""
    window = window_factory(COORDINATOR)

    def read(box: QMessageBox) -> tuple[str, str]:
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        return label_document(label).toPlainText(), label.toolTip()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReceiveDialog, "exec", lambda _d: int(ReceiveDialog.DialogCode.Accepted))
        return read_box_on_screen(qtbot, lambda: window.coordination.receive([package]), read)


def test_a_name_cut_in_the_list_is_whole_under_the_pointer(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    package = _renamed_package(seed_text, tmp_path, words=6)

    said, tip = _box_said(open_window, qtbot, package)

    assert package.name not in said  # too long for the box: cut in the middle
    assert "…" in said
    assert f"«{package.name}»" in tip
    assert tip.startswith("Recibido «")  # the line whole, as the list would say it


def test_a_name_that_fits_needs_no_tip(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    package = _renamed_package(seed_text, tmp_path, words=1)

    said, tip = _box_said(open_window, qtbot, package)

    assert f"«{package.name}»" in said
    assert tip == ""
