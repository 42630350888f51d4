"""PAIMEF use cases on the Programa Anual: import and save (backup, audited write, re-validation).

Plain functions over an open ``Store``; the window and the ``paimef`` command both call them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.domain.paimef.programme import Action, AnnualProgramme
from ism_desktop.domain.paimef.programme_diff import describe_changes
from ism_desktop.domain.wording import count
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.programme_json import programme_from_json, programme_to_json
from ism_desktop.exchange.paimef.xlsx_reading import programme_from_xlsx
from ism_desktop.exchange.paimef.xlsx_template import programme_to_xlsx
from ism_desktop.platform import read_at_most, write_atomically
from ism_desktop.store.backup import create_backup
from ism_desktop.store.backup_catalogue import BackupInfo
from ism_desktop.store.errors import describe_failure
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_review import review

REASON_IMPORT_PAIMEF = "antes de importar el Programa Anual PAIMEF"
_MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ProgrammeChange:
    """What a write did: the changes in words, the backup made first, the findings after.

    ``written``: false when the programme was already stored as it is (nothing was written,
    copied or added to the history). ``before``: the programme written over (None: none was
    stored, or nothing was written), as read once for the write: what Deshacer puts back.
    """

    programme: AnnualProgramme
    changes: tuple[str, ...]
    backup: BackupInfo | None
    findings: tuple[PaimefFinding, ...]
    written: bool = True
    before: AnnualProgramme | None = None


class ActionKeyTakenError(Exception):
    """Another acción of the programme as stored now has the clave; nothing was written."""

    def __init__(self, key: str) -> None:
        """Say which clave is taken (Spanish, without a final period)."""
        self.key = key
        super().__init__(f"ya hay una acción con la clave {key}")


class ProgrammeFileExistsError(PaimefFormatError):
    """The export's file is there already (maybe filled to import back); nothing was written."""

    def __init__(self, path: Path) -> None:
        """Say which file is there (Spanish, without a final period)."""
        super().__init__(
            f"ya existe «{path.name}» en «{path.parent}» (¿el Programa Anual que ya llenaron?); "
            "no se escribió nada"
        )
        self.path = path


class StoredProgrammeError(Exception):
    """The file's year already has a stored programme, and replacing it was not asked for.

    The message (Spanish) says what is stored; the window asks. The command replaces it (with
    a backup first), as its contract says.
    """

    def __init__(self, year: int, actions: int, file_name: str, dates: int = 0) -> None:
        """Remember what is stored and the file that would replace it.

        ``dates``: the dates recorded in it; the file replaces them too, so they are named.
        """
        self.year, self.actions, self.file_name = year, actions, file_name
        recorded = f" y {count(dates, 'fecha registrada', 'fechas registradas')}" if dates else ""
        super().__init__(
            f"Ya hay un Programa Anual PAIMEF {year} guardado, con "
            f"{count(actions, 'acción', 'acciones')}{recorded}."
        )


def same_programme_text(file_name: str, year: int) -> str:
    """What the command and the window say when a file holds the programme already stored."""
    return (
        f"El archivo {file_name} tiene el mismo Programa Anual PAIMEF {year} que el guardado: "
        "no se cambió nada."
    )


def read_programme_file(path: Path) -> AnnualProgramme:
    """Read a ``.json`` or ``.xlsx`` programme; ``PaimefFormatError`` says what and where."""
    suffix = path.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        raise PaimefFormatError(f"{path.name}: el archivo debe ser .json o .xlsx.")
    try:
        data = read_at_most(path, _MAX_FILE_BYTES)
        if len(data) > _MAX_FILE_BYTES:
            raise PaimefFormatError(f"{path.name}: el archivo es demasiado grande.")
    except OSError as exc:
        raise PaimefFormatError(
            f"{path.name}: no se pudo leer ({describe_failure(exc)})."
        ) from None
    if suffix == ".xlsx":
        return programme_from_xlsx(data, path.name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PaimefFormatError(f"{path.name}: el archivo no está en UTF-8.") from None
    return programme_from_json(text, path.name)


def write_programme_file(
    programme: AnnualProgramme, path: Path, *, replacing: bool = False
) -> None:
    """Export the programme as ``.json`` or as the ``.xlsx`` template (whole, or not at all).

    A file already at ``path`` may be the one staff filled to import back: it is replaced only
    with ``replacing`` (the window has asked by then).

    Raises:
        ProgrammeFileExistsError: a file is at ``path`` (and ``replacing`` is false).
        PaimefFormatError: the name is neither ``.json`` nor ``.xlsx`` (import reads only
            those), or the file cannot be written (no permission, open in Excel, disk full).
    """
    suffix = path.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        raise PaimefFormatError(f"{path.name}: el archivo debe ser .json o .xlsx.")
    # A folder is not a file someone filled: writing says so, as without the check.
    if path.exists() and not path.is_dir() and not replacing:
        raise ProgrammeFileExistsError(path)
    data = (
        programme_to_xlsx(programme)
        if suffix == ".xlsx"
        else programme_to_json(programme).encode("utf-8")
    )
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise PaimefFormatError(
            f"{path.name}: no se pudo escribir ({describe_failure(exc)})."
        ) from exc


def import_programme(
    store: Store,
    path: Path,
    author: Author,
    today: date,
    backups: Path | None = None,
    year: int | None = None,
    *,
    replacing: bool = False,
) -> ProgrammeChange:
    """Replace the year's programme with the file's: read all, back up, write audited, review.

    ``year``: the one the person named; a file of another year changes nothing. A file that
    holds the programme already stored changes nothing either: no backup, no history line
    (``written`` is false; ``same_programme_text`` says so).

    Raises:
        StoredProgrammeError: the year has a different programme stored and ``replacing`` is
            false; nothing is done, not even the backup.
    """
    programme = read_programme_file(path)
    if year is not None and programme.year != year:
        raise PaimefFormatError(
            f"{path.name} es el Programa Anual {programme.year}, no el de {year} (--ejercicio)."
        )
    stored = store.paimef.load(programme.year)
    # The stored one may hold edits made since it was imported: lost only when the person says.
    # The same programme again changes nothing: no question, no backup, no history line.
    if stored == programme:
        return _unchanged(store, programme, today)
    if stored is not None and not replacing:
        raise StoredProgrammeError(stored.year, len(stored.actions), path.name, len(stored.dates))
    # The copy is made holding the write lock: none when another program keeps the import
    # from writing (each attempt would push an older, different copy out of the rotation).
    with store.one_transaction():
        backup = None
        if store.path is not None and store.path.is_file():
            backup = create_backup(store.path, backups, REASON_IMPORT_PAIMEF)
        what = f"importación de {path.name}"
        return _write(store, stored, programme, author, what, today, backup)


def save_programme(
    store: Store, programme: AnnualProgramme, author: Author, what: str, today: date
) -> ProgrammeChange:
    """Store an edited programme (from the window); nothing is written when nothing changed."""
    return _save(store, store.paimef.load(programme.year), programme, author, what, today)


def edit_programme(
    store: Store,
    shown: AnnualProgramme,
    edit: Callable[[AnnualProgramme], AnnualProgramme],
    author: Author,
    what: str,
    today: date,
) -> ProgrammeChange:
    """Apply one edit of the window to the programme as stored now, not to the window's copy.

    ``shown`` is the window's copy, used only when the year has none stored yet. A command (an
    import, a capture) may have written the programme while the window was open: writing the
    window's whole copy back undid that, and its history blamed this edit for it.

    The stored programme is read once: for the edit, for «nothing changed» and for the history.
    ``edit`` may refuse (``ActionKeyTakenError``, from ``with_action_checked``); nothing is
    written then.
    """
    before = store.paimef.load(shown.year)
    return _save(store, before, edit(before or shown), author, what, today)


def with_action_checked(
    current: AnnualProgramme, action: Action, replacing: str | None
) -> AnnualProgramme:
    """``current`` with ``action`` in place of the acción ``replacing`` (or added).

    Raises:
        ActionKeyTakenError: another acción of ``current`` has the clave of ``action``.
    """
    if action.key != replacing and current.action(action.key) is not None:
        raise ActionKeyTakenError(action.key)
    return current.with_action(action, replacing)


def _save(
    store: Store,
    before: AnnualProgramme | None,
    programme: AnnualProgramme,
    author: Author,
    what: str,
    today: date,
) -> ProgrammeChange:
    if before == programme:
        return _unchanged(store, programme, today)
    return _write(store, before, programme, author, what, today, None)


def _unchanged(store: Store, programme: AnnualProgramme, today: date) -> ProgrammeChange:
    findings = tuple(review(store, programme, today))
    return ProgrammeChange(programme, (), None, findings, written=False)


def _write(
    store: Store,
    before: AnnualProgramme | None,
    programme: AnnualProgramme,
    author: Author,
    what: str,
    today: date,
    backup: BackupInfo | None,
) -> ProgrammeChange:
    """Store ``programme`` over ``before`` (as stored, read once by the caller), audited."""
    changes = describe_changes(before, programme)
    store.paimef.replace(programme, author, what, changes)
    findings = tuple(review(store, programme, today))
    return ProgrammeChange(programme, tuple(changes), backup, findings, before=before)


def latest_programme(store: Store, year: int | None = None) -> AnnualProgramme | None:
    """The programme of ``year``, or of the latest year stored."""
    if year is None:
        years = store.paimef.years()
        if not years:
            return None
        year = years[-1]
    return store.paimef.load(year)
