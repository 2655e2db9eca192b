"""ORM table modules, one per area (records, staff, audit, visits …).

Every module in this package is imported here so that Base.metadata knows
all tables; a new area only adds a module, never edits this file.
"""
import importlib
import pkgutil

for _info in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_info.name}")
