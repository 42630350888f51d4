"""Packages written into a chosen folder ask before replacing a file of the same name there.

The coordinator's programme bases and observations went into the folder without a word, over
whatever of the same name was there: a base not yet handed out, observations not yet sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.workspace.package_names import bases_written
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_bases_open_quarter_warning import close_reported_quarter
from tests.gui.test_exported_box_words import box_words
from tests.gui.window_driver import answer_questions, select

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
OLD = b"el paquete de antes"
BASE_004 = "ETCA-III-04_2024_programa_base_unidad_004.ismpaq"
OBSERVATIONS_004 = "ETCA-III-04_2024_T1_observaciones_unidad_004.ismpaq"


def _folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *there: str) -> Path:
    """The folder chosen in the dialog, holding ``there`` (each an older file)."""
    out = tmp_path / "salida"
    out.mkdir()
    for name in there:
        (out / name).write_bytes(OLD)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    return out


def _said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window says when done (or failing), in order."""
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: said.append(text))

    def done(box: QMessageBox) -> int:  # the box of what was written, with «Abrir carpeta»
        said.append(box_words(box))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", done)
    return said


def _done(window: MainWindow) -> None:
    """Written on a thread when agreed to: any such work ends, and what it says is said."""
    window.tasks.wait()
    QApplication.processEvents()  # the result comes back to the window as a queued signal


def _send_bases(window: MainWindow, _monkeypatch: pytest.MonkeyPatch) -> None:
    """With the official report's quarter closed: the bases lack nothing, nothing else asked."""
    close_reported_quarter(window.session.store)
    window.coordination.send_bases_action.trigger()
    _done(window)


def _send_observations(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """To unit 004, the unit of the meta selected (offered first)."""
    select(window, "ESTUDIOS SOCIOECONÓMICOS")
    monkeypatch.setattr(QInputDialog, "exec", lambda _d: int(QInputDialog.DialogCode.Accepted))
    window.coordination.send_observations_action.trigger()
    _done(window)


def _sent(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    send: Callable[[MainWindow, pytest.MonkeyPatch], None],
    *,
    answer: str,
    there: Iterable[str],
) -> tuple[Path, list[str], list[str]]:
    """``send`` into a folder holding ``there``, ``answer`` to every question.

    The folder, the questions asked, and what the window said when done.
    """
    out = _folder(tmp_path, monkeypatch, *there)
    asked = answer_questions(monkeypatch, answer)
    said = _said(monkeypatch)
    send(window, monkeypatch)
    return out, asked, said


def test_no_keeps_a_base_already_there_and_writes_none(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)

    out, asked, said = _sent(
        window, tmp_path, monkeypatch, _send_bases, answer="No", there=[BASE_004]
    )

    # The name on a line of its own: in a sentence it was wrapped at its hyphens («ETCA-»).
    assert asked == [
        f"Ya hay un programa base del ejercicio 2024 en esa carpeta:\n\n«{BASE_004}»\n\n"
        "¿Reemplazarlo por el nuevo?"
    ]
    assert said == []
    assert (out / BASE_004).read_bytes() == OLD
    assert [p.name for p in out.iterdir()] == [BASE_004]


def test_several_bases_already_there_are_counted_and_named_in_one_question(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    names = [f"ETCA-III-04_2024_programa_base_unidad_00{n}.ismpaq" for n in (1, 3, 4, 5)]

    out, asked, _ = _sent(window, tmp_path, monkeypatch, _send_bases, answer="No", there=names)

    (question,) = asked
    assert question.startswith("Ya hay 4 de los ")
    assert question.endswith(
        f" programas base del ejercicio 2024 en esa carpeta:\n\n«{names[0]}»\n«{names[1]}»\n"
        f"«{names[2]}»\ny 1 más\n\n¿Reemplazarlos por los nuevos?"
    )
    assert sorted(p.name for p in out.iterdir()) == names
    assert all(p.read_bytes() == OLD for p in out.iterdir())


def test_every_base_already_there_is_said_so(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    every = [path.name for path in bases_written(window.session.workspace, tmp_path / "salida")]

    out, asked, _ = _sent(window, tmp_path, monkeypatch, _send_bases, answer="No", there=every)

    (question,) = asked
    assert question.startswith(f"Ya están los {len(every)} programas base del ejercicio 2024 ")
    assert question.endswith(f"»\ny {len(every) - 3} más\n\n¿Reemplazarlos por los nuevos?")
    assert all(p.read_bytes() == OLD for p in out.iterdir())


def test_yes_replaces_the_bases_and_writes_every_one(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)

    out, asked, said = _sent(
        window, tmp_path, monkeypatch, _send_bases, answer="Sí", there=[BASE_004]
    )

    assert len(asked) == 1
    assert said[0].startswith("Se guardaron ")
    assert (out / BASE_004).read_bytes().startswith(b"PK\x03\x04")
    assert len(list(out.iterdir())) > 1


def test_bases_into_a_folder_without_any_ask_nothing(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    there = ["otra_cosa.ismpaq"]

    out, asked, said = _sent(window, tmp_path, monkeypatch, _send_bases, answer="No", there=there)

    assert asked == []
    assert said[0].startswith("Se guardaron ")
    assert (out / BASE_004).is_file()
    assert (out / "otra_cosa.ismpaq").read_bytes() == OLD


def _observations_sent(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> tuple[Path, list[str], list[str]]:
    """The coordinator's observations for unit 004 sent into a folder holding an older copy."""
    window = open_window(COORDINATOR)
    there = [OBSERVATIONS_004]
    return _sent(window, tmp_path, monkeypatch, _send_observations, answer=answer, there=there)


def test_no_keeps_the_observations_already_there(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, asked, said = _observations_sent(open_window, tmp_path, monkeypatch, "No")

    assert asked == [
        "Ya hay un paquete de observaciones de este trimestre para la unidad 004 en esa "
        f"carpeta:\n\n«{OBSERVATIONS_004}»\n\n¿Reemplazarlo por el nuevo?"
    ]
    assert said == []
    assert [p.name for p in out.iterdir()] == [OBSERVATIONS_004]
    assert (out / OBSERVATIONS_004).read_bytes() == OLD


def test_yes_replaces_the_observations(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, asked, said = _observations_sent(open_window, tmp_path, monkeypatch, "Sí")

    assert len(asked) == 1
    (box,) = said
    assert box.startswith(
        "Se guardó el paquete de observaciones del primer trimestre para la unidad 004 sin "
        "ninguna observación: la unidad 004 no tiene observaciones en este trimestre; al "
        "recibirlo sabrá que no tiene nada pendiente.\n\n/"
    )
    assert box.endswith(f"/salida/{OBSERVATIONS_004}")  # on one line: cut in its middle if long
    assert (out / OBSERVATIONS_004).read_bytes().startswith(b"PK\x03\x04")


def test_a_units_package_asks_about_its_pdf_left_there_without_it(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The package itself moved to the stick, its PDF left in the folder: replaced unasked.
    window = open_window(unit_profile("004"))
    pdf = "ETCA-III-04_2024_T1_unidad_004.pdf"
    out = _folder(tmp_path, monkeypatch, pdf)
    asked = answer_questions(monkeypatch, "No")
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Paquete exportado», if made

    window.reports.export_package_action.trigger()
    _done(window)

    assert asked == [f"«{pdf}» ya existe en «{out}». ¿Reemplazarlo?"]
    assert [p.name for p in out.iterdir()] == [pdf]
    assert (out / pdf).read_bytes() == OLD
