"""Closed quarters: per unit, whether its report of a quarter may still change, and the log."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ism_desktop.domain.audit import Author, FieldChange, diff_metas
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import count, shortened
from ism_desktop.store.connection import Database
from ism_desktop.store.database import StoreError

CLOSE, REOPEN = "cerrar", "reabrir"


class QuarterClosedError(StoreError):
    """A change to the figures or narratives of a closed quarter; the message is Spanish."""


@dataclass(frozen=True, slots=True)
class ClosureEvent:
    """One closing or reopening of a unit's quarter, as the log keeps it."""

    year: int
    entity: str
    unit: UnitCode
    quarter: Quarter
    action: str
    reason: str
    author: Author
    at: str

    def describe(self) -> str:
        """One Spanish line, e.g. ``2025-04-02 reabrir T2 (Unidad 004): motivo``."""
        reason = f": {self.reason}" if self.reason else ""
        verb = "cerrado" if self.action == CLOSE else "reabierto"
        return f"{self.at} T{int(self.quarter)} {verb} por {self.author.profile}{reason}"


def closed_field(field: str, quarter: Quarter) -> bool:
    """Whether a meta field (``realizado.t2.num``, ``evaluacion.t2``) belongs to the quarter."""
    tag = f"t{int(quarter)}"
    parts = field.split(".")
    return (parts[0] == "realizado" and parts[1] == tag) or field == f"evaluacion.{tag}"


class ClosureRepository:
    """Reads and writes the closing of quarters; every change is logged with who and why."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def is_closed(self, year: int, entity: str, unit: UnitCode, quarter: Quarter) -> bool:
        """Whether the unit's report of the quarter is closed."""
        row = self._db.execute(
            "SELECT closed FROM quarter_closures WHERE year = ? AND entity_code = ? "
            "AND unit_code = ? AND quarter = ?",
            [year, entity, unit.value, int(quarter)],
        ).fetchone()
        return bool(row and row[0])

    def unit_closed(self, year: int, unit: UnitCode, quarter: Quarter) -> bool:
        """Whether the unit's quarter is closed under any entity (callers that know none)."""
        row = self._db.execute(
            "SELECT 1 FROM quarter_closures WHERE year = ? AND unit_code = ? AND quarter = ? "
            "AND closed LIMIT 1",
            [year, unit.value, int(quarter)],
        ).fetchone()
        return row is not None

    def states(self, year: int) -> dict[tuple[str, UnitCode, Quarter], bool]:
        """Every recorded closing state of the year."""
        return {
            (str(r[0]), UnitCode(str(r[1])), Quarter(int(r[2]))): bool(r[3])
            for r in self._db.execute(
                "SELECT entity_code, unit_code, quarter, closed FROM quarter_closures "
                "WHERE year = ?",
                [year],
            ).fetchall()
        }

    def set_state(self, event: ClosureEvent) -> bool:
        """Close or reopen (inside the caller's transaction, if any); False if already so."""
        closed = event.action == CLOSE
        if self.is_closed(event.year, event.entity, event.unit, event.quarter) == closed:
            return False
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO quarter_closures (year, entity_code, unit_code, quarter, closed, at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (year, entity_code, unit_code, quarter) "
                "DO UPDATE SET closed = excluded.closed, at = excluded.at",
                [event.year, event.entity, event.unit.value, int(event.quarter), closed, event.at],
            )
            self._db.execute(
                "INSERT INTO quarter_closure_log (year, entity_code, unit_code, quarter, action, "
                "reason, profile, os_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    event.year,
                    event.entity,
                    event.unit.value,
                    int(event.quarter),
                    event.action,
                    event.reason,
                    event.author.profile,
                    event.author.os_user,
                    event.at,
                ],
            )
        return True

    def log(self, year: int, unit: UnitCode | None = None) -> list[ClosureEvent]:
        """The closings and reopenings of a year (of one unit, or all), oldest first."""
        where, params = "year = ?", [year]
        if unit is not None:
            where += " AND unit_code = ?"
            params.append(unit.value)  # type: ignore[arg-type]
        return [
            ClosureEvent(
                int(r["year"]),
                str(r["entity_code"]),
                UnitCode(str(r["unit_code"])),
                Quarter(int(r["quarter"])),
                str(r["action"]),
                str(r["reason"]),
                Author(str(r["profile"]), str(r["os_user"])),
                str(r["at"]),
            )
            for r in self._db.query(
                f"SELECT * FROM quarter_closure_log WHERE {where} ORDER BY id", params
            )
        ]

    def conflicts(self, year: int, edits: Iterable[tuple[Meta | None, Meta]]) -> list[str]:
        """Spanish lines naming each change a set of edits makes to a closed quarter."""
        closed = self._closed_quarters(year)
        return _conflicts(
            closed,
            (
                (after, diff_metas(before, after))
                for before, after in edits
                # Only a unit with a closed quarter can conflict: the others are not diffed.
                if before is not None and (after.key.entity, after.key.unit.value) in closed
            ),
        )

    def changed_conflicts(
        self, year: int, changed: Iterable[tuple[Meta, Sequence[FieldChange]]]
    ) -> list[str]:
        """``conflicts`` for metas whose changes were diffed already (each new meta with them)."""
        changed = [(after, changes) for after, changes in changed if changes]
        units = {(after.key.entity, after.key.unit.value) for after, _ in changed}
        # A package's metas are all of one unit: read that unit's closures, not the year's.
        only = next(iter(units)) if len(units) == 1 else None
        return _conflicts(self._closed_quarters(year, only), changed) if changed else []

    def changed_closed_quarters(
        self, year: int, changed: Iterable[tuple[Meta, Sequence[FieldChange]]]
    ) -> list[Quarter]:
        """The closed quarters that already diffed changes touch, in order (none: no conflict)."""
        changed = [(after, changes) for after, changes in changed if changes]
        closed = self._closed_quarters(year) if changed else {}
        return sorted(
            {
                quarter
                for after, changes in changed
                for quarter in closed.get((after.key.entity, after.key.unit.value), ())
                if any(closed_field(change.field, quarter) for change in changes)
            }
        )

    def refuse_conflicts(self, year: int, edits: Iterable[tuple[Meta | None, Meta]]) -> None:
        """Raise ``QuarterClosedError`` if the edits change a closed quarter."""
        _refuse(self.conflicts(year, edits))

    def refuse_changed(
        self, year: int, changed: Iterable[tuple[Meta, Sequence[FieldChange]]]
    ) -> None:
        """Raise ``QuarterClosedError`` if these already diffed changes touch a closed quarter."""
        _refuse(self.changed_conflicts(year, changed))

    def _closed_quarters(
        self, year: int, only: tuple[str, str] | None = None
    ) -> dict[tuple[str, str], list[Quarter]]:
        """Per (entity, unit code), its closed quarters in order; units with none are absent.

        With ``only``, the closures of that (entity, unit code) alone.
        """
        closed: dict[tuple[str, str], list[Quarter]] = {}
        where = "year = ?"
        params: list[int | str] = [year]
        if only is not None:
            where += " AND entity_code = ? AND unit_code = ?"
            params += only
        for entity, unit, quarter, is_closed in self._db.execute(
            "SELECT entity_code, unit_code, quarter, closed FROM quarter_closures "
            f"WHERE {where} ORDER BY entity_code, unit_code, quarter",
            params,
        ).fetchall():
            if is_closed:
                closed.setdefault((str(entity), str(unit)), []).append(Quarter(int(quarter)))
        return closed


def _conflicts(
    closed: Mapping[tuple[str, str], Sequence[Quarter]],
    changed: Iterable[tuple[Meta, Sequence[FieldChange]]],
) -> list[str]:
    found = []
    for after, changes in changed:
        key = after.key
        quarters = closed.get((key.entity, key.unit.value), ())
        for change in changes if quarters else ():
            for quarter in quarters:
                if closed_field(change.field, quarter):
                    found.append(
                        f"meta «{shortened(after.description)}» ({after.stable_id}), "
                        f"{change.label}: el trimestre {int(quarter)} de la unidad "
                        f"{key.unit} está cerrado"
                    )
    return found


def _refuse(found: Sequence[str]) -> None:
    if found:
        more = f" (y {count(len(found) - 1, 'cambio', 'cambios')} más)" if len(found) > 1 else ""
        raise QuarterClosedError(
            f"no se guardó nada: {found[0]}{more}. Para corregirlo hay que reabrir el "
            "trimestre con un motivo."
        )
