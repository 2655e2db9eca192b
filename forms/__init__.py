"""Forms engine: municipal forms as data, life-event rules, pre-fill with provenance, packet PDF.

Entry points: forms.packet.build_packet (procedures + drafts), forms.render.packet_pdf.render_packet /
render_form_pdf, forms.context.build_context, forms.scenario.load_scenario. See docs/forms.md.
Imports no Qt, no database and nothing from app/ (import-linter contract).
"""
