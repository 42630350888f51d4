"""Backups made while the PC's clock was wrong: they never crowd out the real recent copies."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from ism_desktop.store.backup import backup_on_open, create_backup
from ism_desktop.store.backup_catalogue import list_backups
from tests.store.backup_marks import set_mark

# The day the clock is right again, and the years it was set ahead before that.
T0 = datetime(2024, 5, 2, 10, 30, 0)
AHEAD = T0 + timedelta(days=3 * 365)


def test_copies_dated_in_the_future_do_not_crowd_out_the_real_recent_ones(
    db: Path, folder: Path
) -> None:
    # The clock was years ahead for a while, then corrected: every real copy made afterwards
    # was rotated away by the next one while the future-dated ones stayed «newest» forever.
    for n in range(3):
        create_backup(db, folder, f"reloj adelantado {n}", keep=3, now=AHEAD + timedelta(hours=n))
    real = [
        create_backup(db, folder, f"real {n}", keep=3, now=T0 + timedelta(minutes=n))
        for n in range(5)
    ]

    kept = list_backups(folder, db, now=real[-1].created_at)

    assert [info.reason for info in kept] == ["real 4", "real 3", "real 2"]
    assert all(info.path.exists() for info in real[2:])


def test_the_copy_just_made_survives_a_folder_full_of_future_dated_copies(
    db: Path, folder: Path
) -> None:
    for n in range(4):
        create_backup(db, folder, f"reloj adelantado {n}", keep=4, now=AHEAD + timedelta(hours=n))

    just_made = create_backup(db, folder, "ahora", keep=1, now=T0)

    assert just_made.path.exists()
    assert [info.reason for info in list_backups(folder, db, now=T0)] == ["ahora"]


def test_the_list_to_restore_shows_future_dated_copies_after_the_real_ones(
    db: Path, folder: Path
) -> None:
    # They may be the only good copies, so they stay listed; but «restaurar 1» is the most
    # recent real copy, not one dated years ahead.
    older_ahead = create_backup(db, folder, "adelantada 1", now=AHEAD)
    newer_ahead = create_backup(db, folder, "adelantada 2", now=AHEAD + timedelta(hours=1))
    old = create_backup(db, folder, "vieja", now=T0 - timedelta(days=1))
    recent = create_backup(db, folder, "reciente", now=T0)

    listed = list_backups(folder, db, now=T0 + timedelta(minutes=5))

    assert [info.path for info in listed] == [
        recent.path,
        old.path,
        newer_ahead.path,
        older_ahead.path,
    ]


def test_a_copy_a_few_minutes_ahead_still_counts_as_the_newest(db: Path, folder: Path) -> None:
    # Clocks drift by minutes, and are set right by minutes: that is no wrong clock.
    earlier = create_backup(db, folder, "antes", now=T0 - timedelta(hours=3))
    slightly_ahead = create_backup(db, folder, "un poco adelantada", now=T0 + timedelta(minutes=20))

    listed = list_backups(folder, db, now=T0)

    assert [info.path for info in listed] == [slightly_ahead.path, earlier.path]


def test_opening_compares_with_the_newest_real_copy_not_a_future_dated_one(
    db: Path, folder: Path
) -> None:
    # Compared with a copy dated years ahead, every opening looked like a change: one more copy
    # each time, each pushing an older one out of the rotation.
    set_mark(db, "cuando el reloj estaba adelantado")
    create_backup(db, folder, "al abrir", now=datetime.now() + timedelta(days=3 * 365))
    set_mark(db, "hoy")
    first = backup_on_open(db, folder)

    again = backup_on_open(db, folder)

    assert first is not None
    assert again is None
    assert len(list_backups(folder, db)) == 2


def test_a_future_dated_copy_says_the_clock_was_ahead(db: Path, folder: Path) -> None:
    # Listed last with nothing said, a copy dated years ahead looked like a mistake of the list.
    from ism_desktop.workspace.backups import copy_date_text

    ahead = create_backup(db, folder, "adelantada", now=AHEAD)
    recent = create_backup(db, folder, "reciente", now=T0)

    assert copy_date_text(recent, now=T0) == "02/05/2024 10:30"
    assert copy_date_text(ahead, now=T0) == "02/05/2027 10:30 (reloj adelantado)"
