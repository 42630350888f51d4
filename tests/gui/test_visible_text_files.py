"""A file dialog's listing is the folder's files, not the program's words.

The check that every text a person reads is Spanish walked an open file dialog and read the
names of the files in its folder («look_data», «hM2_files.txt», left in the temporary folder
by other programs) as English words of the program: a test that failed by what was on disk.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel
from pytestqt.qtbot import QtBot

from tests.gui.visible_text import problems, widget_texts

pytestmark = pytest.mark.gui


def test_the_names_of_the_files_in_a_dialogs_folder_are_not_read_as_its_words(
    qtbot: QtBot, tmp_path: Path
) -> None:
    names = ["look_data", "the_files.txt", "preview settings.pdf"]
    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    dialog = QFileDialog(None, "Guardar informe", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    # The folder's files are listed: the check would have read them.
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == len(names))

    found = problems(widget_texts(dialog))

    assert not [problem for problem in found if any(name in problem for name in names)]
