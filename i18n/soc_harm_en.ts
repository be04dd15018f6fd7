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
      <source>Preparing data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/assign_areas.py" line="92" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="118" />
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
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="78" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="77" />
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
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="58" />
      <source>Score harm by area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="110" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="134" />
      <source>Reading areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="145" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="166" />
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
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="71" />
      <source>A unique id per area. A record on a boundary shared by two areas counts once, in the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="71" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="74" />
      <source>A readable name for tables and the panel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="76" />
      <source>Residents per area: adds harm_per_1000, the harm per 1,000 residents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="80" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="79" />
      <source>With street lines as areas: how far a record may lie from its nearest street and still count on it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="84" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="102" />
      <source>Which geography the areas are, written into the output's provenance. Automatic guesses from the layer and id field names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="88" />
      <source>Every area with its own attributes plus harm_n, harm_score, harm_rank, harm_share, harm_per_km2 (and harm_per_1000).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="92" />
      <source>Every input record once: its area, weight, matched harm-table code and status (assigned, outside, no_geometry, invalid, filtered, out_of_period).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="93" />
      <source>Records in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="94" />
      <source>Records assigned to an area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="95" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="113" />
      <source>Total harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="154" />
      <source>Areas of '{0}' scored by harm from '{1}' with {2} ({3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="63" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="66" />
      <source>Areas (sectors, wards or streets)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="67" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="70" />
      <source>Area id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="70" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="73" />
      <source>Area name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="74" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="87" />
      <source>Population field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="82" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="100" />
      <source>Geography</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="87" />
      <source>Areas scored by harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="90" />
      <source>Records with their weight and status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="129" />
      <source>Weighting and assigning {0} records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="153" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="174" />
      <source>Provenance: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="171" />
      <source>Records in: {0} = {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="104" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="123" />
      <source>Layer '{0}' is in a geographic CRS ({1}): the analysis runs in degrees. Reproject the areas to a projected CRS such as EPSG:27700 first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="123" />
      <source>Layer '{0}' has no records: every area scores 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="125" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="254" />
      <source>Layer '{0}': {1} multipoint records have several points; each was placed at its first point.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="186" />
      <source>{0} records lay on a boundary shared by areas of '{1}' (or in an overlap); each counted once, in the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="189" />
      <source>Field '{0}' of layer '{1}' has dates that cannot be read, e.g. {2}; those records are invalid for the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="83" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="101" />
      <source>Automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="83" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="101" />
      <source>Sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="83" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="101" />
      <source>Ward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="83" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="101" />
      <source>Street</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="83" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="101" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="137" />
      <source>Layer '{0}', field '{1}': {2} code(s) have no weight in harm table '{3}': {4}. Add them to a custom table or choose another 'Codes with no weight' option.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="175" />
      <source>{0} records with {1} code(s) not in harm table '{2}' weigh 0: {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="182" />
      <source>{0} records are anti-social behaviour or another category with no Crime Severity Score: they weigh 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="184" />
      <source>{0} records matched table rows flagged '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_harm.py" line="178" />
      <source>{0} records with {1} code(s) not in harm table '{2}' weigh the default {3}: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="61" />
      <source>Score areas with a harm scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="68" />
      <source>Polygons to score (a record counts in the area that contains it), or street lines (a record counts on the nearest street within the search distance). The analysis runs in this layer's CRS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="82" />
      <source>First day of the period (inclusive), applied to each measure's date field. Measures without a date field count all their records, and the log says so.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="85" />
      <source>Last day of the period (inclusive). Month-only dates (2019-02) count whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="89" />
      <source>Residents (or households) per area: adds &lt;measure&gt;_per_1000 and harm_per_1000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="92" />
      <source>Population or households by area code, e.g. ONS mid-year estimates by LSOA; joined to the areas' ids. Used instead of the population field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="95" />
      <source>The column holding the area codes that match the area id field, e.g. LSOA11CD.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="98" />
      <source>The column holding the population or households, e.g. Persons_All-Ages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="106" />
      <source>Every area with, per measure, &lt;key&gt;_n, &lt;key&gt;_harm, &lt;key&gt;_rank and &lt;key&gt;_share (its part of the area's total, %); per dimension dim_&lt;dimension&gt;; then harm_n, harm_score (the primary harm score), harm_rank, harm_share and harm_per_km2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="110" />
      <source>One row per record and measure it was selected for (measure holds the key), with its area, weight and status; records no measure selected are listed once with status filtered. No personal fields are copied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="111" />
      <source>Records in (all source layers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="112" />
      <source>Records counted (a record counts once in each measure)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="175" />
      <source>Areas of '{0}' scored with harm scheme '{1}' (version {2}, edition {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="202" />
      <source>A denominators table needs the area code column and the denominator column (DENOMINATOR_CODE, DENOMINATOR_FIELD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="81" />
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="79" />
      <source>Period start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="84" />
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="82" />
      <source>Period end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="91" />
      <source>Denominators table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="94" />
      <source>Area code column in the denominators table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="97" />
      <source>Denominator column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="105" />
      <source>Areas scored by the scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="108" />
      <source>Records with their measures and weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="126" />
      <source>Scheme '{0}' ({1} measures: {2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="143" />
      <source>Reading {0} layer(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="148" />
      <source>Weighting and assigning records of {0} measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="217" />
      <source>Denominators: {0} of {1} areas matched in {2}; {3} code(s) of the table are not areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="131" />
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="184" />
      <source>The period starts ({0}) after it ends ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="211" />
      <source>Denominators table {0}: {1} row(s) not used: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="214" />
      <source>{0} area(s) of '{1}' have no denominator in {2} (column '{3}'); their rates are empty: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="226" />
      <source>Measure '{0}' ({1}): {2} records of layer '{3}' = {4}; harm {5}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="251" />
      <source>Layer '{0}': {1} records in = {2} in at least one measure + {3} in none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="257" />
      <source>{0} records lay on a boundary shared by areas (or in an overlap); each counted once, in the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="154" />
      <source>Scheme '{0}', measure '{1}': layer '{2}', field '{3}': {4} code(s) have no weight in harm table '{5}': {6}. Add them to the table or set the measure's missing_weight to zero or default.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="160" />
      <source>Scheme '{0}': {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="207" />
      <source>Denominators table problem: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="229" />
      <source>Measure '{0}': {1} records with code(s) not in harm table '{2}' weigh {3}: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="238" />
      <source>Measure '{0}': {1} records have no usable weight in field '{2}' (NULL, not a number or negative): counted as invalid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="241" />
      <source>Measure '{0}': {1} records have no threat score in '{2}': weighted without it (factor 1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="244" />
      <source>Measure '{0}': {1} link(s) lead nowhere ({2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="246" />
      <source>Measure '{0}' has no date field: all its records count, whatever the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="248" />
      <source>Measure '{0}': field '{1}' has dates that cannot be read, e.g. {2}; those records are invalid for the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="234" />
      <source>Measure '{0}': {1} records are anti-social behaviour or another category with no Crime Severity Score: they weigh 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/score_scheme.py" line="236" />
      <source>Measure '{0}': {1} records matched table rows flagged '{2}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="34" />
      <source>Layer '{0}' given as {1} holds {2} geometries; choose a polygon layer (or a line layer of streets).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="40" />
      <source>Layer '{0}' has no id field '{1}'. Fields: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="47" />
      <source>Layer '{0}' given as {1} has no features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="51" />
      <source>Layer '{0}': {1} feature(s) have no value in id field '{2}' (feature ids {3}). Every area needs an id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="57" />
      <source>Layer '{0}': id field '{1}' has {2} duplicated id(s): {3}. Make ids unique or dissolve the areas first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="61" />
      <source>Layer '{0}': {1} invalid area geometries were repaired before use (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="64" />
      <source>Layer '{0}': {1} area(s) have no geometry and can hold no records (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="44" />
      <source>Layer '{0}' has no field '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/area_inputs.py" line="72" />
      <source>Layer '{0}': {1} area(s) have no positive population in '{2}'; their harm_per_1000 is empty (feature ids {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/base.py" line="42" />
      <source>Harm scoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="54" />
      <source>Point records to weight by harm: offences, nominals, partner records. Records without a location are kept and counted as no_geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="57" />
      <source>The field holding each record's code, matched to the harm table ignoring case and extra spaces: a Home Office offence code (e.g. 8N) or a data.police.uk category (e.g. Burglary).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="63" />
      <source>Built-in weights. The category table weights each data.police.uk category by the count-weighted mean of its offences' scores; anti-social behaviour has no score and weighs 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="66" />
      <source>Your own weights, e.g. the Cambridge Crime Harm Index: a CSV with columns code and weight, and optionally label. When given it is used instead of the built-in table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="71" />
      <source>What to do with a record whose code is not in the harm table. It is never dropped silently: the log and the records output count such codes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="74" />
      <source>The weight given to codes with no weight when 'Default weight' is chosen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="77" />
      <source>A date, date-time or text field (2019-02-15, 15/02/2019, or month-only 2019-02 as data.police.uk writes). Needed for a period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="80" />
      <source>First day of the period (inclusive). Month-only dates count whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="83" />
      <source>Last day of the period (inclusive).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="86" />
      <source>Only records for which this expression is true are scored; the rest are kept in the records output with status filtered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="53" />
      <source>Events (offences or other records)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="56" />
      <source>Offence code or category field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="59" />
      <source>Harm table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="65" />
      <source>Custom harm table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="68" />
      <source>Codes with no weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="73" />
      <source>Default weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="76" />
      <source>Date field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="85" />
      <source>Filter events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="163" />
      <source>Layer '{0}' has no field '{1}' for offence codes. Fields: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="167" />
      <source>Field '{0}' of layer '{1}' is of type {2}; offence codes must be text or whole numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="171" />
      <source>Field '{0}' of layer '{1}' holds numbers; they are matched as text codes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="182" />
      <source>A period (start or end) needs a date field on layer '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="187" />
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="156" />
      <source>Layer '{0}' ({1}) is reprojected to the areas' CRS ({2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="60" />
      <source>ONS Crime Severity Score by Home Office offence code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="61" />
      <source>ONS Crime Severity Score by data.police.uk category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="69" />
      <source>Fail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="69" />
      <source>Weight 0 (warn)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="69" />
      <source>Default weight (warn)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="113" />
      <source>Harm table problem: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="115" />
      <source>Cannot read the harm table {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="175" />
      <source>Layer '{0}' has no date field '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="177" />
      <source>Field '{0}' of layer '{1}' is of type {2}; a date field must be a date, date-time or text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/harm_inputs.py" line="190" />
      <source>Layer '{0}' is in {1}: without the OSTN15 grid installed, QGIS converts to British National Grid with a Helmert transform accurate to a few metres; records near a boundary may fall on the other side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="43" />
      <source>SOC Harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="46" />
      <source>SOC Harm {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="57" />
      <source>SOC Harm needs the Python packages {0}, which this QGIS cannot import, so its algorithms are not loaded. The QGIS installers for Windows include them; on Debian or Ubuntu install python3-pandas and python3-shapely.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="40" />
      <source>A harm scheme file: its measures, where their records come from and how each is weighted. The plugin ships three in its resources/schemes folder: soc_place_harm.json (SOC place-based harm, nine measures), consumer_detriment.json and neighbourhood_policeuk.json.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="46" />
      <source>Layers that replace the scheme's sources of the same name (the layer's name, its table name in a GeoPackage, or its file name). A scheme layer not given here is looked for in the project by name, or read from the path the scheme gives. When the scheme reads a single layer and one layer is given, that layer is used whatever its name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="55" />
      <source>Choose a harm scheme file (SCHEME).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="99" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="38" />
      <source>Harm scheme (JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="44" />
      <source>Layers for the scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="89" />
      <source>The scheme reads one layer, '{0}': using layer '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="100" />
      <source>Scheme '{0}' needs layer(s) {1}, which are not among the LAYERS given ({2}), the project's layers or files. Add them to LAYERS (named as the scheme names them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="158" />
      <source>Reading layer '{0}' for scheme layer '{1}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="170" />
      <source>Scheme '{0}', measure '{1}', key 'filter': the expression {2} cannot be read: {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="177" />
      <source>Scheme '{0}', measure '{1}', key 'filter': layer '{2}' has no field(s) {3}. Its fields: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/scheme_inputs.py" line="152" />
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
