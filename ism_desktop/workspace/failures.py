"""The store's failures as the adapters catch them, without importing the store or the workspace.

Light on purpose: every command imports it before it runs, to turn any database failure into
one Spanish sentence.
"""

from __future__ import annotations

from ism_desktop.store.errors import STORE_FAILURES as STORE_FAILURES
from ism_desktop.store.errors import StoreError as StoreError
from ism_desktop.store.errors import describe_failure as describe_failure
from ism_desktop.store.errors import is_damaged_data as is_damaged_data

CANNOT_OPEN = "No se pudo abrir la base de datos"


def failure_sentence(exc: BaseException) -> str:
    """What went wrong in one Spanish sentence: ours as written, SQLite's own said by cause."""
    if isinstance(exc, (*STORE_FAILURES, OSError)):
        text = describe_failure(exc)
        return f"{text[:1].upper()}{text[1:]}."
    return str(exc)


def cannot_open_text(exc: BaseException) -> str:
    """What the window says when the database cannot be opened: the fact, then its cause.

    Ours says the fact already, naming the file: said once, not as a heading over itself.
    """
    sentence = failure_sentence(exc)
    if sentence.startswith(CANNOT_OPEN):
        return sentence
    return f"{CANNOT_OPEN}.\n\n{sentence}"
