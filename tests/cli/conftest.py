"""CLI tests that need the real server reuse its fixture."""

from tests.server.conftest import *  # noqa: F403 - re-export the live_server fixtures
