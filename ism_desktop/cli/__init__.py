"""Headless commands for everything the window can do with data (argparse, Spanish)."""

from __future__ import annotations

import codecs
import importlib
import sys
from collections.abc import Sequence

from ism_desktop import APP_NAME, __version__
from ism_desktop.cli.spanish_argparse import SpanishArgumentParser
from ism_desktop.domain.gc_pause import cycle_collection_paused

# Sub-command modules of this package, by name: imported only when the parser is built, so
# that importing the package (the window does, for its arguments) stays cheap.
COMMANDS = (
    "import_etca_command",
    "dump_command",
    "report_command",
    "export_command",
    "validate_command",
    "justify_command",
    "backup_commands",
    "import_package_command",
    "export_base_command",
    "observe_command",
    "export_observations_command",
    "status_command",
    "paimef_command",
    "spelling_command",
    "programme_command",
    "quarter_command",
    "requests_command",
    "workbook_command",
)

# The module that registers each command, so that running one command imports only its module
# (importing all of them costs more than a small import). A command missing here still works:
# every module is then imported. A test keeps this table complete.
COMMAND_MODULES = {
    "import-etca": "import_etca_command",
    "dump": "dump_command",
    "report": "report_command",
    "export": "export_command",
    "validate": "validate_command",
    "justify": "justify_command",
    "copias": "backup_commands",
    "copia": "backup_commands",
    "restaurar": "backup_commands",
    "import-package": "import_package_command",
    "export-base": "export_base_command",
    "observe": "observe_command",
    "export-observations": "export_observations_command",
    "status": "status_command",
    "paimef": "paimef_command",
    "ortografia": "spelling_command",
    "programa": "programme_command",
    "trimestre": "quarter_command",
    "solicitudes": "requests_command",
    "libro": "workbook_command",
}


def build_parser(command: str | None = None) -> SpanishArgumentParser:
    """The ``ism-desktop`` parser: every sub-command, or only ``command`` when it is known."""
    parser = SpanishArgumentParser(
        prog="ism-desktop",
        description=(
            f"{APP_NAME} {__version__}: Informe de Avance Programático (ETCA-III-04) del "
            "Instituto Sonorense de las Mujeres. Sin sub-comando abre la ventana del programa."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="muestra la versión y termina",
    )
    commands = parser.add_subparsers(title="comandos", dest="command", metavar="COMANDO")
    commands._parser_class = SpanishArgumentParser
    module = COMMAND_MODULES.get(command or "")
    for name in (module,) if module in COMMANDS else COMMANDS:
        importlib.import_module(f"ism_desktop.cli.{name}").register(commands)
    return parser


EXIT_INTERRUPTED = 130  # as shells report a program ended by Ctrl+C
_FILE_NAME_ERRORS = "ism-file-names"


def _file_name_bytes(error: UnicodeError) -> tuple[str | bytes, int]:
    """Undecodable name bytes back as they were; any other lone surrogate as a Python escape.

    Registered as an error handler: ``error`` is the encoding's own exception.
    """
    try:
        return codecs.lookup_error("surrogateescape")(error)
    except UnicodeError:
        return codecs.lookup_error("backslashreplace")(error)


codecs.register_error(_FILE_NAME_ERRORS, _file_name_bytes)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command and return its exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    # Building the parser imports the command's modules: thousands of functions, classes and
    # dicts that live to the end, which the cycle collector would otherwise walk as they come.
    with cycle_collection_paused():
        parser = build_parser(arguments[0] if arguments else None)
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_help()
        return 0
    import decimal

    from ism_desktop.cli.common import fail
    from ism_desktop.workspace.failures import STORE_FAILURES, describe_failure

    # Windows consoles default to a legacy code page; the messages carry accents. A Linux file
    # name that is not UTF-8 reaches Python as lone surrogates: written back as its own bytes,
    # as ``ls`` shows it, instead of failing after the work was done.
    # (The error stream already writes such characters escaped.)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", errors=_FILE_NAME_ERRORS)
    try:
        code: int = args.handler(args)
    except STORE_FAILURES as exc:
        # A database failure no command foresaw still reaches the person in Spanish.
        return fail(f"{describe_failure(exc)}.")
    except (decimal.InvalidOperation, decimal.Overflow):
        # Only a figure stored by an older version, before every entry point bounded them.
        return fail(
            "una cifra guardada en la base de datos es demasiado grande para calcular (la "
            "guardó una versión anterior del programa). Vuelva a importar el informe corregido "
            "o restaure una copia de seguridad; no se cambió nada."
        )
    except BrokenPipeError:
        # The reader went away («| head»): not a defect; ``app.main`` ends quietly.
        raise
    except KeyboardInterrupt:
        # Ctrl+C: every write is a transaction, rolled back when interrupted; not a defect.
        return fail(
            "se interrumpió la orden (Ctrl+C); lo que no terminó de guardarse quedó como estaba.",
            EXIT_INTERRUPTED,
        )
    except Exception as exc:
        # A defect of the program: one Spanish sentence here, the traceback kept for support.
        from ism_desktop.workspace.error_log import error_text, record_program_error

        path = record_program_error(exc)
        kept = f" Los detalles técnicos se guardaron en «{path}»." if path is not None else ""
        said = error_text(exc)
        said += "" if said.endswith(".") else "."  # a message that ends a sentence already
        return fail(f"ocurrió un error inesperado: {said}{kept}")
    return code
