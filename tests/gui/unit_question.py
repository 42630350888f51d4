"""Answer the program's «Unidad:» question (a ``QInputDialog`` with a list) as a person would.

``pick`` sees the units offered and the one shown first; it returns the unit chosen, or
``None`` for «Cancelar».
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QInputDialog

Pick = Callable[[list[str], int], str | None]


def answer_unit(monkeypatch: pytest.MonkeyPatch, pick: Pick) -> None:
    """Every list question the program asks answered by ``pick``, without showing it."""

    def answered(dialog: QInputDialog) -> int:
        items = dialog.comboBoxItems()
        chosen = pick(items, items.index(dialog.textValue()) if items else -1)
        if chosen is None:
            return int(QInputDialog.DialogCode.Rejected)
        dialog.setTextValue(chosen)
        return int(QInputDialog.DialogCode.Accepted)

    monkeypatch.setattr(QInputDialog, "exec", answered)
