"""The first schema steps: catalogue, metas, justifications, audit trail and package numbers.

As (name, SQL) in the order they are applied; the SQL is exactly as first applied (SQLite
keeps each statement's text), and ``migrations.MIGRATIONS`` applies them where they stood.
"""

from __future__ import annotations

_QUARTER_COLUMNS = ", ".join(
    f"{series}_{period} TEXT{' NOT NULL' if series != 'achieved' else ''}"
    for series, periods in (
        ("original", ("q1", "q2", "q3", "q4", "annual")),
        ("modified", ("q1", "q2", "q3", "q4", "annual")),
        ("achieved", ("q1", "q2", "q3", "q4")),
    )
    for period in periods
)

REPORT_STEPS: tuple[tuple[str, str], ...] = (
    (
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
    (
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
    (
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
    (
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
)
