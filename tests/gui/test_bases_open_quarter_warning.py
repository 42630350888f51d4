"""«Enviar programa base» says which quarters of the official report are still open here.

A base carries a unit's delivered figures only for quarters closed at the coordinating unit;
sent with the official report's first quarter open, the units had to type it again and their
second quarter's export was refused, with nothing having said why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.test_report_written_box import Boxes

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
UNITS = ("001", "003", "004", "005", "006", "008", "009")


def _send_bases(window: MainWindow, out: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Send every base into ``out``; what the window said when done."""
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    boxes = Boxes(monkeypatch, "Cerrar")
    window.coordination.send_bases_action.trigger()
    window.tasks.wait()
    QApplication.processEvents()  # the result comes back to the window as a queued signal
    return [text for _title, text, _buttons in boxes.shown]


def _close_first_quarter(db_path: Path, units: tuple[str, ...]) -> None:
    """Close the first quarter of ``units`` (the units delivered it in the official report)."""
    author = Author("Unidad 002", "prueba")
    with Store.open(db_path) as store:
        for unit in units:
            event = ClosureEvent(2024, "30", UnitCode(unit), Quarter.FIRST, CLOSE, "", author, "")
            store.closures.set_state(event)


def test_bases_sent_with_the_reported_quarter_open_say_so(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_first_quarter(db_path, ("001", "003", "005", "006", "008", "009"))
    window = open_window(COORDINATOR)

    said = _send_bases(window, tmp_path / "salida", monkeypatch)

    assert len(said) == 1
    assert said[0].startswith(f"Se guardaron {len(UNITS)} programas base del ejercicio 2024 ")
    assert said[0].endswith(
        "\n\nAviso: el trimestre 1 de la unidad 004 está abierto aquí: su programa base no "
        "lleva lo que la unidad entregó en el informe oficial, y la unidad tendrá que "
        "capturarlo. Si ya lo entregó, ciérrelo antes (Año → Cerrar o reabrir un trimestre…; "
        "«trimestre cerrar») y envíe de nuevo el programa base."
    ), said[0]


def test_bases_sent_with_every_reported_quarter_closed_say_no_more(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_first_quarter(db_path, UNITS)
    window = open_window(COORDINATOR)

    said = _send_bases(window, tmp_path / "salida", monkeypatch)

    assert len(said) == 1
    assert "Aviso" not in said[0]
    assert said[0].endswith("Entregue a cada unidad el suyo.")
