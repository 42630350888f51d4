"""An evaluation its quarter refused, closed meanwhile: kept on screen to copy, never saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout

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

    The box is no longer «modified»: nothing tries to save it again, on a closed quarter or
    after a reopening the person did not ask for it to be written in.
    """

    def __init__(self, narrative: NarrativeEdit, layout: QLayout) -> None:
        self._narrative = narrative
        self._kept: tuple[str, str] | None = None  # the meta's stable id, the text kept
        self.note = boxed_note(layout, "Texto no guardado", RED, CLOSED_TEXT_NOTE)
        self.note.setObjectName("texto_no_guardado")
        self.note.hide()
        # Any other text shown in the box (another meta, the stored one) ends the note.
        narrative.textChanged.connect(self._on_text_changed)

    def keep(self, stable_id: str) -> None:
        """The box's typing was refused for a closed quarter: keep it to copy, never to save."""
        self._kept = (stable_id, self._narrative.toPlainText())
        self._narrative.document().setModified(False)
        self.note.show()

    def holds(self, stable_id: str, editable: bool) -> bool:
        """Whether the box keeps a refused text of this meta (only while it cannot be typed)."""
        return not editable and self._kept is not None and self._kept[0] == stable_id

    def _on_text_changed(self) -> None:
        if self._kept is not None and self._narrative.toPlainText() != self._kept[1]:
            self._kept = None
            self.note.hide()
