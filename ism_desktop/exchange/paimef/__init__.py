"""PAIMEF exchange: the Programa Anual as JSON and as an xlsx template, non-working days."""
