"""How a unit's package signs the changes it brings: in words, also where an old version signed."""

from __future__ import annotations

import re

# How versions before December 2026 signed: «Paquete unidad 004 #1». The rows stay as written
# (the audit trail is not rewritten); the words change where they are shown.
_OLD_SIGNATURE = re.compile(r"Paquete unidad (?P<unit>\d+) #(?P<sequence>\d+)")
_SIGNATURE = re.compile(r"Paquete de la unidad \d+, envío número \d+")
# A unit's filled workbook: it carries no sending number (the program gives it the next one).
WORKBOOK = "libro de Excel"
_WORKBOOK_SIGNATURE = re.compile(r"Libro de Excel de la unidad \d+")
# How what a programme base brings is signed (``exchange.base_delivered.base_author``).
BASE_SIGNATURE = "Programa base #"
# Every package's signature starts so: the unit's, as received or as exported on its PC.
_PACKAGE_WORD = "Paquete "
_WORKBOOK_WORD = "Libro "
# A profile with brackets of its own, e.g. «Unidad coordinadora (002)».
_OWN_BRACKETS = re.compile(r"(?P<who>[^()]+) \((?P<aside>[^()]+)\)")


def package_author(unit: str, sequence: int, file_name: str = "") -> str:
    """E.g. «Paquete de la unidad 004, envío número 1», as the unit's own export says it.

    A filled workbook (``file_name`` ending in .xlsx) is «Libro de Excel de la unidad 004»: it
    carries no number, and «envío número 1» named a package the unit never sent.
    """
    if is_workbook(file_name):
        return f"Libro de Excel de la unidad {unit}"
    return f"Paquete de la unidad {unit}, envío número {sequence}"


def is_workbook(file_name: str) -> bool:
    """Whether a received file is a unit's filled workbook rather than a package."""
    return file_name.lower().endswith(".xlsx")


def sending_said(sequence: int, file_name: str) -> str:
    """«envío número 2», or «libro de Excel» for a filled workbook, which carries no number."""
    return WORKBOOK if is_workbook(file_name) else f"envío número {sequence}"


def author_in_words(profile: str) -> str:
    """The profile that signed a change, with an old package's signature put in words."""
    old = _OLD_SIGNATURE.fullmatch(profile)
    return profile if old is None else package_author(old["unit"], int(old["sequence"]))


def author_mid_sentence(profile: str) -> str:
    """``author_in_words`` inside a sentence: a package or a base in lower case, a name as is.

    «Cerrado el … (Paquete de la unidad 004, envío número 1).» read as a title mid-sentence.
    It is said inside brackets, so a profile's own lose theirs: «(Unidad coordinadora (002))»
    read as a typing slip; «Unidad coordinadora 002» reads as «Unidad 004» does.
    """
    said = author_in_words(profile)
    if said.startswith((_PACKAGE_WORD, BASE_SIGNATURE, _WORKBOOK_WORD)):
        return said[0].lower() + said[1:]
    if (own := _OWN_BRACKETS.fullmatch(said)) is not None:
        aside = own["aside"]
        return f"{own['who']} {aside}" if aside.isdigit() else f"{own['who']}, {aside}"
    return said


def user_in_words(profile: str, os_user: str) -> str:
    """The «Usuario» of a change: who made it here, or who received the package that brought it.

    A package signs what it brings (the profile, e.g. «Paquete de la unidad 004, envío número
    2»); the user beside it is the one who received it on this PC, and alone it read as the
    person who made the package.
    """
    if _SIGNATURE.fullmatch(profile) or _OLD_SIGNATURE.fullmatch(profile):
        return f"{os_user} (recibió el paquete)"
    if _WORKBOOK_SIGNATURE.fullmatch(profile):
        return f"{os_user} (recibió el {WORKBOOK})"
    if profile.startswith(BASE_SIGNATURE):
        return f"{os_user} (recibió el programa base)"
    return os_user
