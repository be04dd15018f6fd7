"""Community: community priorities from surveys, street recommendations.

The toolbox group of these algorithms is groups.COMMUNITY."""
