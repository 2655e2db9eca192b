"""Supervisor-side panels: approval queue and review, My Number reveal, password change."""
