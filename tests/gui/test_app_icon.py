"""The window icon comes in every size drawn for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from ism_desktop.gui.app_icon import ICON_SIZES, application_icon
from ism_desktop.platform import RESOURCES_ENV


def test_the_icon_has_every_size(qapp: QApplication) -> None:
    icon = application_icon()

    assert sorted(size.width() for size in icon.availableSizes()) == list(ICON_SIZES)
    assert icon.pixmap(QSize(32, 32)).width() == 32


def test_without_the_files_the_icon_is_empty(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path))

    assert application_icon().isNull()
