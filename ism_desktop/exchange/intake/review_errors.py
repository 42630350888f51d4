"""The review's errors in what a unit's package brings, said when it is received."""

from __future__ import annotations

from collections.abc import Iterable

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import validate_errors
from ism_desktop.domain.wording import count, reopen_hint


def errors_in(metas: Iterable[Meta], quarter: Quarter, year: int) -> tuple[int, int]:
    """How many errors the review finds in ``metas`` as received, and in how many metas.

    A unit's export refuses a package with errors, so one that brings them was edited after
    it, or written by another version: received, it said only its warnings, as a clean one.
    """
    found = validate_errors(metas, quarter, year)
    errors = sum(map(len, found))
    metas_with = sum(1 for errors_here in found if errors_here)
    return errors, metas_with


def errors_said(errors: int, metas: int) -> str:
    """«; 2 errores de la revisión en 1 meta», or nothing without errors."""
    if not errors:
        return ""
    return (
        f"; {count(errors, 'error', 'errores')} de la revisión en {count(metas, 'meta', 'metas')}"
    )


def next_step_said(errors: int, year: int, unit: str, quarter: Quarter) -> str:
    """What to do about a package received with errors; nothing without them.

    Receiving it closes the unit's quarter here, errors and all, and a package of a closed
    quarter is refused: the corrected one comes in only after a reopening.
    """
    if not errors:
        return ""
    hint = reopen_hint(year, unit, [int(quarter)], "reabra antes ese trimestre")
    return (
        f" Al recibirlo, el trimestre {int(quarter)} de la unidad {unit} queda cerrado con sus "
        f"errores: pida a la unidad un paquete corregido y, para recibirlo, {hint}."
    )
