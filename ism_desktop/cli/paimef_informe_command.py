"""``paimef informe``: the partial or final informe of the Programa Anual, as PDF and/or xlsx."""

from __future__ import annotations

import argparse

from ism_desktop.cli.common import EXIT_FINDINGS, EXIT_OK, fail, store_from
from ism_desktop.cli.output_files import add_output_file_arguments, output_refusal
from ism_desktop.cli.paimef_arguments import programme_options, today_of
from ism_desktop.cli.paimef_stored_programme import no_programme
from ism_desktop.domain.wording import count
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.workspace.opening import StoreError
from ism_desktop.workspace.paimef_programme import latest_programme


def register_informe_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``informe`` to the ``paimef`` sub-commands."""
    informe = sub.add_parser(
        "informe",
        help="genera el informe parcial o final en PDF y/o Excel",
        description=(
            "Genera el informe del Programa Anual: avance por vertiente y acción, con el "
            "material probatorio de cada acción y el avance de sus metas (4.3.8), lo que toman "
            "las actividades transversales frente a su máximo de 5 % (3.5.1), indicadores y "
            "plazos cumplidos o vencidos, con la leyenda del numeral 8.1 en cada página. Es "
            "«final» cuando el ejercicio ya cerró."
        ),
    )
    programme_options(informe)
    add_output_file_arguments(informe)
    informe.add_argument(
        "--borrador",
        action="store_true",
        help="si hay errores, escribe el informe como borrador, que los lista (sin esta "
        "opción los errores impiden escribirlo)",
    )
    informe.set_defaults(handler=run_informe)


def run_informe(args: argparse.Namespace) -> int:
    """Write the informe as PDF and/or xlsx."""
    from ism_desktop.workspace.paimef_informe import (
        InformeWriteError,
        informe_for,
        write_informe,
    )

    if args.pdf is None and args.xlsx is None:
        return fail("indique al menos un archivo de salida: --pdf ARCHIVO y/o --xlsx ARCHIVO.")
    if (refusal := output_refusal(args.pdf, args.xlsx)) is not None:
        return fail(refusal)  # the same file twice, or one refused after the other was written
    try:
        with store_from(args) as store:
            programme = latest_programme(store, args.ejercicio)
            if programme is None:
                return fail(no_programme(args.ejercicio))
            informe = informe_for(store, programme, today_of(args))
        errors = sum(1 for finding in informe.findings if finding.is_error)
        if errors and not args.borrador:
            # As the window asks before writing a draft: errors block the informe.
            one = errors == 1
            blocks, them, fix = (
                ("impide", "lo", "Corríjalo") if one else ("impiden", "los", "Corríjalos")
            )
            return fail(
                f"{count(errors, 'error', 'errores')} {blocks} entregar el informe; "
                f"«ism-desktop paimef revisar» {them} lista. {fix}, o escriba un borrador que "
                f"{them} liste con --borrador. No se escribió nada.",
                EXIT_FINDINGS,
            )
        written = write_informe(informe, args.pdf, args.xlsx)
    except (StoreError, PaimefFormatError, InformeWriteError) as exc:
        return fail(str(exc))
    for line in written:
        print(line)
    return EXIT_OK
