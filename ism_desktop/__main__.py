"""Allow ``python -m ism_desktop``."""

from ism_desktop.app import main

raise SystemExit(main())
