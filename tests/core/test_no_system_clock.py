"""Time is injected: only core/clock.py may ask the computer what time it is."""

import re
from pathlib import Path

import companion

PACKAGE_DIR = Path(companion.__file__).parent
CLOCK = PACKAGE_DIR / "core" / "clock.py"
SYSTEM_CLOCK_CALL = re.compile(
    r"\b(datetime\.now|datetime\.utcnow|datetime\.today|date\.today|time\.time)\("
)


def test_no_source_file_but_the_clock_reads_the_system_clock():
    sources = sorted(PACKAGE_DIR.rglob("*.py"))
    assert len(sources) >= 50  # the scan really looked at the package
    assert SYSTEM_CLOCK_CALL.search(CLOCK.read_text("utf-8"))  # the pattern finds real calls
    offenders = [
        f"{path.relative_to(PACKAGE_DIR)}:{number}: {line.strip()}"
        for path in sources
        if path != CLOCK
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if SYSTEM_CLOCK_CALL.search(line)
    ]
    assert offenders == []
