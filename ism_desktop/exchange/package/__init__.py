"""The package format: manifest, reader, writer, and the guards over zips and workbooks."""
