"""Reading a zip that may be hostile: every limit is checked before anything is expanded.

Nothing is ever extracted to disk and no entry is read whole unless asked for, with a bound:
names that would leave the folder, links, duplicates, encrypted or unusual entries, too many
entries and entries or a whole that would expand beyond the caps (a zip bomb) are refused from
the central directory alone, and reading stops as soon as an entry yields more than it declared.

What bounds the work is those caps on the declared sizes and the reads bounded by them: a header
that lies is caught when more comes out than it declared. A cap on the compression ratio adds
nothing to that, and refuses honest data (deflate reaches ~1032:1, and a narrative's history,
each version repeating the last, comes close); it is only for a zip whose parts a parser that
builds everything in memory reads afterwards (``openpyxl``), where it asks a bomb to weigh at
least a fraction of what it would expand to.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from ism_desktop.exchange.package.manifest import PackageRefusedError, Refusal, shown_name
from ism_desktop.exchange.package.zip_directory import central_names, declared_entries
from ism_desktop.platform import describe_os_error

# Given a refused zip's entry names, and whether they are only the first of its entries (the
# reading was bounded), what it holds instead, in Spanish; None: nothing to say.
Explanation = Callable[[Sequence[str], bool], str | None]
CHUNK_BYTES = 64 * 1024
MIB = 1024 * 1024
_DRIVE = re.compile(r"[A-Za-z]:")
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_UTF8_NAME = 0x800
# Flags that change nothing in how an entry is read: sizes after the data, a UTF-8 name.
_PLAIN_FLAGS = 0x08 | _UTF8_NAME
# NotImplementedError: an entry needs a newer zip version (or method) than ``zipfile`` reads.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    ValueError,
    struct.error,
    NotImplementedError,
)


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """How much a zip may hold; ratios are checked only on entries larger than ``ratio_floor``.

    ``max_ratio`` None: no ratio is checked (the caps on declared sizes bound every read).
    """

    max_entries: int
    max_entry_bytes: int
    max_total_bytes: int
    max_ratio: int | None = None
    ratio_floor: int = MIB
    allow_directories: bool = False


def megabytes(size: int) -> str:
    """A size as the refusals say it: «900.0 KB», «48.0 MB»."""
    if size < MIB:
        return f"{size / 1024:.1f} KB"
    return f"{size / MIB:.1f} MB"


def _name_problem(name: str, limits: ZipLimits) -> str | None:
    shown = shown_name(name)
    if "\\" in name:
        return f"la entrada «{shown}» usa barras invertidas en su nombre"
    if name.startswith("/") or _DRIVE.match(name):
        return f"la entrada «{shown}» es una ruta absoluta"
    parts = name.split("/")
    if ".." in parts:
        return f"la entrada «{shown}» saldría de la carpeta del paquete"
    if not name or not name.isprintable():
        return f"la entrada «{shown}» tiene un nombre no válido"
    if name.endswith("/") and not limits.allow_directories:
        return f"la entrada «{shown}» es una carpeta"
    if "" in parts[:-1] or "." in parts:
        return f"la entrada «{shown}» tiene un nombre no válido"
    return None


def _entry_problem(info: zipfile.ZipInfo, limits: ZipLimits) -> str | None:
    shown = shown_name(info.filename)
    if stat.S_ISLNK(info.external_attr >> 16):
        return f"la entrada «{shown}» es un enlace simbólico"
    if info.flag_bits & 0x1:
        return f"la entrada «{shown}» está cifrada"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return f"la entrada «{shown}» usa un método de compresión no admitido"
    if info.file_size > limits.max_entry_bytes:
        return (
            f"la entrada «{shown}» ocuparía {megabytes(info.file_size)} al descomprimirse "
            f"(se admiten {megabytes(limits.max_entry_bytes)})"
        )
    if (
        limits.max_ratio is not None
        and info.file_size > limits.ratio_floor
        and info.file_size > limits.max_ratio * max(info.compress_size, 1)
    ):
        ratio = info.file_size // max(info.compress_size, 1)
        return (
            f"la entrada «{shown}» crecería {ratio} veces al descomprimirse (parece una bomba zip)"
        )
    return None


class GuardedZip:
    """An open zip whose entries passed the checks; reads are chunked and bounded."""

    def __init__(
        self,
        archive: zipfile.ZipFile,
        label: str,
        data: bytes | None = None,
        refused: Refusal = PackageRefusedError,
    ) -> None:
        self._archive = archive
        self._label = label
        self._data = data
        self._refused = refused
        self.entries = {info.filename: info for info in archive.infolist()}

    def refuse(self, reason: str) -> PackageRefusedError:
        """A refusal naming this zip."""
        return self._refused(self._label, reason)

    def chunks(self, name: str) -> Iterator[bytes]:
        """The entry's bytes, at most ``CHUNK_BYTES`` at a time, never more than it declared."""
        info = self.entries[name]
        whole = self.small_entry(info)
        if whole is not None:
            if whole:
                yield whole
            return
        seen = 0
        try:
            with self._archive.open(info) as stream:
                while chunk := stream.read(CHUNK_BYTES):
                    seen += len(chunk)
                    if seen > info.file_size:
                        raise self.refuse(
                            f"la entrada «{shown_name(name)}» es más grande de lo que declara"
                        )
                    yield chunk
        except (*_ZIP_ERRORS, zlib.error, OSError) as exc:
            raise self.refuse(f"la entrada «{shown_name(name)}» está dañada") from exc

    def _packed(self, info: zipfile.ZipInfo) -> memoryview | None:
        """The packed bytes of an entry of a zip held in memory; None: read it by chunks.

        Only where ``zipfile`` would read the very same bytes: the local header's signature
        and name are those of the central directory, and no flag changes how it is read.
        """
        data = self._data
        if data is None or info.flag_bits & ~_PLAIN_FLAGS:
            return None
        start = info.header_offset
        header = data[start : start + _LOCAL_HEADER.size]
        if len(header) != _LOCAL_HEADER.size:
            return None
        fields = _LOCAL_HEADER.unpack(header)
        signature, flags, name_size, extra_size = fields[0], fields[3], fields[10], fields[11]
        name_start = start + _LOCAL_HEADER.size
        name = data[name_start : name_start + name_size]
        # An ASCII name reads the same in UTF-8 and in code page 437 (whose codec is Python
        # code, a call per entry): every name an xlsx or a package holds is ASCII.
        try:
            text = (
                name.decode("ascii")
                if name.isascii()
                else name.decode("utf-8" if flags & _UTF8_NAME else "cp437")
            )
        except UnicodeDecodeError:
            return None
        if signature != _LOCAL_SIGNATURE or text != info.orig_filename:
            return None
        body = name_start + name_size + extra_size
        # A view, not a copy: the compressed bytes are only read once, by zlib.
        return memoryview(data)[body : body + info.compress_size]

    def small_entry(self, info: zipfile.ZipInfo) -> bytes | None:
        """A small entry of a zip held in memory, inflated in one call; None: read it by chunks.

        An xlsx holds a dozen small parts, and opening each through ``zipfile`` costs more than
        inflating it. This gives the bytes only where ``zipfile`` would give the very same ones
        (header, name, whole stream, size and CRC-32 all as declared); anything unusual is left
        to ``zipfile``, which refuses it as before.
        """
        packed = None if info.file_size > CHUNK_BYTES else self._packed(info)
        if packed is None:
            return None
        if info.compress_type == zipfile.ZIP_STORED:
            content = bytes(packed)
        else:
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            try:
                content = inflater.decompress(packed, info.file_size + 1)
            except zlib.error:
                return None
            if not inflater.eof:
                return None
        if len(content) != info.file_size or zlib.crc32(content) != info.CRC:
            return None
        return content

    def head(self, info: zipfile.ZipInfo, size: int) -> bytes | None:
        """At most the first ``size`` bytes of an entry of a zip held in memory, inflating no more.

        None when the entry is not read in memory (as for ``small_entry``, whatever its size) or
        its start does not inflate. The rest of the entry is neither inflated nor checked.
        """
        packed = self._packed(info)
        if packed is None:
            return None
        if info.compress_type == zipfile.ZIP_STORED:
            return bytes(packed[:size])
        try:
            return zlib.decompressobj(-zlib.MAX_WBITS).decompress(packed, size)
        except zlib.error:
            return None

    def read(self, name: str, max_bytes: int) -> bytes:
        """The whole entry, refused if it declares more than ``max_bytes``."""
        info = self.entries[name]
        if info.file_size > max_bytes:
            raise self.refuse(
                f"«{shown_name(name)}» ocupa {megabytes(info.file_size)}; se admiten "
                f"{megabytes(max_bytes)}"
            )
        return b"".join(self.chunks(name))


def _check_entries(
    archive: zipfile.ZipFile, limits: ZipLimits, label: str, refused: Refusal
) -> None:
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise refused(label, f"tiene {len(infos)} entradas; se admiten {limits.max_entries}")
    for info in infos:
        problem = _name_problem(info.filename, limits) or _entry_problem(info, limits)
        if problem:
            raise refused(label, problem)
    repeated = [name for name, count in Counter(i.filename for i in infos).items() if count > 1]
    if repeated:
        raise refused(label, f"la entrada «{shown_name(repeated[0])}» está repetida")
    total = sum(info.file_size for info in infos)
    if total > limits.max_total_bytes:
        raise refused(
            label,
            f"ocuparía {megabytes(total)} al descomprimirse (se admiten "
            f"{megabytes(limits.max_total_bytes)})",
        )


def _told(
    names: Sequence[str], limits: ZipLimits, explained: Explanation | None, first: bool = False
) -> str | None:
    """What ``explained`` says of names that could all be unzipped safely; None otherwise."""
    if explained is None or not names:
        return None
    # A name that would leave the folder is never answered with «descomprímalo».
    folders_allowed = replace(limits, allow_directories=True)
    if any(_name_problem(name, folders_allowed) for name in names):
        return None
    return explained(names, first)


def _told_of(
    archive: zipfile.ZipFile, limits: ZipLimits, label: str, explained: Explanation | None
) -> str | None:
    """What ``explained`` says of a zip refused only for holding folders; None otherwise."""
    if explained is None:
        return None
    try:
        # Every other check still holds: links, encryption, sizes and caps as for a package.
        _check_entries(archive, replace(limits, allow_directories=True), label, PackageRefusedError)
    except PackageRefusedError:
        return None
    return _told(archive.namelist(), limits, explained)


_CUT_SHORT = "está incompleto: le falta el final, quizá no terminó de copiarse o de descargarse"


def _unreadable(
    stream: BinaryIO,
    label: str,
    kind: str,
    refused: Refusal,
    not_zip: Callable[[], str] | None,
    *,
    endless: bool = False,
) -> PackageRefusedError:
    """The refusal of a file ``zipfile`` cannot open: a zip cut short, or no zip at all.

    ``endless``: the file has no end record (a zip's last bytes).
    """
    # Only a refusal looks at the first bytes: a zip's first entry starts with its signature.
    if not_zip is not None:
        stream.seek(0)
        if stream.read(len(_LOCAL_SIGNATURE)) != _LOCAL_SIGNATURE:
            return PackageRefusedError(label, not_zip())
        if endless:
            # It starts as a zip and never ends as one: a copy or download cut off on its way,
            # which «no es un archivo zip válido» does not tell whoever receives it.
            return refused(label, _CUT_SHORT)
    return refused(label, f"no es {kind}")


@contextmanager
def open_guarded(
    source: Path | bytes,
    limits: ZipLimits,
    label: str,
    kind: str = "un archivo zip válido",
    other_kind: Callable[[Sequence[str]], str | None] | None = None,
    refused: Refusal = PackageRefusedError,
    not_zip: Callable[[], str] | None = None,
    explained: Explanation | None = None,
) -> Iterator[GuardedZip]:
    """Open a zip file (or zip bytes) after checking its central directory against ``limits``.

    ``kind``: what the file is not, if it is no zip at all («un libro de Excel (.xlsx)»).
    ``other_kind``: given the entry names, why the zip is refused as another kind of file
    (None: it is not one); asked before any other check of the entries.
    ``refused``: how a zip that is damaged or breaks a limit is refused (a package's reader
    says it was damaged); another kind of file, or one that cannot be read, is refused as such.
    ``not_zip``: why a file that does not even start as a zip is refused, as such (a PDF sent
    as a package is no damaged package); None: as any zip that cannot be read.
    ``explained``: given the entry names of a zip refused for its folders or its number of
    entries, what it is instead (a zip of packages), said as such; asked only of names that
    stay inside the zip's folder and, when the entries were read, of entries within every cap.

    Raises:
        PackageRefusedError: not a zip, or a check failed; ``label`` names it in the message.
    """
    # Another kind of zip (a workbook renamed as a package) is said as such, before its counts.
    foreign = other_kind or (lambda _names: None)
    try:
        stream: BinaryIO = io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")  # noqa: SIM115
    except OSError as exc:
        raise PackageRefusedError(label, f"no se pudo leer: {describe_os_error(exc)}") from exc
    with stream:
        size = stream.seek(0, io.SEEK_END)
        declared = declared_entries(stream, size)
        # Refusals are built where raised: a package's says more, and a good zip builds none.
        if declared is None:
            raise _unreadable(stream, label, kind, refused, not_zip, endless=True)
        if declared < 0:
            raise refused(label, "usa el formato ZIP64, que no se admite")
        if declared > limits.max_entries:
            names, cut_short = central_names(stream, size)
            if other := foreign(names):
                raise PackageRefusedError(label, other)
            # Fewer names than the end record claims, with none left unread: no such zip to
            # unzip, but a damaged (or forged) directory, refused as any count over the cap.
            whole = cut_short or len(names) == declared
            if whole and (said := _told(names, limits, explained, first=cut_short)):
                raise PackageRefusedError(label, said)
            raise refused(label, f"tiene {declared} entradas; se admiten {limits.max_entries}")
        stream.seek(0)
        try:
            archive = zipfile.ZipFile(stream)
        except (*_ZIP_ERRORS, OSError) as exc:
            raise _unreadable(stream, label, kind, refused, not_zip) from exc
        with archive:
            if other := foreign(archive.namelist()):
                raise PackageRefusedError(label, other)
            try:
                _check_entries(archive, limits, label, refused)
            except PackageRefusedError as exc:
                if said := _told_of(archive, limits, label, explained):
                    raise PackageRefusedError(label, said) from exc
                raise
            yield GuardedZip(archive, label, source if isinstance(source, bytes) else None, refused)
