"""A unit's package written aside (Ctrl+E): its box counts the page and sheets, and cancels.

On a slow office laptop with a big programme the package takes a while. «Cancelar» (or Escape)
stops it after the page or sheet in hand and before anything is written: no file in the
folder, no number taken, the quarter as it was. Pressed once the package was written and
recorded, it stops nothing, and the window says that the package was saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ism_desktop.gui.report_writing import EXPORT_WORDS, counting_pages, counting_sheets
from ism_desktop.gui.task_runner import Steps
from ism_desktop.gui.work_box import CancelWords

if TYPE_CHECKING:
    from ism_desktop.exchange.export.report_package import ExportedPackage
    from ism_desktop.workspace.workspace import Workspace

EXPORTING = "Validando y exportando el paquete…"
PACKAGE_CANCELLED = (
    "Exportación del paquete cancelada: no se escribió ningún archivo ni se registró el envío."
)
# The same «Cancelando…» as the report's export: the package stops after a page or a sheet.
PACKAGE_WORDS = CancelWords(
    "La ventana se cerrará al terminar. Para no esperar, pulse «Cancelar»: no se guarda el "
    "paquete.",
    EXPORT_WORDS.cancelling,
)


def package_steps() -> Steps:
    """The steps of one package's export: counted on its box, stopped by its «Cancelar»."""
    return Steps(words=PACKAGE_WORDS)


def package_work(workspace: Workspace, folder: Path, steps: Steps) -> Callable[[], ExportedPackage]:
    """The export of the unit's package into ``folder``, with its PDF and Excel beside it.

    Run aside (over a connection of its own); it tells ``steps`` each page and sheet, and
    raises ``WorkCancelledError`` at the next one once «Cancelar» was pressed, before the
    package's number is taken or a file written.
    """
    from ism_desktop.exchange.export.export_steps import ExportSteps

    told = ExportSteps(
        counting_pages(steps, EXPORTING), counting_sheets(steps, EXPORTING), steps.stop_if_asked
    )

    def work() -> ExportedPackage:
        # Looked up here: the module is loaded with the first package, not with the window.
        from ism_desktop.exchange.export.report_package import write_documents_beside

        exported = workspace.in_own_connection(lambda w: w.export_package(folder, told))
        # Past the last step that stops: the package is written and recorded, and the PDF and
        # Excel beside it are copies of its own.
        write_documents_beside(exported.path)
        return exported

    return work


def too_late(exported: ExportedPackage) -> str:
    """What the window says of a «Cancelar» that came once ``exported`` was saved."""
    return (
        f"«Cancelar» llegó tarde: ya se guardó el paquete «{exported.path.name}» (envío número "
        f"{exported.manifest.sequence}) con su PDF y su Excel, y se registró como enviado."
    )
