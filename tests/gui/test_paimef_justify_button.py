"""«Justificar aviso…» in the PAIMEF window is offered for a warning, never for an error."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 001", "ana")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[PaimefWindow]:
    # B.1 exercised more than programmed: an error (4.2.1.3); the indicators missing: warnings.
    value = programme()
    over = replace(value.actions[2], exercised=Decimal("30000.00"))
    overspent = replace(value, actions=(*value.actions[:2], over, value.actions[3]))
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(overspent, AUTHOR, "prueba", [])
        shown = PaimefWindow(store, AUTHOR, date(2026, 7, 15))
        qtbot.addWidget(shown)
        yield shown


def _row(window: PaimefWindow, start: str) -> int:
    texts = [window.findings.item(i).text() for i in range(window.findings.count())]
    return next(i for i, text in enumerate(texts) if text.startswith(start))


def test_an_error_chosen_cannot_be_justified(window: PaimefWindow) -> None:
    # The dialog opened, the reason was typed, and only then: «es un error: no se justifica».
    window.findings.setCurrentRow(_row(window, "ERROR: "))

    assert not window._tab.justify_button.isEnabled()
    assert "errores no se justifican" in window._tab.justify_button.toolTip()


def test_a_warning_chosen_can_be_justified(window: PaimefWindow) -> None:
    assert not window._tab.justify_button.isEnabled()  # nothing chosen yet

    window.findings.setCurrentRow(_row(window, "AVISO: "))

    assert window._tab.justify_button.isEnabled()


def test_the_button_follows_the_list_when_it_is_refreshed(window: PaimefWindow) -> None:
    row = _row(window, "AVISO: ")
    window.findings.setCurrentRow(row)
    window.justify_selected("Se captura con el informe parcial.")

    # The list is rebuilt after saving: the warning justified stays chosen, and the button
    # still answers for it (its reason can be written again).
    assert window.findings.currentRow() == row
    assert window._tab.justify_button.isEnabled()
    window.findings.setCurrentRow(-1)
    assert not window._tab.justify_button.isEnabled()


def test_justifying_again_offers_the_stored_reason(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dialog opened empty for a warning already justified: the reason had to be typed again
    # to correct one word of it (the ETCA side offers the stored one back).
    window.findings.setCurrentRow(_row(window, "AVISO: "))
    window.justify_selected("Se captura con el informe parcial.")
    offered: list[str] = []

    def read_and_cancel(dialog: JustifyDialog) -> int:
        offered.append(dialog.text.toPlainText())
        return JustifyDialog.DialogCode.Rejected.value

    monkeypatch.setattr(JustifyDialog, "exec", read_and_cancel)

    window._tab.justify_button.click()

    assert offered == ["Se captura con el informe parcial."]
