"""A window start with no display to open on: said in Spanish, exit 2, never Qt's abort.

Qt ends the process itself when it finds no display (an SSH session, a script opening a
package, a ``DISPLAY`` left over from a session that is gone), before any Python code could
catch it: the process aborted with Qt's English messages (exit 134) instead of saying why.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

X11_SOCKETS = Path("/tmp/.X11-unix")
on_linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X displays are Linux's")


def _start(
    tmp_path: Path, *args: str, display: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env |= {"ISM_AVANCE_DATA_DIR": str(tmp_path / "datos"), "PYTHONIOENCODING": "utf-8"}
    if display is not None:
        env["DISPLAY"] = display
    return subprocess.run(
        [sys.executable, "-m", "ism_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def _display_with_no_server() -> str:
    """A display number no X server listens on: neither its socket file nor its abstract name."""
    listening = Path("/proc/net/unix").read_text(encoding="utf-8")
    for number in range(99, 400):
        socket_file = X11_SOCKETS / f"X{number}"
        if not socket_file.exists() and f"@{socket_file}\n" not in listening:
            return f":{number}"
    pytest.skip("every display number from :99 to :399 has a server")


def test_a_bad_database_without_a_display_is_said_and_exits_2(tmp_path: Path) -> None:
    result = _start(tmp_path, "--db", str(tmp_path))

    assert result.returncode == 2, result.stderr
    assert "es una carpeta; indique el nombre del archivo" in result.stderr
    assert "Qt" not in result.stderr


@on_linux
def test_a_bad_database_on_a_display_no_server_answers_is_said_and_exits_2(
    tmp_path: Path,
) -> None:
    result = _start(tmp_path, "--db", str(tmp_path), display=_display_with_no_server())

    assert result.returncode == 2, result.stderr
    assert "es una carpeta; indique el nombre del archivo" in result.stderr
    assert "Qt" not in result.stderr


@on_linux
def test_the_window_on_a_display_no_server_answers_says_so_and_exits_2(tmp_path: Path) -> None:
    display = _display_with_no_server()

    result = _start(tmp_path, display=display)

    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(
        f"Error: no se pudo abrir la ventana: no hay una pantalla disponible (DISPLAY={display})."
    ), result.stderr
    assert "Qt" not in result.stderr
    assert not (tmp_path / "datos" / "ism_avance.sqlite3").exists()


@on_linux
def test_the_window_with_no_display_at_all_says_so_and_exits_2(tmp_path: Path) -> None:
    result = _start(tmp_path)

    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(
        "Error: no se pudo abrir la ventana: no hay una pantalla disponible "
        "(la variable DISPLAY no está definida)."
    ), result.stderr
    assert "Qt" not in result.stderr
