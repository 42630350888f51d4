"""How backups read in Spanish (dates, sizes, how many), the same in the window and the commands."""

from __future__ import annotations

from datetime import datetime

_KB = 1024
_MB = 1024 * 1024


def backup_date_text(moment: datetime) -> str:
    """A moment in this PC's local time as office staff write it: «02/05/2024 10:31»."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def file_size_text(size: int) -> str:
    """A file size in KB below one megabyte, else in MB with one decimal: «184 KB», «2.5 MB»."""
    if size >= _MB:
        return f"{size / _MB:.1f} MB"
    return f"{max(1, round(size / _KB))} KB"


def copies_there(copies: int) -> str:
    """«Hay una copia …» or «Hay 2 copias de seguridad de esta base de datos»: offered to mend it.

    One copy is «una copia», not «1 copia»: the window and the commands say it alike.
    """
    there = "una copia" if copies == 1 else f"{copies} copias"
    return f"Hay {there} de seguridad de esta base de datos"
