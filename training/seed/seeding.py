"""seed_population: generate and bulk-load N residents, with timings for the report."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterator

from sqlalchemy.engine import Engine

from app.privacy.cipher import MyNumberCipher
from training.seed.bulk_writer import BulkWriter, write_all
from training.seed.population import GeneratedHousehold, PopulationGenerator


@dataclass(frozen=True)
class SeedReport:
    residents: int
    households: int
    seconds: float
    crypto_seconds: float  # AES-GCM + HMAC of the My Numbers
    index_seconds: float  # rebuilding indexes + ANALYZE after the load
    rows: dict[str, int] = field(default_factory=dict)
    hard_cases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # label -> atena numbers


def seed_population(engine: Engine, residents: int, seed: int = 1, cipher: MyNumberCipher | None = None,
                    progress: Callable[[int, int], None] | None = None, batch: int = 20000) -> SeedReport:
    start = time.perf_counter()
    writer = BulkWriter(engine, cipher or MyNumberCipher.for_data_dir())
    rid, hid, aid = writer.next_ids()
    generator = PopulationGenerator(seed, first_resident_id=rid, first_household_id=hid, first_allowance_id=aid)
    hard: dict[str, list[str]] = {}

    def households() -> Iterator[GeneratedHousehold]:
        for hh in generator.households(residents):
            if hh.label:
                hard.setdefault(hh.label, []).extend(r["atena_no"] for r in hh.residents)
            for r in hh.residents:
                r.pop("_town_index", None)
            yield hh

    writer.begin_load()
    write_all(writer, households(), batch, (lambda done: progress(done, residents)) if progress else None)
    writer.finish_load()
    return SeedReport(residents=writer.counts["residents"], households=writer.counts["households"],
                      seconds=time.perf_counter() - start, crypto_seconds=writer.crypto_seconds,
                      index_seconds=writer.index_seconds, rows=dict(writer.counts),
                      hard_cases={k: tuple(v) for k, v in hard.items()})
