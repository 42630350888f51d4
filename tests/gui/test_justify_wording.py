"""«Justificar aviso» says what its own field and buttons say, with and without «Solo enterado».

The PAIMEF dialog has no «Solo enterado» and its field is «Motivo:», yet «Guardar
justificación» with nothing written said «Escriba la justificación, o elija «Solo enterado».»,
and a text that could not be stored «No se guardó: …; no se guardó.».
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.limits import MAX_NARRATIVE_CHARS
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 001", "ana")
# Over the limit: «20 001» with a no-break space, never broken across lines as «20» / «001».
TOO_LONG = "A" * (MAX_NARRATIVE_CHARS + 1)
# (typed, said): nothing written and what a save refuses, in the PAIMEF dialog.
PAIMEF_SAID = [
    ("", "Escriba el motivo."),
    ("   \n ", "Escriba el motivo."),
    (
        "SE CAPTURA\x0bCON EL INFORME",
        "No se guardó: la justificación tiene un carácter que no es texto (U+000B, posición 11).",
    ),
    (
        TOO_LONG,
        "No se guardó: la justificación es demasiado larga: máx. 20\u00a0000 caracteres (tiene "
        "20\u00a0001).",
    ),
]
REPORT_SAID = [
    ("", "Escriba la justificación, o elija «Solo enterado»."),
    ("   \n ", "Escriba la justificación, o elija «Solo enterado»."),
    (
        "SE REPROGRAMÓ\x0bPOR OFICIO",
        "No se guardó: la justificación tiene un carácter que no es texto (U+000B, posición 14).",
    ),
    (
        TOO_LONG,
        "No se guardó: la justificación es demasiado larga: máx. 20\u00a0000 caracteres (tiene "
        "20\u00a0001).",
    ),
]


def pressed(typed: str) -> tuple[list[tuple[str, str, bool, int]], Callable[..., int]]:
    """What the dialog said after «Guardar justificación» with ``typed`` in its field."""
    seen: list[tuple[str, str, bool, int]] = []

    def press(dialog: JustifyDialog) -> int:
        dialog.text.setPlainText(typed)
        dialog.save_button.click()
        offered = not dialog.acknowledge_button.isHidden()
        seen.append(
            (dialog.error_label.text(), dialog.text.accessibleName(), offered, dialog.result())
        )
        return int(dialog.result())

    return seen, press


@pytest.mark.parametrize(
    ("typed", "said"), PAIMEF_SAID, ids=["vacio", "espacios", "no-texto", "largo"]
)
def test_the_paimef_dialog_speaks_of_its_motivo(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, said: str
) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        window = PaimefWindow(store, AUTHOR, date(2026, 7, 15))
        qtbot.addWidget(window)
        window.findings.setCurrentRow(0)
        seen, press = pressed(typed)
        monkeypatch.setattr(JustifyDialog, "exec", press)

        window.justify_selected()

        assert seen == [(said, "Motivo", False, int(JustifyDialog.DialogCode.Rejected))]
        assert store.paimef.justifications(2026) == {}


@pytest.mark.parametrize(
    ("typed", "said"), REPORT_SAID, ids=["vacio", "espacios", "no-texto", "largo"]
)
def test_the_report_dialog_offers_solo_enterado(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, typed: str, said: str
) -> None:
    window = open_window(unit_profile("004"))
    row = next(r for r in _rows(window) if not r.finding.is_error)
    seen, press = pressed(typed)
    monkeypatch.setattr(JustifyDialog, "exec", press)

    window._justify(row)

    assert seen == [(said, "Justificación", True, int(JustifyDialog.DialogCode.Rejected))]
    assert window.session.store.justifications.for_year(2024) == []


def _rows(window: MainWindow) -> list[FindingRow]:
    model = window.findings.model
    return [model.row_at(index) for index in range(model.rowCount())]


def test_a_percentage_in_the_warning_never_leaves_its_sign_alone_on_a_line(qtbot: QtBot) -> None:
    # «… es 95.00» / «%» on the next line, at the dialog's width.
    from PySide6.QtWidgets import QLabel

    dialog = JustifyDialog("El avance oficial de T1 es 95.00 % y el modificado 100 %.", "")
    qtbot.addWidget(dialog)

    (heading,) = [w for w in dialog.findChildren(QLabel) if "avance" in w.text()]
    assert "95.00\u00a0%" in heading.text()
    assert "100\u00a0%" in heading.text()
    assert " %" not in heading.text()
