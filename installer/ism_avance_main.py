"""What the bundled program runs: the same entry point as ``ism-desktop``."""

from ism_desktop.app import main

raise SystemExit(main())
