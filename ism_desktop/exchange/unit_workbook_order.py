"""A filled workbook has no sequence number: when it was saved tells an older copy from a newer.

Excel and LibreOffice write the moment of each save into the file (``dcterms:modified``, in
UTC). A unit may send its workbook twice, partly filled and then complete; received in the wrong
order (the quarter reopened for it), the older copy would put back what the newer replaced.
"""

from __future__ import annotations

from datetime import UTC, datetime

from openpyxl.workbook.workbook import Workbook

from ism_desktop.domain.local_time import local_time_phrase
from ism_desktop.domain.package_records import ReceivedPackage
from ism_desktop.exchange.package.manifest import PackageManifest, PackageRefusedError


def saved_at(book: Workbook) -> datetime | None:
    """When the workbook was last saved, if it says (a naive moment in the file is UTC)."""
    modified = book.properties.modified
    if not isinstance(modified, datetime):
        return None
    return modified if modified.tzinfo is not None else modified.replace(tzinfo=UTC)


def _was_saved(last: ReceivedPackage) -> datetime | None:
    """When the last workbook received of the unit was saved; None if that is not known."""
    if not last.file_name.lower().endswith(".xlsx"):
        return None  # a package: its sequence numbers order it, not a moment
    try:
        moment = datetime.fromisoformat(last.created_at)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def refuse_older_copy(
    label: str, saved: datetime | None, manifest: PackageManifest, last: ReceivedPackage | None
) -> None:
    """Refuse a workbook saved before the last one received of its unit and quarter."""
    if (
        saved is None
        or last is None
        or (last.year, last.quarter)
        != (
            manifest.year,
            manifest.quarter,
        )
    ):
        return
    before = _was_saved(last)
    if before is None or saved >= before:
        return
    raise PackageRefusedError(
        label,
        f"este libro se guardó {local_time_phrase(saved.isoformat())}, antes que el libro de la "
        f"unidad {manifest.unit} del trimestre {int(manifest.quarter)} que ya se recibió "
        f"(guardado {local_time_phrase(last.created_at)}): es una copia anterior y desharía lo "
        "más nuevo; pida a la unidad su libro más reciente",
    )
