"""The coordinating unit's list of errors and warnings says whose each one is.

It sees every unit's findings, and the list named only the meta: «AVISO · CAMPAÑA DE FOMENTO A
LA DENUNCIA.» did not say which unit would answer it, and two units' metas may share a name.
A unit's own list names no unit: all of it is its own. Its «Justificar aviso…» names the unit
too, and does not say the justification travels in a package: the coordinator sends none.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui


def _shown(window: MainWindow, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> list[str]:
    model = window.findings.model
    return [str(model.index(i).data(role)) for i in range(model.rowCount())]


def test_the_coordinators_list_names_the_unit_of_each_finding(open_window: WindowFactory) -> None:
    window = open_window(COORDINATOR)
    heads = [text.split("\n")[0] for text in _shown(window)]

    assert (
        "AVISO · 004 · CAPTURA DE EXPEDIENTE DE ATENCIÓN A MUJERES VÍCTIMAS DE VIOLENCIA…" in heads
    )
    assert "AVISO · 005 · CAMPAÑA DE FOMENTO A LA DENUNCIA." in heads
    assert all(re.match(r"AVISO[^·]* · \d{3} · ", head) for head in heads), heads
    tips = _shown(window, Qt.ItemDataRole.ToolTipRole)
    assert any(tip.startswith("Unidad 005 · CAMPAÑA DE FOMENTO A LA DENUNCIA.\n") for tip in tips)


def test_a_units_list_names_no_unit(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    heads = [text.split("\n")[0] for text in _shown(window)]

    assert "AVISO · CAPTURA DE EXPEDIENTE DE ATENCIÓN A MUJERES VÍCTIMAS DE VIOLENCIA…" in heads
    assert not any(" · 004 · " in head for head in heads)


def _dialog_texts(window: MainWindow, monkeypatch: pytest.MonkeyPatch, unit: str) -> list[str]:
    """The labels of «Justificar aviso…» opened on a warning of ``unit``; closed unsaved."""
    model = window.findings.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).unit in ("", unit))
    window.findings.list.setCurrentIndex(window.findings.shown.mapFromSource(model.index(row)))
    seen: list[str] = []

    def look(dialog: JustifyDialog) -> int:
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(JustifyDialog, "exec", look)
    window.findings.justify_button.click()
    return seen


def test_the_coordinators_justification_is_not_said_to_travel_in_a_package(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It said «viaja con el paquete a la unidad coordinadora» in the coordinating unit itself.
    window = open_window(COORDINATOR)

    seen = _dialog_texts(window, monkeypatch, "005")

    assert not any("viaja con el paquete" in text for text in seen), seen
    assert "&Justificación (queda en esta computadora, la de la unidad coordinadora):" in seen
    assert any(text.startswith("<b>Unidad 005 · ") for text in seen), seen


def test_a_units_justification_travels_with_its_package(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))

    seen = _dialog_texts(window, monkeypatch, "004")

    assert "&Justificación (viaja con el paquete a la unidad coordinadora):" in seen
    assert not any("Unidad 004" in text for text in seen), seen
