"""Synthetic sample force: a seeded generator of a fictional police force."""
