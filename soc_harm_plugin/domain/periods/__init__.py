"""Dates and periods: reading dates, calendar months and runs of days, the periods a comparison compares."""
