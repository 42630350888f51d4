"""After a newer year's base came in by the command line, the window says so when it opens.

The hostile tester's case: the window opened on the profile's year with nothing said, while
``validate`` and ``export`` already took the new year.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.gui import newer_year_offer, window_opening
from ism_desktop.gui.newer_year_offer import ask_to_switch
from ism_desktop.store.store import Store
from tests.gui.conftest import shown_frame, unit_profile, wait_for_rules_and_dictionary
from tests.next_year import next_year_base

pytestmark = pytest.mark.gui


def test_the_window_opened_on_last_year_says_the_new_years_programme_is_there(
    qtbot: QtBot,
    db_path: Path,
    seed_path: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = next_year_base(seed_path, tmp_path)
    with Store.open(db_path) as store:  # «import-package» of the base
        [outcome] = receive_packages(store, [base])
        assert outcome.applied
    boxes: list[str] = []

    def shown(box: QMessageBox) -> int:
        boxes.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    # The real question box, answered by ``shown`` (the suite fails an offer it did not expect).
    monkeypatch.setattr(newer_year_offer, "ask_to_switch", ask_to_switch)
    for name in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: boxes.append(text))
    window = shown_frame(qtbot, settings, unit_profile("004"))
    store = window_opening.open_data(db_path)
    session = window_opening.fill_window(window, store, unit_profile("004"), None, print)
    try:
        wait_for_rules_and_dictionary(qtbot, window, session)
        bar = window.statusBar()
        said = [*boxes, bar.currentMessage(), *(w.text() for w in bar.findChildren(QLabel))]
    finally:
        session.stop_validation()
        window.close()
        store.close()

    assert session.profile.year == 2024
    assert any("programa 2025" in text for text in boxes)  # asked, once
    assert any(text.startswith("Hay un programa 2025") for text in said)  # and kept in sight
