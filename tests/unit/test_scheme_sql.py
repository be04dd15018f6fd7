"""The SQL of scorescheme's database path compares ids as links.id_key does."""
from __future__ import annotations

from soc_harm_plugin.domain.harm.links import id_key
from soc_harm_plugin.qgis_io.postgis.scheme_sql import ID_SPACES


def test_ids_lose_in_sql_every_space_that_python_strips():
    every = "".join(c for c in map(chr, range(0x110000)) if c.isspace())
    assert ID_SPACES == every
    assert id_key(ID_SPACES + "i1" + ID_SPACES) == "i1"
