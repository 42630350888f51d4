"""The files a command writes its report to: refused before either is written (one file twice…)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ism_desktop.cli.path_arguments import file_argument
from ism_desktop.platform import destination_problem, path_problem


def add_output_file_arguments(parser: argparse.ArgumentParser) -> None:
    """``--pdf ARCHIVO`` and ``--xlsx ARCHIVO``: where a report is written, either or both."""
    for option, written in (("--pdf", "PDF a escribir"), ("--xlsx", "libro de Excel a escribir")):
        parser.add_argument(
            option, type=file_argument, default=None, metavar="ARCHIVO", help=written
        )


def same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file: spelled alike once resolved, or linked to one."""
    # Windows names ignore case: «INFORME.PDF» is «informe.pdf».
    if os.path.normcase(first.resolve()) == os.path.normcase(second.resolve()):
        return True
    try:
        return first.samefile(second)
    except OSError:  # neither exists yet, or cannot be looked at: writing them will say
        return False


def one_file_twice(pdf: Path | None, xlsx: Path | None) -> str | None:
    """Why ``--pdf`` and ``--xlsx`` cannot be written (the same file), or None."""
    if pdf is None or xlsx is None or not same_file(pdf, xlsx):
        return None
    return (
        f"--pdf y --xlsx indican el mismo archivo «{xlsx}»: el libro de Excel reemplazaría al "
        "PDF. Indique dos nombres distintos; no se escribió nada."
    )


# What a name ending so is taken for: a report written under it would not open from its name,
# and would replace that file («--pdf INFORME.xlsx», the two options swapped). A database is
# left to `destination_problem`, which looks at what the file holds.
KINDS = {
    ".pdf": "un PDF",
    ".xlsx": "un libro de Excel",
    ".xls": "un libro de Excel 97-2003",  # not the .xlsx written: said apart
    ".ods": "una hoja de cálculo",
    ".csv": "un archivo de texto",
    ".txt": "un archivo de texto",
    ".json": "un archivo JSON",
    ".doc": "un documento de Word",
    ".docx": "un documento de Word",
    ".ismpaq": "un paquete",
    ".zip": "un archivo comprimido",
}


def wrong_kind(option: str, path: Path, suffix: str) -> str | None:
    """Why ``path`` is not a name for the file ``option`` writes (ending in ``suffix``), or None.

    A name without a known ending («informe_t1», «informe.2024») is written as given.
    """
    given = path.suffix.lower()
    if given == suffix or given not in KINDS:
        return None
    return (
        f"{option} «{path}»: el nombre termina en {path.suffix}, como {KINDS[given]}, pero ahí "
        f"se escribiría {KINDS[suffix]}; indique un nombre terminado en {suffix}; no se "
        "escribió nada."
    )


def output_refusal(pdf: Path | None, xlsx: Path | None) -> str | None:
    """Why ``--pdf`` and ``--xlsx`` cannot be written, or None; asked before either is written.

    Found only when each is written, the PDF was written («PDF escrito») and then the workbook
    refused: half a report, and an error. A disk that fills up is still said by the writing.
    """
    if (twice := one_file_twice(pdf, xlsx)) is not None:
        return twice
    for option, path, suffix in (("--pdf", pdf, ".pdf"), ("--xlsx", xlsx, ".xlsx")):
        if path is not None and (named := wrong_kind(option, path, suffix)) is not None:
            return named
    for path in (pdf, xlsx):
        if path is None:
            continue
        # First: a name too long cannot even be asked whether it is a folder.
        if (problem := path_problem(path)) is not None:
            return f"no se puede escribir «{path}»: {problem}. No se escribió nada."
        if path.is_dir():  # said as such, not as the hidden temporary file beside it
            return f"«{path}» es una carpeta; indique el nombre del archivo. No se escribió nada."
        if not path.parent.is_dir():
            # A file where a folder should be is said as such: «no existe» sent the person
            # looking for a folder that was never missing.
            where = next((p for p in path.parents if p.exists()), None)
            problem = (
                f"una parte de la ruta «{where}» es un archivo, no una carpeta"
                if where is not None and not where.is_dir()
                else f"no existe la carpeta «{path.parent}»"
            )
            return f"no se puede escribir «{path}»: {problem}. No se escribió nada."
        if (problem := destination_problem(path)) is not None:
            return f"no se puede escribir «{path}»: {problem}. No se escribió nada."
    return None
