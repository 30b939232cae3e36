"""A helper's conversation plans: worksheets to prepare a talk with the person they are
helping, in the order the talk goes (a good time and place, a positive opening, what I
have noticed, how I feel, what I am asking for, how I can help, what I will avoid, and
what I will do if it goes badly). A helper may keep several.
"""

from __future__ import annotations

MAX_TITLE = 120
MAX_STEP = 1000
STEPS = ("moment", "opening", "noticed", "feeling", "asking", "offer", "avoid", "fallback")
"""The worksheet's steps, in the order of the talk (the columns of conversation_plans)."""
