"""The Programa Anual: its acciones with goals and budget, and the dates the user records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from ism_desktop.domain.paimef.vertientes import Vertiente

ZERO = Decimal("0.00")
# The IMEF of Sonora (Anexo 3, number 26): the instancia of a new programme.
DEFAULT_INSTITUTION = "Instituto Sonorense de las Mujeres"
_RUNS = re.compile(r"(\d+)")


def key_order(key: str) -> tuple[tuple[int, int | str], ...]:
    """A clave's place in the list, as people count: «A.2» before «A.10», «b.1» after «A.9»."""
    # Numbers compare as numbers and come before letters; letters ignore case.
    return tuple(
        (0, int(run)) if run.isdigit() else (1, run.casefold())
        for run in _RUNS.split(key.strip())
        if run
    )


@dataclass(frozen=True, slots=True)
class Goal:
    """A meta of an acción: what, in which unit, how many; ``achieved`` once reported."""

    description: str
    unit: str
    quantity: int
    achieved: int | None = None

    @property
    def achieved_percent(self) -> Decimal | None:
        """Achieved ÷ quantity × 100, two decimals half up; None unreported or of quantity 0."""
        if self.achieved is None or self.quantity == 0:
            return None
        return exercised_percent(Decimal(self.quantity), Decimal(self.achieved))

    @property
    def progress(self) -> str:
        """Its progress as the informe and the window say it (rule 4.3.8, «avance»)."""
        if self.achieved is None:
            return "sin reportar"
        percent = self.achieved_percent
        shown = "" if percent is None else f" ({percent:.2f}%)"
        return f"alcanzado {self.achieved}{shown}"


@dataclass(frozen=True, slots=True)
class Action:
    """One acción of the Programa Anual, in a vertiente and a línea de acción of Anexo 2."""

    key: str
    vertiente: Vertiente
    line: str
    name: str
    justification: str = ""
    transversal: bool = False
    programmed: Decimal = ZERO
    exercised: Decimal = ZERO
    goals: tuple[Goal, ...] = ()
    evidence: str = ""

    @property
    def unspent(self) -> Decimal:
        """Programmed minus exercised (what returns to the TESOFE if the year ends so)."""
        return self.programmed - self.exercised


@dataclass(frozen=True, slots=True)
class AnnualProgramme:
    """A year's Programa Anual as the institute captures it."""

    year: int
    institution: str
    actions: tuple[Action, ...] = ()
    dates: dict[str, date] = field(default_factory=dict)

    def action(self, key: str) -> Action | None:
        """The acción with this clave, or ``None``."""
        return next((item for item in self.actions if item.key == key), None)

    def with_action(self, action: Action, replacing: str | None) -> AnnualProgramme:
        """The programme with ``action`` in place of the acción ``replacing`` (or added).

        A new acción, or one whose clave changed, goes in its place by clave (after the last
        that sorts before it): appended at the end, «A.3» read after «C.1». The others keep
        their order, as imported.
        """
        actions = list(self.actions)
        index = next((i for i, a in enumerate(actions) if a.key == replacing), None)
        if index is not None and actions[index].key == action.key:
            actions[index] = action
            return replace(self, actions=tuple(actions))
        if index is not None:
            del actions[index]
        place = key_order(action.key)
        before = [i for i, a in enumerate(actions) if key_order(a.key) <= place]
        actions.insert(before[-1] + 1 if before else 0, action)
        return replace(self, actions=tuple(actions))

    def without_action(self, key: str) -> AnnualProgramme:
        """The programme without the acción ``key`` (as it is, if it has none)."""
        return replace(self, actions=tuple(a for a in self.actions if a.key != key))

    def with_date(self, key: str, day: date | None) -> AnnualProgramme:
        """The programme with the date ``key`` set to ``day`` (``None``: without that date)."""
        dates = dict(self.dates)
        if day is None:
            dates.pop(key, None)
        else:
            dates[key] = day
        return replace(self, dates=dates)

    def in_vertiente(self, vertiente: Vertiente) -> tuple[Action, ...]:
        """The acciones of one vertiente, in the programme's order."""
        return tuple(item for item in self.actions if item.vertiente is vertiente)

    @property
    def programmed_total(self) -> Decimal:
        """The budget of the whole Programa Anual."""
        return sum((item.programmed for item in self.actions), ZERO)

    @property
    def exercised_total(self) -> Decimal:
        """What has been exercised so far."""
        return sum((item.exercised for item in self.actions), ZERO)

    @property
    def transversal_total(self) -> Decimal:
        """The budget of the transversal activities (numeral 3.5.1)."""
        return sum((item.programmed for item in self.actions if item.transversal), ZERO)

    @property
    def unspent_total(self) -> Decimal:
        """Programmed minus exercised over the whole programme (never below zero per acción)."""
        return sum((max(item.unspent, ZERO) for item in self.actions), ZERO)


def exercised_percent(programmed: Decimal, exercised: Decimal) -> Decimal:
    """% exercised = exercised ÷ programmed × 100, rounded half up to two decimals (0 if none)."""
    if programmed == 0:
        return ZERO
    return (exercised / programmed * 100).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
