"""``paimef import-programa`` and ``export-programa``: the Programa Anual in and out of files."""

from __future__ import annotations

import argparse
import sys

from ism_desktop.cli.common import EXIT_OK, fail, store_from
from ism_desktop.cli.filled_files import add_replacing_argument, not_replaced
from ism_desktop.cli.paimef_arguments import programme_options, today_of
from ism_desktop.cli.paimef_stored_programme import CLI_AUTHOR
from ism_desktop.cli.path_arguments import file_argument
from ism_desktop.domain.audit import Author, os_user
from ism_desktop.domain.paimef.findings import findings_count
from ism_desktop.domain.paimef.money import money_display
from ism_desktop.domain.paimef.programme import DEFAULT_INSTITUTION, AnnualProgramme
from ism_desktop.domain.wording import count
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.workspace.opening import StoreError
from ism_desktop.workspace.paimef_programme import (
    ProgrammeChange,
    ProgrammeFileExistsError,
    import_programme,
    latest_programme,
    same_programme_text,
    write_programme_file,
)


def register_programme_file_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add ``import-programa`` and ``export-programa`` to the ``paimef`` sub-commands."""
    importer = sub.add_parser(
        "import-programa",
        help="importa el Programa Anual desde JSON o Excel (reemplaza el del año)",
        description=(
            "Lee el Programa Anual de un archivo .json o de la plantilla .xlsx y reemplaza el "
            "del mismo ejercicio. Antes guarda una copia de seguridad y deja constancia en el "
            "historial. Si el archivo tiene el mismo Programa Anual que el guardado, o tiene un "
            "error (dice la línea o la celda), no cambia nada."
        ),
    )
    importer.add_argument(
        "archivo", type=file_argument, metavar="ARCHIVO", help="archivo .json o .xlsx"
    )
    programme_options(
        importer, must_exist=False, year_help="ejercicio que debe tener el archivo; si es otro, "
        "no se importa nada (por omisión, el del archivo)",
    )  # fmt: skip
    importer.set_defaults(handler=run_import)

    exporter = sub.add_parser(
        "export-programa",
        help="exporta el Programa Anual a JSON o a la plantilla de Excel",
        description=(
            "Escribe el Programa Anual guardado en un archivo .json o .xlsx; si aún no hay "
            "uno, escribe la plantilla vacía para llenarla en Excel. Si el archivo ya existe "
            "(quizá el que ya llenaron para importarlo), no lo reemplaza sin --reemplazar."
        ),
    )
    exporter.add_argument(
        "archivo", type=file_argument, metavar="ARCHIVO", help="archivo .json o .xlsx"
    )
    programme_options(exporter)
    add_replacing_argument(exporter, "escribirlo aunque ya exista ese archivo")
    exporter.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    """Replace the year's programme with the file's; nothing changes on a bad or the same file."""
    try:
        with store_from(args) as store:
            change = import_programme(
                store,
                args.archivo,
                Author(CLI_AUTHOR, os_user()),
                today_of(args),
                year=args.ejercicio,
                # The command replaces the year's programme, as its help says (a backup first);
                # only the window, where it may be a slip of the mouse, asks.
                replacing=True,
            )
    except (PaimefFormatError, StoreError) as exc:
        said = fail(f"no se importó nada. {exc}")
        # A workbook's problems one a line, after the count, as the ETCA template's are.
        for line in exc.lines() if isinstance(exc, PaimefFormatError) and exc.total > 1 else ():
            print(line, file=sys.stderr)
        return said
    if change.written:
        _say_imported(change, args.archivo.name)
    else:  # the same programme as stored: no backup, no history line
        print(same_programme_text(args.archivo.name, change.programme.year))
    print(f"Revisión: {findings_count(change.findings)}.")
    return EXIT_OK


def _say_imported(change: ProgrammeChange, file_name: str) -> None:
    """What a written import did: the programme, its changes, the backup made first."""
    programme = change.programme
    print(
        f"Programa Anual {programme.year} importado de {file_name}: "
        f"{count(len(programme.actions), 'acción', 'acciones')}, "
        f"{money_display(programme.programmed_total)} "
        f"programados; {count(len(change.changes), 'cambio registrado', 'cambios registrados')} "
        "en el historial."
    )
    if change.backup is not None:
        print(f"Copia de seguridad previa: {change.backup.path.name}")


def run_export(args: argparse.Namespace) -> int:
    """Write the stored programme as JSON or xlsx."""
    try:
        with store_from(args) as store:
            programme = latest_programme(store, args.ejercicio)
    except StoreError as exc:
        return fail(str(exc))
    blank = programme is None
    if programme is None:
        # Nothing stored yet: the blank template to fill in Excel.
        programme = AnnualProgramme(args.ejercicio or today_of(args).year, DEFAULT_INSTITUTION)
    try:
        write_programme_file(programme, args.archivo, replacing=args.replacing)
    except ProgrammeFileExistsError as exc:
        return not_replaced(exc)
    except PaimefFormatError as exc:
        return fail(str(exc))
    kind = "Plantilla vacía del Programa Anual" if blank else "Programa Anual"
    print(f"{kind} {programme.year} escrito en {args.archivo}.")
    return EXIT_OK
