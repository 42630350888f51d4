"""Helpers of the tests that a file already there is asked about before anything is made.

The save dialog is answered, the questions and what the reports make are recorded, and what is
left in the folder is checked.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ism_desktop.gui.main_window import MainWindow
from tests.gui.window_driver import answer_questions


def count_calls(monkeypatch: pytest.MonkeyPatch, made: list[str], module: str, *names: str) -> None:
    """Wrap these functions of ``module``: each call is added to ``made`` by name, then made."""
    target = importlib.import_module(module)
    for name in names:
        real: Callable[..., Any] = getattr(target, name)

        def counted(
            *args: Any, _real: Callable[..., Any] = real, _name: str = name, **kwargs: Any
        ) -> Any:
            made.append(_name)
            return _real(*args, **kwargs)  # keywords too: a unit's layout names its dependency

        monkeypatch.setattr(target, name, counted)


def report_builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The report's layout, PDF and workbook, each listed when made."""
    made: list[str] = []
    count_calls(monkeypatch, made, "ism_desktop.reports.report_layout", "layout_report")
    count_calls(monkeypatch, made, "ism_desktop.reports.pdf_report", "write_pdf")
    count_calls(monkeypatch, made, "ism_desktop.reports.xlsx_report", "write_xlsx")
    return made


def paimef_informe_builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The PAIMEF informe's PDF and workbook, each listed when made."""
    made: list[str] = []
    count_calls(monkeypatch, made, "ism_desktop.reports.paimef.informe_pdf", "informe_pdf")
    count_calls(monkeypatch, made, "ism_desktop.reports.paimef.informe_xlsx", "informe_xlsx")
    return made


def out_folder(tmp_path: Path, *there: tuple[str, bytes]) -> Path:
    """A folder of its own for the files written (the database is in ``tmp_path``).

    It holds ``there`` already: each a file's name and what it holds.
    """
    out = tmp_path / "salida"
    out.mkdir()
    for name, held in there:
        (out / name).write_bytes(held)
    return out


def save_as(monkeypatch: pytest.MonkeyPatch, chosen: Path, kind: str = "") -> None:
    """The save dialog answers ``chosen`` (it asked only about that name)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), kind))


def export_report(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, chosen: Path, answer: str
) -> tuple[list[str], list[str]]:
    """Export the report as ``chosen``, ``answer`` to every question; what was asked and made."""
    save_as(monkeypatch, chosen)
    asked = answer_questions(monkeypatch, answer)
    made = report_builds(monkeypatch)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Informe exportado», if written
    window.reports.export_report_action.trigger()
    return asked, made


def assert_left_alone(out: Path, kept: Path, old: bytes) -> None:
    """``kept`` still holds ``old``, and nothing was written beside it in ``out``."""
    assert kept.read_bytes() == old
    assert sorted(p.name for p in out.iterdir()) == [kept.name]


def no_to_replacing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """«No» to replacing a file, «Sí» to anything asked before it; the questions, in order."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        replacing = "¿Reemplazar" in text
        return QMessageBox.StandardButton.No if replacing else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def assert_no_keeps_it(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    there: tuple[str, bytes],
    chosen: str,
) -> None:
    """The report exported as ``chosen``, «No» to replacing ``there`` (its name, what it holds).

    Asked about ``there`` alone, no report is made, and ``there`` is left as it was.
    """
    name, old = there
    out = out_folder(tmp_path, there)

    asked, made = export_report(window, monkeypatch, out / chosen, "No")

    assert asked == [f"«{name}» ya existe en «{out}». ¿Reemplazarlo?"]
    assert made == []
    assert_left_alone(out, out / name, old)


def replaced_by_the_report_made_once(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    there: tuple[str, bytes],
    chosen: str,
) -> Path:
    """The report exported as ``chosen``, «Sí» to replacing ``there`` (its name, what it holds).

    Asked once, the report is made once; the folder written into.
    """
    out = out_folder(tmp_path, there)

    asked, made = export_report(window, monkeypatch, out / chosen, "Sí")

    assert len(asked) == 1
    assert sorted(made) == ["layout_report", "write_pdf", "write_xlsx"]
    return out
