"""The card simulator (ships in the product: trainers and demo mode use it)."""
from cardreader.simulator.card_model import CardFaults, CardProfile, MyNumberCardModel
from cardreader.simulator.persona import card_for_persona, load_persona, persona_ids, profile_from_persona
from cardreader.simulator.simulated_transport import SimulatedReader, SimulatedTransport

__all__ = ["CardFaults", "CardProfile", "MyNumberCardModel", "SimulatedReader", "SimulatedTransport",
           "card_for_persona", "load_persona", "persona_ids", "profile_from_persona"]
