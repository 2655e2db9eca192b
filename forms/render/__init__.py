"""PDF rendering (the only place reportlab is used). Public entry points live in forms.render.packet_pdf."""
