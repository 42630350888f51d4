"""A meta's history: every change with who, when, and the reasons for target changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ism_desktop.domain.audit import AuditEntry, FieldChange, TargetChange
from ism_desktop.domain.fields import field_label
from ism_desktop.domain.justification_history import JUSTIFICATION_FIELD
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.observation_history import OBSERVATION_FIELD
from ism_desktop.domain.package_author import author_in_words, user_in_words
from ism_desktop.exchange.intake.diff import shown_pair, shown_value
from ism_desktop.gui.dialog_buttons import add_close
from ism_desktop.gui.read_only_tables import read_only
from ism_desktop.gui.screen_fit import fit_to_screen
from ism_desktop.gui.whole_value import whole_value


def _withdrawn(change: TargetChange) -> str:
    """What became of a request taken back by Deshacer before any package carried it."""
    if change.withdrawn_at is None:
        return ""
    return (
        f" · Solicitud retirada (se deshizo el {local_time_text(change.withdrawn_at)}); "
        "no se envió en ningún paquete"
    )


def _shown_values(change: FieldChange) -> tuple[str, str]:
    """«Antes» and «Después» of a line.

    A line that only says something («Meta nueva del programa base») has no values: «(vacío)»
    twice read as if the meta had come with no figures. A warning's answer has no «Antes»: its
    table keeps only the answer in force, and «(vacío)» would say there was none before it.
    """
    if change.field.startswith((JUSTIFICATION_FIELD, OBSERVATION_FIELD)):  # nothing before it
        return "", shown_value(change.new)
    return shown_pair(change.old, change.new) if change.old or change.new else ("", "")


def _whole_values(change: FieldChange) -> tuple[str, str]:
    """The pointer over a value shows it whole: an evaluation is read there, wrapped."""
    old, new = _shown_values(change)
    return (whole_value(change.old) if old else "", whole_value(change.new) if new else "")


_HEADERS = ("Fecha y hora", "Perfil", "Usuario", "Campo", "Antes", "Después")
_SHORT_COLUMNS = 4  # date, profile, user and field: read whole; the values wrap in the rest
_MOST_WIDTH = 280  # a justification's field label is long: wrapped past this, not a wide column
_VALUES_ROOM = 2 * 180  # «Antes» and «Después» side by side, each wide enough to read a value
_LEAST_WIDTH = 60  # a short column squeezed for them: cut with «…», whole in its tooltip


class AuditDialog(QDialog):
    """Read-only table of a meta's audit trail, newest first, with target-change reasons."""

    def __init__(
        self,
        meta: Meta,
        entries: list[AuditEntry],
        target_changes: list[TargetChange],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Historial de cambios")
        layout = QVBoxLayout(self)
        title = QLabel(meta.description)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        self.table = QTableWidget(len(entries), len(_HEADERS))
        self.table.setAccessibleName("Cambios de la meta")
        self.table.setHorizontalHeaderLabels(list(_HEADERS))
        user = self.table.horizontalHeaderItem(2)
        if user is not None:  # set just above
            user.setToolTip(
                "Quién hizo el cambio en esta computadora; en lo que trajo un paquete, quién lo "
                "recibió aquí (el paquete, en «Perfil», dice de quién es)."
            )
        read_only(self.table)  # Tab goes on to the buttons
        # «1 | 06/12/2026 …»: a row count beside the date read as the change's number.
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, entry in enumerate(reversed(entries)):
            change = entry.change
            values = (
                local_time_text(entry.at, with_seconds=True),
                author_in_words(entry.author.profile),  # an old package's, in words too
                user_in_words(entry.author.profile, entry.author.os_user),
                change.label,
                *_shown_values(change),
            )
            tips = (*values[:4], *_whole_values(change))
            for column, (value, tip) in enumerate(zip(values, tips, strict=True)):
                item = QTableWidgetItem(value)
                item.setToolTip(tip)
                self.table.setItem(row, column, item)
        self._fitted = self._fit_who_and_when()
        self.table.viewport().installEventFilter(self)  # its width shared again on a resize
        layout.addWidget(self.table)
        if not entries:
            layout.addWidget(QLabel("Esta meta no tiene cambios registrados en esta computadora."))
        if target_changes:
            lines = [
                f"{local_time_text(c.at)} · {field_label(c.field)}: "
                f"{shown_value(c.old)} → {shown_value(c.new)} · Motivo: "
                f"{c.reason.text}"
                + (f" (documento {c.reason.document})" if c.reason.document else "")
                + _withdrawn(c)
                for c in reversed(target_changes)
            ]
            reasons = QLabel("Cambios de meta modificada:\n" + "\n".join(lines))
            reasons.setWordWrap(True)
            layout.addWidget(reasons)
        add_close(self, layout)
        fit_to_screen(self, QSize(900, 420), parent)

    def _fit_who_and_when(self) -> list[int]:
        """Each short column as wide as its text, up to a limit (rows keep their height).

        At Qt's default width the profile read «Unidad coordinadora…» and the time fell
        under the date.
        """
        for column in range(_SHORT_COLUMNS):
            self.table.resizeColumnToContents(column)
            if self.table.columnWidth(column) > _MOST_WIDTH:
                self.table.setColumnWidth(column, _MOST_WIDTH)
        return [self.table.columnWidth(column) for column in range(_SHORT_COLUMNS)]

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def _share_width(self) -> None:
        """«Antes» and «Después» keep room to be read; the short columns give it up if need be.

        A package's long profile and user pushed «Después» past the right edge at 1366×768:
        it was read only by scrolling sideways.
        """
        room = self.table.viewport().width()
        widths = list(self._fitted)
        budget = max(room - _VALUES_ROOM, _SHORT_COLUMNS * _LEAST_WIDTH)
        if sum(widths) > budget:
            widths = [max(_LEAST_WIDTH, width * budget // sum(widths)) for width in widths]
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        # «Después», the last, stretches over what «Antes» leaves.
        self.table.setColumnWidth(_SHORT_COLUMNS, max((room - sum(widths)) // 2, _LEAST_WIDTH))
