"""What to do with a quarter nobody has written yet, said instead of «124 errores» in red.

Right after a year's programme arrives every meta lacks its achieved figures and its
evaluation (``domain.validation.unreported``): the window says what to capture, and where.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.wording import count


@dataclass(frozen=True, slots=True)
class Tally:
    """The findings listed beside the sentence: errors, warnings, and those not yet justified."""

    errors: int
    warnings: int
    open_warnings: int


def unreported_said(
    findings: Sequence[Finding],
    tally: Tally,
    metas: int,
    *,
    coordinator: bool = False,
    unit: str = "",
    own: Collection[str] = (),
) -> str:
    """The quarter of ``findings`` (not empty), still to be reported: what to do (Spanish).

    ``metas``: how many metas the findings are of; ``coordinator``: the PC that makes the
    programme, of the coordinating ``unit``, whose own metas' ids are ``own``.
    """
    quarter = findings[0].quarter.in_words
    how = "lo realizado (recuadro amarillo; 0 si no hubo avance) y la evaluación cualitativa"
    if coordinator:
        said = (
            f"{quarter.capitalize()} por informar: ninguna unidad lo ha informado todavía; "
            "lo de cada una llega en su paquete."
        )
        if own:
            said += (
                f" Lo de la unidad {unit} ({count(len(own), 'meta', 'metas')}) se escribe "
                f"aquí: en cada meta, {how}."
            )
    else:
        said = (
            # Not «nothing written yet»: a ratio's numerator alone, or the quarter before
            # when reporting the next, may be, and what is left is the same guidance.
            f"{quarter.capitalize()} por informar. En cada meta escriba {how}; abajo, lo "
            f"que falta ({count(tally.errors, 'dato', 'datos')} de "
            f"{count(metas, 'meta', 'metas')}). El paquete se exporta cuando esté completo."
        )
    if tally.warnings:
        said += (
            f" Además, {count(tally.warnings, 'aviso', 'avisos')} "
            f"({tally.open_warnings} sin justificar)."
        )
    return said
