"""A report as of one quarter: what that quarter's package and documents carry.

A unit that reopens a quarter it sent may have typed the next ones meanwhile. The corrected
package of the reopened quarter carries the figures and narratives up to it only: the later
ones belong to their own packages (and the coordinating unit refuses them in this one).
"""

from __future__ import annotations

from dataclasses import replace

from ism_desktop.domain.fields import FieldRef, evaluation_quarter
from ism_desktop.domain.figures import FigureRow, Series
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport


def _row_through(row: FigureRow, kept: int) -> FigureRow:
    achieved = row.achieved
    if achieved[kept:].count(None) == len(achieved) - kept:
        return row
    first, second, third, fourth = achieved
    return replace(
        row,
        achieved=(
            first,
            second if kept > 1 else None,
            third if kept > 2 else None,
            fourth if kept > 3 else None,
        ),
    )


def meta_through(meta: Meta, quarter: Quarter) -> Meta:
    """The meta without achieved figures or narratives of the quarters after ``quarter``."""
    kept = int(quarter)
    met, num = _row_through(meta.met, kept), _row_through(meta.num, kept)
    den = None if meta.den is None else _row_through(meta.den, kept)
    evaluations = {q: text for q, text in meta.evaluations.items() if int(q) <= kept}
    if (
        met is meta.met
        and num is meta.num
        and den is meta.den
        and len(evaluations) == len(meta.evaluations)
    ):
        return meta
    return replace(meta, met=met, num=num, den=den, evaluations=evaluations)


def report_through(report: ProgressReport, quarter: Quarter) -> ProgressReport:
    """The report with every meta as of ``quarter`` (see ``meta_through``)."""
    return replace(report, metas=tuple(meta_through(meta, quarter) for meta in report.metas))


def reported_after(field: str, quarter: Quarter) -> bool:
    """Whether a meta field (``realizado.t2.num``, ``evaluacion.t2``) is a later quarter's."""
    told = evaluation_quarter(field)
    if told is not None:
        return told > quarter
    ref = FieldRef.parse(field)
    return (
        ref is not None
        and ref.series is Series.ACHIEVED
        and ref.period is not None
        and ref.period > quarter
    )
