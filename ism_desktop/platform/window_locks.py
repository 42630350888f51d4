"""The lock a window holds on its database, and whether one was left by a crash."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ism_desktop.platform import LOCKS_FOLDER_NAME, data_dir, database_key


def instance_lock_path(db_path: Path) -> Path:
    """The lock file held while a window has ``db_path`` open."""
    return data_dir() / LOCKS_FOLDER_NAME / f"{database_key(db_path)}.lock"


def lock_left_by_a_crash(lock: Path) -> bool:
    """True when a window's lock file was left by a process of this PC that is gone.

    The lock is Qt's (``QLockFile``): its holder's process id, the program's name and the PC's
    name, a line each. Anything unclear (unreadable, another PC's, a process still running)
    counts as held: a restore must never replace data under an open window.
    """
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
        host = lines[2].strip()
    except (OSError, ValueError, IndexError):
        return False
    import socket

    return pid > 0 and host == socket.gethostname() and not _running(pid)


# Process ids are 32-bit on every system (Linux caps them at 2^22): a bigger one never ran.
_MAX_PROCESS_ID = 2**31 - 1


def _running(pid: int) -> bool:
    if pid > _MAX_PROCESS_ID:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            # Access denied: a process of another user, running. Else no such process.
            return bool(ctypes.get_last_error() == 5)  # type: ignore[attr-defined,unused-ignore]
        code = ctypes.c_ulong()
        try:
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:  # another user's process: running
        return True
    return True
