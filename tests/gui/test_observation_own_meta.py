"""An observation on the coordinating unit's own meta is refused, saying what they are for.

Seen at 1366×768: one written on a meta of unit 002 was kept, and no package could take it
(«Enviar observaciones» does not offer 002: nobody would receive it).
"""

from __future__ import annotations

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import observation_dialog
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
OWN = "PORCENTAJE DE SATISFACCIÓN DE LAS USUARIAS"  # a meta of unit 002


def test_the_coordinators_own_meta_takes_no_observation(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, information_boxes: list[str]
) -> None:
    window = open_window(COORDINATOR)
    meta = select(window, OWN)
    asked: list[str] = []

    def ask(_parent: object, heading: str, _save: object) -> tuple[str, bool]:
        asked.append(heading)
        return "", False

    monkeypatch.setattr(observation_dialog, "ask_observation", ask)

    window.coordination.add_observation()

    assert asked == []
    assert information_boxes == [
        "Las observaciones son para las otras unidades: viajan a cada una en su paquete de "
        f"observaciones. «{meta.description}» es una meta de la unidad 002, esta unidad "
        "coordinadora: corríjala aquí mismo."
    ]
    assert window.session.workspace.store.observations.for_meta(2024, meta.stable_id) == []
