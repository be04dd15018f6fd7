<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>SocHarm</name>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="45" />
      <source>Assign records to areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="48" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="84" />
      <source>Preparing data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="92" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="120" />
      <source>Reading records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="56" />
      <source>Offences, nominals or any point records. Every record appears in the output, with or without a location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="58" />
      <source>Sectors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="59" />
      <source>Wards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="69" />
      <source>Street lines; a record gets the nearest street within the search distance (ties: the id that sorts first).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="72" />
      <source>A unique id per street, copied into the output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="76" />
      <source>How far a record may lie from its nearest street and still be assigned to it, in the units of the first area layer's CRS (metres for EPSG:27700).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="79" />
      <source>All input fields plus sector_id, ward_id, street_id, street_dist, sector_status, ward_status, street_status (assigned or outside; empty when that layer was not given) and status (ok, no_geometry, invalid).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="89" />
      <source>Give at least one of Sectors, Wards or Streets.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="55" />
      <source>Records (points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="63" />
      <source>Polygons; a record gets the id of the one that contains it. A record on a boundary shared by two areas goes to the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="66" />
      <source>A unique id per area, copied into the output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="68" />
      <source>Streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="71" />
      <source>Street id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="74" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="79" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="69" />
      <source>Street search distance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="78" />
      <source>Records with areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="138" />
      <source>Records of '{0}' with their areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="109" />
      <source>Assigning records to '{0}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="121" />
      <source>'{0}': {1} records assigned, {2} outside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="148" />
      <source>Layer '{0}' is in a geographic CRS ({1}): the search distance is in degrees. Reproject the area layers to a projected CRS such as EPSG:27700 first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="152" />
      <source>Records of '{0}' ({1}) are matched to the areas in {2}; the output keeps their own geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="107" />
      <source>Choose the id field for layer '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="172" />
      <location filename="../soc_harm_plugin/processing_provider/area_outputs.py" line="19" />
      <source>Layer '{0}' already has a field '{1}'; its values are replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="65" />
      <source>{0} id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="115" />
      <source>{0} records lay on a boundary shared by areas of '{1}'; each went to the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="81" />
      <source>Import data.police.uk crimes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="196" />
      <source>outcomes files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="197" />
      <source>stop-and-search files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="198" />
      <source>other CSV files (not named *-street.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="199" />
      <source>hidden files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="93" />
      <source>One data.police.uk street crime CSV, or a folder of them: the monthly sub-folders of the bulk download are read too. In a folder only *-street.csv files are imported; outcomes and stop-and-search files are skipped and counted. To give a folder, type or paste its path.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="98" />
      <source>Polygons of the area to keep (a force, a district, some LSOAs). Crimes outside every polygon go to the rejected rows as outside_force_area; a crime on the boundary is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="102" />
      <source>One point per crime in British National Grid (EPSG:27700) with crime_id, month (the first day of the month: data.police.uk gives months only), category, lsoa_code, lsoa_name, location, force, outcome, context, source_file and source_line. Ready for Score harm by area with the data.police.uk category table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="108" />
      <source>Every row not imported, with its reason (no_coordinates, outside_force_area, duplicate_crime_id, unreadable_row), a detail, its file and line, and all its columns as written; a point where it has a location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="110" />
      <source>Files read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="111" />
      <source>Rows read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="112" />
      <source>Crimes imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="113" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="106" />
      <source>Rows not imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="120" />
      <source>Choose a data.police.uk CSV file or a folder of them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="178" />
      <source>data.police.uk street crimes from {0} ({1} files, {2} to {3}) in British National Grid. Field month holds the first day of each crime's month: data.police.uk gives the month only. {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="271" />
      <source>No crime was imported: the output layer is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="90" />
      <source>Street crime CSV file or folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="97" />
      <source>Force area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="101" />
      <source>Crimes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="132" />
      <source>Reading {0} file(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="149" />
      <source>Placing {0} rows in British National Grid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="170" />
      <source>Writing {0} crimes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="232" />
      <source>Coordinates are in WGS 84 (EPSG:4326): without the OSTN15 grid installed{0}, QGIS converts to British National Grid with a Helmert transform ('{1}') accurate to a few metres; crimes near a boundary may fall on the other side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="259" />
      <source>Rows in: {0} = {1} imported + {2} rejected ({3})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="127" />
      <source>Folder '{0}' holds no data.police.uk street crime files (*-street.csv). Skipped: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="129" />
      <source>nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="184" />
      <source>Rows of data.police.uk files not imported, with their reason, file and line. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="202" />
      <source>Skipped {0} {1}: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="213" />
      <source>Layer '{0}' given as the force area has no polygons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="215" />
      <source>Layer '{0}': {1} invalid polygon(s) were repaired before use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="228" />
      <source>Coordinates converted to British National Grid with '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="246" />
      <source>{0} ({1}): {2} rows read, {3} imported, {4} rejected{5}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="265" />
      <source>{0} rows could not be read, e.g. {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="268" />
      <source>{0} crimes have a category that the harm table '{1}' does not know: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="124" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="144" />
      <source>Cannot import data.police.uk crimes: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="141" />
      <source>Cannot import data.police.uk crimes: {0} Nothing was imported. Fix the file's header, or move it out of the folder, and run again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="223" />
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="115" />
      <source>Harm table problem: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="241" />
      <source>{0}: empty file (no header, no rows).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="244" />
      <source>{0}: a header and no rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="250" />
      <source>{0} is not UTF-8: read as {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="252" />
      <source>{0}: values separated by '{1}', not commas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="254" />
      <source>{0} has no column {1}: left empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/import_police_uk.py" line="256" />
      <source>{0} has columns that are not data.police.uk's: {1}. They are not imported (rejected rows keep them in 'extra').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="58" />
      <source>Score harm by area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="111" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="118" />
      <source>Reading areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="147" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="150" />
      <source>Writing outputs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="65" />
      <source>Polygons to score (a record counts in the area that contains it), or street lines (a record counts on the nearest street within the tolerance). The analysis runs in this layer's CRS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="68" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="63" />
      <source>A unique id per area. A record on a boundary shared by two areas counts once, in the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="71" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="66" />
      <source>A readable name for tables and the panel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="76" />
      <source>Residents per area: adds harm_per_1000, the harm per 1,000 residents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="81" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="71" />
      <source>With street lines as areas: how far a record may lie from its nearest street and still count on it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="85" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="86" />
      <source>Which geography the areas are, written into the output's provenance. Automatic guesses from the layer and id field names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="89" />
      <source>Every area with its own attributes plus harm_n, harm_score, harm_rank, harm_share, harm_per_km2 (and harm_per_1000).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="93" />
      <source>Every input record once: its area, weight, matched harm-table code and status (assigned, outside, no_geometry, invalid, filtered, out_of_period).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="94" />
      <source>Records in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="95" />
      <source>Records assigned to an area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="96" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="97" />
      <source>Total harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="157" />
      <source>Areas of '{0}' scored by harm from '{1}' with {2} ({3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="63" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="58" />
      <source>Areas (sectors, wards or streets)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="67" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="62" />
      <source>Area id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="70" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="65" />
      <source>Area name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="74" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="79" />
      <source>Population field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="83" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="84" />
      <source>Geography</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="88" />
      <source>Areas scored by harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="91" />
      <source>Records with their weight and status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="131" />
      <source>Weighting and assigning {0} records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="156" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="158" />
      <source>Provenance: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="174" />
      <source>Records in: {0} = {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="105" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="107" />
      <source>Layer '{0}' is in a geographic CRS ({1}): the analysis runs in degrees. Reproject the areas to a projected CRS such as EPSG:27700 first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="125" />
      <source>Layer '{0}' has no records: every area scores 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="127" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="211" />
      <source>Layer '{0}': {1} multipoint records have several points; each was placed at its first point.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="189" />
      <source>{0} records lay on a boundary shared by areas of '{1}' (or in an overlap); each counted once, in the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="192" />
      <source>Field '{0}' of layer '{1}' has dates that cannot be read, e.g. {2}; those records are invalid for the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="84" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="85" />
      <source>Automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="84" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="85" />
      <source>Sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="84" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="85" />
      <source>Ward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="84" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="85" />
      <source>Street</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="84" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="85" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="139" />
      <source>Layer '{0}', field '{1}': {2} code(s) have no weight in harm table '{3}': {4}. Add them to a custom table or choose another 'Codes with no weight' option.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="178" />
      <source>{0} records with {1} code(s) not in harm table '{2}' weigh 0: {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="185" />
      <source>{0} records are anti-social behaviour or another category with no Crime Severity Score: they weigh 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="187" />
      <source>{0} records matched table rows flagged '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="181" />
      <source>{0} records with {1} code(s) not in harm table '{2}' weigh the default {3}: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="53" />
      <source>Score areas with a harm scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="60" />
      <source>Polygons to score (a record counts in the area that contains it), or street lines (a record counts on the nearest street within the search distance). The analysis runs in this layer's CRS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="74" />
      <source>First day of the period (inclusive), applied to each measure's date field. Measures without a date field count all their records, and the log says so.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="77" />
      <source>Last day of the period (inclusive). Month-only dates (2019-02) count whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="81" />
      <source>Residents (or households) per area: adds &lt;measure&gt;_per_1000 and harm_per_1000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="90" />
      <source>Every area with, per measure, &lt;key&gt;_n, &lt;key&gt;_harm, &lt;key&gt;_rank and &lt;key&gt;_share (its part of the area's total, %); per dimension dim_&lt;dimension&gt;; then harm_n, harm_score (the primary harm score), harm_rank, harm_share and harm_per_km2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="94" />
      <source>One row per record and measure it was selected for (measure holds the key), with its area, weight and status; records no measure selected are listed once with status filtered. No personal fields are copied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="95" />
      <source>Records in (all source layers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="96" />
      <source>Records counted (a record counts once in each measure)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="159" />
      <source>Areas of '{0}' scored with harm scheme '{1}' (version {2}, edition {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="73" />
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="81" />
      <source>Period start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="76" />
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="84" />
      <source>Period end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="89" />
      <source>Areas scored by the scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="92" />
      <source>Records with their measures and weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="110" />
      <source>Scheme '{0}' ({1} measures: {2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="127" />
      <source>Reading {0} layer(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="132" />
      <source>Weighting and assigning records of {0} measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="115" />
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="186" />
      <source>The period starts ({0}) after it ends ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="183" />
      <source>Measure '{0}' ({1}): {2} records of layer '{3}' = {4}; harm {5}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="208" />
      <source>Layer '{0}': {1} records in = {2} in at least one measure + {3} in none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="214" />
      <source>{0} records lay on a boundary shared by areas (or in an overlap); each counted once, in the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="138" />
      <source>Scheme '{0}', measure '{1}': layer '{2}', field '{3}': {4} code(s) have no weight in harm table '{5}': {6}. Add them to the table or set the measure's missing_weight to zero or default.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="144" />
      <source>Scheme '{0}': {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="186" />
      <source>Measure '{0}': {1} records with code(s) not in harm table '{2}' weigh {3}: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="195" />
      <source>Measure '{0}': {1} records have no usable weight in field '{2}' (NULL, not a number or negative): counted as invalid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="198" />
      <source>Measure '{0}': {1} records have no threat score in '{2}': weighted without it (factor 1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="201" />
      <source>Measure '{0}': {1} link(s) lead nowhere ({2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="203" />
      <source>Measure '{0}' has no date field: all its records count, whatever the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="205" />
      <source>Measure '{0}': field '{1}' has dates that cannot be read, e.g. {2}; those records are invalid for the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="191" />
      <source>Measure '{0}': {1} records are anti-social behaviour or another category with no Crime Severity Score: they weigh 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="193" />
      <source>Measure '{0}': {1} records matched table rows flagged '{2}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="123" />
      <source>Population or households by area code, e.g. ONS mid-year estimates by LSOA; joined to the areas' ids. Used instead of the population field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="127" />
      <source>The column holding the area codes that match the area id field, e.g. LSOA11CD.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="130" />
      <source>The column holding the population or households, e.g. Persons_All-Ages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="141" />
      <source>A denominators table needs the area code column and the denominator column (DENOMINATOR_CODE, DENOMINATOR_FIELD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="122" />
      <source>Denominators table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="126" />
      <source>Area code column in the denominators table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="129" />
      <source>Denominator column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="156" />
      <source>Denominators: {0} of {1} areas matched in {2}; {3} code(s) of the table are not areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="40" />
      <source>Layer '{0}' given as {1} holds {2} geometries; choose a polygon layer (or a line layer of streets).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="46" />
      <source>Layer '{0}' has no id field '{1}'. Fields: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="53" />
      <source>Layer '{0}' given as {1} has no features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="57" />
      <source>Layer '{0}': {1} feature(s) have no value in id field '{2}' (feature ids {3}). Every area needs an id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="63" />
      <source>Layer '{0}': id field '{1}' has {2} duplicated id(s): {3}. Make ids unique or dissolve the areas first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="67" />
      <source>Layer '{0}': {1} invalid area geometries were repaired before use (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="70" />
      <source>Layer '{0}': {1} area(s) have no geometry and can hold no records (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="150" />
      <source>Denominators table {0}: {1} row(s) not used: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="153" />
      <source>{0} area(s) of '{1}' have no denominator in {2} (column '{3}'); their rates are empty: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="50" />
      <source>Layer '{0}' has no field '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="78" />
      <source>Layer '{0}': {1} area(s) have no positive population in '{2}'; their harm_per_1000 is empty (feature ids {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="146" />
      <source>Denominators table problem: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/base.py" line="42" />
      <source>Harm scoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="56" />
      <source>Point records to weight by harm: offences, nominals, partner records. Records without a location are kept and counted as no_geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="59" />
      <source>The field holding each record's code, matched to the harm table ignoring case and extra spaces: a Home Office offence code (e.g. 8N) or a data.police.uk category (e.g. Burglary).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="65" />
      <source>Built-in weights. The category table weights each data.police.uk category by the count-weighted mean of its offences' scores; anti-social behaviour has no score and weighs 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="68" />
      <source>Your own weights, e.g. the Cambridge Crime Harm Index: a CSV with columns code and weight, and optionally label. When given it is used instead of the built-in table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="73" />
      <source>What to do with a record whose code is not in the harm table. It is never dropped silently: the log and the records output count such codes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="76" />
      <source>The weight given to codes with no weight when 'Default weight' is chosen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="79" />
      <source>A date, date-time or text field (2019-02-15, 15/02/2019, or month-only 2019-02 as data.police.uk writes). Needed for a period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="82" />
      <source>First day of the period (inclusive). Month-only dates count whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="85" />
      <source>Last day of the period (inclusive).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="88" />
      <source>Only records for which this expression is true are scored; the rest are kept in the records output with status filtered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="55" />
      <source>Events (offences or other records)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="58" />
      <source>Offence code or category field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="61" />
      <source>Harm table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="67" />
      <source>Custom harm table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="70" />
      <source>Codes with no weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="75" />
      <source>Default weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="78" />
      <source>Date field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="87" />
      <source>Filter events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="165" />
      <source>Layer '{0}' has no field '{1}' for offence codes. Fields: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="169" />
      <source>Field '{0}' of layer '{1}' is of type {2}; offence codes must be text or whole numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="173" />
      <source>Field '{0}' of layer '{1}' holds numbers; they are matched as text codes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="184" />
      <source>A period (start or end) needs a date field on layer '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="189" />
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="158" />
      <source>Layer '{0}' ({1}) is reprojected to the areas' CRS ({2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="62" />
      <source>ONS Crime Severity Score by Home Office offence code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="63" />
      <source>ONS Crime Severity Score by data.police.uk category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="71" />
      <source>Fail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="71" />
      <source>Weight 0 (warn)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="71" />
      <source>Default weight (warn)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="117" />
      <source>Cannot read the harm table {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="177" />
      <source>Layer '{0}' has no date field '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="179" />
      <source>Field '{0}' of layer '{1}' is of type {2}; a date field must be a date, date-time or text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="192" />
      <source>Layer '{0}' is in {1}: without the OSTN15 grid installed, QGIS converts to British National Grid with a Helmert transform accurate to a few metres; records near a boundary may fall on the other side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="44" />
      <source>SOC Harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="47" />
      <source>SOC Harm {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="58" />
      <source>SOC Harm needs the Python packages {0}, which this QGIS cannot import, so its algorithms are not loaded. The QGIS installers for Windows include them; on Debian or Ubuntu install python3-pandas and python3-shapely.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="42" />
      <source>A harm scheme file: its measures, where their records come from and how each is weighted. The plugin ships three in its resources/schemes folder: soc_place_harm.json (SOC place-based harm, nine measures), consumer_detriment.json and neighbourhood_policeuk.json.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="48" />
      <source>Layers that replace the scheme's sources of the same name (the layer's name, its table name in a GeoPackage, or its file name). A scheme layer not given here is looked for in the project by name, or read from the path the scheme gives. When the scheme reads a single layer and one layer is given, that layer is used whatever its name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="57" />
      <source>Choose a harm scheme file (SCHEME).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="101" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="40" />
      <source>Harm scheme (JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="46" />
      <source>Layers for the scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="91" />
      <source>The scheme reads one layer, '{0}': using layer '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="102" />
      <source>Scheme '{0}' needs layer(s) {1}, which are not among the LAYERS given ({2}), the project's layers or files. Add them to LAYERS (named as the scheme names them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="160" />
      <source>Reading layer '{0}' for scheme layer '{1}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="175" />
      <source>Scheme '{0}', measure '{1}', key 'filter': the expression {2} cannot be read: {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="182" />
      <source>Scheme '{0}', measure '{1}', key 'filter': layer '{2}' has no field(s) {3}. Its fields: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="154" />
      <source>Scheme '{0}', measure '{1}': layer '{2}' has no field '{3}'. Its fields: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="359" />
      <source>Hot spot, 99 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="360" />
      <source>Hot spot, 95 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="361" />
      <source>Hot spot, 90 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="362" />
      <source>Not significant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="363" />
      <source>Cold spot, 90 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="364" />
      <source>Cold spot, 95 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="365" />
      <source>Cold spot, 99 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="274" />
      <source>{0} to {1}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
