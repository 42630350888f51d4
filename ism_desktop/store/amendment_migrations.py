"""The schema steps that change tables made by earlier steps (numbers, marks, new columns).

As (name, SQL) in the order they are applied; the SQL is exactly as first applied (SQLite
keeps each statement's text), and ``migrations.MIGRATIONS`` applies them where they stood.
"""

from __future__ import annotations

AMENDMENT_STEPS: tuple[tuple[str, str], ...] = (
    # An observation's number is how the coordinator names it («observe --quitar 5»): one
    # removed must never be given to the next (a plain rowid reuses the highest one freed).
    # SQLite cannot add AUTOINCREMENT to a table: it is made again with its rows and numbers.
    (
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
    (
        "0120_decision_request_numbers",
        """
        ALTER TABLE target_request_decisions ADD COLUMN request_id INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    # The last audit entry a unit's package had read: what is audited after it was not sent,
    # told apart by number (two entries of the same second, or a clock set back, do not
    # reorder them). Empty for packages written before: they are compared by time. The same
    # for justifications: the last entry of ``justification_writes`` it had read.
    (
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
    (
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
    (
        "0140_target_change_withdrawals",
        """
        ALTER TABLE target_changes ADD COLUMN withdrawn_at TEXT;
        """,
    ),
    # How many observations a package of observations carried: one removed after it went is
    # still held by the unit until the next package. NULL for every other package, and for
    # those written before: not known, so none is counted as removed.
    (
        "0150_package_observations_carried",
        """
        ALTER TABLE package_exports ADD COLUMN carried INTEGER;
        """,
    ),
    # Where each PAIMEF save starts among its audit rows (1 its first, 0 the rest): two saves
    # of one second by one person, of two fields, read as one. NULL for the rows written
    # before: not known, told apart by their time, author and fields as before.
    (
        "0160_paimef_audit_save_start",
        """
        ALTER TABLE paimef_audit ADD COLUMN save_start INTEGER;
        """,
    ),
    # The last entry of ``justification_writes`` when a unit's package had been written here:
    # what is written after it, by number, was written at this PC, whatever the unit's clock
    # said when it made the package. NULL for packages received before: told by time.
    (
        "0170_received_justification_mark",
        """
        ALTER TABLE received_packages ADD COLUMN justification_mark INTEGER;
        """,
    ),
)
