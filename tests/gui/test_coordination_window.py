"""The coordinating unit's screens: receive packages with their diff, the board, observations."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.status_board import status_board
from ism_desktop.gui import observation_dialog
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.receive_dialog import ReceiveDialog
from ism_desktop.gui.status_board_dialog import StatusBoardDialog
from tests.exchange.package_builders import export_unit, seed_store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def _unit_package(seed_text: str, folder: Path, achieved: int) -> Path:
    """Unit 004's PC: the seed programme, ESTUDIOS achieved changed, its package exported."""
    with seed_store(seed_text) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == STUDIES]
        after = replace(meta, num=meta.num.with_achieved(Quarter.FIRST, Decimal(achieved)))
        after = replace(after, met=after.met.with_achieved(Quarter.FIRST, Decimal(achieved)))
        store.edits.save(2024, meta, after, Author("Unidad 004", "ana"))
        return export_unit(store, folder)


def _tree_texts(item: QTreeWidgetItem | None) -> list[str]:
    if item is None:
        return []
    texts = [item.text(0)]
    for index in range(item.childCount()):
        texts += _tree_texts(item.child(index))
    return texts


def _receive(window: MainWindow, qtbot: QtBot, paths: list[Path], accept: bool) -> list[str]:
    seen: list[str] = []

    def review(dialog: ReceiveDialog) -> int:
        for index in range(dialog.tree.topLevelItemCount()):
            item = dialog.tree.topLevelItem(index)
            assert item is not None
            seen.extend(_tree_texts(item))
        seen.append(f"recibir habilitado: {dialog.receive_button.isEnabled()}")
        return int(
            ReceiveDialog.DialogCode.Accepted if accept else ReceiveDialog.DialogCode.Rejected
        )

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReceiveDialog, "exec", review)
        # The final box: a refusal is said in a warning, which would wait for a click.
        for name in ("information", "warning"):
            patch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: seen.append(text))
        if accept:
            with qtbot.waitSignal(window.coordination.packages_received, timeout=30000):
                window.coordination.receive(paths)
        else:
            window.coordination.receive(paths)
            qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    return seen


def test_receiving_a_package_shows_its_diff_then_applies_it(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    package = _unit_package(seed_text, tmp_path, achieved=850)
    window = open_window(COORDINATOR)
    assert window.coordination_menu.menuAction().isVisible()

    seen = _receive(window, qtbot, [package], accept=True)

    assert any(STUDIES in text for text in seen)
    assert "recibir habilitado: True" in seen
    meta = select(window, STUDIES)
    assert window.session.meta(meta.stable_id).num.achieved[0] == Decimal(850)
    assert window.form.official_label.text() == "Avance oficial T1: 94.44%"
    board = status_board(window.session.store, Quarter.FIRST, 2024)
    assert board is not None
    (row,) = [r for r in board.rows if r.unit == UnitCode("004")]
    assert (row.state.value, row.sequence) == ("recibido", 1)


def test_cancelling_the_review_writes_nothing(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path, db_path: Path
) -> None:
    package = _unit_package(seed_text, tmp_path, achieved=850)
    window = open_window(COORDINATOR)
    before = db_path.read_bytes()

    _receive(window, qtbot, [package], accept=False)

    meta = select(window, STUDIES)
    assert window.session.meta(meta.stable_id).num.achieved[0] == Decimal(761)
    assert db_path.read_bytes() == before


def test_a_broken_file_is_refused_in_the_review(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    bogus = tmp_path / "paquete.zip"
    bogus.write_bytes(b"esto no es un zip")
    window = open_window(COORDINATOR)

    seen = _receive(window, qtbot, [bogus], accept=False)

    assert seen[0].startswith("Rechazado")
    assert "recibir habilitado: False" in seen


def test_board_dialog_lists_every_unit_and_draws_their_progress(open_window: WindowFactory) -> None:
    window = open_window(COORDINATOR)
    board = status_board(window.session.store, Quarter.FIRST, 2024)
    assert board is not None

    dialog = StatusBoardDialog(board, window)

    cells = [dialog.table.item(r, 0) for r in range(dialog.table.rowCount())]
    units = [cell.text()[:3] for cell in cells if cell is not None]
    assert units == ["001", "002", "003", "004", "005", "006", "008", "009"]
    assert dialog.chart.minimumHeight() > 8 * 20


def test_the_board_gives_its_delivery_date_day_first(open_window: WindowFactory) -> None:
    window = open_window(COORDINATOR)
    window.session.store.years.set_delivery_dates(2024, {Quarter.FIRST: "2024-04-15"})
    board = status_board(window.session.store, Quarter.FIRST, 2024)
    assert board is not None

    dialog = StatusBoardDialog(board, window)

    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Fecha de entrega: 15/04/2024" in texts


def test_an_observation_travels_to_the_unit_and_shows_next_to_the_meta(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator = open_window(COORDINATOR)
    select(coordinator, STUDIES)
    monkeypatch.setattr(
        observation_dialog,
        "ask_observation",
        lambda _parent, _heading, save: (
            "Falta la evidencia de marzo.",
            save("Falta la evidencia de marzo.") is None,
        ),
    )
    coordinator.coordination.add_observation()
    from ism_desktop.exchange.export.observations import export_observations

    exported = export_observations(
        coordinator.session.store, UnitCode("004"), Quarter.FIRST, tmp_path, year=2024
    )
    coordinator.close()

    unit = open_window(unit_profile("004"))
    _receive(unit, qtbot, [exported.path], accept=True)
    select(unit, STUDIES)

    assert unit.form.observations.isVisible()
    assert "Falta la evidencia de marzo." in unit.form.observations.text()
    assert not unit.coordination_menu.menuAction().isVisible()


def test_the_review_shows_each_packages_whole_line(
    qtbot: QtBot, seed_text: str, tmp_path: Path, db_path: Path
) -> None:
    # The package's line sat in the first column (480 px) and was cut after its file name:
    # what it is, whose, its sequence and its warnings were out of sight.
    from PySide6.QtGui import QFontMetrics

    from ism_desktop.exchange.intake.packages import receive_packages
    from ism_desktop.store.store import Store

    package = _unit_package(seed_text, tmp_path, achieved=850)
    with Store.open(db_path) as store:
        [outcome] = receive_packages(store, [package], dry_run=True)
    dialog = ReceiveDialog([outcome])
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)  # the size it opens with on a 1366×768 screen
    with qtbot.waitExposed(dialog):
        dialog.show()

    item = dialog.tree.topLevelItem(0)
    assert item is not None
    lines = item.text(0).split("\n")
    assert " ".join(line.strip() for line in lines) == outcome.summary()
    room = dialog.tree.visualItemRect(item).width()
    metrics = QFontMetrics(dialog.tree.font())
    assert all(metrics.horizontalAdvance(line) + 40 <= room for line in lines)
    meta_row = item.child(item.childCount() - 1)
    assert meta_row is not None
    assert STUDIES in meta_row.text(0)
    assert meta_row.isFirstColumnSpanned()
    assert meta_row.isExpanded()  # its changes are what is reviewed


def test_a_long_note_is_wrapped_to_the_review_and_whole_under_the_pointer(
    qtbot: QtBot, tmp_path: Path, db_path: Path
) -> None:
    # «se recupera lo que la unidad ya había entregado…» ran past the dialog's edge.
    from PySide6.QtGui import QFontMetrics

    from ism_desktop.exchange.export.base import export_base
    from ism_desktop.exchange.intake.packages import receive_packages
    from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
    from ism_desktop.store.store import Store

    with Store.open(db_path) as coordinator:
        author, first = Author("Unidad 002", "prueba"), Quarter.FIRST
        closing = ClosureEvent(
            2024, "30", UnitCode("004"), first, CLOSE, "", author, "2024-04-05T09:00:00-07:00"
        )
        coordinator.closures.set_state(closing)
        base = export_base(coordinator, UnitCode("004"), tmp_path / "base").path
    with Store.open(tmp_path / "unidad.sqlite3") as unit:
        [outcome] = receive_packages(unit, [base], dry_run=True)
    dialog = ReceiveDialog([outcome])
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    with qtbot.waitExposed(dialog):
        dialog.show()

    item = dialog.tree.topLevelItem(0)
    assert item is not None
    note = item.child(0)
    assert note is not None
    assert note.toolTip(0).startswith("se recupera lo que la unidad ya había entregado")
    lines = note.text(0).split("\n")
    assert len(lines) > 1
    assert " ".join(lines) == note.toolTip(0)
    room = dialog.tree.visualItemRect(note).width()
    metrics = QFontMetrics(dialog.tree.font())
    assert all(metrics.horizontalAdvance(line) + 40 <= room for line in lines)


def test_the_review_counts_a_file_left_out_for_a_newer_one_apart_from_the_refused(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from ism_desktop.exchange.intake.packages import ReceiveOutcome

    left_out = ReceiveOutcome(
        tmp_path / "viejo.ismpaq",
        error="«viejo.ismpaq»: no se recibe el paquete con envío número 1: en este lote viene "
        "uno más reciente de la unidad 004 del mismo trimestre (envío número 2, «nuevo.ismpaq»)",
        replaced=True,
    )
    damaged = ReceiveOutcome(tmp_path / "dañado.ismpaq", error="«dañado.ismpaq»: no es un zip")
    dialog = ReceiveDialog([left_out, damaged])
    qtbot.addWidget(dialog)

    assert dialog.summary.text().startswith(
        "0 paquetes válidos, 1 rechazado, 1 omitido (otro más reciente del lote lo reemplaza). "
    )
    first, second = dialog.tree.topLevelItem(0), dialog.tree.topLevelItem(1)
    assert first is not None
    assert second is not None
    assert first.toolTip(0).startswith("Se omite «viejo.ismpaq»")
    # Red is for what went wrong; a file left out is grey.
    assert first.foreground(0).color() != second.foreground(0).color()
    # Its reason is wrapped by words to fit the review as it opens on a 1366×768 screen.
    from PySide6.QtGui import QFontMetrics

    dialog.resize(900, 560)
    with qtbot.waitExposed(dialog):
        dialog.show()
    lines = first.text(0).split("\n")
    assert " ".join(lines) == first.toolTip(0)
    room = dialog.tree.visualItemRect(first).width()
    metrics = QFontMetrics(dialog.tree.font())
    assert all(metrics.horizontalAdvance(line) + 40 <= room for line in lines)
