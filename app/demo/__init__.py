"""Demo mode (練習モード) for trainers: separate database, synthetic people,
demo accounts, trainer scenarios. Never touches the real database."""
