"""A background task that fails on the database or the disk says why in Spanish."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from ism_desktop.gui.task_runner import describe_error
from ism_desktop.platform import data_dir
from ism_desktop.workspace.error_log import ERROR_LOG_NAME


@pytest.mark.parametrize(
    ("failure", "spanish"),
    [
        (
            sqlite3.OperationalError("database is locked"),
            "otro programa está usando la base de datos",
        ),
        (sqlite3.OperationalError("attempt to write a readonly database"), "solo lectura"),
        (OSError(errno.ENOSPC, "No space left on device"), "el disco está lleno"),
    ],
)
def test_database_and_disk_failures_read_in_spanish(failure: Exception, spanish: str) -> None:
    message = describe_error(failure)

    assert spanish in message
    assert "locked" not in message
    assert "No space" not in message


def test_a_program_error_in_a_task_is_said_and_its_details_kept_for_support() -> None:
    codes: dict[str, int] = {}
    try:
        codes["E306"]
    except KeyError as exc:
        message = describe_error(exc)

    assert message == "Ocurrió un error inesperado: 'E306'"
    log = data_dir() / ERROR_LOG_NAME
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")
    assert "KeyError: 'E306'" in log.read_text(encoding="utf-8")


def test_a_coordination_task_says_database_failures_in_spanish_and_its_own_errors_as_written() -> (
    None
):
    from ism_desktop.gui.coordination_actions import failure_message
    from ism_desktop.workspace.opening import StoreError

    describe = failure_message("No se guardaron los paquetes")

    locked = describe(sqlite3.OperationalError("database is locked"))
    own = describe(StoreError("la base de datos es de otra unidad."))

    assert locked == (
        "No se guardaron los paquetes. No se pudo completar: otro programa está usando la base "
        "de datos; intente de nuevo en un momento."
    )
    assert own == "No se guardaron los paquetes: la base de datos es de otra unidad."
    assert not (data_dir() / ERROR_LOG_NAME).exists()  # neither is a defect of the program


def test_a_defect_in_a_coordination_task_is_said_and_recorded() -> None:
    from ism_desktop.gui.coordination_actions import failure_message

    try:
        raise AssertionError()
    except AssertionError as exc:
        message = failure_message("No se guardaron los paquetes")(exc)

    assert message == "No se guardaron los paquetes. Ocurrió un error inesperado: AssertionError"
    assert "AssertionError" in (data_dir() / ERROR_LOG_NAME).read_text(encoding="utf-8")
