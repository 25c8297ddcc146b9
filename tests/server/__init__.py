"""Tests of the secretariat server, driven over HTTP on 127.0.0.1."""
