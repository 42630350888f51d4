"""What to do with a quarter nobody has written yet, said instead of «124 errores» in red.

Right after a year's programme arrives every meta lacks its achieved figures and its
evaluation (``domain.validation.unreported``): the window says what to capture, and where.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ism_desktop.domain.fields import FieldRef
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.reporting_rules import ACHIEVED_MISSING
from ism_desktop.domain.wording import PROFILE_MENU, REOPEN_MENU, count, spoken_list

# The reported quarter's figure alone: its box is the one this window lets be typed.
_HOW = "lo realizado (recuadro amarillo; 0 si no hubo avance) y la evaluación cualitativa"


def unreported_said(
    findings: Sequence[Finding],
    counts: tuple[int, int, int],
    metas: int,
    *,
    coordinator: bool = False,
    unit: str = "",
    own: Collection[str] = (),
    closed: Collection[Quarter] = (),
) -> str:
    """The quarter of ``findings`` (not empty), still to be reported: what to do (Spanish).

    ``counts``: the errors, the warnings and those not yet justified, listed beside;
    ``metas``: how many metas the findings are of; ``coordinator``: the PC that makes the
    programme, of the coordinating ``unit``, whose own metas' ids are ``own``; ``closed``: the
    quarters this PC's ``unit`` closed (an earlier one missing figures is to be
    reopened before they can be typed).
    """
    errors, warnings, open_warnings = counts
    reported = findings[0].quarter
    quarter = reported.in_words
    # The coordinator writes its own metas here; other units' come in their packages.
    written_here = [f for f in findings if not coordinator or f.meta_id in own]
    how = _what_to_write(reported, written_here)
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
            f"que falta ({count(errors, 'dato', 'datos')} de "
            f"{count(metas, 'meta', 'metas')}). El paquete se exporta cuando esté completo."
        )
    if warnings:
        said += f" Además, {count(warnings, 'aviso', 'avisos')} ({open_warnings} sin justificar)."
    if closed:
        said += reopen_first(closed, [q for q in missing_quarters(written_here) if q < reported])
    return said


def reopen_first(closed: Collection[Quarter], earlier: list[Quarter]) -> str:
    """« El trimestre 1 está cerrado: para escribir en él, reábralo antes…», when it applies.

    Chosen as the quarter reported, a closed quarter is read-only: the figure could not be
    typed, and the guidance said only where to choose it. The menu alone: the command line's
    hint, wrapped in the panel, cut the command at its hyphens.
    """
    shut = [int(q) for q in earlier if q in closed]
    if not shut:
        return ""
    if len(shut) == 1:
        head = f"El trimestre {shut[0]} está cerrado: para escribir en él, reábralo"
    else:
        head = (
            f"Los trimestres {spoken_list(shut)} están cerrados: para escribir en ellos, reábralos"
        )
    return f" {head} antes con un motivo ({REOPEN_MENU})."


def missing_quarters(findings: Sequence[Finding]) -> list[Quarter]:
    """The quarters whose achieved figure some finding says is missing, in order."""
    return sorted(
        {
            ref.period
            for finding in findings
            if finding.rule == ACHIEVED_MISSING.code
            and (ref := FieldRef.parse(finding.field)) is not None
            and ref.period is not None
        }
    )


def _what_to_write(reported: Quarter, findings: Sequence[Finding]) -> str:
    """The figures and the evaluation to write, and where the figures are typed.

    Only the reported quarter's figure has its box here (yellow): an earlier quarter's left
    empty is typed with that quarter chosen as the one reported.
    """
    missing = missing_quarters(findings)
    if missing in ([], [reported]):
        return _HOW
    earlier = [q for q in missing if q is not reported]
    chosen = (
        "eligiéndolo" if len(earlier) == 1 else "eligiendo cada uno"
    ) + f" como trimestre que se informa en {PROFILE_MENU}…"
    where = (
        f"el del trimestre {int(reported)} en el recuadro amarillo, "
        f"el {of_quarters(earlier)} {chosen}"
        if reported in missing
        else chosen
    )
    return (
        f"lo realizado {of_quarters(missing)} (0 si no hubo avance; {where}) "
        "y la evaluación cualitativa"
    )


def of_quarters(quarters: Sequence[Quarter]) -> str:
    """«del trimestre 1», «de los trimestres 1 y 2», «de los trimestres 1 a 3»."""
    numbers = [int(q) for q in quarters]
    if len(numbers) == 1:
        return f"del trimestre {numbers[0]}"
    if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"de los trimestres {numbers[0]} a {numbers[-1]}"
    return f"de los trimestres {spoken_list(numbers)}"
