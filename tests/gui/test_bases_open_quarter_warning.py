"""«Enviar programa base» says which quarters of the official report are still open here.

A base carries a unit's delivered figures only for quarters closed at the coordinating unit;
sent with the official report's first quarter open, the units had to type it again and their
second quarter's export was refused, with nothing having said why. It is said before anything
is written, with the window's own menu path: after the files were written, naming the
command line's «trimestre cerrar», a first reader had no way left to stop.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.test_exported_box_words import box_words
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
    with Store.open(db_path) as store:
        close_reported_quarter(store, units)


def close_reported_quarter(store: Store, units: tuple[str, ...] = UNITS) -> None:
    """Close the first quarter of ``units``: their bases then lack nothing (no warning)."""
    author = Author("Unidad 002", "prueba")
    for unit in units:
        event = ClosureEvent(2024, "30", UnitCode(unit), Quarter.FIRST, CLOSE, "", author, "")
        store.closures.set_state(event)


WARNED_004 = (
    "Aviso: el trimestre 1 de la unidad 004 está abierto aquí: su programa base no lleva lo "
    "que la unidad entregó en el informe oficial, y la unidad tendrá que capturarlo. Si ya lo "
    "entregó, ciérrelo antes (Año → Cerrar o reabrir un trimestre…) y envíe después el "
    "programa base.\n\n¿Guardar los programas base de todos modos?"
)


class Answered:
    """Each box (text, buttons, default, files in ``out`` then), answered with one of ``press``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, out: Path, *press: str) -> None:
        self.shown: list[tuple[str, list[str], str, list[str]]] = []
        self._out, self._press = out, press
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _exec(self, box: QMessageBox) -> int:
        names = sorted(b.text().replace("&", "") for b in box.buttons())
        default = box.defaultButton()
        files = sorted(p.name for p in self._out.iterdir())
        said = default.text().replace("&", "") if default is not None else ""
        self.shown.append((box_words(box), names, said, files))
        [pressed] = [b for b in box.buttons() if b.text().replace("&", "") in self._press]
        pressed.click()
        return 0


def _numbers_taken(db_path: Path) -> list[tuple[object, ...]]:
    """The package numbers this database has given out, as the file holds them."""
    with closing(sqlite3.connect(db_path)) as connection:
        return connection.execute("SELECT * FROM package_exports").fetchall()


def send_answering(
    window: MainWindow, out: Path, monkeypatch: pytest.MonkeyPatch, *press: str
) -> Answered:
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    boxes = Answered(monkeypatch, out, *press)
    window.coordination.send_bases_action.trigger()
    window.tasks.wait()
    QApplication.processEvents()  # the result comes back to the window as a queued signal
    return boxes


def test_the_open_quarter_is_said_before_any_base_is_written_naming_the_menu(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_first_quarter(db_path, ("001", "003", "005", "006", "008", "009"))
    window = open_window(COORDINATOR)

    boxes = send_answering(
        window, tmp_path / "salida", monkeypatch, "Guardar de todos modos", "Cerrar"
    )

    [(warned, buttons, default, then), (done, *_rest)] = boxes.shown
    assert warned == WARNED_004
    assert "«trimestre cerrar»" not in warned  # a command, which a window user has no use for
    assert buttons == ["Cancelar", "Guardar de todos modos"]
    assert default == "Cancelar"  # Enter writes nothing
    assert then == []  # asked before any file was written
    assert done.startswith(f"Se guardaron {len(UNITS)} programas base del ejercicio 2024 ")
    assert "Aviso" not in done  # said once, when it could still stop them
    assert len(list((tmp_path / "salida").iterdir())) == len(UNITS)


def test_cancelled_at_the_warning_no_base_is_written(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    numbers = _numbers_taken(db_path)

    boxes = send_answering(window, tmp_path / "salida", monkeypatch, "Cancelar", "Cerrar")

    [(warned, _buttons, _default, _files)] = boxes.shown
    assert warned.startswith("Aviso: el trimestre 1 de las unidades 001, 003, 004, 005, 006, ")
    assert list((tmp_path / "salida").iterdir()) == []
    assert _numbers_taken(db_path) == numbers  # no package number taken either


def test_bases_sent_with_every_reported_quarter_closed_say_no_more(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_first_quarter(db_path, UNITS)
    window = open_window(COORDINATOR)

    said = _send_bases(window, tmp_path / "salida", monkeypatch)

    assert len(said) == 1
    assert "Aviso" not in said[0]
    assert said[0].endswith("Entregue a cada unidad el suyo.")
