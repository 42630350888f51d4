"""Number boxes that read digits typed or pasted at full width («２０２６») as the ones they widen.

An East Asian keyboard types them so, and Word or a phone may paste them: a year box refused
them without a word, and kept its year. The command line reads them too (``typed_number``).
Letters and other scripts' digits stay refused, as the box refused them before.
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QSpinBox
from typing_extensions import override

from ism_desktop.domain.look_alike import fold_widths


class _WideDigitsRead(QValidator):
    """The box's own reading of what is typed, its fullwidth characters folded first."""

    def __init__(self, box: QAbstractSpinBox) -> None:
        super().__init__(box)
        self._box = box

    @override
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # Folded, the field shows «2026»: one character for one, the cursor stays where it was.
        return self._box.validate(fold_widths(text), pos)

    @override
    def fixup(self, text: str) -> str:
        return self._box.fixup(fold_widths(text))


def read_wide_digits(box: QAbstractSpinBox) -> None:
    """Make ``box`` read fullwidth digits typed or pasted into it."""
    field = box.findChild(QLineEdit)
    if field is not None:  # every spin box has its field
        field.setValidator(_WideDigitsRead(box))


def number_box(low: int, high: int) -> QSpinBox:
    """A box for a whole number from ``low`` to ``high`` (a year) that reads fullwidth digits."""
    box = QSpinBox()
    box.setRange(low, high)
    read_wide_digits(box)
    return box
