"""Make companion-m001.sqlite3: a real database as the first release left it.

Only migration m001_settings is applied, and it holds one setting (region = "UK").
Run once from the project root to (re)create the file next to this script:

    .venv/bin/python tests/data/make_m001.py

The file is kept in the repository so upgrade tests run against real old bytes.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from companion.core.storage.migrations import migrations

TARGET = Path(__file__).resolve().parent / "companion-m001.sqlite3"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.execute("PRAGMA journal_mode=DELETE")  # a single file, no -wal or -shm beside it
    db = Database(conn)
    migrations.apply(db, stop_before="m002_own_numbers")
    with db.atomic():
        db["settings"].insert({"key": "region", "value": json.dumps("UK")})
    conn.close()
    print(f"Wrote {TARGET}")


if __name__ == "__main__":
    main()
