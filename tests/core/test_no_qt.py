"""The core package must never import Qt, so everything can run from a script."""

import re
import subprocess
import sys
from pathlib import Path

import companion.core

CORE_DIR = Path(companion.core.__file__).parent
QT_IMPORT = re.compile(r"^\s*(import\s+PySide6|from\s+PySide6)", re.MULTILINE)


def test_no_core_source_file_imports_pyside6():
    sources = sorted(CORE_DIR.rglob("*.py"))
    assert len(sources) >= 10  # the scan really looked at the package
    offenders = [str(path) for path in sources if QT_IMPORT.search(path.read_text("utf-8"))]
    assert offenders == []


def test_importing_core_and_cli_loads_no_pyside6():
    code = (
        "import companion.core.storage, companion.core.settings, companion.core.content, "
        "companion.core.contacts, companion.cli, sys; "
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]; "
        "assert not loaded, loaded"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
