"""The schema, as named migrations applied in order (``schema.bring_up_to_date`` applies them).

The SQL of each migration is kept exactly as the version that first applied it wrote it: SQLite
keeps each statement's text, so a file made today has the very schema of one made back then.
"""

from __future__ import annotations

from dataclasses import dataclass

from ism_desktop.store.paimef_migrations import PAIMEF_STEPS

MIGRATION_SET = "ism_avance"


@dataclass(frozen=True)
class Migration:
    """One named step of the schema: SQL statements separated by semicolons."""

    name: str
    sql: str


_QUARTER_COLUMNS = ", ".join(
    f"{series}_{period} TEXT{' NOT NULL' if series != 'achieved' else ''}"
    for series, periods in (
        ("original", ("q1", "q2", "q3", "q4", "annual")),
        ("modified", ("q1", "q2", "q3", "q4", "annual")),
        ("achieved", ("q1", "q2", "q3", "q4")),
    )
    for period in periods
)

# In the order they are applied. A new migration goes at the end, with a new name.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_catalogue_and_metas",
        f"""
        CREATE TABLE entities (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL
        );
        CREATE TABLE units (
            entity_code TEXT NOT NULL REFERENCES entities(code),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (entity_code, code)
        );
        CREATE TABLE programmes (
            entity_code TEXT NOT NULL REFERENCES entities(code),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (entity_code, code)
        );
        CREATE TABLE activities (
            entity_code TEXT NOT NULL REFERENCES entities(code),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (entity_code, code)
        );
        CREATE TABLE metas (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            stable_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            entity_code TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            programme_code TEXT NOT NULL,
            activity_code TEXT NOT NULL,
            description TEXT NOT NULL,
            unit_of_measure TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('A', 'P')),
            cumulative INTEGER NOT NULL CHECK (cumulative IN (0, 1)),
            UNIQUE (year, stable_id),
            FOREIGN KEY (entity_code, unit_code) REFERENCES units(entity_code, code),
            FOREIGN KEY (entity_code, programme_code) REFERENCES programmes(entity_code, code),
            FOREIGN KEY (entity_code, activity_code) REFERENCES activities(entity_code, code)
        );
        CREATE INDEX metas_by_year_position ON metas(year, position);
        CREATE TABLE figure_rows (
            meta_id INTEGER NOT NULL REFERENCES metas(id) ON DELETE CASCADE,
            row_kind TEXT NOT NULL CHECK (row_kind IN ('MET', 'NUM', 'DEN')),
            {_QUARTER_COLUMNS},
            PRIMARY KEY (meta_id, row_kind)
        ) WITHOUT ROWID;
        CREATE TABLE evaluations (
            meta_id INTEGER NOT NULL REFERENCES metas(id) ON DELETE CASCADE,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            text TEXT NOT NULL,
            PRIMARY KEY (meta_id, quarter)
        ) WITHOUT ROWID;
        CREATE TABLE report_imports (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            source_name TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            printed_at TEXT,
            imported_at TEXT NOT NULL,
            meta_count INTEGER NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ),
    # Keyed by the meta's stable id, not its row id: a re-imported report keeps its reasons.
    Migration(
        "0002_justifications",
        """
        CREATE TABLE justifications (
            year INTEGER NOT NULL,
            meta_stable_id TEXT NOT NULL,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            rule_code TEXT NOT NULL,
            text TEXT NOT NULL,
            acknowledged INTEGER NOT NULL CHECK (acknowledged IN (0, 1)),
            author TEXT NOT NULL CHECK (length(trim(author)) > 0),
            at TEXT NOT NULL,
            PRIMARY KEY (year, meta_stable_id, quarter, rule_code),
            CHECK (
                (acknowledged = 1 AND text = '')
                OR (acknowledged = 0 AND length(trim(text)) > 0)
            )
        ) WITHOUT ROWID;
        """,
    ),
    Migration(
        "0003_audit_trail",
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            meta_stable_id TEXT NOT NULL,
            field TEXT NOT NULL,
            label TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            profile TEXT NOT NULL,
            os_user TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX audit_log_by_meta ON audit_log(year, meta_stable_id, id);
        CREATE TABLE target_changes (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            meta_stable_id TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            document TEXT NOT NULL,
            profile TEXT NOT NULL,
            os_user TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX target_changes_by_meta ON target_changes(year, meta_stable_id, id);
        """,
    ),
    # A row is reserved before the package is written, so two exports never share a number;
    # a failed export leaves a gap, which is harmless (the number only has to grow).
    Migration(
        "0004_package_sequence",
        """
        CREATE TABLE package_exports (
            id INTEGER PRIMARY KEY,
            entity_code TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            sequence INTEGER NOT NULL CHECK (sequence > 0),
            created_at TEXT NOT NULL,
            file_name TEXT,
            sha256 TEXT,
            UNIQUE (entity_code, unit_code, sequence)
        );
        """,
    ),
    # Packages received (a unit's report at the coordinator; a programme base or observations at
    # a unit), the target changes units ask for, the coordinator's observations, and which unit
    # this database belongs to once it has sent or received a package.
    Migration(
        "0005_coordination",
        """
        CREATE TABLE received_packages (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('informe', 'base', 'observaciones')),
            entity_code TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            sequence INTEGER NOT NULL CHECK (sequence > 0),
            created_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            metas INTEGER NOT NULL,
            changed_metas INTEGER NOT NULL,
            warnings INTEGER NOT NULL,
            unresolved_warnings INTEGER NOT NULL,
            UNIQUE (kind, entity_code, unit_code, sequence)
        );
        CREATE INDEX received_packages_by_period ON received_packages(kind, year, quarter);
        CREATE TABLE target_change_requests (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            entity_code TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            meta_stable_id TEXT NOT NULL,
            field TEXT NOT NULL,
            label TEXT NOT NULL,
            current_value TEXT NOT NULL,
            requested_value TEXT NOT NULL,
            reason TEXT NOT NULL,
            document TEXT NOT NULL,
            requested_at TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            UNIQUE (year, meta_stable_id, field)
        );
        CREATE TABLE observations (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            meta_stable_id TEXT NOT NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            author TEXT NOT NULL CHECK (length(trim(author)) > 0),
            at TEXT NOT NULL
        );
        CREATE INDEX observations_by_meta ON observations(year, meta_stable_id, quarter, id);
        CREATE TABLE pc_identity (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            role TEXT NOT NULL CHECK (role IN ('unidad', 'coordinadora')),
            entity_code TEXT NOT NULL,
            unit_code TEXT NOT NULL
        );
        ALTER TABLE package_exports ADD COLUMN kind TEXT NOT NULL DEFAULT 'informe';
        CREATE INDEX metas_by_unit ON metas(year, entity_code, unit_code);
        """,
    ),
    # Years are already kept side by side (metas.year); this adds, per year, whether its
    # programme is approved, per unit and quarter whether the report is closed (with a log of
    # every closing and reopening), the decisions on target-change requests, and the delivery
    # date of each quarter's report.
    Migration(
        "0020_year_programme_and_closing",
        """
        CREATE TABLE programme_years (
            year INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            source TEXT NOT NULL,
            approved_at TEXT,
            approved_by TEXT
        );
        CREATE TABLE quarter_closures (
            year INTEGER NOT NULL,
            entity_code TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            closed INTEGER NOT NULL CHECK (closed IN (0, 1)),
            at TEXT NOT NULL,
            PRIMARY KEY (year, entity_code, unit_code, quarter)
        ) WITHOUT ROWID;
        CREATE TABLE quarter_closure_log (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            entity_code TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            action TEXT NOT NULL CHECK (action IN ('cerrar', 'reabrir')),
            reason TEXT NOT NULL,
            profile TEXT NOT NULL,
            os_user TEXT NOT NULL,
            at TEXT NOT NULL,
            CHECK (action = 'cerrar' OR length(trim(reason)) > 0)
        );
        CREATE TABLE target_request_decisions (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            entity_code TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            meta_stable_id TEXT NOT NULL,
            field TEXT NOT NULL,
            label TEXT NOT NULL,
            current_value TEXT NOT NULL,
            requested_value TEXT NOT NULL,
            request_reason TEXT NOT NULL,
            requested_at TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('aprobada', 'rechazada')),
            document TEXT NOT NULL,
            reason TEXT NOT NULL,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            CHECK (decision = 'rechazada' OR length(trim(document)) > 0),
            CHECK (decision = 'aprobada' OR length(trim(reason)) > 0)
        );
        CREATE INDEX target_request_decisions_by_unit
            ON target_request_decisions(year, entity_code, unit_code, id);
        CREATE TABLE delivery_dates (
            year INTEGER NOT NULL,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            due_date TEXT NOT NULL,
            PRIMARY KEY (year, quarter)
        ) WITHOUT ROWID;
        """,
    ),
    *(Migration(name, sql) for name, sql in PAIMEF_STEPS),
    # An observation's number is how the coordinator names it («observe --quitar 5»): one
    # removed must never be given to the next (a plain rowid reuses the highest one freed).
    # SQLite cannot add AUTOINCREMENT to a table: it is made again with its rows and numbers.
    Migration(
        "0110_observation_numbers_never_reused",
        """
        CREATE TABLE observations_numbered (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            year INTEGER NOT NULL,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            meta_stable_id TEXT NOT NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            author TEXT NOT NULL CHECK (length(trim(author)) > 0),
            at TEXT NOT NULL
        );
        INSERT INTO observations_numbered (id, year, quarter, meta_stable_id, text, author, at)
            SELECT id, year, quarter, meta_stable_id, text, author, at FROM observations;
        DROP TABLE observations;
        ALTER TABLE observations_numbered RENAME TO observations;
        CREATE INDEX observations_by_meta ON observations(year, meta_stable_id, quarter, id);
        """,
    ),
    # Which request each decision answered: a second decision on it says when it was decided,
    # and the list of decisions gives the number it was decided by. 0: decided before, or
    # learnt by a unit, whose requests have no numbers.
    Migration(
        "0120_decision_request_numbers",
        """
        ALTER TABLE target_request_decisions ADD COLUMN request_id INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    # The last audit entry a unit's package had read: what is audited after it was not sent,
    # told apart by number (two entries of the same second, or a clock set back, do not
    # reorder them). Empty for packages written before: they are compared by time. The same
    # for justifications: the last entry of ``justification_writes`` it had read.
    Migration(
        "0130_package_audit_mark",
        """
        ALTER TABLE package_exports ADD COLUMN audit_mark INTEGER;
        ALTER TABLE package_exports ADD COLUMN justification_mark INTEGER;
        """,
    ),
    # The messages of the warnings each justification answered (a JSON list): new figures make
    # a new message, which an old reason did not explain. NULL, as every row written before
    # has it: not known, so it answers whatever the warning says, as it always did.
    # Every write and removal of a justification is numbered in ``justification_writes`` (by
    # triggers, whatever path writes): whether it came after a package is told by that order,
    # not by a clock that may have been ahead. AUTOINCREMENT: a number is never given again,
    # even after the rows above it went (numbered from the rows left, a rewrite after a
    # removal took a number no later than the package's, and was not seen).
    Migration(
        "0131_justification_answers",
        """
        ALTER TABLE justifications ADD COLUMN answered TEXT;
        CREATE TABLE justification_writes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            year INTEGER NOT NULL,
            meta_stable_id TEXT NOT NULL,
            quarter INTEGER NOT NULL,
            rule_code TEXT NOT NULL
        );
        CREATE INDEX justification_writes_by_meta
            ON justification_writes (year, meta_stable_id);
        CREATE TRIGGER justification_written AFTER INSERT ON justifications BEGIN
            INSERT INTO justification_writes (year, meta_stable_id, quarter, rule_code)
            VALUES (NEW.year, NEW.meta_stable_id, NEW.quarter, NEW.rule_code);
        END;
        CREATE TRIGGER justification_rewritten AFTER UPDATE ON justifications BEGIN
            INSERT INTO justification_writes (year, meta_stable_id, quarter, rule_code)
            VALUES (NEW.year, NEW.meta_stable_id, NEW.quarter, NEW.rule_code);
        END;
        CREATE TRIGGER justification_removed AFTER DELETE ON justifications BEGIN
            INSERT INTO justification_writes (year, meta_stable_id, quarter, rule_code)
            VALUES (OLD.year, OLD.meta_stable_id, OLD.quarter, OLD.rule_code);
        END;
        """,
    ),
    # A modified-target request undone before any package carried it is kept, marked withdrawn
    # (when), instead of deleted: the history reads that it was asked, why, and taken back.
    # NULL, as every row written before has it: asked, in force, as it was.
    Migration(
        "0140_target_change_withdrawals",
        """
        ALTER TABLE target_changes ADD COLUMN withdrawn_at TEXT;
        """,
    ),
)


def known_migration_names() -> frozenset[str]:
    """The names of every schema migration this version of the program knows."""
    return frozenset(migration.name for migration in MIGRATIONS)
