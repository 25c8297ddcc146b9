"""Synchronisation with the secretariat server: shared wire protocol, HTTP client and engine."""
