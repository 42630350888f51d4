"""Every file name typed in Qt's own «Recibir paquetes» dialog is received, not one of them.

Qt's dialog (Linux without a desktop's own) reads a typed list by its quotes: a name clicked,
then another typed in quotes («a.ismpaq "b.ismpaq"»), gave «b.ismpaq» alone, and the other
package was never received nor said to be left out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui import places

pytestmark = pytest.mark.gui

ONE, OTHER = "ETCA-III-04_2024_T1_unidad_004 (1).ismpaq", "ETCA-III-04_2024_T1_unidad_008.ismpaq"


def _typed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, folder: Path, typed: str
) -> tuple[list[str], list[str]]:
    """Type ``typed`` in the dialog's name field and press «Abrir»: the files and what was said."""

    def exec_typing(dialog: QFileDialog) -> int:
        dialog.setDirectory(str(folder))
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert field is not None  # Qt's own dialog, as on Linux
        field.setText(typed)
        dialog.accept()
        return dialog.result()

    said: list[str] = []
    monkeypatch.setattr(QFileDialog, "exec", exec_typing)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: said.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    return places.open_files(parent, "Recibir paquetes", "Paquetes (*.ismpaq)"), said


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in (ONE, OTHER):
        (tmp_path / name).write_bytes(b"PK")
    return tmp_path


@pytest.mark.parametrize(
    "typed",
    [
        f'{ONE} "{OTHER}"',  # one clicked (shown bare), the other typed in quotes: both now
        f'"{ONE}" "{OTHER}"',  # both in quotes: both, as before
    ],
)
def test_every_name_typed_is_taken(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, folder: Path, typed: str
) -> None:
    names, said = _typed(qtbot, monkeypatch, folder, typed)

    assert sorted(names) == [str(folder / ONE), str(folder / OTHER)]
    assert said == []


def test_a_typed_name_that_is_no_file_is_said_to_be_left_out(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    names, said = _typed(qtbot, monkeypatch, folder, f'paquete_009.ismpaq "{OTHER}"')

    assert names == [str(folder / OTHER)]
    assert said == [
        f"Solo se toma «{OTHER}»: «paquete_009.ismpaq» no es un archivo de la carpeta "
        f"«{folder}». Para elegir varios archivos, escriba cada nombre entre comillas o "
        "selecciónelos con Ctrl."
    ]
