"""Reports and exports built from plain data (never from a database)."""
