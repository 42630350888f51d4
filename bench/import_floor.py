"""The floor for ``import-etca``: read the report, split it with one regex, write the same rows.

``python bench/import_floor.py REPORT REFERENCE_DB NEW_DB`` reads the report's bytes, decodes
them, splits out every MET/NUM/DEN row with one regular expression and splits each into its
figures; then it creates the program's schema in NEW_DB (copied from REFERENCE_DB, a database
the real ``import-etca`` filled from the same report) and writes every row REFERENCE_DB holds with
one ``executemany`` per table, in one transaction, with the program's pragmas (WAL, synchronous
FULL). Standard library only: no parsing into objects, no checks, no migrations framework. What
``import-etca`` does beyond this is the price of reading the report correctly and safely.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

_FIGURE_ROW = re.compile(r"^.*\b(?:MET|NUM|DEN)\b.*$", re.MULTILINE)


def main(report: Path, reference: Path, target: Path) -> int:
    """Read, split and write; print how many figure rows and table rows were handled."""
    text = report.read_bytes().decode("utf-8-sig")
    figures = [line.split() for line in _FIGURE_ROW.findall(text)]
    source = sqlite3.connect(f"file:{reference}?mode=ro", uri=True)
    schema = [
        sql
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rowid"
        )
    ]
    tables = [
        name
        for (name,) in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rowid"
        )
    ]
    rows = {table: source.execute(f'SELECT * FROM "{table}"').fetchall() for table in tables}
    source.close()
    out = sqlite3.connect(target, isolation_level=None)
    out.execute("PRAGMA journal_mode = WAL")
    out.execute("PRAGMA synchronous = FULL")
    out.execute("PRAGMA foreign_keys = ON")
    out.execute("BEGIN")
    for sql in schema:
        out.execute(sql)
    for table, values in rows.items():
        if values:
            marks = ", ".join("?" for _ in values[0])
            out.executemany(f'INSERT INTO "{table}" VALUES ({marks})', values)
    out.execute("COMMIT")
    out.close()
    print(f"{len(figures)} filas de cifras, {sum(map(len, rows.values()))} filas escritas")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
