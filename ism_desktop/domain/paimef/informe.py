"""What the informe parcial / final shows, computed once for the PDF and the xlsx alike."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ism_desktop.domain.paimef.deadlines import Deadline, DeadlineState
from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.domain.paimef.indicator_captures import IndicatorResult
from ism_desktop.domain.paimef.legend import LEGEND_8_1
from ism_desktop.domain.paimef.programme import (
    ZERO,
    Action,
    AnnualProgramme,
    exercised_percent,
)
from ism_desktop.domain.paimef.vertientes import Vertiente


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """Programmed, exercised and % exercised of an acción, a vertiente or the whole programme."""

    programmed: Decimal
    exercised: Decimal

    @property
    def percent(self) -> Decimal:
        """% exercised, two decimals."""
        return exercised_percent(self.programmed, self.exercised)


@dataclass(frozen=True, slots=True)
class VertienteSection:
    """One vertiente's acciones and its subtotal."""

    vertiente: Vertiente
    actions: tuple[Action, ...]
    total: BudgetLine


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    """A deadline and where it stands on the informe's date."""

    deadline: Deadline
    state: DeadlineState
    # The state as printed: a late delivery with its days late («… (2 días hábiles de retraso)»).
    state_text: str


@dataclass(frozen=True, slots=True)
class PaimefInforme:
    """Everything the informe prints."""

    programme: AnnualProgramme
    final: bool
    as_of: date
    sections: tuple[VertienteSection, ...]
    total: BudgetLine
    indicators: tuple[IndicatorResult, ...]
    deadlines: tuple[DeadlineRow, ...]
    findings: tuple[PaimefFinding, ...]
    legend: str = LEGEND_8_1
    # Why a warning is accepted, by (rule, acción, field): «texto (quién, fecha)».
    justified: Mapping[tuple[str, str, str], str] = field(default_factory=dict)

    def justification(self, finding: PaimefFinding) -> str | None:
        """The accepted reason printed under a warning, or None."""
        return self.justified.get(finding.key)

    @property
    def title(self) -> str:
        """«Informe Final» after the year has closed, «Informe Parcial» before; a draft, said."""
        kind = "Informe Final" if self.final else "Informe Parcial"
        title = f"{kind} del Programa Anual PAIMEF {self.programme.year}"
        # With errors it is a draft to review, not the informe to deliver: said on each page.
        errors = sum(1 for finding in self.findings if finding.is_error)
        if errors:
            title += f" — BORRADOR: {errors} {'error' if errors == 1 else 'errores'} por corregir"
        return title


def goals_and_evidence(action: Action) -> str:
    """Each meta with its progress, then the evidence: rule 4.3.8 asks for both.

    «Personas capacitadas: 40 PERSONA, alcanzado 12 (30.00%)», one meta a line, then
    «Material probatorio: Listas de asistencia».
    """
    goals = [
        f"{g.description}: {g.quantity} {g.unit}"
        + (" (sin reportar)" if g.achieved is None else f", {g.progress}")
        for g in action.goals
    ]
    evidence = action.evidence.strip() or "sin registrar"
    return "\n".join([*goals, f"Material probatorio: {evidence}"])


def budget(actions: tuple[Action, ...]) -> BudgetLine:
    """The budget line of some acciones."""
    return BudgetLine(
        sum((a.programmed for a in actions), ZERO), sum((a.exercised for a in actions), ZERO)
    )


def build_informe(
    programme: AnnualProgramme,
    as_of: date,
    indicators: list[IndicatorResult],
    deadlines: list[Deadline],
    findings: list[PaimefFinding],
    justified: Mapping[tuple[str, str, str], str] | None = None,
) -> PaimefInforme:
    """The informe on ``as_of``: final once 31 December of the year has passed."""
    sections = tuple(
        VertienteSection(v, programme.in_vertiente(v), budget(programme.in_vertiente(v)))
        for v in Vertiente
    )
    return PaimefInforme(
        programme=programme,
        final=as_of > date(programme.year, 12, 31),
        as_of=as_of,
        sections=sections,
        total=budget(programme.actions),
        indicators=tuple(indicators),
        deadlines=tuple(DeadlineRow(d, d.state(as_of), d.state_text(as_of)) for d in deadlines),
        findings=tuple(findings),
        justified=dict(justified or {}),
    )
