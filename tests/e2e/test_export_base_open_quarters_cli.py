"""``export-base`` warns of quarters the official report brought that are still open here.

A base carries what a unit delivered only for quarters closed at the coordinating unit. After
importing the official report of the first quarter, ``export-base`` sent bases without it: the
units then typed their second quarter and its export was refused, «Falta el realizado NUM de
T1», with nothing having said that the first quarter should have been closed first. The
warning comes before the paths of the files written: after them, it read as an afterthought
of work already done.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e

WARNING_004 = (
    "Aviso: el trimestre 1 de la unidad 004 está abierto aquí: su programa base no lleva lo que "
    "la unidad entregó en el informe oficial, y la unidad tendrá que capturarlo. Si ya lo "
    "entregó, ciérrelo («trimestre cerrar») y exporte de nuevo el programa base."
)


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    path = tmp_path / "coordinadora.sqlite3"
    imported = run_cli("import-etca", seed_path, "--db", path)
    assert imported.returncode == 0, imported.stderr
    return path


def test_a_units_base_with_the_reported_quarter_open_is_written_with_a_warning(
    coordinator: Path, tmp_path: Path
) -> None:
    result = run_cli("export-base", "--db", coordinator, "--unidad", "004", "--out", tmp_path)

    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_file()
    assert result.stderr.strip() == WARNING_004


def test_every_units_base_warns_once_naming_the_units(coordinator: Path, tmp_path: Path) -> None:
    result = run_cli("export-base", "--db", coordinator, "--out", tmp_path)

    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) == 7
    assert result.stderr.strip() == (
        "Aviso: el trimestre 1 de las unidades 001, 003, 004, 005, 006, 008 y 009 está abierto "
        "aquí: sus programas base no llevan lo que las unidades entregaron en el informe "
        "oficial, y cada unidad tendrá que capturarlo. Si ya lo entregaron, ciérrelo («trimestre "
        "cerrar») y exporte de nuevo los programas base."
    )


def test_a_reported_quarter_closed_here_warns_no_more(coordinator: Path, tmp_path: Path) -> None:
    closed = run_cli(
        "trimestre", "cerrar", "--db", coordinator, "--unidad", "004", "--trimestre", "1"
    )
    assert closed.returncode == 0, closed.stderr

    result = run_cli("export-base", "--db", coordinator, "--unidad", "004", "--out", tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_the_warning_is_printed_before_any_path_written(coordinator: Path, tmp_path: Path) -> None:
    # One stream, unbuffered: the order the person at the terminal reads.
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONUNBUFFERED": "1"}
    args = ["export-base", "--db", str(coordinator), "--unidad", "004", "--out", str(tmp_path)]
    result = subprocess.run(
        [sys.executable, "-m", "ism_desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout
    warning, path = result.stdout.strip().splitlines()
    assert warning == WARNING_004
    assert Path(path).is_file()
