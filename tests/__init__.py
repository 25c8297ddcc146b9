"""Tests of focalpoint."""
