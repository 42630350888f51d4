"""Program errors escaping a slot or a worker thread reach the person once, on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from pytestqt.qtbot import QtBot
from typing_extensions import override

from ism_desktop.gui.program_error_hook import ProgramErrorHook
from ism_desktop.platform import data_dir
from ism_desktop.workspace.error_log import ERROR_LOG_NAME

pytestmark = pytest.mark.gui


class _Told:
    def __init__(self) -> None:
        self.messages: list[str] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, message: str) -> None:
        self.messages.append(message)
        self.threads.append(threading.current_thread())


@pytest.fixture
def told(qtbot: QtBot) -> Iterator[_Told]:
    told = _Told()
    hook = ProgramErrorHook(told)
    hook.install()
    yield told
    hook.uninstall()


class _Broken(QRunnable):
    @override
    def run(self) -> None:
        raise KeyError("E306")


def test_an_error_in_a_pool_task_is_told_on_the_gui_thread(qtbot: QtBot, told: _Told) -> None:
    pool = QThreadPool()
    pool.start(_Broken())
    pool.waitForDone()
    qtbot.waitUntil(lambda: bool(told.messages), timeout=10_000)

    assert told.threads == [threading.main_thread()]
    assert told.messages[0].startswith("Ocurrió un error inesperado: 'E306'")
    assert "KeyError: 'E306'" in (data_dir() / ERROR_LOG_NAME).read_text(encoding="utf-8")


def test_an_error_in_a_python_thread_is_told_on_the_gui_thread(qtbot: QtBot, told: _Told) -> None:
    def broken() -> None:
        raise AssertionError()

    thread = threading.Thread(target=broken)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(told.messages), timeout=10_000)

    assert told.threads == [threading.main_thread()]
    # An exception that says nothing is named by its kind.
    assert told.messages[0].startswith("Ocurrió un error inesperado: AssertionError")


def test_errors_while_a_message_is_open_are_recorded_not_stacked(qtbot: QtBot) -> None:
    messages: list[str] = []
    hook: ProgramErrorHook

    def tell(message: str) -> None:
        messages.append(message)
        for number in range(20):  # a failing slot called again while the box is open
            hook.on_exception(ValueError, ValueError(f"otra {number}"), None)
        qtbot.wait(50)  # the box's own event loop delivers what was queued meanwhile

    hook = ProgramErrorHook(tell)
    hook.on_exception(ValueError, ValueError("primera"), None)
    qtbot.wait(100)

    assert len(messages) == 1
    log = (data_dir() / ERROR_LOG_NAME).read_text(encoding="utf-8")
    assert log.count("ValueError: otra") == 20
