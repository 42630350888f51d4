"""The report's building blocks as the reader makes them: headings, paragraphs, figure rows."""

from __future__ import annotations

from decimal import Decimal


# The four tokens are plain classes with slots: the reader builds 26,000 of them and compares
# none, so the methods a dataclass would compile at every start (repr, eq) have no use here.
class Heading:
    """A unit, programme or activity line, printed only when it changes."""

    __slots__ = ("code", "kind", "line", "name")

    def __init__(self, kind: str, code: str, name: str, line: int) -> None:
        self.kind = kind  # "unit", "programme", "activity" or "entity"
        self.code = code
        self.name = name
        self.line = line


class Paragraph:
    """Consecutive text lines; ``glued`` when only a page break separates it from the last one."""

    __slots__ = ("first_line", "glued", "texts")

    def __init__(self, texts: list[str], first_line: int, glued: bool = False) -> None:
        self.texts = texts
        self.first_line = first_line  # the number of its first line in the file
        self.glued = glued

    def joined(self, separator: str = " ") -> str:
        """The paragraph's text as one line."""
        return separator.join(self.texts)


class EvaluationMark:
    """The ``EVALUACIÓN CUALITATIVA`` title: what follows is the meta's narrative."""

    __slots__ = ("line",)

    def __init__(self, line: int) -> None:
        self.line = line


class FigureRows:
    """A meta's MET, NUM and DEN rows with the printed % de avance.

    ``admissible`` is false when a figure of the rows, or the printed %, is out of bounds
    (``figure_problem``): known while reading them, so that the meta is checked figure by figure
    only then.
    """

    __slots__ = (
        "admissible",
        "cumulative",
        "den",
        "kind",
        "line",
        "met",
        "num",
        "prefix",
        "printed_progress",
    )

    def __init__(
        self,
        line: int,
        prefix: str,
        kind: str,
        cumulative: bool,
        met: list[Decimal],
        num: list[Decimal],
        den: list[Decimal] | None,
        printed_progress: Decimal | None,
        admissible: bool = True,
    ) -> None:
        self.line = line
        self.prefix = prefix
        self.kind = kind
        self.cumulative = cumulative
        self.met = met
        self.num = num
        self.den = den
        self.printed_progress = printed_progress
        self.admissible = admissible


Token = Heading | Paragraph | EvaluationMark | FigureRows
