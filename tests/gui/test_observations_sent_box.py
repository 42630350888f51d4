"""Coordinación → Enviar observaciones a una unidad: the box says for whom and how many went.

Seen at 1366×768: a unit with no observation got «Se guardó el paquete: …» as one with
observations did, and the coordinator could not tell that nothing went to it. The path was
wrapped at its hyphens in a plain box, with no way to open its folder as the other exports have.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import coordination_actions, observation_dialog
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.test_report_written_box import Boxes
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # a meta of unit 004

# Sends to a unit: the units the list offered, and what the box then said.
Send = Callable[[MainWindow, str], tuple[list[str], str]]
FOLDER = "observaciones-del-primer-trimestre-2024-para-las-unidades-administrativas"


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """The boxes shown, each closed with «Cerrar»."""
    return Boxes(monkeypatch, "Cerrar")


@pytest.fixture
def send(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes) -> Send:
    def to(window: MainWindow, unit: str) -> tuple[list[str], str]:
        offered: list[str] = []

        def choose_unit(dialog: QInputDialog) -> int:
            offered.extend(dialog.comboBoxItems())
            (label,) = [item for item in offered if item.startswith(f"{unit} ")]
            dialog.setTextValue(label)
            return int(QInputDialog.DialogCode.Accepted)

        monkeypatch.setattr(QInputDialog, "exec", choose_unit)
        monkeypatch.setattr(coordination_actions, "choose_folder", lambda *_a: str(tmp_path))
        window.coordination.choose_observations_unit()
        qtbot.waitUntil(lambda: bool(boxes.shown), timeout=30_000)
        ((_title, said, _buttons),) = boxes.shown
        return offered, said

    return to


def test_a_unit_without_observations_is_told_apart(
    open_window: WindowFactory, send: Send, tmp_path: Path
) -> None:
    _offered, said = send(open_window(COORDINATOR), "009")

    assert said.startswith(
        "Se guardó el paquete de observaciones del primer trimestre para la unidad 009 sin "
        "ninguna observación: la unidad 009 no tiene observaciones en este trimestre; al "
        "recibirlo sabrá que no tiene nada pendiente."
    )
    assert str(tmp_path / "ETCA-III-04_2024_T1_observaciones_unidad_009.ismpaq") in said


def test_the_box_counts_the_observations_sent(
    open_window: WindowFactory, send: Send, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    select(window, STUDIES)
    text = "Falta la evidencia de marzo."
    monkeypatch.setattr(
        observation_dialog,
        "ask_observation",
        lambda _parent, _heading, save: (text, save(text) is None),
    )
    window.coordination.add_observation()

    _offered, said = send(window, "004")

    assert said.startswith(
        "Se guardó el paquete de observaciones del primer trimestre para la unidad 004 con "
        "1 observación:"
    )


def test_the_coordinating_unit_is_not_offered_its_own_package(
    open_window: WindowFactory, send: Send
) -> None:
    # Its observations are in its own database already; a package for it had no reader.
    offered, _said = send(open_window(COORDINATOR), "004")

    assert [label[:3] for label in offered] == ["001", "003", "004", "005", "006", "008", "009"]


def test_the_path_is_on_one_line_and_its_folder_opens(
    open_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / FOLDER
    folder.mkdir()
    boxes = Boxes(monkeypatch, "Abrir carpeta")
    monkeypatch.setattr(QInputDialog, "exec", lambda _d: int(QInputDialog.DialogCode.Accepted))
    monkeypatch.setattr(coordination_actions, "choose_folder", lambda *_a: str(folder))

    open_window(COORDINATOR).coordination.choose_observations_unit()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=30_000)

    ((title, said, buttons),) = boxes.shown
    assert (title, buttons) == ("Observaciones", ["Abrir &carpeta", "C&errar"])
    assert boxes.folder_lines == [1]
    assert "_observaciones_unidad_001.ismpaq" in said
    assert boxes.opened == [str(folder)]


def test_the_observation_box_names_the_quarter_it_is_for(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It travels in that quarter's package only: the box named the unit and the meta alone.
    window = open_window(replace(COORDINATOR, quarter=Quarter.SECOND))
    select(window, STUDIES)
    headings: list[str] = []

    def ask(_parent: object, heading: str, _save: object) -> tuple[str, bool]:
        headings.append(heading)
        return "", False  # «Cancelar»

    monkeypatch.setattr(observation_dialog, "ask_observation", ask)

    window.coordination.add_observation()

    assert headings == [f"Observación del segundo trimestre para la unidad 004 sobre «{STUDIES}»:"]


def test_the_list_of_units_says_how_many_observations_each_has(
    open_window: WindowFactory, send: Send, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Seen at 1366×768: the list named the units alone, and the coordinator could not tell
    # whom the observations written this quarter were waiting for.
    window = open_window(COORDINATOR)
    select(window, STUDIES)
    texts = iter(["Falta la evidencia de marzo.", "Revise la cifra del trimestre."])

    def ask(_parent: object, _heading: str, save: Callable[[str], str | None]) -> tuple[str, bool]:
        text = next(texts)
        return text, save(text) is None

    monkeypatch.setattr(observation_dialog, "ask_observation", ask)
    window.coordination.add_observation()
    window.coordination.add_observation()

    offered, _said = send(window, "004")

    assert "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA — 2 observaciones sin enviar" in offered
    assert "005 ISM DIRECCIÓN DE COMUNICACIÓN E IMAGEN — sin observaciones" in offered
    # Sent, they are said to be: the list tells whom the coordinator still has to send to.
    assert "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA — 2 observaciones, ya enviadas" in _listed(
        window, monkeypatch
    )
    texts = iter(["Anexe también la lista de asistencia."])
    monkeypatch.setattr(observation_dialog, "ask_observation", ask)
    window.coordination.add_observation()
    assert "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA — 3 observaciones (1 sin enviar)" in _listed(
        window, monkeypatch
    )


def _listed(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The units «Enviar observaciones» offers now (closed without sending)."""
    seen: list[QInputDialog] = []

    def keep(dialog: QInputDialog) -> int:
        seen.append(dialog)
        return int(QInputDialog.DialogCode.Rejected)

    monkeypatch.setattr(QInputDialog, "exec", keep)
    window.coordination.choose_observations_unit()
    (dialog,) = seen
    return dialog.comboBoxItems()
