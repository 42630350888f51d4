"""The review of a package does not call a meta changed when all it brings is a request.

A target-change request waits for the coordinating unit's decision and changes no meta, yet
its meta read «(cambia)» under «2 metas cambian».
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.exchange.intake.diff import ChangeKind, DiffLine, MetaDiff
from ism_desktop.exchange.intake.outcomes import ReceiveOutcome
from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.gui.receive_dialog import ReceiveDialog
from tests.exchange.package_builders import export_unit, seed_store

pytestmark = pytest.mark.gui
FIGURE = DiffLine(ChangeKind.FIGURE, "realizado.t1.NUM", "Realizado T1 (NUM)", "761", "770")
ASKED = DiffLine(
    ChangeKind.REQUEST, "modificado.t2.NUM", "Modificado T2 (NUM)", "800", "700", applied=False
)


def test_a_meta_with_only_a_request_reads_as_a_request(
    qtbot: QtBot, tmp_path: Path, seed_text: str
) -> None:
    with seed_store(seed_text) as unit:
        package = export_unit(unit, tmp_path)
    with seed_store(seed_text) as coordinator:
        checked = check_package(coordinator, package)
    metas = (
        MetaDiff("m1", "004", "ESTUDIOS SOCIOECONÓMICOS", (FIGURE,)),
        MetaDiff("m2", "004", "ASESORÍA LEGAL", (ASKED,)),
    )
    incoming = replace(checked, diff=replace(checked.diff, metas=metas))
    dialog = ReceiveDialog([ReceiveOutcome(package, incoming, applied=False)])
    qtbot.addWidget(dialog)
    item = dialog.tree.topLevelItem(0)
    assert item is not None

    texts = [child.text(0) for child in (item.child(n) for n in range(item.childCount())) if child]
    assert "004 · ESTUDIOS SOCIOECONÓMICOS (cambia)" in texts
    assert "004 · ASESORÍA LEGAL (solicitud por decidir)" in texts
    assert "1 meta cambia; solicitud de cambio de meta modificada en 1 meta" in item.text(0)
