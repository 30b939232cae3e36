"""Who is using the app: the person getting ready for detox, or someone helping them.

The choice is two settings (`user` and `helper_id`, declared in core/settings.py). Helper
mode changes what the app shows, never what it stores. The helper is one of the Plan's
contacts (a `Person`), chosen from those already there or added by name (role "family").
When the helper's contact is removed, helper mode stays on without a name, so that the
person's journal does not suddenly show; the app then asks who is helping again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from companion.core import people, settings
from companion.core.people import Person
from companion.core.validate import InvalidInputError


@dataclass(frozen=True)
class User:
    """Who is using the app now. `helper` is the helper's contact in helper mode (None
    in the person's mode, or when the contact chosen has since been removed)."""

    helping: bool
    helper: Person | None = None

    @property
    def helper_id(self) -> int:
        """The helper's contact id, 0 when there is none."""
        return self.helper.id if self.helper is not None else 0


def current_user(db: Database) -> User:
    """Who is using the app, from the settings."""
    if settings.get_setting(db, "user") != "helper":
        return User(helping=False)
    helper_id = int(settings.get_setting(db, "helper_id"))
    return User(helping=True, helper=people.get_person(db, helper_id) if helper_id else None)


def is_helping(db: Database) -> bool:
    """Whether the app is in helper mode (the journal is then never shown)."""
    return bool(settings.get_setting(db, "user") == "helper")


def require_helper(db: Database, helper_id: int) -> Person:
    """The contact `helper_id`, or InvalidInputError ("helper", "unknown-choice") when it is
    not a whole number naming a contact in the Plan."""
    if not isinstance(helper_id, int) or isinstance(helper_id, bool) or helper_id < 1:
        raise InvalidInputError("helper", "unknown-choice", "A helper is named by their number.")
    helper = people.get_person(db, helper_id)
    if helper is None:
        raise InvalidInputError("helper", "unknown-choice", "That helper is not in the Plan.")
    return helper


def use_person(db: Database) -> None:
    """The person's own view. The helper chosen last is remembered for switching back."""
    settings.set_setting(db, "user", "person")


def use_helper(db: Database, helper_id: int) -> Person:
    """Helper mode for the contact `helper_id`; nothing changes when it is not a contact."""
    with db.atomic():
        helper = require_helper(db, helper_id)
        settings.set_setting(db, "helper_id", helper.id)
        settings.set_setting(db, "user", "helper")
    return helper


def add_helper(db: Database, name: str) -> int:
    """A new contact named `name` (role "family") for a helper using the app; returns its
    id. The name is checked like every contact's (required, at most people.MAX_NAME)."""
    return people.save_person(db, None, name=name, role="family").id


def helpers(db: Database) -> list[Person]:
    """The contacts who can be chosen as the helper: family and friends first (role
    "family", then "peer", "other"), then everyone else, each group by name."""
    order = {"family": 0, "peer": 1, "other": 2}
    everyone = people.list_people(db)
    return sorted(everyone, key=lambda p: order.get(p.role, 3))
