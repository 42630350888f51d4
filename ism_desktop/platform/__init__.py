"""This PC: where the program keeps its data and resources; writing a file whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sys
from pathlib import Path

DATA_DIR_ENV = "ISM_AVANCE_DATA_DIR"
RESOURCES_ENV = "ISM_AVANCE_RESOURCES"
DATABASE_FILE_NAME = "ism_avance.sqlite3"
BACKUPS_FOLDER_NAME = "copias"
LOCKS_FOLDER_NAME = "bloqueos"


def data_dir() -> Path:
    """The user's data folder for the program (``ISM_AVANCE_DATA_DIR`` overrides it)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    # Imported here: it brings tempfile and random along, and a command given its folders (or
    # one that never asks for them) should not pay for them at every start.
    import platformdirs

    return Path(platformdirs.user_data_dir("ISM Avance", "ISM", roaming=False))


def resources_dir() -> Path:
    """The program's own ``resources/``: beside the package in a checkout, or in the bundle."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def in_program_folder(folder: Path) -> bool:
    """Whether ``folder`` is the program's own: its ``resources/``, or (installed) its folder.

    A file dialog that starts there offers to save a person's report among the program's files.
    """
    own = [resources_dir()]
    if getattr(sys, "frozen", False):  # the installed program: everything beside its .exe
        own.append(Path(sys.executable).parent)
    try:
        there = folder.resolve()
        return any(there == mine or mine in there.parents for mine in map(Path.resolve, own))
    except OSError:  # a folder that cannot be resolved is not the program's
        return False


def default_database_path() -> Path:
    """The embedded default database file."""
    return data_dir() / DATABASE_FILE_NAME


def is_default_database(db_path: Path) -> bool:
    """Whether ``db_path`` is the embedded default database file, however it is spelled."""
    return database_key(db_path) == database_key(default_database_path())


def backups_dir() -> Path:
    """The folder of the automatic and manual backups of every database."""
    return data_dir() / BACKUPS_FOLDER_NAME


def database_key(db_path: Path) -> str:
    """A short name for one database file, the same however its path is spelled."""
    # normcase: on Windows «C:\\Datos\\A.sqlite3» and «c:\\datos\\a.sqlite3» are one file.
    spelled = os.path.normcase(str(Path(db_path).resolve()))
    # surrogatepass: a name that is not UTF-8 (Linux) or a lone UTF-16 half (Windows) arrives
    # with surrogates; the key needs only to be the same for the same path.
    return hashlib.sha256(spelled.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def write_atomically(path: Path, data: bytes, *, program_file: bool = False) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it.

    The file gets the mode any file the person makes gets (0666 less the umask), so another
    user of the PC or of a shared folder opens it as they would open any other.

    Raises:
        OSError: the folder is missing or not writable, or the disk is full; ``path`` is then
            left as it was. ``DataFileError`` when ``path`` is a database or a file kept
            beside one, a file the program keeps (unless ``program_file``: the program writing
            it), or not an ordinary file.
    """
    _refuse_replacing_data(path)
    if not program_file:
        _refuse_replacing_program_file(path)
    handle, temporary = _new_temporary(path)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# As ``mkstemp`` opens its file, but with the mode any new file gets: the rename keeps the
# temporary file's mode, and ``mkstemp``'s 0600 left a report that another user of the PC, or
# of a shared folder, could not open. The system applies the umask to 0666 itself.
_TEMPORARY_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_TEMPORARY_ATTEMPTS = 100


def _new_temporary(path: Path) -> tuple[int, str]:
    """A new file beside ``path``, open for writing, named so that no other write takes it."""
    for _ in range(_TEMPORARY_ATTEMPTS):
        temporary = str(path.parent / f".{path.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(temporary, _TEMPORARY_FLAGS, 0o666), temporary
        except FileExistsError:
            continue
        except OSError as exc:
            # Named after the folder chosen, never the temporary file the person did not choose.
            raise OSError(exc.errno, exc.strerror, str(path.parent)) from exc
    raise FileExistsError(
        errno.EEXIST, "no quedó un nombre libre para el archivo temporal", str(path.parent)
    )


class DataFileError(OSError):
    """The chosen output is a file the program must not replace; ``reason`` says why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(errno.EPERM, reason, str(path))
        self.reason = reason


_SQLITE_HEADER = b"SQLite format 3\x00"
# Files SQLite and the program keep beside a database (its journals, the packages' numbering)
# and the record beside each backup: named after the database they belong to.
_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".secuencias.json", ".json")


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def _refuse_replacing_data(path: Path) -> None:
    """Refuse an output name that is data (a name picked by mistake in a dialog or command).

    A database (the one open, another, a backup) and the files kept beside one are never
    replaced by a report; nor is a device or a pipe, which a rename would turn into a file.
    """
    try:
        _refuse_special(path)
    except DataFileError:
        raise
    except OSError:
        return  # not even looked at: writing it says why
    if _is_database(path):
        raise DataFileError(
            path, f"«{path.name}» es una base de datos; no se reemplaza con otro archivo"
        )
    for suffix in _COMPANION_SUFFIXES:
        owner = path.with_name(path.name.removesuffix(suffix))
        if path.name.endswith(suffix) and owner != path and _is_database(owner):
            raise DataFileError(
                path,
                f"«{path.name}» acompaña a la base de datos «{owner.name}»; no se reemplaza "
                "con otro archivo",
            )


# Files the program keeps beside its database or in its folder (settings, error log, word
# lists, non-working days), named where each is written; a test holds them to those names.
PROGRAM_FILE_NAMES = frozenset(
    {
        "configuracion.ini",
        "errores.txt",
        "dias_inhabiles.json",
        "diccionario_personal.txt",
        "diccionario_coordinacion.txt",
    }
)


# What the program makes in its data folder, maybe later: a report there under one of these
# names (a folder it has not made yet, say) would stop the program from making it.
_DATA_FOLDER_NAMES = PROGRAM_FILE_NAMES | {
    BACKUPS_FOLDER_NAME,
    LOCKS_FOLDER_NAME,
    DATABASE_FILE_NAME,
    *(f"{DATABASE_FILE_NAME}{suffix}" for suffix in _COMPANION_SUFFIXES),
}


def _refuse_replacing_program_file(path: Path) -> None:
    """Refuse a report written over one of the program's own files (a name picked by mistake).

    Elsewhere only an existing one: the name alone, where the program keeps nothing, is a
    user's file. In the data folder, any of its names, made or still to be made. Case is
    ignored, as Windows does.
    """
    name = path.name.casefold()
    taken = name in PROGRAM_FILE_NAMES and path.is_file()
    if taken or (name in _DATA_FOLDER_NAMES and _is_data_folder(path.parent)):
        raise DataFileError(
            path, f"«{path.name}» lo usa el programa; no se reemplaza con otro archivo"
        )


def _is_data_folder(folder: Path) -> bool:
    data = data_dir()
    try:
        return os.path.samefile(folder, data)
    except (OSError, ValueError):
        # One of them is missing (or unreadable): compare how they are spelled.
        spelled = [os.path.normcase(os.path.abspath(p)) for p in (folder, data)]
        return spelled[0] == spelled[1]


def read_at_most(path: Path, limit: int) -> bytes:
    """The bytes of an ordinary file, at most ``limit + 1`` (more than ``limit``: too big).

    A pipe blocks its opening until something writes to it, and a device such as
    ``/dev/zero`` never ends: neither is opened.

    Raises:
        OSError: the file is missing, a folder or unreadable; ``DataFileError`` when it is not
            an ordinary file.
    """
    _refuse_special(path)
    with path.open("rb") as stream:
        return stream.read(limit + 1)


def _refuse_special(path: Path) -> None:
    """Refuse a device or a pipe (a missing file or a folder is said by what opens it)."""
    if not path.is_file() and path.exists() and not path.is_dir():
        raise DataFileError(
            path, f"«{path.name}» no es un archivo común (es un dispositivo o una tubería)"
        )


DISK_FULL = "el disco está lleno; libere espacio y vuelva a intentarlo"


def describe_os_error(exc: OSError) -> str:
    """A failed file operation in Spanish (the system's own text is often in English)."""
    if isinstance(exc, DataFileError):
        return exc.reason
    if exc.errno in {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}:
        return DISK_FULL
    if exc.errno in {errno.EROFS, errno.EACCES, errno.EPERM}:
        return "no hay permiso para escribir ahí (carpeta o disco de solo lectura)"
    if exc.errno == errno.ENOENT:
        return "no existe el archivo o la carpeta"
    # A rename names the file it moved, then the one it moved onto: the first is the hidden
    # temporary file the program made, the second the file the person asked for.
    filename = exc.filename2 or exc.filename
    if exc.errno == errno.ENAMETOOLONG:
        return _too_long(filename)
    # A folder the program makes (copias, a package's folder) where a file has that name.
    name = f" «{filename}»" if filename else ""
    if exc.errno == errno.EEXIST:
        return f"ahí debe ir una carpeta, pero{name} es un archivo"
    if exc.errno == errno.EISDIR:
        return f"{name.strip() or 'el nombre'} es una carpeta, no un archivo"
    if exc.errno == errno.ENOTDIR:
        return f"una parte de la ruta{name} es un archivo, no una carpeta"
    return f"falló el sistema de archivos ({exc.strerror or exc})"


# The longest file or folder name most file systems take (ext4, NTFS, FAT32's long names).
NAME_MAX_BYTES = 255


def _too_long(filename: object) -> str:
    """Which name of a path the system found too long (the system does not say which)."""
    if not isinstance(filename, str | bytes):
        return "el nombre del archivo es demasiado largo; use uno más corto"
    parts = Path(os.fsdecode(filename)).parts or ("",)
    longest = max(parts, key=lambda part: len(os.fsencode(part)))
    if len(os.fsencode(longest)) <= NAME_MAX_BYTES:
        return "la ruta del archivo es demasiado larga; use una carpeta más cercana a la raíz"
    what = "del archivo" if longest == parts[-1] else "de la carpeta"
    shown = longest if len(longest) <= 40 else f"{longest[:20]}…{longest[-12:]}"
    return f"el nombre {what} «{shown}» es demasiado largo; use uno más corto"


def destination_problem(path: Path) -> str | None:
    """Why a file cannot be written at ``path`` (a folder there, the program's data), or None.

    Asked before anything is written or numbered: found only when the file is written, the
    refusal comes after the other files of the same command, or after a package's number was
    taken. A folder that cannot be written is still said by the writing.
    """
    problem = path_problem(path)
    if problem is not None:
        return problem
    if path.is_dir():
        return f"«{path}» es una carpeta, no un archivo; quítela de ahí o elija otra carpeta"
    try:
        _refuse_replacing_data(path)
        _refuse_replacing_program_file(path)
    except DataFileError as exc:
        return exc.reason
    return None


def path_problem(path: Path) -> str | None:
    """Why the system cannot even look ``path`` up (a name too long, say), or ``None``.

    A missing file is no problem here: whatever creates or opens it says so.
    """
    try:
        path.stat()
    except (FileNotFoundError, NotADirectoryError):
        # A name too long in a folder not made yet: the system says «not found» first, and
        # «too long» only when something tries to make it.
        # Windows counts a name's characters (255), Linux its bytes in UTF-8 (255).
        if any(
            (len(part) if os.name == "nt" else len(os.fsencode(part))) > NAME_MAX_BYTES
            for part in path.parts
        ):
            return _too_long(os.fspath(path))
        return None
    except OSError as exc:
        return describe_os_error(exc)
    except ValueError:  # a NUL character: no system takes it
        return f"«{path.name}» no es un nombre de archivo válido"
    return None


def data_dir_problem() -> str | None:
    """Why the folder ``ISM_AVANCE_DATA_DIR`` names cannot be used (a name too long), or ``None``.

    Asked once at start, by the commands and the window alike; the system's own folder
    (without the variable) is never too long, and is not looked up for it.
    """
    override = os.environ.get(DATA_DIR_ENV)
    if not override:
        return None
    # Looked up through a file in it: a name too long is then said as the folder's.
    problem = path_problem(Path(override) / DATABASE_FILE_NAME)
    if problem is None:
        return None
    return f"no se puede usar la carpeta de datos ({DATA_DIR_ENV}): {problem}."
