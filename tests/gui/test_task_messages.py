"""A background task that fails on the database or the disk says why in Spanish."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from ism_desktop.gui.task_runner import describe_error


@pytest.mark.parametrize(
    ("failure", "spanish"),
    [
        (sqlite3.OperationalError("database is locked"), "otro programa la está usando"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "solo lectura"),
        (OSError(errno.ENOSPC, "No space left on device"), "el disco está lleno"),
    ],
)
def test_database_and_disk_failures_read_in_spanish(failure: Exception, spanish: str) -> None:
    message = describe_error(failure)

    assert spanish in message
    assert "locked" not in message
    assert "No space" not in message
