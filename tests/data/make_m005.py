"""Make companion-m005.sqlite3: a real database as the Journal release left it.

Migrations up to m005_journal are applied; it holds a setting and one journal
check-in (ratings, symptoms, wins, notes and tags, indexed for full-text search).
Run once from the project root:

    .venv/bin/python tests/data/make_m005.py

The file is kept in the repository so upgrade tests run against real old bytes.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from companion.core.storage.migrations import migrations

TARGET = Path(__file__).resolve().parent / "companion-m005.sqlite3"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.execute("PRAGMA journal_mode=DELETE")  # a single file, no -wal or -shm beside it
    db = Database(conn)
    migrations.apply(db, stop_before="m006_learn")
    with db.atomic():
        db.table("settings").insert({"key": "region", "value": json.dumps("AU")})
        db.table("journal_entries").insert(
            {
                "day": "2027-02-03",
                "mood": 3,
                "craving": 6,
                "sleep_hours": 5.5,
                "sleep_quality": 2,
                "energy": 2,
                "symptoms": json.dumps({"anxiety": 2, "yawning": 1}),
                "wins": "Walked to the shop\nRang my sister",
                "notes": "Booked the assessment at the clinic for Friday.",
                "tags": "clinic, family",
                "updated_at": "2027-02-03T20:15:00+00:00",
            }
        )
    conn.close()
    print(f"Wrote {TARGET}")


if __name__ == "__main__":
    main()
