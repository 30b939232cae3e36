"""Writes to the data folder for ever, saying after each write has returned; killed by
tests/core/test_kill.py at a random moment.

Usage: python kill_writer.py DATA_DIR BACKUP_EVERY

Prints "ready N R" once the store is open (N is the first number it will write, R is
"none" or "recovered"), then "journal N" after each journal save and "task N" after each
checklist add, flushing stdout each time; every BACKUP_EVERY rounds it takes a backup
and prints "backup N".
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from itertools import count

from companion.core import checklist, journal, storage
from companion.core.content import load_checklist_template
from companion.core.journal import JournalEntry

FIRST_DAY = date(2025, 1, 1)
TODAY = date(2100, 1, 1)


def next_number(db) -> int:
    """One more than the highest number already stored (journal notes or task titles)."""
    row = db.execute(
        "SELECT MAX(n) FROM ("
        " SELECT CAST(substr(notes, 7) AS INTEGER) AS n FROM journal_entries"
        " WHERE notes LIKE 'entry %'"
        " UNION ALL"
        " SELECT CAST(substr(title, 6) AS INTEGER) FROM checklist_items"
        " WHERE title LIKE 'task %')"
    ).fetchone()
    return 0 if row[0] is None else int(row[0]) + 1


def main() -> None:
    data_dir, backup_every = sys.argv[1], int(sys.argv[2])
    store = storage.open(data_dir)
    db = store.db
    checklist.ensure_template(db, load_checklist_template())
    category = checklist.categories(db)[0].key
    first = next_number(db)
    print(f"ready {first} {'none' if store.recovery is None else 'recovered'}", flush=True)
    for n in count(first):
        day = FIRST_DAY + timedelta(days=n)
        journal.save_entry(db, JournalEntry(day=day, notes=f"entry {n}"), today=TODAY)
        print(f"journal {n}", flush=True)
        checklist.save_item(db, None, category=category, title=f"task {n}")
        print(f"task {n}", flush=True)
        if backup_every and n % backup_every == backup_every - 1:
            store.backup_now()
            print(f"backup {n}", flush=True)


if __name__ == "__main__":
    main()
