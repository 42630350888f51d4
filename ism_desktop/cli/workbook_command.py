"""``ism-desktop libro``: the workbook a unit without the program fills and sends back."""

from __future__ import annotations

import argparse

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, store_from
from ism_desktop.cli.filled_files import add_replacing_argument, not_replaced
from ism_desktop.cli.path_arguments import add_out_folder_argument, no_empty_folder_left
from ism_desktop.cli.period_arguments import (
    add_dependency_argument,
    add_period_arguments,
    add_unit_argument,
)
from ism_desktop.workspace.opening import StoreError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "libro",
        help="escribe el libro de Excel que llena una unidad sin el programa",
        description=(
            "En la unidad coordinadora: escribe el informe de la unidad como libro de Excel "
            "protegido, con las celdas de lo realizado del trimestre y de la evaluación "
            "abiertas. La unidad lo llena y lo devuelve; se recibe con «import-package», con "
            "las mismas revisiones que un paquete. Escribe la ruta del libro."
        ),
    )
    add_db_argument(parser)
    add_unit_argument(parser, required=True)
    add_dependency_argument(parser)
    add_period_arguments(parser)
    add_out_folder_argument(parser)
    add_replacing_argument(parser, "escribirlo aunque ya haya uno con ese nombre en la carpeta")
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Write the workbook; print its path."""
    from ism_desktop.exchange.package.writer import ExportError
    from ism_desktop.exchange.unit_workbook import WorkbookExistsError, write_unit_workbook

    try:
        with no_empty_folder_left(args.out), store_from(args) as store:
            path = write_unit_workbook(
                store,
                args.unit,
                args.quarter,
                args.out,
                year=args.year,
                replacing=args.replacing,
                entity=args.entity,
            )
    except WorkbookExistsError as exc:
        return not_replaced(exc)
    except (ExportError, StoreError) as exc:
        return fail(str(exc))
    print(path)
    return EXIT_OK
