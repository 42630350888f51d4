"""First run: the PC asks who it is; the answer is remembered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.application import choose_profile
from ism_desktop.gui.profile_dialog import ProfileDialog
from ism_desktop.store.store import Store

pytestmark = pytest.mark.gui
# The question's list, as the official report names the Instituto's units.
UNITS_ASKED = [
    "Elija la unidad de esta computadora…",
    "001 ISM COORDINACIÓN EJECUTIVA",
    "002 ISM DIRECCIÓN DE EVALUACIÓN Y SEGUIMIENTO TÉCNICO (unidad coordinadora)",
    "003 ISM DIRECCIÓN DE ADMINISTRACIÓN Y FINANZAS",
    "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA",
    "005 ISM DIRECCIÓN DE COMUNICACIÓN E IMAGEN",
    "006 ISM DIRECCIÓN DE DERECHOS",
    "008 ISM DIRECCIÓN DE PROGRAMAS SOCIALES",
    "009 ISM UNIDAD DE TRANSPARENCIA",
]


def _picking(code: str, asked: list[list[str]]) -> Callable[[ProfileDialog], int]:
    """A first-run question answered with unit ``code``; what it listed goes to ``asked``."""

    def pick(dialog: ProfileDialog) -> int:
        labels = [dialog.unit_box.itemText(i) for i in range(dialog.unit_box.count())]
        asked.append(labels)
        dialog.unit_box.setCurrentIndex(
            next(i for i, t in enumerate(labels) if t[:4] == f"{code} ")
        )
        return int(ProfileDialog.DialogCode.Accepted)

    return pick


def test_first_run_asks_and_remembers(
    qtbot: QtBot, db_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []
    monkeypatch.setattr(ProfileDialog, "exec", _picking("008", asked))
    with Store.open(db_path) as store:
        first = choose_profile(store, settings)
        second = choose_profile(store, settings)

    expected = PcProfile(Role.UNIT, UnitCode("008"), 2024, Quarter.FIRST)
    assert first == expected
    assert second == expected
    assert len(asked) == 1  # the second start does not ask again
    assert asked[0] == UNITS_ASKED


def test_cancelling_the_first_run_question_opens_nothing(
    db_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ProfileDialog, "exec", lambda _d: int(ProfileDialog.DialogCode.Rejected))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: said.append(text))
    with Store.open(db_path) as store:
        assert choose_profile(store, settings) is None
    assert settings.value("perfil/unidad") is None
    # Gone without a word, the program looked as if it had failed to start.
    assert said == [
        "ISM Avance no se abrió: falta elegir la unidad administrativa de esta computadora. "
        "La próxima vez que lo abra se le preguntará de nuevo."
    ]


def test_first_run_preselects_no_unit(qtbot: QtBot, db_path: Path) -> None:
    with Store.open(db_path) as store:
        report = store.reports.load()
    assert report is not None
    dialog = ProfileDialog(list(report.catalogue.units.values()), None, 2024, Quarter.FIRST)
    qtbot.addWidget(dialog)

    assert dialog.unit_box.currentIndex() == 0
    assert dialog.unit_box.currentData() is None
    assert not dialog.ok_button.isEnabled()
    dialog.unit_box.setCurrentIndex(2)
    assert dialog.ok_button.isEnabled()
    assert dialog.profile() == PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def test_first_run_on_a_new_empty_database_offers_the_institutes_units(
    tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new file named with --db starts empty: the question listed only the coordinating unit,
    # and a unit's PC could only cancel, which closed the program.
    asked: list[list[str]] = []
    monkeypatch.setattr(ProfileDialog, "exec", _picking("004", asked))
    with Store.open(tmp_path / "nueva.sqlite3") as store:
        assert store.reports.is_empty()
        chosen = choose_profile(store, settings)
        assert store.reports.is_empty()  # offered, not loaded: the database stays empty

    assert chosen == PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.FIRST)
    assert asked == [UNITS_ASKED]
