"""``paimef capturar``: one period's variables of a MIR indicator, stored."""

from __future__ import annotations

import argparse

from ism_desktop.cli.common import EXIT_OK, database_path, fail, store_from
from ism_desktop.cli.paimef_arguments import programme_options
from ism_desktop.cli.paimef_stored_programme import CLI_AUTHOR
from ism_desktop.cli.period_arguments import typed_number
from ism_desktop.domain.audit import Author, os_user
from ism_desktop.workspace.opening import StoreError


def register_capture_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``capturar`` to the ``paimef`` sub-commands."""
    capture = sub.add_parser(
        "capturar",
        help="captura las variables de un indicador en un periodo",
        description=(
            "Guarda las variables del indicador N en un periodo (2026, 2026-T1, 2026-S2, según "
            "su frecuencia), en el orden en que «indicadores» las lista, y escribe su valor."
        ),
    )
    capture.add_argument(
        "--numero", type=int, required=True, metavar="N", help="número del indicador (1 a 15)"
    )
    capture.add_argument(
        "--periodo", required=True, metavar="PERIODO",
        help="2026, 2026-T1 o 2026-S2, según la frecuencia del indicador",
    )  # fmt: skip
    capture.add_argument(
        "valores",
        type=typed_number,
        nargs="+",
        metavar="VALOR",
        help="variables, en el orden de «indicadores»",
    )
    programme_options(capture, year_help="no se usa aquí: el ejercicio es el de --periodo")
    capture.set_defaults(handler=run_capture)


def run_capture(args: argparse.Namespace) -> int:
    """Store one period's variables of an indicator and print its value."""
    from ism_desktop.domain.paimef.frequency import period_from_code
    from ism_desktop.domain.paimef.indicator_catalogue import indicator_by_number
    from ism_desktop.domain.paimef.indicators import IndicatorInputError
    from ism_desktop.workspace.paimef_indicators import NoProgrammeError, capture_indicator

    author = Author(CLI_AUTHOR, os_user())
    try:
        with store_from(args) as store:
            value = capture_indicator(
                store, args.numero, args.periodo, args.valores, author, needs_programme=True
            )
    except NoProgrammeError as exc:
        # How to go on, with this --db: a slip of the year is corrected in --periodo.
        load = f"ism-desktop paimef import-programa ARCHIVO --db {database_path(args)}"
        return fail(
            f"no se guardó nada: {exc} Cárguelo primero con «{load}» (o escríbalo en la "
            "ventana, menú PAIMEF) y vuelva a capturar; si el año es otro, corrija --periodo."
        )
    except IndicatorInputError as exc:
        return fail(f"no se guardó nada: {exc}")
    except StoreError as exc:
        return fail(str(exc))
    indicator = indicator_by_number(args.numero)
    shown = f"{value:.2f}" if indicator is None else indicator.value_text(value)
    # The period in words, as the window says it: «Indicador 2, primer trimestre de 2026».
    print(f"Indicador {args.numero}, {period_from_code(args.periodo).label}: {shown}")
    return EXIT_OK
