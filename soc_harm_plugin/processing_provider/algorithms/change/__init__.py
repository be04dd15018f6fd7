"""Change over time: compare periods, trends, the performance framework.

The toolbox group of these algorithms is groups.CHANGE."""
