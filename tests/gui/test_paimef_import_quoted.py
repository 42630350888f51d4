"""«Importar» in the PAIMEF window quotes a refused value short: the box fits, nothing changes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.exchange.paimef.programme_json import programme_to_json
from ism_desktop.store.store import Store
from tests.gui.conftest import shown_paimef
from tests.gui.paimef_stores import TODAY, stored_programme
from tests.hostile.generators import echoed_values
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Enlace PAIMEF", "ana")
VALUES = dict(echoed_values())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with stored_programme(tmp_path, AUTHOR) as opened:
        yield opened


@pytest.mark.parametrize("value_id", VALUES)
def test_a_refused_vertiente_is_quoted_short_in_the_box(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value_id: str
) -> None:
    document = json.loads(programme_to_json(programme()))
    document["acciones"][1]["vertiente"] = VALUES[value_id]
    path = tmp_path / "hostil.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    said: list[str] = []

    def warned(_parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warned)
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)

    window.import_file()

    [text] = said
    # 100 000 characters made a box no screen holds; an escape went into it as it came.
    assert text.startswith("hostil.json, línea 28 (acción A.2, vertiente): «"), text[:120]
    assert len(text) < 300, len(text)
    assert text.isprintable(), ascii(text[:120])
    assert store.paimef.load(2026) == programme()
