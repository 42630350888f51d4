"""Why a warning is acceptable: a written justification or an acknowledgement, with its author."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from ism_desktop.domain.audit import TargetChange
from ism_desktop.domain.limits import readable_text, text_problem
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.figure_rules import TARGET_CHANGED
from ism_desktop.domain.validation.finding import Finding


@dataclass(frozen=True, slots=True, order=True)
class JustificationKey:
    """A warning is justified per year, meta, quarter and rule."""

    year: int
    meta_id: str
    quarter: Quarter
    rule: str

    @classmethod
    def of(cls, year: int, finding: Finding) -> JustificationKey:
        """The key that would justify a finding of the given year."""
        return cls(year, finding.meta_id, finding.quarter, finding.rule)


@dataclass(frozen=True, slots=True)
class Justification:
    """A justification (non-empty text) or an acknowledgement ("enterado", empty text)."""

    key: JustificationKey
    text: str
    author: str
    at: str

    def __post_init__(self) -> None:
        if not self.author.strip():
            raise ValueError("La justificación necesita un autor.")
        for what, value in (("La justificación", self.text), ("El autor", self.author)):
            if problem := text_problem(value):
                raise ValueError(f"{what} {problem}.")

    @classmethod
    def justified(cls, key: JustificationKey, text: str, author: str, at: str) -> Justification:
        """A written reason; blank text is refused."""
        if not text.strip():
            raise ValueError("La justificación no puede estar vacía; use «enterado».")
        return cls(key, text.strip(), author.strip(), at)

    @classmethod
    def acknowledged(cls, key: JustificationKey, author: str, at: str) -> Justification:
        """An explicit "enterado": the unit saw the warning and keeps the figures."""
        return cls(key, "", author.strip(), at)

    @property
    def is_acknowledgement(self) -> bool:
        """True for an "enterado" without a written reason."""
        return not self.text

    def describe(self) -> str:
        """One Spanish line, e.g. ``Justificado por ana (10/04/2024 09:30): se reprogramó.``."""
        at = local_time_text(self.at)
        if self.is_acknowledgement:
            return f"Enterado por {self.author} ({at})."
        return f"Justificado por {self.author} ({at}): {self.text}"


def with_recorded_target_reasons(
    stored: Sequence[Justification],
    target_changes: Mapping[str, Sequence[TargetChange]],
    year: int,
    quarters: Collection[Quarter] = tuple(Quarter),
) -> list[Justification]:
    """Stored justifications plus those implied by recorded target-change reasons.

    A modified target changed through the program carries its reason (and document) in the
    meta's history; that reason is what the META_MODIFICADA warning asks for, so it counts as
    the justification unless the unit wrote one of its own. Made readable, never refused:
    the words around it make a motivo at the limit longer than a justification may be, and an
    older version stored motivos unchecked; either would otherwise stop every check.

    It counts in every quarter the warning shows (``quarters``, of which ``stored`` holds those
    written): an approved request of one quarter's package changes the meta in all of them.
    """
    written = {item.key for item in stored}
    implied: list[Justification] = []
    for meta_id, changes in target_changes.items():
        last = changes[-1]
        document = f" (documento {last.reason.document})" if last.reason.document else ""
        text = readable_text(f"Cambio de meta registrado: {last.reason.text}{document}")
        for quarter in quarters:
            key = JustificationKey(year, meta_id, quarter, TARGET_CHANGED.code)
            if key not in written:
                implied.append(Justification.justified(key, text, last.author.profile, last.at))
    return [*stored, *implied]
