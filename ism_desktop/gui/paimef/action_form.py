"""The form of one acción: vertiente and línea (Anexo 2), texts, goals and budget."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ism_desktop.domain.look_alike import fold_widths, key_problem
from ism_desktop.domain.paimef.input_parsing import InputError
from ism_desktop.domain.paimef.money import AmountError, money_field_text
from ism_desktop.domain.paimef.programme import Action, Goal
from ism_desktop.domain.paimef.rule_references import goal_in_field
from ism_desktop.domain.paimef.vertientes import Vertiente, lineas_of, vertiente_of_key
from ism_desktop.gui.paimef.action_fields import amount_of, attempt, check_text, goal_figure
from ism_desktop.gui.paimef.full_text_combo import FullTextComboBox

GOAL_HEADINGS = ("Descripción de la meta", "Unidad", "Cantidad", "Alcanzado")
_NEEDED = ("su descripción", "su unidad de medida")  # a goal's first two columns, as said
_OFFERED_UNIT = "PERSONA"  # filled in on a row added: alone, nothing typed yet
_BLANK = Action("", Vertiente.A, "A-I", "")  # a new acción's form, nothing typed yet


class ActionForm(QWidget):
    """Edits one acción; ``draft_changed`` carries the acción as typed (``None`` if invalid)."""

    draft_changed = Signal(object)  # Action | None
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Quiet while it is built: a blank form has nothing wrong until someone types in it.
        self._loading = True
        # The acción shown (None: a new one), and whether anything was typed since.
        self.shown: Action | None = None
        self._edited = False
        # The fields as they read when shown or saved: typing taken back (Ctrl+Z) is no edit.
        self._as_shown: tuple[object, ...] = ()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.key = QLineEdit()
        # Anexo 2's names are long: the combos must not force the form wider than the screen.
        self.vertiente = FullTextComboBox()
        for vertiente in Vertiente:
            self.vertiente.add_choice(f"{vertiente}. {vertiente.heading}", str(vertiente))
        self.line = FullTextComboBox()
        self.name = QLineEdit()
        self.justification = QPlainTextEdit()
        self.justification.setFixedHeight(54)
        self.justification.setTabChangesFocus(True)  # Tab goes on to the next field, as in a form
        self.transversal = QCheckBox(
            "Actividad transversal: coordinación, monitoreo, seguimiento (numeral &3.5.1)"
        )
        self.programmed = QLineEdit()
        self.exercised = QLineEdit()
        # A new acción shows its amounts empty, not «0.00»: typing into «0.00» appended to it.
        for amount in (self.programmed, self.exercised):
            amount.setPlaceholderText("0.00")
        self.evidence = QLineEdit()
        for label, widget in (
            ("&Clave", self.key),
            ("Vertiente (Anexo &2)", self.vertiente),  # Alt+V: the errors and warnings list
            ("&Línea de acción", self.line),
            ("&Nombre", self.name),
            ("Ju&stificación", self.justification),  # Alt+A: the window's *Archivo*
            ("", self.transversal),
            ("Monto prog&ramado", self.programmed),
            ("Monto ejercid&o", self.exercised),
            ("Material pro&batorio", self.evidence),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").split(" (")[0] or "Transversal")
        layout.addLayout(form)
        # Under the fields it is about, above the goals: a long problem takes room from the
        # table, and the buttons at the bottom never move as one types. Two lines are kept for
        # it, empty or not, so most problems move nothing.
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.setMinimumHeight(2 * self.problem.fontMetrics().lineSpacing())
        self.problem.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.problem)
        self.goals = QTableWidget(0, len(GOAL_HEADINGS))
        self.goals.setHorizontalHeaderLabels(GOAL_HEADINGS)
        self.goals.setAccessibleName("Metas de la acción")
        self.goals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab goes on to the goal buttons (it went round the cells); while a cell is typed
        # in, Tab still opens the next one, and the arrow keys move between cells.
        self.goals.setTabKeyNavigation(False)
        # Enter on a cell not being typed in saves the acción, as in the fields above: the
        # first Enter ends the cell, and a second one went nowhere, the acción unsaved.
        self.goals.installEventFilter(self)
        goals_label = QLabel("Metas y lo alcan&zado")  # Alt+Z: reached by Tab alone before
        goals_label.setBuddy(self.goals)
        layout.addWidget(goals_label)
        layout.addWidget(self.goals, 1)
        buttons = QHBoxLayout()
        add_goal = QPushButton("Agregar me&ta")
        add_goal.clicked.connect(self._add_goal_by_hand)
        remove_goal = QPushButton("&Quitar meta")
        remove_goal.clicked.connect(self._remove_goal)
        self.save_button = QPushButton("&Guardar acción")
        self.save_button.clicked.connect(self.save_requested)
        for button in (add_goal, remove_goal):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.vertiente.currentIndexChanged.connect(self._fill_lines)
        self._fill_lines()
        # Whether the person picked the vertiente of the acción shown (then the clave follows).
        self._vertiente_chosen = False
        self.vertiente.activated.connect(self._on_vertiente_chosen)
        self.key.textEdited.connect(self._on_key_edited)
        for edit in (self.key, self.name, self.programmed, self.exercised, self.evidence):
            edit.textChanged.connect(self._changed)
            # Enter in a field saves the acción, as a person expects of a form.
            edit.returnPressed.connect(self.save_requested)
        self.justification.textChanged.connect(self._changed)
        self.transversal.toggled.connect(self._changed)
        self.line.currentIndexChanged.connect(self._changed)
        self.goals.itemChanged.connect(self._changed)
        self._loading = False
        self._as_shown = self._fields_now()  # blank: a new acción, until one is loaded

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the metas table, no cell being typed in: save the acción."""
        if (
            watched is self.goals
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.goals.state() != QAbstractItemView.State.EditingState
        ):
            self.save_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def _fill_lines(self) -> None:
        current = self.line.currentData()
        self.line.blockSignals(True)
        self.line.clear()
        for line in lineas_of(Vertiente(self.vertiente.currentData())):
            self.line.add_choice(f"{line.code}  {line.name}", line.code)
        index = self.line.findData(current)
        self.line.setCurrentIndex(max(index, 0))
        self.line.blockSignals(False)
        self.line.refresh_tooltip()
        self._changed()

    def _on_vertiente_chosen(self) -> None:
        self._vertiente_chosen = True

    def _on_key_edited(self, text: str) -> None:
        # A new acción's clave («B.2») names its vertiente: left at A, it was an error to mend
        # in two combos; one naming none (taken back with Ctrl+Z, erased) brings back the blank
        # form's. Not a stored acción's (moving it is a choice the review speaks of), nor once
        # the person picked one.
        if self.shown is None and not self._vertiente_chosen:
            said = vertiente_of_key(text) or _BLANK.vertiente
            self.vertiente.setCurrentIndex(list(Vertiente).index(said))

    def add_goal_row(self, goal: Goal | None = None) -> None:
        """Append a goal row (empty, or showing ``goal``)."""
        row = self.goals.rowCount()
        self.goals.insertRow(row)
        values = ("", _OFFERED_UNIT, "", "") if not isinstance(goal, Goal) else (
            goal.description,
            goal.unit,
            str(goal.quantity),
            "" if goal.achieved is None else str(goal.achieved),
        )  # fmt: skip
        for column, value in enumerate(values):
            self.goals.setItem(row, column, QTableWidgetItem(value))

    def widget_for(self, field: str) -> QWidget:
        """The field a finding names («justificacion»), to go to; the clave if none."""
        fields: dict[str, QWidget] = {
            "linea_accion": self.line,
            "justificacion": self.justification,
            "monto_programado": self.programmed,
            "monto_ejercido": self.exercised,
            "material_probatorio": self.evidence,
            "metas": self.goals,
            "transversal": self.transversal,
        }
        return fields.get(field, self.key)

    def go_to(self, field: str) -> None:
        """Put the cursor on the field a finding names; a meta's (``goal_field``): «Alcanzado»."""
        if (goal := goal_in_field(field)) is None:
            self.widget_for(field).setFocus()
            return
        description, nth = goal
        rows = [r for r in range(self.goals.rowCount()) if self._goal_text(r, 0) == description]
        if len(rows) >= nth:
            self.goals.setCurrentCell(rows[nth - 1], GOAL_HEADINGS.index("Alcanzado"))
        self.goals.setFocus()

    def start_in(self, vertiente: Vertiente) -> None:
        """A blank form for a new acción in ``vertiente``, nothing typed yet; at its clave."""
        self.load(None)
        self._loading = True
        self.vertiente.setCurrentIndex(list(Vertiente).index(vertiente))
        self._loading = False
        self._vertiente_chosen = True  # what the person came for: a clave typed does not move it
        self.key.setFocus()

    def _add_goal_by_hand(self) -> None:
        """«Agregar meta»: the new row is current, so «Quitar meta» then takes it away."""
        self.add_goal_row()
        row = self.goals.rowCount() - 1
        self.goals.setFocus()
        self.goals.setCurrentCell(row, 0)
        if (description := self.goals.item(row, 0)) is not None:
            self.goals.editItem(description)  # typed at once

    def _remove_goal(self) -> None:
        if self.goals.currentRow() >= 0:
            self.goals.removeRow(self.goals.currentRow())
            self._changed()

    def load(self, action: Action | None) -> None:
        """Show ``action`` (``None``: a blank form for a new one)."""
        self._loading = True
        self.shown, self._edited = action, False
        self._vertiente_chosen = False
        shown = action or _BLANK
        self.key.setText(shown.key)
        self.vertiente.setCurrentIndex(list(Vertiente).index(shown.vertiente))
        self._fill_lines()
        self.line.setCurrentIndex(max(self.line.findData(shown.line), 0))
        self.name.setText(shown.name)
        self.justification.setPlainText(shown.justification)
        self.transversal.setChecked(shown.transversal)
        if action is None:
            self.programmed.clear()
            self.exercised.clear()
        else:
            self._show_amounts(action)
        self.evidence.setText(shown.evidence)
        self.goals.setRowCount(0)
        for goal in shown.goals:
            self.add_goal_row(goal)
        self.problem.clear()
        self._loading = False
        self._as_shown = self._fields_now()

    def edited(self) -> bool:
        """Whether something was typed since the acción was shown or saved."""
        return self._edited

    def mark_saved(self, action: Action) -> None:
        """The acción as typed is the stored one now; its amounts read as stored.

        «125000» or «125,000» stayed as typed after saving, beside «$125,000.00» in the table;
        the other fields are left as typed (their text is what was stored), the clave as stored.
        """
        self._loading = True
        self.key.setText(action.key)
        self._show_amounts(action)
        self._loading = False
        self.shown, self._edited = action, False
        self._as_shown = self._fields_now()

    def _fields_now(self) -> tuple[object, ...]:
        """What each field reads now (blank goal rows left out), to compare with ``_as_shown``."""
        texts = (self.key, self.name, self.programmed, self.exercised, self.evidence)
        goals = [
            [self._goal_text(r, c) for c in range(len(GOAL_HEADINGS))] for r in self._goal_rows()
        ]
        return (
            *(edit.text() for edit in texts),
            self.justification.toPlainText(),
            self.transversal.isChecked(),
            self.vertiente.currentData(),
            self.line.currentData(),
            goals,
        )

    def _show_amounts(self, action: Action) -> None:
        self.programmed.setText(money_field_text(action.programmed))
        self.exercised.setText(money_field_text(action.exercised))

    def to_action(self) -> Action:
        """The acción as typed; ``InputError`` says every problem of it, one sentence each."""
        key, problems = fold_widths(self.key.text().strip()), list[str]()  # «Ａ.１» is A.1
        if not key:
            problems.append("escriba la clave de la acción (por ejemplo A.1).")
        elif (look_alike := key_problem(key)) is not None:
            problems.append(f"clave: {look_alike}")
        if not self.name.text().strip():
            problems.append("escriba el nombre de la acción.")
        for label, text in (
            ("clave", self.key.text()),
            ("nombre", self.name.text()),
            ("justificación", self.justification.toPlainText()),
            ("material probatorio", self.evidence.text()),
        ):
            attempt(problems, partial(check_text, label, text))
        programmed = attempt(
            problems, lambda: amount_of("monto programado", self.programmed.text())
        )
        # Nothing spent yet is the usual state of a new acción: blank means zero here.
        exercised = attempt(
            problems, lambda: amount_of("monto ejercido", self.exercised.text() or "0")
        )
        goals = [attempt(problems, partial(self._goal, row)) for row in self._goal_rows()]
        # All at once: said one by one, each came up only once the one before was corrected.
        if problems or programmed is None or exercised is None:
            raise InputError(" ".join(p[:1].upper() + p[1:] for p in problems))
        return Action(
            key=key,
            vertiente=Vertiente(self.vertiente.currentData()),
            line=str(self.line.currentData()),
            name=self.name.text().strip(),
            justification=self.justification.toPlainText().strip(),
            transversal=self.transversal.isChecked(),
            programmed=programmed,
            exercised=exercised,
            goals=tuple(goal for goal in goals if goal is not None),
            evidence=self.evidence.text().strip(),
        )

    def _goal_rows(self) -> list[int]:
        """The goal rows with something typed in them (blank ones are left out).

        A row added and left as it came, with only the unit offered, is blank too: it said
        «La meta 3 necesita su descripción.» at once, and the acción could not be saved.
        """
        columns = range(len(GOAL_HEADINGS))
        rows = range(self.goals.rowCount())
        blank = (["", "", "", ""], ["", _OFFERED_UNIT, "", ""])
        return [r for r in rows if [self._goal_text(r, c) for c in columns] not in blank]

    def _goal(self, row: int) -> Goal:
        texts = [self._goal_text(row, c) for c in range(len(GOAL_HEADINGS))]
        check_text(f"meta {row + 1}, descripción", texts[0])
        check_text(f"meta {row + 1}, unidad", texts[1])
        lacking = [what for what, text in zip(_NEEDED, texts, strict=False) if not text]
        if lacking:
            raise InputError(f"la meta {row + 1} necesita {' y '.join(lacking)}.")
        if not texts[2]:
            raise InputError(f"meta {row + 1}: escriba la cantidad programada.")
        quantity = goal_figure(row, "cantidad", texts[2])
        achieved = goal_figure(row, "alcanzado", texts[3]) if texts[3] else None
        return Goal(texts[0], texts[1].upper(), quantity, achieved)

    def _goal_text(self, row: int, column: int) -> str:
        item = self.goals.item(row, column)
        return "" if item is None else item.text().strip()

    def _changed(self) -> None:
        if self._loading:
            return
        if self._fields_now() == self._as_shown:
            # Typed back as shown (Ctrl+Z): nothing to save, ask about, or call wrong.
            self._edited = False
            self.problem.clear()
            self.draft_changed.emit(self.shown)
            return
        self._edited = True
        try:
            draft: Action | None = self.to_action()
            self.problem.clear()
        except (InputError, AmountError) as exc:
            draft = None
            self.problem.setText(str(exc))
        self.draft_changed.emit(draft)
