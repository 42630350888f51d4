"""Why a package was not exported, said to the person in Spanish from what its writing raised."""

from __future__ import annotations

from ism_desktop.gui.export_messages import export_error
from ism_desktop.workspace.opening import StoreError


def test_a_store_refusal_is_said_as_it_is_not_as_an_unexpected_error() -> None:
    # A damaged numbering file refuses the export with its own sentence: it read as a defect.
    said = export_error(StoreError("el archivo «x.secuencias.json» no sirve. No se exportó nada"))

    assert (
        said
        == "No se exportó el paquete: el archivo «x.secuencias.json» no sirve. No se exportó nada."
    )
    assert "inesperado" not in said


def test_the_refusal_does_not_double_a_description_s_closing_period() -> None:
    from ism_desktop.gui.export_messages import refusal

    text = refusal(
        [("CAPTURA DE EXPEDIENTES EN BAESVIM.", "El realizado no puede ser negativo.")], "…"
    )

    assert "• CAPTURA DE EXPEDIENTES EN BAESVIM: El realizado no puede ser negativo." in text


def test_a_package_too_big_is_said_once_by_the_window_and_by_the_command() -> None:
    # A package too big to deliver is refused with «no se exporta el paquete: …» (the command
    # prints it after «Error:»); the window said «No se exportó el paquete: no se exporta el
    # paquete: …». The reason is made once, as a clause each adapter leads in its own words.
    from ism_desktop.exchange.export.report_package import PackageTooBigError

    refused = PackageTooBigError(
        "sus datos (datos.json) ocuparían 60.0 MB y la unidad coordinadora admite hasta 48.0 MB."
    )

    assert export_error(refused) == (
        "No se exportó el paquete: sus datos (datos.json) ocuparían 60.0 MB y la unidad "
        "coordinadora admite hasta 48.0 MB."
    )
    assert str(refused) == (
        "no se exporta el paquete: sus datos (datos.json) ocuparían 60.0 MB y la unidad "
        "coordinadora admite hasta 48.0 MB."
    )
