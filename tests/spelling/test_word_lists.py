"""Words added on a PC survive a restart; the coordinating unit's list is read beside them."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.platform import DataFileError, describe_os_error
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


def test_a_list_saved_by_notepad_in_ansi_or_unicode_keeps_its_words(tmp_path: Path) -> None:
    # Notepad saves «ANSI» (Windows-1252) or «Unicode» (UTF-16): adding a word replaced such a
    # file with that word alone.
    for encoding in ("cp1252", "utf-16"):
        folder = tmp_path / encoding
        folder.mkdir()
        personal = folder / "diccionario_personal.txt"
        personal.write_bytes("Cajeme\r\nÑoño\r\nHuatabampo\r\n".encode(encoding))
        files = SpellingFiles(RESOURCES, folder)

        files.add_personal_word(files.load(), "Bacobampo")

        assert read_words(personal) == ["Bacobampo", "Cajeme", "Huatabampo", "Ñoño"], encoding


def test_a_list_that_cannot_be_read_is_left_as_it_is(tmp_path: Path) -> None:
    personal = tmp_path / "diccionario_personal.txt"
    damaged = b"\xff\xfe\x00garbage\x81"
    personal.write_bytes(damaged)
    files = SpellingFiles(RESOURCES, tmp_path)
    checker = files.load()

    with pytest.raises(DataFileError) as caught:
        files.add_personal_word(checker, "Bacobampo")

    assert personal.read_bytes() == damaged
    assert "diccionario_personal.txt" in describe_os_error(caught.value)
    assert "no se puede leer" in describe_os_error(caught.value)
