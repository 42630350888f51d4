"""An observation the coordinating unit writes on a unit's meta, sent back in a return package."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.limits import MAX_NARRATIVE_CHARS, text_problem
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import count, spoken_list

MAX_OBSERVATION_LENGTH = MAX_NARRATIVE_CHARS


@dataclass(frozen=True, slots=True)
class Observation:
    """Free text on one meta for one quarter, with who wrote it and when (``id`` once stored)."""

    year: int
    quarter: Quarter
    meta_id: str
    text: str
    author: str
    at: str
    id: int | None = None

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("La observación está vacía.")
        if problem := text_problem(self.text, MAX_OBSERVATION_LENGTH, feminine=True):
            raise ValueError(f"La observación {problem}.")
        if not self.author.strip():
            raise ValueError("La observación necesita un autor.")

    def describe(self) -> str:
        """One Spanish line, e.g. ``T1, Ana (15/04/2024 10:30): revisar la evidencia.``."""
        return f"T{int(self.quarter)}, {self.author} ({local_time_text(self.at)}): {self.text}"


class UnitObservations(NamedTuple):
    """A unit's observations of a quarter: how many were written, and how many wait to go.

    Waiting: written after the unit's last package of observations of the quarter (or with
    none sent yet); a package carries every observation of the quarter. Removed: carried by
    that package and removed since; the unit holds them until the next package replaces them.
    """

    written: int
    unsent: int
    removed: int = 0

    @property
    def waiting(self) -> bool:
        """Whether a package would tell the unit something it does not hold yet."""
        return self.unsent > 0 or self.removed > 0


def own_meta_refusal(description: str, unit: UnitCode) -> str:
    """Why the coordinating unit writes no observation on its own meta: none would travel.

    Observations go back to a unit in its package of observations; the coordinator sends none
    to itself, so one on its own meta stayed unsent, unseen by anyone.
    """
    return (
        "Las observaciones son para las otras unidades: viajan a cada una en su paquete de "
        f"observaciones. «{description}» es una meta de la unidad {unit}, esta unidad "
        "coordinadora: corríjala aquí mismo."
    )


def quarter_note_lines(notes: Iterable[Observation], quarter: Quarter) -> list[str]:
    """The lines of a meta's observation box in ``quarter``: its own, then earlier ones counted.

    Listed whole, a unit moved on to T3 read T1's observations in T3's box as if written on
    T3's figures; earlier quarters' are only counted, so that none is thought lost. Later
    quarters' are not said: their figures are not typed yet.
    """
    notes = list(notes)
    lines = [note.describe() for note in notes if note.quarter is quarter]
    earlier = Counter(note.quarter for note in notes if note.quarter < quarter)
    if not earlier:
        return lines
    named = spoken_list(
        [
            f"{count(earlier[q], 'observación', 'observaciones') if i == 0 else earlier[q]} "
            f"del {q.in_words}"
            for i, q in enumerate(sorted(earlier))
        ]
    )
    if not lines:
        lines.append(f"Ninguna del {quarter.in_words}.")
    lines.append(
        f"De trimestres anteriores hay {named}: se refieren a las cifras de ese trimestre, "
        "no a las de este."
    )
    return lines
