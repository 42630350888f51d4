"""The official report's text: reading the printed ETCA-III-04 form into domain objects."""
