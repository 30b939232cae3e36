"""Plan: who is on the person's side, their appointments, what comes after detox, and the
medications and allergies the care team should know about.

This is the one module the UI imports for the Plan; the work is done in people
(the people, shared with Prepare), appointments (one-off and weekly, and when
they next happen) and aftercare (the aftercare plan, medications and allergies).
"""

from __future__ import annotations

from companion.core.aftercare import (
    MAX_TEXT,
    NEXT_STEPS,
    AftercarePlan,
    Allergy,
    Medication,
    delete_allergy,
    delete_medication,
    get_aftercare,
    list_allergies,
    list_medications,
    restore_allergy,
    restore_medication,
    save_aftercare,
    save_allergy,
    save_medication,
)
from companion.core.appointments import (
    APPOINTMENT_KINDS,
    Appointment,
    delete_appointment,
    get_appointment,
    list_appointments,
    next_appointment,
    next_start,
    occurrences,
    restore_appointment,
    save_appointment,
    unusable_count,
    upcoming,
)
from companion.core.people import (
    ROLES,
    Person,
    delete_person,
    get_person,
    help_people,
    list_people,
    restore_person,
    save_person,
)

__all__ = [
    "APPOINTMENT_KINDS",
    "MAX_TEXT",
    "NEXT_STEPS",
    "ROLES",
    "AftercarePlan",
    "Allergy",
    "Appointment",
    "Medication",
    "Person",
    "delete_allergy",
    "delete_appointment",
    "delete_medication",
    "delete_person",
    "get_aftercare",
    "get_appointment",
    "get_person",
    "help_people",
    "list_allergies",
    "list_appointments",
    "list_medications",
    "list_people",
    "next_appointment",
    "next_start",
    "occurrences",
    "restore_allergy",
    "restore_appointment",
    "restore_medication",
    "restore_person",
    "save_aftercare",
    "save_allergy",
    "save_appointment",
    "save_medication",
    "save_person",
    "unusable_count",
    "upcoming",
]
