"""Make companion-m008.sqlite3: a real database as the appointments release left it.

Migrations up to m008_appointment_changes are applied; it holds a contact, a weekly
appointment with them, an aftercare plan and an exercise session, stored before the
safety plan, the overdose plan and the craving log existed.
Run once from the project root:

    .venv/bin/python tests/data/make_m008.py

The file is kept in the repository so upgrade tests run against real old bytes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from companion.core.storage.migrations import migrations

TARGET = Path(__file__).resolve().parent / "companion-m008.sqlite3"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.execute("PRAGMA journal_mode=DELETE")  # a single file, no -wal or -shm beside it
    db = Database(conn)
    migrations.apply(db, stop_before="m009_staying_safe")
    with db.atomic():
        contact = db.table("helpers").insert(
            {"name": "Maya", "relationship": "sister", "phone": "+34 600 555 013", "note": ""}
        )
        db.table("appointments").insert(
            {
                "kind": "support-group",
                "title": "Tuesday group",
                "starts_at": "2027-03-02T19:00",
                "minutes": 90,
                "place": "Church hall",
                "contact_id": contact.last_pk,
                "notes": "",
                "weekly": 1,
                "until": "2027-04-27",
                "revision": 2,
                "changed_at": "2027-02-20T10:15",
            }
        )
        db.table("aftercare_plan").insert(
            {"id": 1, "next_step": "outpatient", "first_week": "Stay with Maya"}
        )
        db.table("exercise_sessions").insert(
            {"exercise": "box", "started_at": "2027-02-21T08:00", "seconds": 240.0, "completed": 1}
        )
    conn.close()
    print(f"Wrote {TARGET}")


if __name__ == "__main__":
    main()
