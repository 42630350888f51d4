"""The PAIMEF window's findings: reviewed as typed, summed up, and justified."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.paimef.business_calendar import NonWorkingDay
from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import AUTHOR, _discard_when_asked, _findings
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def test_typing_reads_neither_the_days_file_nor_the_captures(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The rules run at each keystroke; the days file and the captures are read when the window
    # shows them, once, and not again for every key.
    from ism_desktop.exchange.paimef.non_working_days import load_non_working_days as real

    reads: list[str] = []

    def counted(path: Path) -> list[NonWorkingDay]:
        reads.append("días inhábiles")
        return real(path)

    window.table.selectRow(0)
    monkeypatch.setattr("ism_desktop.workspace.paimef_review.load_non_working_days", counted)
    captures = store.paimef.captures

    def counted_captures() -> dict[tuple[int, str], tuple[Decimal, ...]]:
        reads.append("capturas")
        return captures()

    monkeypatch.setattr(store.paimef, "captures", counted_captures)
    for typed in ("3", "30", "300", "3000", "30000.01"):
        window.form.exercised.setText(typed)

    assert any("4.2.1.3" in text for text in _findings(window))
    assert reads == []


def test_an_amount_that_is_no_amount_is_reviewed_as_stored(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «7x9999999»: the review spoke of «más que lo programado ($7.00)», its last keystroke.
    _discard_when_asked(monkeypatch)
    window.table.selectRow(0)
    window.form.exercised.setText("20000.00")
    window.form.programmed.setText("7")
    assert any("4.2.1.3" in text for text in _findings(window))

    window.form.programmed.setText("7x9999999")

    assert "no es un monto" in window.form.problem.text()
    assert not any("$7.00" in text for text in _findings(window))


def test_justify_a_warning_from_the_list(qtbot: QtBot, store: Store) -> None:
    shown = PaimefWindow(store, AUTHOR, date(2026, 7, 15))
    qtbot.addWidget(shown)
    first = _findings(shown)[0]
    assert first.startswith("AVISO: ")
    shown.findings.setCurrentRow(0)
    shown.justify_selected("   ")
    assert "vacía" in shown.message.text()
    warnings = sum(1 for text in _findings(shown) if text.startswith("AVISO"))
    assert warnings > 1
    assert shown.summary.text().endswith(f"{warnings} avisos ({warnings} sin justificar).")
    shown.findings.setCurrentRow(0)
    shown.justify_selected("Se captura con el informe parcial.")
    assert _findings(shown)[0] == first.replace("AVISO: ", "AVISO (justificado): ")
    # As the main window says it: how many are left to justify, not only how many there are.
    assert shown.summary.text().endswith(f"{warnings} avisos ({warnings - 1} sin justificar).")


def test_the_summary_says_one_warning_in_the_singular(window: PaimefWindow) -> None:
    warning = PaimefFinding("R", Severity.WARNING, "A.1", "ejercido", "Revise el ejercido.")
    error = PaimefFinding("R", Severity.ERROR, "A.1", "ejercido", "Falta el ejercido.")

    window._show_findings([warning])
    # None is said plainly: «0 errores (impiden …)» spoke of errors that are not there.
    assert window.summary.text() == "Sin errores y 1 aviso (1 sin justificar)."
    window._show_findings([error, warning, warning])
    assert window.summary.text() == (
        "1 error (impide entregar el informe) y 2 avisos (2 sin justificar)."
    )
    window._show_findings([error])
    assert window.summary.text() == "1 error (impide entregar el informe); sin avisos."
    window._show_findings([])
    assert window.summary.text() == "Sin errores ni avisos."


def test_a_justification_that_may_not_be_stored_keeps_its_dialog_open(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt's input box closed on «OK»: «No se guardó: …» below, and what was written gone.
    from PySide6.QtWidgets import QInputDialog

    from ism_desktop.gui.justify_dialog import JustifyDialog

    text = "SE CAPTURA\x0bCON EL INFORME PARCIAL"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_args: (text, True))
    shown = PaimefWindow(store, AUTHOR, date(2026, 7, 15))
    qtbot.addWidget(shown)
    first = _findings(shown)[0]
    shown.findings.setCurrentRow(0)
    seen: list[tuple[int, str, str, bool]] = []

    def fill(dialog: JustifyDialog) -> int:
        dialog.text.setPlainText(text)
        dialog.accept()
        offered = not dialog.acknowledge_button.isHidden()  # no «enterado» in PAIMEF
        seen.append(
            (dialog.result(), dialog.error_label.text(), dialog.text.toPlainText(), offered)
        )
        return int(dialog.result())  # still open: the person may correct it, or cancel

    monkeypatch.setattr(JustifyDialog, "exec", fill)
    shown.justify_selected()

    ((result, message, kept, acknowledge),) = seen
    assert result != int(JustifyDialog.DialogCode.Accepted)
    assert "carácter que no es texto (U+000B, posición 11)" in message
    assert kept == text
    assert not acknowledge
    assert _findings(shown)[0] == first  # not justified


def test_a_justified_warning_stays_chosen_in_the_list(qtbot: QtBot, store: Store) -> None:
    # The list was filled again after each justification and the choice went back to the
    # first warning: justifying several in a row meant finding one's place each time.
    shown = PaimefWindow(store, AUTHOR, date(2026, 7, 15))
    qtbot.addWidget(shown)
    second = _findings(shown)[1]
    assert second.startswith("AVISO: ")
    shown.findings.setCurrentRow(1)

    shown.justify_selected("Se captura con el informe parcial.")

    assert shown.findings.currentRow() == 1
    assert shown.findings.currentItem().text() == second.replace("AVISO: ", "AVISO (justificado): ")


def test_a_clave_typed_in_small_letters_repeats_the_one_in_capitals(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «a.1» beside «A.1» was saved as a clave of its own, with no error: the informe listed two
    # acciones A.1 and the office could not tell which one was meant.
    _discard_when_asked(monkeypatch)
    window._tab.new_button.click()
    window.form.key.setText("a.1")
    window.form.name.setText("Taller repetido")
    window.form.programmed.setText("1000")
    window.form.save_button.click()
    assert window.message.text() == "Acción a.1 agregada."
    assert "ERROR: Numeral 3.4 i): la clave a.1 se repite; cada acción necesita la suya." in (
        _findings(window)
    )
