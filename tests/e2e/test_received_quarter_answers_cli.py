"""At the coordinating unit, a unit's quarter closed by its package keeps the answers it brought.

Receiving the package closes the unit's quarter (``trimestre --help``: its justifications are
read-only), yet ``justify`` rewrote or deleted the unit's answer there, and the board then
counted the warning as the coordinator had left it. An observation on the meta, the
coordinator's own word, is still written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.cli_runner import ran_ok, run_cli
from tests.e2e.received_enterado import DIALOGUES, received_enterado

pytestmark = pytest.mark.e2e

REFUSED = (
    "Error: El trimestre 1 de la unidad 001 está cerrado. Reábralo con un motivo para cambiarlo: "
    "ism-desktop trimestre reabrir --ejercicio 2024 --unidad 001 --trimestre 1 --motivo"
)


def _answer(data_dir: Path) -> str:
    """The line ``validate`` gives under the meta's spelling warning: its answer, undated."""
    validated = ran_ok("validate", "--trimestre", "1", "--unidad", "001", data_dir=data_dir)
    block = validated.split(f"Meta {DIALOGUES}:")[1].split("  Meta ")[0]
    line = next(line.strip() for line in block.splitlines() if "→" in line)
    return re.sub(r" \(\d\d/\d\d/\d{4} \d\d:\d\d\)", "", line)


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    """The coordinating unit's data, having received unit 001's package with its «enterado»."""
    there = received_enterado(tmp_path, seed_path)
    assert _answer(there) == "→ Enterado por luz."
    return there


@pytest.mark.parametrize(
    "answer",
    [("--texto", "Aceptado por la coordinación."), ("--enterado",), ("--quitar",)],
    ids=["texto", "enterado", "quitar"],
)
def test_the_units_answer_in_its_received_quarter_stays(
    coordinator: Path, answer: tuple[str, ...]
) -> None:
    result = run_cli(
        "justify", "--trimestre", "1", "--meta", DIALOGUES[:6], "--regla", "ORTOGRAFIA",
        *answer, "--autor", "ana", data_dir=coordinator,
    )  # fmt: skip

    assert result.returncode != 0
    assert result.stderr.startswith(REFUSED), result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert _answer(coordinator) == "→ Enterado por luz."


def test_once_reopened_the_coordinator_answers_and_an_observation_needs_no_reopening(
    coordinator: Path,
) -> None:
    ran_ok(
        "observe", "--trimestre", "1", "--meta", DIALOGUES[:6], "--texto",
        "Revise «ALEMAN».", "--autor", "ana", data_dir=coordinator,
    )  # fmt: skip
    listed = ran_ok("observe", "--trimestre", "1", "--listar", data_dir=coordinator)
    assert "Revise «ALEMAN»." in listed
    ran_ok(
        "trimestre", "reabrir", "--ejercicio", "2024", "--unidad", "001", "--trimestre", "1",
        "--motivo", "Aclarar la ortografía", data_dir=coordinator,
    )  # fmt: skip

    ran_ok(
        "justify", "--trimestre", "1", "--meta", DIALOGUES[:6], "--regla", "ORTOGRAFIA",
        "--texto", "ALEMAN es un apellido.", "--autor", "ana", data_dir=coordinator,
    )  # fmt: skip

    assert _answer(coordinator) == "→ Justificado por ana: ALEMAN es un apellido."
