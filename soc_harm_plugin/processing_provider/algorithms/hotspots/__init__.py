"""Harm hotspots: grids, density, concentration, Gi*, local Moran's I, hot harm, emerging hot spots.

The toolbox group of these algorithms is groups.HOTSPOTS."""
