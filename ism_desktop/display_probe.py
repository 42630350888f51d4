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
    if number is None:
        return display  # digits of another script («:²»): no X library reads them
    port = tcp_port_base + number
    if host in {"", "unix"}:
        path = str(socket_dir / f"X{number}")
        # The abstract name too: a sandbox may share the server's network but not its /tmp.
        reached = _unix_answers(path) or _unix_answers("\0" + path)
        # «:N» without a socket is tried on localhost's port, as Xlib and xcb do (an X server
        # on Windows for WSL, a container sharing the network but not /tmp); «unix:N» is not.
        if not reached and not host:
            reached = _tcp_answers("localhost", port)
    else:
        reached = _tcp_answers(host.removeprefix("[").removesuffix("]"), port)
    return None if reached else display


def _uses_x11(environ: Mapping[str, str], system: str) -> bool:
    if not system.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").lower()
    if chosen:
        # «xcb», «xcb:options»; a list («xcb;offscreen») falls back on its own.
        return {entry.partition(":")[0] for entry in chosen.split(";")} == {"xcb"}
    # Unchosen, Qt takes Wayland in a Wayland session (its default socket when the session
    # names none).
    wayland = environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    return not (environ.get("WAYLAND_DISPLAY") or wayland)


def _parse(display: str) -> tuple[str, int | None] | None:
    """``[host]:number[.screen]`` as (host, number); None for any other form.

    The number is None when its digits are not ASCII ones (``str.isdigit`` takes «²» and «٣»).
    """
    host, colon, rest = display.rpartition(":")
    number = rest.partition(".")[0]
    if not colon or not number.isdigit() or "/" in host:
        return None  # «tcp/host», a socket's path
    return host, int(number) if number.isascii() else None


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
    # OverflowError: a port past 65535; ValueError (UnicodeError): a host name no resolver
    # takes («a..b»). Neither can be a display.
    except (OSError, OverflowError, ValueError):
        return False
    return True
