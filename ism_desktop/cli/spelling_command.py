"""``ism-desktop ortografia``: the doubtful words of each evaluation, with suggestions."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from typing import Any

from ism_desktop.cli.common import EXIT_BAD_INPUT, EXIT_OK, add_db_argument, fail, load_report
from ism_desktop.cli.period_arguments import add_period_arguments, add_unit_argument
from ism_desktop.cli.spelling_setup import checker_or_none
from ism_desktop.domain.dependency_words import with_dependency
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.wording import count, shortened
from ism_desktop.spelling.dictionary import SpanishSpelling


@dataclass(frozen=True)
class MetaSpelling:
    """The doubtful words of one meta's evaluation, each once, with its suggestions."""

    meta: Meta
    words: tuple[tuple[str, tuple[str, ...]], ...]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "ortografia",
        help="lista las palabras dudosas de las evaluaciones, con sugerencias",
        description=(
            "Revisa la ortografía de las evaluaciones cualitativas del trimestre con el "
            "diccionario de español (México), el vocabulario del Instituto, la lista de la "
            "unidad coordinadora y las palabras agregadas en esta computadora. Las palabras "
            "dudosas son avisos, nunca errores: termina con 0."
        ),
    )
    add_db_argument(parser)
    add_period_arguments(parser)
    add_unit_argument(parser)
    parser.add_argument("--json", action="store_true", help="escribe la lista en JSON")
    parser.set_defaults(handler=run, db_must_exist=True)


def check_report(
    checker: SpanishSpelling, report: ProgressReport, quarter: Quarter, unit: Any = None
) -> list[MetaSpelling]:
    """The metas whose evaluation of the quarter has doubtful words, in report order."""
    metas = report.metas if unit is None else report.metas_of(unit)
    found: list[MetaSpelling] = []
    for meta in metas:
        doubtful = checker.doubtful(meta.evaluation(quarter))
        unique = dict.fromkeys(word.text for word in doubtful)
        if unique:
            words = tuple((word, checker.suggestions(word)) for word in unique)
            found.append(MetaSpelling(meta, words))
    return found


def run(args: argparse.Namespace) -> int:
    """Check and print; doubtful words never make the command fail."""
    report = load_report(args)
    if isinstance(report, str):
        return fail(report)
    if args.unit is not None and args.unit not in report.units_in_order():
        return fail(f"el informe no tiene metas de la unidad {args.unit}.")
    checker = checker_or_none()
    if checker is None:
        return EXIT_BAD_INPUT
    found = check_report(checker, report, args.quarter, args.unit)
    if args.json:
        several = len(report.entities_in_order()) > 1
        json.dump(to_json(found, args.quarter, several), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        checked = len(report.metas if args.unit is None else report.metas_of(args.unit))
        sys.stdout.write(to_text(report, args.quarter, checked, found))
    return EXIT_OK


def to_json(
    found: list[MetaSpelling], quarter: Quarter, several: bool = False
) -> list[dict[str, Any]]:
    """One object per meta with doubtful words.

    ``several``: the report holds several dependencies, whose unit codes repeat; each object
    then says its «dependencia» too (with one, the objects are what they always were).
    """
    return [
        {
            **({"dependencia": item.meta.key.entity} if several else {}),
            "unidad": item.meta.key.unit.value,
            "id_meta": item.meta.stable_id,
            "descripcion": item.meta.description,
            "trimestre": int(quarter),
            "palabras": [
                {"palabra": word, "sugerencias": list(suggestions)}
                for word, suggestions in item.words
            ],
        }
        for item in found
    ]


def _word_line(word: str, suggestions: tuple[str, ...]) -> str:
    offered = ", ".join(suggestions) if suggestions else "(sin sugerencias)"
    return f"    {word} → {offered}"


def to_text(
    report: ProgressReport, quarter: Quarter, checked: int, found: list[MetaSpelling]
) -> str:
    """The doubtful words for a person: a summary, then unit by unit and meta by meta."""
    distinct = len({word for item in found for word, _ in item.words})
    lines = [
        f"Ortografía del ejercicio {report.year}, trimestre {int(quarter)} "
        f"({quarter.spanish_name.lower()}): "
        f"{count(checked, 'evaluación revisada', 'evaluaciones revisadas')}, "
        f"{len(found)} con palabras dudosas "
        f"({count(distinct, 'palabra distinta', 'palabras distintas')})."
    ]
    # A state's report repeats unit codes: each unit is its code within its dependency, and
    # its heading says which (looked up under the first, the second's read «Unidad 001 001»).
    several = len(report.entities_in_order()) > 1
    unit = None
    for item in found:
        if (item.meta.key.entity, item.meta.key.unit) != unit:
            entity, code = unit = (item.meta.key.entity, item.meta.key.unit)
            entity = entity if several else report.entity.code
            named = f"{code} {report.catalogue.unit_name(entity, code)}"
            lines += ["", f"Unidad {with_dependency(named, entity, several)}"]
        lines.append(f"  Meta {item.meta.stable_id}: {shortened(item.meta.description, 80)}")
        lines += [_word_line(word, suggestions) for word, suggestions in item.words]
    lines += [
        "",
        "Una palabra bien escrita que el diccionario no conoce se agrega desde la ventana "
        "(clic derecho en la evaluación → «Agregar al diccionario»).",
    ]
    return "\n".join(lines) + "\n"
