"""The workbook's live formulas, each with the value it computes (stored for viewers that don't).

The % formula reproduces the official rule (against the ORIGINAL programme, truncated to
hundredths): the quotient is first rounded to ten decimals so that binary floating point
(0.57 × 100 is 56.99999999999999) cannot make Excel's TRUNC cut a whole hundredth too low. A
figure not reported yet is an empty cell, which the formulas count as zero, as the form prints
it. The MET of a percentage meta is NUM / DEN × 100 cut the same way (the form prints 2 of 3 as
66.66); an achieved quarter's MET stays empty while its NUM or DEN is, as the program keeps it. The
stored values come from the domain's exact arithmetic, the same the form prints.
"""

from __future__ import annotations

from decimal import Decimal

from ism_desktop.domain.annual import expected_annual
from ism_desktop.domain.figures import ZERO, RowKind
from ism_desktop.domain.meta import MetaKind
from ism_desktop.domain.progress import percentage, truncate_hundredths
from ism_desktop.domain.quarter import Quarter
from ism_desktop.reports.report_layout import ANNUAL_COLUMNS, MetaEntry, PrintedRow
from ism_desktop.reports.xlsx_styles import achieved_column, figure_column, original_column

# Position of REALIZADO PRIMERO among a row's 14 figures (after two quarters-and-annual blocks).
ACHIEVED_START = 10


def progress_formula(entry: MetaEntry, met_row: int, quarter: Quarter) -> str:
    """The official % de avance of the meta whose MET row is ``met_row``, as a formula."""
    original, achieved = original_column(quarter), achieved_column(quarter)
    num = met_row + 1
    if entry.meta.kind is MetaKind.ABSOLUTE:
        return f"=IF({original}{num}=0,0,TRUNC(ROUND({achieved}{num}*100/{original}{num},10),2))"
    den = met_row + 2
    # (achieved NUM / achieved DEN) against (original NUM / original DEN), as one quotient.
    return (
        f"=IF(OR({original}{num}=0,{original}{den}=0,{achieved}{den}=0),0,"
        f"TRUNC(ROUND({achieved}{num}*{original}{den}*100/"
        f"({achieved}{den}*{original}{num}),10),2))"
    )


def progress_value(entry: MetaEntry) -> Decimal:
    """What the % formula computes: the official progress, 0 while the quarter is unreported."""
    return ZERO if entry.progress is None else entry.progress


def _quarter_sum(row: PrintedRow, position: int) -> Decimal:
    """The four quarters before an annual column, an unprinted row or empty cell counting 0."""
    if not row.printed:
        return ZERO
    # What the formula sums: the VAL. ACUM. SI annual of the domain's arithmetic.
    return expected_annual(row.figures[position - 4 : position], cumulative=True)


def _cut_ratio(column: str, num: int, den: int) -> str:
    # NUM / DEN × 100 cut to hundredths exactly as the % de avance is (TRUNC of ROUND to ten
    # decimals): 2 of 3 is 66.66 %, as the form prints it, not 66.67 %.
    return f"IF({column}{den}=0,0,TRUNC(ROUND({column}{num}*100/{column}{den},10),2))"


def met_formula(
    entry: MetaEntry, row: int, position: int, quarter: Quarter
) -> tuple[str, Decimal | str] | None:
    """A percentage meta's MET cell as NUM / DEN × 100 of its column, with its value.

    An achieved quarter up to ``quarter`` (the one reported, or being filled in a unit's
    workbook) always carries the formula: empty while NUM or DEN is, as the program leaves
    its MET, and following them once typed. Later quarters stay empty, as the form prints
    them. A typed MET went stale when a reviewer corrected NUM or DEN.
    """
    _, num, den = entry.rows
    if not (num.printed and den.printed):
        return None
    column = figure_column(position)
    formula = _cut_ratio(column, row + 1, row + 2)
    if position >= ACHIEVED_START:
        if position > ACHIEVED_START + quarter.index:
            return None
        top, bottom = num.figures[position], den.figures[position]
        guard = f'OR({column}{row + 1}="",{column}{row + 2}="")'
        value: Decimal | str = (
            "" if top is None or bottom is None else truncate_hundredths(percentage(top, bottom))
        )
        return f'=IF({guard},"",{formula})', value
    if entry.meta.cumulative and position in ANNUAL_COLUMNS:
        # The annual NUM and DEN are the quarters' sums (formulas): the MET is their quotient.
        ratio = percentage(_quarter_sum(num, position), _quarter_sum(den, position))
    else:
        # Programmed figures are never empty; the annual pair of VAL. ACUM. NO is typed as
        # printed, and its MET follows it alike.
        ratio = percentage(num.figures[position] or ZERO, den.figures[position] or ZERO)
    return f"={formula}", truncate_hundredths(ratio)


def annual_formula(
    entry: MetaEntry, printed: PrintedRow, row: int, position: int
) -> tuple[str, Decimal] | None:
    """The formula of an ANUAL cell and its value, or None where the annual is typed.

    Not for the MET row of a percentage meta, whose every cell is ``met_formula``'s.
    """
    if not entry.meta.cumulative:
        return None
    first = figure_column(position - 4)
    last = figure_column(position - 1)
    if printed.kind is RowKind.DEN and entry.meta.kind is MetaKind.ABSOLUTE:
        return None
    return f"=SUM({first}{row}:{last}{row})", _quarter_sum(printed, position)
