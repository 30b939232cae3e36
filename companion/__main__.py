"""Lets `python -m companion` start the app exactly like the `prep-companion` command."""

import sys

from companion.cli import main

sys.exit(main())
