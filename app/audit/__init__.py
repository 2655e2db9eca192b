"""Append-only, hash-chained audit log of every access to personal data."""
