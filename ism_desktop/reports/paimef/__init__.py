"""The PAIMEF informe parcial / final as PDF and xlsx."""
