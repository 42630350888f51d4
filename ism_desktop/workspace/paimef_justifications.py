"""Justifying a PAIMEF warning: the reason, who and when; errors are corrected, not justified."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ism_desktop.domain.audit import Author
from ism_desktop.domain.limits import text_problem
from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.store.errors import StoreError
from ism_desktop.store.store import Store


class JustificationRefusedError(ValueError):
    """A justification that cannot be stored (an error, an empty text); Spanish message."""


@dataclass(frozen=True, slots=True)
class WarningJustification:
    """Why a warning is accepted, by whom and when."""

    text: str
    author: str
    at: str


def finding_key(finding: PaimefFinding) -> tuple[str, str, str]:
    """What identifies a finding from one review to the next: rule, acción and field."""
    return finding.key


def justify(
    store: Store, year: int, finding: PaimefFinding, text: str, author: Author
) -> WarningJustification:
    """Store the reason a warning is accepted (replacing an earlier one)."""
    if finding.is_error:
        raise JustificationRefusedError(
            f"«{finding.rule}» es un error: no se justifica, se corrige en el Programa Anual."
        )
    if not text.strip():
        raise JustificationRefusedError("la justificación está vacía; escriba el motivo.")
    # As for a meta's justification: no control character, at most 20 000 characters.
    problem = text_problem(text.strip(), feminine=True)  # la justificación
    if problem is not None:
        # Said after «No se guardó:» in the window, after «Error:» in the command line.
        raise JustificationRefusedError(f"la justificación {problem}.")
    at = datetime.now().astimezone().isoformat(timespec="seconds")
    who = store.paimef.save_justification(year, finding_key(finding), text.strip(), author, at)
    return WarningJustification(text.strip(), who, at)


def justification_refused(
    justify_with: Callable[[int, PaimefFinding, str], object],
    year: int,
    finding: PaimefFinding,
    text: str,
) -> str | None:
    """``justify_with`` (the window's, with undo), saying why not instead of raising.

    «No se guardó: …»; None once stored.
    """
    try:
        justify_with(year, finding, text)
    except (JustificationRefusedError, StoreError) as exc:  # StoreError: busy, read-only, full
        return f"No se guardó: {exc}"
    return None


def remove_justification(
    store: Store, year: int, finding: PaimefFinding, author: Author
) -> WarningJustification | None:
    """Take back a warning's stored justification, audited; the one removed (None: none was)."""
    return remove_justification_of(store, year, finding_key(finding), author)


def remove_justification_of(
    store: Store, year: int, key: tuple[str, str, str], author: Author
) -> WarningJustification | None:
    """``remove_justification`` by (rule, acción, field): the warning may no longer be shown."""
    stored = store.paimef.justifications(year).get(key)
    if stored is None:
        return None  # nothing taken back: no line in the history
    # The text is the user's own: the history keeps what was removed, whole.
    detail = f"Se quitó la justificación: «{stored[0]}»."
    store.paimef.restore_justification(year, key, None, author, detail)
    return WarningJustification(*stored)


def withdrawal_refused(
    remove_with: Callable[[int, PaimefFinding], object], year: int, finding: PaimefFinding
) -> str | None:
    """``remove_with`` (the window's, with undo), saying why not instead of raising.

    «No se quitó la justificación: …»; None once taken back.
    """
    try:
        remove_with(year, finding)
    except StoreError as exc:  # busy, read-only, full
        return f"No se quitó la justificación: {exc}"
    return None


def stored_keys(
    store: Store, year: int, rule: str, action: str | None, field: str | None
) -> list[tuple[str, str, str]]:
    """The keys of the year's stored justifications of ``rule`` (and acción, field if given)."""
    return [
        key
        for key in store.paimef.justifications(year)
        if key[0] == rule and action in (None, key[1]) and field in (None, key[2])
    ]


def justifications(store: Store, year: int) -> dict[tuple[str, str, str], WarningJustification]:
    """The stored justifications of a year, by finding key."""
    return {
        key: WarningJustification(text, author, at)
        for key, (text, author, at) in store.paimef.justifications(year).items()
    }
