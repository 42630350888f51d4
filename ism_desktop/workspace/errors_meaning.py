"""What a report's errors mean at the coordinating unit, said alike by the window and the CLI.

The coordinating unit sends no package (exporting its own is refused): its own errors stand
before the institutional report is printed, and other units' come corrected in their packages.
"""

from __future__ import annotations

_REPORT = "antes de imprimir el informe institucional"


def coordinator_errors_clause(errors: int, own: int, unit: str) -> str:
    """What ``errors`` (``own`` of them the coordinating ``unit``'s) ask of it: a clause.

    Lower case and without a final full stop, for the caller's sentence (when both the
    coordinator's errors and others' are there, a second sentence says the others');
    ``errors`` is at least one.
    """
    if own == errors:
        return f"{'corríjalo' if own == 1 else 'corríjalos'} {_REPORT}"
    if not own:
        if errors == 1:
            return "el error es de otra unidad: lo corrige esa unidad y llega en su próximo paquete"
        return (
            "los errores son de otras unidades: los corrige cada unidad y llegan en su próximo "
            "paquete"
        )
    mine, them = ("1 es", "corríjalo") if own == 1 else (f"{own} son", "corríjalos")
    # Both parts: the others' errors, left unexplained, read as the coordinator's to correct.
    if errors - own == 1:
        others = "El otro es de otra unidad: lo corrige esa unidad y llega en su próximo paquete"
    else:
        others = (
            f"Los otros {errors - own} son de otras unidades: los corrige cada unidad y llegan "
            "en su próximo paquete"
        )
    return f"de ellos, {mine} de la unidad {unit}: {them} {_REPORT}. {others}"
