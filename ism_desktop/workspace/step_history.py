"""An undo history of steps: what Undo and Redo walk, optionally capped to its newest steps."""

from __future__ import annotations

from typing import Generic, TypeVar

S = TypeVar("S")


class StepHistory(Generic[S]):
    """The steps that Undo and Redo walk; ``generation`` grows whenever the history changes.

    ``limit``: at most that many steps are kept, the oldest forgotten first (None: no limit).
    """

    def __init__(self, limit: int | None = None) -> None:
        self._steps: list[S] = []
        self._index = 0  # steps before it are done, from it on undone (redo-able)
        self._limit = limit
        self.generation = 0

    def push(self, step: S) -> None:
        """Record a step just written; the redo part is forgotten.

        A step written is closed: a later save of the same field (the evaluation saved again
        after a pause) is a step of its own, never merged into it, so that Undo takes back one
        save at a time and never skips a text that was saved.
        """
        del self._steps[self._index :]
        self._steps.append(step)
        if self._limit is not None and len(self._steps) > self._limit:
            del self._steps[: len(self._steps) - self._limit]
        self._index = len(self._steps)
        self._changed()

    def clear(self) -> None:
        """Forget every step (after an import, a received package or a restore)."""
        if self._steps:
            self._steps.clear()
            self._index = 0
            self._changed()

    def to_undo(self) -> S | None:
        """The step Undo would reverse."""
        return self._steps[self._index - 1] if self._index > 0 else None

    def to_redo(self) -> S | None:
        """The step Redo would write again."""
        return self._steps[self._index] if self._index < len(self._steps) else None

    def undone(self) -> None:
        """The step to undo was reversed."""
        self._index -= 1
        self._changed()

    def redone(self, step: S | None = None) -> None:
        """The step to redo was written again (``step``: it, with what this write recorded)."""
        if step is not None:
            self._steps[self._index] = step
        self._index += 1
        self._changed()

    def drop_undo(self) -> None:
        """Forget the step to undo (refused: its fields changed since); older steps stay."""
        del self._steps[self._index - 1]
        self._index -= 1
        self._changed()

    def drop_redo(self) -> None:
        """Forget the step to redo (refused: its fields changed since)."""
        del self._steps[self._index]
        self._changed()

    def __len__(self) -> int:
        return len(self._steps)

    def _changed(self) -> None:
        self.generation += 1
