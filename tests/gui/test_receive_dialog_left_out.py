"""A file left out of a batch is counted for what it is: a repeated copy, or an older one."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.gui.receive_dialog import ReceiveDialog
from ism_desktop.store.store import Store
from tests.exchange.package_builders import coordinator_file, export_unit, seed_store

pytestmark = pytest.mark.gui


def test_a_repeated_copy_is_not_said_to_be_replaced_by_a_newer_one(
    qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    with seed_store(seed_text) as unit_pc:
        sent = export_unit(unit_pc, tmp_path / "p")
    copy = tmp_path / "descargas" / f"{sent.stem} (1).ismpaq"
    copy.parent.mkdir()
    copy.write_bytes(sent.read_bytes())
    with Store.open(coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")) as store:
        checked = receive_packages(store, [sent, copy], dry_run=True)

    dialog = ReceiveDialog(checked)
    qtbot.addWidget(dialog)

    # «1 omitido (otro más reciente del lote lo reemplaza)»: it is the same package, not older.
    assert dialog.summary.text().startswith(
        "1 paquete válido, 0 rechazados, 1 omitido (repetido en el lote; se recibe una sola vez). "
    )
