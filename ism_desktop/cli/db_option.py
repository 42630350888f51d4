"""``--db``: the database's path, checked as the command line is read (commands and window)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ism_desktop.cli.path_arguments import named
from ism_desktop.platform import path_problem


def database_argument(text: str) -> Path:
    """A path the system can look up and that is not a folder (a missing file is made later).

    The window's ``--db`` takes it too, and light: its arguments are read before the first
    paint, which loads neither the database nor the workspace.
    """
    path = Path(named(text, "el archivo de la base de datos"))
    problem = path_problem(path)
    if problem is None and path.is_dir():
        # Said before anything opens it: once opened, SQLite's own failure names no folder.
        problem = f"«{path}» es una carpeta; indique el nombre del archivo"
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return path
