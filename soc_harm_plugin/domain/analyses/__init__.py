"""Analyses: change between periods, trends, emerging hot spots, concentration, density and their charts."""
