"""An evaluation its quarter refused, closed meanwhile: kept on screen to copy, never saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLayout

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import REOPEN_MENU
from ism_desktop.gui.meta_form_notes import RED, boxed_note
from ism_desktop.gui.narrative_edit import NarrativeEdit

CLOSED_TEXT_NOTE = (
    "Este texto NO se guardó: el trimestre se cerró mientras lo escribía. Cópielo (Ctrl+A y "
    "Ctrl+C) antes de cambiar de meta o de cerrar el programa, o pida que se reabra el trimestre "
    f"({REOPEN_MENU}) y vuelva a escribirlo."
)


class ClosedTextNote:
    """Keeps a refused evaluation in its box (read-only) with a note saying it was not saved.

    The box is no longer «modified»: nothing tries to save it again while its quarter stays
    closed. Reopened (here or by another program), its meta shown again hands the text back as
    typing not yet saved: autosaved, or saved on leaving the box, as if just typed.
    """

    def __init__(
        self, narrative: NarrativeEdit, layout: QLayout, typed_again: Callable[[], None]
    ) -> None:
        self._narrative = narrative
        self._typed_again = typed_again  # starts the autosave wait, as a keystroke does
        # The meta's stable id, the quarter whose evaluation it was, the text kept.
        self._kept: tuple[str, Quarter, str] | None = None
        self.note = boxed_note(layout, "Texto no guardado", RED, CLOSED_TEXT_NOTE)
        self.note.setObjectName("texto_no_guardado")
        self.note.hide()
        # Any other text shown in the box (another meta, the stored one) ends the note.
        narrative.textChanged.connect(self._on_text_changed)

    def keep(self, stable_id: str, quarter: Quarter) -> None:
        """The box's typing was refused for a closed quarter: keep it to copy, not to save."""
        self._kept = (stable_id, quarter, self._narrative.toPlainText())
        self._narrative.document().setModified(False)
        self.note.show()

    @property
    def holding(self) -> bool:
        """Whether the box shows a refused text, kept to be copied and never saved."""
        return self._kept is not None

    def follow(self, stable_id: str, quarter: Quarter, editable: bool) -> bool:
        """Whether the box keeps its text for this meta: kept while it cannot be typed in.

        Once it can (its quarter reopened), the text still in the box is handed back as typing
        not yet saved and the note goes: it was the person's writing, never meant to be lost.
        """
        if self._kept is None or self._kept[:2] != (stable_id, quarter):
            return False
        if not editable:
            return True
        # The box still shows the kept text: any other text shown in it ended the note.
        self._kept = None
        self.note.hide()
        self._narrative.document().setModified(True)
        self._typed_again()
        return True

    def _on_text_changed(self) -> None:
        if self._kept is not None and self._narrative.toPlainText() != self._kept[2]:
            self._kept = None
            self.note.hide()
