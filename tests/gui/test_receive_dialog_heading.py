"""The review's heading says what its buttons can do: nothing to receive is said, not hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.outcomes import ReceiveOutcome
from ism_desktop.gui.receive_dialog import ReceiveDialog
from tests.exchange.package_builders import export_unit, seed_store
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def _cancel_text(dialog: ReceiveDialog) -> str:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    (button,) = [b for b in box.buttons() if b is not dialog.receive_button]
    return button.text().replace("&", "")  # whichever letter Alt reaches it by


def test_with_nothing_to_receive_the_review_says_so_and_closes(qtbot: QtBot) -> None:
    refused = [
        ReceiveOutcome(
            Path("/paquetes/unidad_004.ismpaq"),
            error="«unidad_004.ismpaq»: el envío número 1 no es posterior al último recibido (1)",
        )
    ]

    dialog = ReceiveDialog(refused)
    qtbot.addWidget(dialog)

    # It asked to «elija «Recibir»» beside a disabled button of another name.
    text = dialog.summary.text()
    assert not dialog.receive_button.isEnabled()
    assert text.startswith(
        "0 paquetes válidos, 1 rechazado. Ningún paquete se puede recibir; vea los motivos "
        "abajo. Nada se guardó."
    )
    assert "todavía" not in text
    assert "elija" not in text
    assert _cancel_text(dialog) == "Cerrar"


def test_with_a_valid_package_the_heading_names_the_button(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    with seed_store(seed_text) as store:
        package = export_unit(store, tmp_path)
    window = open_window(COORDINATOR)
    shown: list[ReceiveDialog] = []

    def exec_dialog(dialog: ReceiveDialog) -> int:
        shown.append(dialog)
        return int(ReceiveDialog.DialogCode.Rejected)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReceiveDialog, "exec", exec_dialog)
        for name in ("information", "warning", "critical"):
            patch.setattr(QMessageBox, name, lambda *_a: QMessageBox.StandardButton.Ok)
        window.coordination.receive([package])
        qtbot.waitUntil(lambda: bool(shown), timeout=30000)

    (dialog,) = shown
    assert dialog.receive_button.isEnabled()
    label = dialog.receive_button.text().replace("&", "")
    assert label == "Recibir los paquetes válidos"
    assert (
        f"1 paquete válido, 0 rechazados. Nada se ha guardado todavía: revise los cambios y "
        f"elija «{label}»."
    ) in dialog.summary.text()
    assert _cancel_text(dialog) == "Cancelar"
