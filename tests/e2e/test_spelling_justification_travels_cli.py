"""A spelling warning answered at a unit stays answered at the coordinating unit.

The ORTOGRAFIA warning lists the words this PC's dictionary doubts; a unit's own added words
never travel, so the coordinating unit's list differs. A unit's «enterado» was counted as
written for another warning there («el aviso cambió»), and the unit as having a warning
without an answer, though nothing changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import profile_folder, ran_ok
from tests.e2e.received_enterado import DIALOGUES, received_enterado

pytestmark = pytest.mark.e2e


def _dialogues(validated: str) -> str:
    """The lines ``validate`` gives the meta, up to the next meta."""
    block = validated.split(f"Meta {DIALOGUES}:")[1]
    return block.split("  Meta ")[0]


def test_a_units_spelling_answer_counts_at_the_coordinating_unit(
    tmp_path: Path, seed_path: Path
) -> None:
    # A word this unit added to its dictionary: its warning lists two words, not three.
    coordinator = received_enterado(tmp_path, seed_path, own_words="ALEMAN\n")

    there = _dialogues(
        ran_ok("validate", "--trimestre", "1", "--unidad", "001", data_dir=coordinator)
    )

    assert "«ALEMAN» (¿ALEMÁN?)" in there  # the coordinating unit's own list
    assert "→ Enterado por luz" in there
    assert "Sin justificar" not in there


def test_a_word_added_after_the_answer_keeps_it(tmp_path: Path, seed_path: Path) -> None:
    unit = profile_folder(tmp_path / "unidad", "unidad", "001")
    ran_ok("import-etca", seed_path, data_dir=unit)
    ran_ok(
        "justify", "--trimestre", "1", "--meta", DIALOGUES[:6], "--regla", "ORTOGRAFIA",
        "--texto", "ALEMAN es el apellido de la ponente.", "--autor", "luz", data_dir=unit,
    )  # fmt: skip
    (unit / "diccionario_personal.txt").write_text("ALEMAN\n", encoding="utf-8")

    here = _dialogues(ran_ok("validate", "--trimestre", "1", "--unidad", "001", data_dir=unit))

    assert "ALEMAN" not in here.split("→")[0]  # the warning lists one word less now
    assert "→ Justificado por luz" in here
