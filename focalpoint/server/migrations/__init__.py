"""Alembic migrations of the server's database, run by ``storage.migrate``; never edit one."""
