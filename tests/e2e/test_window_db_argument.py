"""The window's ``--db`` is refused as the command line is read, as every command refuses it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.app import _window_arguments
from tests.e2e.cli_runner import run_cli
from tests.hostile.generators import overlong_paths

pytestmark = pytest.mark.e2e


def _bad_paths(folder: Path) -> list[tuple[str, Path, str]]:
    """(case, path, what the refusal says) for paths no database can be at."""
    named = {case: Path(name.format(tmp=folder)) for case, name in overlong_paths("{tmp}")}
    return [
        ("archivo", named["archivo"], "es demasiado largo"),
        ("carpeta", named["carpeta"], "es demasiado largo"),
        ("ruta", folder / "/".join(["d" * 200] * 25) / "avance.sqlite3", "demasiado larga"),
        ("es-carpeta", folder, "es una carpeta; indique el nombre del archivo"),
    ]


CASES = ["archivo", "carpeta", "ruta", "es-carpeta"]


@pytest.mark.parametrize("case", CASES)
def test_the_window_refuses_a_bad_database_as_its_arguments_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    (path, said) = next((p, s) for c, p, s in _bad_paths(tmp_path) if c == case)

    with pytest.raises(SystemExit) as refused:
        _window_arguments(["--db", str(path)])

    assert refused.value.code == 2
    error = capsys.readouterr().err.splitlines()[-1]
    assert error.startswith("ism-desktop: error: argumento --db: ")
    assert said in error


@pytest.mark.parametrize("case", CASES)
def test_the_window_and_a_command_refuse_it_alike(tmp_path: Path, case: str) -> None:
    data = tmp_path / "datos"
    data.mkdir()
    (path, said) = next((p, s) for c, p, s in _bad_paths(tmp_path) if c == case)

    window = run_cli("--db", path, data_dir=data)
    command = run_cli("status", "--trimestre", "1", "--db", path, data_dir=data)

    assert window.returncode == 2
    assert "Traceback" not in window.stderr
    assert "inesperado" not in window.stderr
    refusal = window.stderr.splitlines()[-1].split("error: ", 1)[1]
    assert said in refusal
    assert refusal == command.stderr.splitlines()[-1].split("error: ", 1)[1]
    assert sorted(tmp_path.rglob("*")) == [data]  # no window, no database, no lock
