"""Madoguchi's own layout: export → import into an empty database → the same residents
(households, status and dates, 不詳 dates, foreign data, linked records)."""
import dataclasses

from app.approval.service import PlainSnapshotCodec
from app.records_services import RecordsServices
from app.storage.database import make_engine
from app.storage.migration_runner import upgrade
from tests.records.conftest import import_file
from training.seed.seeding import seed_population


def _comparable(repo, atena_no):
    """Everything the counter reads about a resident, without database ids."""
    r = repo.get_by_atena_no(atena_no)
    resident = dataclasses.replace(r, id=0, has_my_number=False)
    household = repo.household_of(r.id)
    members = tuple(m.atena_no for m in household.members) if household else ()
    head = household.head_name if household else None
    linked = repo.linked_records(r.id)
    strip = lambda items: tuple(dataclasses.replace(i, **{f: 0 for f in ("resident_id",)  # noqa: E731
                                                              if hasattr(i, f)}) for i in items)
    return (resident, members, head, strip(linked.nhi), strip(linked.ltc), strip(linked.elderly_medical),
            strip(linked.pension), tuple(a.certified_on for a in linked.child_allowance_as_recipient),
            strip(linked.seal))


def test_export_then_import_into_an_empty_database_gives_the_same_residents(
        db_url, exchange, administrator, repo, cipher, tmp_path, second_db_url):
    import_file(exchange, administrator, "mado_basic.csv")
    seed_population(exchange.engine, 400, seed=5, cipher=cipher)
    out = tmp_path / "madoguchi-export.csv"
    written = exchange.exports.export(administrator, exchange.catalog.load("madoguchi"), out)
    assert written == repo.count() and out.stat().st_mode & 0o777 == 0o600

    engine = make_engine(second_db_url)
    upgrade(engine)
    target = RecordsServices.over(engine, cipher=cipher, snapshot_codec=PlainSnapshotCodec())
    report = import_file(target, administrator, out, profile="madoguchi")
    assert report.counts["new"] == written and report.counts["rejected"] == 0 and report.warning_total == 0
    with exchange.sessions() as s:
        from sqlalchemy import select

        from app.storage.tables.records import ResidentRow
        numbers = list(s.execute(select(ResidentRow.atena_no)).scalars())
    for atena in numbers:
        assert _comparable(target.repository, atena) == _comparable(repo, atena), atena
    again = import_file(target, administrator, out, profile="madoguchi")
    assert again.counts["unchanged"] == written
    engine.dispose()
