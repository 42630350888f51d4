"""A target change: a request in words on both sides, and its reason justifies at once."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from ism_desktop.gui.receive_dialog import ReceiveDialog
from tests.exchange.package_builders import export_unit, seed_store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
CAPTURE = "CAPTURA DE EXPEDIENTE"  # unit 004: modified differs from original, no reason yet


def test_the_recorded_reason_justifies_the_warning_in_the_open_window(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    window.session.validate_all()
    meta = select(window, CAPTURE)
    before = window.findings.model.counts()

    def fill(dialog: ModifiedTargetDialog) -> int:
        dialog.num_edit.setText("880")
        dialog.reason_edit.setPlainText("Reprogramación autorizada en el oficio 45.")
        dialog.accept()
        return int(ModifiedTargetDialog.DialogCode.Accepted)

    monkeypatch.setattr(ModifiedTargetDialog, "exec", fill)
    window.form.modify_button.click()

    errors, warnings, still_open = window.findings.model.counts()
    assert (errors, warnings) == before[:2]
    assert still_open == before[2] - 1
    justified = [
        row
        for row in window.findings.model.rows()
        if row.finding.meta_id == meta.stable_id and row.justification is not None
    ]
    assert len(justified) == 1
    assert justified[0].justification is not None
    assert "Reprogramación autorizada en el oficio 45." in justified[0].justification.text


def test_the_units_dialog_says_the_change_is_a_request(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, CAPTURE)
    dialog = ModifiedTargetDialog(meta, window.session.profile.quarter, window, request=True)
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))

    assert "solicitud" in words
    assert "unidad coordinadora" in words
    assert "Solicitar" in dialog.windowTitle()
    assert window.form.modify_button.text().replace("&", "").startswith("Solicitar")


def _package_with_request(seed_text: str, folder: Path) -> Path:
    """Unit 004's PC asked for STUDIES' modified T1 to be 880, with its reason."""
    with seed_store(seed_text) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == STUDIES]
        after = with_modified(meta, Quarter.FIRST, Decimal(880), None)
        reason = TargetChangeReason("Recorte de presupuesto.", "oficio 12/2024")
        store.edits.save(2024, meta, after, Author("Unidad 004", "ana"), reason)
        return export_unit(store, folder)


def test_the_coordinator_sees_the_request_in_words_where_it_decides(
    open_window: WindowFactory,
    qtbot: QtBot,
    seed_text: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    package = _package_with_request(seed_text, tmp_path)
    window = open_window(COORDINATOR)
    reviewed: list[str] = []

    def review(dialog: ReceiveDialog) -> int:
        reviewed.extend(label.text() for label in dialog.findChildren(QLabel))
        reviewed.extend(_tree_texts(dialog))
        return int(ReceiveDialog.DialogCode.Accepted)

    monkeypatch.setattr(ReceiveDialog, "exec", review)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    with qtbot.waitSignal(window.coordination.packages_received, timeout=30000):
        window.coordination.receive([package])

    review_text = "\n".join(reviewed)
    assert "Solicitud de cambio de meta modificada en 1 meta:" in review_text
    assert "Solicitud (no se aplica sola)" in review_text
    assert "880" in review_text
    meta = select(window, STUDIES)
    assert window.form.requests.isVisible()
    shown = window.form.requests.text()
    assert "unidad 004" in shown
    assert "880" in shown
    assert "Recorte de presupuesto." in shown
    assert window.session.meta(meta.stable_id).num.modified[0] == Decimal(900)  # not applied


def _tree_texts(dialog: ReceiveDialog) -> list[str]:
    texts = []
    stack = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        texts.append(" | ".join(item.text(c) for c in range(3)))
        stack += [item.child(i) for i in range(item.childCount())]
    return texts


@pytest.mark.parametrize(
    ("motivo", "said"),
    [
        ("RECORTE PRESUPUESTAL\x0bOFICIO 123", "carácter que no es texto (U+000B, posición 21)"),
        ("A" * 20_001, "tiene 20\u00a0001 caracteres (máx. 20\u00a0000)"),
    ],
    ids=["tabulador-vertical", "demasiado-largo"],
)
def test_a_motivo_that_may_not_be_stored_keeps_the_request_open_and_writes_nothing(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, motivo: str, said: str
) -> None:
    # The dialog closed, the motivo was lost, and the change was half written: the new
    # target and the motivo stored, then «Ocurrió un error inesperado» at every opening.
    window = open_window(unit_profile("004"))
    window.session.validate_all()
    meta = select(window, CAPTURE)
    boxes: list[object] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **_kw: boxes.append(args))
    seen: list[tuple[int, str, str]] = []

    def fill(dialog: ModifiedTargetDialog) -> int:
        dialog.num_edit.setText("90")
        dialog.reason_edit.setPlainText(motivo)
        dialog.accept()
        seen.append((dialog.result(), dialog.error_label.text(), dialog.reason_edit.toPlainText()))
        return int(dialog.result())  # still open: the person may correct it, or cancel

    monkeypatch.setattr(ModifiedTargetDialog, "exec", fill)
    window.form.modify_button.click()

    ((result, message, kept),) = seen
    assert result != int(ModifiedTargetDialog.DialogCode.Accepted)
    assert "«Motivo»" in message
    assert said in message
    assert kept == motivo
    assert boxes == []
    store = window.session.store
    assert store.edits.target_changes(2024, meta.stable_id) == []
    assert window.session.meta(meta.stable_id) == meta
    window.session.validate_all()  # the year's justifications still read
