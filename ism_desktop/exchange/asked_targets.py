"""A unit's metas as its package was checked: with the targets it asked for, still undecided."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal, InvalidOperation

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import ReceivedPackage, TargetChangeRequest
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.year_programme import with_requested_target
from ism_desktop.store.store import Store


def report_as_sent(store: Store, report: ProgressReport, quarter: Quarter) -> ProgressReport:
    """``report`` with each received unit's metas as its package of ``quarter`` was checked.

    The board counted a unit's warnings with the targets it asked for; ``validate`` and the
    coordinating unit's window with those held here: two numbers for one unit. Only the rules
    read this report; the figures shown stay those held until the request is decided.
    """
    received = store.received.latest_by_unit(PackageKind.REPORT, report.year, quarter)
    if not received:
        return report
    waiting: dict[UnitCode, list[TargetChangeRequest]] = {}
    for request in store.target_requests.pending(report.year):
        waiting.setdefault(request.unit, []).append(request)
    metas: list[Meta] = []
    for meta in report.metas:
        package = received.get((meta.key.entity, meta.key.unit))
        asked = waiting.get(meta.key.unit, ())
        metas += [meta] if package is None or not asked else metas_as_sent([meta], asked, package)
    return replace(report, metas=tuple(metas))


def metas_as_sent(
    metas: list[Meta], waiting: Iterable[TargetChangeRequest], package: ReceivedPackage
) -> list[Meta]:
    """The unit's metas with the targets it asked for before ``package`` and still undecided.

    Its package was checked with them: counted with the targets this PC still holds, the board
    blamed on the unit warnings it never saw, and differed from what its package said. A
    request asked after the package was made (in a later quarter's) was not in its figures.
    """
    asked: dict[str, list[TargetChangeRequest]] = {}
    for request in waiting:
        if _asked_before(request, package):
            asked.setdefault(request.meta_id, []).append(request)
    if not asked:
        return metas
    return [_with_asked(meta, asked.get(meta.stable_id, ())) for meta in metas]


def _asked_before(request: TargetChangeRequest, package: ReceivedPackage) -> bool:
    if request.sequence <= package.sequence:
        return True  # the package, or one before it, carried it
    # A later package carries it again: the package carried it too if it was asked before.
    # Both moments are the unit's own clock's, in whole seconds: the same second says nothing.
    try:
        return datetime.fromisoformat(request.requested_at) < datetime.fromisoformat(
            package.created_at
        )
    except (ValueError, TypeError):  # a moment unreadable, or one without its offset
        return False


def _with_asked(meta: Meta, requests: Iterable[TargetChangeRequest]) -> Meta:
    for request in requests:
        try:
            figure = Decimal(request.requested)
        except InvalidOperation:
            continue  # a figure that is not a number asks nothing this board can count
        meta = with_requested_target(meta, request.field, figure)
    return meta
