"""The box of a meta's qualitative evaluation: its editor, its length, its not-saved note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from ism_desktop.gui.closed_text_note import ClosedTextNote
from ism_desktop.gui.narrative_edit import NarrativeEdit


class EvaluationBox(QGroupBox):
    """The editor, the count of characters under it and the note of a text refused."""

    def __init__(self, typed_again: Callable[[], None]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.narrative = NarrativeEdit()
        self.narrative.setAccessibleName("Evaluación cualitativa")
        self.narrative.setObjectName("evaluacion")
        self.narrative.setMinimumHeight(60)
        self.char_count = QLabel()
        layout.addWidget(self.narrative)
        layout.addWidget(self.char_count)
        # typed_again: a text handed back once its quarter is reopened waits for the autosave.
        self.closed_text = ClosedTextNote(self.narrative, layout, typed_again)
