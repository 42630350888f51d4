"""The PAIMEF tables' schema steps, as (name, SQL) in the order they are applied.

Kept apart from ``migrations`` for its size; the SQL is exactly as first applied (SQLite keeps
each statement's text), and ``migrations.MIGRATIONS`` applies them where they always stood.
"""

from __future__ import annotations

PAIMEF_STEPS: tuple[tuple[str, str], ...] = (
    # The PAIMEF Programa Anual by fiscal year; amounts are Decimal text, never REAL.
    (
        "0100_paimef_programme",
        """
        CREATE TABLE paimef_programmes (
            year INTEGER PRIMARY KEY,
            institution TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE paimef_dates (
            year INTEGER NOT NULL REFERENCES paimef_programmes(year) ON DELETE CASCADE,
            key TEXT NOT NULL,
            day TEXT NOT NULL,
            PRIMARY KEY (year, key)
        ) WITHOUT ROWID;
        CREATE TABLE paimef_actions (
            year INTEGER NOT NULL REFERENCES paimef_programmes(year) ON DELETE CASCADE,
            key TEXT NOT NULL,
            position INTEGER NOT NULL,
            vertiente TEXT NOT NULL CHECK (vertiente IN ('A', 'B', 'C')),
            line TEXT NOT NULL,
            name TEXT NOT NULL,
            justification TEXT NOT NULL,
            transversal INTEGER NOT NULL CHECK (transversal IN (0, 1)),
            programmed TEXT NOT NULL,
            exercised TEXT NOT NULL,
            evidence TEXT NOT NULL,
            PRIMARY KEY (year, key)
        ) WITHOUT ROWID;
        CREATE TABLE paimef_goals (
            year INTEGER NOT NULL,
            action_key TEXT NOT NULL,
            position INTEGER NOT NULL,
            description TEXT NOT NULL,
            unit TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            achieved INTEGER CHECK (achieved >= 0),
            PRIMARY KEY (year, action_key, position),
            FOREIGN KEY (year, action_key) REFERENCES paimef_actions(year, key) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE TABLE paimef_indicator_values (
            indicator INTEGER NOT NULL CHECK (indicator BETWEEN 1 AND 15),
            period TEXT NOT NULL,
            position INTEGER NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (indicator, period, position)
        ) WITHOUT ROWID;
        CREATE TABLE paimef_audit (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            what TEXT NOT NULL,
            detail TEXT NOT NULL,
            profile TEXT NOT NULL,
            os_user TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """,
    ),
    # Why a PAIMEF warning is accepted; keyed by what identifies it from review to review.
    (
        "0100_paimef_justifications",
        """
        CREATE TABLE paimef_justifications (
            year INTEGER NOT NULL,
            rule TEXT NOT NULL,
            action TEXT NOT NULL,
            field TEXT NOT NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            author TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (year, rule, action, field)
        ) WITHOUT ROWID;
        """,
    ),
)
