"""Composition root: the command line for sub-commands, otherwise the window."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

# Measured from here: the start-up benchmark reports time to the window shown.
PROCESS_START = time.perf_counter()
PACKAGE_SUFFIX = ".ismpaq"
MEASURE_STARTUP = "--medir-arranque"
# Answered from the program alone: a data folder that cannot be used does not stop them.
NEEDS_NO_DATA = frozenset({"--version", "-h", "--help", "--ayuda"})


def _window_arguments(
    args: list[str], refused: Callable[[str], None] | None = None
) -> argparse.Namespace:
    """The window's options; ``refused`` is also told the Spanish error that ends the start."""
    from ism_desktop.cli.db_option import database_argument
    from ism_desktop.cli.path_arguments import file_argument
    from ism_desktop.cli.spanish_argparse import SpanishArgumentParser

    parser = SpanishArgumentParser(
        prog="ism-desktop",
        description="Abre la ventana del programa.",
        on_error=refused,
    )
    parser.add_argument(
        "package",
        type=file_argument,
        nargs="?",
        default=None,
        metavar="PAQUETE",
        help="paquete (.ismpaq) que se abre para recibirlo",
    )
    # Checked as it is read, as every command checks it: a name the system refuses was found
    # only once the window opened it, and said as an unexpected error.
    parser.add_argument("--db", type=database_argument, default=None, metavar="ARCHIVO")
    parser.add_argument(
        MEASURE_STARTUP, dest="measure_startup", action="store_true", help=argparse.SUPPRESS
    )
    return parser.parse_args(args)


def _opens_window(first: str) -> bool:
    # A double-clicked package arrives as the only argument (the installer registers .ismpaq).
    return (
        first.startswith("--db")
        or first == MEASURE_STARTUP
        or first.lower().endswith(PACKAGE_SUFFIX)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``ism-desktop`` and ``python -m ism_desktop``."""
    args = list(sys.argv[1:] if argv is None else argv)
    from ism_desktop.platform import data_dir_problem

    window = not args or _opens_window(args[0])
    # The start-up benchmark runs the window unattended: nobody would close a box.
    refused = _refuse_window if window and MEASURE_STARTUP not in args else None
    # Before either starts: the window said a data folder too long as an unexpected error,
    # and a command found out only once it wrote there (a backup, the error log).
    problem = None if _needs_no_data(args) else data_dir_problem()
    if problem is not None:
        print(f"Error: {problem}", file=sys.stderr)
        if refused is not None:
            refused(problem)
        return 2
    try:
        if not window:
            from ism_desktop import cli

            code = cli.main(args)
            _before_exit()
            return code
        return _start_window(_window_arguments(args, refused))
    except BrokenPipeError:
        # The reader (``| head``) went away: not an error of ours, and nothing left to say.
        sys.stderr.close()
        return 0


def _needs_no_data(args: list[str]) -> bool:
    # Wherever it stands (``status --ayuda`` too), argparse answers it before anything runs;
    # past «--» it is only a value.
    given = args[: args.index("--")] if "--" in args else args
    return not NEEDS_NO_DATA.isdisjoint(given)


def _refuse_window(refusal: str) -> None:
    # Printed already, for a console; the installed window has none, and would just not open.
    # Qt only here: the commands never load it.
    import contextlib

    from ism_desktop.gui.start_refusal import show_start_refusal

    if _display_problem() is not None:
        return  # Qt would end the process itself, in English, before the exit code 2
    # A box that cannot be shown still leaves the refusal said and the exit code 2.
    with contextlib.suppress(Exception):
        show_start_refusal(refusal)


def _display_problem() -> str | None:
    """Why the window cannot open on this computer's display (Spanish), or None if it can."""
    from ism_desktop.display_probe import unreachable_display

    display = unreachable_display()
    if display is None:
        return None
    named = f"DISPLAY={display}" if display else "la variable DISPLAY no está definida"
    return (
        f"no se pudo abrir la ventana: no hay una pantalla disponible ({named}). "
        "Abra el programa desde el escritorio de la computadora; los comandos "
        "(ism-desktop --ayuda) funcionan sin pantalla"
    )


def _before_exit() -> None:
    # The process ends with the command: the interpreter's last cycle collections would walk
    # every object the command imported or kept (modules, classes, caches: 12 ms of CPU after
    # importing a state report) only to free what the process's end frees anyway. Open files
    # and the database are closed by then, and the standard streams are flushed as always.
    import gc

    gc.freeze()


def _start_window(options: argparse.Namespace) -> int:
    # Asked before Qt: without a display it aborts the process, in English, with no exit code
    # of ours.
    problem = _display_problem()
    if problem is not None:
        print(f"Error: {problem}.", file=sys.stderr)
        return 2
    # What the window's frame needs besides Qt is imported before Qt: once PySide6 is loaded it
    # reads the source of every module imported after it (looking for its «__feature__»
    # switches). The rest (the database, the workspace) loads after the first paint.
    import ism_desktop.domain.profile
    import ism_desktop.platform  # noqa: F401

    # Qt is imported only here, so the command line starts fast and runs without a display.
    from ism_desktop.gui import application
    from ism_desktop.platform import default_database_path, is_default_database

    application.PROCESS_START = PROCESS_START
    path: Path = options.db if options.db is not None else default_database_path()
    # The sample report fills only the default database: a file named with --db (mistyped, or
    # new on purpose) got the sample institution's 56 metas, silently, and starts empty now.
    return application.run_window(
        path,
        startup_probe=options.measure_startup,
        package=options.package,
        sample=is_default_database(path),
    )
