"""Files dropped on the coordinator's window: the packages are received, the rest named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.test_coordination_window import COORDINATOR


def _dropped(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, *files: Path
) -> list[list[Path]]:
    """Drop ``files`` on the window; the files it went on to receive."""
    received: list[list[Path]] = []
    monkeypatch.setattr(window.coordination, "receive", lambda paths: received.append(paths))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(file)) for file in files])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: bool(received))  # once the drop has returned
    return received


@pytest.mark.parametrize(
    ("others", "said"),
    [
        ((), []),
        # The note dropped along with the package was dropped silently: believed read.
        (
            ("nota.txt", "oficio.pdf"),
            [
                "«nota.txt» y «oficio.pdf» no son paquetes de ISM Avance (.ismpaq o .zip) ni "
                "libros llenados (.xlsx): se dejaron fuera. Se revisan los demás archivos que "
                "soltó."
            ],
        ),
    ],
)
def test_dropping_a_package_on_the_window_receives_it_and_names_what_it_left_out(
    qtbot: QtBot,
    open_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    information_boxes: list[str],
    others: tuple[str, ...],
    said: list[str],
) -> None:
    package = tmp_path / "ETCA-III-04_2024_T1_unidad_004.zip"
    package.write_bytes(b"PK")
    files = [package, *(tmp_path / name for name in others)]

    received = _dropped(qtbot, open_window(COORDINATOR), monkeypatch, *files)

    assert received == [[package]]
    assert information_boxes == said
