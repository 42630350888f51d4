"""Why a warning is acceptable: a written justification or an acknowledgement, with its author."""

from __future__ import annotations

from dataclasses import dataclass

from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.quarter import Quarter
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
