"""A new acción's clave («B.2») picks its vertiente, unless the person chose one already."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.action_form import ActionForm

pytestmark = pytest.mark.gui


@pytest.fixture
def form(qtbot: QtBot) -> ActionForm:
    shown = ActionForm()
    qtbot.addWidget(shown)
    shown.load(None)
    return shown


def test_typing_the_clave_of_a_new_accion_picks_its_vertiente(
    form: ActionForm, qtbot: QtBot
) -> None:
    # Left at A, «B.2» was an error to mend in two combos.
    qtbot.keyClicks(form.key, "B.2")
    assert form.vertiente.currentData() == "B"
    assert form.line.currentData() == "B-I"
    form.key.clear()
    qtbot.keyClicks(form.key, "c3")
    assert form.vertiente.currentData() == "C"


def test_a_vertiente_chosen_by_hand_stays(form: ActionForm, qtbot: QtBot) -> None:
    form.vertiente.setCurrentIndex(2)
    form.vertiente.activated.emit(2)  # as a person's choice in the list
    qtbot.keyClicks(form.key, "A.5")
    assert form.vertiente.currentData() == "C"  # the review then says the clave is of A


def test_a_free_clave_or_a_stored_accion_is_left_alone(form: ActionForm, qtbot: QtBot) -> None:
    qtbot.keyClicks(form.key, "ACC-01")
    assert form.vertiente.currentData() == "A"
    from tests.paimef_builders import action

    form.load(action("A.1", "A", "A-I", "100"))
    form.key.clear()
    qtbot.keyClicks(form.key, "B.1")
    # A stored acción keeps its vertiente: changing it is a choice, said by the review.
    assert form.vertiente.currentData() == "A"
