"""The dialog that closes or reopens one unit's quarter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)
from typing_extensions import TypeVar, override

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.limits import MAX_REASON_CHARS, field_text_problem
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.reopen_motive import MotiveProblem, motive_problem
from ism_desktop.domain.window_wording import for_window
from ism_desktop.gui.dialog_buttons import may_discard, ok_cancel
from ism_desktop.gui.unit_search import UnitSearch
from ism_desktop.gui.wide_digits import number_box
from ism_desktop.workspace.quarter_closing import ClosingRefusal

# A unit as the dialog lists it: its code, or (dependency, code) where several dependencies
# hold the code (the report of a state: 15 codes for 477 units).
Unit = TypeVar("Unit", UnitCode, tuple[str, UnitCode], default=UnitCode)


_NOTHING_TO_REOPEN = "El trimestre está abierto: no hay nada que reabrir."

_MOTIVE_EXAMPLE = "por ejemplo, «Corregir la cifra realizada de una meta»"
_MOTIVE_SAID = {
    MotiveProblem.MISSING: (
        f"Falta el motivo: escriba por qué se reabre el trimestre ({_MOTIVE_EXAMPLE})."
    ),
    MotiveProblem.NO_WORDS: (
        f"El motivo no dice por qué se reabre: escríbalo con palabras ({_MOTIVE_EXAMPLE})."
    ),
}


def code_of(unit: UnitCode | tuple[str, UnitCode]) -> UnitCode:
    """The code of a unit listed, with or without its dependency."""
    return unit if isinstance(unit, UnitCode) else unit[1]


class ClosingDialog(QDialog, Generic[Unit]):
    """Close or reopen one unit's quarter; it shows the quarter's state, and reopening asks why.

    ``state`` gives whether a unit's quarter is closed and a line saying since when; the
    action offered first is the other one (a closed quarter: reopen). ``refusal`` says why a
    quarter may not be closed: «Cerrar» is then disabled, its reason in its tooltip.
    """

    def __init__(
        self,
        units: Sequence[tuple[Unit, str]],
        quarter: Quarter,
        state: Callable[[Unit, Quarter], tuple[bool, str]],
        parent: QWidget | None = None,
        chosen: Unit | None = None,
        refusal: Callable[[Unit, Quarter], ClosingRefusal | None] | None = None,
        year: int | None = None,
        listed: Callable[[Unit, Quarter], str] | None = None,
    ) -> None:
        """``chosen``: the unit shown first (the selected meta's), if it is listed.

        ``year``: the year whose quarters these are, said above them. ``listed``: a unit's
        quarter in a few words («cerrado el 15/04/2024», «abierto»), said beside it in the list.
        """
        super().__init__(parent)
        self.setWindowTitle("Cerrar o reabrir un trimestre")
        self._state: Callable[[Unit, Quarter], tuple[bool, str]] = state
        self._refusal: Callable[[Unit, Quarter], ClosingRefusal | None] | None = refusal
        form = QFormLayout(self)
        if year is not None:
            # «Trimestre: 4» of which year: the window's title was the only place it was said.
            form.addRow("Ejercicio:", QLabel(str(year)))
        self.unit = QComboBox()
        self._labels = [label for _unit, label in units]
        self._units: list[Unit] = [unit for unit, _label in units]
        self._listed: Callable[[Unit, Quarter], str] | None = listed
        for unit, label in units:
            self.unit.addItem(label, code_of(unit).value)
        if chosen is not None and chosen in self._units:
            self.unit.setCurrentIndex(self._units.index(chosen))
        # More units than the list shows at once, or one code in several dependencies: typing
        # jumped by the start of the text only, and «002» of dependency 27 could not be typed.
        codes = [code_of(unit) for unit in self._units]
        searched = len(codes) > self.unit.maxVisibleItems() or len(set(codes)) < len(codes)
        self.unit_search = UnitSearch(self.unit, self._labels) if searched else None
        form.addRow("&Unidad:", self.unit)
        self.quarter = number_box(1, 4)
        self.quarter.setValue(int(quarter))
        form.addRow("&Trimestre:", self.quarter)
        self.state = QLabel()
        self.state.setWordWrap(True)
        form.addRow("Estado:", self.state)
        self.close_choice = QRadioButton(
            "&Cerrar: sus cifras y evaluaciones quedan de solo lectura"
        )
        self.reopen_choice = QRadioButton("&Reabrir para corregir (queda registrado el motivo)")
        self.close_choice.setChecked(True)
        form.addRow(self.close_choice)
        form.addRow(self.reopen_choice)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Obligatorio para reabrir")
        form.addRow("&Motivo:", self.reason)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        form.addRow(self.error_label)
        self.ok = ok_cancel(self, form)
        for signal in (self.reopen_choice.toggled, self.reason.textChanged):
            signal.connect(self._update)
        # A refusal speaks of the motive and unit at «Aceptar»: stale once either changes.
        self.reason.textChanged.connect(self.error_label.clear)
        self.unit.currentIndexChanged.connect(self.error_label.clear)
        if self.unit_search is not None:
            self.unit_search.line.textEdited.connect(self.error_label.clear)
        self.unit.currentIndexChanged.connect(self._show_state)
        self.quarter.valueChanged.connect(self._show_state)
        self.quarter.valueChanged.connect(self._label_units)
        self._label_units()
        self._show_state()
        # A code typed went into «Motivo» and Enter reopened the unit shown with it: where a
        # unit is to be chosen, the keys choose it. A unit's own PC has nothing to choose.
        if len(self._units) > 1 or not self.reopen_choice.isChecked():
            self.unit.setFocus()
        else:
            self.reason.setFocus()

    def chosen_unit(self) -> UnitCode:
        """The code of the unit chosen."""
        return code_of(self.chosen())

    def chosen(self) -> Unit:
        """The unit chosen, as listed (with its dependency, if so)."""
        return self._units[max(self.unit.currentIndex(), 0)]

    def motive_refused(self) -> str | None:
        """Why the motive typed cannot reopen the quarter; None when closing or it says why."""
        if not self.reopen_choice.isChecked():
            return None
        codes = {code_of(unit).value for unit in self._units}
        problem = motive_problem(self.reason.text(), codes)
        if problem is MotiveProblem.UNIT_CODE:
            return (
                f"«{self.reason.text().strip()}» es la clave de una unidad, no un motivo: la "
                "unidad se elige en la lista «Unidad»; en «Motivo» escriba por qué se reabre."
            )
        if problem is not None:
            return _MOTIVE_SAID[problem]
        # What the store refuses (a pasted control code, too long) was said in a box after the
        # dialog had closed, and the motive typed was lost with it.
        unstorable = field_text_problem(self.reason.text().strip(), MAX_REASON_CHARS)
        return None if unstorable is None else f"El motivo {unstorable}."

    @override
    def accept(self) -> None:
        # A text typed in «Unidad» and not chosen from its list is no unit: acting on the
        # unit shown before it would close or reopen one the person did not mean.
        if self.unit_search is not None and (typed := self.unit_search.typed_problem()) is not None:
            self.error_label.setText(typed)
            self._fit_height()
            self.unit.setFocus()
            return
        # Reopening lets the unit change what it delivered: refused here, with the motive
        # still typed, when it does not say why (the dialog closed on «003»).
        if (refused := self.motive_refused()) is not None:
            self.error_label.setText(refused)
            self._fit_height()  # two lines of red squeezed into the room of none
            self.reason.setFocus()
            return
        super().accept()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter with no motive said: «Aceptar» is not the default then, so Enter did nothing
        # unseen; it says what is missing. A default restored by Qt on Tab cannot reopen either.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.ok.isEnabled() and self.motive_refused() is not None:
            self.accept()
            return
        super().keyPressEvent(event)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update()  # shown, the button box makes «Aceptar» the default again

    @override
    def reject(self) -> None:
        # Esc threw away the reason typed at one key; the dialogs for observations and dates ask.
        typed = self.reopen_choice.isChecked() and bool(self.reason.text().strip())
        if may_discard(self, typed, "¿Descartar el motivo escrito?"):
            super().reject()

    def _label_units(self, *_args: object) -> None:
        """Each unit with its quarter's state: which are still open was seen one unit at a time."""
        if self._listed is None:
            return
        quarter = Quarter(self.quarter.value())
        for row, (unit, label) in enumerate(zip(self._units, self._labels, strict=True)):
            self.unit.setItemText(row, f"{label} — {self._listed(unit, quarter)}")

    def _show_state(self, *_args: object) -> None:
        unit, quarter = self.chosen(), Quarter(self.quarter.value())
        closed, text = self._state(unit, quarter)
        refused = None if closed or self._refusal is None else self._refusal(unit, quarter)
        # Offered, it was refused only after «Aceptar»: not offered, and why said beside it.
        self.close_choice.setEnabled(refused is None)
        tip = (
            "" if refused is None else for_window(refused.message[:1].upper() + refused.message[1:])
        )
        self.close_choice.setToolTip(tip)
        self.state.setText(text if refused is None else refused.state)
        # An open quarter has nothing to reopen: chosen, it threw the motivo typed away.
        self.reopen_choice.setEnabled(closed)
        self.reopen_choice.setToolTip("" if closed else _NOTHING_TO_REOPEN)
        (self.reopen_choice if closed else self.close_choice).setChecked(True)
        self._update()
        self._fit_height()

    def _fit_height(self) -> None:
        """Taller when a unit's state takes more lines than the dialog has room for.

        Opened on «Abierto.», a state of two lines chosen after was squeezed into one line's
        height, cut at the top and the bottom.
        """
        layout = self.layout()
        if not self.isVisible() or layout is None:
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _update(self) -> None:
        # Only a reopening takes a motivo: beside «Cerrar» the box took text that went nowhere.
        self.reason.setEnabled(self.reopen_choice.isChecked())
        if self.reopen_choice.isChecked():
            # Offered, so that «Aceptar» says what the motive lacks; Enter's only once it says
            # why, so that no key meant for the list of units reopens.
            self.ok.setEnabled(True)
            self.ok.setDefault(self.motive_refused() is None)
        else:  # an open quarter that may not be closed has nothing to do («Aceptar» disabled)
            self.ok.setEnabled(self.close_choice.isEnabled())
            self.ok.setDefault(True)
