"""The secretariat server (FastAPI), its storage and admin commands."""
