"""The transversal activities' share of the Programa Anual against its 5 % ceiling (3.5.1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ism_desktop.domain.paimef.money import CENTAVO, money_display, percent_display
from ism_desktop.domain.paimef.programme import ZERO, AnnualProgramme

TRANSVERSAL_LIMIT_PERCENT = Decimal(5)
_HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class TransversalShare:
    """The transversal activities' budget (coordination, monitoring, follow-up) and the total."""

    amount: Decimal
    total: Decimal
    # Above 5 %, compared without rounding (amount × 100 > 5 × total): 5.00 % passes,
    # 5.001 % does not.
    over: bool = field(init=False)

    def __post_init__(self) -> None:
        over = self.amount * 100 > TRANSVERSAL_LIMIT_PERCENT * self.total
        object.__setattr__(self, "over", over)

    @property
    def limit(self) -> Decimal:
        """5 % of the total, cut to the centavo: the most the transversal ones may take."""
        return (self.total * TRANSVERSAL_LIMIT_PERCENT / 100).quantize(
            CENTAVO, rounding="ROUND_DOWN"
        )

    @property
    def percent(self) -> Decimal:
        """The share with two decimals, half up; over the ceiling never printed «5.00%»."""
        if self.total == 0:
            return ZERO
        share = (self.amount * 100 / self.total).quantize(_HUNDREDTH, rounding="ROUND_HALF_UP")
        # 5.004 % rounds to 5.00 %, which read as allowed next to «rebasan el máximo».
        return max(share, TRANSVERSAL_LIMIT_PERCENT + _HUNDREDTH) if self.over else share

    @property
    def text(self) -> str:
        """The line the informe and the window print."""
        named = "Actividades transversales (coordinación, monitoreo y seguimiento; numeral 3.5.1)"
        if self.total == 0:  # a new year: «$0.00, el 0.00% de $0.00» said nothing
            return (
                f"{named}: pueden tomar hasta el 5% de lo programado; el Programa Anual aún no "
                "tiene montos."
            )
        said = (
            f"{named}: {money_display(self.amount)}, el {percent_display(self.percent)} de "
            f"{money_display(self.total)} programados"
        )
        ceiling = f"5% ({money_display(self.limit)})"
        if self.over:
            excess = money_display(self.amount - self.limit)
            return f"{said}: rebasan el máximo de {ceiling} por {excess}."
        return f"{said}; el máximo es {ceiling}."


def transversal_share(programme: AnnualProgramme) -> TransversalShare:
    """The programme's transversal share."""
    return TransversalShare(programme.transversal_total, programme.programmed_total)
