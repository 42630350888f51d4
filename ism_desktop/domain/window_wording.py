"""A message shared with the command line, as the window says it: its menu path, no command.

The use cases word a way out once for both adapters: «(Archivo → Exportar paquete…; en la
línea de comandos: ism-desktop export …)». Office staff at the window have no command line to
type into, and a command in a box read as something they had to do; the window keeps the menu
path and drops the command's clause, which every such message writes in one of three forms.
"""

from __future__ import annotations

_CLAUSE = "en la línea de comandos"


def for_window(text: str) -> str:
    """``text`` without its command-line clauses; a text without any is returned as it is.

    «(menu; en la línea de comandos: …)» keeps «(menu)»; «(en la línea de comandos: …; en la
    ventana, menu)» keeps «(en la ventana, menu)»; «menu (en la línea de comandos: …)», where
    the sentence names the menu before, loses the parenthesis.
    """
    start = 0
    while (found := text.find(_CLAUSE, start)) != -1:
        opening = text.rfind("(", 0, found)
        close = _closing(text, opening)
        if opening == -1 or close < found:
            start = found + len(_CLAUSE)  # not in a parenthesis: left as it is
            continue
        before = text[opening + 1 : found]
        if before.strip() == "":
            rest = text.find("; ", found, close)
            if rest == -1:  # the parenthesis held the command alone
                cut_from = opening - 1 if text[opening - 1 : opening] == " " else opening
                after = close + 1
                # Spanish writes no period after the ellipsis a menu's name ends with.
                if text[:cut_from].endswith("…") and text[after : after + 1] == ".":
                    after += 1
                text = text[:cut_from] + text[after:]
                start = cut_from
            else:  # the window's own way follows it
                text = text[: opening + 1] + text[rest + 2 :]
                start = opening + 1
        elif before.rstrip().endswith(";"):
            cut_from = opening + 1 + before.rstrip().rfind(";")
            text = text[:cut_from] + text[close:]
            start = cut_from
        else:
            start = found + len(_CLAUSE)
    return text


def _closing(text: str, opening: int) -> int:
    """Where the parenthesis opened at ``opening`` closes (-1 when it does not)."""
    if opening == -1:
        return -1
    depth = 0
    for index in range(opening, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return -1
