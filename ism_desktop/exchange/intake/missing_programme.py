"""Why a unit's report finds no programme here: the year, entity or unit that does not match."""

from __future__ import annotations

from ism_desktop.domain.profile import Role
from ism_desktop.domain.wording import spoken_list
from ism_desktop.exchange.package.manifest import PackageManifest
from ism_desktop.store.store import Store

# So many units are not read in a refusal; the first ones say enough of what the programme is.
_SHOWN_UNITS = 12


def _mismatch(store: Store, manifest: PackageManifest) -> str:
    unit, year, entity = manifest.unit, manifest.year, manifest.entity
    years = store.years.years()
    if not years:
        return (
            f"esta base de datos no tiene metas de la unidad {unit} en el ejercicio {year}: "
            "todavía no tiene ningún programa"
        )
    if year not in years:
        held = (
            f"trabaja el ejercicio {years[0]}"
            if len(years) == 1
            else f"tiene los ejercicios {spoken_list(years)}"
        )
        return f"el paquete es del ejercicio {year}, y esta base de datos {held}"
    pairs = store.reports.year_units(year)
    if not pairs:
        return f"el programa {year} de esta base de datos todavía no tiene metas"
    entities = sorted({held for held, _ in pairs})
    if entity not in entities:
        word = "la dependencia" if len(entities) == 1 else "las dependencias"
        return (
            f"el paquete es de la dependencia {entity}, y el programa {year} de esta base de "
            f"datos es de {word} {spoken_list(entities)}"
        )
    units = [code for held, code in pairs if held == entity]
    few = len(units) <= _SHOWN_UNITS
    shown = spoken_list(units) if few else ", ".join(units[:_SHOWN_UNITS]) + "…"
    return (
        f"la unidad {unit} no está en el programa {year} de esta base de datos "
        f"(sus unidades: {shown})"
    )


def missing_programme(store: Store, manifest: PackageManifest) -> str:
    """The refusal of a unit's report whose unit has no metas here, in Spanish."""
    reason = _mismatch(store, manifest)
    identity = store.identity.get()
    # Only a unit's database is the wrong place for every unit's package.
    if identity is not None and identity.role is Role.UNIT:
        reason += "; los paquetes de las unidades se reciben en la base de la unidad coordinadora"
    return reason
