"""A command refused over a hostile value: short, printable, the place named, nothing changed."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import run_cli

MAX_MESSAGE = 600


def database_bytes(database: Path) -> dict[str, bytes]:
    """The database file and its write-ahead log, as they are on disk."""
    files = [database, Path(f"{database}-wal")]
    return {p.name: p.read_bytes() for p in files if p.exists() and p.stat().st_size}


def refused_briefly(database: Path, *args: str | Path, place: str) -> None:
    """Run the command: refused, the place named, short, printable, nothing changed."""
    before = database_bytes(database)
    result = run_cli(*args, "--db", database, data_dir=database.parent)
    said = result.stderr
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in said
    assert place in said, said[:300]
    assert len(said) < MAX_MESSAGE, said[:300]
    # A no-break space keeps a figure whole («20 000»); no other invisible character belongs.
    assert all(c.isprintable() or c in "\n\u00a0" for c in said), ascii(said[:300])
    assert database_bytes(database) == before
