"""``status`` written to a file (not a terminal) gives the units' names whole."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import run_cli


def test_the_board_sent_to_a_file_has_whole_names(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database, data_dir=tmp_path).returncode == 0

    done = run_cli("status", "--db", database, "--trimestre", "1", data_dir=tmp_path)

    assert done.returncode == 0, done.stderr
    row = next(line for line in done.stdout.splitlines() if line.startswith("004 "))
    assert " ISM DIRECCIÓN DE ATENCIÓN CIUDADANA " in row
    assert "…" not in done.stdout
