"""Checks every kind of received package shares: is it for this PC, this period, and newer?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ism_desktop.domain.codes import COORDINATING_UNIT_CODE, UnitCode
from ism_desktop.domain.limits import MAX_SEQUENCE_STEP
from ism_desktop.domain.local_time import local_time_phrase
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import PcIdentity, ReceivedPackage
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import PROFILE_MENU
from ism_desktop.exchange.package.manifest import PackageManifest, PackageRefusedError
from ism_desktop.store.store import Store


@dataclass(frozen=True, slots=True)
class IntakeOptions:
    """Who this PC says it is and which period it works on (None: whatever the database says)."""

    role: Role | None = None
    unit: UnitCode | None = None
    year: int | None = None
    quarter: Quarter | None = None
    now: datetime | None = None
    # The window's profile is still on the year before when the next year's base arrives: the
    # base is how that year's programme gets there, so it is taken (and then offered).
    later_base: bool = False

    @classmethod
    def for_profile(cls, profile: PcProfile, *, strict_quarter: bool = True) -> IntakeOptions:
        """The options of the window's profile: its role, unit, year and (if strict) quarter."""
        quarter = profile.quarter if strict_quarter else None
        return cls(profile.role, profile.unit, profile.year, quarter, later_base=True)

    def moment(self) -> str:
        """The receipt time, as ISO text with its offset (the PC's, unless ``now`` has one)."""
        moment = self.now or datetime.now()
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.isoformat(timespec="seconds")


def _claimed(options: IntakeOptions, stored: PcIdentity | None) -> tuple[Role, UnitCode] | None:
    if options.role is not None:
        unit = options.unit or UnitCode(COORDINATING_UNIT_CODE)
        return options.role, unit
    if options.unit is not None:
        return Role.UNIT, options.unit
    if stored is not None:
        return stored.role, stored.unit
    return None


def _who(role: Role, unit: UnitCode) -> str:
    return f"la unidad coordinadora ({unit})" if role is Role.COORDINATOR else f"la unidad {unit}"


def receiver_identity(
    store: Store, manifest: PackageManifest, options: IntakeOptions, label: str
) -> PcIdentity | None:
    """Refuse a package that is not for this PC; return the identity to store (None: as is)."""
    stored = store.identity.get()
    claimed = _claimed(options, stored)
    if stored is not None and claimed is not None and claimed != (stored.role, stored.unit):
        # Who a database is was set by what it received or sent; an option does not change
        # it (a coordinator's database made a unit's refuses every unit's package after).
        raise PackageRefusedError(
            label,
            f"esta base de datos es de {_who(stored.role, stored.unit)}, no de "
            f"{_who(*claimed)}; no cambia de unidad al recibir un paquete",
        )
    if manifest.kind.goes_to_coordinator:
        if claimed is not None and claimed[0] is Role.UNIT:
            raise PackageRefusedError(
                label,
                f"esta base de datos es de la unidad {claimed[1]}; los paquetes de informe los "
                "recibe la unidad coordinadora",
            )
        unit = claimed[1] if claimed else UnitCode(COORDINATING_UNIT_CODE)
        if stored is not None and manifest.unit != unit:
            # Another unit's package to a coordinator that knows itself (claimed is stored, as
            # checked above): nothing to store, and nothing read per package.
            return None
        own = store.reports.own_unit(manifest.year, unit)
        # Among dependencies that each hold a 002, another's is a unit like any other.
        if manifest.unit == unit and (own is None or own[0] == manifest.entity):
            # Its metas are captured here; a package must never overwrite them.
            raise PackageRefusedError(
                label,
                f"el paquete es de la unidad {manifest.unit}, que es esta misma (la unidad "
                "coordinadora): sus metas se capturan en esta base de datos, no se reciben",
            )
        # The coordinator's own dependency, not that of whichever unit sent the package.
        entity = own[0] if own is not None else manifest.entity
        wanted = PcIdentity(Role.COORDINATOR, entity, unit)
    else:
        if claimed is not None and claimed[0] is Role.COORDINATOR:
            raise PackageRefusedError(
                label,
                f"esta base de datos es de la unidad coordinadora; el {manifest.kind.label} es "
                f"para la unidad {manifest.unit}",
            )
        if claimed is not None and claimed[1] != manifest.unit:
            raise PackageRefusedError(
                label,
                f"el {manifest.kind.label} es para la unidad {manifest.unit}; esta base de datos "
                f"es de la unidad {claimed[1]}",
            )
        wanted = PcIdentity(Role.UNIT, manifest.entity, manifest.unit)
    return None if stored == wanted else wanted


def check_period(manifest: PackageManifest, options: IntakeOptions, label: str) -> None:
    """Refuse a package of another year or quarter than the one this PC works on."""
    year = options.year
    next_programme = options.later_base and manifest.kind is PackageKind.BASE
    if year is not None and manifest.year != year and not (next_programme and manifest.year > year):
        raise PackageRefusedError(
            label,
            f"el paquete es del ejercicio {manifest.year}; se trabaja el {year}. "
            + _work_on("ejercicio", manifest.year),
        )
    needs_quarter = manifest.kind is not PackageKind.BASE
    if needs_quarter and options.quarter is not None and manifest.quarter != options.quarter:
        raise PackageRefusedError(
            label,
            f"el paquete es del trimestre {int(manifest.quarter)}; se trabaja el "
            f"{int(options.quarter)}. " + _work_on("trimestre", int(manifest.quarter)),
        )


def _work_on(what: str, value: int) -> str:
    # The period comes from this PC's profile in the window, from the options on a command.
    return (
        f"Para recibirlo, trabaje el {what} {value} ({PROFILE_MENU}; en la línea de comandos, "
        f"--{what} {value})"
    )


def check_sequence(store: Store, manifest: PackageManifest, sha256: str, label: str) -> int | None:
    """Refuse a package not newer than the last of its unit and kind; return that last number."""
    last = store.received.last(manifest.kind, manifest.entity, manifest.unit)
    previous = 0 if last is None else last.sequence
    # One hostile package must not spend the numbers a unit has left (it would lock it out).
    if manifest.sequence > previous + MAX_SEQUENCE_STEP:
        raise PackageRefusedError(
            label,
            f"el envío número {manifest.sequence} salta demasiado sobre el último recibido "
            f"({previous})",
        )
    if last is None:
        return None
    if last.sha256 == sha256:
        raise PackageRefusedError(label, _already_received(last))
    if manifest.sequence <= last.sequence:
        # Refused either way; looked up only here, off the path of a package that comes in. The
        # very file received before a newer one is not «un paquete anterior» to ask for again.
        earlier = store.received.by_sha256(sha256)
        if earlier is not None:
            raise PackageRefusedError(label, _already_received(earlier))
        upward = manifest.kind.goes_to_coordinator
        sender = manifest.kind.of_unit(manifest.unit)
        # A package of an earlier quarter that came late: exported again, it gets a new number.
        who = "la unidad" if upward else "la unidad coordinadora"
        raise PackageRefusedError(
            label,
            f"el envío número {manifest.sequence} no es posterior al último recibido {sender} "
            f"({last.sequence}): es un paquete anterior; si trae algo que falta, pida a {who} "
            "que lo exporte de nuevo",
        )
    return last.sequence


def _already_received(earlier: ReceivedPackage) -> str:
    return f"este paquete ya se recibió {local_time_phrase(earlier.received_at)}"


def received_record(
    manifest: PackageManifest,
    source: str,
    sha256: str,
    options: IntakeOptions,
    *,
    metas: int,
    changed: int,
    warnings: tuple[int, int] = (0, 0),
) -> ReceivedPackage:
    """The log entry of a package about to be applied (``warnings``: declared, left open)."""
    return ReceivedPackage(
        kind=manifest.kind,
        entity=manifest.entity,
        unit=manifest.unit,
        year=manifest.year,
        quarter=manifest.quarter,
        sequence=manifest.sequence,
        created_at=manifest.created_at,
        received_at=options.moment(),
        file_name=source,
        sha256=sha256,
        metas=metas,
        changed_metas=changed,
        warnings=warnings[0],
        unresolved_warnings=warnings[1],
    )
