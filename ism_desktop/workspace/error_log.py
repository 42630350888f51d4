"""A program error (a defect, not bad data) said in Spanish, its details kept in a file.

The bundled program has no console: a traceback printed there is a window that vanishes with
nothing said. The person gets one sentence; whoever gives support gets the traceback.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from ism_desktop import __version__
from ism_desktop.platform import data_dir

ERROR_LOG_NAME = "errores.txt"
# Past this size the file starts over: it is for the latest errors, not a history.
_LOG_LIMIT_BYTES = 1024 * 1024


def record_program_error(exc: BaseException) -> Path | None:
    """Append ``exc``'s traceback to the error file beside the data (None: not written).

    Never raises: it runs while another failure is being told, which must still reach the person.
    """
    try:
        # Imported here, inside the guard: the hook that calls this is installed before the
        # window's first paint, which needs no ``datetime``.
        from datetime import datetime

        path = data_dir() / ERROR_LOG_NAME
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        entry = f"--- {stamp} ISM Avance {__version__}\n"
        entry += "".join(traceback.format_exception(exc))
        path.parent.mkdir(parents=True, exist_ok=True)
        too_big = path.is_file() and path.stat().st_size > _LOG_LIMIT_BYTES
        # backslashreplace: a message may carry text no encoding can write (a lone surrogate).
        with path.open("w" if too_big else "a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(entry)
    except Exception:  # the message still reaches the person; only the details are lost
        return None
    return path


def error_text(exc: BaseException) -> str:
    """What the exception says, or its kind when it says nothing (``AssertionError()``)."""
    return str(exc) or type(exc).__name__


def unexpected_error(exc: BaseException) -> str:
    """«ocurrió un error inesperado (…)», to end a sentence that says what was not done.

    The traceback is recorded on the way, for whoever gives support.
    """
    record_program_error(exc)
    return f"ocurrió un error inesperado ({error_text(exc)})"


def program_error_message(exc: BaseException, doing: str = "", unchanged: bool = False) -> str:
    """The Spanish message for a program error while ``doing`` (e.g. «al abrir el informe»).

    ``unchanged``: the caller knows no data was written, and says so.
    """
    lead = f"Ocurrió un error inesperado {doing}".rstrip()
    message = f"{lead}: {error_text(exc)}\n\n"
    message += "No se modificó ningún dato." if unchanged else "Lo ya guardado no se pierde."
    path = record_program_error(exc)
    if path is not None:
        message += f" Los detalles técnicos se guardaron en «{path}» para quien le dé soporte."
    if not unchanged:
        message += " Si vuelve a ocurrir, cierre y abra de nuevo ISM Avance."
    return message
