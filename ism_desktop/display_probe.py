"""Whether the window's X display answers, asked before Qt is loaded.

Qt's X platform (xcb) ends the process itself when its display does not answer (a ``DISPLAY``
left from a session that is gone, an SSH session without X forwarding): an abort, exit 134 and
English messages, before any Python code can say anything. Connecting to the X server's socket
first, as Xlib would, costs a fraction of a millisecond and lets the start say it in Spanish.
Other platforms (Wayland, offscreen, Windows, macOS) are left to Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

X11_SOCKET_DIR = Path("/tmp/.X11-unix")
X11_TCP_PORT_BASE = 6000
# A remote display that does not answer would otherwise hold the start for the system's
# connect timeout (minutes); one that answers does so in milliseconds.
TCP_TIMEOUT_SECONDS = 1.0


def unreachable_display(
    environ: Mapping[str, str] = os.environ,
    *,
    socket_dir: Path = X11_SOCKET_DIR,
    tcp_port_base: int = X11_TCP_PORT_BASE,
    system: str = sys.platform,
) -> str | None:
    """The ``DISPLAY`` Qt would fail to open ("" when unset), or None when it opens or is not X."""
    if not _uses_x11(environ, system):
        return None
    display = environ.get("DISPLAY", "")
    if not display:
        return ""
    parsed = _parse(display)
    if parsed is None:
        return None  # a form Xlib may know and we do not: Qt tells
    host, number = parsed
    if host in {"", "unix"}:
        path = str(socket_dir / f"X{number}")
        # The abstract name too: a sandbox may share the server's network but not its /tmp.
        reached = _unix_answers(path) or _unix_answers("\0" + path)
    else:
        reached = _tcp_answers(host, tcp_port_base + number)
    return None if reached else display


def _uses_x11(environ: Mapping[str, str], system: str) -> bool:
    if not system.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        # «xcb», «xcb:options»; a list («xcb;offscreen») falls back on its own.
        return {entry.partition(":")[0] for entry in chosen.split(";")} == {"xcb"}
    # Unchosen, Qt takes Wayland in a Wayland session.
    return not environ.get("WAYLAND_DISPLAY")


def _parse(display: str) -> tuple[str, int] | None:
    """``[host]:number[.screen]`` as (host, number); None for any other form."""
    host, colon, rest = display.rpartition(":")
    number = rest.partition(".")[0]
    if not colon or not number.isdigit() or "/" in host:  # «tcp/host», a socket's path
        return None
    return host, int(number)


def _unix_answers(address: str) -> bool:
    import socket  # only when X is asked: the other platforms do not pay for it

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        try:
            client.connect(address)
        except OSError:
            return False
    return True


def _tcp_answers(host: str, port: int) -> bool:
    import socket

    try:
        socket.create_connection((host, port), timeout=TCP_TIMEOUT_SECONDS).close()
    except OSError:
        return False
    return True
