"""Importing an official report from the window: read it, ask before it overwrites, then store.

The official text replaces, for its quarter, the figures and evaluations this database holds:
at a unit that is the work typed since. Nothing is written until the person has seen what it
replaces and said yes; the copy of the data kept before the import is named in the question.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QWidget

from ism_desktop.domain.wording import count
from ism_desktop.gui.dialog_buttons import ask_between

if TYPE_CHECKING:
    from ism_desktop.exchange.etca.report_import import ImportSummary
    from ism_desktop.gui.main_window import MainWindow
    from ism_desktop.workspace.changes import ReportPreview
    from ism_desktop.workspace.workspace import Workspace

T = TypeVar("T")
# Lines shown in the question itself; all of them behind «Mostrar los detalles...».
_SHOWN = 8


def overwrite_question(name: str, lines: Sequence[str]) -> tuple[str, str]:
    """The question's text, and the whole list when the text shows only its start."""
    listed = "\n".join(line.strip() for line in lines[:_SHOWN])
    rest = len(lines) - _SHOWN
    more = f"\ny {count(rest, 'cambio más', 'cambios más')}." if rest > 0 else ""
    already = "ya está" if len(lines) == 1 else "ya están"
    text = (
        f"«{name}» reemplaza {count(len(lines), 'cifra o texto', 'cifras o textos')} que "
        f"{already} en esta base de datos:\n\n{listed}{more}\n\n"
        "Antes de importarlo se guarda una copia de los datos (Archivo → Restaurar copia…). "
        "¿Importar el informe?"
    )
    details = "\n".join(line.strip() for line in lines) if rest > 0 else ""
    return text, details


def ask_to_overwrite(parent: QWidget, name: str, lines: Sequence[str]) -> bool:
    """«Importar» / «Cancelar», «Cancelar» being the default: Enter keeps the work."""
    text, details = overwrite_question(name, lines)
    return ask_between(
        parent,
        "Importar informe oficial",
        text,
        "Importar",
        "Cancelar",
        warning=True,
        enter_rejects=True,
        details=details,
    )


def _in_background(workspace: Workspace, work: Callable[[Workspace], T]) -> Callable[[], T]:
    """``work`` on the workspace's own connection (an in-memory store has only the one)."""
    if workspace.store.path is None:
        return lambda: work(workspace)
    return lambda: workspace.in_own_connection(work)


def import_report(
    window: MainWindow,
    path: Path,
    on_imported: Callable[[ImportSummary], object],
) -> None:
    """Read ``path`` in the background, ask if it overwrites anything, then store it."""
    from ism_desktop.gui.window_dialogs import import_error

    window.form.flush()
    workspace = window.session.workspace

    def store(preview: ReportPreview) -> None:
        if preview.overwritten and not ask_to_overwrite(window, path.name, preview.overwritten):
            window.statusBar().showMessage(f"No se importó «{path.name}»; no cambió nada.", 10000)
            return
        window.tasks.run(
            f"Importando «{path.name}»…",
            _in_background(workspace, lambda w: w.import_report(preview.loaded).summary),
            on_imported,
            describe_error=import_error,
            title="No se pudo importar el informe",
        )

    window.tasks.run(
        f"Leyendo «{path.name}»…",
        _in_background(workspace, lambda w: w.preview_report(path)),
        store,
        describe_error=import_error,
        title="No se pudo importar el informe",
    )
