"""A file written under a path that cannot hold it names the folder chosen, not a temporary file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ism_desktop.platform import describe_os_error, write_atomically


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX says ENOTDIR")
def test_a_file_where_the_folder_should_be_is_named_as_chosen(tmp_path: Path) -> None:
    # It named «…/.informe.xlsx.840d0c36a85b.tmp», a file the person never chose.
    (tmp_path / "informes").write_text("no es una carpeta", encoding="utf-8")
    target = tmp_path / "informes" / "informe.xlsx"

    with pytest.raises(NotADirectoryError) as raised:
        write_atomically(target, b"datos")

    said = describe_os_error(raised.value)
    assert said == f"una parte de la ruta «{target.parent}» es un archivo, no una carpeta"
    assert ".tmp" not in said
    assert (tmp_path / "informes").read_text(encoding="utf-8") == "no es una carpeta"
