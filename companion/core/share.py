"""Sharing the plan with a helper who uses the app on their own computer, and their
progress coming back.

A share file holds what a helper needs to help (the intake, the whole checklist with who
does what, the contacts the person marked as shared, appointments, the after-detox plan,
the overdose steps) and nothing from the journal. A progress file holds a helper's
changes to their own tasks. docs/data-format.md describes both.
"""

from __future__ import annotations

PLAN_ID_LENGTH = 32
"""A plan's identity in its share files: 32 lower-case hexadecimal characters."""
MAX_HELPER_NOTE = 1000
"""The most characters of a helper's note on one of their tasks."""
MAX_SHARE_BYTES = 5 * 1024 * 1024
"""The largest share or progress file the app reads."""
