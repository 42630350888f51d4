"""``ism-desktop programa``: a new year's programme, its template, its import and its approval."""

from __future__ import annotations

import argparse
import sys

from ism_desktop.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_db_argument,
    fail,
    store_from,
)
from ism_desktop.cli.filled_files import add_replacing_argument, not_replaced
from ism_desktop.cli.output_files import wrong_kind
from ism_desktop.cli.path_arguments import file_argument
from ism_desktop.cli.period_arguments import year_argument
from ism_desktop.domain.audit import Author
from ism_desktop.domain.wording import count
from ism_desktop.workspace.opening import StoreError


def _year(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument(
        "--ejercicio", type=year_argument, required=True, metavar="AÑO", help="año del programa"
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command and its actions to the parser."""
    parser = commands.add_parser(
        "programa",
        help="programa anual de un ejercicio nuevo: crear, plantilla, importar, aprobar",
        description=(
            "En la unidad coordinadora: empieza el programa de un ejercicio con las metas de "
            "otro, escribe la plantilla de Excel para llenarla, la lee de vuelta y aprueba el "
            "programa (desde entonces lo programado original no cambia)."
        ),
    )
    actions = parser.add_subparsers(title="acciones", dest="accion", metavar="ACCIÓN")
    actions.required = True
    actions._parser_class = type(parser)
    new = actions.add_parser(
        "nuevo",
        help="el programa de un año con las metas de otro, sin metas programadas",
        description=(
            "Crea el programa del ejercicio con las metas del ejercicio --desde: mismas "
            "unidades, programas, procesos, descripciones, unidad de medida, tipo y VAL. ACUM.; "
            "lo programado queda vacío (en cero) y el programa sin aprobar. El ejercicio debe "
            "ser posterior a --desde y no más de un año después del actual."
        ),
    )
    _year(new)
    new.add_argument(
        "--desde", type=year_argument, required=True, metavar="AÑO", help="año que se copia"
    )
    new.add_argument(
        "--excluir",
        action="append",
        default=[],
        metavar="ID",
        help="ID de una meta que no pasa al año nuevo (se puede repetir)",
    )
    new.set_defaults(handler=_new, db_must_exist=True)
    template = actions.add_parser(
        "plantilla",
        help="escribe la plantilla de Excel con las metas del año",
        description=(
            "Escribe un libro de Excel con una hoja por unidad: sus metas con las columnas "
            "oficiales y filas vacías para metas nuevas. Solo las celdas amarillas se pueden "
            "escribir; los encabezados están protegidos. Si el archivo ya existe (quizá la "
            "plantilla que ya llenaron), no lo reemplaza sin --reemplazar."
        ),
    )
    _year(template)
    template.add_argument(
        "--out",
        type=file_argument,
        required=True,
        metavar="ARCHIVO.xlsx",
        help="archivo a escribir",
    )
    add_replacing_argument(template, "escribirla aunque ya exista ese archivo")
    template.set_defaults(handler=_template, db_must_exist=True)
    load = actions.add_parser(
        "importar",
        help="lee la plantilla llenada; no guarda nada si tiene algún problema",
        description=(
            "Lee la plantilla llenada en Excel. Cada problema se enumera con su hoja y celda "
            "(«Hoja 004, celda F12: …») y entonces no se guarda nada; termina con 1."
        ),
    )
    load.add_argument("archivo", type=file_argument, metavar="ARCHIVO.xlsx")
    _year(load)
    load.set_defaults(handler=_import, db_must_exist=True)
    approve = actions.add_parser(
        "aprobar",
        help="aprueba el programa: lo programado original ya no cambia",
        description=(
            "Aprueba el programa del ejercicio. Desde entonces no se cambia lo programado "
            "original (ni con la plantilla, ni con paquetes, ni con comandos) y se pueden "
            "enviar los programas base a las unidades."
        ),
    )
    _year(approve)
    approve.set_defaults(handler=_approve, db_must_exist=True)


def _author() -> Author:
    from ism_desktop.domain.audit import os_user

    return Author("Unidad coordinadora (línea de comandos)", os_user())


def _new(args: argparse.Namespace) -> int:
    from ism_desktop.workspace.year_programme import ProgrammeError, new_year

    try:
        with store_from(args) as store:
            done = new_year(store, args.ejercicio, args.desde, _author(), exclude=set(args.excluir))
    except (ProgrammeError, StoreError) as exc:
        return fail(str(exc))
    print(
        f"Programa {args.ejercicio} creado con {count(done.added, 'meta', 'metas')} del "
        f"ejercicio {args.desde}; "
        "sin metas programadas y sin aprobar."
    )
    return EXIT_OK


def _template(args: argparse.Namespace) -> int:
    from ism_desktop.workspace.year_programme import (
        ProgrammeError,
        TemplateExistsError,
        write_year_template,
    )

    if (named := wrong_kind("--out", args.out, ".xlsx")) is not None:
        return fail(named)  # a workbook under that name would not open from it
    try:
        with store_from(args) as store:
            metas = write_year_template(store, args.ejercicio, args.out, replacing=args.replacing)
    except TemplateExistsError as exc:
        return not_replaced(exc, "la")
    except (ProgrammeError, StoreError) as exc:
        return fail(str(exc))
    print(args.out)
    print(
        f"Plantilla del programa {args.ejercicio}: {count(metas, 'meta', 'metas')}.",
        file=sys.stderr,
    )
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from ism_desktop.exchange.programme_template_reader import TemplateError
    from ism_desktop.workspace.year_programme import (
        ProgrammeError,
        describe_changes,
        import_year_template,
    )

    try:
        with store_from(args) as store:
            done = import_year_template(store, args.ejercicio, args.archivo, _author())
    except TemplateError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_FINDINGS
    except (ProgrammeError, StoreError) as exc:
        return fail(str(exc))
    print(describe_changes(args.ejercicio, done))
    return EXIT_OK


def _approve(args: argparse.Namespace) -> int:
    from ism_desktop.workspace.year_programme import ProgrammeError, approve_year

    try:
        with store_from(args) as store:
            before = store.reports.current_period()
            approved = approve_year(store, args.ejercicio, "Unidad coordinadora")
            moved = store.reports.current_period() != before
    except (ProgrammeError, StoreError) as exc:
        return fail(str(exc))
    print(
        f"Programa {args.ejercicio} aprobado ({count(approved, 'meta', 'metas')}): lo programado "
        "original ya no cambia. Envíe los programas base con «export-base --ejercicio "
        f"{args.ejercicio}»."
    )
    if moved:
        print(
            f"Los comandos toman ahora el ejercicio {args.ejercicio} cuando no se indica "
            "--ejercicio."
        )
    return EXIT_OK
