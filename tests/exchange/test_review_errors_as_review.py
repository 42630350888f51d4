"""The receipt's error count finds exactly the errors the full review finds.

The receipt runs the error rules alone, run by run, on lighter contexts; what it finds must
be, meta by meta and in order, the error findings of ``validate_meta`` as the review checks
a delivered quarter (the meta as its package carries it).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from bench.generate_state_report import generate
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import validate_errors, validate_meta
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.narrative_facts import narrative_facts
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.exchange.intake.review_errors import errors_in
from tests.builders import meta, row
from tests.domain.validation.validation_cases import YEAR, counted, percent

Q1, Q2, Q3, Q4 = Quarter.FIRST, Quarter.SECOND, Quarter.THIRD, Quarter.FOURTH


def _review_errors(metas: list[Meta], quarter: Quarter, year: int) -> list[tuple[Finding, ...]]:
    return [
        tuple(f for f in validate_meta(m, quarter, year=year, delivered=True) if f.is_error)
        for m in metas
    ]


def _counts(errors: list[tuple[Finding, ...]]) -> tuple[int, int]:
    return sum(map(len, errors)), sum(1 for found in errors if found)


def _hostile() -> list[Meta]:
    """Metas edited after their export, each breaking error rules (and some warnings)."""
    return [
        counted(),  # clean
        counted(achieved=(-3, None, None, None)),  # negative
        counted(original=(-1, 10, 10, 10), modified=(6, 22, 12, 10)),
        counted(achieved=(2.5, None, None, None)),  # a fraction of EVENTO
        counted(achieved=(2.5, None, None, None), unit_of_measure="PORCENTAJE"),  # not a count
        counted(narrative=""),
        counted(narrative="   "),
        counted(narrative="A" * 5000),  # too long
        counted(narrative="SE HIZO\x00 TODO"),  # not text
        counted(achieved=(None, None, None, None)),  # missing
        counted(achieved=(10, 4, None, None)),  # a later quarter: the package leaves it out
        counted(original_annual=99),  # annual not the sum
        meta(row((10, 10, 10, 10), original_annual=40), cumulative=False),  # not the last
        meta(row((10, 10, 10, 0), original_annual=0), cumulative=False),
        meta(row((1, 2, 3, 4)), met=row((1, 2, 3, 5)), evaluations={Q1: "HECHO."}),
        percent(den=(0, 90, 90, 90)),  # a zero DEN under a NUM
        percent(den=(0, 0, 0, 0), num=(0, 0, 0, 0), achieved=(0, 0)),
        percent(achieved=(95, 90)),
        percent(achieved=(None, 90)),
        percent(num=(90.5, 90, 90, 90)),
        replace(percent(), den=None),  # tipo P without DEN
        replace(counted(), den=row((5, 5, 5, 5))),  # tipo A with one
        replace(percent(), met=row((50, 100, 100, 100))),
        meta(row(("1E+30", 1, 1, 1), achieved=("1E+30", None, None, None)), evaluations={}),
        meta(row((0, 0, 0, 0), achieved=(0, 0, 0, 0)), evaluations={Q2: "X", Q4: ""}),
    ]


@pytest.mark.parametrize("quarter", [Q1, Q2, Q3, Q4])
def test_hostile_metas_give_the_reviews_errors(quarter: Quarter) -> None:
    metas = _hostile()
    metas += [replace(m, evaluations={**m.evaluations, quarter: "SIN AVANCE."}) for m in metas]

    expected = _review_errors(metas, quarter, YEAR)

    assert validate_errors(metas, quarter, YEAR) == expected
    assert errors_in(metas, quarter, YEAR) == _counts(expected)
    assert errors_in(metas, quarter, YEAR)[0] > 30  # the cases do break error rules


def _edited(index: int, subject: Meta) -> Meta:
    """One state meta in seven edited to break a rule, in each run of the check."""
    num = subject.num
    achieved = num.achieved
    match index % 7:
        case 1:
            return replace(subject, num=replace(num, achieved=(Decimal(-1), *achieved[1:])))
        case 2:
            return replace(subject, evaluations={})
        case 3:
            return replace(subject, num=replace(num, achieved=(Decimal("0.5"), *achieved[1:])))
        case 4:
            return replace(subject, evaluations={Q1: "\x07" * 3})
        case _:
            return subject


def test_the_state_report_gives_the_reviews_errors() -> None:
    report = parse_etca_text(generate(metas=5000, dependencies=60, seed=2024)).report
    state = list(report.metas)
    edited = [_edited(index, m) for index, m in enumerate(state) if index % 3 == 0]

    for metas in (state, edited):
        expected = _review_errors(metas, Q1, report.year)
        assert validate_errors(metas, Q1, report.year) == expected
        assert errors_in(metas, Q1, report.year) == _counts(expected)
    assert _counts(_review_errors(edited, Q1, report.year))[1] > 500


def test_the_count_reads_no_narrative() -> None:
    # No error rule reads what a narrative states: reading 60 packages' narratives was work
    # the count threw away.
    metas = [*_hostile(), counted(narrative="SE REALIZARON 386 APOYOS, 14 MENOS.")]
    narrative_facts.cache_clear()

    errors_in(metas, Q1, YEAR)

    assert narrative_facts.cache_info().misses == 0
