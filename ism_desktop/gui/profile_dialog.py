"""Who is this PC, and which year and quarter it reports: asked on first run, changeable later."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.codes import COORDINATING_UNIT_CODE, Unit, UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.dialog_buttons import ok_cancel
from ism_desktop.gui.wide_digits import number_box


class ProfileDialog(QDialog):
    """Choose the administrative unit (or the coordinating unit), the year and the quarter."""

    def __init__(
        self,
        units: list[Unit],
        current: PcProfile | None,
        default_year: int,
        default_quarter: Quarter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Configuración de esta computadora")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Indique qué unidad administrativa usa esta computadora. Cada unidad ve y modifica "
            "solo sus metas; la unidad coordinadora (002) ve las de todas."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.unit_box = QComboBox()
        self.unit_box.setAccessibleName("Unidad administrativa")
        # Nothing chosen until the person chooses: a wrong unit would show the wrong metas.
        self.unit_box.addItem("Elija la unidad de esta computadora…", None)
        listed = {u.code.value: u for u in units}
        if COORDINATING_UNIT_CODE not in listed:
            self.unit_box.addItem(
                f"{COORDINATING_UNIT_CODE} (unidad coordinadora)",
                (Role.COORDINATOR.value, COORDINATING_UNIT_CODE),
            )
        for unit in sorted(units, key=lambda u: u.code):
            if unit.code.value == COORDINATING_UNIT_CODE:
                self.unit_box.addItem(
                    f"{unit.code} {unit.name} (unidad coordinadora)",
                    (Role.COORDINATOR.value, COORDINATING_UNIT_CODE),
                )
            else:
                self.unit_box.addItem(
                    f"{unit.code} {unit.name}", (Role.UNIT.value, unit.code.value)
                )
        self.year_box = number_box(2000, 2100)
        self.year_box.setAccessibleName("Ejercicio")
        self.quarter_box = QComboBox()
        self.quarter_box.setAccessibleName("Trimestre que se informa")
        for quarter in Quarter:
            self.quarter_box.addItem(quarter.in_words.capitalize(), int(quarter))
        form.addRow("&Unidad administrativa:", self.unit_box)
        form.addRow("&Ejercicio:", self.year_box)
        form.addRow("&Trimestre que se informa:", self.quarter_box)
        layout.addLayout(form)
        self.ok_button = ok_cancel(self, layout)
        self.unit_box.currentIndexChanged.connect(self._update_ok)
        self.year_box.setValue(current.year if current else default_year)
        quarter = current.quarter if current else default_quarter
        self.quarter_box.setCurrentIndex(quarter.index)
        self._opened_year = self._year = self.year_box.value()
        # The quarter shown when each year was last left: back at a year, the one picked there.
        self._last_picked: dict[int, Quarter] = {}
        # Connected once the opening year is set: that is no change of year.
        self.year_box.valueChanged.connect(self._follow_year)
        if current is not None:
            self._select(current)
        self._update_ok()

    def _follow_year(self, year: int) -> None:
        """A year shows the quarter last picked in it; never shown, a later one its first.

        Typed 2025 at 2024's second quarter, the quarter stayed «Segundo»: Enter set the PC to
        report a quarter of a year not yet begun. An earlier year keeps what is chosen. Back at a
        year already shown (the opening one included), its quarter is the one it was left at.
        """
        self._last_picked[self._year] = Quarter(int(self.quarter_box.currentData()))
        self._year = year
        picked = self._last_picked.get(year)
        if picked is not None:
            self.quarter_box.setCurrentIndex(picked.index)
        elif year > self._opened_year:
            self.quarter_box.setCurrentIndex(Quarter.FIRST.index)

    def _select(self, current: PcProfile) -> None:
        wanted = (current.role.value, current.unit.value)
        for row in range(self.unit_box.count()):
            data = self.unit_box.itemData(row)
            if data is not None and tuple(data) == wanted:
                self.unit_box.setCurrentIndex(row)
                return
        # A year without a report lists no unit: this PC's own is still offered, or the only
        # choice left would be 002, which makes a unit's PC a coordinator.
        self.unit_box.addItem(f"{current.unit} (la unidad de esta computadora)", wanted)
        self.unit_box.setCurrentIndex(self.unit_box.count() - 1)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.unit_box.currentData() is not None)

    def profile(self) -> PcProfile:
        """The profile chosen."""
        role, unit = self.unit_box.currentData()
        return PcProfile(
            Role(role),
            UnitCode(unit),
            self.year_box.value(),
            Quarter(int(self.quarter_box.currentData())),
        )
