"""A small, valid Programa Anual for the PAIMEF tests, and variations of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from ism_desktop.domain.paimef.programme import Action, AnnualProgramme, Goal
from ism_desktop.domain.paimef.vertientes import Vertiente


def action(key: str, vertiente: str, line: str, programmed: str, **changes: object) -> Action:
    """An acción with a justification, one goal and evidence; amounts as text."""
    base = Action(
        key=key,
        vertiente=Vertiente(vertiente),
        line=line,
        name=f"Acción {key}",
        justification=f"Justificación de {key}",
        transversal=False,
        programmed=Decimal(programmed),
        exercised=Decimal("0.00"),
        goals=(Goal(f"Meta de {key}", "PERSONA", 40),),
        evidence="Listas de asistencia",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def programme(*actions: Action, year: int = 2026) -> AnnualProgramme:
    """A programme; by default one acción per vertiente and a 5 % transversal one (100 000)."""
    chosen = actions or (
        action("A.1", "A", "A-I", "30000.00"),
        action("A.2", "A", "A-III", "5000.00", transversal=True),
        action("B.1", "B", "B-II", "25000.00", exercised=Decimal("24999.99")),
        action(
            "C.1",
            "C",
            "C-II",
            "40000.00",
            goals=(Goal("Mujeres atendidas", "PERSONA", 300, 120), Goal("Sesiones", "SESIÓN", 900)),
        ),
    )
    return AnnualProgramme(
        year=year,
        institution="Instituto Sonorense de las Mujeres",
        actions=tuple(chosen),
        dates={"firma_instrumento": date(2026, 3, 13)},
    )
