"""Placeholder: filled in by the feature that owns this subcommand."""


def register(subparsers) -> None:  # pragma: no cover - replaced by the owning feature
    pass
