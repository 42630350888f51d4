"""A batch of files received in one transaction, or rehearsed in one that is then undone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from ism_desktop.exchange.intake.outcomes import ReceiveOutcome
from ism_desktop.exchange.package.manifest import file_label
from ism_desktop.store.errors import StoreError
from ism_desktop.store.store import Store


def rehearsed(
    store: Store, paths: Sequence[Path], receive: Callable[[int, Path], ReceiveOutcome]
) -> list[ReceiveOutcome] | None:
    """Each file checked and written in turn, then all undone: what applying would do.

    So a unit's second package is judged after its first, as it will be applied. None when
    that could not be done (another program holds the database, or SQLite dropped the
    transaction): the caller then checks each file on its own against the database as it is.
    """
    outcomes: list[ReceiveOutcome] = []
    try:
        with store.rehearsal():
            for slot, path in enumerate(paths):
                outcomes.append(receive(slot, path))
                if not store.in_transaction:
                    return None
    except StoreError:
        return None
    return [replace(outcome, applied=False) for outcome in outcomes]


def as_given(outcomes: Sequence[ReceiveOutcome], order: Sequence[int]) -> list[ReceiveOutcome]:
    """The outcomes, taken in ``order``, put back in the order the files were given."""
    given: list[ReceiveOutcome] = list(outcomes)
    for slot, position in enumerate(order):
        given[position] = outcomes[slot]
    return given


def in_one_transaction(
    store: Store,
    paths: Sequence[Path],
    receive: Callable[[int, Path], ReceiveOutcome],
    check: Callable[[int, Path], ReceiveOutcome] | None = None,
) -> list[ReceiveOutcome]:
    """Each file in turn inside one transaction, committed once with one sync to disk.

    If the commit fails, or SQLite dropped the transaction, none was written and every file not
    refused already says so; ``check`` then says why each would have been refused anyway.
    """
    outcomes: list[ReceiveOutcome] = []
    try:
        with store.one_transaction():
            for index, path in enumerate(paths):
                outcomes.append(receive(index, path))
                if not store.in_transaction:
                    break  # SQLite dropped the batch; reported below, nothing more is tried
    except StoreError as exc:
        if not outcomes and check is not None:
            # The batch could not begin (another program holds the database): each file is
            # still checked, so that one refused anyway says why, as when written one by one.
            outcomes = [check(index, path) for index, path in enumerate(paths)]
        # The store's sentence goes after a colon: «…el paquete: otro programa…».
        cause = str(exc).rstrip(".")
        reason = f"no se pudo guardar el paquete: {cause[:1].lower()}{cause[1:]}"
        return [
            outcomes[index]
            if index < len(outcomes) and outcomes[index].refused
            else ReceiveOutcome(path, error=f"«{file_label(path)}»: {reason}")
            for index, path in enumerate(paths)
        ]
    return outcomes


class BatchStoppedError(Exception):
    """What runs before the first write failed: the batch ends with that error."""

    def __init__(self, failure: Exception) -> None:
        super().__init__(str(failure))
        self.failure = failure


class Once:
    """Runs a callable the first time it is called, never again."""

    def __init__(self, action: Callable[[], object] | None) -> None:
        self._action = action

    def __call__(self) -> None:
        """The action, on the first call only."""
        action, self._action = self._action, None
        if action is not None:
            action()
