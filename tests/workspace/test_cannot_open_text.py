"""What the window says when the database cannot be opened: the fact once, then its cause."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ism_desktop.store.database import open_database
from ism_desktop.store.errors import DamagedDataError
from ism_desktop.workspace.failures import cannot_open_text


def test_a_damaged_file_is_said_once_with_its_name(tmp_path: Path) -> None:
    # The box read «No se pudo abrir la base de datos.» and, below, «No se pudo abrir la base
    # de datos «…»: el archivo … está dañado.»: the same fact twice.
    db = tmp_path / "avance.sqlite3"
    open_database(db).close()
    data = bytearray(db.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)
    db.write_bytes(bytes(data))
    with pytest.raises(DamagedDataError) as refused:
        open_database(db)

    assert cannot_open_text(refused.value) == (
        f"No se pudo abrir la base de datos «{db}»: el archivo de la base de datos está dañado."
    )


def test_a_cause_that_names_no_file_follows_the_fact() -> None:
    busy = sqlite3.OperationalError("database is locked")

    assert cannot_open_text(busy) == (
        "No se pudo abrir la base de datos.\n\nOtro programa está usando la base de datos; "
        "intente de nuevo en un momento."
    )
