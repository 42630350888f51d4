"""Importing a Programa Anual over the one stored for its year: only when asked to replace it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_programme import (
    StoredProgrammeError,
    import_programme,
    same_programme_text,
    write_programme_file,
)
from tests.paimef_builders import action, programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")
TODAY = date(2026, 3, 20)


def _file(tmp_path: Path, year: int = 2026) -> Path:
    path = tmp_path / "programa.json"
    # Called again in a test for the same file once more: written over, as asked.
    changed = programme(action("A.9", "A", "A-I", "1000.00"), year=year)
    write_programme_file(changed, path, replacing=True)
    return path


def test_a_stored_programme_is_kept_unless_replacing_is_asked(tmp_path: Path) -> None:
    # The import replaced the stored programme (and every edit made to it) without a word.
    copies = tmp_path / "copias"
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])

        with pytest.raises(StoredProgrammeError) as refused:
            import_programme(store, _file(tmp_path), AUTHOR, TODAY, backups=copies)

        assert (refused.value.year, refused.value.actions, refused.value.file_name) == (
            2026,
            4,
            "programa.json",
        )
        # Its recorded dates named too: the file replaces them as well («Entrega…» typed here).
        assert str(refused.value) == (
            "Ya hay un Programa Anual PAIMEF 2026 guardado, con 4 acciones y 1 fecha registrada."
        )
        assert store.paimef.load(2026) == programme()
        assert not copies.exists()  # nothing done, not even the copy before a change

        change = import_programme(
            store, _file(tmp_path), AUTHOR, TODAY, backups=copies, replacing=True
        )

        assert [a.key for a in change.programme.actions] == ["A.9"]
        assert store.paimef.load(2026) == change.programme
        assert change.backup is not None


def test_a_year_with_nothing_stored_imports_without_asking(tmp_path: Path) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(year=2025), AUTHOR, "prueba", [])

        change = import_programme(store, _file(tmp_path), AUTHOR, TODAY, backups=tmp_path)

        assert store.paimef.load(2026) == change.programme
        assert store.paimef.load(2025) == programme(year=2025)


def test_the_same_programme_again_loses_nothing_and_needs_no_replacing(tmp_path: Path) -> None:
    path = tmp_path / "igual.json"
    write_programme_file(programme(), path)
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])

        change = import_programme(store, path, AUTHOR, TODAY, backups=tmp_path)

        assert change.changes == ()
        assert store.paimef.load(2026) == programme()


def test_an_identical_file_writes_nothing_not_even_a_copy_or_a_history_line(
    tmp_path: Path,
) -> None:
    # The same file again made a backup and wrote an empty «importación de …» in the history.
    path = tmp_path / "igual.json"
    write_programme_file(programme(), path)
    copies = tmp_path / "copias"
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        history = store.paimef.history(2026)

        change = import_programme(store, path, AUTHOR, TODAY, backups=copies, replacing=True)

        assert not change.written
        assert (change.changes, change.backup) == ((), None)
        assert store.paimef.history(2026) == history
        assert store.paimef.load(2026) == programme()
    assert not copies.exists()
    assert same_programme_text("igual.json", 2026) == (
        "El archivo igual.json tiene el mismo Programa Anual PAIMEF 2026 que el guardado: no se "
        "cambió nada."
    )


def test_a_different_file_is_still_written_with_its_copy(tmp_path: Path) -> None:
    copies = tmp_path / "copias"
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])

        change = import_programme(
            store, _file(tmp_path), AUTHOR, TODAY, backups=copies, replacing=True
        )

        assert change.written
        assert change.backup is not None
        assert store.paimef.history(2026)[-1].what == "importación de programa.json"
