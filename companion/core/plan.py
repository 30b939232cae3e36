"""Plan: who is on the person's side, their appointments, what comes after detox, and the
medications and allergies the care team should know about.

This is the one module the UI imports for the Plan; the work is done in plan_contacts
(the people, shared with Prepare's helpers), appointments (one-off and weekly, and when
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
from companion.core.plan_contacts import (
    ROLES,
    Contact,
    delete_contact,
    get_contact,
    help_contacts,
    list_contacts,
    save_contact,
)

__all__ = [
    "APPOINTMENT_KINDS",
    "MAX_TEXT",
    "NEXT_STEPS",
    "ROLES",
    "AftercarePlan",
    "Allergy",
    "Appointment",
    "Contact",
    "Medication",
    "delete_allergy",
    "delete_appointment",
    "delete_contact",
    "delete_medication",
    "get_aftercare",
    "get_appointment",
    "get_contact",
    "help_contacts",
    "list_allergies",
    "list_appointments",
    "list_contacts",
    "list_medications",
    "next_appointment",
    "next_start",
    "occurrences",
    "restore_allergy",
    "restore_appointment",
    "restore_medication",
    "save_aftercare",
    "save_allergy",
    "save_appointment",
    "save_contact",
    "save_medication",
    "unusable_count",
    "upcoming",
]
