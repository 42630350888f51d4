"""Words added on a PC survive a restart; the coordinating unit's list is read beside them."""

from __future__ import annotations

from pathlib import Path

from ism_desktop.spelling.loading import SpellingFiles
from ism_desktop.spelling.word_lists import parse_words, read_words, write_words
from tests.spelling.shipped import RESOURCES


def test_an_added_word_survives_a_restart(tmp_path: Path) -> None:
    files = SpellingFiles(RESOURCES, tmp_path)
    first = files.load()
    assert [w.text for w in first.doubtful("SE VISITÓ VILLAPESQUERIA")] == ["VILLAPESQUERIA"]

    files.add_personal_word(first, "Villapesqueria")
    files.add_personal_word(first, "VILLAPESQUERIA")  # once in the file, whatever the case

    assert first.doubtful("SE VISITÓ VILLAPESQUERIA") == []
    restarted = SpellingFiles(RESOURCES, tmp_path).load()
    assert restarted.doubtful("SE VISITÓ VILLAPESQUERIA") == []
    assert read_words(tmp_path / "diccionario_personal.txt") == ["Villapesqueria"]


def test_the_coordinating_units_list_is_accepted(tmp_path: Path) -> None:
    files = SpellingFiles(RESOURCES, tmp_path)
    files.save_coordination_words(["Peñasquito", "CECOVIM"])

    checker = files.load()

    assert checker.doubtful("REUNIÓN EN PEÑASQUITO CON EL CECOVIM") == []


def test_lists_skip_comments_blanks_and_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "lista.txt"
    path.write_bytes("\ufeff# comentario\nsororidad\n\n  AVGM  # sigla\n".encode())

    assert read_words(path) == ["sororidad", "AVGM"]
    assert parse_words("a\r\nb\r\n") == ["a", "b"]
    assert read_words(tmp_path / "no-existe.txt") == []


def test_a_damaged_list_reads_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "lista.txt"
    path.write_bytes(b"\xff\xfe\x00garbage\x81")

    assert read_words(path) == []


def test_writing_replaces_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "lista.txt"
    write_words(path, ["b", "a", "b"], "cabecera")
    write_words(path, ["c"], "cabecera")

    assert path.read_text(encoding="utf-8") == "# cabecera\nc\n"
    assert not (tmp_path / "sub" / "lista.txt.tmp").exists()
