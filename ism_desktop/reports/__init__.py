"""Printable reports: ETCA-III-04 as xlsx (openpyxl) and pdf (reportlab), no Qt."""
