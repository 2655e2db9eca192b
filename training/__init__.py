"""Demo mode (練習モード) for trainers: separate database, synthetic people,
demo accounts, trainer scenarios. Never touches the real database.

    choose_mode(args, os.environ, reader_available) -> ModeChoice(is_demo, reason,
        .banner 「練習モード」 | None, .watermark 「見本」 | None)            (mode.py, light)
    reset_demo_database() -> DemoDatabase(url, credentials, persona_ids, ...)  (database.py)
        deletes and recreates demo_sqlite_url(); seeds 2000 synthetic residents (training.seed),
        the persona residents with a registry block, and demo staff accounts.
    load_scenarios() -> [TrainerScenario]; .packet_scenario(persona) -> packet scenario dict
        (scenarios.py, light; files in resources/scenarios/*.json)
"""
