"""Synthetic population of the fictional city 架空県見本市.

    from training.seed import seed_population
    report = seed_population(engine, residents=20000, seed=1)   # schema must be upgraded first
    report.hard_cases["双子"]  -> ("2000000031", "2000000032", ...)  # atena numbers per hard case

Deterministic for a seed (names, dates, addresses, numbers); 2,000,000 residents
load in a few minutes on SQLite (see docs/benchmarks.md).
"""
from training.seed.seeding import SeedReport, seed_population
from training.seed.hard_cases import HARD_CASE_LABELS
from training.seed.population import REFERENCE_DATE, PopulationGenerator, child_allowance_end

__all__ = ["HARD_CASE_LABELS", "PopulationGenerator", "REFERENCE_DATE", "SeedReport", "child_allowance_end",
           "seed_population"]
