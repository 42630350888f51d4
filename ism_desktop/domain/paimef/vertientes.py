"""The three vertientes (numeral 2.3) and the 13 líneas de acción of Anexo 2, as data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Vertiente(StrEnum):
    """A vertiente of the Programa Anual (numeral 2.3)."""

    A = "A"
    B = "B"
    C = "C"

    @property
    def heading(self) -> str:
        """The vertiente's name as Anexo 2 prints it."""
        return _VERTIENTE_TITLES[self]


_VERTIENTE_TITLES = {
    Vertiente.A: (
        "Fortalecimiento de las estrategias de prevención y atención de las violencias "
        "contra las mujeres"
    ),
    Vertiente.B: "Prevención de las violencias contra las mujeres",
    Vertiente.C: (
        "Orientación y atención especializada a mujeres en situación de violencia y, en su "
        "caso, a sus hijas e hijos y personas allegadas"
    ),
}


@dataclass(frozen=True, slots=True)
class LineaAccion:
    """One línea de acción of Anexo 2: its vertiente, Roman numeral and name."""

    vertiente: Vertiente
    numeral: str
    name: str

    @property
    def code(self) -> str:
        """The code the Programa Anual uses, e.g. ``A-I``."""
        return f"{self.vertiente}-{self.numeral}"


def _lines(vertiente: Vertiente, *names: str) -> tuple[LineaAccion, ...]:
    numerals = ("I", "II", "III", "IV", "V", "VI")
    return tuple(LineaAccion(vertiente, numerals[i], name) for i, name in enumerate(names))


# Transcribed from Anexo 2 of the rules (names only; the examples of actions are not rules).
LINEAS_DE_ACCION: tuple[LineaAccion, ...] = (
    *_lines(
        Vertiente.A,
        "Formación especializada para actores públicos y sociales, en materia de prevención y "
        "atención de las violencias contra las mujeres.",
        "Mecanismos de participación social.",
        "Gestión del conocimiento e información.",
        "Contención emocional y autocuidado del personal.",
    ),
    *_lines(
        Vertiente.B,
        "Información, difusión y promoción para población abierta.",
        "Sensibilización.",
        "Formación para sectores sociales específicos y alianzas estratégicas.",
    ),
    *_lines(
        Vertiente.C,
        "Servicios de orientación.",
        "Servicios de atención especializada.",
        "Servicios de protección y alojamiento.",
        "Servicios de orientación y/o atención especializada en violencia contra las mujeres "
        "en espacios donde se ofrecen diversos servicios.",
        "Promoción del empoderamiento de las mujeres en situación de violencia.",
        "Apoyo en procesos judiciales y administrativos.",
    ),
)

_BY_CODE = {line.code: line for line in LINEAS_DE_ACCION}


def linea_by_code(code: str) -> LineaAccion | None:
    """The línea de acción with this code (``A-I``…``C-VI``), or ``None``."""
    return _BY_CODE.get(code.strip().upper())


def lineas_of(vertiente: Vertiente) -> tuple[LineaAccion, ...]:
    """The líneas de acción of one vertiente, in Anexo 2's order."""
    return tuple(line for line in LINEAS_DE_ACCION if line.vertiente is vertiente)


# A clave numbered within its vertiente: its letter, then a number («A.1», «B-2», «c3»).
_VERTIENTE_KEY = re.compile(r"\s*([ABCabc])\s*[.\-]?\s*\d")


def vertiente_of_key(key: str) -> Vertiente | None:
    """The vertiente a clave names («B.2» → B), or ``None`` for a free one («ACC-01»)."""
    said = _VERTIENTE_KEY.match(key)
    return None if said is None else Vertiente(said.group(1).upper())
