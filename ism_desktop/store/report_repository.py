"""Saving and loading whole reports: the catalogue, the metas, their rows and evaluations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from ism_desktop.domain.audit import Author, MetaChange
from ism_desktop.domain.codes import (
    Activity,
    ActivityCode,
    Entity,
    Programme,
    ProgrammeCode,
    Unit,
    UnitCode,
)
from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.meta import META_KINDS, Meta, MetaKey, MetaKind
from ism_desktop.domain.own_unit import OwnUnit, own_unit
from ism_desktop.domain.package_merge import report_changes, with_printed_report
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import DEFAULT_ENTITY, Catalogue, ImportSource, ProgressReport
from ism_desktop.store.closure_repository import ClosureRepository
from ism_desktop.store.connection import Database
from ism_desktop.store.meta_edit_repository import write_audit
from ism_desktop.store.meta_rows import (
    FIGURE_COLUMNS,
    StoredDecimals,
    row_from_values,
    upsert_metas,
)
from ism_desktop.store.year_repository import YearRepository

_FIGURE_SELECT = ", ".join(f"f.{column}" for column in FIGURE_COLUMNS)
_META_SELECT = (
    "id, stable_id, entity_code, unit_code, programme_code, activity_code, description, "
    "unit_of_measure, kind, cumulative"
)


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did: metas new and updated in place, and each field it changed."""

    inserted: int
    updated: int
    changes: tuple[MetaChange, ...] = ()


_IMPORT_AUTHOR = Author("Informe oficial importado", "")


class ReportRepository:
    """Reads and writes whole reports; every write is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(
        self, report: ProgressReport, source: ImportSource, author: Author | None = None
    ) -> SaveResult:
        """Insert or update every meta of the report, keyed by year and stable identity.

        Later quarters than the report's are kept; every field changed on a stored meta is
        returned and written to the audit trail in the same transaction.

        Raises:
            QuarterClosedError: the report changes a closed quarter (nothing is written).
            ProgrammeApprovedError: it changes an approved programme (nothing is written).
        """
        years = YearRepository(self._db)
        # Read, checked and written under one write lock: what decides the write is what is there.
        with self._db.atomic():
            stored, befores, merged = self._merged(report)
            edits = list(zip(befores, merged, strict=True))
            ClosureRepository(self._db).refuse_conflicts(report.year, edits)
            years.refuse_programme_changes(report.year, edits)
            years.register(
                report.year, "informe oficial", datetime.now(UTC).isoformat(timespec="seconds")
            )
            self._save_catalogue(report)
            inserted = befores.count(None)
            self._save_metas(report.year, merged, stored)
            changes = _changes(report, befores, merged)
            self._audit(report.year, changes, author or _IMPORT_AUTHOR)
            self._db.execute(
                "INSERT INTO report_imports (year, quarter, source_name, source_sha256, "
                "printed_at, imported_at, meta_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    report.year,
                    int(report.quarter),
                    source.name,
                    source.sha256,
                    report.printed_at,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    len(report.metas),
                ],
            )
            current = self.current_period()
            # A later year whose programme is approved stays the year commands take: last
            # year's fourth quarter comes in during January, after this year's approval.
            if current is None or current[0] <= report.year or not years.is_approved(current[0]):
                self._set_setting("current_year", str(report.year))
                self._set_setting("current_quarter", str(int(report.quarter)))
        return SaveResult(inserted, len(report.metas) - inserted, tuple(changes))

    def _audit(self, year: int, changes: list[MetaChange], author: Author) -> None:
        at = datetime.now().astimezone().isoformat(timespec="seconds")
        for change in changes:
            write_audit(self._db, year, change.meta_id, [change.change], author, at, None)

    def set_current_period(self, year: int, quarter: Quarter) -> None:
        """Make this year and quarter the ones commands and the window open by default."""
        with self._db.atomic():
            self._set_setting("current_year", str(year))
            self._set_setting("current_quarter", str(int(quarter)))

    def current_period(self) -> tuple[int, Quarter] | None:
        """The year and quarter of the last report brought in, if any."""
        year = self._setting("current_year")
        quarter = self._setting("current_quarter")
        if year is None or quarter is None:
            return None
        return int(year), Quarter(int(quarter))

    def is_empty(self) -> bool:
        """True when no meta has been stored yet."""
        row = self._db.execute("SELECT EXISTS (SELECT 1 FROM metas)").fetchone()
        return not row[0]

    def load(
        self, year: int | None = None, quarter: Quarter | None = None
    ) -> ProgressReport | None:
        """The stored report of a year (default: the current period), metas in report order."""
        period = self.current_period()
        if year is None:
            if period is None:
                return None
            year = period[0]
        if quarter is None:
            quarter = period[1] if period is not None and period[0] == year else Quarter.FIRST
        metas = self._load_metas(year)
        if not metas:
            return None
        catalogue = self._load_catalogue()
        entity = next(iter(catalogue.entities.values()), DEFAULT_ENTITY)
        printed_at = self._db.execute(
            "SELECT printed_at FROM report_imports WHERE year = ? AND quarter = ? "
            "ORDER BY id DESC LIMIT 1",
            [year, int(quarter)],
        ).fetchone()
        return ProgressReport(
            year=year,
            quarter=quarter,
            metas=tuple(metas),
            catalogue=catalogue,
            entity=entity,
            printed_at=printed_at[0] if printed_at else None,
        )

    def _save_catalogue(self, report: ProgressReport) -> None:
        cat = report.catalogue
        entities = dict(cat.entities)
        entities.setdefault(report.entity.code, report.entity)
        self._db.conn.executemany(
            "INSERT INTO entities (code, name) VALUES (?, ?) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name",
            [(entity.code, entity.name) for entity in entities.values()],
        )
        for table, items in (
            ("units", cat.units.values()),
            ("programmes", cat.programmes.values()),
            ("activities", cat.activities.values()),
        ):
            self._db.conn.executemany(
                f"INSERT INTO {table} (entity_code, code, name) VALUES (?, ?, ?) "
                "ON CONFLICT (entity_code, code) DO UPDATE SET name = excluded.name",
                [(item.entity, item.code.value, item.name) for item in items],
            )

    def _save_metas(self, year: int, metas: Sequence[Meta], stored: Container[str]) -> None:
        meta_ids = upsert_metas(self._db, year, list(enumerate(metas)), stored)
        self._db.conn.executemany(
            "INSERT INTO evaluations (meta_id, quarter, text) VALUES (?, ?, ?) "
            "ON CONFLICT (meta_id, quarter) DO UPDATE SET text = excluded.text",
            [
                (meta_id, int(quarter), text)
                for meta_id, meta in zip(meta_ids, metas, strict=True)
                for quarter, text in meta.evaluations.items()
            ],
        )

    def changes_if_saved(self, report: ProgressReport) -> list[MetaChange]:
        """What ``save`` would change on the metas already stored; nothing is written."""
        _stored, befores, merged = self._merged(report)
        return _changes(report, befores, merged)

    def _merged(
        self, report: ProgressReport
    ) -> tuple[dict[str, Meta], list[Meta | None], list[Meta]]:
        """The year's stored metas by id; each report meta's stored one (or None) and merge."""
        stored = {meta.stable_id: meta for meta in self._load_metas(report.year)}
        # Each meta's id asked once: a state report has 5,000 metas, looked up several times.
        befores = [stored.get(meta.stable_id) for meta in report.metas]
        merged = [
            with_printed_report(before, meta, report.quarter)
            for before, meta in zip(befores, report.metas, strict=True)
        ]
        return stored, befores, merged

    def load_year_metas(self, year: int) -> list[Meta]:
        """Every meta of one year, in report order (empty when the year has none)."""
        return self._load_metas(year)

    def load_unit_metas(self, year: int, entity: str, unit: UnitCode) -> list[Meta]:
        """The metas of one unit in one year, in report order (without loading the others)."""
        return self._load_metas(year, (entity, unit))

    def unit_entities(self, year: int, unit: UnitCode) -> list[str]:
        """The dependencies with metas of ``unit`` in a year (a state's report: several 002)."""
        # Asked for a package received: one seek per dependency on (year, entity, unit), not a
        # walk of the year's 5,000 index entries (0.3 ms against 0.7).
        rows = self._db.execute(
            """
            WITH RECURSIVE dependency(code) AS (
                SELECT MIN(entity_code) FROM metas WHERE year = :year UNION ALL
                SELECT (SELECT MIN(entity_code) FROM metas
                        WHERE year = :year AND entity_code > dependency.code)
                FROM dependency WHERE dependency.code IS NOT NULL)
            SELECT code FROM dependency WHERE code IS NOT NULL AND EXISTS (SELECT 1 FROM metas
                WHERE year = :year AND entity_code = dependency.code AND unit_code = :unit)
            """,
            {"year": year, "unit": unit.value},
        ).fetchall()
        return [str(row[0]) for row in rows]

    def own_unit(self, year: int, unit: UnitCode) -> OwnUnit | None:
        """The coordinator's ``unit`` with its dependency in ``year`` (see ``own_unit``)."""
        return own_unit(((entity, unit) for entity in self.unit_entities(year, unit)), unit)

    def year_units(self, year: int) -> list[tuple[str, str]]:
        """The (entity, unit code) pairs with metas in a year, in code order."""
        rows = self._db.execute(
            "SELECT DISTINCT entity_code, unit_code FROM metas WHERE year = ? ORDER BY 1, 2",
            [year],
        ).fetchall()
        return [(str(row[0]), str(row[1])) for row in rows]

    def _load_metas(self, year: int, unit: tuple[str, UnitCode] | None = None) -> list[Meta]:
        where = "m.year = ?"
        params: list[object] = [year]
        order = "position, id"
        if unit is not None:
            where += " AND m.entity_code = ? AND m.unit_code = ?"
            params += [unit[0], unit[1].value]
            # "+position" keeps SQLite on the unit's index (a few rows, then sorted) instead of
            # walking the whole year in position order: 2.5 ms a unit at state scale, not 0.02.
            order = "+position, id"
        rows_by_meta: dict[int, dict[str, FigureRow]] = defaultdict(dict)
        # Equal figures share one Decimal, equal rows one FigureRow (both immutable): a tipo A
        # meta's NUM repeats its MET, and a state's 11,000 rows hold about 4,800 different ones.
        decimals = StoredDecimals()
        known_rows: dict[tuple[str | None, ...], FigureRow] = {}
        # Plain tuples, not one dict a record: 16,000 records for a state's 5,000 metas.
        for record in self._db.conn.execute(
            f"SELECT f.meta_id, f.row_kind, {_FIGURE_SELECT} FROM figure_rows f "
            f"JOIN metas m ON m.id = f.meta_id WHERE {where}",
            params,
        ):
            columns = record[2:]
            row = known_rows.get(columns)
            if row is None:
                row = known_rows[columns] = row_from_values(columns, decimals)
            rows_by_meta[record[0]][record[1]] = row
        evaluations: dict[int, dict[Quarter, str]] = defaultdict(dict)
        quarters = {int(quarter): quarter for quarter in Quarter}
        for meta_id, quarter, text in self._db.conn.execute(
            "SELECT e.meta_id, e.quarter, e.text FROM evaluations e "
            f"JOIN metas m ON m.id = e.meta_id WHERE {where}",
            params,
        ):
            evaluations[meta_id][quarters[quarter]] = text
        metas = []
        # A unit's metas share a few codes: each is made (and checked) once.
        units: dict[str, UnitCode] = {}
        programmes: dict[str, ProgrammeCode] = {}
        activities: dict[str, ActivityCode] = {}
        # Plain tuples here too, in the order of _META_SELECT.
        for (
            row_id,
            stable_id,
            entity,
            unit_code,
            programme,
            activity,
            description,
            unit_of_measure,
            kind,
            cumulative,
        ) in self._db.conn.execute(
            f"SELECT {_META_SELECT} FROM metas m WHERE {where} ORDER BY {order}", params
        ):
            rows = rows_by_meta[row_id]
            if unit_code not in units:
                units[unit_code] = UnitCode(unit_code)
            if programme not in programmes:
                programmes[programme] = ProgrammeCode(programme)
            if activity not in activities:
                activities[activity] = ActivityCode(activity)
            metas.append(
                Meta(
                    key=MetaKey(
                        entity=entity,
                        unit=units[unit_code],
                        programme=programmes[programme],
                        activity=activities[activity],
                        description=description,
                        known_id=stable_id,
                    ),
                    unit_of_measure=unit_of_measure,
                    kind=META_KINDS.get(kind) or MetaKind(kind),
                    cumulative=bool(cumulative),
                    met=rows["MET"],
                    num=rows["NUM"],
                    den=rows.get("DEN"),
                    evaluations=evaluations.get(row_id, {}),
                )
            )
        return metas

    def official_report_through(self, year: int, quarter: Quarter) -> bool:
        """Whether an official report imported for ``year`` reached ``quarter``.

        A report carries every quarter up to its own: the units delivered those in it.
        """
        row = self._db.execute(
            "SELECT 1 FROM report_imports WHERE year = ? AND quarter >= ? LIMIT 1",
            [year, int(quarter)],
        ).fetchone()
        return row is not None

    def catalogue(self) -> Catalogue:
        """The names of entities, units, programmes and activities, kept for every year."""
        return self._load_catalogue()

    def _load_catalogue(self) -> Catalogue:
        entities = {
            r["code"]: Entity(r["code"], r["name"])
            for r in self._db.query("SELECT * FROM entities")
        }
        units = {
            (r["entity_code"], UnitCode(r["code"])): Unit(
                r["entity_code"], UnitCode(r["code"]), r["name"]
            )
            for r in self._db.query("SELECT * FROM units")
        }
        programmes = {
            (r["entity_code"], ProgrammeCode(r["code"])): Programme(
                r["entity_code"], ProgrammeCode(r["code"]), r["name"]
            )
            for r in self._db.query("SELECT * FROM programmes")
        }
        activities = {
            (r["entity_code"], ActivityCode(r["code"])): Activity(
                r["entity_code"], ActivityCode(r["code"]), r["name"]
            )
            for r in self._db.query("SELECT * FROM activities")
        }
        return Catalogue(entities, units, programmes, activities)

    def _setting(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def _set_setting(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )


def _changes(
    report: ProgressReport, befores: Sequence[Meta | None], merged: Sequence[Meta]
) -> list[MetaChange]:
    """Every field the report changes on a meta that was stored before."""
    changes: list[MetaChange] = []
    for meta, before, after in zip(report.metas, befores, merged, strict=True):
        if before is not None:
            changes += (
                MetaChange(meta.stable_id, meta.description, change)
                for change in report_changes(before, after)
            )
    return changes
