"""The original targets a meta brings, in one line, for the review of a programme base."""

from __future__ import annotations

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import figure_text


def targets_in_one_line(meta: Meta) -> str:
    """E.g. «Meta anual 1900: T1 500, T2 500, T3 400, T4 500»; NUM/DEN for a percentage meta.

    Figures as the review writes its others (``figure_text``); a percentage meta's «95.5/115»
    says both rows, as its form captures them, rather than a percentage that hides them.
    """
    num, den = meta.num, meta.den
    if den is None:
        annual = figure_text(num.original_annual)
        quarters = [figure_text(value) for value in num.original]
        return f"Meta anual {annual}: " + _by_quarter(quarters)
    annual = f"{figure_text(num.original_annual)}/{figure_text(den.original_annual)}"
    quarters = [
        f"{figure_text(n)}/{figure_text(d)}"
        for n, d in zip(num.original, den.original, strict=True)
    ]
    return f"Meta anual NUM/DEN {annual}: " + _by_quarter(quarters)


def _by_quarter(values: list[str]) -> str:
    return ", ".join(f"T{int(q)} {value}" for q, value in zip(Quarter, values, strict=True))
