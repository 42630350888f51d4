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
    and its quarter stays closed; nothing tries to save it again. Reopened, the typing is handed
    back to be typed again in its cells, as typing not yet saved.
    """

    def __init__(self, layout: QLayout) -> None:
        self._kept: str | None = None  # the stable id of the meta whose figures are kept
        self._typed: dict[QLineEdit, str] = {}
        self.note = boxed_note(layout, "Cifra no guardada", RED)
        self.note.setObjectName("cifra_no_guardada")
        self.note.hide()

    def keep(self, stable_id: str, typed: dict[QLineEdit, str]) -> None:
        """The cells' typing was refused for a closed quarter: say it, to note, never to save."""
        if not typed:
            return
        self._kept = stable_id
        self._typed = dict(typed)
        self.note.setText(closed_figure_text({c.accessibleName(): t for c, t in typed.items()}))
        self.note.show()

    def follow(self, stable_id: str | None, editable: bool) -> dict[QLineEdit, str]:
        """A meta shown: the note stays only on its own meta while its quarter is closed.

        Returns what to type back in the cells: the kept typing when its meta is shown again
        editable (its quarter reopened, here or by another program), else nothing.
        """
        if stable_id == self._kept and not editable:
            return {}
        back = self._typed if stable_id == self._kept else {}
        self._kept = None
        self._typed = {}
        self.note.hide()
        return back
