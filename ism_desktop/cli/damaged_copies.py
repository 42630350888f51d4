"""What a command says after a damaged database: the copies that can mend it, and how.

The window offers the copies at once; at a console the refusal said only that the file is
damaged, and nothing of the backups that put the work back.
"""

from __future__ import annotations

from pathlib import Path

from ism_desktop.domain.backup_text import copies_there
from ism_desktop.workspace.backups import mending_copies_of


def copies_hint(database: Path) -> str:
    """« Hay una copia …: …», said after a damaged file's refusal; "" without copies."""
    try:
        copies = len(mending_copies_of(database))
    except OSError:  # the backups folder unreadable: the refusal alone is still true
        return ""
    if copies == 0:
        return ""
    return (
        f" {copies_there(copies)}: «ism-desktop copias» "
        f"{'la muestra' if copies == 1 else 'las enumera'} y «ism-desktop restaurar NÚMERO» "
        "pone la que elija en su lugar (con la misma --db; antes se guarda otra copia de los "
        "datos como están)."
    )
