"""What the package export says: why it stops, what it did, how many warnings went with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.domain.profile import Role
from ism_desktop.domain.window_wording import for_window
from ism_desktop.domain.wording import PROFILE_MENU, REOPEN_MENU, count
from ism_desktop.workspace.error_log import unexpected_error
from ism_desktop.workspace.opening import StoreError

if TYPE_CHECKING:
    from ism_desktop.domain.profile import PcProfile
    from ism_desktop.exchange.export.report_package import ExportedPackage

MAX_LISTED_ERRORS = 15  # the rest are counted; the findings panel lists them all


# A closed quarter was sent: the same package again is for a file lost on the way; a new
# one with changes needs the quarter reopened, and the coordinating unit refuses a second
# package of a quarter it closed on receiving the first.
SEND_AGAIN = (
    "El trimestre {0} ya se exportó y está cerrado. ¿Exportar otra vez el mismo paquete (por "
    "ejemplo, si se perdió el archivo)?\n\nSi la unidad coordinadora ya recibió el anterior, "
    "rechazará este. Para corregir algo, antes reabra el trimestre con un motivo "
    f"({REOPEN_MENU})."
)

# Reopened, corrected and closed again: a new package, which the coordinating unit takes if
# it reopened the quarter too (the corrections are what it asked for).
SEND_CHANGES = (
    "El trimestre {0} está cerrado y {1} que no se han enviado. ¿Exportar el paquete con "
    "ellos?\n\nLa unidad coordinadora lo recibe si reabrió el trimestre; si no, pídale que "
    "lo reabra."
)

# Closed by hand (or by the coordinating unit) and never exported from this PC: there is no
# «same package again»; the coordinating unit takes it unless it closed the quarter itself.
SEND_FIRST = (
    "El trimestre {0} está cerrado, pero su paquete no se ha exportado desde esta computadora. "
    "¿Exportarlo ahora?\n\nSi la unidad coordinadora ya tiene cerrado ese trimestre, lo "
    f"rechazará. Para corregir algo, antes reabra el trimestre con un motivo ({REOPEN_MENU})."
)

FIX_AND_EXPORT = "Corrija la cifra y exporte de nuevo."


def send_again_question(quarter: int, unsent: int, *, sent: bool = True) -> str:
    """What exporting a closed quarter asks: the same package again, or one with changes.

    ``sent`` False: no package of the quarter went out from this PC (it was closed by hand),
    so the question is about its first package, not the same one again.
    """
    if not unsent:
        return SEND_AGAIN.format(quarter) if sent else SEND_FIRST.format(quarter)
    changed = "1 meta tiene cambios" if unsent == 1 else f"{unsent} metas tienen cambios"
    return SEND_CHANGES.format(quarter, changed)


def closed_note(exported: ExportedPackage) -> str:
    """The quarter is closed (by this export or an earlier one): how to change a figure now."""
    manifest = exported.manifest
    return (
        f"El trimestre {int(manifest.quarter)} de la unidad {manifest.unit} está cerrado: para "
        f"cambiar una cifra, reábralo con un motivo ({REOPEN_MENU}).\n"
    )


def refusal(errors: list[tuple[str, str]], said: str) -> str:
    """What blocks the package: ``said`` (``errors_refusal``), then the first errors by meta."""
    count = len(errors)
    # Descriptions often end in a period, which «: » after it would double.
    lines = [f"• {meta.rstrip('.')}: {message}" for meta, message in errors[:MAX_LISTED_ERRORS]]
    if count > MAX_LISTED_ERRORS:
        more = count - MAX_LISTED_ERRORS
        lines.append(f"… y {more} más (véalos en el panel de errores y avisos).")
    return f"No se exportó el paquete: {said}\n\n" + "\n".join(lines)


def held_back(message: str) -> str:
    """An earlier reopened quarter's package goes first: the use case's reason, as a sentence."""
    # Worded for the command line too: the window names its menu alone.
    return for_window(message[:1].upper() + message[1:])


def export_error(exc: Exception) -> str:
    """Why the package was not written, from what its writing raised."""
    return for_window(_export_error(exc))  # the use cases' words name commands too


def _export_error(exc: Exception) -> str:
    from ism_desktop.exchange.export.reopened_before import HeldBackError
    from ism_desktop.exchange.export.report_package import ExportRefusedError, PackageTooBigError
    from ism_desktop.exchange.package.writer import ExportError

    if isinstance(exc, ExportRefusedError):
        return refusal([(e.meta_description, e.message) for e in exc.errors], exc.said)
    if isinstance(exc, HeldBackError):
        return held_back(str(exc))
    if isinstance(exc, PackageTooBigError):
        return f"No se exportó el paquete: {exc.said}"
    if isinstance(exc, ExportError | OSError):
        return f"No se exportó el paquete: {exc}"
    if isinstance(exc, StoreError):  # already a Spanish sentence (a busy or damaged file…)
        return f"No se exportó el paquete: {str(exc).rstrip('.')}."
    return f"No se exportó el paquete: {unexpected_error(exc)}."


def warning_count(total: int, justified: int) -> str:
    """The warnings that went with the package: how many, and how many are justified."""
    if total == 0:
        return "Sin avisos."
    warnings = count(total, "aviso", "avisos")
    return f"{warnings}: {justified} con justificación y {total - justified} sin justificar."


def no_metas(profile: PcProfile) -> str:
    """Why a year without metas has no package, report or pages, and what brings them."""
    choose = f"o elija el ejercicio en {PROFILE_MENU}…"
    if profile.role is Role.COORDINATOR:
        return (
            f"No hay metas en el ejercicio {profile.year}: importe el informe oficial (Archivo → "
            "Importar informe oficial…) o prepare el programa (Año → Programa de un año "
            f"nuevo…), {choose}"
        )
    return (
        f"No hay metas de la unidad {profile.unit} en el ejercicio {profile.year}: reciba el "
        f"programa base (Archivo → Recibir paquetes…) {choose}"
    )
