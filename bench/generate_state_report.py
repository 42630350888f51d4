"""A deterministic state-scale ETCA-III-04 report laid out as the real one, for benchmarks."""

from __future__ import annotations

import argparse
import json
import math
import random
import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

ZERO, HUNDRED, CENT = Decimal(0), Decimal(100), Decimal("0.01")
PRINTED_AT = "11-04-2024 10:44"
_COLS = "TRIMESTRAL" + " ANUAL ".join(["PRIMERO SEGUNDO TERCERO CUARTO"] * 3)  # column titles
_TOP = ["GOBIERNO DEL ESTADO DE SONORA", "", "INFORME DE AVANCE PROGRAMÁTICO 2024"]
_TOP += ["PROGRAMA OPERATIVO ANUAL", "", "ETCA-III-04"]
_TAIL = ["% DE AVANCE", _COLS, "", PRINTED_AT, "", "", ""]
_ROTATED_TEXT = "T|IP||O| M||E|T||A||V|A||L.| A||C|U||M|.||D|A||T|O||S|"
_ROTATED = _ROTATED_TEXT.split("|")  # rotated column titles, one or two letters a line
_QUARTER = ["", "TRIMESTRE: PRIMERO"]
_PROG = "PROGRAMADO ORIGINAL MODIFICADO REALIZADO"
# The seven header blocks of the real PDF extraction (weight, lines, lead of the dependency
# line): the shorter ones lose lines and glue the dependency line with a space, as the seed does.
_HEADERS: list[tuple[int, list[str], str]] = [
    (40, _TOP + _QUARTER + [" " + _PROG, ""] + _TAIL, ""),
    (15, _TOP + _QUARTER + [" MEDIDA", "", *_ROTATED, _PROG, ""] + _TAIL, ""),
    (10, [*_TOP, " " + _PROG, "", *_TAIL], ""),
    (10, [*_TOP, " " + _COLS, "", PRINTED_AT, "", "", ""], ""),
    (9, [*_TOP, " " + _COLS], " "),
    (8, _TOP[:4], " "),
    (8, _TOP[:3], " "),
]
_WEIGHTS = [weight for weight, _, _ in _HEADERS]
# The printed column wraps long units of measure; the splits are the seed's own.
_WRAPPED = {"PORCENTAJE": ("PORCENTAJ", "E"), "EXPEDIENTE": ("EXPEDIENT", "E")}
_WRAPPED |= {"CAPACITACIÓN": ("CAPACITACI", "ÓN"), "PUBLICACIÓN": ("PUBLICACIÓ", "N")}
_WRAPPED |= {"SEGUIMIENTO": ("SEGUIMIEN", "TO"), "DOCUMENTO": ("DOCUMENT", "O")}
_INLINE = "INFORME PROYECTO EVENTO ASESORÍA SESIÓN PERSONA CONVENIO ACCIÓN PLÁTICA GESTIÓN "
_INLINE += "ESTUDIO ATENCIÓN CAMPAÑA CONSEJO SISTEMA REUNIÓN"
_ABSOLUTE_UNITS = [*_INLINE.split(), *(unit for unit in _WRAPPED if unit != "PORCENTAJE")]
# Sections start with "#", entries split by "|"; a line break inside an entry reads as a space.
_VOCAB = """
#SECRETARÍA DE|INSTITUTO SONORENSE DE|COMISIÓN ESTATAL DE|CONSEJO ESTATAL DE|PROCURADURÍA DE
|COORDINACIÓN ESTATAL DE|SERVICIOS DE|FONDO ESTATAL DE
#EDUCACIÓN Y CULTURA|SALUD PÚBLICA|DESARROLLO SOCIAL|HACIENDA|ECONOMÍA|LA JUVENTUD|VIVIENDA
|AGRICULTURA, GANADERÍA Y PESCA|SEGURIDAD PÚBLICA|TURISMO|LAS MUJERES|DEPORTE|AGUA POTABLE
#COORDINACIÓN EJECUTIVA|DIRECCIÓN GENERAL DE ADMINISTRACIÓN Y FINANZAS|DIRECCIÓN JURÍDICA
|DIRECCIÓN DE EVALUACIÓN Y SEGUIMIENTO TÉCNICO|UNIDAD DE TRANSPARENCIA|SECRETARÍA TÉCNICA
|DIRECCIÓN DE PLANEACIÓN|ÓRGANO INTERNO DE CONTROL|DIRECCIÓN DE COMUNICACIÓN E IMAGEN
|DIRECCIÓN DE PROGRAMAS SOCIALES|DIRECCIÓN DE ATENCIÓN CIUDADANA|COORDINACIÓN REGIONAL SUR
#INSTITUCIONALIZACIÓN DE LA PERSPECTIVA DE GÉNERO EN LA GESTIÓN PÚBLICA|COORDINACIÓN DE
POLÍTICAS PARA LA PREVENCIÓN, ATENCIÓN, SANCIÓN Y ERRADICACIÓN DE LA VIOLENCIA CONTRA LAS
MUJERES|FORTALECIMIENTO DE LA EDUCACIÓN BÁSICA|GESTIÓN PÚBLICA EFICIENTE|BUEN GOBIERNO
#PROMOCIÓN DE LOS DERECHOS HUMANOS DE LAS MUJERES|COORDINACIÓN ADMINISTRATIVA|CONTROL INTERNO
|TRANSPARENCIA Y ACCESO A LA INFORMACIÓN|ALERTA DE VIOLENCIA DE GÉNERO CONTRA LAS MUJERES
|ATENCIÓN A MUJERES EN SITUACIONES DE VIOLENCIA.|SISTEMA ESTATAL DE IGUALDAD|SALUD COMUNITARIA
|ACCIONES ORIENTADAS A MODIFICAR CONDUCTAS ESTEREOTIPADAS|PLANEACIÓN Y EVALUACIÓN
#CAPACITACIÓN AL FUNCIONARIADO EN MATERIA DE|SEGUIMIENTO AL PROGRAMA DE|ELABORACIÓN DEL
PROGRAMA DE|ATENCIÓN A PERSONAS USUARIAS DE LOS SERVICIOS DE|DIFUSIÓN DE LAS ACCIONES DE
|PORCENTAJE DE CUMPLIMIENTO DEL PROGRAMA DE|ÍNDICE DE CALIDAD EN LOS INFORMES DE
#LA IGUALDAD ENTRE MUJERES Y HOMBRES|SALUD PÚBLICA|SEGURIDAD ALIMENTARIA|CONTROL INTERNO
|INFRAESTRUCTURA EDUCATIVA|DERECHOS HUMANOS|PROTECCIÓN CIVIL|EMPLEO FORMAL|GASTO FEDERALIZADO
#EN LOS MUNICIPIOS DEL ESTADO|PARA EL FUNCIONARIADO PÚBLICO ESTATAL Y MUNICIPAL|(PEPASEV 2022-2027)
|CON PERSPECTIVA DE GÉNERO|A TRAVÉS DE REDES SOCIALES|EN COMUNIDADES INDÍGENAS|(PROGRAMA ANUAL 2024)
|DE LAS INSTITUCIONES Y MUNICIPIOS ALERTADOS|DIRIGIDO A NIÑAS, NIÑOS Y ADOLESCENTES
#LA EVIDENCIA SE ENCUENTRA EN SU RESPECTIVA CARPETA EN RESGUARDO EN LA {unit}.|LAS ACCIONES
SE LLEVARON A CABO EN EL MUNICIPIO DE {town} EL DÍA {day} DE MARZO DE 2024.|EXISTE EL
COMPROMISO DE QUE AL FINAL DEL EJERCICIO SE CUMPLIRÁ LA META ANUAL PROGRAMADA.|QUEDÓ
PROGRAMADA LA SIGUIENTE ACTIVIDAD EN EL MUNICIPIO DE {town} PARA EL MES DE ABRIL.|LO ANTERIOR
EN RAZÓN DE SITUACIONES DIVERSAS DE LOS AYUNTAMIENTOS, AJENAS A ESTA DEPENDENCIA.|SE CONTÓ CON
LA PARTICIPACIÓN DEL PERSONAL DE LOS AYUNTAMIENTOS Y DE ORGANIZACIONES DE LA SOCIEDAD CIVIL.
|LOS RESULTADOS SE INFORMARON A LA COORDINACIÓN EJECUTIVA EL DÍA {day} DE FEBRERO DE 2024.
|SE ATENDIERON SOLICITUDES DE LOS MUNICIPIOS DE {town} Y {other}, CON APOYO DE LA {unit}.
#NO SE PROGRAMÓ ACCIÓN PARA ESTA META EN EL TRIMESTRE QUE SE INFORMA.|PARA EL PRIMER
TRIMESTRE DEL EJERCICIO 2024, NO FUERON PROGRAMADAS ACCIONES PARA ESTA META. MOTIVO POR EL
CUAL NO SE GENERÓ AVANCES.|NO SE PROGRAMÓ META PARA ESTE INDICADOR (META DE CUMPLIMIENTO ANUAL).
"""
_SECTIONS = [
    [entry.strip() for entry in " ".join(section.split("\n")).split("|")]
    for section in _VOCAB.strip().lstrip("#").split("\n#")
]
_KINDS, _AREAS, _UNITS, _PROGRAMMES, _ACTIVITIES, _HEADS, _TOPICS, _COMPLEMENTS = _SECTIONS[:8]
_FILLERS, _IDLE = _SECTIONS[8:]
_TOWNS = "HERMOSILLO|CAJEME|NAVOJOA|NOGALES|GUAYMAS|PUERTO PEÑASCO|CABORCA|ÁLAMOS|URES|CANANEA"


def _num(value: Decimal | int) -> str:
    """A NUM/DEN figure as printed: ``1900.00``."""
    return f"{Decimal(value):.2f}"


def _pct(value: Decimal, computed: bool = False) -> str:
    """A MET percentage: typed whole values print bare (``100%``), computed ones with decimals."""
    if value and not computed and value == value.to_integral_value():
        return f"{int(value)}%"
    return f"{value:.2f}%"


def _progress(achieved: Decimal, original: Decimal) -> Decimal:
    """The official % de avance: achieved / ORIGINAL × 100, truncated; 0 without an original."""
    return (achieved * HUNDRED / original).quantize(CENT, ROUND_DOWN) if original else ZERO


@dataclass
class Figures:
    """The printed MET/NUM/DEN rows of a meta and what its narrative can quote."""

    met: list[str]
    num: list[str]
    den: list[str] | None
    progress: Decimal
    target: Decimal  # modified Q1: what the staff measure themselves against
    achieved: Decimal


def absolute_figures(rng: random.Random) -> Figures:
    """A tipo A meta: VAL. ACUM. SI, annual = sum of quarters, NUM = MET, no DEN."""
    base = rng.choice([rng.randint(1, 5), rng.randint(6, 60), rng.randint(2, 40) * 50])
    original = [0 if rng.random() < 0.2 else max(1, round(base * rng.uniform(0.6, 1.4)))]
    original += [base if rng.random() < 0.5 else rng.choice([0, base, base * 2]) for _ in "234"]
    original[3] = original[3] if any(original) else base
    modified = list(original)
    if rng.random() < 0.15:  # the modified programme moves; the original is fixed
        for quarter in rng.sample(range(4), rng.randint(1, 2)):
            modified[quarter] = rng.choice([0, max(1, base // 2), base * 3])
    target, roll = modified[0], rng.random()
    factor = 1.0 if roll < 0.45 else rng.uniform(0.3, 1.0) if roll < 0.85 else rng.uniform(1, 2)
    achieved = round(target * factor) if target else int(roll < 0.03)
    row = [_num(v) for v in [*original, sum(original), *modified, sum(modified), achieved]]
    row += ["0.00"] * 3  # later quarters: not reported yet
    progress = _progress(Decimal(achieved), Decimal(original[0]))
    return Figures(row, row, None, progress, Decimal(target), Decimal(achieved))


def percentage_figures(rng: random.Random, cumulative: bool) -> Figures:
    """A tipo P meta: MET = NUM / DEN × 100; annual = sums (SI) or last programmed quarter (NO)."""
    pct = rng.choice([100, 100, 100, 100, 95, 90, 85, 80, 75, 50])
    step = 100 // math.gcd(pct, 100)  # whole NUM and DEN, the same % in every active quarter
    nums, dens = [0] * 4, [0] * 4
    for quarter in rng.choice([[3], [3], [2], [1, 3], [0, 1, 2, 3], [0, 1, 2, 3], [0, 2]]):
        size = rng.choice([20, 30, 80, 90, 100, 100, 100, 120, 200, 300, 500, 1000])
        dens[quarter] = -(-size // step) * step
        nums[quarter] = dens[quarter] * pct // 100
    if not cumulative and pct == 100 and all(dens) and rng.random() < 0.1:
        nums[1] = dens[1] // 10  # the "10% among 100%" typing slip of the real report
    factor = rng.choice([2, 3]) if rng.random() < 0.1 else 1
    mod_nums, mod_dens = [n * factor for n in nums], [d * factor for d in dens]
    got_num, got_den = Decimal(mod_nums[0]), Decimal(mod_dens[0])
    if got_den and rng.random() > 0.45:  # divisors of 10 000: the achieved % is exact
        got_den = Decimal(rng.choice([20, 25, 40, 50, 80, 100, 100, 125, 200, 250, 400, 1000]))
        cents = rng.randint(int(got_den) * 40, int(got_den) * 100)  # 40–100 %
        got_num = Decimal(cents) / 100 if got_den == HUNDRED else Decimal(cents // 100)
    achieved = got_num * HUNDRED / got_den if got_den else ZERO
    met: list[str] = []
    num: list[str] = []
    den: list[str] = []
    for q_nums, q_dens in ((nums, dens), (mod_nums, mod_dens)):
        last = max(q for q in range(4) if q_dens[q])
        q_nums = [*q_nums, sum(q_nums) if cumulative else q_nums[last]]
        q_dens = [*q_dens, sum(q_dens) if cumulative else q_dens[last]]
        for column, (n, d) in enumerate(zip(q_nums, q_dens, strict=True)):
            met.append(_pct(Decimal(n * 100) / d if d else ZERO, cumulative and column == 4))
        num += [_num(n) for n in q_nums]
        den += [_num(d) for d in q_dens]
    met += [_pct(achieved), "0.00%", "0.00%", "0.00%"]
    num += [_num(got_num), "0.00", "0.00", "0.00"]
    den += [_num(got_den), "0.00", "0.00", "0.00"]
    first = Decimal(nums[0] * 100) / dens[0] if dens[0] else ZERO
    target = Decimal(mod_nums[0] * 100) / mod_dens[0] if mod_dens[0] else ZERO
    return Figures(met, num, den, _progress(achieved, first), target, achieved)


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap that never starts a line with a bare three-digit figure."""
    # Such a line alone after a page break would read as an activity heading ("386 APOYOS").
    lines: list[list[str]] = [[]]
    for word in text.split():
        if lines[-1] and len(" ".join([*lines[-1], word])) > width:
            lines.append([])
        lines[-1].append(word)
    for index in range(1, len(lines)):
        while re.fullmatch(r"\d{3}", lines[index][0]) and len(lines[index - 1]) > 1:
            lines[index].insert(0, lines[index - 1].pop())
    return [" ".join(words) for words in lines if words]


def split_randomly(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` split into ``parts`` uneven positive counts."""
    weights = [rng.uniform(0.3, 1.7) for _ in range(parts)]
    counts = [1 + int((total - parts) * weight / sum(weights)) for weight in weights]
    for index in range(total - sum(counts)):
        counts[index % parts] += 1
    return counts


def describe(rng: random.Random, inline: bool) -> str:
    """An uppercase description of 40–250 characters; a short one-liner now and then."""
    if inline and rng.random() < 0.05:  # short enough to share the line of the MET row
        return rng.choice([topic for topic in _TOPICS if len(topic) <= 28])
    target = round(rng.triangular(40, 250, 70))
    text = f"{rng.choice(_HEADS)} {rng.choice(_TOPICS)}"
    for complement in rng.sample(_COMPLEMENTS, len(_COMPLEMENTS)):
        if len(text) >= target or len(text) + len(complement) > 248:
            break
        text += " " + complement
    return text + ("." if rng.random() < 0.7 else "")


def narrate(rng: random.Random, fig: Figures, kind: str, unit: str) -> list[str]:
    """An EVALUACIÓN CUALITATIVA of 50–900 characters quoting the figures, as the staff do."""
    noun = " %" if kind == "P" else " ACCIONES"
    target, achieved = f"{fig.target.normalize():f}{noun}", f"{fig.achieved.normalize():f}{noun}"
    gap = f"{abs(fig.target - fig.achieved).normalize():f}{noun}"
    first = f"SE PROGRAMARON {target} Y SE REALIZARON {achieved}"
    if not fig.target:
        first = rng.choice(_IDLE)
    elif fig.target == fig.achieved:
        first += ", META CUMPLIDA."
    else:
        first += f", {gap} {'MENOS' if fig.target > fig.achieved else 'MÁS'} DE LA META FIJADA."
    sentences, size = [first], len(first)
    length = min(900, max(50, round(rng.lognormvariate(5.4, 0.7))))
    fillers = rng.sample(_FILLERS, len(_FILLERS)) * 2  # repeats only in the longest ones
    while size < length:
        (town, other), day = rng.sample(_TOWNS.split("|"), 2), f"{rng.randint(1, 28):02d}"
        filler = fillers.pop().format(unit=unit, town=town, other=other, day=day)
        if size + len(filler) >= 900:
            break
        sentences.append(filler)
        size += len(filler) + 1
    # Now and then one sentence a line, like the dated lists of the real report.
    paragraphs = sentences if rng.random() < 0.1 else [" ".join(sentences)]
    width = rng.randint(236, 252)  # the seed's narrative lines break at 238–255 characters
    lines = [line for text in paragraphs for line in wrap(text, width)]
    # Staff type double spaces now and then; a reader must collapse them.
    return ["  ".join(line.split(" ", 1)) if rng.random() < 0.1 else line for line in lines]


# What a parser must read back of each meta, besides its figure rows and narrative.
PRINTED_FIELDS = ["dependency", "dependency_name", "unit", "unit_name", "programme"]
PRINTED_FIELDS += ["programme_name", "activity", "activity_name", "description"]
PRINTED_FIELDS += ["unit_of_measure", "tipo", "acumulable", "progress"]


@dataclass
class Meta:
    """One generated meta: its printed text fields (``PRINTED_FIELDS``), rows and narrative."""

    printed: dict[str, str]
    fig: Figures
    lines: list[str]  # the narrative as printed

    def expectation(self) -> dict[str, object]:
        """What a parser must read, whitespace collapsed."""
        rows = {"met": self.fig.met, "num": self.fig.num, "den": self.fig.den}
        return {**self.printed, **rows, "narrative": " ".join(" ".join(self.lines).split())}


def make_dependency(rng: random.Random, code: str, name: str, count: int) -> list[Meta]:
    """A dependency's ``count`` metas over 3–12 units (001…0NN, with gaps) and 2–4 programmes."""
    # Initials without articles and prepositions, all of them short: "ISM", "SDS", ...
    acronym = "".join(w[0] for w in name.replace(",", "").split() if len(w) > 3)
    numbers = [n for n in range(1, 16) if rng.random() > 0.1][: min(count, rng.randint(3, 12))]
    units = list(zip([f"{n:03d}" for n in numbers], rng.sample(_UNITS, len(numbers)), strict=True))
    activity_codes = iter(rng.sample(range(10, 1000), 16))
    pairs: list[tuple[str, str, str, str]] = []  # programme code and name, activity code and name
    for programme_name in rng.sample(_PROGRAMMES, rng.randint(2, 4)):
        letter = rng.choice("EEEFKMPSU")
        programme = f"{letter}{rng.randint(100, 999)}{letter}{rng.randint(1, 20):02d}"
        for activity in rng.sample(_ACTIVITIES, rng.randint(2, 4)):
            pairs.append((programme, programme_name, f"{next(activity_codes):03d}", activity))
    seen: set[tuple[str, ...]] = set()
    metas: list[Meta] = []
    for (unit, unit_name), size in zip(units, split_randomly(rng, count, len(units)), strict=True):
        pair = rng.choice(pairs)
        for _ in range(size):
            roll = rng.random()
            if roll > 0.55:  # the (programme, activity) drifts, mostly within the programme
                pair = rng.choice([p for p in pairs if roll > 0.75 or p[0] == pair[0]])
            kind = "P" if rng.random() < 0.2 else "A"
            cumulative = kind == "A" or rng.random() < 0.5
            uom = "PORCENTAJE" if kind == "P" else rng.choice(_ABSOLUTE_UNITS)
            for attempt in range(100):
                text = describe(rng, uom not in _WRAPPED)
                text += f" (ETAPA {attempt})" if attempt > 20 else ""
                # The vocabulary is uppercase with fixed accents: the text is its parser identity.
                if (key := (unit, pair[0], pair[2], text)) not in seen:
                    break
            seen.add(key)
            fig = absolute_figures(rng) if kind == "A" else percentage_figures(rng, cumulative)
            names = [code, name, unit, f"{acronym} {unit_name}", *pair, text, uom, kind]
            names += ["SI" if cumulative else "NO", f"{fig.progress:.2f}"]
            printed = dict(zip(PRINTED_FIELDS, names, strict=True))
            metas.append(Meta(printed, fig, narrate(rng, fig, kind, unit_name)))
    return metas


Content = list[tuple[str, bool]]  # (line, may a page break come just before it)


def _para(content: Content, lines: list[str], inner: bool = False, outer: bool = True) -> None:
    """Append a paragraph after a blank line, saying where a page may break into it."""
    content.extend([("", False)] if content else [])
    content.extend([(lines[0], outer), *((line, inner) for line in lines[1:])])


def render(rng: random.Random, metas: list[Meta]) -> Content:
    """A dependency's lines; unit, programme and activity printed only when they change."""
    content: Content = []
    shown: dict[str, str] = {}
    for meta in metas:
        p = meta.printed
        if p["unit"] != shown.get("unit"):
            _para(content, [f"UNIDAD ADMINISTRATIVA   {p['unit']} {p['unit_name']}"])
        if p["programme"] != shown.get("programme"):
            _para(content, [f"{p['programme']} {p['programme_name']}"])
        if p["activity"] != shown.get("activity"):
            _para(content, [f"{p['activity']} {p['activity_name']}"])
        shown = p
        uom = p["unit_of_measure"]
        row = f"{p['tipo']} {p['acumulable']} MET {' '.join(meta.fig.met)}"
        if len(p["description"]) <= 28:
            _para(content, [f"{p['description']} {uom} {row}"])
        else:
            _para(content, wrap(p["description"], 28), inner=True)
            if uom in _WRAPPED:
                _para(content, [*_WRAPPED[uom]])
            _para(content, [row if uom in _WRAPPED else f"{uom} {row}"])
        num, percent = f"NUM {' '.join(meta.fig.num)}", f"{p['progress']}%"
        _para(content, [percent, num] if rng.random() < 0.07 else [percent + num])
        if meta.fig.den is not None and rng.random() < 0.05:
            _para(content, ["DEN", "OMIN"])
            _para(content, [" ".join(meta.fig.den)], outer=False)
        else:
            _para(content, [" ".join(["DEN", *(meta.fig.den or [])])])
        _para(content, ["EVALUACIÓN CUALITATIVA"])
        _para(content, meta.lines, inner=True)
    return content


def paginate(rng: random.Random, pages: list[tuple[str, Content]]) -> list[str]:
    """Page furniture every ~60 lines wherever a break is allowed; a new page per dependency."""
    out = ["", pages[0][0], ""]
    headed = False  # the parser needs one complete header (year, quarter): the first is full
    for index, (dep_line, content) in enumerate(pages):
        budget = rng.randint(38, 62) if index == 0 else 0
        for text, breakable in content:
            if breakable and budget <= 0:
                _, lines, lead = rng.choices(_HEADERS, _WEIGHTS)[0] if headed else _HEADERS[0]
                out.extend([*([""] if out[-1] else []), *lines, lead + dep_line, ""])
                headed, budget = True, rng.randint(38, 62)
            out.append(text)
            budget -= 1
    if not headed:
        out.extend(["", *_HEADERS[0][1], pages[-1][0]])
    return out


def build(metas: int, dependencies: int, seed: int) -> tuple[str, list[dict[str, object]]]:
    """The report text and, per meta, what a parser must read from it."""
    if not 1 <= dependencies <= min(99, metas):
        raise ValueError("1–99 dependencies (two-digit codes), each with at least one meta")
    rng = random.Random(seed)
    names = rng.sample([f"{kind} {area}" for kind in _KINDS for area in _AREAS], dependencies)
    codes = [f"{code:02d}" for code in sorted(rng.sample(range(1, 100), dependencies))]
    every: list[Meta] = []
    pages: list[tuple[str, Content]] = []
    counts = split_randomly(rng, metas, dependencies)
    for code, name, count in zip(codes, names, counts, strict=True):
        every += (dep_metas := make_dependency(rng, code, name, count))
        pages.append((f"DEPENDENCIA / ENTIDAD    {code} {name}", render(rng, dep_metas)))
    lines = paginate(rng, pages)
    return "\n".join(lines).rstrip("\n") + "\n", [meta.expectation() for meta in every]


def generate(metas: int = 5000, dependencies: int = 60, seed: int = 2024) -> str:
    """The text of a deterministic state-scale ETCA-III-04 report."""
    return build(metas, dependencies, seed)[0]


def main(argv: list[str] | None = None) -> int:
    """Write the report, and with ``--expect`` the metas a parser must read, as JSON."""
    parser = argparse.ArgumentParser(description="Generate a state-scale ETCA-III-04 report.")
    for option, default in (("--metas", 5000), ("--dependencies", 60), ("--seed", 2024)):
        parser.add_argument(option, type=int, default=default)
    parser.add_argument("--out", type=Path, required=True, help="report text file to write")
    parser.add_argument("--expect", type=Path, help="JSON file with the metas to read back")
    args = parser.parse_args(argv)
    text, expected = build(args.metas, args.dependencies, args.seed)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    if args.expect is not None:
        args.expect.write_text(json.dumps(expected, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
