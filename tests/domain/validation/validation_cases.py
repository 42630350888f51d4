"""Metas for validation tests: a reported meta that breaks nothing, and a check of one rule."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.spelling import DoubtfulWord
from ism_desktop.domain.validation.engine import validate_meta
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.settings import ValidationSettings
from tests.builders import Figure, meta, row

Q1, Q2 = Quarter.FIRST, Quarter.SECOND
YEAR = 2024
# Says what was done and why, quotes nothing: breaks no narrative rule.
PLAIN = "SE REALIZARON LAS ACCIONES DEL TRIMESTRE CONFORME AL CALENDARIO ESTABLECIDO."


class FakeDictionary:
    """Knows the words given (without a list: all but a letter typed thrice); ACCION → ACCIÓN."""

    def __init__(self, known: set[str] | None = None) -> None:
        self.known = known
        self.asked: list[str] = []

    def doubtful(self, text: str) -> Sequence[DoubtfulWord]:
        """The words not known, with their positions."""
        self.asked.append(text)
        return [
            DoubtfulWord(
                m.group(), m.start(), m.end(), ("ACCIÓN",) if m.group() == "ACCION" else ()
            )
            for m in re.finditer(r"[^\W\d_]+", text)
            if (m.group() not in self.known if self.known is not None else "LLL" in m.group())
        ]


SPELLING_SETTINGS = ValidationSettings(spelling=FakeDictionary())


def counted(
    original: Sequence[Figure] = (10, 10, 10, 10),
    modified: Sequence[Figure] | None = None,
    achieved: Sequence[Figure] = (10, None, None, None),
    narrative: str = PLAIN,
    quarter: Quarter = Q1,
    unit_of_measure: str = "EVENTO",
    **annuals: Figure,
) -> Meta:
    """A tipo A, VAL. ACUM. SI meta reported in ``quarter``; with the defaults, a clean one."""
    return meta(
        row(original, modified, achieved, **annuals),
        unit_of_measure=unit_of_measure,
        evaluations={quarter: narrative},
    )


def percent(
    num: Sequence[Figure] = (90, 90, 90, 90),
    den: Sequence[Figure] = (90, 90, 90, 90),
    achieved: tuple[Figure, Figure] = (90, 90),
    cumulative: bool = False,
    narrative: str = PLAIN,
    **annuals: Figure,
) -> Meta:
    """A tipo P meta reported in Q1; VAL. ACUM. NO by default, so the annual is the last quarter."""
    num_annual = annuals.pop("num_annual", None)
    den_annual = annuals.pop("den_annual", None)
    if not cumulative:
        num_annual = num[3] if num_annual is None else num_annual
        den_annual = den[3] if den_annual is None else den_annual
    return meta(
        row(
            num,
            achieved=(achieved[0], None, None, None),
            original_annual=num_annual,
            modified_annual=num_annual,
        ),
        row(
            den,
            achieved=(achieved[1], None, None, None),
            original_annual=den_annual,
            modified_annual=den_annual,
        ),
        cumulative=cumulative,
        unit_of_measure="PORCENTAJE",
        evaluations={Q1: narrative},
    )


def with_narrative(base: Meta, text: str, quarter: Quarter = Q1) -> Meta:
    """The meta with another narrative for a quarter."""
    return replace(base, evaluations={**base.evaluations, quarter: text})


@dataclass(frozen=True)
class Case:
    """A meta checked in one quarter, with the settings and the previous narrative to use."""

    meta: Meta
    quarter: Quarter = Q1
    settings: ValidationSettings = field(default_factory=ValidationSettings)
    previous: str | None = None

    def findings(self) -> tuple[Finding, ...]:
        """Every finding of the meta."""
        return validate_meta(self.meta, self.quarter, self.settings, self.previous, year=YEAR)

    def of(self, rule: str) -> list[Finding]:
        """The findings of one rule."""
        return [finding for finding in self.findings() if finding.rule == rule]


def findings_of(
    rule: str, subject: Meta, quarter: Quarter = Q1, **options: object
) -> list[Finding]:
    """The findings of one rule on a meta (options: ``settings``, ``previous``)."""
    case = Case(subject, quarter, **options)  # type: ignore[arg-type]
    return case.of(rule)
