"""Moving to a newer year, or sending its bases, says which decisions of the old year wait.

A decision travels only in a programa base or observations package of its own year: rejected in
2024, then 2025 worked on and its bases sent, the unit never learnt it, and nothing said so.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.window_dialogs import switch_profile
from ism_desktop.workspace.year_programme import approve_year
from tests.change_requests import asked
from tests.gui.conftest import WindowFactory
from tests.gui.test_exported_box_words import box_words
from tests.gui.window_driver import select
from tests.gui.year_window_setup import COORDINATOR, STUDIES
from tests.next_year import NEXT_YEAR, prepare_next_year

pytestmark = pytest.mark.gui
LEFT = (
    "Decisiones de 2024 sobre solicitudes de cambio de meta que ningún paquete llevó aún: "
    "unidad 004 (1 meta). Solo las lleva un paquete de 2024: elija ese ejercicio en Archivo → "
    "Configuración de esta computadora… y use Coordinación → Enviar observaciones a una unidad…"
)


class Asked:
    """Every box shown: its text, buttons and default; answered with the one of ``press`` in it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *press: str) -> None:
        self.shown: list[tuple[str, list[str], str]] = []
        self._press = press
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _exec(self, box: QMessageBox) -> int:
        names = [b.text().replace("&", "") for b in box.buttons()]
        default = box.defaultButton()
        said = default.text().replace("&", "") if default is not None else ""
        self.shown.append((box_words(box), names, said))
        [pressed] = [b for b in box.buttons() if b.text().replace("&", "") in self._press]
        pressed.click()
        return 0


def _rejected_then_next_year(window: MainWindow) -> None:
    """Unit 004's 2024 request rejected in the window, then 2025's programme approved."""
    meta, store = select(window, STUDIES), window.session.store
    request = asked(store, UnitCode("004"), meta.stable_id)
    assert window.year_actions.decide(request, False, "Sin oficio") is None
    prepare_next_year(store)
    approve_year(store, NEXT_YEAR, "Unidad coordinadora")


def test_moving_to_the_new_year_names_the_unit_and_stays_by_default(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    _rejected_then_next_year(window)
    boxes = Asked(monkeypatch, "Seguir en 2024")

    moved = switch_profile(window, replace(COORDINATOR, year=NEXT_YEAR), "Configuración")

    [(text, buttons, default)] = boxes.shown
    assert text == f"{LEFT}\n\n¿Cambiar al ejercicio 2025 de todos modos?"
    assert sorted(buttons) == ["Cambiar a 2025", "Seguir en 2024"]
    assert default == "Seguir en 2024"  # Enter keeps the year where they are sent from
    assert not moved
    assert window.session.profile.year == 2024


def test_moved_anyway_the_new_years_bases_say_it_again_before_writing(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    _rejected_then_next_year(window)
    Asked(monkeypatch, "Cambiar a 2025")
    assert switch_profile(window, replace(COORDINATOR, year=NEXT_YEAR), "Configuración")
    assert window.session.profile.year == NEXT_YEAR
    out = tmp_path / "bases"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    boxes = Asked(monkeypatch, "Cancelar")

    window.coordination.send_bases_action.trigger()

    [(text, buttons, default)] = boxes.shown
    assert text.endswith(
        f"\n\nAviso: {LEFT[:1].lower()}{LEFT[1:]}\n\n¿Guardar los programas base de todos modos?"
    ), text
    assert (sorted(buttons), default) == (["Cancelar", "Guardar de todos modos"], "Cancelar")
    assert list(out.iterdir()) == []  # cancelled there, before anything was written


def test_with_every_decision_sent_the_move_asks_nothing(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    _rejected_then_next_year(window)
    window.session.workspace.export_observations(UnitCode("004"), tmp_path)
    boxes = Asked(monkeypatch, "Cambiar a 2025")

    assert switch_profile(window, replace(COORDINATOR, year=NEXT_YEAR), "Configuración")

    assert boxes.shown == []
    assert window.session.profile.year == NEXT_YEAR
