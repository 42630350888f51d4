"""The schema steps of coordination: packages, requests, observations, years and closing.

As (name, SQL) in the order they are applied; the SQL is exactly as first applied (SQLite
keeps each statement's text), and ``migrations.MIGRATIONS`` applies them where they stood.
"""

from __future__ import annotations

COORDINATION_STEPS: tuple[tuple[str, str], ...] = (
    # Packages received (a unit's report at the coordinator; a programme base or observations at
    # a unit), the target changes units ask for, the coordinator's observations, and which unit
    # this database belongs to once it has sent or received a package.
    (
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
    (
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
)
