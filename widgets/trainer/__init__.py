"""The trainer panel (demo mode only): persona cards, card faults, scenarios."""
