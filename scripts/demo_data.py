"""A demo data folder: a made-up person three weeks into getting ready, for screenshots.

    .venv/bin/python scripts/demo_data.py FOLDER

Writes through the app's own core functions into FOLDER, which must be new or empty:
this never opens the real data folder. Everything in it is invented. `today` is a
parameter so the screenshots script can use the same dates every time.
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlite_utils import Database

from companion.core import (
    aftercare,
    appointments,
    calls,
    checklist,
    content,
    conversations,
    cravings,
    helper_checkins,
    intake,
    journal,
    learn,
    operations,
    paths,
    people,
    progress,
    sessions,
    settings,
    share,
    storage,
)
from companion.core.journal import JournalEntry

NOTES = (
    "Slept badly but went for a short walk in the morning. Felt a bit better after.",
    "Called the program again. They might have a bed next week.",
    "Talked with Maria about the kids. She will take them for the two weeks.",
    "Hard evening. Did the breathing twice and it helped a little.",
    "Packed half the bag. Found my insurance card.",
    "Felt hopeful today. Made soup and watched a film with Tom.",
    "Cravings in the afternoon. Texted Maria instead of going out.",
)


def _refuse_the_real_folder(folder: Path) -> None:
    real = paths.resolve_data_dir(None).resolve()
    if folder.resolve() == real:
        raise SystemExit("refusing to write demo data into the real data folder")
    if folder.exists() and any(folder.iterdir()):
        raise SystemExit(f"{folder} is not empty: give a new or empty folder")


def _cravings(db: Database, today: date, rng: random.Random) -> None:
    """Cravings worked through in Breathe over the three weeks: often and strong at first,
    fewer and weaker later; urge surfing brings each one down a few points."""
    triggers = ("place", "feeling", "person", "time", None, "feeling")
    for n in range(21):
        day = today - timedelta(days=20 - n)
        for use in range(rng.choice((2, 2, 1)) if n < 10 else rng.choice((0, 1, 1))):
            before = max(2, 8 - n // 5 + rng.randint(-1, 1))
            started = datetime.combine(day, time(15 + use * 4, rng.choice((5, 20, 40))))
            if (n + use) % 3 == 2:
                cravings.record_craving(
                    db,
                    started_at=started,
                    kind=cravings.QUICK_CHECK,
                    strength_before=before,
                    needs=rng.choice((("tired",), ("lonely", "tired"), ("hungry",), ("angry",))),
                )
                continue
            minutes = rng.choice((5, 10, 10, 15))
            cravings.record_craving(
                db,
                started_at=started,
                kind=cravings.URGE_SURFING,
                seconds=minutes * 60,
                completed=True,
                strength_before=before,
                strength_after=max(0, before - rng.randint(2, 5)),
                trigger=triggers[(n + use) % len(triggers)],
            )


FAMILY_WORDS = {
    "en": {
        "self_care": ("A walk after work", "Lunch with a friend", "An early night", ""),
        "notes": ("Worried, but we made a plan together.", "", "A good talk on the phone.", ""),
        "title": "Asking about the intake day",
        "steps": {
            "moment": "Sunday morning, over breakfast, when we are both rested.",
            "opening": "I love you, and I want to help you get ready in the way you want.",
            "noticed": "You have been calling the program and packing. That took courage.",
            "asking": "Can I drive you there on the day, and stay until you are settled?",
            "offer": "I will look after the cat and water the plants while you are away.",
        },
        "task_note": "Cleared the spare room: it is quiet and ready for the first days home.",
    },
    "es": {
        "self_care": (
            "Un paseo después del trabajo",
            "Comer con una amiga",
            "Acostarme temprano",
            "",
        ),
        "notes": (
            "Preocupada, pero hicimos un plan juntos.",
            "",
            "Una buena charla por teléfono.",
            "",
        ),
        "title": "Preguntar por el día del ingreso",
        "steps": {
            "moment": "El domingo por la mañana, en el desayuno, cuando estemos descansados.",
            "opening": "Te quiero y quiero ayudarte a prepararte como tú quieras.",
            "noticed": "Has llamado al programa y has preparado la bolsa. Eso es valentía.",
            "asking": "¿Puedo llevarte ese día y quedarme hasta que estés instalado?",
            "offer": "Cuidaré al gato y regaré las plantas mientras estés fuera.",
        },
        "task_note": "Vacié el cuarto de invitados: está tranquilo y listo para los primeros días.",
    },
}


def _family(db: Database, today: date, maria: people.Person, task_id: int, language: str) -> None:
    """Maria's side: two weeks of her own check-ins, a conversation she has planned, and
    her progress on a task sent back from her own copy of the plan and merged here."""
    words = FAMILY_WORDS.get(language, FAMILY_WORDS["en"])
    rng = random.Random(5)
    for n in range(14):
        if n in (4, 9):
            continue  # days she did not check in
        helper_checkins.save_check_in(
            db,
            maria.id,
            today - timedelta(days=13 - n),
            stress=max(0, min(10, 7 - n // 3 + rng.randint(-1, 1))),
            sleep_hours=rng.choice((5.5, 6.0, 6.5, 7.0, 7.5)),
            self_care=words["self_care"][n % 4],
            note=words["notes"][n % 4],
            today=today,
        )
    conversations.save_plan(
        db,
        None,
        helper_id=maria.id,
        title=words["title"],
        steps=words["steps"],
        now=datetime.combine(today - timedelta(days=2), time(21, 0), tzinfo=UTC),
    )
    shared_at = datetime.combine(today - timedelta(days=3), time(18, 0), tzinfo=UTC)
    with tempfile.TemporaryDirectory(prefix="prep-companion-helper-") as other:
        helper = storage.open(Path(other) / "data")
        try:
            plan_file = Path(other) / "plan.prepshare"
            progress_file = Path(other) / "progress.prepprogress"
            operations.write_share(db, plan_file, shared_at)
            operations.open_share_file(helper.db, plan_file, shared_at + timedelta(hours=1))
            share.choose_me(helper.db, maria.id)
            ticked_at = shared_at + timedelta(days=1)
            share.change_my_task(
                helper.db, task_id, done=True, note=words["task_note"], now=ticked_at
            )
            operations.write_progress(helper.db, progress_file, ticked_at + timedelta(hours=1))
            preview = operations.preview_progress_file(db, progress_file)
            progress.apply_merge(db, preview, ticked_at + timedelta(hours=2))
        finally:
            helper.close()


def build(folder: Path, today: date, language: str = "en") -> None:
    """Fill a new folder with three weeks of made-up preparation (a helper's words in
    `language`)."""
    _refuse_the_real_folder(folder)
    store = storage.open(folder)
    rng = random.Random(7)
    try:
        db = store.db
        with db.atomic():
            checklist.ensure_template(db, content.load_checklist_template())
            maria = people.save_person(
                db,
                None,
                name="Maria",
                relationship="sister",
                phone="555 0142",
                note="Evenings are best",
                shared=True,
            )
            tom = people.save_person(db, None, name="Tom", relationship="friend", phone="555 0199")
            intake.set_intake(db, today + timedelta(days=12), "Riverside Recovery Center")
            # someone three weeks in: past the first-start note, in the United States
            settings.set_setting(db, "first_note_seen", True)
            settings.set_setting(db, "region", "US")
            items = checklist.list_items(db)
            for item in items[:14]:
                checklist.set_done(db, item.id, True, today - timedelta(days=rng.randint(1, 15)))
            for item, helper in ((items[16], maria), (items[17], maria), (items[20], tom)):
                checklist.save_item(
                    db,
                    item.id,
                    title=item.title,
                    category=item.category,
                    notes=item.notes,
                    due=today + timedelta(days=rng.randint(-2, 9)),
                    assignee_id=helper.id,
                    at=datetime.combine(today - timedelta(days=5), time(12, 0), tzinfo=UTC),
                )
            calls.save_call(
                db,
                None,
                "Riverside Recovery Center",
                datetime.combine(today - timedelta(days=3), time(10, 15)),
                "call-back",
                phone="555 0100",
                callback_at=datetime.combine(today + timedelta(days=1), time(11, 0)),
                notes="Ask about the bed and what to bring.",
            )
            for n in range(21):
                day = today - timedelta(days=20 - n)
                journal.save_entry(
                    db,
                    JournalEntry(
                        day=day,
                        mood=min(5, 2 + n // 7 + rng.randint(0, 1)),
                        craving=max(0, 7 - n // 4 + rng.randint(-1, 1)),
                        sleep_hours=rng.choice((5.0, 5.5, 6.0, 6.5, 7.0)),
                        sleep_quality=rng.randint(2, 4),
                        energy=rng.randint(2, 4),
                        symptoms={s.key: rng.randint(0, 2) for s in journal.load_symptoms()},
                        wins=("Went for a walk",) if n % 3 == 0 else (),
                        notes=NOTES[n % len(NOTES)],
                    ),
                    today,
                )
            for n in range(16):
                started = datetime.combine(today - timedelta(days=15 - n), time(20, 30))
                sessions.log_session(db, "calm", started, 300, True, 7, 4 + n % 2)
            _cravings(db, today, random.Random(11))  # its own: the rest stays as it was
            people.save_person(
                db, None, name="Dr. Okafor", role="care-team", phone="555 0110", in_help=True
            )
            clinic = people.save_person(
                db, None, name="Riverside Recovery Center", role="detox-program", phone="555 0100"
            )
            appointments.save_appointment(
                db,
                None,
                kind="intake",
                title="Intake at Riverside",
                starts_at=datetime.combine(today + timedelta(days=12), time(9, 0)),
                place="Riverside Recovery Center",
                contact_id=clinic.id,
            )
            appointments.save_appointment(
                db,
                None,
                kind="support-group",
                title="Family support group",
                starts_at=datetime.combine(today + timedelta(days=2), time(18, 30)),
                weekly=True,
            )
            aftercare.save_aftercare(
                db,
                aftercare.AftercarePlan(
                    next_step="outpatient",
                    first_week="Stay with Maria. Meeting on Tuesday. Walk every morning.",
                    warning_signs="Not sleeping, skipping meals, avoiding calls.",
                    coping_steps="Call Maria. Do the calm breathing. Go for a walk.",
                ),
            )
            learn.save_question(db, None, text="What medicines will you use to ease withdrawal?")
            learn.mark_read(db, "why-detox", True, today)
            learn.mark_read(db, "withdrawal", True, today)
        _family(db, today, maria, items[16].id, language)
    finally:
        store.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    build(Path(sys.argv[1]), date.today())
    print(f"Demo data written to {sys.argv[1]}")
