"""The trainer's own window (demo mode only): the card in the reader and its PIN, persona
cards, card faults at any moment of a read, scenarios and the resident's answers."""
