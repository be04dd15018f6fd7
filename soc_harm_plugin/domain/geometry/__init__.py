"""Geometry: points placed in areas and on streets, grid cells, and which areas neighbour which."""
