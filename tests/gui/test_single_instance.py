"""One window per database: a second start hands its message to the first and backs off."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from ism_desktop.gui.single_instance import ACTIVATE_MESSAGE, SingleInstanceGuard, bring_to_front
from ism_desktop.platform.window_locks import instance_lock_path

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def guards(qapp: QApplication) -> Iterator[list[SingleInstanceGuard]]:
    # As in the program, the guard's sockets live in a running application.
    made: list[SingleInstanceGuard] = []
    yield made
    for guard in made:
        guard.release()


def guard_for(path: Path, made: list[SingleInstanceGuard]) -> SingleInstanceGuard:
    guard = SingleInstanceGuard(path)
    made.append(guard)
    return guard


def claimed(guard: SingleInstanceGuard) -> bool:
    """Claim and listen, as the program's start does; ``False`` if another process has it."""
    if not guard.claim():
        return False
    guard.listen()
    return True


def child(*args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.gui.instance_child", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=dict(os.environ),
    )


def test_the_second_guard_on_a_database_is_refused(
    tmp_path: Path, guards: list[SingleInstanceGuard]
) -> None:
    first = guard_for(tmp_path / "avance.sqlite3", guards)
    second = guard_for(tmp_path / "avance.sqlite3", guards)

    assert claimed(first)
    assert not claimed(second)
    assert instance_lock_path(tmp_path / "avance.sqlite3").exists()


def test_another_database_has_its_own_guard(
    tmp_path: Path, guards: list[SingleInstanceGuard]
) -> None:
    assert claimed(guard_for(tmp_path / "a.sqlite3", guards))
    assert claimed(guard_for(tmp_path / "b.sqlite3", guards))


def test_the_same_file_spelled_differently_is_the_same_database(
    tmp_path: Path, guards: list[SingleInstanceGuard]
) -> None:
    (tmp_path / "sub").mkdir()
    assert claimed(guard_for(tmp_path / "avance.sqlite3", guards))
    assert not claimed(guard_for(tmp_path / "sub" / ".." / "avance.sqlite3", guards))


def test_the_message_of_the_second_reaches_the_first(
    qtbot: QtBot, tmp_path: Path, guards: list[SingleInstanceGuard]
) -> None:
    first = guard_for(tmp_path / "avance.sqlite3", guards)
    second = guard_for(tmp_path / "avance.sqlite3", guards)
    assert claimed(first)
    assert not claimed(second)

    with qtbot.waitSignal(first.message_received, timeout=5000) as received:
        assert second.notify_running("C:/Paquetes/unidad_004.ismpaq")

    assert received.args == ["C:/Paquetes/unidad_004.ismpaq"]


def test_released_database_can_be_claimed_again(
    tmp_path: Path, guards: list[SingleInstanceGuard]
) -> None:
    first = guard_for(tmp_path / "avance.sqlite3", guards)
    assert claimed(first)
    first.release()

    assert claimed(guard_for(tmp_path / "avance.sqlite3", guards))
    first.release()  # releasing twice is harmless


def test_nobody_answers_when_nobody_has_the_database(
    tmp_path: Path, guards: list[SingleInstanceGuard]
) -> None:
    assert not guard_for(tmp_path / "avance.sqlite3", guards).notify_running(timeout_s=0.3)


@pytest.mark.slow
# 1500 ms: as the window, which claims the database before its first paint and listens after
# it; meanwhile the second start, started, tries to connect and tries again.
@pytest.mark.parametrize("listens_after_ms", [0, 1500])
def test_a_second_process_wakes_the_first_and_backs_off(
    qtbot: QtBot, tmp_path: Path, guards: list[SingleInstanceGuard], listens_after_ms: int
) -> None:
    first = guard_for(tmp_path / "avance.sqlite3", guards)
    assert first.claim()
    received: list[str] = []
    first.message_received.connect(received.append)

    second = child("notificar", tmp_path / "avance.sqlite3")
    qtbot.wait(listens_after_ms)
    first.listen()
    qtbot.waitUntil(lambda: received == [ACTIVATE_MESSAGE], timeout=20000)
    out, err = second.communicate(timeout=20)

    assert out == "OCUPADA ENVIADO\n", err
    assert second.returncode == 0


@pytest.mark.slow
def test_the_lock_of_a_crashed_process_is_taken_over(
    qtbot: QtBot, tmp_path: Path, guards: list[SingleInstanceGuard]
) -> None:
    holder = child("retener", tmp_path / "avance.sqlite3")
    assert holder.stdout is not None
    try:
        assert holder.stdout.readline() == "RETENIDA\n"
        assert not claimed(guard_for(tmp_path / "avance.sqlite3", guards))
    finally:
        holder.kill()  # like a power cut: no chance to release anything
        holder.communicate(timeout=20)

    successor = guard_for(tmp_path / "avance.sqlite3", guards)
    assert claimed(successor)
    with qtbot.waitSignal(successor.message_received, timeout=5000) as received:
        assert guard_for(tmp_path / "avance.sqlite3", guards).notify_running("hola")
    assert received.args == ["hola"]


# The offscreen platform cannot stack windows; Windows and X11 can.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_bring_to_front_restores_a_minimised_window(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()

    bring_to_front(window)

    assert not window.isMinimized()
    assert window.isVisible()


@pytest.mark.slow
def test_closing_while_a_second_start_is_connected_ends_cleanly(tmp_path: Path) -> None:
    # The window closes (release, then the guard is collected) while a second start is still
    # connected: the socket's late «disconnected» reached a deleted socket (a traceback), and
    # when the guard went first, the process ended with a segmentation fault.
    closing = child("cerrar_con_conexion", tmp_path / "avance.sqlite3")
    out, err = closing.communicate(timeout=30)

    assert out == "CERRADA\n", err
    assert closing.returncode == 0, err
    assert err == ""
