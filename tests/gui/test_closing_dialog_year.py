"""The dialog that closes or reopens a quarter says the year whose quarter it is.

It named the unit and the quarter only: a unit at 2025's first quarter, there to close 2024's
fourth, could not tell from it which year «Trimestre: 4» was.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel

from ism_desktop.gui.closing_dialog import ClosingDialog
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def _rows(dialog: QDialog) -> dict[str, str]:
    """The form's rows that show a text, by their label («Ejercicio:»: «2024»)."""
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    rows = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        name, shown = label.widget(), field.widget()
        if isinstance(name, QLabel) and isinstance(shown, QLabel):
            rows[name.text()] = shown.text()
    return rows


def test_the_closing_dialog_names_the_year(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))  # 2024, first quarter
    seen: list[dict[str, str]] = []

    def look(dialog: ClosingDialog) -> int:
        seen.append(_rows(dialog))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ClosingDialog, "exec", look)

    window.year_actions.closing()

    [rows] = seen
    assert rows["Ejercicio:"] == "2024"
