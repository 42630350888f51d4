"""The status line's copy of a figure refused, kept only while the figure stays refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from ism_desktop.gui.meta_form import MetaForm

REFUSAL_SHOWN_MS = 8000


def say_refusals(form: MetaForm, bar: QStatusBar) -> None:
    """Show each figure ``form`` refuses in ``bar`` a while; gone once no figure is refused.

    Reloaded (undo, another meta and back, Esc, the data read again), the cell shows the stored
    figure and its red mark is gone: the line still said «… No se guardó.» beside it.
    """
    said = [""]

    def on_rejected(text: str) -> None:
        said[0] = text
        bar.showMessage(text, REFUSAL_SHOWN_MS)

    def on_settled() -> None:
        if said[0] and bar.currentMessage() == said[0]:
            bar.clearMessage()
        said[0] = ""

    form.input_rejected.connect(on_rejected)
    form.input_settled.connect(on_settled)
