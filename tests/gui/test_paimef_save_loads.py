"""Saving an acción in the PAIMEF window reads the stored programme once, not once per step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import shown_paimef
from tests.gui.paimef_stores import TODAY, UNIT_001, stored_programme
from tests.gui.paimef_window_driver import _discard_when_asked

pytestmark = pytest.mark.gui
AUTHOR = UNIT_001


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with stored_programme(tmp_path, AUTHOR) as opened:
        yield opened


def _count_loads(monkeypatch: pytest.MonkeyPatch, store: Store) -> list[int]:
    """Every year the repository reads from now on, in order."""
    read: list[int] = []
    load = store.paimef.load

    def counted(year: int) -> AnnualProgramme | None:
        read.append(year)
        return load(year)

    monkeypatch.setattr(store.paimef, "load", counted)
    return read


def _type_new_action(window: PaimefWindow, key: str) -> None:
    window.new_action()
    window.form.key.setText(key)
    window.form.vertiente.setCurrentIndex(2)
    window.form.name.setText("Refugio")
    window.form.justification.setPlainText("Alojamiento")
    window.form.programmed.setText("1,000.00")


def test_an_edited_action_is_saved_with_one_read(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Read for the clave check, for the edit, for «nothing changed?» and for the history.
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    window.table.selectRow(0)
    window.form.exercised.setText("1000.00")
    read = _count_loads(monkeypatch, store)

    window.form.save_button.click()

    assert read == [2026]
    # Not «Guardado: acción A.1 guardada.», which said it twice.
    assert window.message.text() == "Acción A.1 guardada."
    assert store.paimef.history(2026)[-1].detail == (
        "Acción A.1, monto ejercido: «$0.00» → «$1,000.00»."
    )


def test_a_new_action_is_saved_with_one_read(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    _type_new_action(window, "C.2")
    read = _count_loads(monkeypatch, store)

    window.form.save_button.click()

    assert read == [2026]
    stored = store.paimef.load(2026)
    assert stored is not None
    assert [a.key for a in stored.actions][-1] == "C.2"


def test_a_clave_taken_is_refused_with_one_read_and_nothing_written(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    _type_new_action(window, "A.2")
    history = store.paimef.history(2026)
    read = _count_loads(monkeypatch, store)

    window.form.save_button.click()

    assert read == [2026]
    assert window.message.text() == "No se guardó: ya hay una acción con la clave A.2."
    assert store.paimef.history(2026) == history
    _discard_when_asked(monkeypatch)  # the refused acción is still typed when the window closes


def test_a_new_action_is_named_alike_in_the_history_the_message_and_the_undo(
    qtbot: QtBot, store: Store
) -> None:
    # The history said «acción C.2 guardada», Deshacer «acción C.2 agregada»: one act, two words.
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    _type_new_action(window, "C.2")

    window.form.save_button.click()

    assert store.paimef.history(2026)[-1].what == "acción C.2 agregada"
    assert window.message.text() == "Acción C.2 agregada."
    assert window.undo_menu.undo_action.text() == "&Deshacer acción C.2 agregada"
    window.undo_menu.undo_action.trigger()
    assert store.paimef.history(2026)[-1].what == "deshacer: acción C.2 agregada"
