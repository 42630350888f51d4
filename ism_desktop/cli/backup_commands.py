"""``ism-desktop copias``, ``copia`` and ``restaurar``: the backups, without the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ism_desktop.cli.common import EXIT_OK, add_db_argument, database_path, fail
from ism_desktop.cli.path_arguments import named
from ism_desktop.domain.backup_text import backup_date_text, file_size_text
from ism_desktop.domain.limits import one_plain_line
from ism_desktop.domain.wording import count, shortened
from ism_desktop.platform import backups_dir
from ism_desktop.platform.window_locks import instance_lock_path, lock_left_by_a_crash
from ism_desktop.workspace.backups import (
    LOST_RECORD_TEXT,
    MANUAL_REASON,
    BackupInfo,
    copies_of,
    copy_date_text,
    copy_from_file,
    make_copy,
    restore_copy,
)
from ism_desktop.workspace.opening import StoreError

EXIT_DECLINED = 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the three commands to the parser."""
    listing = commands.add_parser(
        "copias",
        help="enumera las copias de seguridad de la base de datos",
        description=(
            "Enumera, de la más reciente a la más antigua, las copias de seguridad de la base de "
            "datos: el programa hace una al abrirla (si cambió), antes de importar un informe o un "
            "paquete, antes de actualizarla a una versión nueva y antes de restaurar otra."
        ),
    )
    add_db_argument(listing)
    listing.set_defaults(handler=run_list)

    making = commands.add_parser(
        "copia",
        help="hace ahora una copia de seguridad de la base de datos",
        description="Guarda ahora una copia de seguridad de la base de datos.",
    )
    add_db_argument(making)
    making.add_argument(
        "--motivo",
        dest="reason",
        default=MANUAL_REASON,
        metavar="TEXTO",
        help="por qué se hace (se muestra)",
    )
    making.set_defaults(handler=run_make)

    restoring = commands.add_parser(
        "restaurar",
        help="reemplaza los datos por los de una copia de seguridad",
        description=(
            "Reemplaza los datos de la base de datos por los de una copia de seguridad. Antes "
            "guarda una copia de los datos actuales, así que también esto se puede deshacer. "
            "Cierre la ventana de ISM Avance antes de restaurar."
        ),
    )
    add_db_argument(restoring)
    restoring.add_argument(
        "copy",
        type=_copy_argument,
        metavar="COPIA",
        help="el número que muestra «copias», el nombre del archivo de la copia o su ruta",
    )
    restoring.add_argument(
        "--si",
        dest="confirmed",
        action="store_true",
        help="no pregunta (necesario si no hay una terminal)",
    )
    restoring.set_defaults(handler=run_restore)


def run_list(args: argparse.Namespace) -> int:
    """Print the backups of the database, numbered, newest first."""
    database = _database(args)
    copies = copies_of(database)
    if not copies:
        print(f"No hay copias de seguridad de «{database}» en «{backups_dir()}».")
        return EXIT_OK
    print(f"Copias de seguridad de «{database}» en «{backups_dir()}»:")
    print(f"{'N.º':>4}  {'Fecha':<16}  {'Motivo':<30}  {'Metas':>5}  {'Tamaño':>8}  Archivo")
    for number, info in enumerate(copies, start=1):
        metas = "" if info.meta_count is None else str(info.meta_count)
        date = copy_date_text(info)
        size = file_size_text(info.size_bytes)
        print(
            f"{number:>4}  {date}  {shortened(one_plain_line(info.reason), 30):<30}  {metas:>5}  "
            f"{size:>8}  {info.path.name}"
        )
    return EXIT_OK


def run_make(args: argparse.Namespace) -> int:
    """Make a backup now."""
    database = _database(args)
    if not database.is_file():
        return fail(f"no existe la base de datos «{database}».")
    try:
        info = make_copy(database, args.reason.strip() or MANUAL_REASON)
    except StoreError as exc:
        return fail(str(exc))
    print(f"Copia guardada: {info.path} ({_metas(info)}, {file_size_text(info.size_bytes)}).")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Restore a backup after confirmation (``--si`` confirms beforehand)."""
    database = _database(args)
    chosen = _find_copy(database, args.copy)
    if isinstance(chosen, str):
        return fail(chosen)
    lock = instance_lock_path(database)
    # A window that crashed left its lock: the process is gone, and the data are free.
    if lock.exists() and not lock_left_by_a_crash(lock):
        return fail(
            "ISM Avance tiene abierta esta base de datos. Cierre su ventana y vuelva a intentarlo "
            f"(si el programa no está abierto, se cerró de golpe: borre «{lock}»)."
        )
    question = (
        f"Se reemplazarán los datos actuales de «{database}» por la copia del "
        f"{backup_date_text(chosen.created_at)} ({chosen.reason}, {_metas(chosen)}). "
        "Antes se guardará una copia de los datos actuales."
        + ("" if chosen.has_record else f" {LOST_RECORD_TEXT}")
    )
    if not args.confirmed:
        if not sys.stdin.isatty():
            return fail("no hay una terminal donde confirmar; añada --si para restaurar.")
        print(question)
        if input("¿Continuar? [s/N] ").strip().lower() not in {"s", "si", "sí"}:
            print("No se restauró nada.")
            return EXIT_DECLINED
    try:
        safety = restore_copy(chosen, database)
    except StoreError as exc:
        return fail(str(exc))
    print(f"Copia del {backup_date_text(chosen.created_at)} restaurada en «{database}».")
    if safety is not None:
        print(f"Los datos que había se guardaron en «{safety.path}».")
    return EXIT_OK


def _copy_argument(text: str) -> str:
    return named(text, "el número, el nombre o la ruta de la copia")


def _database(args: argparse.Namespace) -> Path:
    path = database_path(args)
    # The full path names the database: copies of another file of the same name are not its.
    return path.resolve()


def _metas(info: BackupInfo) -> str:
    return (
        "metas desconocidas" if info.meta_count is None else count(info.meta_count, "meta", "metas")
    )


def _find_copy(database: Path, wanted: str) -> BackupInfo | str:
    copies = copies_of(database)
    text = wanted.strip()
    if text.isdecimal():  # not isdigit(): int() refuses "²"
        number = int(text)
        if 1 <= number <= len(copies):
            return copies[number - 1]
        return f"no hay una copia número {number}; «copias» las enumera ({len(copies)})."
    for info in copies:
        if info.path.name == text:
            return info
    given = Path(text)
    if given.is_file():
        return copy_from_file(given)
    return f"no se encontró la copia «{text}»; «copias» las enumera."
