"""The briefing pack: a multi-page PDF laid out from .qpt templates (see pack.py)."""
