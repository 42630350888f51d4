"""The evaluation editor underlines misspelled words as they are typed, with Word's menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.narrative_edit import ADD_TO_DICTIONARY, IGNORE, NarrativeEdit
from ism_desktop.gui.spelling_support import SpellingSupport
from ism_desktop.platform import data_dir
from ism_desktop.spelling.dictionary import SpanishSpelling
from ism_desktop.workspace.spelling_words import load_spelling, spelling_files
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select
from tests.spelling.shipped import shipped_spelling

pytestmark = pytest.mark.gui
SPELL_UNDERLINE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
COUNCILS = "INSTALACIÓN DE LOS CONSEJOS MUNICIPALES"  # unit 006: «…EN EL MPIO DE VILLAPESQUERIA…»


def underlined(editor: NarrativeEdit) -> list[str]:
    """The underlined words of the editor, paragraph by paragraph, as Qt lays them out."""
    words: list[str] = []
    block = editor.document().firstBlock()
    while block.isValid():
        text = block.text()
        for part in block.layout().formats():
            if part.format.underlineStyle() == SPELL_UNDERLINE:
                words.append(text[part.start : part.start + part.length])
        block = block.next()
    return words


def point_at(editor: NarrativeEdit, word: str) -> QPoint:
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(word) + 1)
    return editor.cursorRect(cursor).center()


@pytest.fixture
def editor(qtbot: QtBot) -> NarrativeEdit:
    widget = NarrativeEdit()
    qtbot.addWidget(widget)
    widget.set_spelling(shipped_spelling())
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_typing_underlines_misspelled_words(editor: NarrativeEdit, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor, "SE LLLEVÓ A CABO LA ACCION ")
    assert underlined(editor) == ["LLLEVÓ", "ACCION"]

    qtbot.keyClicks(editor, "CON EL ISM Y EL FUNCIONARIADO EN NESTE TRIMESTRE 4º")
    assert underlined(editor) == ["LLLEVÓ", "ACCION", "NESTE"]


def test_a_suggestion_replaces_the_word(editor: NarrativeEdit, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor, "META CUMPLIDA AL PRIEMR TRIMESTRE")

    menu = editor.spelling_menu(point_at(editor, "PRIEMR"))
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[:4] == ["PRIMER", "PREMIR", ADD_TO_DICTIONARY, IGNORE]
    assert len(texts) > 4  # Qt's own entries (copy, paste…) follow
    menu.actions()[0].trigger()

    assert editor.toPlainText() == "META CUMPLIDA AL PRIMER TRIMESTRE"
    assert underlined(editor) == []
    editor.undo()
    assert editor.toPlainText() == "META CUMPLIDA AL PRIEMR TRIMESTRE"


def test_ignore_accepts_the_word_for_the_session(editor: NarrativeEdit, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor, "REUNIÓN EN EL CECOVIM")
    menu = editor.spelling_menu(point_at(editor, "CECOVIM"))
    (ignore,) = [action for action in menu.actions() if action.text() == IGNORE]

    with qtbot.waitSignal(editor.word_ignored) as signal:
        ignore.trigger()

    assert signal.args == ["CECOVIM"]
    assert underlined(editor) == []


def test_a_right_spelled_word_gets_the_plain_menu(editor: NarrativeEdit, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor, "META CUMPLIDA")

    menu = editor.spelling_menu(point_at(editor, "CUMPLIDA"))

    assert ADD_TO_DICTIONARY not in [action.text() for action in menu.actions()]


def load_spelling_into(window: MainWindow, qtbot: QtBot) -> SpellingSupport:
    support = SpellingSupport(window.session, window.form.narrative, window.statusBar(), window)
    with qtbot.waitSignal(support.loaded, timeout=30000):
        support.start(lambda: spelling_files().load())
    return support


def test_added_word_is_kept_and_survives_a_restart(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("006"))
    support = load_spelling_into(window, qtbot)
    select(window, COUNCILS)
    editor = window.form.narrative
    meta_id = window.form.meta.stable_id  # type: ignore[union-attr]
    assert underlined(editor) == ["DIA", "VILLAPESQUERIA"]
    (before,) = [f for f in window.session.validation.for_meta(meta_id) if f.rule == "ORTOGRAFIA"]
    assert before.message.endswith("«DIA» (¿DÍA?), «VILLAPESQUERIA».")

    menu = editor.spelling_menu(point_at(editor, "VILLAPESQUERIA"))
    (add,) = [action for action in menu.actions() if action.text() == ADD_TO_DICTIONARY]
    add.trigger()

    assert underlined(editor) == ["DIA"]
    (after,) = [f for f in window.session.validation.for_meta(meta_id) if f.rule == "ORTOGRAFIA"]
    assert after.message == "Revise la ortografía de la evaluación: «DIA» (¿DÍA?)."
    assert "VILLAPESQUERIA" in (data_dir() / "diccionario_personal.txt").read_text("utf-8")
    support.wait()
    window.close()

    restarted = open_window(unit_profile("006"))
    load_spelling_into(restarted, qtbot)
    select(restarted, COUNCILS)
    assert underlined(restarted.form.narrative) == ["DIA"]


def test_the_window_works_before_the_dictionary_arrives(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("006"))
    select(window, COUNCILS)

    assert underlined(window.form.narrative) == []
    assert window.session.settings.spelling is None
    menu = window.form.narrative.spelling_menu(point_at(window.form.narrative, "VILLAPESQUERIA"))
    assert ADD_TO_DICTIONARY not in [action.text() for action in menu.actions()]


def test_a_missing_dictionary_is_said_in_the_status_bar(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ISM_AVANCE_RESOURCES", str(tmp_path))
    window = open_window(unit_profile("006"))
    support = SpellingSupport(window.session, window.form.narrative, window.statusBar(), window)
    support.start(load_spelling)
    support.wait()
    qtbot.waitUntil(lambda: "Sin revisión de ortografía" in window.statusBar().currentMessage())
    assert support.checker is None


def test_a_dictionary_that_breaks_while_loading_is_said_in_the_status_bar(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    def broken() -> SpanishSpelling:
        raise KeyError("afijo")  # what a damaged .aff file can raise inside the library

    window = open_window(unit_profile("006"))
    support = SpellingSupport(window.session, window.form.narrative, window.statusBar(), window)
    support.start(broken)
    support.wait()
    qtbot.waitUntil(lambda: "Sin revisión de ortografía" in window.statusBar().currentMessage())
    assert support.checker is None


def test_text_pasted_from_word_keeps_its_line_breaks_as_lines(
    editor: NarrativeEdit, qtbot: QtBot
) -> None:
    # Word copies a manual line break as U+000B: kept, it made the coordinator refuse the
    # package («un carácter que no es texto (U+000B)») even after it was corrected.
    data = QMimeData()
    data.setText("SE ATENDIERON 386 SOLICITUDES.\x0bLA EVIDENCIA\x07 ESTÁ EN LA CARPETA.")

    editor.insertFromMimeData(data)

    assert editor.toPlainText() == (
        "SE ATENDIERON 386 SOLICITUDES.\nLA EVIDENCIA ESTÁ EN LA CARPETA."
    )
