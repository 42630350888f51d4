"""A new modified target that is not a number: the dialog says which box, and goes to it.

With a percentage meta's two boxes (NUM and DEN), «Solicitar cambio de meta modificada…»
said only «"abc" no es un número.», without saying which of the two it was.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_target_figures_refused import _type_and_accept
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

SERVICES = "SERVICIOS OTORGADOS EN LA ATENCIÓN DE LA VIOLENCIA DE GÉNERO CONTRA LAS MUJERES."
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004, tipo A: one box, «Nueva meta»


@pytest.fixture
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The message boxes shown: none is expected, the dialog says it itself."""
    boxes: list[object] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **_kw: boxes.append(args))
    return boxes


@pytest.mark.parametrize(
    ("num", "den", "said", "on_den"),
    [
        ("abc", "90", "El modificado T2 (NUM): «abc» no es un número.", False),
        ("45", "xyz", "El modificado T2 (DEN): «xyz» no es un número.", True),
    ],
    ids=["NUM", "DEN"],
)
def test_the_percent_box_that_is_not_a_number_is_named_and_focused(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    no_boxes: list[object],
    num: str,
    den: str,
    said: str,
    on_den: bool,
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, SERVICES)

    result, message, kept_num, kept_den, num_focused, den_focused = _type_and_accept(
        window, qtbot, monkeypatch, num, den
    )

    assert result != int(ModifiedTargetDialog.DialogCode.Accepted)
    assert message == said
    assert (kept_num, kept_den) == (num, den)
    assert (num_focused, den_focused) == (not on_den, on_den)
    assert no_boxes == []
    assert window.session.store.edits.target_changes(2024, meta.stable_id) == []


def test_a_single_box_that_is_not_a_number_is_named_too(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    no_boxes: list[object],
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)

    result, message, _, _, num_focused, _ = _type_and_accept(window, qtbot, monkeypatch, "mil", "")

    assert result != int(ModifiedTargetDialog.DialogCode.Accepted)
    assert message == "El modificado T2 (NUM): «mil» no es un número."
    assert num_focused
