"""Make companion-m002.sqlite3: a real database as the Foundation release left it.

Migrations up to m002_own_numbers are applied; it holds one setting (region = "IE")
and one of the person's own numbers. Run once from the project root:

    .venv/bin/python tests/data/make_m002.py

The file is kept in the repository so upgrade tests run against real old bytes.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from companion.core.storage.migrations import migrations

TARGET = Path(__file__).resolve().parent / "companion-m002.sqlite3"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.execute("PRAGMA journal_mode=DELETE")  # a single file, no -wal or -shm beside it
    db = Database(conn)
    migrations.apply(db, stop_before="m003_prepare")
    with db.atomic():
        db.table("settings").insert({"key": "region", "value": json.dumps("IE")})
        db.table("own_numbers").insert(
            {"name": "My brother", "number": "087 123 4567", "note": "", "position": 1}
        )
    conn.close()
    print(f"Wrote {TARGET}")


if __name__ == "__main__":
    main()
