"""File and folder arguments: an empty name is refused as the command line is read."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def named(text: str, wanted: str) -> str:
    """``text`` as given; argparse says «argumento X: indique WANTED; el valor está vacío».

    ``Path("")`` is the current folder: «--out=» would write there, and a file to read would be
    said to be a folder named «.».
    """
    if not text.strip():
        raise argparse.ArgumentTypeError(f"indique {wanted}; el valor está vacío")
    return text


def file_argument(text: str) -> Path:
    """A file to read or to write."""
    return Path(named(text, "el nombre de un archivo"))


def folder_argument(text: str) -> Path:
    """A folder to write into."""
    return Path(named(text, "una carpeta"))


def add_out_folder_argument(
    parser: argparse.ArgumentParser, help_text: str = "carpeta donde dejarlo"
) -> None:
    """The required ``--out CARPETA`` of the commands that write a file into a folder."""
    parser.add_argument(
        "--out", type=folder_argument, required=True, metavar="CARPETA", help=help_text
    )


def _missing(folder: Path) -> list[Path]:
    """The folders of ``folder`` that do not exist yet, deepest first (none if unknowable)."""
    missing: list[Path] = []
    for place in (folder, *folder.parents):
        try:
            if place.exists():
                return missing
        except OSError:  # a name too long to look at: the command itself says it
            return []
        missing.append(place)
    return missing


@contextmanager
def no_empty_folder_left(folder: Path) -> Iterator[None]:
    """Folders of ``folder`` that the command made and left empty are removed at its end.

    A refused export (a database another program holds, or read-only) made ``--out`` before its
    first write failed, and left an empty folder where the person looked for a package.
    """
    made = _missing(folder)
    try:
        yield
    finally:
        for place in made:
            try:
                place.rmdir()  # only an empty one: a folder with the package stays
            except OSError:
                break
