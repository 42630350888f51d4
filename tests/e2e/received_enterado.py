"""Unit 001 marks a spelling warning «enterado» and the coordinating unit receives its package."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import profile_folder, ran_ok

DIALOGUES = "2fee274197fd35d5"  # DIÁLOGOS POR LA PAZ (unit 001): «LLLEVÓ», «ALEMAN», «DIA»


def received_enterado(tmp_path: Path, seed_path: Path, own_words: str = "") -> Path:
    """The coordinating unit's data folder, once unit 001's «enterado» (by «luz») came in.

    ``own_words``: the unit's personal dictionary (its words never travel).
    """
    unit = profile_folder(tmp_path / "unidad", "unidad", "001")
    if own_words:
        (unit / "diccionario_personal.txt").write_text(own_words, encoding="utf-8")
    ran_ok("import-etca", seed_path, data_dir=unit)
    ran_ok(
        "justify", "--trimestre", "1", "--meta", DIALOGUES[:6], "--regla", "ORTOGRAFIA",
        "--enterado", "--autor", "luz", data_dir=unit,
    )  # fmt: skip
    ran_ok(
        "export", "--unidad", "001", "--trimestre", "1", "--out", tmp_path / "usb", data_dir=unit
    )
    coordinator = profile_folder(tmp_path / "coordinadora", "coordinadora", "002")
    ran_ok("import-etca", seed_path, data_dir=coordinator)
    ran_ok("import-package", *sorted((tmp_path / "usb").glob("*.ismpaq")), data_dir=coordinator)
    return coordinator
