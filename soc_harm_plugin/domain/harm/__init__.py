"""Harm: harm tables and schemes, and scoring areas by the harm of the records in them."""
