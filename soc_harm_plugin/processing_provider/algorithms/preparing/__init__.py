"""Preparing data: import data.police.uk files, assign records to areas.

The toolbox group of these algorithms is groups.PREPARING."""
