"""``ism-desktop paimef plazos``: every deadline of the rules, from stored and given dates."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ism_desktop.cli.common import EXIT_OK, fail
from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import Deadline, compute_deadlines
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.platform import default_database_path
from ism_desktop.workspace.opening import Store, StoreError
from ism_desktop.workspace.paimef_programme import latest_programme
from ism_desktop.workspace.paimef_review import business_calendar


def deadline_json(item: Deadline, today: date, calendar: BusinessCalendar) -> dict[str, Any]:
    """One deadline as the ``--json`` list writes it."""
    return {
        "numeral": item.term.numeral,
        "descripcion": item.description,
        "vence": item.due.isoformat(),
        "dias": item.term.days,
        "tipo": str(item.term.kind),
        "desde": item.start.isoformat(),
        "evento": item.start_label,
        "responsable": item.term.responsible,
        "estado": str(item.state(today)),
        "cumplido": None if item.done is None else item.done.isoformat(),
        # Kept as it was, in días hábiles whatever the term (outside scripts read it); the
        # term's own count and its unit beside it, as the window and the status line say them.
        "dias_habiles_restantes": calendar.business_days_until(today, item.due),
        "dias_restantes": item.days_left(today, calendar),
        "unidad_dias": str(item.term.kind),
    }


def _stored(args: argparse.Namespace) -> tuple[int | None, dict[str, date], BusinessCalendar]:
    path = Path(args.db) if args.db is not None else default_database_path()
    if not path.is_file():
        if args.db is not None:
            raise StoreError(f"no existe la base de datos «{path}».")
        return None, {}, BusinessCalendar()
    with Store.open(path) as store:
        programme = latest_programme(store, args.ejercicio)
        calendar = business_calendar(store)
    if programme is None:
        return None, {}, calendar
    return programme.year, dict(programme.dates), calendar


def run_deadlines(args: argparse.Namespace) -> int:
    """Compute and print the deadlines; dates on the command line win over stored ones."""
    today: date = args.hoy or date.today()
    try:
        stored_year, dates, calendar = _stored(args)
    except (StoreError, PaimefFormatError) as exc:
        return fail(str(exc))
    if args.firma is not None:
        dates["firma_instrumento"] = args.firma
    year = args.ejercicio or stored_year or (args.firma.year if args.firma else today.year)
    deadlines = compute_deadlines(year, dates, calendar)
    if args.json:
        rows = [deadline_json(item, today, calendar) for item in deadlines]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    print(f"Plazos del PAIMEF, ejercicio {year} (al {today:%d/%m/%Y}):")
    for item in deadlines:
        term = item.term
        span = (
            "fecha fija"
            if term.days == 0
            else f"{term.days} días {term.kind} desde: {item.start_label}"
        )
        print(
            f"  {item.due:%d/%m/%Y}  {term.numeral:<8} {item.description} "
            f"[{span}; {term.responsible}] — {item.state_text(today)}"
        )
    if "firma_instrumento" not in dates:
        print("Sin fecha de firma del Instrumento Jurídico: use --firma AAAA-MM-DD.")
    return EXIT_OK
