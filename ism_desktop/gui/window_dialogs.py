"""The window's dialogs beside the editing: a report to import, a meta's history, restore, help."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ism_desktop import APP_NAME, __version__
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.profile import Role
from ism_desktop.gui.long_message import show_message

if TYPE_CHECKING:
    from pathlib import Path

    from ism_desktop.domain.profile import PcProfile
    from ism_desktop.domain.validation.justification import Justification
    from ism_desktop.exchange.etca.report_import import ImportSummary
    from ism_desktop.gui.findings_model import FindingRow
    from ism_desktop.gui.main_window import MainWindow


def show_history(window: MainWindow) -> None:
    """Open the audit trail of the selected meta."""
    from ism_desktop.domain.justification_history import with_answers
    from ism_desktop.domain.observation_history import with_observations
    from ism_desktop.gui.audit_dialog import AuditDialog

    meta = window.form.meta
    if meta is None:
        return
    store = window.session.store
    edits, year = store.edits, window.session.profile.year
    # The warnings answered keep their own author and time, in their own table.
    answers = store.justifications.for_meta(year, meta.stable_id)
    # And the coordinator's observations on it: what was asked of the unit, by whom, when.
    observations = store.observations.for_meta(year, meta.stable_id)
    AuditDialog(
        meta,
        with_observations(with_answers(edits.history(year, meta.stable_id), answers), observations),
        edits.target_change_history(year, meta.stable_id),
        window,
    ).exec()


def show_help(window: MainWindow) -> None:
    """The Spanish help, in a window that can stay open beside the main one."""
    from ism_desktop.gui.help_dialog import HelpDialog

    dialog = HelpDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.help_dialog = dialog
    dialog.destroyed.connect(lambda: setattr(window, "help_dialog", None))
    dialog.show()


def show_about(window: MainWindow) -> None:
    """Name, version, the database in use and where the backups are."""
    from ism_desktop.platform import backups_dir

    QMessageBox.about(
        window,
        f"Acerca de {APP_NAME}",
        f"<b>{APP_NAME} {__version__}</b><br>Informe de Avance Programático (ETCA-III-04) "
        "del Instituto Sonorense de las Mujeres.<br><br>Base de datos: "
        f"{window.session.store.path or 'en memoria'}<br>Copias de seguridad: {backups_dir()}",
    )


def restore_backup(window: MainWindow) -> None:
    """Choose a backup, confirm, and put it in place of the current data."""
    from ism_desktop.gui.restore_dialog import RestoreDialog
    from ism_desktop.platform import backups_dir
    from ism_desktop.workspace.backups import copies_of

    path = window.session.store.path
    if path is None:
        return
    folder = backups_dir()
    dialog = RestoreDialog(copies_of(path, folder), folder, window)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted or (info := dialog.chosen()) is None:
        return
    window.form.flush()
    window.tasks.wait()
    restored, message = window.session.restore_backup(info, folder)
    if restored:  # «Guardado automáticamente a las …» spoke of figures the copy replaced
        window.saved_label.clear()
    QMessageBox.information(window, "Restaurar copia", message)


def choose_report(window: MainWindow) -> Path | None:
    """The report text the user picks to import; ``None`` if cancelled."""
    from pathlib import Path

    from ism_desktop.gui.places import open_file

    kinds = "Texto del informe (*.txt);;Todos los archivos (*)"
    path = open_file(window, "Importar informe ETCA-III-04", kinds)
    return Path(path) if path else None


# Listed lines the box holds itself; more go, all of them, behind «Mostrar los detalles...».
_LISTED = 12
_EACH = 5


def _listed(changes: list[str], warnings: list[str], each: int | None) -> str:
    parts = []
    # What the report changed on metas already stored (also in the history).
    for heading, lines in (("Cambios", changes), ("Avisos", warnings)):
        if lines:
            shown = lines if each is None else lines[:each]
            more = len(lines) - len(shown)
            tail = [f"… y {more} más."] if more else []
            parts.append("\n".join([f"{heading}:", *shown, *tail]))
    return "\n\n".join(parts)


def show_imported(window: MainWindow, summary: ImportSummary) -> None:
    """What an import stored, changed and warned about."""
    changes = summary.change_lines(by_name=True)
    warnings = [str(w) for w in summary.warnings]
    head = summary.describe()
    whole = "\n\n".join(part for part in (head, _listed(changes, warnings, None)) if part)
    if len(changes) + len(warnings) <= _LISTED:
        show_message(window, "Informe importado", whole, "", warn=False)
        return
    text = "\n\n".join(
        (head, _listed(changes, warnings, _EACH), "Todo, en «Mostrar los detalles...».")
    )
    show_message(window, "Informe importado", text, whole, warn=False)


def import_error(exc: Exception) -> str:
    """An import's failure as the window says it."""
    from ism_desktop.exchange.etca.errors import EtcaFormatError
    from ism_desktop.workspace.opening import StoreError

    if isinstance(exc, EtcaFormatError | StoreError):
        return f"No se importó nada. {exc}"
    from ism_desktop.workspace.error_log import unexpected_error

    return f"No se importó nada: {unexpected_error(exc)}."


def justify(window: MainWindow, row: FindingRow) -> None:
    """Ask for a warning's justification and store it («Justificar aviso…»)."""
    from ism_desktop.domain.validation.justification import JustificationKey
    from ism_desktop.domain.wording import after_colon
    from ism_desktop.gui.justify_dialog import (  # dialogs load when opened
        COORDINATOR_WARNING,
        REPORT_WARNING,
        JustifyDialog,
        Withdrawal,
    )
    from ism_desktop.workspace.changes import WorkspaceError

    def save(text: str) -> str | None:
        try:
            window.session.justify(row.finding, text)
        except (ValueError, WorkspaceError) as exc:  # pasted text that is not text, too long
            # Said in the dialog, which keeps what was written; once «No se guardó».
            said = str(exc)
            return said if said.startswith("No se guardó") else f"No se guardó: {after_colon(said)}"
        return None

    def remove() -> str | None:
        try:
            window.session.justify(row.finding, "", withdraw=True)
        except WorkspaceError as exc:  # a closed quarter, a database that refuses
            said = str(exc)
            return said if said.startswith("No se ") else f"No se quitó: {after_colon(said)}"
        return None

    # Saving it re-checks the metas: a figure typed wrong was left behind, unsaid.
    if not may_drop_typing(window, "Justificar aviso", "¿Justificar el aviso de todos modos?"):
        return
    # The coordinator's list holds every unit's warnings: its rows name their unit (and its
    # dependency, among several).
    whose = f"Unidad {row.unit_named} · " if row.unit else ""
    about = f"<b>{whose}{row.description}</b><br><br>{row.finding.message}"
    current = "" if row.justification is None else row.justification.text
    earlier = row.earlier if row.justification is None else None
    if earlier is not None:
        # The old reason explained other figures: offered back to confirm or rewrite.
        about += f"<br><br><i>{escape(_changed_since(earlier))}</i>"
        current = earlier.text
    coordinator = window.session.profile.role is Role.COORDINATOR
    wording = COORDINATOR_WARNING if coordinator else REPORT_WARNING
    # Only an answer stored is taken back: a modified target's reason recorded with the change
    # (its history) answers the warning too, and «Quitar» removed nothing, saying «Se quitó».
    key = JustificationKey.of(window.session.profile.year, row.finding)
    stored = window.session.workspace.store.justifications.get(key)
    withdrawal = None if stored is None else Withdrawal(remove, stored.is_acknowledgement)
    dialog = JustifyDialog(
        about, current, window, save=save, wording=wording, withdrawal=withdrawal
    )
    if earlier is not None:
        dialog.resize(dialog.width(), dialog.height() + 120)  # the old warning's words too
    accepted = dialog.exec() == JustifyDialog.DialogCode.Accepted
    # Back to the list, on the next warning: the re-check's redraw left the cursor in a figure
    # cell, where digits typed to move on in the list went.
    window.findings.list.setFocus()
    if accepted and withdrawal is not None and dialog.withdrawn:
        window.statusBar().showMessage(withdrawal.done_text, 5000)
    elif accepted:
        # Nothing written travels with an «enterado»: not said as a justification saved.
        acknowledged = "Aviso marcado como «enterado»."
        said = acknowledged if dialog.acknowledge_only else "Justificación guardada."
        window.statusBar().showMessage(said, 5000)


def _changed_since(earlier: Justification) -> str:
    """What the justify dialog says of an answer written when the warning read otherwise."""
    # Unquoted: the warning's own text quotes words («DIA»), and quoted again it nested.
    said = earlier.answered_text()
    at = local_time_text(earlier.at)
    # Written (with «justify») while the warning did not show: it answered no words at all.
    then = f"el aviso decía: {said}. Ahora dice otra cosa" if said else "el aviso no aparecía"
    if earlier.is_acknowledgement:
        return (
            f"Cuando {earlier.author} lo marcó como «enterado» ({at}), {then}, y ese "
            "«enterado» ya no cuenta: revíselo de nuevo."
        )
    return (
        f"Cuando {earlier.author} lo justificó ({at}), {then}, y esa justificación ya no "
        "cuenta. Abajo está su texto: confírmelo o corríjalo, y guárdelo."
    )


def edit_profile(window: MainWindow) -> None:
    """Archivo › Configuración: who this PC is, or the period being reported."""
    from ism_desktop.exchange.etca.sample_report import offered_units  # loaded when opened
    from ism_desktop.gui.profile_dialog import ProfileDialog

    window.form.flush()
    units = offered_units(list(window.session.workspace.catalogue().units.values()))
    profile = window.session.profile
    dialog = ProfileDialog(units, profile, profile.year, profile.quarter, window)
    # Accepted as it was (Enter is its default), there is nothing to switch to: the same
    # profile again read the metas anew and forgot Deshacer, with the figure just typed.
    if dialog.exec() != ProfileDialog.DialogCode.Accepted or dialog.profile() == profile:
        return
    switch_profile(window, dialog.profile(), "Configuración de esta computadora")


def switch_profile(window: MainWindow, profile: PcProfile, title: str) -> bool:
    """Work on ``profile`` from now on (saved for the next start); False if the person stays."""
    # Another period reloads the form: a figure that could not be saved would go unasked.
    asked = "¿Cambiar la configuración de todos modos?"
    if not may_drop_typing(window, title, asked):
        return False
    from ism_desktop.gui.decisions_left_behind import may_leave_decisions

    if not may_leave_decisions(window, profile):
        return False
    # «Se deshizo: Realizado T1 …» stayed over the next quarter's figures, of an undo history
    # the switch forgets; what the switch itself has to say comes after.
    window.statusBar().clearMessage()
    window.apply_profile(profile)
    return True


def may_close(window: MainWindow) -> bool:
    """Save what is typed; a figure that cannot be saved is lost only if the person says so."""
    return may_drop_typing(window, "Cerrar ISM Avance", "¿Cerrar el programa de todos modos?")


def may_drop_typing(window: MainWindow, title: str, asked: str) -> bool:
    """Save what is typed; if some of it cannot be, ``asked`` (with why) before it is lost."""
    from ism_desktop.gui.dialog_buttons import confirm_loss
    from ism_desktop.gui.unsaved_typing import flush_saying_why

    unsaved = flush_saying_why(window.form.flush, window.session)
    if not unsaved:
        return True
    # The box takes the focus, and the evaluation saves on losing it: a save that fails
    # meanwhile is not told over this question, which says it already.
    with window.session.refusals_held():
        lose = confirm_loss(window, title, f"{unsaved.message}\n\n{asked} {unsaved.lost}")
    if not lose:
        return False
    # Given up: the form shows what is stored, so that leaving the box does not try to save
    # it again (and say again that it could not).
    window.form.redraw()
    return True
