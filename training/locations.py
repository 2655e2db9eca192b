"""Where the demo's data files live (no imports: widgets may use this)."""
from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parents[1] / "resources"
PERSONA_DIR = RESOURCES_DIR / "personas"
SCENARIO_DIR = RESOURCES_DIR / "scenarios"
