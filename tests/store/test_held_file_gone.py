"""A database held open and gone from its place since is not made again there, empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.store.errors import StoreError
from ism_desktop.store.store import Store


def test_a_held_file_moved_away_is_said_and_not_made_again(tmp_path: Path) -> None:
    path = tmp_path / "avance.sqlite3"
    with Store.open(path):
        path.rename(tmp_path / "movida.sqlite3")

        with pytest.raises(StoreError, match="ya no está en ese lugar"):
            Store.open(path, held=True)

        assert not path.exists()
