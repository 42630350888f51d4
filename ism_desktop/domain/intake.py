"""Intake plans: what applying a checked package will write, decided before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from ism_desktop.domain.audit import Author, FieldChange, TargetChangeReason, diff_metas
from ism_desktop.domain.codes import Activity, Entity, Programme, Unit
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.package_records import PcIdentity, ReceivedPackage, TargetChangeRequest
from ism_desktop.domain.validation.justification import Justification
from ism_desktop.domain.year_news import YearNews


@dataclass(frozen=True, init=False)
class ReportEdit:
    """One stored meta a report package changes: as stored, as it will be, and what differs."""

    before: Meta
    after: Meta
    changes: tuple[FieldChange, ...] = field(init=False, repr=False, compare=False)

    def __init__(self, before: Meta, after: Meta) -> None:
        # What the generated __init__ does, written into the instance's dict instead of three
        # calls of object.__setattr__ (frozen): a received package makes one for each meta.
        fields = self.__dict__
        fields["before"] = before
        fields["after"] = after
        # Diffed once, here: the review, the closed-quarter guards and the audit rows all read
        # these changes, and they can only ever be those between ``before`` and ``after``.
        fields["changes"] = diff_metas(before, after)


@dataclass(frozen=True)
class ReportIntake:
    """What a unit's report package changes at the coordinating unit."""

    received: ReceivedPackage
    author: Author
    edits: tuple[ReportEdit, ...]
    # The metas whose justifications of the package's quarter the package replaces.
    justified_metas: frozenset[str]
    justifications: tuple[Justification, ...]
    requests: tuple[TargetChangeRequest, ...]
    identity: PcIdentity | None = None


@dataclass(frozen=True)
class ObservationIntake:
    """The observations a return package brings to a unit (replacing those it had)."""

    received: ReceivedPackage
    meta_ids: tuple[str, ...]
    observations: tuple[Observation, ...]
    identity: PcIdentity | None = None
    news: YearNews | None = None


@dataclass(frozen=True)
class BaseMeta:
    """One meta of the base as it will be stored, with what changed against the unit's copy."""

    position: int
    meta: Meta
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class BaseIntake:
    """What a programme base changes at a unit."""

    received: ReceivedPackage
    author: Author
    reason: TargetChangeReason
    entity: Entity
    unit: Unit
    programmes: tuple[Programme, ...]
    activities: tuple[Activity, ...]
    metas: tuple[BaseMeta, ...]
    retired: tuple[str, ...]
    identity: PcIdentity | None
    make_current: bool
    news: YearNews | None = None
