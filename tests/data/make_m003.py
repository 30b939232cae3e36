"""Make companion-m003.sqlite3: a real database as the Prepare release left it.

Migrations up to m003_prepare are applied; it holds a setting, an own number,
and a logged relaxation session. Run once from the project root:

    .venv/bin/python tests/data/make_m003.py

The file is kept in the repository so upgrade tests run against real old bytes.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from companion.core.storage.migrations import migrations

TARGET = Path(__file__).resolve().parent / "companion-m003.sqlite3"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.execute("PRAGMA journal_mode=DELETE")  # a single file, no -wal or -shm beside it
    db = Database(conn)
    migrations.apply(db, stop_before="m004_breathe")
    with db.atomic():
        db.table("settings").insert({"key": "region", "value": json.dumps("IE")})
        db.table("own_numbers").insert(
            {"name": "My brother", "number": "087 123 4567", "note": "", "position": 1}
        )
        db.table("exercise_sessions").insert(
            {"exercise": "box", "started_at": "2026-11-20T09:00", "seconds": 64.0, "completed": 1}
        )
    conn.close()
    print(f"Wrote {TARGET}")


if __name__ == "__main__":
    main()
