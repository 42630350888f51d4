"""The copy kept of a damaged file is not offered as a way to mend it.

Opening a damaged file left with a -wal keeps both first («al abrir (archivo dañado)»); the
window then offered «Hay una copia de seguridad… Restaurar una copia…», and the only copy listed
was the damaged one, which restoring refuses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ism_desktop.gui import damaged_database
from ism_desktop.platform import backups_dir
from ism_desktop.store.backup import create_backup
from ism_desktop.store.backup_catalogue import list_backups
from ism_desktop.store.database import open_database
from ism_desktop.store.errors import DamagedDataError
from tests.gui.received_boxes import plain_words
from tests.store.test_damaged_wal import damage_pages, leave_work_in_the_log

pytestmark = pytest.mark.gui


def _refused_open(tmp_path: Path, *, good_copy: bool) -> tuple[Path, DamagedDataError]:
    db = tmp_path / "avance.sqlite3"
    open_database(db).close()
    if good_copy:
        create_backup(db, backups_dir(), "manual")
    leave_work_in_the_log(db, tmp_path / "al_cortarse_la_luz")
    damage_pages(db)
    with pytest.raises(DamagedDataError) as refused:
        open_database(db)
    return db, refused.value


def _answered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window asks, each question left with «Salir» (no button clicked)."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(plain_words(box.text()))  # its paths are given lines of their own
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_only_the_damaged_copy_offers_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    db, failure = _refused_open(tmp_path, good_copy=False)
    # The damaged file was kept: a copy of this very database exists.
    assert [info.reason for info in list_backups(backups_dir(), db)] == [
        "al abrir (archivo dañado)"
    ]
    asked = _answered(monkeypatch)

    assert damaged_database.restored_after_damage(failure, db) is None
    assert asked == []


def test_a_good_copy_is_offered_and_the_damaged_one_not_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    db, failure = _refused_open(tmp_path, good_copy=True)
    asked = _answered(monkeypatch)

    assert damaged_database.restored_after_damage(failure, db) is damaged_database.Left.LEFT
    assert len(asked) == 2  # the offer, then what leaving kept
    # One copy, said as one: «Hay 1 copia … Puede restaurar una» offered a choice of one.
    # Its file is named above, in the failure.
    assert asked[0].endswith(
        "\n\nHay una copia de seguridad de esta base de datos. Puede restaurarla: antes se "
        "guarda otra copia con los datos como están ahora."
    )
