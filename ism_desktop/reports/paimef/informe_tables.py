"""The informe's tables as rows of text, shared by the PDF and the xlsx writers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ism_desktop.domain.paimef.informe import BudgetLine, PaimefInforme, goals_and_evidence
from ism_desktop.domain.paimef.money import money_display, percent_display
from ism_desktop.domain.paimef.rule_references import rule_reference
from ism_desktop.domain.paimef.transversal import transversal_share
from ism_desktop.domain.paimef.vertientes import linea_by_code

ACTION_HEADINGS = (
    "Clave",
    "Acción",
    "Metas y material probatorio",
    "Programado",
    "Ejercido",
    "% ejercido",
)
INDICATOR_HEADINGS = ("Núm.", "Indicador", "Periodo", "Valor", "Unidad", "Frecuencia")
DEADLINE_HEADINGS = ("Vence", "Numeral", "Plazo", "Responsable", "Cumplido", "Estado")
FINDING_HEADINGS = ("Severidad", "Regla", "Acción", "Mensaje")


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure of a row: pesos, a percentage, a plain value or a whole number.

    ``plain`` is an indicator's value of another unit; ``whole`` an indicator's «Núm.».
    Printed as text in the PDF, kept a number in xlsx.
    """

    value: Decimal
    percent: bool = False
    plain: bool = False
    whole: bool = False

    def __str__(self) -> str:
        if self.whole:
            return f"{self.value:.0f}"
        if self.plain:
            return f"{self.value:.2f}"
        return percent_display(self.value) if self.percent else money_display(self.value)


@dataclass(frozen=True, slots=True)
class Day:
    """A date of a row: printed dd/mm/aaaa, kept a date in xlsx so that it sorts and filters."""

    value: date

    def __str__(self) -> str:
        return f"{self.value:%d/%m/%Y}"


Cell = str | Amount | Day


@dataclass(frozen=True, slots=True)
class Row:
    """One printed row; ``total`` rows are bold."""

    cells: tuple[Cell, ...]
    total: bool = False


def _budget_cells(line: BudgetLine) -> tuple[Amount, Amount, Amount]:
    return (Amount(line.programmed), Amount(line.exercised), Amount(line.percent, percent=True))


def action_sections(informe: PaimefInforme) -> list[tuple[str, list[Row]]]:
    """Per vertiente: its heading and rows (one per acción, then its subtotal)."""
    sections = []
    for section in informe.sections:
        rows = []
        for action in section.actions:
            line = linea_by_code(action.line)
            line_text = f"Línea {action.line}: {line.name}" if line else f"Línea {action.line}"
            name = action.name + (" (transversal)" if action.transversal else "")
            rows.append(
                Row(
                    (
                        action.key,
                        f"{name}\n{line_text}",
                        goals_and_evidence(action),
                        *_budget_cells(BudgetLine(action.programmed, action.exercised)),
                    )
                )
            )
        rows.append(
            Row(
                ("", f"Subtotal vertiente {section.vertiente}", "", *_budget_cells(section.total)),
                total=True,
            )
        )
        sections.append((f"Vertiente {section.vertiente}. {section.vertiente.heading}", rows))
    return sections


def total_row(informe: PaimefInforme) -> Row:
    """The whole programme's budget line."""
    return Row(("", "Total del Programa Anual", "", *_budget_cells(informe.total)), total=True)


def transversal_line(informe: PaimefInforme) -> str:
    """The transversal activities' share against the 5 % ceiling (numeral 3.5.1)."""
    return transversal_share(informe.programme).text


def indicator_rows(informe: PaimefInforme) -> list[Row]:
    """One row per indicator and period of the year."""
    rows = []
    for result in informe.indicators:
        value: Cell
        if result.value is not None:
            # A «Porcentaje» printed «30.00%» and kept a number in xlsx, with that format.
            percent = result.indicator.is_percentage
            value = Amount(result.value, percent=percent, plain=not percent)
        elif result.problem:
            value = "no calculable"
        else:
            value = "sin capturar"
        rows.append(
            Row(
                (
                    # A number in xlsx: as text, Excel flagged each cell and sorted 10 before 2.
                    Amount(Decimal(result.indicator.number), whole=True),
                    result.indicator.name,
                    result.period.label,
                    value,
                    result.indicator.unit,
                    result.indicator.frequency_label,
                )
            )
        )
    return rows


def deadline_rows(informe: PaimefInforme) -> list[Row]:
    """One row per computed deadline with its state on the informe's date."""
    return [
        Row(
            (
                Day(row.deadline.due),
                row.deadline.term.numeral,
                row.deadline.description,
                row.deadline.term.responsible,
                "" if row.deadline.done is None else Day(row.deadline.done),
                row.state_text,
            )
        )
        for row in informe.deadlines
    ]


def finding_rows(informe: PaimefInforme) -> list[Row]:
    """The rules' findings on the informe's date."""
    rows = []
    for finding in informe.findings:
        message = finding.message
        reason = informe.justification(finding)
        if reason is not None and not finding.is_error:
            message += f"\nJustificado: {reason}"
        rows.append(
            Row(
                (
                    finding.severity.label.upper(),
                    rule_reference(finding.rule),
                    finding.action or "—",
                    message,
                )
            )
        )
    return rows
