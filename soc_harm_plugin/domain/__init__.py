"""Pure domain logic: pandas, numpy and shapely only. Never import qgis here.

    periods/    dates and periods: reading dates, calendar months, the periods a comparison compares
    harm/       harm tables, schemes and scoring areas by the harm of their records
    geometry/   points in areas and on streets, grids, neighbours
    stats/      p-values and the statistics: change tests, Mann-Kendall, Gi*, local Moran's I
    analyses/   change between periods, trends, emerging hot spots, concentration, density, charts
    community/  resident surveys: priorities by area, streets to focus on
    sharing/    what may leave the plugin: identifiers, small numbers, briefing tables and narrative
"""
