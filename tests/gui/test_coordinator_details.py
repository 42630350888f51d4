"""The coordinator's small things: the observations dialog, the tree's marks, the board chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.traffic_light import TrafficLight
from ism_desktop.exchange.status_board import status_board
from ism_desktop.gui import observation_dialog
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import open_board, select

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004


def test_send_observations_offers_named_units_starting_with_the_selected_metas(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    select(window, STUDIES)
    offered: list[tuple[str, str, list[str], str]] = []

    def look(dialog: QInputDialog) -> int:
        offered.append(
            (dialog.windowTitle(), dialog.labelText(), dialog.comboBoxItems(), dialog.textValue())
        )
        assert dialog.width() >= 480
        return int(QInputDialog.DialogCode.Rejected)

    monkeypatch.setattr(QInputDialog, "exec", look)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: "")
    window.coordination.send_observations_action.trigger()

    ((title, label, items, chosen),) = offered
    assert title == "Enviar observaciones"
    assert "unidad" in label.lower()
    # None has observations: the selected meta's unit, each name with how many it has.
    assert chosen == "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA — sin observaciones"
    assert "001 ISM COORDINACIÓN EJECUTIVA — sin observaciones" in items


def test_metas_with_observations_carry_a_mark_in_the_tree(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    meta = select(window, STUDIES)
    index = window.model.index_of(meta.stable_id)
    assert "✉" not in index.data()
    # «Aceptar» on nothing typed is said, not passed over in silence.
    monkeypatch.setattr(
        observation_dialog,
        "ask_observation",
        lambda _parent, _heading, save: ("  \n", save("  \n") is None),
    )
    window.coordination.add_observation()
    assert window.statusBar().currentMessage() == ("No se guardó la observación: no tenía texto.")
    assert "✉" not in window.model.index_of(meta.stable_id).data()
    monkeypatch.setattr(
        observation_dialog,
        "ask_observation",
        lambda _parent, _heading, save: (
            "Revisar la evidencia.",
            save("Revisar la evidencia.") is None,
        ),
    )

    window.coordination.add_observation()

    index = window.model.index_of(meta.stable_id)
    assert index.data().startswith("✉ ")
    assert "observaciones" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_board_chart_counts_metas_by_colour(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(COORDINATOR)
    dialog = open_board(window, qtbot)
    board = status_board(window.session.store, Quarter.FIRST, 2024)
    assert board is not None

    image = dialog.chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in (12, 36)}
    index, row_004 = next((i, r) for i, r in enumerate(board.rows) if r.unit == UnitCode("004"))
    assert row_004.summary.count(TrafficLight.RED) > 0
    tip = dialog.chart.row_tip(dialog.chart.row_top(index) + 1)  # the tip of the bar pointed at
    assert f"{row_004.unit} {row_004.unit_name}: " in tip
    assert f"{row_004.summary.count(TrafficLight.RED)} rojo" in tip
    assert "#7b1fa2" not in colours  # no longer one purple bar per unit


def test_the_observation_box_fits_the_screen_for_a_long_meta_name(qtbot: QtBot) -> None:
    # Qt's own input box took its label's width: 1554 pixels, «Aceptar» off a 1366 screen,
    # and Tab typed a tab into the text instead of reaching the buttons.
    long_name = "PORCENTAJE DE CASOS DE HOSTIGAMIENTO Y ACOSO SEXUAL ATENDIDOS " * 3
    dialog = observation_dialog.ObservationDialog(
        f"Observación para la unidad 004 sobre «{long_name}»:"
    )
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()

    assert dialog.frameGeometry().width() <= 1024
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Revisar\tla evidencia")
    assert "\t" not in dialog.text.toPlainText()
    dialog.text.setPlainText("Primera línea\x0bsegunda\x07")
    assert dialog.typed() == "Primera línea\nsegunda"


def test_an_observation_too_long_keeps_its_dialog_open_with_the_text(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Refused after the dialog closed: a box, and the text written was gone.
    from PySide6.QtWidgets import QLabel, QMessageBox

    from ism_desktop.domain.limits import MAX_NARRATIVE_CHARS

    window = open_window(COORDINATOR)
    meta = select(window, STUDIES)
    boxes: list[object] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: boxes.append(args))
    text = "REVISAR LA EVIDENCIA. " * (MAX_NARRATIVE_CHARS // 20)
    seen: list[tuple[int, str, str]] = []

    def fill(dialog: observation_dialog.ObservationDialog) -> int:
        dialog.text.setPlainText(text)
        dialog.accept()
        said = " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen.append((dialog.result(), said, dialog.text.toPlainText()))
        return int(dialog.result())  # still open: the person may shorten it, or cancel

    monkeypatch.setattr(observation_dialog.ObservationDialog, "exec", fill)
    window.coordination.add_observation()

    ((result, said, kept),) = seen
    assert result != int(observation_dialog.ObservationDialog.DialogCode.Accepted)
    assert "20\u00a0000" in said
    assert kept == text
    assert boxes == []
    assert window.session.store.observations.for_meta(2024, meta.stable_id) == []
