"""Tests of the laptop side of sync."""
