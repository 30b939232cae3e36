"""The craving log: a use is stored as given, refused values store nothing, and a day's
uses are listed oldest first."""

from datetime import date, datetime

import pytest

from companion.core import cravings
from companion.core.validate import InvalidInputError


def test_record_update_list_and_delete(db):
    use = cravings.record_craving(
        db,
        started_at=datetime(2026, 3, 8, 21, 40, 31),
        kind=cravings.URGE_SURFING,
        strength_before=8,
        needs=["tired", "hungry"],
    )
    assert use.started_at == datetime(2026, 3, 8, 21, 40)
    assert use.needs == ("hungry", "tired") and use.fall is None
    done = cravings.update_craving(
        db,
        cravings.CravingUse(
            **{
                **use.__dict__,
                "strength_after": 3,
                "seconds": 600.0,
                "completed": True,
                "trigger": "place",
                "note": " ok ",
            }
        ),
    )
    assert done.fall == 5 and done.completed and done.note == "ok" and done.trigger == "place"
    cravings.record_craving(db, started_at=datetime(2026, 3, 9, 0, 5), kind=cravings.QUICK_CHECK)
    assert [u.id for u in cravings.list_cravings(db, date(2026, 3, 8), date(2026, 3, 8))] == [
        use.id
    ]
    assert len(cravings.list_cravings(db, date(2026, 3, 1), date(2026, 3, 9))) == 2
    cravings.delete_craving(db, use.id)
    with pytest.raises(InvalidInputError):
        cravings.get_craving(db, use.id)


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "dance"},
        {"strength_before": 11},
        {"strength_after": -1},
        {"strength_before": True},
        {"trigger": "moon"},
        {"needs": ["bored"]},
        {"note": "x" * (cravings.MAX_NOTE + 1)},
    ],
)
def test_refused_values_store_nothing(db, change):
    values = {"started_at": datetime(2026, 3, 8, 21, 40), "kind": cravings.QUICK_CHECK}
    with pytest.raises(InvalidInputError):
        cravings.record_craving(db, **{**values, **change})
    assert db.table("cravings").count == 0
