"""Tests of focalpoint.reports."""
