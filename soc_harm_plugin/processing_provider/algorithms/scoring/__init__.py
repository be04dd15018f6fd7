"""Harm scoring: score records into areas by harm, with a harm table or a harm scheme.

The toolbox group of these algorithms is groups.SCORING."""
