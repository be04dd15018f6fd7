"""Statistics: p-values, the tests of a change, Mann-Kendall trends, Gi* and local Moran's I."""
