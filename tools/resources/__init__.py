"""Builders of the committed resources: harm tables, styles, layout templates, models and the
English string catalogue. `make resources` runs them all; tests check the committed files are current."""
