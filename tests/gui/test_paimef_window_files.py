"""The PAIMEF window's files: a programme imported or exported, the informe written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import AUTHOR, _discard_when_asked
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui


def test_importing_into_an_empty_year_says_what_came_in(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: «Importado ejemplo_programa_anual_2026.json: 1 cambio.» for four acciones.
    from PySide6.QtWidgets import QFileDialog

    example = (
        Path(__file__).resolve().parents[2] / "resources/paimef/ejemplo_programa_anual_2026.json"
    )
    with Store.open(tmp_path / "vacia.sqlite3") as empty:
        shown = PaimefWindow(empty, Author("Unidad 001", "ana"), date(2026, 3, 20))
        qtbot.addWidget(shown)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(example), ""))

        shown.import_file()

        actions = len(shown.programme.actions)
        assert shown.message.text() == (
            f"Importado ejemplo_programa_anual_2026.json: Programa Anual 2026 nuevo, "
            f"{actions} acciones."
        )


def test_an_informe_that_cannot_be_written_is_said_in_spanish(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: «[Errno 2] No such file or directory: '…'».
    from PySide6.QtWidgets import QFileDialog

    missing = tmp_path / "no-existe" / "informe.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(missing), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))

    window.write_informe()

    assert said == [f"No se pudo escribir «{missing}»: no existe el archivo o la carpeta."]


@pytest.mark.parametrize("answer", ["No", "Sí"])
def test_an_informe_with_errors_is_written_only_as_a_draft_when_asked(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    # «1 error (impide entregar el informe)», and the informe was written without a word.
    from PySide6.QtWidgets import QFileDialog

    from tests.paimef_builders import action

    unjustified = action("A.9", "A", "A-I", "100", justification="")
    store.paimef.replace(programme(unjustified), AUTHOR, "prueba", [])
    window.year.setValue(2027)
    window.year.setValue(2026)  # read again from the store
    questions: list[str] = []
    saved: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        yes = answer == "Sí"
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    def save_name(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        saved.append(title)
        return "", ""  # then «Cancelar»

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)

    window.write_informe()

    assert len(questions) == 1
    assert questions[0].endswith(
        "el informe los lista en su sección 4 y no está listo para entregarse. ¿Escribirlo "
        "de todos modos, como borrador?"
    )
    assert saved == ([] if answer == "No" else ["Informe PAIMEF"])


def test_an_informe_named_with_a_point_keeps_the_whole_name(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «Informe_T1.2026» was cut at its point: the ETCA report «Informe_T1.pdf» beside it was
    # replaced by the PAIMEF informe without a question.
    etca = _existing(tmp_path / "Informe_T1.pdf", b"%PDF-1.4 informe ETCA")
    _save_as(monkeypatch, tmp_path / "Informe_T1.2026")

    window.write_informe()

    assert etca.read_bytes() == b"%PDF-1.4 informe ETCA"
    assert (tmp_path / "Informe_T1.2026.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "Informe_T1.2026.xlsx").is_file()


def test_an_informe_named_as_its_workbook_asks_before_replacing_the_pdf_beside_it(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dialog asked about «informe.xlsx» only; the PDF written is «informe.pdf».
    pdf = _existing(tmp_path / "informe.pdf", b"%PDF-1.4 otro")
    chosen = _save_as(monkeypatch, tmp_path / "informe.xlsx")
    asked = _answer_no(monkeypatch)

    window.write_informe()

    assert asked == [f"«{pdf.name}» ya existe en «{tmp_path}». ¿Reemplazarlo?"]
    assert pdf.read_bytes() == b"%PDF-1.4 otro"
    assert not chosen.exists()


def test_a_programme_exported_with_a_point_in_its_name_gets_the_kind_chosen(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «Programa.2026: el archivo debe ser .json o .xlsx», with «Plantilla de Excel» chosen.
    _save_as(monkeypatch, tmp_path / "Programa.2026", "Plantilla de Excel (*.xlsx)")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))

    window.export_file()

    assert said == []
    assert (tmp_path / "Programa.2026.xlsx").read_bytes().startswith(b"PK")
    assert window.message.text() == f"Exportado: {tmp_path / 'Programa.2026.xlsx'}"


def _existing(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def _save_as(monkeypatch: pytest.MonkeyPatch, chosen: Path, kind: str = "") -> Path:
    """The save dialog answers ``chosen`` (and the kind of file chosen in it).

    The box that then says what was written («Informe exportado») is closed at once.
    """
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), kind))
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    return chosen


def _answer_no(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return _discard_when_asked(monkeypatch, QMessageBox.StandardButton.No)


def test_the_informe_is_never_offered_inside_the_program_folder(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sample imported from the program's resources/paimef: the informe's dialog then
    # started there, inside the installation, and the report was written among its files.
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from ism_desktop.gui import places
    from ism_desktop.platform import resources_dir

    places.use_settings(QSettings(str(tmp_path / "configuracion.ini"), QSettings.Format.IniFormat))
    _discard_when_asked(monkeypatch)  # «replace the stored programme?» and «write a draft?»
    example = resources_dir() / "paimef" / "ejemplo_programa_anual_2026.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(example), ""))
    window.import_file()
    assert window.message.text().startswith("Importado ejemplo_programa_anual_2026.json")
    usb = tmp_path / "USB"
    usb.mkdir()
    starts: list[Path] = []

    def save_in_usb(*args: object, **_kwargs: object) -> tuple[str, str]:
        starts.append(Path(str(args[2])).parent)
        return str(usb / "informe.pdf"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_in_usb)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Informe exportado»: closed
    window.write_informe()
    window.write_informe()

    program = resources_dir().resolve()
    assert starts[0].resolve() != program
    assert program not in starts[0].resolve().parents
    assert starts[1] == usb  # the last folder a report was saved in


def test_the_written_informe_ends_in_a_box_that_opens_it(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It was said on the message line alone, as the ETCA report once was: the person then
    # looked for the two files by hand.
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.test_report_written_box import Boxes

    target = tmp_path / "informe.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    boxes = Boxes(monkeypatch, press="Abrir PDF")

    window.write_informe()

    [(title, text, _buttons)] = boxes.shown
    assert title == "Informe exportado"
    assert text.startswith(
        "Se guardó el informe parcial del Programa Anual PAIMEF 2026 en PDF y en Excel, en la "
        f"carpeta:\n{tmp_path}\n\n• PDF: informe.pdf\n• Excel: informe.xlsx"
    )
    assert boxes.opened == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "informe.xlsx").exists()


@pytest.mark.parametrize(
    ("justification", "offered"),
    [("Atención", "informe_paimef_2026.pdf"), ("", "informe_paimef_2026_borrador.pdf")],
)
def test_a_draft_informe_is_offered_a_name_of_its_own(
    window: PaimefWindow,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    justification: str,
    offered: str,
) -> None:
    # A draft was offered «informe_paimef_2026.pdf», the name of the informe to deliver: one
    # Enter replaced the clean one with a «BORRADOR» beside the folder's other deliveries.
    from PySide6.QtWidgets import QFileDialog

    from tests.paimef_builders import action

    extra = action("A.9", "A", "A-I", "100", justification=justification)
    store.paimef.replace(programme(*programme().actions, extra), AUTHOR, "prueba", [])
    window.year.setValue(2027)
    window.year.setValue(2026)  # read again from the store
    _discard_when_asked(monkeypatch)  # «¿Escribirlo de todos modos, como borrador?»: Sí
    started: list[str] = []

    def save_name(_parent: object, _title: str, start: str, *_args: object) -> tuple[str, str]:
        started.append(Path(start).name)
        return "", ""  # then «Cancelar»

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)

    window.write_informe()

    assert started == [offered]
