"""Counts said in Spanish: «1 meta», «2 metas», never «1 metas»."""

from __future__ import annotations

from collections.abc import Sequence

# Where the window reopens a closed quarter: every message that sends a person there names it
# the same way (the menu «Año», its entry «Cerrar o reabrir un trimestre…»).
REOPEN_MENU = "Año → Cerrar o reabrir un trimestre…"
EXPORT_MENU = "Archivo → Exportar paquete…"
REQUESTS_MENU = "Coordinación → Solicitudes de cambio de meta…"
# The same, where a sentence ends on it: ending on «…meta…» it read as cut off.
REQUESTS_WINDOW = "la ventana «Solicitudes de cambio de meta…» del menú Coordinación"
PROFILE_MENU = "Archivo → Configuración de esta computadora"
APPROVE_MENU = "Año → Aprobar el programa del año…"


def count(number: int, one: str, many: str) -> str:
    """``number`` and the noun phrase that agrees with it: ``count(1, "página", "páginas")``."""
    return f"{number} {one if number == 1 else many}"


def after_colon(text: str) -> str:
    """``text`` to follow a colon: «La justificación…» → «la justificación…»."""
    # Spanish writes lower case after a colon («Otro programa…» → «otro programa…»), but an
    # acronym keeps its capitals.
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def spoken_list(items: Sequence[object]) -> str:
    """«2023», «2023 y 2024», «2022, 2023 y 2024»: items as a sentence names them."""
    words = [str(item) for item in items]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} y {words[-1]}"


def shortened(text: str, limit: int = 60) -> str:
    """``text`` in at most ``limit`` characters: cut between words, with «…» if cut at all.

    A quote in a message names a meta; half a word («CAPACITACIÓN A SERVIDORES PÚB») reads
    as a typo in the data, so the cut falls after the last whole word that fits.
    """
    if len(text) <= limit:
        return text
    room = text[: limit - 1]
    # A word cut by the limit is left out, unless it is the only one.
    whole = room if text[limit - 1] == " " else room.rpartition(" ")[0]
    kept = whole.rstrip(" ,;:") or room
    return kept + "…"


def quoted(value: object, limit: int = 40) -> str:
    """A value read from a person or a file as a refusal quotes it: short, every character shown.

    Quoted whole, a field of 100 000 characters made a message as long, and an escape sequence
    cleared the terminal it was printed on: the cut ends in «…», and a character that is not
    printable (a control, a direction override) reads «?».
    """
    text = str(value).strip()
    cut = text if len(text) <= limit else text[: limit - 1] + "…"
    return cut if cut.isprintable() else "".join(c if c.isprintable() else "?" for c in cut)


def units_said(codes: Sequence[object]) -> str:
    """«la unidad 004», «las unidades 001 y 003»: the units a sentence names (at least one)."""
    return f"la unidad {codes[0]}" if len(codes) == 1 else f"las unidades {spoken_list(codes)}"


def reopen_hint(year: int, unit: str, quarters: Sequence[int], verb: str) -> str:
    """How to reopen a unit's closed quarters, in the window and on the command line.

    The year is always named: left out, the command reopened that quarter of the last year
    imported. The command reopens one quarter: with several, it is said once, the others named.
    """
    return f"{verb} {reopen_how(year, unit, quarters)}"


def reopen_how(year: int, unit: str, quarters: Sequence[int], database: str | None = None) -> str:
    """«con un motivo (menu; en la línea de comandos: …)»: ``reopen_hint`` without its verb.

    ``database``: the file the command was told (--db), named so the reopening reaches it.
    """
    others = "".join(f", y lo mismo con --trimestre {q}" for q in quarters[1:])
    db = "" if database is None else f'--db "{database}" '
    return (
        f"con un motivo ({REOPEN_MENU}; en la línea de comandos: ism-desktop trimestre "
        f"reabrir {db}--ejercicio {year} --unidad {unit} --trimestre {quarters[0]} "
        f'--motivo "…"{others})'
    )


def export_hint(year: int, unit: str, quarter: int) -> str:
    """The command line that exports a unit's quarter of ``year``, for a message to name.

    The year is always named: left out, the command exported that quarter of the last year
    imported, not the one the message speaks of.
    """
    return (
        f"ism-desktop export --ejercicio {year} --unidad {unit} --trimestre {quarter} --out CARPETA"
    )
