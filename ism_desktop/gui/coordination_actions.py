"""Receiving packages (menu or drag-and-drop) and the coordinating unit's own actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from ism_desktop.domain.dependency_words import CODE_ROOM, of_dependency
from ism_desktop.domain.profile import Role
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.package.writer import coordinating_key
from ism_desktop.gui.actions import Shortcut, make_action
from ism_desktop.gui.bases_warning import may_send_bases
from ism_desktop.gui.dialog_buttons import confirm_loss, letter_answers
from ism_desktop.gui.exported_box import show_saved_file
from ism_desktop.gui.observation_words import (
    observations_saved,
    own_meta_said,
    waiting,
    with_observations,
)
from ism_desktop.gui.package_files import PACKAGE_FILTER, dropped_files, left_out_of_drop
from ism_desktop.gui.places import choose_folder, open_files
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.gui.task_runner import TaskRunner, describe_error
from ism_desktop.gui.unit_labels import unit_choices
from ism_desktop.gui.written_elsewhere import read_own_writes
from ism_desktop.workspace.changes import WorkspaceError
from ism_desktop.workspace.package_names import bases_written, observations_written

if TYPE_CHECKING:
    from ism_desktop.domain.quarter import Quarter
    from ism_desktop.exchange.export.observations import ExportedObservations
    from ism_desktop.exchange.intake.packages import ReceiveOutcome
    from ism_desktop.gui.spelling_support import SpellingSupport


def failure_message(what: str) -> Callable[[Exception], str]:
    """How a failed coordination task is said: ``what`` went wrong, and why, in Spanish."""

    def describe(exc: Exception) -> str:
        if type(exc).__module__.startswith("ism_desktop."):
            return f"{what}: {exc}"  # the program's own errors are written for the person
        # SQLite and the system speak English, and anything else is a defect (recorded).
        return f"{what}. {describe_error(exc)}"

    return describe


class CoordinationActions(QObject):
    """Recibir paquetes for everyone; board, bases and observations for the coordinator."""

    packages_received = Signal(list)  # of ReceiveOutcome
    received_shown = Signal()  # the summary of a receipt, closed

    def __init__(
        self,
        window: QMainWindow,
        session: ReportSession,
        tasks: TaskRunner,
        current_meta_id: Callable[[], str | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._tasks = tasks
        self._current_meta_id = current_meta_id
        # Given by the window once its dictionary starts loading: the board says while it loads.
        self.spelling: SpellingSupport | None = None
        self.receive_action = self._action(
            "&Recibir paquetes…", self.choose_packages, QKeySequence("Ctrl+R")
        )
        self.board_action = self._action("&Tablero de entregas…", self.show_board)
        self.send_bases_action = self._action(
            "Enviar programa &base a las unidades…", self.choose_bases_folder
        )
        self.observe_action = self._action("Agregar &observación a la meta…", self.add_observation)
        self.send_observations_action = self._action(
            "Enviar observaciones a una &unidad…", self.choose_observations_unit
        )
        self.update_for_profile()

    def _action(self, text: str, slot: Callable[[], None], shortcut: Shortcut = None) -> QAction:
        return make_action(self._window, text, slot, shortcut)

    def update_for_profile(self) -> None:
        """Coordinator-only actions are shown only to the coordinating unit."""
        coordinator = self._session.profile.role is Role.COORDINATOR
        for action in (
            self.board_action,
            self.send_bases_action,
            self.observe_action,
            self.send_observations_action,
        ):
            action.setVisible(coordinator)
            action.setEnabled(coordinator)

    def choose_packages(self) -> None:
        """Pick package files to receive."""
        names = open_files(self._window, "Recibir paquetes", PACKAGE_FILTER)
        if names:
            self.receive([Path(name) for name in names])

    def receive_dropped(self, mime: QMimeData) -> None:
        """Receive the packages dropped on the window, saying first which files were left out."""
        packages, others = dropped_files(mime)  # read now: the drop's data ends with it
        if packages:
            # After the drop returns: a box shown inside it held the file manager's drag.
            QTimer.singleShot(0, lambda: self._receive_dropped(packages, others))

    def _receive_dropped(self, packages: list[Path], others: list[Path]) -> None:
        if others:
            QMessageBox.information(self._window, "Recibir paquetes", left_out_of_drop(others))
        self.receive(packages)

    def receive(self, paths: Sequence[Path]) -> None:
        """Check every file (nothing written), show the changes, then apply what is accepted."""
        workspace = self._session.workspace

        def check() -> list[ReceiveOutcome]:
            return workspace.in_own_connection(lambda w: w.check_packages(paths))

        self._tasks.run(
            "Revisando los paquetes…",
            check,
            self._confirm,
            describe_error=failure_message("No se pudieron revisar los paquetes"),
            title="Recibir paquetes",
        )

    def _confirm(self, outcomes: list[ReceiveOutcome]) -> None:
        from ism_desktop.gui.receive_dialog import ReceiveDialog  # loaded when first needed

        dialog = ReceiveDialog(outcomes, self._window)
        if dialog.exec() != ReceiveDialog.DialogCode.Accepted:
            return
        workspace = self._session.workspace

        def apply() -> list[ReceiveOutcome]:
            from ism_desktop.workspace.spelling_words import keep_coordination_words

            # The refused files go along unapplied: the final box counts them and says why,
            # as the review did and as import-package does.
            results = list(
                workspace.in_own_connection(lambda w: w.apply_packages(outcomes).outcomes)
            )
            keep_coordination_words(results)
            return results

        self._tasks.run(
            "Guardando los paquetes…",
            apply,
            self._on_applied,
            describe_error=failure_message("No se guardaron los paquetes"),
            title="Recibir paquetes",
            after_failure=lambda: read_own_writes(self._session),
        )

    def _on_applied(self, results: list[ReceiveOutcome]) -> None:
        self._session.reload()
        self.packages_received.emit(results)
        from ism_desktop.gui.received_box import show_received  # loaded when first needed

        show_received(self._window, results, self._closed_under(results))
        self.received_shown.emit()

    def _closed_under(self, results: list[ReceiveOutcome]) -> Quarter | None:
        """The quarter reported here, when observations of it came and this unit closed it.

        Asked once for the batch, and only then: the coordinator's own quarter takes none.
        """
        from ism_desktop.gui.received_box import observations_for

        profile = self._session.profile
        if profile.role is not Role.UNIT:
            return None
        if not any(observations_for(result, profile.quarter) for result in results):
            return None
        return profile.quarter if self._session.own_quarter_closed() else None

    def show_board(self) -> None:
        """The completeness board of the quarter, prepared aside (``board_opening``)."""
        from ism_desktop.gui.board_opening import show_board

        pending = self.spelling is not None and self.spelling.loading
        show_board(self._window, self._session, spelling_pending=pending)

    def choose_bases_folder(self) -> None:
        """Write one programme base per unit into a folder."""
        year = self._session.profile.year
        if not may_send_bases(self._window, self._session.workspace):
            return
        folder = choose_folder(self._window, f"Carpeta donde guardar los programas base {year}")
        if not folder or not self._may_write_bases(Path(folder)):
            return
        from ism_desktop.workspace.spelling_words import words_to_send

        def work() -> int:
            return self._session.workspace.in_own_connection(
                lambda w: w.export_bases(Path(folder), words=words_to_send())
            )

        self._tasks.run(
            "Preparando los programas base…",
            work,
            lambda sent: self._saved_own(
                lambda: show_saved_file(
                    self._window,
                    "Programas base",
                    _bases_saved(sent, year, folder),
                    Path(folder),
                )
            ),
            describe_error=failure_message("No se guardaron los programas base"),
            after_failure=lambda: read_own_writes(self._session),
        )

    def _saved_own(self, tell: Callable[[], None]) -> None:
        """After the window's own writes on a worker's connection: read again, then ``tell``.

        The watch for other programs' writes took that commit (observations or decisions
        marked sent) for another program's and said so in the status bar.
        """
        self._session.reload()
        tell()

    def _may_write_bases(self, folder: Path) -> bool:
        """Whether to write the bases in ``folder``: asked once when any is there already."""
        written = bases_written(self._session.workspace, folder)
        there = [path for path in written if path.exists()]
        if not there:
            return True
        # Each name on a line of its own: in a sentence they were wrapped at their hyphens.
        year, names = self._session.profile.year, _names_on_lines(there)
        if len(there) == 1:
            question = (
                f"Ya hay un programa base del ejercicio {year} en esa carpeta:\n\n{names}\n\n"
                "¿Reemplazarlo por el nuevo?"
            )
        else:
            every = len(there) == len(written)
            many = f"están los {len(there)}" if every else f"hay {len(there)} de los {len(written)}"
            question = (
                f"Ya {many} programas base del ejercicio {year} en esa carpeta:\n\n{names}\n\n"
                "¿Reemplazarlos por los nuevos?"
            )
        return confirm_loss(self._window, "Programas base", question)

    def add_observation(self) -> None:
        """Write an observation on the selected meta for its unit."""
        meta_id = self._current_meta_id()
        if meta_id is None:
            return
        meta = self._session.meta(meta_id)
        if self._session.can_edit(meta):
            # Its own (of its dependency, where several hold its code): no package takes it.
            QMessageBox.information(self._window, "Observaciones", own_meta_said(meta))
            return
        from ism_desktop.gui.observation_dialog import ask_observation

        def save(text: str) -> str | None:
            if not text.strip():
                return None  # nothing to store: said once the dialog closes
            try:
                self._session.workspace.observe(meta_id, text)
            except WorkspaceError as exc:  # too long: said in the dialog, with the text
                return str(exc)
            return None

        # It goes out with this quarter's observations only: the quarter said, as its package is.
        quarter = self._session.profile.quarter.in_words
        heading = (
            f"Observación del {quarter} para la unidad {meta.key.unit} sobre «{meta.description}»:"
        )
        text, ok = ask_observation(self._window, heading, save)
        if not ok:
            return
        if not text.strip():
            self._window.statusBar().showMessage(
                "No se guardó la observación: no tenía texto.", 8000
            )
            return
        self._session.meta_changed.emit(meta_id)
        self._window.statusBar().showMessage("Observación guardada.", 5000)

    def choose_observations_unit(self) -> None:
        """Send one unit the observations written on its metas this quarter."""
        report = self._session.report
        if report is None:
            return
        # Not the coordinating unit: its observations are in this database already, and a
        # package for it had nobody to receive it.
        # Among several dependencies, each one's unit apart, another's 002 too (own_unit.py).
        own = coordinating_key(self._session.store, self._session.profile.year)
        offered = [(key, label) for key, label in unit_choices(self._session) if key != own]
        # Beside each unit, how many it has: the names alone did not say whom they wait for.
        written = self._session.workspace.observations_by_dependency()
        decided = self._session.workspace.decisions_unsent_by_dependency()
        codes = [key for key, _label in offered]
        labels = [
            with_observations(label, written.get(key), decided.get(key, 0))
            for key, label in offered
        ]
        meta_id = self._current_meta_id()
        shown = self._session.meta(meta_id).key if meta_id else None
        selected = None if shown is None else (shown.entity, shown.unit)
        if selected not in codes or not waiting(written, decided, selected):
            # The first unit with news waiting, rather than one with none.
            selected = next((c for c in codes if waiting(written, decided, c)), selected)
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle("Enviar observaciones")
        period = self._session.profile.quarter.in_words
        dialog.setLabelText(
            f"Unidad a la que se envían las observaciones del {period} (junto a cada una, "
            "cuántas tiene y cuántas faltan por enviar):"
        )
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        letter_answers(dialog)
        if selected in codes:
            dialog.setTextValue(labels[codes.index(selected)])
        dialog.resize(max(dialog.sizeHint().width(), 520), dialog.sizeHint().height())
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return
        entity, code = codes[labels.index(dialog.textValue())]
        several = any(other != entity for other, _code in codes)
        unit = of_dependency(code.value, shortened(entity, CODE_ROOM), several)
        folder = choose_folder(self._window, "Carpeta donde guardar el paquete de observaciones")
        if not folder:
            return
        path = observations_written(self._session.workspace, code, Path(folder), entity)
        if path.exists() and not confirm_loss(
            self._window,
            "Enviar observaciones",
            f"Ya hay un paquete de observaciones de este trimestre para la unidad {unit} en esa "
            f"carpeta:\n\n«{path.name}»\n\n¿Reemplazarlo por el nuevo?",  # the name whole
        ):
            return

        def work() -> ExportedObservations:
            return self._session.workspace.in_own_connection(
                lambda w: w.export_observations(code, Path(folder), entity)
            )

        quarter = self._session.profile.quarter
        self._tasks.run(
            "Preparando el paquete de observaciones…",
            work,
            lambda sent: self._saved_own(
                lambda: show_saved_file(
                    self._window,
                    "Observaciones",
                    observations_saved(sent, unit, quarter),
                    sent.path,
                )
            ),
            describe_error=failure_message("No se guardó el paquete de observaciones"),
            after_failure=lambda: read_own_writes(self._session),
        )


def _names_on_lines(paths: Sequence[Path], shown: int = 3) -> str:
    """The first ``shown`` names whole, one a line in «», then «y 4 más» on a line of its own."""
    lines = [f"«{path.name}»" for path in paths[:shown]]
    if len(paths) > shown:
        lines.append(f"y {len(paths) - shown} más")
    return "\n".join(lines)


def _bases_saved(saved: int, year: int, folder: str) -> str:
    """How many bases were written, where (on a line of its own), what to do."""
    if saved == 1:
        said = f"Se guardó 1 programa base del ejercicio {year} en la carpeta:\n{folder}"
        return f"{said}\n\nEntréguelo a la unidad."
    return (
        f"Se guardaron {saved} programas base del ejercicio {year} en la carpeta:\n"
        f"{folder}\n\nEntregue a cada unidad el suyo."
    )
