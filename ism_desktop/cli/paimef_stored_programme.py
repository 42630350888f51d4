"""What the commands on the stored Programa Anual share: their author, a missing programme."""

from __future__ import annotations

# Who the history names for a change made from the command line.
CLI_AUTHOR = "Línea de comandos"  # capitalised as «Unidad 004», the other «Quién»


def no_programme(year: int | None) -> str:
    """Why there is no programme to work on: none at all, or none of the year named."""
    if year is None:
        return (
            "la base de datos no tiene un Programa Anual PAIMEF; impórtelo con «ism-desktop "
            "paimef import-programa ARCHIVO»."
        )
    # «no tiene un Programa Anual» read as if the 2026 one stored were gone.
    return (
        f"la base de datos no tiene el Programa Anual PAIMEF {year}; impórtelo con "
        "«ism-desktop paimef import-programa ARCHIVO», o indique otro --ejercicio."
    )
