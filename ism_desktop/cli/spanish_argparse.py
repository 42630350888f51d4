"""An argparse parser that speaks Spanish: titles, usage line, help option and error messages."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable
from typing import NoReturn

from ism_desktop.domain.wording import quoted

# Patterns as text, compiled (and cached by ``re``) only when an error is said: a command that
# runs without one does not compile seven of them at every start.
_ERRORS: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.*)", r"faltan los argumentos: \1"),
    (r"unrecognized arguments: (.*)", r"argumentos no reconocidos: \1"),
    (
        r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
        r"argumento \1: opción no válida: \2 (elija entre \3)",
    ),
    (r"argument (\S+): expected one argument", r"argumento \1: falta su valor"),
    (r"argument (\S+): expected at least one argument", r"argumento \1: falta al menos un valor"),
    (r"one of the arguments (.*) is required", r"falta uno de los argumentos: \1"),
    (
        r"argument (\S+): not allowed with argument (\S+)",
        r"argumento \1: no se admite junto con \2",
    ),
    (
        r"argument (\S+): ignored explicit argument (.*)",
        r"argumento \1: no lleva valor (se dio \2)",
    ),
    (r"argument (\S+): (.*)", r"argumento \1: \2"),
    (r"ambiguous option: (\S+) could match (.*)", r"opción ambigua: \1 (\2)"),
)


_INVALID = r"argument (\S+): invalid \w+ value: (['\"])(.*)\2"


def translate_error(message: str) -> str:
    """Spanish for argparse's own English error messages, every character of them printable.

    A value refused is quoted short: argparse repeated it whole (100 000 digits made a line as
    long), and an escape sequence in it coloured or cleared the terminal.
    """
    if invalid := re.fullmatch(_INVALID, message, re.DOTALL):
        return f"argumento {invalid[1]}: valor no válido: «{quoted(invalid[3])}»"
    return _printable(_translated(message))


def _printable(text: str) -> str:
    # A value a type's own message quotes as typed (or argparse repeats): no control shown raw.
    return text if text.isprintable() else "".join(c if c.isprintable() else "?" for c in text)


def _translated(message: str) -> str:
    for pattern, replacement in _ERRORS:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class SpanishHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Prints ``uso:`` instead of ``usage:``."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        """Add the usage line with a Spanish prefix."""
        super().add_usage(usage, actions, groups, prefix="uso: " if prefix is None else prefix)


class SpanishArgumentParser(argparse.ArgumentParser):
    """ArgumentParser with Spanish section titles, help option and errors."""

    def __init__(
        self, *args: object, on_error: Callable[[str], None] | None = None, **kwargs: object
    ) -> None:
        """``on_error`` is also told the Spanish error, once printed, before the exit."""
        self._on_error = on_error
        kwargs.setdefault("formatter_class", SpanishHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "argumentos"
        self._optionals.title = "opciones"
        self.add_argument(
            "-h", "--ayuda", "--help", action="help", help="muestra esta ayuda y termina"
        )

    def error(self, message: str) -> NoReturn:
        """Print usage and a Spanish error, exit with status 2."""
        said = translate_error(message)
        self.print_usage(sys.stderr)
        self._print_message(f"{self.prog}: error: {said}\n", sys.stderr)
        if self._on_error is not None:
            self._on_error(said)
        self.exit(2)
