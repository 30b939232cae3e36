"""Fixtures for the core tests."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from companion.core.storage import migrations


@pytest.fixture
def db() -> Database:
    """An in-memory database with every migration applied."""
    database = Database(memory=True)
    migrations.apply(database)
    return database
