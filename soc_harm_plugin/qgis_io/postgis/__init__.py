"""The database path: score records where they live, in PostGIS.

When the areas and the events are PostGIS layers of one database, the
harm algorithms send SQL instead of reading every record into QGIS: the
database places, weighs and counts the records and sends back only counts
per area (see ``harm_sql``). The same rules as the desktop path apply
(``domain/harm/grouped.py`` turns the counts into the same outputs).

    session.py    one connection with bound parameters, cancel and clear errors
    tables.py     a layer as a table: schema, columns, key, SRID, subset, index
    harm_sql.py   the SQL: distinct values, overlapping areas, records per area
    expressions.py  a Processing filter expression as SQL (or why not)
    layers.py     QGIS side: which path runs for these layers, and why
"""
