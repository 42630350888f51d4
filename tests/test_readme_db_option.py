"""The README says which commands take ``--db``: the commands themselves agree."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

from ism_desktop.cli import build_parser
from tests.conftest import REPO_ROOT


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """Every runnable command under ``parser``, as the words typed after ``ism-desktop``."""
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        yield path
        return
    for name, child in subparsers[0].choices.items():
        yield from _leaves(child, (*path, name))


def _takes_db(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> bool:
    for word in path:
        [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        parser = sub.choices[word]
    return any("--db" in action.option_strings for action in parser._actions)


def test_the_readme_names_the_commands_without_a_database() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = readme.split("## Comandos", 1)[1].split("| comando |", 1)[0]
    # It said «Todos aceptan `--db ARCHIVO`»; `paimef indicadores` and `calcular` refused it.
    said = re.search(r"salvo (.*?), que no usan ninguna", " ".join(paragraph.split()))
    assert said is not None, paragraph
    named = {tuple(found.split()) for found in re.findall(r"`([^`]+)`", said.group(1))}

    parser = build_parser()
    without = {path for path in _leaves(parser, ()) if not _takes_db(parser, path)}

    assert without == named
