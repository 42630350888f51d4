"""A figure typed as another program closed its quarter: kept on screen to note, never saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QLineEdit

from ism_desktop.domain.wording import REOPEN_MENU
from ism_desktop.gui.meta_form_notes import RED, boxed_note


def closed_figure_text(typed: dict[str, str]) -> str:
    """The note for the figures typed, by the name of their cell (e.g. «Realizado T1 NUM»)."""
    figures = "; ".join(f"{name}: «{text}»" for name, text in typed.items())
    return (
        f"NO se guardó lo que escribió en {figures}. Otro programa (u otra ventana) cerró el "
        "trimestre mientras lo escribía, y un trimestre cerrado no se cambia. Anótelo antes de "
        "cambiar de meta o de cerrar el programa; para guardarlo, reabra el trimestre con un "
        f"motivo ({REOPEN_MENU}) o pida a la unidad coordinadora que lo reabra, y vuelva a "
        "escribirlo."
    )


class ClosedFigureNote:
    """Keeps what was typed in figure cells its closed quarter refused, in a red note.

    The cells show the database's figures, read-only (what was sent): the typed one would read
    as saved there. The note names each cell and what was typed in it, while its meta is shown
    and its quarter stays closed; nothing tries to save it again.
    """

    def __init__(self, layout: QLayout) -> None:
        self._kept: str | None = None  # the stable id of the meta whose figures are kept
        self.note = boxed_note(layout, "Cifra no guardada", RED)
        self.note.setObjectName("cifra_no_guardada")
        self.note.hide()

    def keep(self, stable_id: str, typed: dict[QLineEdit, str]) -> None:
        """The cells' typing was refused for a closed quarter: say it, to note, never to save."""
        if not typed:
            return
        self._kept = stable_id
        self.note.setText(closed_figure_text({c.accessibleName(): t for c, t in typed.items()}))
        self.note.show()

    def follow(self, stable_id: str | None, editable: bool) -> None:
        """A meta shown: the note stays only on its own meta while its quarter is closed."""
        if editable or stable_id != self._kept:
            self._kept = None
            self.note.hide()
