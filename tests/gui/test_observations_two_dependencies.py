"""Coordinación → Enviar observaciones a una unidad, on a report of dependencies 51 and 84.

By the code alone the list offered one «003» (the first dependency's), counted both 003s'
observations beside it, and left out dependency 84's 002 as if it were the coordinator's own.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from ism_desktop.gui import coordination_actions
from tests.gui.conftest import WindowFactory
from tests.gui.test_report_written_box import Boxes
from tests.gui.two_dependencies_window import SECOND
from tests.gui.two_dependencies_window import db_path as db_path  # the fixture
from tests.two_dependencies import AWAITED, SHARED

pytestmark = pytest.mark.gui


def test_each_dependency_s_unit_is_offered_and_sent_its_own(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(SECOND)
    meta = next(
        m for m in window.session.metas() if (m.key.entity, m.key.unit) == (AWAITED, SHARED)
    )
    window.session.workspace.observe(meta.stable_id, "Revise la cifra de T2.")
    offered: list[str] = []

    def choose_84s_003(dialog: QInputDialog) -> int:
        offered.extend(dialog.comboBoxItems())
        dialog.setTextValue(next(i for i in offered if i.startswith("003 ") and "84)" in i))
        return int(QInputDialog.DialogCode.Accepted)

    boxes = Boxes(monkeypatch, "Cerrar")
    monkeypatch.setattr(QInputDialog, "exec", choose_84s_003)
    monkeypatch.setattr(coordination_actions, "choose_folder", lambda *_a: str(tmp_path))
    window.coordination.choose_observations_unit()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=30_000)

    shared = [item for item in offered if item.startswith("003 ")]
    assert len(shared) == 2
    assert shared[0].endswith("(dependencia 51) — sin observaciones")
    assert shared[1].endswith("(dependencia 84) — 1 observación sin enviar")
    assert any(item.startswith("002 ") and "(dependencia 84)" in item for item in offered)
    assert not any(item.startswith("002 ") and "(dependencia 51)" in item for item in offered)
    assert "para la unidad 003 de la dependencia 84 con 1 observación" in boxes.shown[0][1]
    (package,) = tmp_path.glob("*_observaciones_dependencia_84_unidad_003.ismpaq")
    with zipfile.ZipFile(package) as opened:
        data = json.loads(opened.read("datos.json"))
    assert data["entidad"]["clave"] == AWAITED
    assert [item["texto"] for item in data["observaciones"]] == ["Revise la cifra de T2."]
