"""The window's ``--db`` is refused as the command line is read, as every command refuses it.

The window says it in a box as well: the installed window has no console to print it on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.app import _window_arguments
from tests.e2e.window_runner import start_program
from tests.hostile.generators import overlong_paths

pytestmark = [pytest.mark.e2e, pytest.mark.gui]


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

    window = start_program("--db", path, data_dir=data)
    command = start_program("status", "--trimestre", "1", "--db", path, data_dir=data)

    assert window.returncode == 2
    assert "Traceback" not in window.stderr
    assert "inesperado" not in window.stderr
    refusal = window.stderr.splitlines()[-1].split("error: ", 1)[1]
    assert said in refusal
    assert refusal == command.stderr.splitlines()[-1].split("error: ", 1)[1]
    assert sorted(tmp_path.rglob("*")) == [data]  # no window, no database, no lock
    # Started from its icon there is no console: the box is all a person sees.
    assert refusal.startswith("argumento --db: ")
    assert window.boxes == [
        {
            "title": "ISM Avance",
            "text": f"ISM Avance no se abrió.\n\nA{refusal[1:]}.",
            "icon": "Critical",
        }
    ]
    # The command runs in a console, and never loads the window's code (nor Qt).
    assert command.returncode == 2
    assert command.boxes == []
    assert not command.gui_loaded


def test_the_start_up_probe_says_it_only_on_its_console(tmp_path: Path) -> None:
    # The benchmark runs unattended: nobody would close a box.
    data = tmp_path / "datos"
    data.mkdir()

    result = start_program("--db", tmp_path, "--medir-arranque", data_dir=data)

    assert result.returncode == 2
    assert "es una carpeta; indique el nombre del archivo" in result.stderr
    assert result.boxes == []


@pytest.mark.parametrize("given", ["--db=", "--db= "])
def test_an_empty_database_name_is_said_missing(
    capsys: pytest.CaptureFixture[str], given: str
) -> None:
    with pytest.raises(SystemExit) as refused:
        _window_arguments([given])

    assert refused.value.code == 2
    error = capsys.readouterr().err
    assert "indique el archivo de la base de datos; el valor está vacío" in error
    assert "es una carpeta" not in error
