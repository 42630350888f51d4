"""The PAIMEF window's undo steps: each edit's parts before and after, and how to write either.

A step keeps only what its edit touched (an acción, a date, an indicator's period, a warning's
justification, the non-working days). Replayed, it first checks that those parts still hold
what the step left; anything else written since (a command, an import) stays as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Protocol

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.business_calendar import NonWorkingDay
from ism_desktop.domain.paimef.frequency import period_from_code
from ism_desktop.domain.paimef.key_dates import key_date_label
from ism_desktop.domain.paimef.non_working_changes import day_changes
from ism_desktop.domain.paimef.programme import DEFAULT_INSTITUTION, Action, AnnualProgramme
from ism_desktop.domain.paimef.programme_diff import changed_fields
from ism_desktop.domain.paimef.rule_references import justification_named
from ism_desktop.domain.wording import count, shortened
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_calendar import change_non_working_days
from ism_desktop.workspace.paimef_indicators import capture_indicator, clear_capture
from ism_desktop.workspace.paimef_programme import edit_programme
from ism_desktop.workspace.paimef_review import non_working_days

# A justification as stored: its text, who signed it and when.
JustificationRow = tuple[str, str, str]


class StepMovedError(Exception):
    """What a step touched changed since (named, Spanish); nothing was written."""


class PaimefStep(Protocol):
    """One edit of the PAIMEF window, as Undo and Redo replay it."""

    @property
    def description(self) -> str:
        """What the edit did, as the menu names it («acción A.1: monto programado»)."""

    @property
    def year(self) -> int:
        """The fiscal year whose data the edit changed."""

    @property
    def action_keys(self) -> tuple[str, ...]:
        """The claves of the acciones it touched: the one left is shown once replayed."""

    def moved(self, store: Store, *, undoing: bool) -> str | None:
        """What the step touched that no longer holds the side it left, named; None if all do.

        Raises:
            PaimefFormatError, OSError: the days file cannot be read.
        """

    def write(self, store: Store, author: Author, today: date, *, undoing: bool) -> str:
        """Write the other side of the step; what it wrote, said.

        Raises:
            StepMovedError: what the step touched no longer holds the side it left.
        """


@dataclass(frozen=True, slots=True)
class ProgrammeSide:
    """The acciones and dates an edit touched, on one side of it (None: there was none)."""

    actions: tuple[tuple[str, int, Action | None], ...]  # clave, place in the list, acción
    dates: tuple[tuple[str, date | None], ...]

    def moved(self, current: AnnualProgramme) -> str | None:
        """What of ``current`` no longer holds this side (named), or None."""
        for key, _place, action in self.actions:
            if current.action(key) != action:
                return f"la acción {key}"
        for key, day in self.dates:
            if current.dates.get(key) != day:
                return f"la fecha «{key_date_label(key)}»"
        return None

    def applied(self, current: AnnualProgramme) -> AnnualProgramme:
        """``current`` with this side's acciones (each at its place) and dates."""
        touched = {key for key, _place, _action in self.actions}
        actions = [a for a in current.actions if a.key not in touched]
        for _key, place, action in sorted(self.actions, key=lambda entry: entry[1]):
            if action is not None:
                actions.insert(min(place, len(actions)), action)
        dates = dict(current.dates)
        for key, day in self.dates:
            if day is None:
                dates.pop(key, None)
            else:
                dates[key] = day
        return replace(current, actions=tuple(actions), dates=dates)


@dataclass(frozen=True, slots=True)
class ProgrammeStep:
    """An edit of the Programa Anual: acciones added, changed or removed, dates."""

    description: str
    year: int
    before: ProgrammeSide
    after: ProgrammeSide
    created: bool = False  # the year had no programme: undone to nothing, none is left stored

    @property
    def action_keys(self) -> tuple[str, ...]:
        """The claves of the acciones it touched (both, when it changed one's clave)."""
        return tuple(key for key, _place, _action in self.after.actions)

    def moved(self, store: Store, *, undoing: bool) -> str | None:
        """The acción or date of the side left that the programme stored no longer holds."""
        stored = store.paimef.load(self.year) or AnnualProgramme(self.year, DEFAULT_INSTITUTION)
        return (self.after if undoing else self.before).moved(stored)

    def write(self, store: Store, author: Author, today: date, *, undoing: bool) -> str:
        """Write the acciones and dates of the other side over the programme as stored now."""
        left, wanted = (self.after, self.before) if undoing else (self.before, self.after)

        def edit(current: AnnualProgramme) -> AnnualProgramme:
            if (moved := left.moved(current)) is not None:
                raise StepMovedError(moved)
            return wanted.applied(current)

        shown = AnnualProgramme(self.year, DEFAULT_INSTITUTION)
        what = f"{'deshacer' if undoing else 'rehacer'}: {self.description}"
        if undoing and self.created and (current := store.paimef.load(self.year)) is not None:
            emptied = edit(current)
            if emptied == AnnualProgramme(self.year, current.institution):
                # An empty programme stored would be the latest year: the window would open
                # on it, and the commands without --ejercicio would review and print it.
                return _removed(store, current, author, what, self.description)
        change = edit_programme(store, shown, edit, author, what, today)
        return " ".join(change.changes) or "sin cambios."


@dataclass(frozen=True, slots=True)
class ImportStep:
    """A Programa Anual imported from a file over the year's (or where there was none).

    Kept whole on both sides: an import may change the order of the acciones and the
    institution, which a step of the acciones and dates touched would not bring back.
    """

    description: str  # «importación de programa.json», as the history names the import
    year: int
    before: AnnualProgramme | None
    after: AnnualProgramme

    @property
    def action_keys(self) -> tuple[str, ...]:
        """The acciones of the programme imported, then those it replaced."""
        sides = (self.after, self.before or self.after)
        return tuple(dict.fromkeys(a.key for side in sides for a in side.actions))

    def moved(self, store: Store, *, undoing: bool) -> str | None:
        """The programme, if the one stored is no longer that of the side left."""
        if store.paimef.load(self.year) != (self.after if undoing else self.before):
            return f"el Programa Anual {self.year}"
        return None

    def write(self, store: Store, author: Author, today: date, *, undoing: bool) -> str:
        """Write the other side's programme whole, audited as any edit (none: removed)."""
        what = f"{'deshacer' if undoing else 'rehacer'}: {self.description}"
        wanted = self.before if undoing else self.after
        # Checked and written holding the write lock, as the import: a command in between
        # would be written over whole.
        with store.one_transaction():
            if (moved := self.moved(store, undoing=undoing)) is not None:
                raise StepMovedError(moved)
            if wanted is None:  # an import of a new year undone: no programme is left stored
                return _removed(store, self.after, author, what, self.description)
            edited = edit_programme(store, wanted, lambda _stored: wanted, author, what, today)
        changes = list(edited.changes)
        # As the import said it: a whole programme's lines would not fit the message line.
        if len(changes) == 1:
            return f"{self.description}: {changes[0]}"
        return (
            f"{self.description}: {count(len(changes), 'cambio', 'cambios')}; véalos en la "
            "pestaña «Historial de cambios»."
        )


def _removed(
    store: Store, stored: AnnualProgramme, author: Author, what: str, description: str
) -> str:
    """Remove the year's programme (``stored``), a step that created it undone; what it did.

    One history line, as its creation wrote «Programa Anual 2027 nuevo, 4 acciones.»: not one
    per acción and date removed and «Queda sin Programa Anual.».
    """
    removed = count(len(stored.actions), "acción", "acciones")
    left = "el ejercicio queda sin Programa Anual."
    store.paimef.remove(
        stored.year, author, what, [f"Programa Anual {stored.year} quitado, {removed}: {left}"]
    )
    return f"{description}: el ejercicio {stored.year} queda sin Programa Anual."


def programme_step(before: AnnualProgramme | None, after: AnnualProgramme) -> ProgrammeStep | None:
    """The step of an edit from ``before`` (None: no programme stored) to ``after``."""
    old = before or AnnualProgramme(after.year, after.institution)
    keys = [a.key for a in old.actions] + [a.key for a in after.actions]
    touched = [k for k in dict.fromkeys(keys) if old.action(k) != after.action(k)]
    days = [
        k
        for k in sorted(set(old.dates) | set(after.dates))
        if old.dates.get(k) != after.dates.get(k)
    ]
    if not touched and not days:
        return None

    def side(programme: AnnualProgramme) -> ProgrammeSide:
        places = {a.key: i for i, a in enumerate(programme.actions)}
        return ProgrammeSide(
            tuple((k, places.get(k, -1), programme.action(k)) for k in touched),
            tuple((k, programme.dates.get(k)) for k in days),
        )

    described = _described(old, after, touched, days)
    return ProgrammeStep(described, after.year, side(old), side(after), created=before is None)


def _described(
    before: AnnualProgramme, after: AnnualProgramme, touched: list[str], days: list[str]
) -> str:
    """What an edit of the programme did, short enough for a menu entry."""
    if len(touched) + len(days) > 2 or (touched and days):
        return count(len(touched) + len(days), "cambio", "cambios") + " del Programa Anual"
    if days:
        return f"fecha «{shortened(key_date_label(days[0]), 40)}»"
    olds = [before.action(k) for k in touched]
    news = [after.action(k) for k in touched]
    if len(touched) == 2:  # the clave changed: one gone, the other come
        gone = touched[0] if news[0] is None else touched[1]
        come = touched[1] if gone == touched[0] else touched[0]
        return f"acción {gone}: clave {gone} → {come}"
    old, new = olds[0], news[0]
    if old is None:
        return f"acción {touched[0]} agregada"
    if new is None:
        return f"acción {touched[0]} eliminada"
    fields = changed_fields(old, new)
    named = ", ".join(fields[:2]) + (f" y {len(fields) - 2} más" if len(fields) > 2 else "")
    return f"acción {touched[0]}: {named}"


@dataclass(frozen=True, slots=True)
class CaptureStep:
    """An indicator's variables for one period captured, changed or cleared."""

    number: int
    period: str
    before: tuple[Decimal, ...] | None
    after: tuple[Decimal, ...] | None
    action_keys: tuple[str, ...] = ()

    @property
    def description(self) -> str:
        """«indicador 3, primer trimestre de 2026»."""
        return f"indicador {self.number}, {period_from_code(self.period).label}"

    @property
    def year(self) -> int:
        """The period's year."""
        return period_from_code(self.period).year

    def moved(self, store: Store, *, undoing: bool) -> str | None:
        """The period, if its variables stored are no longer those of the side left."""
        left = self.after if undoing else self.before
        if store.paimef.captures().get((self.number, self.period)) != left:
            return f"el {self.description}"
        return None

    def write(self, store: Store, author: Author, today: date, *, undoing: bool) -> str:
        """Capture (or clear) the other side's variables through the capture's use cases."""
        if (moved := self.moved(store, undoing=undoing)) is not None:
            raise StepMovedError(moved)
        wanted = self.before if undoing else self.after
        replay = "deshacer" if undoing else "rehacer"  # the history says so, as for an acción
        if wanted is None:
            clear_capture(store, self.number, self.period, author, replay)
            return f"{self._named}: sin capturar."
        texts = [str(v) for v in wanted]
        capture_indicator(store, self.number, self.period, texts, author, replay)
        return f"{self._named}: {'; '.join(str(v) for v in wanted)}."

    @property
    def _named(self) -> str:
        return f"Indicador {self.number}, {period_from_code(self.period).label}"


@dataclass(frozen=True, slots=True)
class JustificationStep:
    """A warning's justification written (over an earlier one, or where there was none)."""

    year: int
    key: tuple[str, str, str]
    before: JustificationRow | None
    after: JustificationRow | None
    action_keys: tuple[str, ...] = ()

    @property
    def description(self) -> str:
        """«justificación del aviso del numeral 3.5.1 (acción A.2, monto programado)».

        A removal reads «quitar la justificación del aviso …»: named alike, «Deshacer» over a
        removal read as taking back the justification written, the one it brings back.
        """
        named = justification_named(*self.key)
        return f"quitar la {named}" if self.after is None else named

    def moved(self, store: Store, *, undoing: bool) -> str | None:
        """The justification, if the one stored is no longer that of the side left."""
        left = self.after if undoing else self.before
        if store.paimef.justifications(self.year).get(self.key) != left:
            return f"la {justification_named(*self.key)}"
        return None

    def write(self, store: Store, author: Author, today: date, *, undoing: bool) -> str:
        """Put back the other side's justification exactly (text, who, when)."""
        if (moved := self.moved(store, undoing=undoing)) is not None:
            raise StepMovedError(moved)
        wanted = self.before if undoing else self.after
        named = justification_named(*self.key)
        verb = "Se deshizo" if undoing else "Se rehízo"
        said = "sin justificación" if wanted is None else f"«{shortened(wanted[0], 60)}»"
        replayed = "deshacer: " if undoing else "rehacer: "
        store.paimef.restore_justification(
            self.year, self.key, wanted, author, f"{verb} un cambio: queda {said}.", replayed
        )
        return f"{named[:1].upper()}{named[1:]}: {said}."


@dataclass(frozen=True, slots=True)
class DaysStep:
    """The non-working days changed (a day added, its reason changed, or removed)."""

    year: int
    before: tuple[NonWorkingDay, ...]
    after: tuple[NonWorkingDay, ...]
    description: str = "días inhábiles"
    action_keys: tuple[str, ...] = ()

    def moved(self, store: Store, *, undoing: bool) -> str | None:
        """The days, if the file no longer holds those of the side left."""
        if tuple(non_working_days(store)) != (self.after if undoing else self.before):
            return "los días inhábiles"
        return None

    def write(self, store: Store, author: Author, today: date, *, undoing: bool) -> str:
        """Save the other side's days through the days' use case (history rows and file)."""
        if (moved := self.moved(store, undoing=undoing)) is not None:
            raise StepMovedError(moved)
        wanted = self.before if undoing else self.after
        # The history names the edit replayed, as for an acción: «deshacer: día inhábil
        # 02/04/2026 agregado» (the day removed again), not «día inhábil … quitado».
        verb = "deshacer" if undoing else "rehacer"
        edits = day_changes(self.before, self.after)
        named = {edit.day: f"{verb}: {edit.what}" for edit in edits}
        saved = change_non_working_days(store, list(wanted), author, self.year, named)
        return f"{saved.summary}."
