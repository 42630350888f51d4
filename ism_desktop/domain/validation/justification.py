"""Why a warning is acceptable: a written justification or an acknowledgement, with its author."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from ism_desktop.domain.audit import Author, TargetChange
from ism_desktop.domain.fields import FieldRef
from ism_desktop.domain.limits import readable_text, text_problem
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.figure_rules import TARGET_CHANGED
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.spelling_rules import SPELLING

# Rules whose message depends on the PC that reads it, not on the meta: the spelling warning
# lists the words this PC's dictionary doubts, and a unit's own added words never travel. Its
# answer stands for the evaluation whatever words a PC lists, as every answer did before the
# warnings they answered were kept.
_ANSWERED_WHATEVER_IT_SAYS = frozenset({SPELLING.code})


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
    # The messages of the warnings it answered, as they read when it was written: new figures
    # give a new message, which the old reason did not explain. ``None``: written before
    # answers were kept, so it answers whatever the warning says; empty: written while no
    # warning showed, so it answers none of them (one that shows later is offered it back).
    answered: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if not self.author.strip():
            raise ValueError("La justificación necesita un autor.")
        for what, value, feminine in (
            ("La justificación", self.text, True),
            ("El autor", self.author, False),
        ):
            if problem := text_problem(value, feminine=feminine):
                raise ValueError(f"{what} {problem}.")

    @classmethod
    def justified(
        cls,
        key: JustificationKey,
        text: str,
        author: str,
        at: str,
        answered: tuple[str, ...] | None = None,
    ) -> Justification:
        """A written reason; blank text is refused."""
        if not text.strip():
            raise ValueError("La justificación no puede estar vacía; use «enterado».")
        return cls(key, text.strip(), author.strip(), at, answered)

    @classmethod
    def acknowledged(
        cls, key: JustificationKey, author: str, at: str, answered: tuple[str, ...] | None = None
    ) -> Justification:
        """An explicit "enterado": the unit saw the warning and keeps the figures."""
        return cls(key, "", author.strip(), at, answered)

    def answers(self, finding: Finding) -> bool:
        """Whether it was written for this warning as it reads now (always, if not known)."""
        return (
            self.answered is None
            or finding.rule in _ANSWERED_WHATEVER_IT_SAYS
            or _close_up_percent(finding.message)
            in {_close_up_percent(message) for message in self.answered}
        )

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

    def describe_earlier(self) -> str:
        """Said of one written when the warning read otherwise: its text, then what it answered.

        E.g. ``Justificación anterior de ana (10/04/2024 09:30): se atendió a menos personas.
        Entonces el aviso decía: El avance oficial de T1 es 78.00 %, …``. The warning is told
        last and unquoted: its own text quotes words («DIA»), and quoted again it nested.
        """
        what = "Enterado anterior" if self.is_acknowledgement else "Justificación anterior"
        head = f"{what} de {self.author} ({local_time_text(self.at)})"
        said = f"{head}." if self.is_acknowledgement else f"{head}: {self.text}"
        answered = self.answered_text()
        if not answered:
            return said
        # A reason typed without its final period would run on into the next sentence.
        said = said.rstrip(",;: ")
        ended = said if said.endswith((".", "!", "?", "…", ".)", ".»")) else f"{said}."
        return f"{ended} Entonces el aviso decía: {answered}."

    def answered_text(self) -> str:
        """The warnings it answered, as one readable sentence without its period ("" if none)."""
        # Made readable: one received in a package may quote a character that is not text.
        return "; ".join(readable_text(message).rstrip(". ") for message in self.answered or ())


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
    A unit's own answer written for an earlier target (one that keeps what it answered) gives
    way to a reason recorded after it: the warning now names the newer target. A change that
    a later one put back (a rejected request, undone by the coordinator's base) explains
    nothing: neither counts, and the answer written for the target as it reads again stands.
    """
    written = {item.key: item for item in stored}
    implied: list[Justification] = []
    for meta_id, recorded in target_changes.items():
        changes = _standing(recorded)
        if not changes:
            continue  # every change was undone: the target reads as before any of them
        last = changes[-1]
        document = f" (documento {last.reason.document})" if last.reason.document else ""
        text = readable_text(f"Cambio de meta registrado: {last.reason.text}{document}")
        for quarter in quarters:
            key = JustificationKey(year, meta_id, quarter, TARGET_CHANGED.code)
            own = written.get(key)
            if own is None or _answered_before(own, last.at):
                implied.append(Justification.justified(key, text, last.author.profile, last.at))
    replaced = {item.key for item in implied}
    return [*(item for item in stored if item.key not in replaced), *implied]


# Findings wrote a percentage spaced («78.00 %») before they wrote it close up, as the printed
# form does («78.00%»); answers stored before keep the spaced message they answered.
_SPACED_PERCENT = re.compile(r"(\d) %")


def _close_up_percent(message: str) -> str:
    """``message`` with its percentages close up.

    An answer stored when findings wrote them spaced answers the same warning, which changed
    in spelling alone (it must not turn pending after an update).
    """
    return _SPACED_PERCENT.sub(r"\1%", message)


def _standing(changes: Sequence[TargetChange]) -> list[TargetChange]:
    """The changes still in the figures, oldest first: each one a later change put back is dropped.

    A change from ``a`` to ``b`` followed, on the same figure, by one from ``b`` back to ``a``
    left the figure as it was: both go, and the reason of neither explains the target. The
    annual total that the putting back moved with it goes too: a request records the quarter
    it asks, the coordinator's base every figure it writes, the annual one included.
    """
    kept: list[TargetChange] = []
    undoing: set[tuple[str, Author]] = set()  # the writes that put a change back
    for change in changes:
        same = [i for i, earlier in enumerate(kept) if earlier.field == change.field]
        if same and _puts_back(kept[same[-1]], change):
            del kept[same[-1]]
            undoing.add((change.at, change.author))
        else:
            kept.append(change)
    return [c for c in kept if (c.at, c.author) not in undoing or not _is_annual(c.field)]


def _is_annual(field: str) -> bool:
    ref = FieldRef.parse(field)
    return ref is not None and ref.period is None


def _puts_back(earlier: TargetChange, later: TargetChange) -> bool:
    """Whether ``later`` wrote back the figure ``earlier`` replaced (``800`` equals ``800.00``)."""
    try:
        return Decimal(later.new) == Decimal(earlier.old) and Decimal(later.old) == Decimal(
            earlier.new
        )
    except InvalidOperation:  # a blank figure: compared as written
        return later.new == earlier.old and later.old == earlier.new


def _answered_before(own: Justification, changed_at: str) -> bool:
    """Whether ``own`` answered a warning as it read before a target change at ``changed_at``."""
    if own.answered is None:
        return False  # not known what it answered: it keeps counting, as it always did
    try:
        return datetime.fromisoformat(own.at) <= datetime.fromisoformat(changed_at)
    except (ValueError, TypeError):  # a moment unreadable, or one without its offset
        return False
