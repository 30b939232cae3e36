"""`python -m benchmarks` (or `make bench`): run every benchmark and print the figures."""

from __future__ import annotations

import sys

from benchmarks import startup

if __name__ == "__main__":
    sys.exit(startup.main(sys.argv[1:]))
