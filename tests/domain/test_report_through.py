"""A report as of a quarter: what a package of that quarter carries, nothing typed later."""

from __future__ import annotations

import pytest

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.report_through import meta_through, report_through, reported_after
from tests.builders import meta, row

NARRATIVES = {
    Quarter.FIRST: "PRIMERO",
    Quarter.SECOND: "SEGUNDO",
    Quarter.THIRD: "TERCERO",
}


def _percentage() -> Meta:
    return meta(
        row([10, 10, 10, 10], achieved=[9, 10, 11, None]),
        row([20, 20, 20, 20], achieved=[20, 20, 20, None]),
        evaluations=NARRATIVES,
    )


def test_later_quarters_are_blank_and_the_programme_stays() -> None:
    full = meta(
        row([100, 200, 300, 400], [100, 250, 300, 400], achieved=[90, 180, 5, None]),
        evaluations=NARRATIVES,
    )

    first = meta_through(full, Quarter.FIRST)

    assert first.num.achieved == (full.num.achieved[0], None, None, None)
    assert first.met.achieved == (full.met.achieved[0], None, None, None)
    assert first.evaluations == {Quarter.FIRST: "PRIMERO"}
    assert first.num.original == full.num.original
    assert first.num.modified == full.num.modified
    assert first.num.modified_annual == full.num.modified_annual
    assert first.stable_id == full.stable_id


def test_a_percentage_meta_loses_its_later_num_den_and_met() -> None:
    full = _percentage()
    assert full.den is not None
    assert full.met.achieved[2] is not None

    second = meta_through(full, Quarter.SECOND)

    assert second.num.achieved[2] is None
    assert second.den is not None
    assert second.den.achieved == (full.den.achieved[0], full.den.achieved[1], None, None)
    assert second.met.achieved[:2] == full.met.achieved[:2]
    assert second.met.achieved[2:] == (None, None)
    assert set(second.evaluations) == {Quarter.FIRST, Quarter.SECOND}


def test_the_last_quarter_and_a_meta_with_nothing_later_are_kept_as_they_are() -> None:
    full = meta(row([1, 1, 1, 1], achieved=[1, None, None, None]), evaluations=NARRATIVES)
    assert meta_through(full, Quarter.FOURTH) is full
    plain = meta(row([1, 1, 1, 1], achieved=[1, None, None, None]))
    assert meta_through(plain, Quarter.FIRST) is plain


def test_a_report_through_a_quarter_holds_every_meta_through_it() -> None:
    metas = (
        meta(row([5, 5, 5, 5], achieved=[5, 6, None, None]), description="UNA"),
        meta(row([5, 5, 5, 5], achieved=[4, None, None, None]), description="OTRA"),
    )
    report = ProgressReport(year=2024, quarter=Quarter.SECOND, metas=metas)

    first = report_through(report, Quarter.FIRST)

    assert [m.num.achieved for m in first.metas] == [
        (metas[0].num.achieved[0], None, None, None),
        metas[1].num.achieved,
    ]
    assert first.year == 2024
    assert first.metas[1] is metas[1]


@pytest.mark.parametrize(
    ("field", "later"),
    [
        ("realizado.t2.num", True),
        ("realizado.t2.den", True),
        ("realizado.t4.met", True),
        ("evaluacion.t3", True),
        ("realizado.t1.num", False),
        ("evaluacion.t1", False),
        ("modificado.t3.num", False),  # a target, not something reported
        ("original.t4.num", False),
        ("descripcion", False),
    ],
)
def test_which_audited_fields_belong_to_a_later_quarter(field: str, later: bool) -> None:
    assert reported_after(field, Quarter.FIRST) is later
