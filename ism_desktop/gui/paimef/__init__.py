"""The PAIMEF screens: Programa Anual, dates and deadlines, indicators; the «due soon» label."""
