"""Approval (決裁) of a visit's drafts: a plain-Python state machine."""
