"""Sync tests use the real server fixture of tests/server."""

from tests.server.conftest import *  # noqa: F403 - re-export the live_server fixtures
from tests.sync.test_engine_live import laptops  # noqa: F401 - laptops on the live server
