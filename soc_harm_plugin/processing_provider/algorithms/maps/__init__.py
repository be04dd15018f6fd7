"""Maps and briefings: styling harm maps, the briefing pack.

The toolbox group of these algorithms is groups.MAPS."""
