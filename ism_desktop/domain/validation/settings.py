"""What the coordinating unit may tune in validation; defaults follow the state's practice."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ism_desktop.domain.spelling import SpellingChecker
from ism_desktop.domain.validation.narrative_text import fold_text

# Units whose figures count whole things: a fraction in them is a typing slip. PORCENTAJE (and
# ÍNDICE, TASA, PROMEDIO…) are continuous. Units not listed are not checked for fractions: a
# false error would block a unit's export, while an index or a rate legitimately has decimals.
_COUNT_UNIT_NAMES = (
    # The 21 count units of the official 2024 report.
    "INFORME", "PROYECTO", "EVENTO", "ASESORÍA", "SESIÓN", "DOCUMENTO", "PERSONA", "CONVENIO",
    "CAPACITACIÓN", "SEGUIMIENTO", "PUBLICACIÓN", "ACCIÓN", "PLÁTICA", "GESTIÓN", "EXPEDIENTE",
    "ESTUDIO", "ATENCIÓN", "CAMPAÑA", "CONSEJO", "SISTEMA", "REUNIÓN",
    # Other count units of the state's catalogue of units of measure.
    "APOYO", "BECA", "TALLER", "CURSO", "CONFERENCIA", "FORO", "JORNADA", "MESA", "MUJER",
    "USUARIA", "BENEFICIARIA", "BENEFICIARIO", "SERVICIO", "VISITA", "SOLICITUD", "PROGRAMA",
    "MUNICIPIO", "INSTITUCIÓN", "ORGANISMO", "DIAGNÓSTICO", "MATERIAL", "ACTA", "OFICIO",
    "DICTAMEN", "AUDITORÍA", "REPORTE", "EVALUACIÓN", "ENCUESTA", "VIDEO", "SPOT", "CONSTANCIA",
    "CERTIFICADO", "MANUAL", "PROTOCOLO", "LINEAMIENTO", "PLAN", "ACUERDO", "COMITÉ", "RED",
    "GRUPO", "CENTRO", "UNIDAD", "ENLACE", "VINCULACIÓN", "DIFUSIÓN", "CANALIZACIÓN",
    "DENUNCIA", "CASO", "ORIENTACIÓN", "TERAPIA", "VALORACIÓN", "ACOMPAÑAMIENTO", "PRODUCTO",
    "REGISTRO",
)  # fmt: skip
COUNT_UNITS: frozenset[str] = frozenset(fold_text(name) for name in _COUNT_UNIT_NAMES)


@dataclass(frozen=True, slots=True)
class ValidationSettings:
    """Tunable thresholds of the warnings; errors follow the official rules and are fixed."""

    band_low: Decimal = Decimal(90)
    band_high: Decimal = Decimal(110)
    min_narrative_words: int = 4
    copy_similarity_percent: int = 90
    outlier_ratio: Decimal = Decimal(5)
    count_units: frozenset[str] = COUNT_UNITS
    disabled_warnings: frozenset[str] = field(default_factory=frozenset)
    # The Spanish dictionary, once loaded (off the GUI thread); without it spelling is not checked.
    spelling: SpellingChecker | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.band_low > self.band_high:
            raise ValueError("El límite inferior del rango de avance supera al superior.")
        if not 0 < self.copy_similarity_percent <= 100:
            raise ValueError("La similitud para considerar copia debe estar entre 1 y 100 %.")
        if self.outlier_ratio <= 1:
            raise ValueError("La razón para considerar atípica una cifra debe ser mayor que 1.")
        if self.min_narrative_words < 0:
            raise ValueError("El mínimo de palabras de la evaluación no puede ser negativo.")

    def is_count_unit(self, unit_of_measure: str) -> bool:
        """Whether figures in this unit of measure must be whole numbers."""
        return unit_key(unit_of_measure) in self.count_units


@lru_cache(maxsize=256)
def unit_key(unit_of_measure: str) -> str:
    """A unit of measure as the constants spell it: blanks collapsed, no accents, capitals."""
    return fold_text(" ".join(unit_of_measure.split()))
