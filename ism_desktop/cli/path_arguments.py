"""File and folder arguments: an empty name is refused as the command line is read."""

from __future__ import annotations

import argparse
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
