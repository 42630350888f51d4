"""The PAIMEF Programa Anual, its dates and the indicator captures, with their audit trail."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.money import money_text
from ism_desktop.domain.paimef.programme import Action, AnnualProgramme, Goal
from ism_desktop.domain.paimef.vertientes import Vertiente
from ism_desktop.store.connection import Database


@dataclass(frozen=True, slots=True)
class PaimefAuditEntry:
    """One audited PAIMEF change: when, who, what and its detail."""

    at: str
    author: Author
    what: str
    detail: str
    # Whether the row is its save's first; None for rows written before saves were marked.
    starts: bool | None = None


class PaimefRepository:
    """Reads and replaces a year's programme; every write is audited in the same transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def years(self) -> list[int]:
        """The fiscal years with a programme, oldest first."""
        return [
            int(r["year"])
            for r in self._db.query("SELECT year FROM paimef_programmes ORDER BY year")
        ]

    def load(self, year: int) -> AnnualProgramme | None:
        """The programme of ``year``, or ``None``."""
        rows = list(self._db.query("SELECT * FROM paimef_programmes WHERE year = ?", [year]))
        if not rows:
            return None
        goals: dict[str, list[Goal]] = {}
        for r in self._db.query(
            "SELECT * FROM paimef_goals WHERE year = ? ORDER BY action_key, position", [year]
        ):
            goals.setdefault(r["action_key"], []).append(
                Goal(r["description"], r["unit"], int(r["quantity"]), r["achieved"])
            )
        actions = tuple(
            Action(
                key=r["key"],
                vertiente=Vertiente(r["vertiente"]),
                line=r["line"],
                name=r["name"],
                justification=r["justification"],
                transversal=bool(r["transversal"]),
                programmed=Decimal(r["programmed"]),
                exercised=Decimal(r["exercised"]),
                goals=tuple(goals.get(r["key"], ())),
                evidence=r["evidence"],
            )
            for r in self._db.query(
                "SELECT * FROM paimef_actions WHERE year = ? ORDER BY position", [year]
            )
        )
        dates = {
            r["key"]: date.fromisoformat(r["day"])
            for r in self._db.query("SELECT key, day FROM paimef_dates WHERE year = ?", [year])
        }
        return AnnualProgramme(year, rows[0]["institution"], actions, dates)

    def replace(
        self, programme: AnnualProgramme, author: Author, what: str, details: Iterable[str]
    ) -> None:
        """Store ``programme`` over the year's previous one, with one audit row per detail."""
        now = _now()
        year = programme.year
        with self._db.atomic():
            self._db.execute("DELETE FROM paimef_programmes WHERE year = ?", [year])
            self._db.execute(
                "INSERT INTO paimef_programmes (year, institution, updated_at) VALUES (?, ?, ?)",
                [year, programme.institution, now],
            )
            self._db.conn.executemany(
                "INSERT INTO paimef_dates (year, key, day) VALUES (?, ?, ?)",
                [(year, key, day.isoformat()) for key, day in programme.dates.items()],
            )
            self._db.conn.executemany(
                "INSERT INTO paimef_actions (year, key, position, vertiente, line, name, "
                "justification, transversal, programmed, exercised, evidence) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        year,
                        a.key,
                        position,
                        str(a.vertiente),
                        a.line,
                        a.name,
                        a.justification,
                        int(a.transversal),
                        money_text(a.programmed),
                        money_text(a.exercised),
                        a.evidence,
                    )
                    for position, a in enumerate(programme.actions)
                ],
            )
            self._db.conn.executemany(
                "INSERT INTO paimef_goals (year, action_key, position, description, unit, "
                "quantity, achieved) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (year, a.key, position, g.description, g.unit, g.quantity, g.achieved)
                    for a in programme.actions
                    for position, g in enumerate(a.goals)
                ],
            )
            self._audit(year, author, what, details, now)

    def remove(self, year: int, author: Author, what: str, details: Iterable[str]) -> None:
        """Forget the year's programme (acciones, goals, dates), audited; its history stays."""
        with self._db.atomic():
            self._db.execute("DELETE FROM paimef_programmes WHERE year = ?", [year])
            self._audit(year, author, what, details, _now())

    def captures(self) -> dict[tuple[int, str], tuple[Decimal, ...]]:
        """Every captured indicator period: (number, period code) → values in order."""
        found: dict[tuple[int, str], list[Decimal]] = {}
        for r in self._db.query(
            "SELECT * FROM paimef_indicator_values ORDER BY indicator, period, position"
        ):
            found.setdefault((int(r["indicator"]), r["period"]), []).append(Decimal(r["value"]))
        return {key: tuple(values) for key, values in found.items()}

    def save_capture(
        self,
        year: int,
        indicator: int,
        period: str,
        values: tuple[Decimal, ...] | None,
        author: Author,
        replay: str = "",
    ) -> None:
        """Store (or with ``None`` delete) one period's variables of an indicator, audited.

        ``replay`` is «deshacer» or «rehacer» when Deshacer or Rehacer writes it: the history
        row says so («deshacer: indicador 2 2026-T1»), as it does for an acción or a date.
        """
        with self._db.atomic():
            removed = self._db.execute(
                "DELETE FROM paimef_indicator_values WHERE indicator = ? AND period = ?",
                [indicator, period],
            ).rowcount
            if values is None and not removed:
                return  # nothing was stored: nothing cleared, no line in the history
            if values is not None:
                self._db.conn.executemany(
                    "INSERT INTO paimef_indicator_values (indicator, period, position, value) "
                    "VALUES (?, ?, ?, ?)",
                    [(indicator, period, i, str(v)) for i, v in enumerate(values)],
                )
            shown = "borrada" if values is None else ", ".join(str(v) for v in values)
            what = f"indicador {indicator} {period}"
            self._audit(year, author, f"{replay}: {what}" if replay else what, [shown], _now())

    def save_justification(
        self, year: int, key: tuple[str, str, str], text: str, author: Author, at: str
    ) -> str:
        """Store why a warning (rule, acción, field) is accepted, audited; who, as shown."""
        rule, action, field = key
        who = f"{author.profile} ({author.os_user})" if author.os_user else author.profile
        with self._db.atomic():
            self._db.execute(
                "INSERT OR REPLACE INTO paimef_justifications (year, rule, action, field, text, "
                "author, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [year, rule, action, field, text, who, at],
            )
            # The profile and the PC's user apart, as every other change of the history.
            what = f"justificación {rule} {action} {field}".strip()
            self._audit(year, author, what, [text], at)
        return who

    def restore_justification(
        self,
        year: int,
        key: tuple[str, str, str],
        row: tuple[str, str, str] | None,
        author: Author,
        detail: str,
        replayed: str = "",
    ) -> None:
        """Put back a warning's justification exactly as it was (text, who, when), audited.

        ``row`` None: the warning had none, and the one stored is removed. ``detail`` says in
        the history what this write did (an undo, a redo); ``replayed`` («deshacer: »,
        «rehacer: ») goes before the change recorded, as for every other step replayed.
        """
        rule, action, field = key
        with self._db.atomic():
            self._db.execute(
                "DELETE FROM paimef_justifications WHERE year = ? AND rule = ? AND action = ? "
                "AND field = ?",
                [year, rule, action, field],
            )
            if row is not None:
                self._db.execute(
                    "INSERT INTO paimef_justifications (year, rule, action, field, text, "
                    "author, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [year, rule, action, field, *row],
                )
            what = replayed + f"justificación {rule} {action} {field}".strip()
            self._audit(year, author, what, [detail], _now())

    def justifications(self, year: int) -> dict[tuple[str, str, str], tuple[str, str, str]]:
        """(rule, acción, field) → (text, author, at) for a year."""
        return {
            (r["rule"], r["action"], r["field"]): (r["text"], r["author"], r["at"])
            for r in self._db.query("SELECT * FROM paimef_justifications WHERE year = ?", [year])
        }

    def last_change(self) -> int:
        """A mark that grows with every PAIMEF write, from any program (0: none yet).

        Every write is audited in its transaction: the newest audit row is the mark.
        """
        [row] = self._db.query("SELECT COALESCE(MAX(id), 0) AS mark FROM paimef_audit")
        return int(row["mark"])

    def history(self, year: int) -> list[PaimefAuditEntry]:
        """The audited changes of a year, oldest first."""
        return [
            PaimefAuditEntry(
                r["at"],
                Author(r["profile"], r["os_user"]),
                r["what"],
                r["detail"],
                None if r["save_start"] is None else bool(r["save_start"]),
            )
            for r in self._db.query("SELECT * FROM paimef_audit WHERE year = ? ORDER BY id", [year])
        ]

    def record_change(
        self, years: Iterable[int], author: Author, what: str, details: Iterable[str]
    ) -> None:
        """Audit a change kept outside the database (the non-working days), under each year."""
        now, shown = _now(), list(details)
        with self._db.atomic():
            for year in sorted(set(years)):
                self._audit(year, author, what, shown, now)

    def _audit(
        self, year: int, author: Author, what: str, details: Iterable[str], now: str
    ) -> None:
        # The save's first row marks where it starts: its rows share their second with any
        # other save of that second.
        rows = [
            (year, what, d, author.profile, author.os_user, now, int(i == 0))
            for i, d in enumerate(details)
        ]
        self._db.conn.executemany(
            "INSERT INTO paimef_audit (year, what, detail, profile, os_user, at, save_start) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows or [(year, what, "", author.profile, author.os_user, now, 1)],
        )


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
