"""Printable reports: ETCA-III-04 as xlsx (XlsxWriter) and pdf (reportlab), no Qt."""
