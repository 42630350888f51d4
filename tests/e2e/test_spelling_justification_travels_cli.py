"""A spelling warning answered at a unit stays answered at the coordinating unit.

The ORTOGRAFIA warning lists the words this PC's dictionary doubts; a unit's own added words
never travel, so the coordinating unit's list differs. A unit's «enterado» was counted as
written for another warning there («el aviso cambió»), and the unit as having a warning
without an answer, though nothing changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e

DIALOGUES = "2fee274197fd35d5"  # DIÁLOGOS POR LA PAZ (unit 001): «LLLEVÓ», «ALEMAN», «DIA»


def _profile(folder: Path, role: str, unit: str) -> Path:
    folder.mkdir()
    (folder / "configuracion.ini").write_text(
        f"[perfil]\nrol={role}\nunidad={unit}\nejercicio=2024\ntrimestre=1\n", encoding="utf-8"
    )
    return folder


def _ok(*args: str | Path, data_dir: Path) -> str:
    result = run_cli(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _dialogues(validated: str) -> str:
    """The lines ``validate`` gives the meta, up to the next meta."""
    block = validated.split(f"Meta {DIALOGUES}:")[1]
    return block.split("  Meta ")[0]


def test_a_units_spelling_answer_counts_at_the_coordinating_unit(
    tmp_path: Path, seed_path: Path
) -> None:
    unit = _profile(tmp_path / "unidad", "unidad", "001")
    # A word this unit added to its dictionary: its warning lists two words, not three.
    (unit / "diccionario_personal.txt").write_text("ALEMAN\n", encoding="utf-8")
    _ok("import-etca", seed_path, data_dir=unit)
    _ok(
        "justify", "--trimestre", "1", "--meta", DIALOGUES[:6], "--regla", "ORTOGRAFIA",
        "--enterado", "--autor", "luz", data_dir=unit,
    )  # fmt: skip
    _ok("export", "--unidad", "001", "--trimestre", "1", "--out", tmp_path / "usb", data_dir=unit)
    coordinator = _profile(tmp_path / "coordinadora", "coordinadora", "002")
    _ok("import-etca", seed_path, data_dir=coordinator)
    _ok("import-package", *sorted((tmp_path / "usb").glob("*.ismpaq")), data_dir=coordinator)

    there = _dialogues(_ok("validate", "--trimestre", "1", "--unidad", "001", data_dir=coordinator))

    assert "«ALEMAN» (¿ALEMÁN?)" in there  # the coordinating unit's own list
    assert "→ Enterado por luz" in there
    assert "Sin justificar" not in there


def test_a_word_added_after_the_answer_keeps_it(tmp_path: Path, seed_path: Path) -> None:
    unit = _profile(tmp_path / "unidad", "unidad", "001")
    _ok("import-etca", seed_path, data_dir=unit)
    _ok(
        "justify", "--trimestre", "1", "--meta", DIALOGUES[:6], "--regla", "ORTOGRAFIA",
        "--texto", "ALEMAN es el apellido de la ponente.", "--autor", "luz", data_dir=unit,
    )  # fmt: skip
    (unit / "diccionario_personal.txt").write_text("ALEMAN\n", encoding="utf-8")

    here = _dialogues(_ok("validate", "--trimestre", "1", "--unidad", "001", data_dir=unit))

    assert "ALEMAN" not in here.split("→")[0]  # the warning lists one word less now
    assert "→ Justificado por luz" in here
