"""``ism-desktop paimef …``: the federal PAIMEF programme from the command line.

Sub-commands: indicadores, calcular, plazos (here), import-programa, export-programa
(``paimef_programme_file_commands``), revisar and justificar (``paimef_review_commands``), informe
(``paimef_informe_command``), capturar (``paimef_capture_command``), historial
(``paimef_history_command``).
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from typing import Any

from ism_desktop.cli.common import EXIT_BAD_INPUT, EXIT_OK, fail
from ism_desktop.cli.db_option import database_argument
from ism_desktop.cli.paimef_arguments import typed_date_argument, year_argument
from ism_desktop.cli.paimef_capture_command import register_capture_command
from ism_desktop.cli.paimef_deadlines_command import run_deadlines
from ism_desktop.cli.paimef_history_command import register_history_command
from ism_desktop.cli.paimef_informe_command import register_informe_command
from ism_desktop.cli.paimef_programme_file_commands import register_programme_file_commands
from ism_desktop.cli.paimef_review_commands import (
    register_justify_command,
    register_validate_command,
)
from ism_desktop.cli.period_arguments import typed_number
from ism_desktop.cli.spanish_argparse import SpanishArgumentParser
from ism_desktop.domain.paimef.indicator_catalogue import INDICATORS, indicator_by_number
from ism_desktop.domain.paimef.indicators import (
    Indicator,
    IndicatorInputError,
    compute,
    parse_variable,
)
from ism_desktop.domain.typed_date import TYPED_DATE_FORMS


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``paimef`` and its sub-commands to the parser."""
    parser = commands.add_parser(
        "paimef",
        help="programa federal PAIMEF: Programa Anual, plazos, indicadores e informes",
        description=(
            "El Programa de Apoyo a las Instancias de Mujeres en las Entidades Federativas "
            "(PAIMEF, Reglas de Operación 2020): Programa Anual, reglas del presupuesto, plazos, "
            "indicadores de la MIR (Anexo 5) e informes."
        ),
    )
    sub = parser.add_subparsers(title="sub-comandos", dest="paimef_command", metavar="SUBCOMANDO")
    sub._parser_class = SpanishArgumentParser
    sub.required = True

    indicators = sub.add_parser(
        "indicadores",
        help="los 15 indicadores de la MIR (Anexo 5)",
        description="Lista los 15 indicadores del Anexo 5 con su fórmula, variables y frecuencia.",
    )
    indicators.add_argument("--json", action="store_true", help="escribe la lista en JSON")
    indicators.set_defaults(handler=run_indicators)

    calculate = sub.add_parser(
        "calcular",
        help="calcula un indicador a partir de sus variables",
        description=(
            "Calcula el indicador N con sus variables en el orden en que «indicadores» las "
            "lista; escribe el valor con dos decimales (redondeo a la mitad hacia arriba) y, si "
            "el indicador es un porcentaje, con «%», como la ventana y los informes. Las "
            "tasas de variación se calculan como ((X_t / X_t-1) - 1) × 100."
        ),
    )
    calculate.add_argument(
        "--numero", type=typed_number, required=True, metavar="N", help="número del indicador"
    )
    calculate.add_argument(
        "valores", type=typed_number, nargs="*", metavar="VALOR", help="variables, en orden"
    )
    calculate.set_defaults(handler=run_calculate)

    deadlines = sub.add_parser(
        "plazos",
        help="los plazos de las Reglas de Operación, calculados",
        description=(
            "Calcula cada plazo que corre desde un evento (firma del Instrumento Jurídico, "
            "observaciones recibidas, cierre del ejercicio) en días hábiles o naturales. Los "
            "días hábiles excluyen sábados, domingos, los de descanso obligatorio (Ley Federal "
            "del Trabajo, art. 74) y los días inhábiles que se agregan en el programa. Las "
            "fechas dadas aquí sustituyen a las guardadas en la base de datos."
        ),
    )
    deadlines.add_argument(
        "--db",
        type=database_argument,
        default=None,
        metavar="ARCHIVO",
        help="base de datos con el Programa Anual",
    )
    deadlines.add_argument(
        "--ejercicio", type=year_argument, default=None, metavar="AAAA",
        help="ejercicio de los plazos (por omisión, el del último Programa Anual guardado; "
        "sin él, el año de --firma o el de hoy)",
    )  # fmt: skip
    deadlines.add_argument(
        "--firma",
        type=typed_date_argument,
        default=None,
        metavar="FECHA",
        help=f"fecha de firma del Instrumento Jurídico, como {TYPED_DATE_FORMS}",
    )
    deadlines.add_argument(
        "--hoy",
        type=typed_date_argument,
        default=None,
        metavar="FECHA",
        help="fecha de referencia para el estado de cada plazo, escrita como --firma (por "
        "omisión, hoy)",
    )
    deadlines.add_argument("--json", action="store_true", help="escribe la lista en JSON")
    deadlines.set_defaults(handler=run_deadlines)
    # In this order in the help: import, export, revisar, informe, justificar, capturar.
    register_programme_file_commands(sub)
    register_validate_command(sub)
    register_informe_command(sub)
    register_justify_command(sub)
    register_capture_command(sub)
    register_history_command(sub)


def indicator_json(indicator: Indicator) -> dict[str, Any]:
    """One indicator as the ``--json`` list writes it."""
    return {
        "numero": indicator.number,
        "nivel": indicator.level,
        "nombre": indicator.name,
        "formula": indicator.formula,
        "variables": list(indicator.variable_names),
        "descripcion_variables": [item.description for item in indicator.variables],
        "calculo": indicator.kind.value,
        "unidad": indicator.unit,
        "frecuencia": str(indicator.frequency),
        "años_de_reporte": None if indicator.biennial is None else str(indicator.biennial),
    }


def run_indicators(args: argparse.Namespace) -> int:
    """Print the catalogue, as text or JSON."""
    if args.json:
        json.dump(
            [indicator_json(item) for item in INDICATORS], sys.stdout, ensure_ascii=False, indent=2
        )
        sys.stdout.write("\n")
        return EXIT_OK
    for item in INDICATORS:
        print(f"{item.number}. [{item.level}] {item.name}")
        print(f"   Fórmula (como se publicó): {item.formula}")
        print(f"   Se calcula: {item.kind.value}")
        # By what each counts, in the order «calcular» and «capturar» take them: the short
        # names (``mujeres_empoderadas``) are the JSON's keys, not words staff read.
        print("   Variables, en el orden en que se escriben:")
        for place, variable in enumerate(item.variables, 1):
            print(f"     {place}) {variable.description}")
        print(f"   Unidad: {item.unit}. Frecuencia: {item.frequency_label}.")
        print()
    return EXIT_OK


def run_calculate(args: argparse.Namespace) -> int:
    """Compute one indicator and print its value with two decimals, a percentage with «%»."""
    text = str(args.numero).strip()
    indicator = indicator_by_number(int(text)) if text.isdecimal() else None
    if indicator is None:
        return fail(f"«{text}» no es un indicador; los indicadores van del 1 al 15.")
    try:
        values: list[Decimal] = [
            parse_variable(value, indicator.variable_label(i), indicator.takes_amount(i))
            for i, value in enumerate(args.valores)
        ]
        value = compute(indicator, values)
    except IndicatorInputError as exc:
        return fail(str(exc), EXIT_BAD_INPUT)
    # As the window's grid and the informe write it: «30.00» alone read as 30 people.
    print(indicator.value_text(value))
    return EXIT_OK
