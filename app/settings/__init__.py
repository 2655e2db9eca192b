"""Declared settings: per-workstation (a file) and office-wide (the database)."""
