"""An old package's signature put in words; any other profile left as it is."""

from __future__ import annotations

from ism_desktop.domain.package_author import author_in_words, author_mid_sentence, package_author


def test_an_old_signature_is_put_in_words() -> None:
    assert author_in_words("Paquete unidad 004 #1") == "Paquete de la unidad 004, envío número 1"
    assert author_in_words("Paquete unidad 012 #27") == "Paquete de la unidad 012, envío número 27"


def test_other_profiles_are_left_as_they_are() -> None:
    kept = [
        "Paquete de la unidad 005, envío número 2",
        "Unidad coordinadora (002)",
        "Paquete unidad 004 #1 (ana)",
    ]
    assert [author_in_words(profile) for profile in kept] == kept


def test_a_package_signs_in_words() -> None:
    assert package_author("004", 3) == "Paquete de la unidad 004, envío número 3"


def test_mid_sentence_a_profile_keeps_no_brackets_of_its_own() -> None:
    # It is said inside brackets: «(Unidad coordinadora (002))» read as a typing slip.
    assert author_mid_sentence("Unidad coordinadora (002)") == "Unidad coordinadora 002"
    assert (
        author_mid_sentence("Unidad coordinadora (línea de comandos)")
        == "Unidad coordinadora, línea de comandos"
    )
    assert author_mid_sentence("Unidad 004") == "Unidad 004"
    assert (
        author_mid_sentence("Paquete de la unidad 004, envío número 1")
        == "paquete de la unidad 004, envío número 1"
    )
