from tests.staff.service_fixtures import admin, people, services  # noqa: F401
