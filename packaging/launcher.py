"""The entry script PyInstaller freezes into the `prep-companion` executable.

It does exactly what the `prep-companion` console script does: hand the command line to
companion.cli.main and exit with its return code. See packaging/BUILDING.md.
"""

from companion.cli import main

raise SystemExit(main())
