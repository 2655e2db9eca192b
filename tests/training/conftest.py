from tests.staff.service_fixtures import people, services  # noqa: F401
