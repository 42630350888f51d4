"""What a received batch says: a line of counts, the refusals first, and a long list apart."""

from __future__ import annotations

from pathlib import Path

from ism_desktop.exchange.intake.outcomes import SHOWN_LINES, ReceiveOutcome, batch_message
from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.store.store import Store


def _refused(name: str) -> ReceiveOutcome:
    return ReceiveOutcome(Path(name), error=f"«{name}»: no es un archivo zip válido")


def _left_out(name: str) -> ReceiveOutcome:
    return ReceiveOutcome(Path(name), error=f"«{name}»: lo reemplaza «nuevo.ismpaq»", replaced=True)


def _saved(coordinator: Store, unit_package: Path) -> ReceiveOutcome:
    return ReceiveOutcome(unit_package, check_package(coordinator, unit_package), applied=True)


def test_a_saved_package_and_a_refused_one(coordinator: Store, unit_package: Path) -> None:
    text, details = batch_message([_saved(coordinator, unit_package), _refused("roto.zip")])

    assert details == ""
    assert text.splitlines() == [
        "Se guardó 1 paquete; 1 rechazado.",
        "",
        "Rechazado «roto.zip»: no es un archivo zip válido.",
        "Recibido «ETCA-III-04_2024_T1_unidad_004.ismpaq»: paquete de informe de la unidad 004, "
        "ejercicio 2024, trimestre 1, envío número 1; ninguna meta cambió; 0 avisos, 0 sin "
        "justificar.",
    ]


def test_files_left_out_are_counted_apart_from_the_refused(
    coordinator: Store, unit_package: Path
) -> None:
    saved = _saved(coordinator, unit_package)

    assert batch_message([saved])[0].splitlines()[0] == "Se guardó 1 paquete."
    assert batch_message([saved, _left_out("viejo.ismpaq")])[0].splitlines()[0] == (
        "Se guardó 1 paquete; 1 omitido (otro más reciente lo reemplaza)."
    )
    assert batch_message([_refused("a.zip"), _refused("b.zip"), _left_out("c.zip")])[
        0
    ].splitlines()[0] == (
        "Ningún paquete se guardó: 2 rechazados, 1 omitido (otro más reciente lo reemplaza)."
    )
    assert batch_message([_left_out("a.zip"), _left_out("b.zip")])[0].splitlines()[0] == (
        "Ningún paquete se guardó: 2 omitidos (otros más recientes los reemplazan)."
    )


def test_a_long_batch_shows_the_refusals_first_and_lists_every_file_apart(
    coordinator: Store, unit_package: Path
) -> None:
    saved = _saved(coordinator, unit_package)
    refused = [_refused(f"roto_{n}.zip") for n in range(3)]
    results = [saved] * 10 + refused

    text, details = batch_message(results)

    lines = text.splitlines()
    assert lines[0] == "Se guardaron 10 paquetes; 3 rechazados."
    assert [line.split(":")[0] for line in lines[2:5]] == [
        "Rechazado «roto_0.zip»",
        "Rechazado «roto_1.zip»",
        "Rechazado «roto_2.zip»",
    ]
    assert len(lines) == 2 + SHOWN_LINES + 1
    assert lines[-1] == "Y 7 más: el detalle de cada archivo está en «Mostrar los detalles...»."
    assert len(details.splitlines()) == 13
    assert details.splitlines()[:3] == lines[2:5]


def _repeated(name: str) -> ReceiveOutcome:
    error = f"«{name}»: viene repetido en este lote; se recibe una sola vez"
    return ReceiveOutcome(Path(name), error=error, replaced=True, repeated=True)


def test_a_repeated_copy_is_not_said_to_be_replaced_by_a_newer_one(
    coordinator: Store, unit_package: Path
) -> None:
    saved = _saved(coordinator, unit_package)

    both = batch_message([saved, _repeated("copia.ismpaq"), _left_out("viejo.ismpaq")])
    assert both[0].splitlines()[0] == (
        "Se guardó 1 paquete; 1 omitido (otro más reciente lo reemplaza), "
        "1 omitido (repetido en el lote; se recibe una sola vez)."
    )
    assert batch_message([_repeated("a.zip"), _repeated("b.zip")])[0].splitlines()[0] == (
        "Ningún paquete se guardó: 2 omitidos (repetidos en el lote; cada paquete se recibe "
        "una sola vez)."
    )
