"""The end of a report's text: a file cut inside its last meta, and numbered narrative lines.

A cut file must not import as whole; and after the last evaluation, a line that begins with a
number («150 NAME») is narrative, not the heading of a process with no meta under it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from ism_desktop.exchange.etca.errors import EtcaFormatError, ImportWarning, clipped
from ism_desktop.exchange.etca.token_types import EvaluationMark, Heading, Paragraph, Token

# Column-wrapped description lines are short; narratives run the width of the page.
_DESCRIPTION_LINE_MAX = 40
# A narrative's lines wrap at the page's width, about 240 characters: one this long did not
# end its sentence there when no period closes it.
_FULL_LINE = 180


def wrapped(paragraph: Paragraph) -> bool:
    """Lines as short as a description's, wrapped in its column; a narrative's fill the page."""
    return max(map(len, paragraph.texts), default=0) <= _DESCRIPTION_LINE_MAX


def _carried_on(before: Paragraph, after: Paragraph) -> bool:
    """A page break in mid-sentence: a full line with no period, the rest on the next page."""
    line = before.texts[-1]
    return after.glued and len(line) >= _FULL_LINE and not line.endswith(".")


def no_process_after_the_last_meta(tokens: list[Token]) -> tuple[list[Token], list[Paragraph]]:
    """After the last evaluation, a «150 NAME» line is narrative that begins with a number.

    A process heading opens metas, and none follows at the end of the file: read as one, the
    line left the evaluation for the catalogue, or refused a whole report as cut. The lines so
    read are returned too: they may still be a cut file's last process, and are said.
    """
    marks = [i for i, token in enumerate(tokens) if type(token) is EvaluationMark]
    read: list[Token] = []
    numbered: list[Paragraph] = []
    for i, token in enumerate(tokens):
        if marks and i > marks[0] and type(token) is Heading and token.kind == "activity":
            token = Paragraph([f"{token.code} {token.name}"], token.line)
            numbered.append(token)
        read.append(token)
    return read, numbered


def cut_file_warning(
    description: str,
    line: int,
    tokens: list[Token],
    numbered: list[Paragraph],
    renames_activity: Callable[[Heading], bool],
) -> ImportWarning | None:
    """Refuse a text that ends inside its last meta (``description``, figures on ``line``).

    ``tokens`` are those after the meta's figure rows; ``numbered`` the «150 NAME» lines read
    as narrative there. Text that may, but need not, begin another meta is a warning.

    Raises:
        EtcaFormatError: the file surely ends inside a meta.
    """
    name = clipped(description)
    marks = [i for i, token in enumerate(tokens) if isinstance(token, EvaluationMark)]
    narrative = [t for t in tokens[marks[0] + 1 :] if isinstance(t, Paragraph)] if marks else []
    if not narrative:
        raise EtcaFormatError(
            line,
            f"el archivo termina a mitad de la meta «{name}», sin su evaluación "
            "cualitativa: parece cortado.",
        )
    last = tokens[-1]
    if isinstance(last, Heading) and last.kind != "entity":
        raise EtcaFormatError(
            last.line,
            "el archivo termina en un encabezado sin ninguna meta debajo: parece cortado.",
        )
    start, sure = _next_meta_start(tokens[marks[0] + 1 :], narrative, renames_activity)
    if start is None and numbered:
        start = numbered[0]
    if start is None:
        return None
    if sure:
        raise EtcaFormatError(
            start.first_line,
            f"el archivo termina en «{clipped(start.joined())}», el principio de una meta "
            "sin sus cifras (fila MET): parece cortado.",
        )
    # Short lines after the narrative: its own last words as well (a list, a signature, a
    # page break), so said rather than refused.
    return ImportWarning(
        start.first_line,
        f"«{clipped(start.joined())}», al final del archivo, puede ser el principio de una "
        f"meta sin sus cifras (¿el archivo está cortado?); se tomó como parte de la "
        f"evaluación de «{name}»: revísela.",
    )


def _next_meta_start(
    after_mark: list[Token],
    narrative: list[Paragraph],
    renames_activity: Callable[[Heading], bool],
) -> tuple[Paragraph | None, bool]:
    """Text at the end of the file that may begin another meta, and whether it surely does.

    Without its figure row nothing else tells it from narrative: it would be read as more
    of the last meta's evaluation, or dropped. Text after a unit's or programme's heading
    surely begins a meta. Short lines after the narrative (whose lines fill the page) may
    be a description's, or the narrative's own end (a list, a closing line): said.
    """
    # A unit's or a programme's heading is unmistakable; an activity's («664 NAME») may be
    # a narrative's line that begins with a number.
    headed: bool | None = None
    for token in after_mark:
        if type(token) is Heading and token.kind != "entity":
            if token.kind != "activity":
                headed = True
            elif not renames_activity(token):
                headed = bool(headed)
        elif type(token) is Paragraph and headed is not None:
            return token, headed
    for before, paragraph in pairwise(narrative):
        if wrapped(paragraph) and not _carried_on(before, paragraph):
            return paragraph, False
    return None, False
