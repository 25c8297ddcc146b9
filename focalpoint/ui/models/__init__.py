"""Qt item models over service data (lists that can grow)."""
