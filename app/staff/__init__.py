"""Staff accounts, roles and the permission matrix (Qt-free)."""
