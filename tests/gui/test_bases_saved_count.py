"""The coordinator told how many programme bases were saved, in Spanish that agrees with it.

The folder was inside the sentence, broken at its slashes, with no way to open it as the other
exports have: it is on a line of its own now, with «Abrir carpeta».
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.test_bases_open_quarter_warning import close_reported_quarter
from tests.gui.test_report_written_box import Boxes

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


@pytest.fixture
def db_path(tmp_path: Path, seed_path: Path) -> Path:
    """The official report with the metas of unit 004 alone: one unit, one base."""
    report = parse_etca_text(seed_path.read_text(encoding="utf-8")).report
    only = replace(report, metas=tuple(m for m in report.metas if m.key.unit.value == "004"))
    path = tmp_path / "una_unidad.sqlite3"
    with Store.open(path) as store:
        store.reports.save(only, ImportSource("una_unidad.txt", "0" * 64))
        close_reported_quarter(store, ("004",))  # its base lacks nothing: no warning first
    return path


def test_one_base_saved_is_said_in_the_singular(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "bases"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    boxes = Boxes(monkeypatch, "Abrir carpeta")
    window = open_window(COORDINATOR)

    window.coordination.send_bases_action.trigger()
    window.tasks.wait()
    QApplication.processEvents()  # the result comes back as a queued signal

    assert [p.name for p in out.iterdir()] == ["ETCA-III-04_2024_programa_base_unidad_004.ismpaq"]
    ((title, said, buttons),) = boxes.shown
    assert (title, buttons) == ("Programas base", ["Abrir &carpeta", "C&errar"])
    assert said.split("\n\n") == [
        f"Se guardó 1 programa base del ejercicio 2024 en la carpeta:\n{out}",
        "Entréguelo a la unidad.",
    ]
    assert boxes.folder_lines == [1]
    assert boxes.opened == [str(out)]
