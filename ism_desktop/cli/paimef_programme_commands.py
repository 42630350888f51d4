"""``paimef import-programa``, ``export-programa``, ``revisar``, ``informe``, ``capturar``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from ism_desktop.cli.common import EXIT_FINDINGS, EXIT_OK, fail, store_from
from ism_desktop.cli.filled_files import add_replacing_argument, not_replaced
from ism_desktop.cli.output_files import add_output_file_arguments, output_refusal
from ism_desktop.cli.paimef_arguments import programme_options
from ism_desktop.cli.paimef_justify_choices import choose_one, justifiable
from ism_desktop.cli.path_arguments import file_argument
from ism_desktop.domain.audit import Author, os_user
from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.domain.paimef.money import money_display
from ism_desktop.domain.paimef.programme import DEFAULT_INSTITUTION, AnnualProgramme
from ism_desktop.domain.wording import count
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.workspace.opening import StoreError
from ism_desktop.workspace.paimef_justifications import (
    JustificationRefusedError,
    WarningJustification,
    finding_key,
    justifications,
    justify,
)
from ism_desktop.workspace.paimef_programme import (
    ProgrammeChange,
    ProgrammeFileExistsError,
    import_programme,
    latest_programme,
    same_programme_text,
    write_programme_file,
)
from ism_desktop.workspace.paimef_review import business_calendar, review


def _no_programme(year: int | None) -> str:
    """Why there is no programme to work on: none at all, or none of the year named."""
    if year is None:
        return (
            "la base de datos no tiene un Programa Anual PAIMEF; impórtelo con «ism-desktop "
            "paimef import-programa ARCHIVO»."
        )
    # «no tiene un Programa Anual» read as if the 2026 one stored were gone.
    return (
        f"la base de datos no tiene el Programa Anual PAIMEF {year}; impórtelo con "
        "«ism-desktop paimef import-programa ARCHIVO», o indique otro --ejercicio."
    )


CLI_AUTHOR = "línea de comandos"


def register_programme_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the sub-commands that read or write the stored programme."""
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

    validate = sub.add_parser(
        "revisar",
        aliases=["validate"],  # the English names stay: the README and scripts use them
        help="revisa el Programa Anual con las Reglas de Operación",
        description=(
            "Revisa el Programa Anual: vertientes, líneas de acción, justificación y presupuesto "
            "(3.3, 3.4), actividades transversales (3.5.1), montos, reintegro (4.5.1) e "
            "indicadores capturados. Termina con 0 si no hay errores y con 1 si los hay."
        ),
    )
    programme_options(validate)
    validate.add_argument("--json", action="store_true", help="escribe la lista en JSON")
    validate.set_defaults(handler=run_validate)

    informe = sub.add_parser(
        "informe",
        help="genera el informe parcial o final en PDF y/o Excel",
        description=(
            "Genera el informe del Programa Anual: avance por vertiente y acción, indicadores y "
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

    justify_parser = sub.add_parser(
        "justificar", aliases=["justify"], help="guarda la justificación de un aviso",
        description=(
            "Guarda por qué se acepta un aviso de «paimef revisar» (o «paimef validate»; los "
            "errores no se justifican: se corrigen). El aviso se elige por su regla y, si hace "
            "falta, por su acción y su campo, como los lista «revisar --json»."
        ),
    )  # fmt: skip
    justify_parser.add_argument(
        "--regla", required=True, metavar="REGLA", help="regla del aviso (p. ej., anexo5)"
    )
    justify_parser.add_argument(
        "--accion", default=None, metavar="CLAVE", help="clave de la acción del aviso (p. ej., A.1)"
    )
    justify_parser.add_argument(
        "--campo", default=None, metavar="CAMPO",
        help="campo del aviso (p. ej., indicador.2.2026-T1)",
    )  # fmt: skip
    justify_parser.add_argument(
        "--texto", required=True, metavar="TEXTO", help="por qué se acepta el aviso"
    )
    programme_options(justify_parser)
    justify_parser.set_defaults(handler=run_justify)

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
        "valores", nargs="+", metavar="VALOR", help="variables, en el orden de «indicadores»"
    )
    programme_options(capture, year_help="no se usa aquí: el ejercicio es el de --periodo")
    capture.set_defaults(handler=run_capture)


def _today(args: argparse.Namespace) -> date:
    return args.hoy if args.hoy is not None else date.today()


def run_import(args: argparse.Namespace) -> int:
    """Replace the year's programme with the file's; nothing changes on a bad or the same file."""
    try:
        with store_from(args) as store:
            change = import_programme(
                store,
                args.archivo,
                Author(CLI_AUTHOR, os_user()),
                _today(args),
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
    errors = sum(1 for f in change.findings if f.is_error)
    warnings = len(change.findings) - errors
    print(f"Revisión: {count(errors, 'error', 'errores')}, {count(warnings, 'aviso', 'avisos')}.")
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
        programme = AnnualProgramme(args.ejercicio or _today(args).year, DEFAULT_INSTITUTION)
    try:
        write_programme_file(programme, args.archivo, replacing=args.replacing)
    except ProgrammeFileExistsError as exc:
        return not_replaced(exc)
    except PaimefFormatError as exc:
        return fail(str(exc))
    kind = "Plantilla vacía del Programa Anual" if blank else "Programa Anual"
    print(f"{kind} {programme.year} escrito en {args.archivo}.")
    return EXIT_OK


def finding_json(
    finding: PaimefFinding, justification: WarningJustification | None
) -> dict[str, Any]:
    """One finding as ``validate --json`` writes it."""
    return {
        "regla": finding.rule,
        "severidad": finding.severity.label,
        "mensaje": finding.message,
        "accion": finding.action,
        "campo": finding.field,
        "justificacion": None
        if justification is None
        else {
            "texto": justification.text,
            "autor": justification.author,
            "fecha": justification.at,
        },
    }


def run_validate(args: argparse.Namespace) -> int:
    """Print the findings; exit 1 when there are errors."""
    try:
        with store_from(args) as store:
            programme = latest_programme(store, args.ejercicio)
            if programme is None:
                return fail(_no_programme(args.ejercicio))
            try:
                calendar = business_calendar(store)
            except PaimefFormatError as exc:
                # Judged all the same (as the window does), but never in silence.
                print(
                    f"Aviso: {str(exc).rstrip('.')}; los plazos se revisaron solo con los días "
                    "inhábiles de la LFT.",
                    file=sys.stderr,
                )
                calendar = BusinessCalendar()
            findings = review(store, programme, _today(args), calendar)
            reasons = justifications(store, programme.year)
    except (StoreError, PaimefFormatError) as exc:
        return fail(str(exc))
    has_errors = any(f.is_error for f in findings)
    if args.json:
        rows = [finding_json(f, reasons.get(finding_key(f))) for f in findings]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_FINDINGS if has_errors else EXIT_OK
    errors = sum(1 for f in findings if f.is_error)
    print(
        f"Revisión del Programa Anual PAIMEF {programme.year}: "
        f"{count(len(programme.actions), 'acción', 'acciones')}, "
        f"{count(errors, 'error', 'errores')}, "
        f"{count(len(findings) - errors, 'aviso', 'avisos')}."
    )
    for finding in findings:
        where = f"acción {finding.action}" if finding.action else "Programa Anual"
        print(f"  {finding.severity.label.upper()} {finding.rule} ({where})")
        print(f"    {finding.message}")
        if not finding.is_error:
            reason = reasons.get(finding_key(finding))
            print(
                "    → Sin justificar."
                if reason is None
                else f"    → Justificado: {reason.text} ({reason.author}, {reason.at})"
            )
    print(
        "Resultado: hay errores; corríjalos antes del informe."
        if has_errors
        else "Resultado: sin errores."
    )
    return EXIT_FINDINGS if has_errors else EXIT_OK


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
                return fail(_no_programme(args.ejercicio))
            informe = informe_for(store, programme, _today(args))
        errors = sum(1 for finding in informe.findings if finding.is_error)
        if errors and not args.borrador:
            # As the window asks before writing a draft: errors block the informe.
            blocks = "impide" if errors == 1 else "impiden"
            return fail(
                f"{count(errors, 'error', 'errores')} {blocks} entregar el informe; "
                "«ism-desktop paimef revisar» los lista. Corríjalos, o escriba un borrador que "
                "los liste con --borrador. No se escribió nada.",
                EXIT_FINDINGS,
            )
        written = write_informe(informe, args.pdf, args.xlsx)
    except (StoreError, PaimefFormatError, InformeWriteError) as exc:
        return fail(str(exc))
    for line in written:
        print(line)
    return EXIT_OK


def run_capture(args: argparse.Namespace) -> int:
    """Store one period's variables of an indicator and print its value."""
    from ism_desktop.domain.paimef.indicators import IndicatorInputError
    from ism_desktop.workspace.paimef_indicators import capture_indicator

    try:
        with store_from(args) as store:
            value = capture_indicator(
                store, args.numero, args.periodo, args.valores, Author(CLI_AUTHOR, os_user())
            )
    except IndicatorInputError as exc:
        return fail(f"no se guardó nada: {exc}")
    except StoreError as exc:
        return fail(str(exc))
    print(f"Indicador {args.numero}, periodo {args.periodo}: {value:.2f}")
    return EXIT_OK


def run_justify(args: argparse.Namespace) -> int:
    """Store the justification of the one warning the options name."""
    try:
        with store_from(args) as store:
            programme = latest_programme(store, args.ejercicio)
            if programme is None:
                return fail(_no_programme(args.ejercicio))
            matching = [
                f
                for f in review(store, programme, _today(args))
                if f.rule == args.regla
                and args.accion in (None, f.action)
                and args.campo in (None, f.field)
            ]
            if not matching:
                return fail(f"no hay ninguna observación de la regla {args.regla} que coincida.")
            warnings = justifiable(matching)
            if len(warnings) != 1:  # errors alone, or several warnings to choose from
                return fail(choose_one(args.regla, matching))
            saved = justify(
                store, programme.year, warnings[0], args.texto, Author(CLI_AUTHOR, os_user())
            )
    except (StoreError, PaimefFormatError, JustificationRefusedError) as exc:
        return fail(str(exc))
    print(f"Justificación guardada: regla {args.regla}, {warnings[0].field}, por {saved.author}.")
    return EXIT_OK
