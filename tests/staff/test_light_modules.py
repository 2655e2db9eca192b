"""Modules the Qt layer may import must not pull in the database layer
(widgets/ may not import sqlalchemy even transitively: import-linter)."""
import subprocess
import sys

import pytest

LIGHT = ["app.approval.models", "app.approval.machine", "app.staff.revealed",
         "app.identity.roles", "app.staff.errors", "app.staff.models", "app.identity.actor",
         "training.mode", "training.scenarios", "app.settings.workstation", "app.audit.events"]


@pytest.mark.parametrize("module", LIGHT)
def test_module_imports_no_database_layer(module):
    code = (f"import sys, {module}; "
            "print(sorted(m for m in ('sqlalchemy', 'app.storage', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
