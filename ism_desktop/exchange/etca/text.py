"""Reading the text of an ETCA-III-04 report into domain objects, figures exactly as printed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ism_desktop.domain.codes import (
    Activity,
    ActivityCode,
    Entity,
    Programme,
    ProgrammeCode,
    Unit,
    UnitCode,
)
from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.gc_pause import cycle_collection_paused
from ism_desktop.domain.limits import (
    MAX_DESCRIPTION_CHARS,
    MAX_MEASURE_CHARS,
    bad_character,
    figure_problem,
    thousands,
    too_long,
)
from ism_desktop.domain.look_alike import description_problem
from ism_desktop.domain.meta import META_KINDS, Meta, MetaKey, normalize_text
from ism_desktop.domain.progress import official_progress
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import Catalogue, ProgressReport
from ism_desktop.exchange.etca.errors import EtcaFormatError, ImportWarning, clipped
from ism_desktop.exchange.etca.file_end import (
    cut_file_warning,
    no_process_after_the_last_meta,
    wrapped,
)
from ism_desktop.exchange.etca.lines import clean_lines
from ism_desktop.exchange.etca.narrative_lines import narrative_text
from ism_desktop.exchange.etca.token_types import (
    EvaluationMark,
    FigureRows,
    Heading,
    Paragraph,
    Token,
)
from ism_desktop.exchange.etca.tokens import tokenize

# Headings repeat few codes (a state report: 3,600 headings): each code is made and checked
# once; an invalid one raises every time, as the cache keeps only results.
_unit_code = lru_cache(maxsize=1024)(UnitCode)
_programme_code = lru_cache(maxsize=1024)(ProgrammeCode)
_activity_code = lru_cache(maxsize=1024)(ActivityCode)


@dataclass(frozen=True)
class EtcaImport:
    """A report read from text, with what the program would compute differently."""

    report: ProgressReport
    warnings: tuple[ImportWarning, ...]


def parse_etca_text(text: str) -> EtcaImport:
    """Read the text of an ETCA-III-04 report; raise ``EtcaFormatError`` naming the line."""
    with cycle_collection_paused():
        return _parse(text)


def _parse(text: str) -> EtcaImport:
    # A bell or NUL in a narrative would later stop the Excel report and the package. One
    # search over the whole text; the line is counted only when something is found (line
    # separators such as U+000B only split a line, and are not refused).
    if bad_character(text):
        for number, line in enumerate(text.splitlines(), start=1):
            if problem := bad_character(line):
                raise EtcaFormatError(number, f"la línea {problem}.")
    clean = clean_lines(text)
    if clean.year is None:
        raise EtcaFormatError(
            None,
            "no se encontró el título «INFORME DE AVANCE PROGRAMÁTICO <año>»: el archivo no "
            "parece un informe ETCA-III-04.",
        )
    if clean.quarter is None:
        raise EtcaFormatError(None, "no se encontró la línea «TRIMESTRE: …» del encabezado.")
    assembler = _Assembler(clean.year, clean.quarter)
    assembler.read(tokenize(clean))
    metas = assembler.finish()
    if not metas:
        raise EtcaFormatError(None, "el informe no contiene ninguna meta (filas MET/NUM/DEN).")
    report = ProgressReport(
        year=clean.year,
        quarter=clean.quarter,
        metas=tuple(metas),
        catalogue=assembler.catalogue(),
        entity=assembler.first_entity or Entity("30", "INSTITUTO SONORENSE DE LAS MUJERES"),
        printed_at=clean.printed_at,
    )
    return EtcaImport(report=report, warnings=tuple(assembler.warnings))


class _OpenMeta:
    # A plain class: only the assembler holds one, and a dataclass compiles methods at each start.
    __slots__ = ("key", "rows", "unit_of_measure")

    def __init__(self, rows: FigureRows, key: MetaKey, unit_of_measure: str) -> None:
        self.rows = rows
        self.key = key
        self.unit_of_measure = unit_of_measure


class _Assembler:
    """Puts tokens together: headings set the context, figure rows close each meta."""

    def __init__(self, year: int, quarter: Quarter) -> None:
        self.year = year
        self.quarter = quarter
        self.entity: Entity | None = None
        self.first_entity: Entity | None = None
        self.unit: UnitCode | None = None
        self.programme: ProgrammeCode | None = None
        self.activity: ActivityCode | None = None
        self.entities: dict[str, Entity] = {}
        self.units: dict[tuple[str, UnitCode], Unit] = {}
        self.programmes: dict[tuple[str, ProgrammeCode], Programme] = {}
        self.activities: dict[tuple[str, ActivityCode], Activity] = {}
        self.metas: list[Meta] = []
        self.seen: dict[str, int] = {}
        self.warnings: list[ImportWarning] = []
        self.pending: list[Token] = []
        self.open: _OpenMeta | None = None
        self.figure_rows: dict[int, tuple[list[Decimal], FigureRow]] = {}

    def read(self, tokens: list[Token]) -> None:
        """Take the tokens in order; figure rows settle what came before them."""
        # One loop here rather than a call per token: a state report has 26,000 of them.
        pending = self.pending
        for token in tokens:
            if type(token) is not FigureRows:
                pending.append(token)
                continue
            before = pending
            self.pending = pending = []
            description, unit_of_measure, start = self._describe(token, before)
            self._settle(before[:start])
            self.open = _OpenMeta(token, self._key(token, description), unit_of_measure)

    def finish(self) -> list[Meta]:
        """Close the last meta and return all metas in report order."""
        self.pending, numbered = no_process_after_the_last_meta(self.pending)
        if self.open is not None:
            warning = cut_file_warning(
                self.open.key.description,
                self.open.rows.line,
                self.pending,
                numbered,
                self._renames_activity,
            )
            if warning is not None:
                self.warnings.append(warning)
        self._settle(self.pending)
        self.pending = []
        return self.metas

    def catalogue(self) -> Catalogue:
        """The names of everything the metas refer to."""
        return Catalogue(self.entities, self.units, self.programmes, self.activities)

    def _describe(self, rows: FigureRows, pending: list[Token]) -> tuple[str, str, int]:
        """Description and unit of measure of a meta, and where they start in ``pending``."""
        words = rows.prefix.split()
        if len(words) >= 2:
            return " ".join(words[:-1]), words[-1], len(pending)
        start = len(pending)
        if words:
            unit_of_measure = words[0]
        else:
            unit_paragraph = pending[-1] if pending else None
            if not isinstance(unit_paragraph, Paragraph):
                raise EtcaFormatError(rows.line, "falta la unidad de medida antes de la fila MET.")
            unit_of_measure = unit_paragraph.joined("")
            start -= 1
        described = pending[start - 1] if start >= 1 else None
        if not isinstance(described, Paragraph):
            raise EtcaFormatError(
                rows.line, "falta la descripción de la meta antes de la fila MET."
            )
        start -= 1
        if not described.glued:  # most descriptions: not cut by a page break
            return normalize_text(" ".join(described.texts)), unit_of_measure, start
        parts = [described]
        while self._continues_across_page(pending, start):
            start -= 1
            parts.insert(0, pending[start])  # type: ignore[arg-type]
        return normalize_text(" ".join(p.joined() for p in parts)), unit_of_measure, start

    @staticmethod
    def _continues_across_page(pending: list[Token], start: int) -> bool:
        # A description cut by a page break: the part before is short-lined and not a narrative.
        current = pending[start]
        previous = pending[start - 1] if start >= 1 else None
        before = pending[start - 2] if start >= 2 else None
        return (
            isinstance(current, Paragraph)
            and current.glued
            and isinstance(previous, Paragraph)
            and not isinstance(before, EvaluationMark)
            and wrapped(previous)
        )

    def _settle(self, tokens: list[Token]) -> None:
        """Close the open meta with its narrative and apply the headings that follow it."""
        if len(tokens) == 2 and self.open is not None:
            # Most metas: the evaluation title and one paragraph of narrative, what the loop
            # below makes of them.
            title, paragraph = tokens
            if type(title) is EvaluationMark and type(paragraph) is Paragraph:
                self._close(self.open, narrative_text(paragraph.texts))
                self.open = None
                return
        narrative: list[str] = []
        collecting = False
        # The token classes have no subclasses: their type is tested, the commonest first.
        for token in tokens:
            if type(token) is Heading and self._renames_activity(token):
                # The same code with another name: a narrative line that starts with a number.
                token = Paragraph([f"{token.code} {token.name}"], token.line)
            if type(token) is Paragraph:
                if collecting:
                    narrative.extend(token.texts)
                else:
                    self.warnings.append(
                        ImportWarning(
                            token.first_line,
                            f"texto fuera de lugar, no se importó: «{clipped(token.joined())}».",
                        )
                    )
            elif type(token) is Heading:
                self._apply_heading(token)
                collecting = False
            elif type(token) is EvaluationMark:
                collecting = self.open is not None and not narrative
            # Figure rows are never pending: they close a meta as soon as they are read.
        if self.open is not None:
            self._close(self.open, narrative_text(narrative))
            self.open = None

    def _renames_activity(self, heading: Heading) -> bool:
        if heading.kind != "activity" or self.entity is None:
            return False
        try:
            code = _activity_code(heading.code)
        except ValueError:
            return False  # not a code at all: applying the heading says so, naming its line
        known = self.activities.get((self.entity.code, code))
        return known is not None and known.name != heading.name

    def _apply_heading(self, heading: Heading) -> None:
        try:
            if heading.kind == "entity":
                entity = Entity(heading.code, heading.name)
                self.entity = entity
                self.first_entity = self.first_entity or entity
                self.entities[entity.code] = entity
                self.unit = self.programme = self.activity = None
                return
            entity_code = self._entity_code(heading.line)
            # Each unit heads its programmes and activities again: a name already known under
            # the same code is kept as it is (an equal entry, in the same place).
            name = heading.name
            if heading.kind == "unit":
                unit = self.unit = _unit_code(heading.code)
                known_unit = self.units.get((entity_code, unit))
                if known_unit is None or known_unit.name != name:
                    self.units[(entity_code, unit)] = Unit(entity_code, unit, name)
            elif heading.kind == "programme":
                programme = self.programme = _programme_code(heading.code)
                known_programme = self.programmes.get((entity_code, programme))
                if known_programme is None or known_programme.name != name:
                    self.programmes[(entity_code, programme)] = Programme(
                        entity_code, programme, name
                    )
            else:
                activity = self.activity = _activity_code(heading.code)
                known_activity = self.activities.get((entity_code, activity))
                if known_activity is None or known_activity.name != name:
                    self.activities[(entity_code, activity)] = Activity(entity_code, activity, name)
        except ValueError as exc:
            raise EtcaFormatError(heading.line, str(exc)) from None

    def _entity_code(self, line: int) -> str:
        if self.entity is None:
            raise EtcaFormatError(line, "falta la línea «DEPENDENCIA / ENTIDAD» antes de esta.")
        return self.entity.code

    def _key(self, rows: FigureRows, description: str) -> MetaKey:
        entity = self._entity_code(rows.line)
        if self.unit is None or self.programme is None or self.activity is None:
            missing = [
                label
                for label, value in (
                    ("UNIDAD ADMINISTRATIVA", self.unit),
                    ("programa presupuestario", self.programme),
                    ("proceso (clave de tres dígitos)", self.activity),
                )
                if value is None
            ]
            raise EtcaFormatError(
                rows.line,
                f"la meta «{clipped(description)}» aparece antes de su {', '.join(missing)}.",
            )
        # A letter of another alphabet («SОCIO…», a Cyrillic О): a meta that reads as another.
        if (problem := description_problem(description)) is not None:
            raise EtcaFormatError(
                rows.line, f"la descripción de la meta «{clipped(description)}» {problem}"
            )
        return MetaKey(entity, self.unit, self.programme, self.activity, description)

    def _close(self, open_meta: _OpenMeta, narrative: str) -> None:
        rows, key = open_meta.rows, open_meta.key
        stable_id = key.stable_id
        if stable_id in self.seen:
            raise EtcaFormatError(
                rows.line,
                f"la meta «{clipped(key.description)}» ya apareció en la línea "
                f"{self.seen[stable_id]} con la misma unidad, programa y proceso.",
            )
        self.seen[stable_id] = rows.line
        if not rows.admissible:
            _check_figures(rows)
        if problem := too_long(narrative, feminine=True):  # la evaluación
            raise EtcaFormatError(
                rows.line, f"la evaluación de la meta «{clipped(key.description)}» {problem}."
            )
        # What a unit's programa base can carry (see ``domain.limits``).
        for what, text, limit in (
            ("la descripción", key.description, MAX_DESCRIPTION_CHARS),
            ("la unidad de medida", open_meta.unit_of_measure, MAX_MEASURE_CHARS),
        ):
            if len(text) > limit:
                raise EtcaFormatError(
                    rows.line,
                    f"{what} de la meta «{clipped(key.description)}» tiene "
                    f"{thousands(len(text))} caracteres (máx. {thousands(limit)}).",
                )
        # The reader hands out one list per distinct printed row (an absolute meta's NUM row is
        # its MET row): each becomes one immutable FigureRow, shared by the metas that print it.
        # The list is kept with it, so that its id cannot be reused while the dict lives.
        known, quarter = self.figure_rows, self.quarter
        rows_read = [rows.met, rows.num] if rows.den is None else [rows.met, rows.num, rows.den]
        for values in rows_read:
            if id(values) not in known:
                known[id(values)] = (values, FigureRow.from_printed(values, quarter))
        meta = Meta(
            key,
            open_meta.unit_of_measure,
            META_KINDS[rows.kind],
            rows.cumulative,
            known[id(rows.met)][1],
            known[id(rows.num)][1],
            None if rows.den is None else known[id(rows.den)][1],
            {quarter: narrative} if narrative else {},
        )
        self.metas.append(meta)
        self._compare_progress(meta, rows)

    def _compare_progress(self, meta: Meta, rows: FigureRows) -> None:
        computed = official_progress(meta, self.quarter)
        if rows.printed_progress is None:
            self.warnings.append(
                ImportWarning(
                    rows.line, f"la meta «{clipped(meta.description)}» no trae % de avance."
                )
            )
        elif computed is not None and computed != rows.printed_progress:
            self.warnings.append(
                ImportWarning(
                    rows.line,
                    f"el % de avance impreso ({rows.printed_progress:.2f} %) de la meta "
                    f"«{clipped(meta.description)}» no coincide con el calculado ({computed} %).",
                )
            )


def _check_figures(rows: FigureRows) -> None:
    # One bound for every entry point: a 27-digit figure breaks the % arithmetic downstream.
    # The reader bounded each distinct figure once; the culprit is sought only if one was out.
    if rows.admissible:
        return
    for label, values in (("MET", rows.met), ("NUM", rows.num), ("DEN", rows.den or [])):
        for value in values:
            if problem := figure_problem(value):
                raise EtcaFormatError(
                    rows.line, f"la cifra «{clipped(str(value), 30)}» de la fila {label} {problem}."
                )
    if rows.printed_progress is not None and figure_problem(rows.printed_progress):
        raise EtcaFormatError(rows.line, "el % de avance impreso no es una cifra admisible.")
