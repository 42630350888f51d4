"""The X display probe: a server that listens is reached, one that does not is told apart.

Real sockets, made here: a listening AF_UNIX socket file, an abstract one, a TCP port.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.display_probe import unreachable_display

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="X displays are Linux's"
)


@pytest.fixture
def sockets(tmp_path: Path) -> Path:
    folder = tmp_path / "x"  # short: a socket's path has a limit of 107 bytes
    folder.mkdir()
    return folder


def _listening_file(path: Path) -> socket.socket:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen()
    return server


@pytest.fixture
def tcp_server() -> Iterator[int]:
    with socket.create_server(("127.0.0.1", 0)) as server:
        yield server.getsockname()[1]


def test_a_listening_socket_file_is_reached(sockets: Path) -> None:
    with _listening_file(sockets / "X7"):
        for display in (":7", ":7.0", "unix:7", "unix:7.1"):
            assert unreachable_display({"DISPLAY": display}, socket_dir=sockets) is None


def test_no_socket_file_is_unreachable(sockets: Path) -> None:
    with _listening_file(sockets / "X7"):
        assert unreachable_display({"DISPLAY": ":8"}, socket_dir=sockets) == ":8"
        assert unreachable_display({"DISPLAY": "unix:8.0"}, socket_dir=sockets) == "unix:8.0"


def test_a_socket_file_left_by_a_server_that_ended_is_unreachable(sockets: Path) -> None:
    _listening_file(sockets / "X7").close()  # the file stays, nobody listens

    assert (sockets / "X7").exists()
    assert unreachable_display({"DISPLAY": ":7"}, socket_dir=sockets) == ":7"


def test_a_listening_abstract_socket_is_reached(sockets: Path) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(f"\0{sockets}/X5")
        server.listen()

        assert not (sockets / "X5").exists()
        assert unreachable_display({"DISPLAY": ":5"}, socket_dir=sockets) is None


def test_a_listening_tcp_port_is_reached(tcp_server: int) -> None:
    # Display 2 of a host is its port 6002 normally; here the first port is moved to 2 below ours.
    environ = {"DISPLAY": "127.0.0.1:2.0"}

    assert unreachable_display(environ, tcp_port_base=tcp_server - 2) is None


def test_a_closed_tcp_port_is_unreachable() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]

    assert unreachable_display({"DISPLAY": "127.0.0.1:0"}, tcp_port_base=port) == "127.0.0.1:0"


def test_no_display_at_all_is_unreachable() -> None:
    assert unreachable_display({}) == ""
    assert unreachable_display({"DISPLAY": ""}) == ""


@pytest.mark.parametrize(
    "environ",
    [
        {"DISPLAY": ":7", "WAYLAND_DISPLAY": "wayland-0"},
        {"DISPLAY": ":7", "QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "wayland"},
        {"DISPLAY": ":7", "QT_QPA_PLATFORM": "xcb;offscreen"},
    ],
    ids=["wayland", "offscreen", "wayland-elegido", "xcb-o-offscreen"],
)
def test_a_platform_other_than_x_is_not_probed(sockets: Path, environ: dict[str, str]) -> None:
    assert unreachable_display(environ, socket_dir=sockets) is None


@pytest.mark.parametrize("chosen", ["xcb", "xcb:nograb"])
def test_x_chosen_by_hand_is_probed_even_in_a_wayland_session(sockets: Path, chosen: str) -> None:
    environ = {"DISPLAY": ":7", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": chosen}

    assert unreachable_display(environ, socket_dir=sockets) == ":7"
    with _listening_file(sockets / "X7"):
        assert unreachable_display(environ, socket_dir=sockets) is None


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_windows_and_macos_are_not_probed(sockets: Path, system: str) -> None:
    assert unreachable_display({"DISPLAY": ":7"}, socket_dir=sockets, system=system) is None
    assert unreachable_display({}, socket_dir=sockets, system=system) is None


@pytest.mark.parametrize("display", ["pantalla", ":siete", "/private/tmp/launchd/org.x:0"])
def test_a_display_name_not_understood_is_left_to_qt(sockets: Path, display: str) -> None:
    assert unreachable_display({"DISPLAY": display}, socket_dir=sockets) is None


def test_a_server_listening_only_on_tcp_is_reached_through_the_local_form(
    sockets: Path, tcp_server: int
) -> None:
    # Xlib and xcb try localhost's port when «:N» has no socket (an X server on Windows for
    # WSL, a container sharing the network but not /tmp).
    environ = {"DISPLAY": ":2.0"}

    assert unreachable_display(environ, socket_dir=sockets, tcp_port_base=tcp_server - 2) is None
    # «unix:N» asks for the socket alone.
    unix_only = {"DISPLAY": "unix:2"}
    assert (
        unreachable_display(unix_only, socket_dir=sockets, tcp_port_base=tcp_server - 2) == "unix:2"
    )


def test_an_ipv6_host_in_brackets_is_reached() -> None:
    try:
        server = socket.create_server(("::1", 0), family=socket.AF_INET6)
    except OSError:
        pytest.skip("no IPv6 loopback here")
    with server:
        port = server.getsockname()[1]
        environ = {"DISPLAY": "[::1]:3.0"}

        assert unreachable_display(environ, tcp_port_base=port - 3) is None


@pytest.mark.parametrize(
    "display",
    [
        ":²",
        ":٣",
        "localhost:99999999999999999999",
        ":99999999999999999999",
        "a..b:0",
        "a" * 70 + ":0",
        "localhost:70000",
    ],
)
def test_a_display_no_server_can_have_is_unreachable_never_an_error(
    sockets: Path, display: str
) -> None:
    assert unreachable_display({"DISPLAY": display}, socket_dir=sockets) == display


def test_the_platform_is_read_whatever_its_case(sockets: Path) -> None:
    assert (
        unreachable_display({"DISPLAY": ":7", "QT_QPA_PLATFORM": "XCB"}, socket_dir=sockets) == ":7"
    )
    assert unreachable_display({"QT_QPA_PLATFORM": "Offscreen"}, socket_dir=sockets) is None


def test_a_wayland_session_without_its_variable_is_left_to_qt(sockets: Path) -> None:
    # Qt takes Wayland in such a session (its default socket), DISPLAY or not.
    assert unreachable_display({"XDG_SESSION_TYPE": "wayland"}, socket_dir=sockets) is None
