"""A filled workbook has no sequence number: when it was saved hints at an older copy.

Excel writes the moment of each save into the file (``dcterms:modified``, in UTC); LibreOffice
writes the local time marked as UTC. A unit may send its workbook twice, partly filled and then
complete; received in the wrong order (the quarter reopened for it), the older copy would put
back what the newer replaced. Clocks and programs make the moment a hint, not a proof: the
review says it, and the person decides.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime, timedelta

from openpyxl.workbook.workbook import Workbook

from ism_desktop.domain.local_time import local_time_phrase
from ism_desktop.domain.package_records import ReceivedPackage
from ism_desktop.exchange.package.manifest import PackageManifest

_APPLICATION = re.compile(rb"<Application>([^<]{0,300})</Application>")
# A record whose «saved» moment is the moment it was read, not saved (no time in the file, or
# received by an earlier version, which kept that): read and applied within this of each other.
_READ_WHEN_RECEIVED = timedelta(minutes=2)


def _written_by_libreoffice(raw: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive, archive.open("docProps/app.xml") as part:
            head = part.read(64 * 1024)  # the part is checked safe already; a few hundred bytes
    except (KeyError, OSError, zipfile.BadZipFile, EOFError):
        return False
    found = _APPLICATION.search(head)
    return found is not None and found.group(1).startswith(b"LibreOffice")


def saved_at(book: Workbook, raw: bytes) -> datetime | None:
    """When the workbook says it was last saved, if it says."""
    modified = book.properties.modified
    if not isinstance(modified, datetime):
        return None
    if modified.tzinfo is not None:
        return modified
    if _written_by_libreoffice(raw):
        # Its «Z» marks the local wall time: read as this PC's (the office's PCs share a zone).
        return modified.astimezone()
    return modified.replace(tzinfo=UTC)


def _saved_then(previous: ReceivedPackage) -> datetime | None:
    """When the workbook received last was saved; None when that is not known."""
    if not previous.file_name.lower().endswith(".xlsx"):
        return None  # a package: its sequence numbers order it, not a moment
    try:
        saved = datetime.fromisoformat(previous.created_at)
        received = datetime.fromisoformat(previous.received_at)
    except ValueError:
        return None
    if saved.tzinfo is None or received.tzinfo is None:
        return None
    return None if saved >= received - _READ_WHEN_RECEIVED else saved


def older_copy_note(
    saved: datetime | None, manifest: PackageManifest, previous: ReceivedPackage | None
) -> str | None:
    """The review's note for a workbook saved before the last one received of its quarter."""
    before = None if previous is None else _saved_then(previous)
    if saved is None or previous is None or before is None or saved >= before:
        return None
    return (
        f"este libro dice que se guardó {local_time_phrase(saved.isoformat())}, antes que el "
        f"libro de la unidad {manifest.unit} del trimestre {int(manifest.quarter)} que ya se "
        f"recibió (guardado {local_time_phrase(previous.created_at)}): puede ser una copia "
        "anterior, y recibirlo desharía lo más nuevo; revise sus cambios antes de guardarlos"
    )
