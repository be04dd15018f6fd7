"""Pure domain logic: pandas, numpy and shapely only. Never import qgis here."""
