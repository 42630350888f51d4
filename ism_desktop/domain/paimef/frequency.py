"""How often an indicator is measured, and which periods of a year it reports."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ism_desktop.domain.look_alike import fold_widths
from ism_desktop.domain.wording import quoted


class Frequency(StrEnum):
    """The frecuencia de medición of Anexo 5."""

    QUARTERLY = "Trimestral"
    HALF_YEARLY = "Semestral"
    YEARLY = "Anual"
    BIENNIAL = "Bienal"


class BiennialYears(StrEnum):
    """Which years a biennial indicator reports, as the rules say (or that they do not)."""

    ODD = "años nones"
    EVEN = "años pares"
    UNSTATED = "años no señalados en las reglas"


@dataclass(frozen=True, slots=True)
class Period:
    """One reporting period: ``2026-T1``, ``2026-S2`` or ``2026``."""

    year: int
    part: str = ""

    @property
    def code(self) -> str:
        """The period's code, as captures and the exchange store it."""
        return f"{self.year}-{self.part}" if self.part else str(self.year)

    @property
    def label(self) -> str:
        """The period in Spanish: ``primer trimestre de 2026``."""
        names = {
            "T1": "primer trimestre",
            "T2": "segundo trimestre",
            "T3": "tercer trimestre",
            "T4": "cuarto trimestre",
            "S1": "primer semestre",
            "S2": "segundo semestre",
        }
        return f"{names[self.part]} de {self.year}" if self.part else f"año {self.year}"


def reporting_periods(
    frequency: Frequency, year: int, biennial: BiennialYears | None = None
) -> tuple[Period, ...]:
    """The periods of ``year`` an indicator of this frequency reports (none in an off year)."""
    if frequency is Frequency.QUARTERLY:
        return tuple(Period(year, f"T{n}") for n in range(1, 5))
    if frequency is Frequency.HALF_YEARLY:
        return (Period(year, "S1"), Period(year, "S2"))
    if frequency is Frequency.BIENNIAL:
        if biennial is BiennialYears.ODD and year % 2 == 0:
            return ()
        if biennial is BiennialYears.EVEN and year % 2 == 1:
            return ()
    return (Period(year),)


def period_from_code(code: str) -> Period:
    """Parse ``2026``, ``2026-T3`` or ``2026-S1``; raise ``ValueError`` (Spanish) otherwise."""
    # At full width («２０２６-Ｔ１») the same characters; «٢٠٢٦», «2026-Т1» (a Cyrillic Т) or
    # «2026-ſ1» (a long s, upper case S) only read as one: ASCII, as every year typed elsewhere.
    text = fold_widths(code.strip())
    year_text, _, part = text.upper().partition("-")
    if not (text.isascii() and year_text.isdigit() and len(year_text) == 4) or part not in (
        "", "T1", "T2", "T3", "T4", "S1", "S2",
    ):  # fmt: skip
        raise ValueError(f"«{quoted(code)}» no es un periodo (ejemplos: 2026, 2026-T1, 2026-S2).")
    return Period(int(year_text), part)


def period_end_month(period: Period) -> int:
    """The last month a period covers (3, 6, 9, 12 for quarters; 6, 12 for halves)."""
    if not period.part:
        return 12
    number = int(period.part[1])
    return number * 3 if period.part.startswith("T") else number * 6
