"""What a report's errors mean at the coordinating unit, said alike by the window and the CLI.

The coordinating unit sends no package (exporting its own is refused): its own errors stand
before the institutional report is printed, and other units' come corrected in their packages.
"""

from __future__ import annotations

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import REOPEN_MENU

_REPORT = "antes de imprimir el informe institucional"


def coordinator_errors_clause(
    errors: int, own: int, unit: str, closed: Quarter | None = None
) -> str:
    """What ``errors`` (``own`` of them the coordinating ``unit``'s) ask of it: a clause.

    Lower case and without a final full stop, for the caller's sentence (when both the
    coordinator's errors and others' are there, a second sentence says the others');
    ``errors`` is at least one. ``closed``: the quarter of its own errors, closed by it.
    """
    # Closed, its form is read-only: «corríjalos» alone could not be done.
    reopen = "" if closed is None else f"reábralo ({REOPEN_MENU}) y "
    if own == errors:
        fix = f"{reopen}{'corríjalo' if own == 1 else 'corríjalos'} {_REPORT}"
        return fix if closed is None else f"el trimestre {int(closed)} está cerrado: {fix}"
    if not own:
        if errors == 1:
            return "el error es de otra unidad: lo corrige esa unidad y llega en su próximo paquete"
        return (
            "los errores son de otras unidades: los corrige cada unidad y llegan en su próximo "
            "paquete"
        )
    mine, them = ("1 es", "corríjalo") if own == 1 else (f"{own} son", "corríjalos")
    where = "" if closed is None else f", en el trimestre {int(closed)} cerrado"
    # Both parts: the others' errors, left unexplained, read as the coordinator's to correct.
    if errors - own == 1:
        others = "El otro es de otra unidad: lo corrige esa unidad y llega en su próximo paquete"
    else:
        others = (
            f"Los otros {errors - own} son de otras unidades: los corrige cada unidad y llegan "
            "en su próximo paquete"
        )
    return f"de ellos, {mine} de la unidad {unit}{where}: {reopen}{them} {_REPORT}. {others}"
