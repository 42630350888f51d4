"""Where Enter on a PAIMEF finding takes the person: the field, date or indicator that fixes it.

An acción's finding opens the acción at its field; a programme-wide one opens what it speaks
of: a new acción in the vertiente without any, the largest transversal amount, the date of a
late delivery, the indicator and period to capture, the listed day off.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ism_desktop.domain.paimef.deadlines import TERMS
from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.domain.paimef.vertientes import Vertiente

if TYPE_CHECKING:
    from ism_desktop.gui.paimef.paimef_window import PaimefWindow

_MET_BY = {term.key: term.met_by for term in TERMS}


def go_to_finding(window: PaimefWindow, finding: PaimefFinding) -> str:
    """Show the place that fixes ``finding``; what to say of it (``""``: nothing to add)."""
    kind, _, rest = finding.field.partition(".")
    if finding.action:
        _open_action(window, finding.action, finding.field)
    elif kind == "vertiente" and rest in {str(v) for v in Vertiente}:
        return _new_action_in(window, Vertiente(rest))
    elif kind == "transversal":
        transversal = [a for a in window.programme.actions if a.transversal]
        if transversal:
            largest = max(transversal, key=lambda a: a.programmed)
            _open_action(window, largest.key, "monto_programado")
    elif kind in ("fechas", "plazo", "reintegro"):
        key = {"plazo": _MET_BY.get(rest, ""), "reintegro": "reintegro_tesofe"}.get(kind, rest)
        window.tabs.setCurrentWidget(window.deadlines_tab)
        window.deadlines_tab.go_to_date(key)
    elif kind == "inhabil":
        window.tabs.setCurrentWidget(window.deadlines_tab)
        try:
            window.deadlines_tab.go_to_day_off(date.fromisoformat(rest))
        except ValueError:
            window.deadlines_tab.non_working.setFocus()
    elif kind == "indicador":
        number, _, period = rest.partition(".")
        window.tabs.setCurrentWidget(window.indicators_tab)
        window.indicators_tab.go_to_capture(int(number) if number.isdigit() else 0, period)
    return ""


def _open_action(window: PaimefWindow, key: str, field: str) -> None:
    place = window.model.row_of(key)
    if place >= 0:
        window.table.selectRow(place)  # as a click: what was typed is saved or asked first
    shown = window.form.shown
    if shown is not None and shown.key == key:
        window.form.go_to(field)


def _new_action_in(window: PaimefWindow, vertiente: Vertiente) -> str:
    window.new_action()
    if window.form.shown is not None or window.form.edited():
        return ""  # the acción being typed was kept (asked): it stays in the form
    window.form.start_in(vertiente)
    return (
        f"Acción nueva en la vertiente {vertiente} ({vertiente.heading}): escriba su clave y "
        "sus datos, y guárdela."
    )
