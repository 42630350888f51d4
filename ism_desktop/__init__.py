"""ISM Avance: the quarterly programme progress report (ETCA-III-04) of the ISM."""

__version__ = "0.1.0"
APP_NAME = "ISM Avance"
