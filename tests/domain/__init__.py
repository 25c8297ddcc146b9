"""Tests of focalpoint.domain."""
