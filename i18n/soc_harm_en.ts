<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>SocHarm</name>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="132" />
      <source>no records with a location to estimate a bandwidth from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="138" />
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="147" />
      <source>every record lies at one place, so no bandwidth can be estimated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="283" />
      <source>points outside the raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="352" />
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="360" />
      <source>the pixel area must be positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="59" />
      <source>{0} pixels of size {1:g}; at most {2} are allowed; a pixel size of at least {3:g} fits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="203" />
      <source>the pixel size must be a positive number, not {0!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="205" />
      <source>the bandwidth must be a positive number, not {0!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="86" />
      <source>unknown kernel {0!r}; choose one of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/emerging.py" line="153" />
      <source>every bin has the same value ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="154" />
      <source>The survey has no respondents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="156" />
      <source>The minimum number of respondents must be at least 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="158" />
      <source>Choose at least one field naming priorities.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="175" />
      <source>Periods need a date field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="167" />
      <source>The confidence scale's lowest value ({0}) is above its highest ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="351" />
      <source>The confidence field has {0} values for {1} respondents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="197" />
      <source>Demographic field '{0}' cannot make an output field name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="202" />
      <source>Demographic field '{0}' has {1} values for {2} respondents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="318" />
      <source>A priority field has {0} values for {1} respondents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="208" />
      <source>The priorities layer has no pri_&lt;category&gt; fields: give the output of 'Community priorities by area'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="305" />
      <source>Choose at least one harm field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="307" />
      <location filename="../soc_harm_plugin/domain/community/survey.py" line="235" />
      <source>At most two periods can be compared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="317" />
      <source>Weights must not be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="320" />
      <source>The weights of the components given are all 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="324" />
      <source>Both periods need the same harm fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="309" />
      <source>Unknown normalisation '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="311" />
      <source>Unknown need direction '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="313" />
      <source>The concern table has {0} period(s) for {1} harm period(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="104" />
      <source>Theme mapping entry '{0}' has no '=': write category=theme1,theme2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="109" />
      <source>Theme mapping entry '{0}' names no category.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="384" />
      <source>The need values are {0} for {1} areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="327" />
      <source>Harm field '{0}' has {1} values for {2} areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/survey.py" line="170" />
      <source>'{0}' cannot make an output field name ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/survey.py" line="133" />
      <source>Priority category '{0}' cannot make a field name: use letters, digits and underscores, starting with a letter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/survey.py" line="238" />
      <source>A period starts ({0}) after it ends ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/survey.py" line="242" />
      <source>The two periods must not overlap: period 1 must end before period 2 starts (period 1 ends {0}, period 2 starts {1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/geometry/grid.py" line="123" />
      <source>the extent has no width or height (every record at one place)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/geometry/grid.py" line="71" />
      <source>{0} cells of size {1:g} over this extent; at most {2} are allowed; a cell size of at least {3:g} fits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/geometry/grid.py" line="396" />
      <source>unknown grid shape {0!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/geometry/grid.py" line="398" />
      <source>the cell size must be a positive number, not {0!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/geometry/grid.py" line="401" />
      <source>the extent {0} is not a rectangle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="56" />
      <source>{0}: the file is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="91" />
      <source>{0}: no row has a code and a positive value in '{1}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="48" />
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="350" />
      <source>{0}: cannot read the file ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="61" />
      <source>{0}: no column '{1}'; columns: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="74" />
      <source>row {0}: no code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="82" />
      <source>row {0} ({1}): value {2} is not positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="86" />
      <source>{0}: row {1}: code '{2}' appears again (first in row {3})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="79" />
      <source>row {0} ({1}): value '{2}' is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="226" />
      <source>weight is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="328" />
      <source>the table has no data rows (only a header)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="205" />
      <source>{0}: row {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="207" />
      <source>{0}: row {1}, column '{2}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="254" />
      <source>the file is empty: expected a header with columns code and weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="269" />
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="135" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="106" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="274" />
      <source>1 (header)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="305" />
      <source>code is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="234" />
      <source>weight "{0}" is not a finite number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="236" />
      <source>weight "{0}" is negative; weights must be 0 or more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="238" />
      <source>weight "{0}" {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="272" />
      <source>(the file looks semicolon- or tab-separated; save it as comma-separated CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="370" />
      <source>unknown built-in harm table '{0}'; choose one of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="387" />
      <source>{0}: key '{1}' does not match the file name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="389" />
      <source>{0}: the table has no version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="218" />
      <source>the file is not UTF-8 text (byte 0x{0:02x} at offset {1}); save it as 'CSV UTF-8'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="232" />
      <source>weight "{0}" is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="256" />
      <source>not a valid CSV header ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="382" />
      <source>{0}: cannot read the table's description ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="385" />
      <source>{0}: not valid JSON ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="264" />
      <source>column appears twice in the header (columns {0} and {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="275" />
      <source>required column '{0}' not found; columns found: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="299" />
      <source>not valid CSV ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="312" />
      <source>code '{0}' has weight {1} here but the same code ('{2}') has weight {3} in row {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="207" />
      <source>the file must hold a JSON object with 'version' and 'measures'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="220" />
      <source>key 'name' must be a non-empty text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="223" />
      <source>key 'measures' must be a non-empty list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="257" />
      <source>measure {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="320" />
      <source>must be a list of field names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="332" />
      <source>must be more than 0 when a threat_field is given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="390" />
      <source>must be an object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="403" />
      <source>'group_types' must be a list of group types, e.g. ["OCG"]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="411" />
      <source>give a link 'table' or a 'nominal_id_field' on the record, not both</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="420" />
      <source>'group_types' needs 'nominals', 'nominal_id' and 'group_type_field'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="259" />
      <source>measure '{0}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="281" />
      <source>must be text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="283" />
      <source>is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="336" />
      <source>is required with method 'table'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="417" />
      <source>needs a link 'table' (with record_id, table_record_id, table_nominal_id) or a 'nominal_id_field'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="204" />
      <source>Scheme {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="210" />
      <source>key 'version' must be a whole number (this plugin reads version {0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="212" />
      <source>version {0} was written for a newer SOC Harm; this plugin reads schemes up to version {1}. Update the plugin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="217" />
      <source>unknown key(s) {0}; allowed: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="262" />
      <source>Scheme {0}, {1}, key '{2}': {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="265" />
      <source>Scheme {0}, measure {1}: must be a JSON object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="268" />
      <source>unknown key; allowed: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="271" />
      <source>must be lowercase letters, digits and _ (starting with a letter, at most 25), e.g. 'ocg_crime'; got {0!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="274" />
      <source>'{0}' is reserved for the scheme's totals; choose another key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="314" />
      <source>unknown weight method '{0}'; use one of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="317" />
      <source>must be one of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="343" />
      <source>method 'fixed' needs a 'weight', or an 'equivalent_code' with its 'harm_table'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="345" />
      <source>give either 'weight' or 'equivalent_code', not both</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="361" />
      <source>a fixed weight must say why it was chosen (e.g. 'a drug-related death weighed like manslaughter')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="365" />
      <source>is required with method 'field'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="393" />
      <source>unknown key '{0}'; allowed: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="190" />
      <source>Scheme {0}: cannot read the file ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="194" />
      <source>Scheme {0}: not UTF-8 text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="196" />
      <source>Scheme {0}: not valid JSON ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="230" />
      <source>measure {0}: key '{1}' is used twice; each measure needs its own key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="239" />
      <source>measure '{0}', key 'dimension': '{1}' and '{2}' both become field {3}; spell them the same</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="291" />
      <source>must be a number; got {0!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="297" />
      <source>must be a finite number; got {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="299" />
      <source>must be 0 or more; got {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="309" />
      <source>{0} is {1}, which {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="338" />
      <source>is required with method 'table' (a built-in key: {0}, or a CSV file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="348" />
      <source>is required with an 'equivalent_code'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="378" />
      <source>'{0}' is neither a built-in table ({1}) nor a file ({2} not found)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="398" />
      <source>'{0}' must be text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="302" />
      <source>{0} is above the largest number accepted, {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="359" />
      <source>the weight times the factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="415" />
      <source>a link table needs '{0}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="352" />
      <source>code '{0}' is not in harm table '{1}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="355" />
      <source>the weight of code '{0}' times the factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme_scoring.py" line="587" />
      <source>Measure '{0}': layer '{1}' has {2} record(s) whose weight ({3}) is not a finite number or is above the largest weight accepted, {4}, e.g. {5}: feature ids {6}. Correct or remove these values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme_scoring.py" line="618" />
      <source>Measure '{0}': layer '{1}' was not given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme_scoring.py" line="620" />
      <source>Measure '{0}': layer '{1}' has no field '{2}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/limits.py" line="58" />
      <source>is not a number (NaN)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/limits.py" line="60" />
      <source>is not a finite number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/limits.py" line="62" />
      <source>is negative; weights must be 0 or more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/limits.py" line="64" />
      <source>is above the largest weight accepted, {0} (homicide weighs 7,973.39 in the ONS Crime Severity Score); a weight this large is a mistake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="579" />
      <source>Longitude is empty but Latitude is not</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="580" />
      <source>Latitude is empty but Longitude is not</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="514" />
      <source>the quote that opens cell {0}{1} is not closed on this line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="577" />
      <source>Month is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="626" />
      <source>{0} '{1}' is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="629" />
      <source>{0} {1} is outside -{2:g}..{2:g}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="128" />
      <source>It looks like a data.police.uk outcomes file; import the -street.csv file of the same month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="196" />
      <source>{0}: no such file or folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="577" />
      <source>Month '{0}' is not a month (YYYY-MM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="126" />
      <source>In the header line {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="131" />
      <source>It looks like a data.police.uk stop-and-search file; import the -street.csv file of the same month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="133" />
      <source>{0}: the header has no column {1} (columns found: {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="427" />
      <source>{0}: cannot be read ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="508" />
      <source>the line cannot be split into cells ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="193" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="171" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="451" />
      <source>Not significant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="167" />
      <source>Significant rise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="169" />
      <source>Significant fall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="173" />
      <source>Too few to tell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="182" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="448" />
      <source>Hot spot, 99 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="184" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="449" />
      <source>Hot spot, 95 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="186" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="450" />
      <source>Hot spot, 90 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="188" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="452" />
      <source>Cold spot, 90 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="190" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="453" />
      <source>Cold spot, 95 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="192" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="454" />
      <source>Cold spot, 99 % confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="220" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="325" />
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="34" />
      <source>Rank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="225" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="325" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="341" />
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="38" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="281" />
      <source>Records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="225" />
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="39" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="281" />
      <source>Share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="257" />
      <source>Records now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="257" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="591" />
      <source>Records before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="257" />
      <source>Harm now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="257" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="591" />
      <source>Harm before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="258" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="228" />
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="42" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="258" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="285" />
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="325" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="225" />
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="37" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="281" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="68" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="76" />
      <source>Harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="325" />
      <source>Share of sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="347" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="488" />
      <source>Counted in an area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="349" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="488" />
      <source>Outside every area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="351" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="490" />
      <source>No location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="353" />
      <source>Invalid location or date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="355" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="489" />
      <source>Left out by the filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="357" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="489" />
      <source>Outside the period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="521" />
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="523" />
      <source>Buffer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="525" />
      <source>Control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="532" />
      <source>Reduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="534" />
      <source>Increase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="536" />
      <source>No evidence of a change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="543" />
      <source>Displacement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="545" />
      <source>Diffusion of benefit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="547" />
      <source>Neither</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="630" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="665" />
      <source>Interval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="640" />
      <source>Referred</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="642" />
      <source>Comparison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="644" />
      <source>Difference (referred − comparison)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="689" />
      <source>OFFICIAL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="691" />
      <source>OFFICIAL-SENSITIVE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="137" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="153" />
      <source>new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="149" />
      <source>too few</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="223" />
      <source>Move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="225" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="257" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="325" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="285" />
      <location filename="../soc_harm_plugin/gui/records_model.py" line="25" />
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="285" />
      <source>Gi* z-score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="328" />
      <source>Hot spot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="341" />
      <source>Count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="591" />
      <source>Zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="591" />
      <source>Records after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="591" />
      <source>Harm after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="631" />
      <location filename="../soc_harm_plugin/gui/records_model.py" line="26" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="281" />
      <source>Measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="631" />
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="631" />
      <source>Reading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="664" />
      <source>Cohort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="664" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="95" />
      <source>Nominals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="664" />
      <source>Mean harm before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="664" />
      <source>Mean harm after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="664" />
      <source>Mean change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="665" />
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="607" />
      <source>Relative effect, records (target against control)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="611" />
      <source>Relative effect, harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="614" />
      <source>Buffer against control, records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="616" />
      <source>Weighted displacement quotient, records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="619" />
      <source>Weighted displacement quotient, harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="622" />
      <source>Total net effect, records prevented</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="623" />
      <source>Total net effect, harm prevented</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="627" />
      <source>undefined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="629" />
      <source>{0} % interval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="304" />
      <source>hot {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="306" />
      <source>cold {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="337" />
      <source>Records read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="42" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="110" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="74" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="78" />
      <source>areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="58" />
      <source>area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="33" />
      <source>sectors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="35" />
      <source>wards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="37" />
      <source>streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="39" />
      <source>LSOAs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="41" />
      <source>grid cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="49" />
      <source>sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="51" />
      <source>ward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="53" />
      <source>street</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="55" />
      <source>LSOA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="57" />
      <source>grid cell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="80" />
      <source>no harm change could be computed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="83" />
      <source>harm unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="91" />
      <source>a significant increase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="93" />
      <source>a significant decrease</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="95" />
      <source>not a significant change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="97" />
      <source>too few records to tell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="344" />
      <source>Each measure compares the target with the control: it assumes the control shows what would have happened in the target without the operation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="71" />
      <source>{0} stayed at rank {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="79" />
      <source>harm up from none in the baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="86" />
      <source>harm down {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="136" />
      <source>led by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="154" />
      <source>{0}: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="167" />
      <source>{0}; {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="287" />
      <source>The relative effect on records in the target could not be computed: a zone has no record in either period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="307" />
      <source>no evidence of a change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="313" />
      <source>Displacement is judged only where the target shows a reduction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="66" />
      <source>{0} is at rank {1} (no baseline rank)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="68" />
      <source>{0} rose from rank {1} to {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="70" />
      <source>{0} fell from rank {1} to {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="85" />
      <source>harm up {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="127" />
      <source>{0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="135" />
      <source>mostly {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="153" />
      <source>{0}: {1}, {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="162" />
      <source>{0}; {1}, {2}, {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="164" />
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="166" />
      <source>{0}; {1}, {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="198" />
      <source>{0} has the most harm: {1} of the total across {2} {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="214" />
      <source>Overall, harm is unchanged on the baseline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="251" />
      <source>{0} of {1} {2} are hot spots of harm ({3} at 99 % confidence)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="253" />
      <source>{0} of {1} {2} are hot spots of harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="256" />
      <source>{0}; none is a cold spot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="315" />
      <source>The weighted displacement quotient is undefined (the target had no record before, or the control none in a period).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="124" />
      <source>{0} ({1} of the rise)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="126" />
      <source>{0} ({1} of the fall)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="131" />
      <source>{0} and {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="133" />
      <source>{0}, {1} and {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="195" />
      <source>No harm was recorded in any of the {0} {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="203" />
      <source>The top {0} {1} hold {2} of all harm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="228" />
      <source>Harm rose significantly in {0} of {1} {2} and fell significantly in {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="249" />
      <source>None of the {0} {1} is a significant hot or cold spot of harm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="255" />
      <source>{0}; {1} are cold spots.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="306" />
      <source>a reduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="306" />
      <source>an increase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="308" />
      <source>Harm in the target: relative effect {0} ({1} interval {2}): {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="231" />
      <source>Harm rose significantly in {0} of {1} {2} and fell significantly in none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="293" />
      <source>Against the control, records in the target fell by {0} (relative effect {1}, {2} interval {3}): a reduction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="337" />
      <source>Net of any displacement, about {0} fewer records in target and buffer than the control's trend gives.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="341" />
      <source>Net of displacement, about {0} more records in target and buffer than the control's trend gives.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="216" />
      <source>Overall, harm is up {0} on the baseline, {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="234" />
      <source>Harm fell significantly in {0} of {1} {2} and rose significantly in none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="237" />
      <source>No change in harm in any of the {0} {1} is larger than chance would give.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="297" />
      <source>Against the control, records in the target rose by {0} (relative effect {1}, {2} interval {3}): an increase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="301" />
      <source>Against the control, records in the target changed by {0} (relative effect {1}, {2} interval {3}, which includes 1): no evidence of a change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="218" />
      <source>Overall, harm is down {0} on the baseline, {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="319" />
      <source>The buffer shows displacement: about {0} of the fall in the target reappeared around it (weighted displacement quotient {1}, {2} interval {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="324" />
      <source>The buffer shows displacement larger than the fall in the target (weighted displacement quotient {0}, {1} interval {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="328" />
      <source>The buffer shows a diffusion of benefit: records fell around the target too (weighted displacement quotient {0}, {1} interval {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="332" />
      <source>The buffer shows neither displacement nor a diffusion of benefit (weighted displacement quotient {0}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="220" />
      <source>Overall, harm is up {0} on the baseline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="222" />
      <source>Overall, harm is down {0} on the baseline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/stats/hotspots.py" line="316" />
      <location filename="../soc_harm_plugin/domain/stats/local_moran.py" line="96" />
      <source>every area has the same value ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="47" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="59" />
      <source>Sectors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="47" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="60" />
      <source>Wards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="47" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="71" />
      <source>Streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="47" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="84" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="330" />
      <source>Other areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="53" />
      <source>All harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="622" />
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="150" />
      <source>Select an area to see its records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="66" />
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="726" />
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="62" />
      <source>SOC Harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="100" />
      <source>The scored layer to rank: a SOC Harm output in the project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="104" />
      <source>Switch between sectors, wards and streets where their outputs are loaded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="113" />
      <source>Rank by all harm, one measure, or one dimension of harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="116" />
      <source>Filter by id or name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="167" />
      <source>Export ranking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="169" />
      <source>Export records…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="171" />
      <source>Include personal fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="173" />
      <source>Off (safe to share): fields that name or identify people (names, person and nominal ids, dates of birth, addresses, phone numbers, vehicle registrations, and fields the scheme marks personal) are left out of exports.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="190" />
      <source>Re-score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="192" />
      <source>Run the algorithm that made this layer again, with the same parameters, in the background; the new output is added to the project.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="198" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="608" />
      <source>No code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="618" />
      <source>This output has no records table: run it with the 'Records with their weight and status' output to list the records under each area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="653" />
      <source>Re-scoring in the background…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="55" />
      <source>Dimension: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="105" />
      <source>Layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="117" />
      <source>Rank by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="448" />
      <source>No scored layer: run Score harm by area, or make a scored layer active.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="461" />
      <source>This output records no run parameters: run the algorithm again from the toolbox once to re-score from here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="581" />
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="450" />
      <source>{0} areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="679" />
      <source>Re-scored: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="177" />
      <source>Show counts below {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="179" />
      <source>Off (safe to share): counts below {0}, 0 included, are exported as "&lt;{0}", as in the briefing pack.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="554" />
      <source>{0} records in {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="585" />
      <source>What each measure contributes: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="587" />
      <source>Harm by offence code: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="597" />
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="603" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="181" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="498" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="621" />
      <source>The records file '{0}' cannot be found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="718" />
      <source>Layer '{0}' could not be added to the project.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="676" />
      <source>{0} (re-scored)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="452" />
      <source>{0} of {1} areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="557" />
      <source>(records of the first {0} selected areas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="153" />
      <source>Export ranking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="153" />
      <source>Export records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="154" />
      <source>Excel workbook (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="154" />
      <source>CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="166" />
      <source>Left out as personal: {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="168" />
      <source>{0} counts below {1} shown as "&lt;{1}".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="170" />
      <source>Wrote {0} rows to {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="48" />
      <source>Records of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="162" />
      <source>Could not write the table: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="35" />
      <source>Id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="36" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="40" />
      <source>Per 1,000</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="41" />
      <source>Per km²</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="43" />
      <source>Rank move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="233" />
      <source>A significant increase on the baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="234" />
      <source>A significant decrease on the baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="235" />
      <source>No significant change on the baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="236" />
      <source>Too few records to tell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="255" />
      <source>Harm: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="27" />
      <source>Weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="28" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="29" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="30" />
      <source>Harm table code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="31" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="32" />
      <source>Source layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="33" />
      <source>Source feature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="34" />
      <source>Distance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="35" />
      <source>Dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/rescore.py" line="116" />
      <source>Re-scoring failed: see the Processing log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/rescore.py" line="56" />
      <source>This output records no run parameters: run the algorithm again from the toolbox once, then re-score from here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/rescore.py" line="89" />
      <source>Re-scoring was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/rescore.py" line="75" />
      <source>SOC Harm: re-scoring {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/rescore.py" line="60" />
      <source>Algorithm '{0}' is not available: is the SOC Harm plugin enabled?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/table_export.py" line="30" />
      <source>{0}: the table's columns could not be set up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/plugin.py" line="36" />
      <source>SOC Harm panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/plugin.py" line="40" />
      <source>Areas ranked by harm, with the records under each, linked to the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="97" />
      <source>Compare harm between periods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="106" />
      <source>First day of the current period. Empty: the first day of the month of the period end.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="107" />
      <source>Last day of the current period (inclusive). Empty: the end of the last month the data wholly cover.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="149" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="122" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="108" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="250" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="94" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="123" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="325" />
      <source>Reading areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="153" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="125" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="209" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="111" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="131" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="102" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="179" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="111" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="105" />
      <source>Reading records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="171" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="155" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="264" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="180" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="195" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="145" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="128" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="95" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="88" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="133" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="155" />
      <source>Writing outputs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="110" />
      <source>Every area with n_current, n_baseline, harm_current, harm_baseline, harm_change, harm_change_pct (harm_change_pct_reason where it is null), p_count, p_harm, harm_test, rank_current, rank_baseline, rank_change, change_class and count_change_class (increase, decrease, no_change, too_few), current_period and baseline_period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="119" />
      <source>What the drivers of a change are: the harm table's offence category of each record (a table without a category column gives each code's label), or its code. With a harm scheme the drivers are always the scheme's measures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="126" />
      <source>A table of what drove each area's change: one row per area and driver (offence category, code or scheme measure) with a record in either period, and rows for the force (scope force). Fields area_id, driver, n_current, n_baseline, harm_current, harm_baseline, harm_change and share_of_change: the driver's part of the area's change in harm, in %, signs kept, so an area's shares add up to 100 (a driver that fell while the area rose has a negative share). Where the area's harm did not change there is no share (share_reason no_change).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="132" />
      <source>Force: records in the current period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="133" />
      <source>Force: records in the baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="134" />
      <source>Force: harm in the current period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="135" />
      <source>Force: harm in the baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="136" />
      <source>Force: change in harm (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="137" />
      <source>Force: p-value of the change in records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="138" />
      <source>Force: p-value of the change in harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="140" />
      <source>Force: change in harm (class)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="141" />
      <source>Force: change in records (class)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="142" />
      <source>Current period compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="143" />
      <source>Baseline compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="197" />
      <source>Change in harm in areas of '{0}': {1} against {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="292" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="204" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="250" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="163" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="418" />
      <source>Records in: {0} = {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="299" />
      <source>Force total: harm {0:,.1f} against {1:,.1f} ({2}): {3} (p = {4}); records {5} against {6:,.1f}: {7} (p = {8}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="301" />
      <source>no baseline harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="309" />
      <source>Areas by change in harm: {0} increase, {1} decrease, {2} no_change, {3} too_few.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="109" />
      <source>Areas with their change in harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="115" />
      <source>Drivers by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="124" />
      <source>Drivers of the change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="160" />
      <source>Comparing {0} with {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="196" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="181" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="286" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="198" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="275" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="309" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="238" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="170" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="188" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="286" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="144" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="169" />
      <source>Provenance: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="294" />
      <source>No record at all falls in period(s) {0}: is data missing for them? They are compared as zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="205" />
      <source>What drove the change in harm in areas of '{0}': {1} against {2}, by {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="241" />
      <source>Force: what drove the change in harm: {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="116" />
      <source>Offence category (the harm table's category)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="117" />
      <source>Code (as in the harm table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="232" />
      <source>Harm table '{0}' has no category column: the drivers are its codes' labels.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="54" />
      <source>Harm over time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="341" />
      <source>Baseline mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="343" />
      <source>Partial period (not compared)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="344" />
      <source>No record at all (missing data?)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="346" />
      <source>Areas with the most harm (↑ / ↓: significant trend)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="64" />
      <source>Count and weigh records by calendar month, quarter (January-March, ...) or year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="68" />
      <source>Leave out records before this day. Empty: from the first dated record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="71" />
      <source>Leave out records after this day. Empty: to the last dated record. A period the series covers only in part is flagged partial and left out of the trend and the band.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="76" />
      <source>A Mann-Kendall trend with a p-value below this is up or down; otherwise none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="80" />
      <source>The expected band is the baseline mean plus or minus this many standard deviations (never narrower than chance alone makes it). 2 flags about 1 period in 20 by chance; 3 is the classic control-chart limit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="87" />
      <source>How many whole periods before the latest build the band: 0 takes them all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="91" />
      <source>The chart shows the force total and this many areas with the most harm over the series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="94" />
      <source>One row per area and period, and one per period for the whole force (level force, area_id empty): level, area_id, area_name, period, period_start, period_end, partial (1 when the data cover the period only in part), no_data (1 when the data hold no record at all in it), n and harm. Every period is listed, with 0 where an area has no record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="100" />
      <source>One row per area and one for the force: n_total, harm_total and periods (whole periods), mk_s, mk_tau, mk_p, sen_slope (harm per period), trend_class (up, down, none), latest_period, latest_n, latest_harm, band_mean, band_low, band_high, latest_flag (above, below, within) and chart_rank.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="107" />
      <source>The force total with its band and Sen's slope, over the top areas' series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="111" />
      <source>The same chart as an SVG, to edit or scale in reports.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="112" />
      <source>Force: Kendall's tau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="113" />
      <source>Force: Mann-Kendall p-value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="114" />
      <source>Force: Sen's slope (harm per period)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="115" />
      <source>Force: trend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="116" />
      <source>Force: latest period against its band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="117" />
      <source>Latest whole period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="182" />
      <source>Harm by {0} in areas of '{1}', {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="217" />
      <source>The data cover no whole period: there is no trend and no band.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="332" />
      <source>month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="332" />
      <source>quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="332" />
      <source>year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="334" />
      <source>Source: {0}. Force trend: {1} (Mann-Kendall p = {2}); latest whole {3} {4}: {5} its expected band.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="350" />
      <source>Harm (weighted records)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="351" />
      <source>Force total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="62" />
      <source>Periods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="66" />
      <source>Series start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="70" />
      <source>Series end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="74" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="106" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="59" />
      <source>Significance level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="78" />
      <source>Band width (standard deviations)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="84" />
      <source>Baseline periods for the band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="89" />
      <source>Areas in the chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="93" />
      <source>Harm by period (long table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="99" />
      <source>Trend per area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="105" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="97" />
      <source>Chart (PNG)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="109" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="101" />
      <source>Chart (SVG)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="133" />
      <source>The series covers {0} ({1} to {2}), by {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="339" />
      <source>Expected band (baseline mean ± {0} sd)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="342" />
      <source>Sen's slope: {0:+,.0f} per {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="345" />
      <source>Latest period: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="366" />
      <source>No record of {0} has a date that can be read: there is no series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="371" />
      <source>The series starts ({0}) after it ends ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="374" />
      <source>The series {0} to {1} lies outside the data of {2}, which cover {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="208" />
      <source>The data cover period(s) {0} only in part: they are listed (partial = 1) but left out of the trend and the band.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="212" />
      <source>No record at all falls in period(s) {0}: is data missing for them? They are listed (no_data = 1, n and harm 0) but left out of the trend and the band.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="228" />
      <source>Force total: trend {0} (tau {1}, p {2}, Sen's slope {3} per period); latest period {4}: harm {5:,.1f}, {6} its band [{7}, {8}].</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="349" />
      <source>Harm by {0}: force total and top areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="62" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="282" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="87" />
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="62" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="282" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="87" />
      <source>Quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="62" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="87" />
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="219" />
      <source>The data cover a single whole period ({0}): a trend needs at least 3 and a band at least 3 (2 before the latest). Choose a shorter period unit or more data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="320" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="279" />
      <source>No chart: matplotlib cannot be imported ({0}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="224" />
      <source>The data cover {0} whole periods: a trend needs at least 3, a band at least 3 (2 before the latest).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="89" />
      <source>Intervention impact (did it work?)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="96" />
      <source>The events' date (needed): a date, a date-time, or text (2019-02-15, 15/02/2019, or month-only 2019-02 as data.police.uk writes it). Month-only dates make both periods whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="184" />
      <source>Reading the zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="458" />
      <source>the target had no record before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="460" />
      <source>the control has no record in a period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="462" />
      <source>the target did not change against the control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="103" />
      <source>The polygon(s) where the operation ran; several are merged. Distances and areas are in this layer's CRS (use a projected CRS such as EPSG:27700).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="108" />
      <source>The buffer is a ring this wide around the target, where crime could be displaced to (a few hundred metres for street crime). Not used when a buffer layer is given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="113" />
      <source>Polygons to use as the buffer instead of a ring, e.g. the neighbouring wards. The target is cut out of them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="117" />
      <source>Comparable places the operation did not reach. Empty: the rest of the force (every record outside target and buffer). A control that overlaps target or buffer is clipped, with a warning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="120" />
      <source>Before: start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="120" />
      <source>First day of the period before the operation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="121" />
      <source>Before: end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="122" />
      <source>Last day of the period before (inclusive). It must end before the after period starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="124" />
      <source>After: start (the intervention date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="125" />
      <source>First day of the period after: the day the operation began, or later to leave out a settling-in period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="127" />
      <source>After: end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="127" />
      <source>Last day of the period after (inclusive).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="132" />
      <source>The level of every interval: 0.95 gives 95 % intervals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="136" />
      <source>How many bootstrap replicates give the intervals of the harm measures and the quotients. 1,999 puts the 95 % limits on whole replicates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="141" />
      <source>Seed of the bootstrap: the same seed gives the same intervals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="144" />
      <source>One row per zone (target, buffer, control): n_before, n_after, harm_before, harm_after.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="147" />
      <source>The three zones as polygons with the same fields, area_km2 and result (the target's and the buffer's class), styled by result. Its provenance holds every result, for the briefing pack's 'Did it work?' page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="151" />
      <source>Relative effect size (records)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="152" />
      <source>Relative effect size: lower limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="153" />
      <source>Relative effect size: upper limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="154" />
      <source>Relative effect on harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="155" />
      <source>Relative effect on harm: lower limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="156" />
      <source>Relative effect on harm: upper limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="157" />
      <source>Weighted displacement quotient (records)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="158" />
      <source>WDQ (records): lower limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="159" />
      <source>WDQ (records): upper limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="160" />
      <source>Weighted displacement quotient (harm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="161" />
      <source>WDQ (harm): lower limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="162" />
      <source>WDQ (harm): upper limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="163" />
      <source>Total net effect (records prevented)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="164" />
      <source>Total net effect (harm prevented)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="165" />
      <source>Buffer against control (records)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="166" />
      <source>Buffer against control: lower limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="167" />
      <source>Buffer against control: upper limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="168" />
      <source>Buffer against control (harm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="169" />
      <source>Buffer against control (harm): lower limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="170" />
      <source>Buffer against control (harm): upper limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="173" />
      <source>Target: reduction, no_evidence or increase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="174" />
      <source>Buffer: displacement, diffusion_of_benefit or neither</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="175" />
      <source>Target, by harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="176" />
      <source>Buffer, by harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="204" />
      <source>A buffer layer is given: the buffer width is not used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="212" />
      <source>Choose the events' date field (DATE_FIELD): before and after need each record's date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="288" />
      <source>Records and harm in target, buffer and control, {0} against {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="374" />
      <source>The periods cannot be compared: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="416" />
      <source>No record lies in the control in either period: there is nothing to compare the target with. Choose another control or a narrower buffer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="420" />
      <source>No record lies in the target before the operation: the weighted displacement quotient is undefined (there was nothing to reduce).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="423" />
      <source>No record lies in the buffer in either period: displacement cannot be measured.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="426" />
      <source>The control has no record in one period: the quotients are undefined.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="440" />
      <source>records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="441" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="65" />
      <source>harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="102" />
      <source>Target area (where the operation ran)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="106" />
      <source>Buffer width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="111" />
      <source>Buffer area (instead of a width)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="116" />
      <source>Control area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="130" />
      <source>Confidence level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="134" />
      <source>Bootstrap draws</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="140" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="95" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="64" />
      <source>Random seed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="143" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="255" />
      <source>Records and harm by zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="146" />
      <source>Zones map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="256" />
      <source>Measuring the effect ({0} bootstrap draws)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="351" />
      <source>Before: {0}; after: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="357" />
      <source>The {0} period starts ({1}) after it ends ({2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="359" />
      <source>The periods overlap: before {0}, after {1}. The before period must end before the after period starts (with month-only dates, in an earlier month).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="363" />
      <source>The after period ({0}) comes before the before period ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="366" />
      <source>The intervention date {0} is after the last record of layer '{1}', whose data cover {2}: there is no after period to measure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="370" />
      <source>The before period {0} lies outside the data of layer '{1}', which cover {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="373" />
      <source>No record of layer '{0}' has a date that can be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="380" />
      <source>Layer '{0}' (the target) has no area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="385" />
      <source>The buffer width is {0}: give a width above 0 or a buffer layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="387" />
      <source>Layer '{0}' (the control, {1} km²) lies wholly inside the target and buffer: nothing is left to compare with. Choose a control outside them or a narrower buffer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="404" />
      <source>Zones: target {0:.2f} km², buffer {1:.2f} km²{2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="434" />
      <source>Relative effect size (records): {0} ({1} interval {2} to {3}){4}: {5}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="436" />
      <source>, with 0.5 added to each count (a count was 0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="437" />
      <source>Relative effect on harm: {0} ({1} interval {2} to {3}): {4}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="453" />
      <source>Target: {0}; buffer: {1} (by harm: {2}; {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="190" />
      <source>Layer '{0}' is in a geographic CRS ({1}): the buffer width and the areas are in degrees. Reproject the target to a projected CRS such as EPSG:27700 first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="196" />
      <source>Layer '{0}' (the target) has no polygon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="242" />
      <source>Field '{0}' of layer '{1}' has dates that cannot be read, e.g. {2}: those records are counted as unparseable_date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="304" />
      <source>Layer '{0}' ({1}) is reprojected to the target's CRS ({2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="331" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="121" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="85" />
      <source>The data cover {0} ({1} to {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="383" />
      <source>Layer '{0}' (the buffer) leaves no area around the target: it lies inside it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="411" />
      <source>No record lies in the target (layer '{0}') in either period: there is nothing to measure. Check the target, the periods and the events' CRS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="315" />
      <source>Feature {0} of layer '{1}' cannot be reprojected from {2} to {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="328" />
      <source>Give the date {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="339" />
      <source>The dates are month-only, so the {0} period {1} is widened to whole months: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="396" />
      <source>The buffer layer covered {0} km² of the target: the target is cut out of it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="403" />
      <source>No control layer: the control is every record outside target and buffer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="405" />
      <source>, control {0:.2f} km²</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="443" />
      <source>Weighted displacement quotient ({0}) undefined: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="446" />
      <source>Weighted displacement quotient ({0}): {1} ({2} interval {3} to {4}); total net effect {5}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="343" />
      <source>The data ({0}) cover only part of the period {1}: records are counted for {2}. The control covers the same days, so the relative measures still compare like with like.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="399" />
      <source>Layer '{0}' (the control) overlaps the target or buffer by {1} km² ({2} % of it): that part is cut out of the control.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="451" />
      <source>The target barely changed against the control, so the quotient ({0}) is not read as displacement.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="348" />
      <source>Records from {0} to {1}, between the periods, are counted as out_of_period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="67" />
      <source>SOC performance framework</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="283" />
      <source>significant increase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="283" />
      <source>significant decrease</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="284" />
      <source>no significant change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="284" />
      <source>too few to tell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="285" />
      <source>new (baseline 0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="285" />
      <source>no records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="285" />
      <source>no dates: not compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="287" />
      <source>Change in harm against the baseline (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="77" />
      <source>With a harm scheme: one theme per measure (its label), or per dimension (drugs, firearms, ...). With events: the values of the theme field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="82" />
      <source>The last day reported: the month, quarter and year views are the 1, 3 and 12 whole months ending then (a quarter end gives the calendar quarter). Empty: the end of the last month the data wholly cover.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="88" />
      <source>Add a row per area for every theme and view, after the force rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="91" />
      <source>One row per theme, view (month, quarter, year) and level (force, then each area): the periods compared, n and harm in both, the change and its % (with the reason where it is null), p_count, p_harm, harm_test, count_change_class and change_class (increase, decrease, no_change, too_few), and the Mann-Kendall trend over the view's calendar periods (mk_tau, mk_p, sen_slope, trend_class). Save it as CSV or XLSX. A theme 'all' holds every theme together.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="99" />
      <source>Each theme's change in harm against its baseline for the three views, coloured by significance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="103" />
      <source>The same chart as an SVG.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="199" />
      <source>SOC performance framework for '{0}': {1} themes, month, quarter and 12 months to {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="282" />
      <source>12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="75" />
      <source>Themes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="80" />
      <source>Reporting period end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="87" />
      <source>Break down by area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="90" />
      <source>Performance framework table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="228" />
      <source>No theme field and no scheme: the table has the theme 'all' only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="119" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="83" />
      <source>No record of {0} has a date that can be read: there are no periods to compare.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="229" />
      <source>All themes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="234" />
      <source>No reporting period end given: using {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="239" />
      <source>The reporting period end {0} is not the end of a month: the views end on {1}, the last whole month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="250" />
      <source>All themes, {0} {1} against {2}: harm {3} ({4}): {5}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="288" />
      <source>SOC performance framework to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="289" />
      <source>Source: {0}. Labels: current / baseline harm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="75" />
      <source>The scheme's measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="75" />
      <source>The scheme's dimensions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="148" />
      <source>View {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="224" />
      <source>{0} records have no theme: they count only in the theme 'all'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="90" />
      <source>Impact of nominal referrals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="119" />
      <source>Linked records (offences or other events)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="120" />
      <source>The records linked to nominals, weighted by harm as socharm:scoreharm weights them. Every record needs a date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="123" />
      <source>Each record's date (a date, a date-time or text; month-only 2019-02 works). The data cover the months from the first to the last dated record: a referral whose windows reach outside them is counted, not compared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="226" />
      <source>Reading nominals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="232" />
      <source>Reading linked records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="248" />
      <source>Reading links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="260" />
      <source>Matching referred nominals with comparisons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="96" />
      <source>One row per nominal (a layer or a table), with an id and the date each was referred to a diversionary scheme or disrupted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="101" />
      <source>The id the links use. Ids compare as text (12, 12.0 and '12' are one id). Rows without an id, or sharing one, are counted and left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="106" />
      <source>A date, date-time or text (2024-03-15, 15/03/2024, or month-only 2024-03). Only its month is used. Empty: never referred, so the nominal may be a comparison. A value that is not a date is counted as invalid_referral_date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="113" />
      <source>Optional: a field such as group_type. A referred nominal is then compared only with nominals of the same value (exact matching), so a difference between kinds of nominal is not read as the effect of referral.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="130" />
      <source>One row per link between a record and a nominal, as a harm scheme's link table (e.g. offence_nominal_links). Give this, or a nominal id field on the records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="136" />
      <source>With a link table: the records' id field (e.g. offence_id).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="140" />
      <source>The link table's field holding the record id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="144" />
      <source>The link table's field holding the nominal id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="148" />
      <source>Instead of a link table: a field of the records holding the linked nominal's id, or several separated by the separator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="153" />
      <source>With a nominal id field on the records: the character between ids (e.g. N1;N2). Empty: one id per record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="159" />
      <source>The window before: this many whole months before the month of referral (which is in neither window).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="163" />
      <source>The window after: this many whole months after the month of referral.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="167" />
      <source>Study only referrals from this month. Nominals referred later than a studied nominal's window after may be its comparison (not yet referred); nominals referred earlier never are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="172" />
      <source>Study only referrals up to this month (inclusive).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="176" />
      <source>How many not-referred nominals each referred nominal is matched with (without replacement).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="181" />
      <source>A comparison must lie within this many pooled standard deviations of log(1 + harm before) of its referred nominal (0.2: Austin 2011). A referral with none that close is counted as referred_unmatched. 0: no caliper.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="188" />
      <source>Of the intervals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="192" />
      <source>Small-number suppression in the cohort table: a cohort of 1 to this number minus 1 nominals is written "&lt;5" (for 5), and its means and interval are left empty. 0 writes every count.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="197" />
      <source>Off (the default), the per-nominal table names each nominal by a reference (P0001...) that is not its id, and no personal field of the nominals is copied. On, it adds nominal_id: the table then holds personal data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="203" />
      <source>One row per nominal: ref, group, referred (1/0), referral_date (month), status, cohort, matched_to, window_month, n_before, n_after, harm_before, harm_after, harm_change. Pseudonymous, but about people: for the analyst, not for sharing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="209" />
      <source>Three rows (referred, comparison, difference): cohort, n_nominals ("&lt;5" when small), mean_harm_before, mean_harm_after, mean_change, ci_low, ci_high and method. Safe to share.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="212" />
      <source>Effect: difference in mean change of linked harm, referred minus comparison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="214" />
      <source>Effect: lower end of the interval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="215" />
      <source>Effect: upper end of the interval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="216" />
      <source>Referred nominals compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="217" />
      <source>Comparison nominals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="460" />
      <source>{0} nominals of layer '{1}' have no id in field '{2}' (feature ids {3}): left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="462" />
      <source>{0} nominals of layer '{1}' share an id in field '{2}' with another (feature ids {3}): left out, and their links counted as nominal_not_compared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="508" />
      <source>no interval from one pair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="99" />
      <source>Nominal id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="104" />
      <source>Referral (or disruption) date field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="110" />
      <source>Compare within groups of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="128" />
      <source>Link table (record id to nominal id)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="134" />
      <source>Record id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="138" />
      <source>Link table: record id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="142" />
      <source>Link table: nominal id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="146" />
      <source>Nominal id field on the records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="151" />
      <source>Separator of several ids</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="157" />
      <source>Months before referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="161" />
      <source>Months after referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="165" />
      <source>Referrals from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="171" />
      <source>Referrals to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="174" />
      <source>Comparison nominals per referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="179" />
      <source>Caliper (standard deviations)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="186" />
      <source>Confidence level (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="190" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="110" />
      <source>Show counts below this as &lt;N</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="196" />
      <source>Include nominal ids</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="202" />
      <source>Nominals: harm before and after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="208" />
      <source>Cohorts: mean change and interval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="276" />
      <source>Harm linked to each nominal of '{0}' before and after referral ({1} months each side). Personal data: not for sharing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="280" />
      <source>Referred nominals of '{0}' against matched comparisons: mean change in linked harm with its interval.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="451" />
      <source>Nominals in: {0} = {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="454" />
      <source>Links in: {0} = {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="455" />
      <source>Records in: {0} = {1} linked to a nominal + {2} linked to none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="239" />
      <source>Layer '{0}': choose its date field (DATE_FIELD): harm before and after a referral needs each record's date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="325" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="110" />
      <source>Layer '{0}' has no field '{1}' ({2}). Fields: {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="339" />
      <source>Field '{0}' of layer '{1}' is of type {2}; a referral date must be a date, date-time or text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="343" />
      <source>Field '{0}' of layer '{1}' looks like a personal identifier; grouping by it would write it to the outputs. Choose a field such as group_type, or turn on 'Include nominal ids'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="368" />
      <source>Layer '{0}' has no nominals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="372" />
      <source>Layer '{0}', field '{1}': no nominal has a referral date that can be read ({2} nominals{3}); nothing to compare.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="393" />
      <source>Say how records are linked to nominals: a link table (LINK_TABLE, with RECORD_ID, LINK_RECORD_ID and LINK_NOMINAL_ID), or a field of layer '{0}' holding nominal ids (NOMINAL_ID_FIELD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="471" />
      <source>{0} nominals of layer '{1}' have a referral date that cannot be read in field '{2}', e.g. {3} (feature ids {4}): counted as invalid_referral_date, never compared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="480" />
      <source>{0} referred nominals have a window of {1} months before or {2} after their referral month outside the data ({3} to {4}): counted as referred_window_outside_data, not compared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="487" />
      <source>{0} referred nominals have no comparison close enough in harm before (caliper {1:g} SD = {2:.3f} on log(1 + harm)): counted as referred_unmatched, left out of the effect.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="493" />
      <source>{0} links name a nominal that is not in layer '{1}' (field '{2}'): counted as link_to_unknown_nominal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="498" />
      <source>{0} links of table '{1}' name a record that is not in layer '{2}' (field '{3}'): counted as link_to_unknown_record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="503" />
      <source>{0} links are to records whose date cannot be read in field '{1}' of layer '{2}': counted as unparseable_date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="508" />
      <source>{0:g} % interval {1:,.1f} to {2:,.1f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="511" />
      <source>Referred minus comparison, change in linked harm from {0} months before to {1} after: {2:,.1f} ({3}); {4} referred nominals, {5} comparisons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="516" />
      <source>Fewer than {0} nominals in a cohort: the cohort table shows its count as &lt;{0} and leaves its means empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="525" />
      <source>No referral in field '{0}' of layer '{1}' can be compared: each needs {2} whole months of records before its month and {3} after, and the records run from {4} to {5}. Shorten the windows or give records that cover them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="533" />
      <source>No nominal of layer '{0}' was referred in the period studied (field '{1}'): nothing to compare.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="264" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="314" />
      <source>The design cannot be run: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="321" />
      <source>Choose the {0} field of layer '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="399" />
      <source>A link table is given: the nominal id field on the records ('{0}') is not used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="312" />
      <source>Referrals from ({0}) is after referrals to ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="375" />
      <source>, e.g. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="95" />
      <source>Community priorities by area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="258" />
      <source>Reading survey responses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="102" />
      <source>One record per respondent: points near where they live, or a table with an area code. Only the fields chosen below are read; respondent identifiers never are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="107" />
      <source>The code of each respondent's area (e.g. the ward from their postcode), matched to the area ids ignoring case and spaces. Leave empty to place survey points in the area polygons instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="111" />
      <source>The areas to report on (wards, neighbourhoods). Every area is in the output, with or without respondents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="115" />
      <source>A unique id per area; survey area codes match it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="119" />
      <source>A readable name for tables.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="123" />
      <source>Fields naming priority categories: one per answer (priority_1, priority_2, ...) or one holding a list separated by ';' or ','. A respondent naming a category in several fields counts once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="128" />
      <source>The known categories, separated by commas; each gets a field pri_&lt;category&gt;. Answers outside the list are counted and listed in the log, never dropped silently. Matched ignoring case, spaces and hyphens (ASB and anti-social behaviour are antisocial_behaviour).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="134" />
      <source>A score per respondent (e.g. 1-5); gives mean_confidence. Values that are not numbers or lie off the scale are counted and left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="139" />
      <source>The lowest valid value of the confidence scale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="143" />
      <source>The highest valid value of the confidence scale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="147" />
      <source>Questions such as age band, sex or ethnicity. Each gives answered_&lt;field&gt; (the share who answered) and, with a population table, rep_&lt;field&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="152" />
      <source>Demographic answers counted as not answered, like an empty value (separated by ';').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="156" />
      <source>A table (layer or CSV) with one row per area, question and group, e.g. W001, age_band, 65+, 1200. Compares the respondents' mix with the population's: rep_&lt;field&gt; is the index of dissimilarity, 0 = the same mix, 1 = no overlap.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="162" />
      <source>The area code of each row, matched to the area ids.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="166" />
      <source>Which demographic field the row is about: the survey field's name (e.g. age_band).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="170" />
      <source>The group, written as the survey writes the answer (e.g. 65+).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="174" />
      <source>How many people of the area are in the group.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="178" />
      <source>The date of each response (a date, or text as 2024-06-15, 15/06/2024 or 2024-06). Needed for periods.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="182" />
      <source>First day of the (first) period, inclusive. Without any period every response counts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="185" />
      <source>Last day of the (first) period, inclusive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="188" />
      <source>With a second period every field is written twice, &lt;field&gt;_p1 and &lt;field&gt;_p2 side by side, with &lt;field&gt;_change (period 2 minus period 1): what changed after action.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="192" />
      <source>Last day of the second period, inclusive. The periods must not overlap.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="196" />
      <source>Areas with fewer respondents (but at least one) are small: with suppression on, all their values are empty and their status is 'suppressed'. A representativeness index also needs this many answers to the question.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="202" />
      <source>On: no value of a small area leaves the algorithm, so the output can be shared. Off: small areas keep their values with status 'low_count', for analysts only; the provenance records that the output is not for sharing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="207" />
      <source>Every area with status, respondents, pri_&lt;category&gt; (share 0-1 of respondents naming it), mean_confidence, confidence_n and, per demographic field, answered_&lt;field&gt; and rep_&lt;field&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="209" />
      <source>Respondents in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="210" />
      <source>Respondents counted in an area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="211" />
      <source>Areas suppressed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="310" />
      <source>What residents of each area of '{0}' name as priorities, from '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="339" />
      <source>area code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="339" />
      <source>question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="340" />
      <source>group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="340" />
      <source>count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="101" />
      <source>Survey responses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="105" />
      <source>Respondent's area code field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="110" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="59" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="48" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="176" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="213" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="324" />
      <source>Areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="114" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="168" />
      <source>Area id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="117" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="172" />
      <source>Area name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="121" />
      <source>Priority fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="126" />
      <source>Priority categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="132" />
      <source>Confidence or trust field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="137" />
      <source>Lowest confidence score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="141" />
      <source>Highest confidence score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="145" />
      <source>Demographic fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="150" />
      <source>Answers that mean no answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="154" />
      <source>Population by group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="160" />
      <source>Population: area code field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="164" />
      <source>Population: question field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="168" />
      <source>Population: group field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="172" />
      <source>Population: count field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="176" />
      <source>Survey date field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="181" />
      <source>Period 1 start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="184" />
      <source>Period 1 end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="187" />
      <source>Period 2 start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="191" />
      <source>Period 2 end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="194" />
      <source>Minimum respondents per area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="200" />
      <source>Suppress small areas (output for sharing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="206" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="110" />
      <source>Community priorities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="290" />
      <source>Summarising {0} responses by area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="355" />
      <source>Respondents in: {0} = {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="466" />
      <source> (period {0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="226" />
      <source>Choose at least one priority field of layer '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="244" />
      <source>A period needs a survey date field on layer '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="262" />
      <source>Layer '{0}' has no point geometry: choose its area code field, so respondents can be placed in areas by code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="272" />
      <source>Layer '{0}' has no survey responses: nothing to report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="373" />
      <source>{0} respondents have no readable date and are in no period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="379" />
      <source>{0} respondents answered outside the period(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="382" />
      <source>{0} answers are not among the priority categories and are not in any pri_ field: {1}. Add them to the categories to count them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="386" />
      <source>{0} confidence values are not numbers or lie off the scale and are left out, e.g. {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="413" />
      <source>Answers to '{0}' with no group in the population table (they count against representativeness): {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="441" />
      <source>{0} have no readable date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="442" />
      <source>{0} answered outside the period(s) {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="451" />
      <source> (the answers run from {0} to {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="452" />
      <source>No respondent of '{0}' was counted in any area, so no area has a share: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="231" />
      <source>Priority categories: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="236" />
      <source>Field '{0}' of layer '{1}' looks like a personal identifier (an id, name, address or contact): it cannot be a priority, confidence or demographic field, so none of its values can reach an output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="300" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="294" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="189" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="114" />
      <source>Layer '{0}': {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="332" />
      <source>Survey periods: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="343" />
      <source>Population table '{0}': choose its {1} field ({2}). Fields: {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="359" />
      <source>{0} respondents of '{1}' have no location and are in no area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="362" />
      <source>{0} respondents of '{1}' have no area code and are in no area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="366" />
      <source>{0} respondents of '{1}' lie outside every area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="370" />
      <source>{0} respondents of '{1}' have an area code that is no area: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="376" />
      <source>Dates that cannot be read, e.g. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="393" />
      <source>{0} areas have fewer than {1} respondents{2}: suppressed (values empty).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="405" />
      <source>Too few answered '{0}' to say how representative the respondents are (fewer than {1} answers){2} in {3} areas: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="409" />
      <source>The population table has no groups for '{0}' in {1} areas: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="418" />
      <source>{0} population rows have an area code that is no area; they are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="436" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="83" />
      <source>{0} have no location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="436" />
      <source>{0} have no area code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="438" />
      <source>{0} lie outside every area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="438" />
      <source>{0} have an area code that is no area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="457" />
      <source>Every area with respondents{0} has fewer than {1} (MIN_RESPONDENTS), so all {2} are suppressed and no area has a share. A lower minimum, or no suppression, gives shares in an output that is not for sharing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="397" />
      <source>{0} areas have fewer than {1} respondents{2}: their values are shown. This output is not for sharing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="421" />
      <source>{0} population rows have no valid count; they are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="424" />
      <source>{0} population rows are about questions not chosen as demographic fields; they are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="427" />
      <source>{0} population rows have no group; they are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="72" />
      <source>Recommend streets to focus on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="192" />
      <source>Reading streets and their harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="212" />
      <source>Reading community priorities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="490" />
      <source>drug dealing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="490" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="501" />
      <source>anti-social behaviour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="491" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="502" />
      <source>burglary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="491" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="502" />
      <source>vehicle crime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="491" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="500" />
      <source>violence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="492" />
      <source>knife crime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="492" />
      <source>scams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="492" />
      <source>speeding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="493" />
      <source>litter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="493" />
      <source>criminal damage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="500" />
      <source>drugs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="500" />
      <source>acquisitive crime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="501" />
      <source>firearms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="501" />
      <source>economic crime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="502" />
      <source>drug supply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="503" />
      <source>weapons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="503" />
      <source>other crime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="80" />
      <source>The output of 'Score harm by area' or 'Score areas with a harm scheme' for streets (or wards): the harm fields are read from it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="85" />
      <source>A unique id per street or area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="89" />
      <source>A readable name, copied to the output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="94" />
      <source>One or more harm fields; their sum is the harm component. Each field's theme comes from its name and matches residents' priorities: dim_drugs or drugs_harm_score -&gt; drugs, drug_supply_harm -&gt; drug_supply, harm_score -&gt; all crime. Choose fields that do not overlap (not harm_score with its own dimensions).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="101" />
      <source>The field holding each street's wider area code (e.g. ward_id on streets) that the priorities and the need values are given by. Empty: the street id itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="106" />
      <source>The same streets scored for a second period (same id and harm fields): every per-period output field is written twice, &lt;field&gt;_p1 and &lt;field&gt;_p2, with harm_change, concern_change and focus_rank_change. Harm and concern are normalised over both periods together.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="112" />
      <source>The output of 'Community priorities by area' (pri_&lt;category&gt; shares; suppressed areas stay unknown). One or two periods, matched to the harm periods.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="117" />
      <source>The id of each area in the priorities layer, matched to the survey and need area field (ignoring case and spaces).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="122" />
      <source>Changes to the documented mapping of priority categories to harm themes, one category per entry: category=theme1,theme2; another=theme. An entry replaces that category's themes; 'litter=' gives it none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="129" />
      <source>Any layer or table holding a need value per area, e.g. a deprivation decile per ward. It can be the streets layer itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="134" />
      <source>The area id in the need layer, matched to the survey and need area field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="138" />
      <source>The need value (any number).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="142" />
      <source>Which way the need value points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="147" />
      <source>How each component becomes 0-1 before weighting. Rank percentile (the default) keeps the order: harm is concentrated in a few streets, and it still tells the rest apart. Min-max keeps distances (twice the harm, twice as far up) but leaves most streets near 0, so the ward-level concern and need decide between them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="154" />
      <source>Weights need not add up to 1: focus_score divides by the sum of the weights of the components a street has a value for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="159" />
      <source>Concern: the share of respondents naming a priority that matches the harm themes, weighted by the street's harm in each theme.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="164" />
      <source>Need: the need value, pointed so that more need scores higher.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="167" />
      <source>Every street ranked (focus_rank 1 = focus first) with each component shown: the harm fields, harm_value, harm_norm, concern, concern_norm, respondents, need_value, need_norm, focus_score, reason_codes and a plain-language reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="170" />
      <source>Streets ranked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="171" />
      <source>Street to focus on first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="239" />
      <source>Streets of '{0}' ranked for focus by harm, residents' concern and need.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="455" />
      <source>no recorded harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="457" />
      <source>no harm value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="78" />
      <source>Streets or areas scored by harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="83" />
      <source>Street (area) id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="87" />
      <source>Name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="91" />
      <source>Harm fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="99" />
      <source>Survey and need area field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="104" />
      <source>Scored for period 2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="115" />
      <source>Community priorities: area id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="120" />
      <source>Priority to harm theme mapping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="127" />
      <source>Need or vulnerability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="132" />
      <source>Need: area id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="136" />
      <source>Need: value field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="140" />
      <source>More need is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="144" />
      <source>Normalise components by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="152" />
      <source>Weight of harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="157" />
      <source>Weight of residents' concern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="162" />
      <source>Weight of need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="166" />
      <source>Recommended streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="231" />
      <source>Writing {0} ranked streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="368" />
      <source>Components: {0}; weights {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="479" />
      <source>highest-need decile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="182" />
      <source>Choose at least one harm field of layer '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="261" />
      <source>Layer '{0}' (period 2) has no id field '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="268" />
      <source>{0} streets are not in '{1}' (period 2); their period-2 harm is empty and counts as 0: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="273" />
      <source>{0} features of '{1}' (period 2) are not among the streets and are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="288" />
      <source>Community priorities '{0}': choose its area id field. Fields: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="298" />
      <source>'{0}' holds two periods; the streets have one: the second (latest) period's priorities are used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="334" />
      <source>Need layer '{0}': choose its area id field and its value field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="345" />
      <source>Need layer '{0}' has several rows for {1} ids; the first is used: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="351" />
      <source>{0} streets have no need value in '{1}'; need leaves their score (its weight too).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="358" />
      <source>{0} harm values are empty; they count as 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="360" />
      <source>No priority category maps to the harm theme(s) {0}: residents' concern cannot match them. Change the priority to harm theme mapping.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="364" />
      <source>{0} streets have an area code that is not in '{1}': they have no concern value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="371" />
      <source>Harm theme '{0}' from field(s) {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="466" />
      <source>{0} % of respondents name {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="468" />
      <source>no respondent names a matching priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="469" />
      <source>too few respondents to report their concern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="470" />
      <source>no survey respondents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="471" />
      <source>no priority matches these harm themes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="472" />
      <source>no survey data for this area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="478" />
      <source>most deprived decile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="482" />
      <source>very high need (top 10 %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="482" />
      <source>high need (top 25 %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="483" />
      <source>moderate need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="483" />
      <source>low need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="483" />
      <source>no need value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="141" />
      <source>Higher values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="141" />
      <source>Lower values (e.g. deprivation decile 1 = most deprived)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="145" />
      <source>Min-max (0 = lowest, 1 = highest)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="145" />
      <source>Rank percentile (share of the other streets with a lower value)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="189" />
      <source>Priority to harm theme mapping: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="204" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="69" />
      <source>Layer '{0}' has no field '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="226" />
      <source>Cannot rank the streets of '{0}': {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="250" />
      <source>Layer '{0}' has no harm field '{1}'. Fields: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="253" />
      <source>Field '{0}' of layer '{1}' is of type {2}; a harm field must be numeric.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="302" />
      <source>'{0}' holds one period; the streets have two: the same priorities are used for both, so concern_change is 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="392" />
      <source>Field '{0}' would appear twice in the output: choose other id, name or harm fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="459" />
      <source>very high harm (top 10 %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="459" />
      <source>high harm (top 25 %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="460" />
      <source>moderate harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="460" />
      <source>low harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="479" />
      <source>need decile {0} of 10 (1 = most need)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="462" />
      <source>very high {0} harm (top 10 %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="462" />
      <source>high {0} harm (top 25 %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="463" />
      <source>moderate {0} harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="463" />
      <source>low {0} harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="478" />
      <source>deprivation decile {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="54" />
      <source>Harm concentration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="62" />
      <source>One feature (or table row) per unit with a value, e.g. the areas scored by socharm:scoreharm or a table of groups.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="68" />
      <source>Each unit's harm. Units with no value (NULL) are left out and reported, never counted as 0; negative values are refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="73" />
      <source>Each unit's count of records (e.g. harm_n), to compare concentration by counts with concentration by harm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="78" />
      <source>Written as 'unit' in the Lorenz table; without it, the feature id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="81" />
      <source>One row per unit and measure ('value', and 'count' with a count field): rank (1 = most), unit, value, cum_share_units and cum_share_value, in percent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="86" />
      <source>A PNG of the Lorenz curves, read from the top: the share of the value held by the top x % of units.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="87" />
      <source>Gini (harm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="88" />
      <source>% of units holding half the harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="89" />
      <source>Gini (counts)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="90" />
      <source>% of units holding half the records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="92" />
      <source>Units with a value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="93" />
      <source>Units with no value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="94" />
      <source>Units with no count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="171" />
      <source>Concentration of '{0}' over the units of '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="60" />
      <source>Units (areas, streets, nominals or groups)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="65" />
      <source>Value field (harm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="71" />
      <source>Count field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="76" />
      <source>Unit id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="80" />
      <source>Lorenz table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="84" />
      <source>Lorenz chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="178" />
      <source>% of units (most first)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="179" />
      <source>% of the total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="180" />
      <source>Equal shares</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="181" />
      <source>{label}: Gini {gini}; {share} % of units hold half</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="121" />
      <source>Layer '{0}' has no features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="134" />
      <source>Layer '{0}': {1} unit(s) have no value in field '{2}' (feature ids {3}); they are left out, not counted as 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="139" />
      <source>Layer '{0}': field '{1}' adds up to 0 over {2} unit(s): its shares and Gini are undefined.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="143" />
      <source>{0}: Gini {1:.3f}; {2:.1f} % of units ({3} of {4}) hold half of the total {5:.6g}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="177" />
      <source>Concentration in '{0}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="113" />
      <source>Field '{0}' of layer '{1}' is of type {2}; {3} must be numeric.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="129" />
      <source>Layer '{0}': {1} unit(s) have a negative value in field '{2}' (feature ids {3}); a concentration needs values of 0 or more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="66" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="99" />
      <source>Emerging hotspots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="72" />
      <source>Polygons to analyse (wards, LSOAs, or cells from 'Aggregate harm to a grid'); a record counts in the area that contains it. The analysis runs in this layer's CRS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="135" />
      <source>the date field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="139" />
      <source>Building the space-time cube</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="178" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="338" />
      <source>Finding neighbours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="80" />
      <source>First day analysed. Empty: from the first dated record. Slices are calendar months, quarters or years, so choose the first day of one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="84" />
      <source>Last day analysed. Empty: to the last dated record. A last slice the data cover only in part holds less harm and can look like a cold spot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="89" />
      <source>The length of each time slice: calendar month, quarter (January-March, ...) or year. The trend needs about 10 slices or more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="94" />
      <source>How many earlier slices count as neighbours of each slice, as in ArcGIS (1: this slice and the one before).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="100" />
      <source>Every area with ehs_class (new_hot, consecutive_hot, intensifying_hot, persistent_hot, diminishing_hot, sporadic_hot, oscillating_hot, historical_hot, the same eight ending _cold, or no_pattern), the trend of its z-scores (ehs_trend_z, ehs_trend_p, ehs_tau), its hot and cold slices, the last slice's z and bin, its harm and records, ehs_neighbours and ehs_status.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="109" />
      <source>A table with one row per area and slice: area_id, slice, slice_start, harm, records, gi_z, gi_p_adj, gi_bin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="111" />
      <source>Time slices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="112" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="78" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="99" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="77" />
      <source>Records in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="113" />
      <source>Records in the time slices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="228" />
      <source>Emerging hot spots of harm in '{0}' by {1}, {2} to {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="78" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="67" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="95" />
      <source>Period start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="83" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="71" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="98" />
      <source>Period end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="87" />
      <source>Time slice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="92" />
      <source>Neighbourhood time steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="108" />
      <source>Space-time bins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="174" />
      <source>{0} slices by {1} from {2} to {3}; {4} areas x {0} slices = {5} bins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="187" />
      <source>Every area has the same harm in every slice: nothing can stand out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="191" />
      <source>Patterns: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="119" />
      <source>Layer '{0}' holds lines; emerging hot spots need polygons (areas or grid cells).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="128" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="112" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="373" />
      <source>The period starts ({0}) after it ends ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="143" />
      <source>No record of {0} lies in any area of '{1}': there are no hot spots to find.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="147" />
      <source>No record of {0} in the areas has a date that can be read: there are no time slices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="152" />
      <source>The dated records span {0} {1} slice(s); emerging hot spots need at least 2 (10 or more for a useful trend). Choose a shorter time slice or a longer period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="159" />
      <source>No record of {0} in the areas falls in the period {1} to {2}: their dates run from {3} to {4}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="166" />
      <source>Only {0} time slices: the Mann-Kendall trend has little power with fewer than 10, so few areas can be intensifying or diminishing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="249" />
      <source>The period starts on {0}, inside the slice {1}: that first slice is only partly covered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="253" />
      <source>The period ends on {0}, inside the slice {1}: that last slice is only partly covered and may look cold.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="52" />
      <source>Harm density surface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="160" />
      <source>Writing the raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="62" />
      <source>How far each record's harm spreads, as the radius of QGIS's heatmap. 0 estimates it from the records: 0.9 x min(SD, 1.20 x Dm) x n^-0.2 (ArcGIS's spatial Silverman rule, weighted by harm); the log and provenance state the value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="68" />
      <source>The side of a pixel. 0 chooses the smaller of the records' shorter side / 150 and the bandwidth / 5, rounded down to 1, 2, 2.5 or 5 x 10^k.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="73" />
      <source>The shapes of QGIS's heatmap, in its order. Quartic (biweight) is the usual choice for crime maps.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="76" />
      <source>A GeoTIFF of harm per square kilometre, opening styled in classes of 1 to 5 times the mean of the pixels with harm. Summed over its pixels times the pixel area it gives the total harm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="79" />
      <source>Records in the surface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="80" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="101" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="79" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="96" />
      <source>Total harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="81" />
      <source>Bandwidth used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="82" />
      <source>Pixel size used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="83" />
      <source>Highest harm per km²</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="118" />
      <source>none at all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="190" />
      <source>Harm per km² from '{0}' with {1} ({2}): {3} kernel, bandwidth {4:.1f} {5}, pixels of {6:g} {5}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="59" />
      <source>Bandwidth (kernel radius, 0 = automatic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="66" />
      <source>Pixel size (0 = automatic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="71" />
      <source>Kernel shape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="75" />
      <source>Harm density (harm per km²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="151" />
      <source>Spreading the harm of {0} records over {1} x {2} pixels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="186" />
      <source>Harm in the surface: {0:.6g} of {1:.6g} (pixels x pixel area).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="268" />
      <source>up to the mean ({0:.4g})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="271" />
      <source>over {0} times the mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="295" />
      <source>GDAL has no driver '{0}' to write {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="120" />
      <source>Layer '{0}' has no records with a location in the period and filter chosen ({1}): there is no harm to map (with a BANDWIDTH given, an empty period gives a surface of zeros).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="125" />
      <source>Layer '{0}' has no records with a location in the period and filter chosen ({1}): the surface is 0 everywhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="136" />
      <source>Bandwidth {0:.1f} {1} (automatic: 0.9 x min(SD {2:.1f}, 1.20 x Dm {3:.1f}) x n^-0.2 with n = {4:.0f} records' effective number, weighted by harm).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="210" />
      <source>Pixel size {0:g} {1} (automatic: the smaller of the records' shorter side / {2} and the bandwidth / {3}, rounded down to 1, 2, 2.5 or 5 x 10^k).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="215" />
      <source>The pixel size ({0:g}) is larger than the bandwidth ({1:g}): each record's harm stays in about one pixel. Choose a smaller PIXEL_SIZE for a smooth surface.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="270" />
      <source>{0} to {1} times the mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="72" />
      <source>Quartic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="72" />
      <source>Triangular</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="72" />
      <source>Uniform</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="72" />
      <source>Triweight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="72" />
      <source>Epanechnikov</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="92" />
      <source>{0} {1} is negative: give a positive distance in map units, or 0 for automatic.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="222" />
      <source>Pixel size {0:g} makes {1} pixels; at most {2} are allowed. Choose a PIXEL_SIZE of at least {3:g}, or a smaller BANDWIDTH.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="132" />
      <source>Every record of layer '{0}' lies at one place, so no bandwidth can be estimated: give a BANDWIDTH.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="58" />
      <source>Aggregate harm to a grid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="67" />
      <source>Squares, or hexagons of the same area (every neighbour of a hexagon shares an edge with it).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="71" />
      <source>The side of a square cell; a hexagon has the same area. 0 chooses the shorter side of the extent / 50, rounded down to 1, 2, 2.5 or 5 x 10^k (the log and provenance state it).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="75" />
      <source>The area to cover with cells. Default: the boundary layer's extent, or else the extent of every record with a location (whatever the filter or period, so grids of different periods line up).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="80" />
      <source>Polygons of the study area, e.g. the force or the wards: only cells that overlap them are kept. Empty cells inside are kept (as zeros) because hotspot statistics need them. The analysis runs in this layer's CRS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="85" />
      <source>Cut the edge cells to the boundary and count only records inside it. Off (the default), cells stay whole and equal in size, as hotspot statistics assume, and every record in a kept cell counts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="91" />
      <source>One polygon per cell with cell_id, harm_n, harm_score, harm_rank, harm_share and harm_per_km2, the fields of socharm:scoreharm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="97" />
      <source>Every input record once: its cell (area_id), weight, matched harm-table code and status (assigned, outside, no_geometry, invalid, filtered, out_of_period).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="100" />
      <source>Records in a cell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="102" />
      <source>Cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="103" />
      <source>Cell size used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="287" />
      <source>Harm from '{0}' with {1} ({2}) in {3} cells of {4:g} {5}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="65" />
      <source>Cell shape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="69" />
      <source>Cell size (0 = automatic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="74" />
      <source>Extent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="78" />
      <source>Boundary (study area)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="84" />
      <source>Cut cells to the boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="90" />
      <source>Grid cells scored by harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="94" />
      <source>Records with their cell and status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="173" />
      <source>Reading the boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="235" />
      <source>The extent has no width or height, so no cell size can be chosen from it: give a CELL_SIZE.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="244" />
      <source>Making {0} cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="244" />
      <source>square</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="245" />
      <source>hexagon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="299" />
      <source>The EXTENT given is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="110" />
      <source>Cell size {0} is negative: give a positive size in map units, or 0 for automatic.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="138" />
      <source>{0} records lay on an edge between cells; each counted once, in the cell with the lowest cell_id (to its west or south).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="201" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="192" />
      <source>Weighting and placing {0} records in {1} cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="238" />
      <source>Cell size {0:g} {1} (automatic: the shorter side of the extent, {2:g}, / {3}, rounded down to 1, 2, 2.5 or 5 x 10^k).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="308" />
      <source>Layer '{0}' has no records with a location, so the grid has no extent: give an EXTENT or a BOUNDARY to make a grid of empty cells.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="65" />
      <source>Square</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="65" />
      <source>Hexagon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="249" />
      <source>Cell size {0:g} makes {1} cells over the extent; at most {2} are allowed. Choose a CELL_SIZE of at least {3:g}, or a smaller EXTENT.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="257" />
      <source>No cell overlaps the boundary layer '{0}' within the extent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="177" />
      <source>Layer '{0}' given as the boundary has no polygons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="232" />
      <source>Every record of layer '{0}' lies at one place, so no cell size can be chosen from the extent: give a CELL_SIZE or an EXTENT.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="56" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="75" />
      <source>Hotspots vs harmspots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="93" />
      <source> Run 'Score harm by area' first, or choose the count and harm fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="63" />
      <source>The output of 'Score harm by area' (or 'Aggregate harm to a grid'): polygons with harm_n (records) and harm_score (harm).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="68" />
      <source>Empty: harm_n, as 'Score harm by area' writes it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="72" />
      <source>Empty: harm_score, as 'Score harm by area' writes it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="76" />
      <source>Every area with count_z, count_p_adj, count_bin, harm_z, harm_p_adj, harm_bin and hotharm_class: hot_both, hot_harm_only (hot by harm, not by count: the places a count map misses), hot_count_only, cold_both or other; hotharm_neighbours and hotharm_status.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="81" />
      <source>Areas hot by harm and by count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="81" />
      <source>Areas hot by harm only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="83" />
      <source>Areas hot by count only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="83" />
      <source>Areas cold by both</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="149" />
      <source>Hotspots by record count against harmspots by harm in layer '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="62" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="59" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="68" />
      <source>Areas scored by harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="66" />
      <source>Record count field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="70" />
      <source>Harm field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="102" />
      <source>Computing Gi* of counts and of harm ({0} permutations)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="121" />
      <source>{0} areas: {1} hot by both, {2} hot by harm only (missed by a count map), {3} hot by count only, {4} cold by both; {5} left out (NULL value).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="109" />
      <source>Layer '{0}': every area has the same count or the same harm ('{1}', '{2}'), so no area can stand out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="53" />
      <source>Harm hotspots (Getis-Ord Gi*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="60" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="49" />
      <source>Polygons with a value to test: areas scored by 'Score harm by area' or cells from 'Aggregate harm to a grid'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="66" />
      <source>The value whose clusters are sought: harm_score (harm), harm_n (records) or a rate. Areas with NULL are left out, never counted as 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="71" />
      <source>Every area with gi_z, gi_p, gi_p_adj, gi_sig, gi_bin (-3 to 3: cold or hot at 99, 95, 90 % confidence after the correction; 0 not significant), gi_neighbours and gi_status (ok, null_value, no_geometry, no_neighbours, undefined).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="74" />
      <source>Significant hot spots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="75" />
      <source>Significant cold spots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="76" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="67" />
      <source>Areas tested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="111" />
      <source>Getis-Ord Gi* hot and cold spots of '{0}' in layer '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="63" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="52" />
      <source>Value field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="70" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="172" />
      <source>Hot and cold spots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="86" />
      <source>Computing Gi* ({0} permutations)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="90" />
      <source>{0} areas tested: {1} hot spots and {2} cold spots at {3} after the {4} correction; {5} left out (NULL value).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="42" />
      <source>Harm clusters and outliers (local Moran's I)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="55" />
      <source>The value whose clusters and outliers are sought: harm_score (harm), harm_n (records) or a rate. Areas with NULL are left out, never counted as 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="61" />
      <source>Every area with lm_i, lm_z, lm_p, lm_p_adj, lm_quad (HH and LL clusters, HL and LH outliers, ns not significant), lm_neighbours and lm_status (ok, null_value, no_geometry, no_neighbours, undefined).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="64" />
      <source>High-high clusters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="64" />
      <source>Low-low clusters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="65" />
      <source>High-low outliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="65" />
      <source>Low-high outliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="106" />
      <source>Local Moran's I clusters and outliers of '{0}' in layer '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="60" />
      <source>Clusters and outliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="77" />
      <source>Computing local Moran's I ({0} permutations)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="82" />
      <source>{0} areas tested: {1} HH, {2} LL, {3} HL, {4} LH, {5} not significant; {6} left out (NULL value).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="48" />
      <source>Export briefing pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="60" />
      <source>The output of Score harm by area or Score areas with a harm scheme (fields harm_score, harm_rank, harm_n, harm_share). Its provenance gives the period and the harm table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="64" />
      <source>The output of Compare harm between periods for the same areas: adds the change map and table, rank moves (▲▼) and change to the ranked table, and what changed to the narrative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="68" />
      <source>The output of Harm hotspots (Getis-Ord Gi*, field gi_bin): adds the hot spot map and the significant hot and cold spots.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="72" />
      <source>Smaller areas scored by harm, drawn and ranked on each area's atlas page. They belong to an area through a field named like its id field (e.g. sector_id), else by location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="77" />
      <source>The zones map (ZONES) of Intervention impact: adds a 'Did it work?' page with the zones by result, what the relative effect, the weighted displacement quotient and the total net effect say, with their intervals, and records and harm by zone (counts below the threshold as &lt;5). Its results come from the layer's provenance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="84" />
      <source>A table of referral cohorts (fields cohort, n_nominals, mean_harm_before, mean_harm_after, mean_change, ci_low, ci_high, method), e.g. the COHORTS output of Referral impact: shown on the 'Did it work?' page. A cohort of fewer nominals than the threshold shows as &lt;5 without its means.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="89" />
      <source>The title on the first page and in every page's footer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="92" />
      <source>Printed in the header and footer of every page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="99" />
      <source>The words of every page: English, Welsh, or both with Welsh first on each page, as Welsh public bodies print them (a heading as 'Cymraeg / English', a paragraph in Welsh then in English), the security marking in both languages. Dates follow the language (1 Ionawr 2024); numbers are the same in each. Whatever the language of QGIS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="112" />
      <source>Small-number suppression: a record count below this number is printed as "&lt;5" (for 5) in every table. 0 prints every count.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="122" />
      <source>Off (the default), the pack is safe to share: no names, person or nominal ids, dates of birth, addresses, phone numbers or vehicle registrations in any table, label or sentence. On, the scored layer's identifier fields are added to its table; the pack then holds personal data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="129" />
      <source>The PDF: A4 landscape pages, text searchable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="133" />
      <source>A folder to write each page to as page_01.png, page_02.png, ... (150 dpi), for slides and e-mail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="134" />
      <source>Pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="165" />
      <source>Reading the layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="63" />
      <source>Change between periods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="67" />
      <source>Hot spots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="71" />
      <source>Detail areas (e.g. wards)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="75" />
      <source>Did it work? (zones of Intervention impact)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="82" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="241" />
      <source>Referral cohorts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="88" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="91" />
      <source>Security marking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="95" />
      <source>Language of the pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="104" />
      <source>Areas in the ranked table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="115" />
      <source>One page per area (atlas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="121" />
      <source>Include personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="127" />
      <source>Briefing pack (PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="131" />
      <source>Pages as PNG images</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="148" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="88" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="90" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="246" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="50" />
      <source>Harm briefing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="186" />
      <source>Briefing pack: {0} pages{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="191" />
      <source>Pack: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="106" />
      <source>How many of the most harmful areas the first page's table lists and its map labels with their rank (at most {0}); on each atlas page, how many of its detail areas are labelled with their rank. An area without harm never gets a rank label.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="116" />
      <source>Adds a page for each scored area, most harm first, with its detail areas drawn and ranked. At most {0} pages: with more areas the pack is refused (filter the layer, or use a coarser geography with these areas as detail areas). Pages are written one at a time, so a long atlas needs no more memory than a short one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="177" />
      <source>Writing {0} pages to {1}, one at a time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="96" />
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="96" />
      <source>Welsh (Cymraeg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="97" />
      <source>Bilingual, Welsh first (Cymraeg a Saesneg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="169" />
      <source>INCLUDE_PERSONAL is on: the pack may hold personal data. Handle it at its marking ({0}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="174" />
      <source>Identifier fields left out of the pack: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="179" />
      <source>Writing the pages as images to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="187" />
      <source>, {0} images</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="47" />
      <source>Style harm map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="58" />
      <source>A layer written by SOC Harm (or any layer with the field to map). The style is applied to it and saved into its file as the default style.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="63" />
      <source>Empty: harm_score for harm, harm_change_pct for change, gi_bin for hotspot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="67" />
      <source>harm: graduated, sequential yellow-orange-red ramp (readable in greyscale and by colour-blind readers). change: diverging blue-red with a break at 0; significant changes (change_class increase or decrease) in full colour with a thick outline, others pale. hotspot: Gi* confidence bins -3 to 3 in the standard hot and cold spot colours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="74" />
      <source>How class breaks are chosen for harm and change (natural breaks by default). Hotspot bins are fixed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="78" />
      <source>For harm and change. A change map also breaks at 0, which can add a class.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="81" />
      <source>Label the areas with the most harm with their harm rank (#1 = most harm). Off, the labels are set up but hidden: switch them on in the layer's label settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="91" />
      <source>Styled layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="92" />
      <source>Where the style was saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="136" />
      <source>Hot spot bins are fixed (-3 to 3): the method and number of classes are not used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="57" />
      <source>Layer to style</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="61" />
      <source>Field to map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="65" />
      <source>Style</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="72" />
      <source>Classes by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="76" />
      <source>Number of classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="80" />
      <source>Show rank labels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="85" />
      <source>Rank labels on the top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="155" />
      <source>Styled '{0}' as a {1} map of '{2}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="87" />
      <source>Only the areas ranked 1 to this number get a rank label (default {0}), and never an area without harm: areas without harm all share one rank, which says nothing and buries the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="106" />
      <source>Layer '{0}' has no field '{1}' for a {2} map: choose the field to map, or give the output of the SOC Harm algorithm that writes it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="111" />
      <source>Field '{0}' of layer '{1}' is not numeric: a {2} map needs numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="125" />
      <source>Layer '{0}' has no features: the style has no classes until it is applied again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="133" />
      <source>Layer '{0}' has no change_class field: significant changes cannot be emphasised.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="150" />
      <source>Style saved as the default of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="152" />
      <source>Layer '{0}' is not a file QGIS can store a style in (provider '{1}'): the style is applied to the loaded layer only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="65" />
      <source>change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="65" />
      <source>hotspot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="73" />
      <source>Jenks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="73" />
      <source>quantile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="73" />
      <source>equal interval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="73" />
      <source>pretty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="117" />
      <source>Layer '{0}', field '{1}': {2} feature(s) hold a value that is not a finite number (inf, -inf or NaN) or is larger in size than {3}, which no class can hold, e.g. {4}: feature ids {5}. Correct or remove these values, then style the layer again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="128" />
      <source>Layer '{0}', field '{1}': no feature has a value (all {2} are NULL), so no area gets a class and the map shows none. Choose a field with values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="146" />
      <source>The style of layer '{0}' could not be saved: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="47" />
      <source>Assign records to areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="56" />
      <source>Offences, nominals or any point records. Every record appears in the output, with or without a location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="72" />
      <source>Street lines; a record gets the nearest street within the search distance (ties: the id that sorts first).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="77" />
      <source>A unique id per street, copied into the output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="81" />
      <source>How far a record may lie from its nearest street and still be assigned to it, in the units of the first area layer's CRS (metres for EPSG:27700).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="85" />
      <source>All input fields plus sector_id, ward_id, street_id, street_dist, sector_status, ward_status, street_status (assigned or outside; empty when that layer was not given) and status (ok, no_geometry, invalid).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="98" />
      <source>Give at least one of Sectors, Wards or Streets.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="55" />
      <source>Records (points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="64" />
      <source>Polygons; a record gets the id of the one that contains it. A record on a boundary shared by two areas goes to the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="69" />
      <source>A unique id per area, copied into the output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="75" />
      <source>Street id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="79" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="62" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="63" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="86" />
      <source>Street search distance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="84" />
      <source>Records with areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="129" />
      <source>Records of '{0}' with their areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="138" />
      <source>Choose the id field for layer '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="190" />
      <source>Layer '{0}': none of its {1} records has a location, so none is assigned to an area: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="200" />
      <source>'{0}': {1} records assigned, {2} outside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="219" />
      <source>Records of '{0}' ({1}) are matched to the areas in {2}; the output keeps their own geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="197" />
      <source>{0} records lay on a boundary shared by areas of '{1}'; each went to the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="206" />
      <source>Layer '{0}': none of its records is assigned to '{1}': {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="273" />
      <location filename="../soc_harm_plugin/processing_provider/outputs/areas.py" line="29" />
      <source>Layer '{0}' already has a field '{1}'; its values are replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="67" />
      <source>{0} id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="203" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="122" />
      <source>{0} lie farther than the street search distance ({1:g}) from every street</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="193" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="239" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="307" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="401" />
      <source>{0} have an invalid location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="84" />
      <source>Import data.police.uk crimes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="446" />
      <source>No coordinates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="446" />
      <source>Outside the force area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="447" />
      <source>Crime ID seen before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="447" />
      <source>Row cannot be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="448" />
      <source>Quote not closed on its line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="214" />
      <source>outcomes files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="215" />
      <source>stop-and-search files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="216" />
      <source>other CSV files (not named *-street.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="217" />
      <source>hidden files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="94" />
      <source>One data.police.uk street crime CSV, or a folder of them: the monthly sub-folders of the bulk download are read too. In a folder only *-street.csv files are imported; outcomes and stop-and-search files are skipped and counted. To give a folder, type or paste its path.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="102" />
      <source>Polygons of the area to keep (a force, a district, some LSOAs). Crimes outside every polygon go to the rejected rows as outside_force_area; a crime on the boundary is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="107" />
      <source>One point per crime in British National Grid (EPSG:27700) with crime_id, month (the first day of the month: data.police.uk gives months only), category, lsoa_code, lsoa_name, location, force, outcome, context, source_file and source_line. Ready for Score harm by area with the data.police.uk category table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="114" />
      <source>Every row not imported, with its reason (no_coordinates, outside_force_area, duplicate_crime_id, unreadable_row, unclosed_quote), a detail, its file and line, and all its columns as written; a point where it has a location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="118" />
      <source>Files read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="119" />
      <source>Rows read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="120" />
      <source>Crimes imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="121" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="112" />
      <source>Rows not imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="128" />
      <source>Choose a data.police.uk CSV file or a folder of them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="195" />
      <source>data.police.uk street crimes from {0} ({1} files, {2} to {3}) in British National Grid. Field month holds the first day of each crime's month: data.police.uk gives the month only. {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="91" />
      <source>Street crime CSV file or folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="100" />
      <source>Force area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="106" />
      <source>Crimes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="140" />
      <source>Reading {0} file(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="158" />
      <source>Placing {0} rows in British National Grid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="187" />
      <source>Writing {0} crimes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="254" />
      <source>Coordinates are in WGS 84 (EPSG:4326): without the OSTN15 grid installed{0}, QGIS converts to British National Grid with a Helmert transform ('{1}') accurate to a few metres; crimes near a boundary may fall on the other side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="288" />
      <source>Rows in: {0} = {1} imported + {2} rejected ({3})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="135" />
      <source>Folder '{0}' holds no data.police.uk street crime files (*-street.csv). Skipped: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="137" />
      <source>nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="202" />
      <source>Rows of data.police.uk files not imported, with their reason, file and line. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="220" />
      <source>Skipped {0} {1}: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="232" />
      <source>Layer '{0}' given as the force area has no polygons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="235" />
      <source>Layer '{0}': {1} invalid polygon(s) were repaired before use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="248" />
      <source>Coordinates converted to British National Grid with '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="270" />
      <source>{0} ({1}): {2} rows read from {3} lines (1 header, {4} blank), {5} imported, {6} rejected{7}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="292" />
      <source>{0} line(s) have a quote that is not closed on the same line: each was rejected on its own as unclosed_quote and reading went on at the next line, e.g. {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="298" />
      <source>{0} rows could not be read, e.g. {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="302" />
      <source>{0} crimes have a category that the harm table '{1}' does not know: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="306" />
      <source>No crime was imported, so the output layer is empty: {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="309" />
      <source>the files hold no rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="132" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="153" />
      <source>Cannot import data.police.uk crimes: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="149" />
      <source>Cannot import data.police.uk crimes: {0} Nothing was imported. Fix the file's header, or move it out of the folder, and run again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="172" />
      <source>None of the crimes lies in the force area: all {0} with a location are outside_force_area. The crimes lie within {1}, the force area within {2} (British National Grid): is it the right layer, in the right place and CRS?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="243" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="171" />
      <source>Harm table problem: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="265" />
      <source>{0}: empty file (no header, no rows).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="268" />
      <source>{0}: a header and no rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="276" />
      <source>{0} is not UTF-8: read as {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="278" />
      <source>{0}: values separated by '{1}', not commas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="281" />
      <source>{0} has no column {1}: left empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="284" />
      <source>{0} has columns that are not data.police.uk's: {1}. They are not imported (rejected rows keep them in 'extra').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="307" />
      <source>{0} rows rejected ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="49" />
      <source>Score harm by area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="59" />
      <source>Residents per area: adds harm_per_1000, the harm per 1,000 residents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="64" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="65" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="88" />
      <source>With street lines as areas: how far a record may lie from its nearest street and still count on it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="69" />
      <source>Every area with its own attributes plus harm_n, harm_score, harm_rank, harm_share, harm_per_km2 (and harm_per_1000).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="75" />
      <source>Every input record once: its area, weight, matched harm-table code and status (assigned, outside, no_geometry, invalid, filtered, out_of_period).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="78" />
      <source>Records assigned to an area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="145" />
      <source>Areas of '{0}' scored by harm from '{1}' with {2} ({3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="56" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="74" />
      <source>Population field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="72" />
      <source>Records with their weight and status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="178" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="201" />
      <source>Weighting and assigning {0} records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="116" />
      <source>Layer '{0}' has no records: every area scores 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="118" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="275" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="437" />
      <source>Layer '{0}': {1} multipoint records have several points; each was placed at its first point.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="162" />
      <source>{0} records lay on a boundary shared by areas of '{1}' (or in an overlap); each counted once, in the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="56" />
      <source>Score areas with a harm scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="68" />
      <source>First day of the period (inclusive), applied to each measure's date field. Measures without a date field count all their records, and the log says so.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="72" />
      <source>Last day of the period (inclusive). Month-only dates (2019-02) count whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="77" />
      <source>Residents (or households) per area: adds &lt;measure&gt;_per_1000 and harm_per_1000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="83" />
      <source>Every area with, per measure, &lt;key&gt;_n, &lt;key&gt;_harm, &lt;key&gt;_rank and &lt;key&gt;_share (its part of the area's total, %); per dimension dim_&lt;dimension&gt;; then harm_n, harm_score (the primary harm score), harm_rank, harm_share and harm_per_km2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="90" />
      <source>One row per record and measure it was selected for (measure holds the key), with its area, weight and status; records no measure selected are listed once with status filtered. No personal fields are copied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="93" />
      <source>Records in (all source layers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="94" />
      <source>Records counted (a record counts once in each measure)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="82" />
      <source>Areas scored by the scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="87" />
      <source>Records with their measures and weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="106" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="344" />
      <source>Scheme '{0}' ({1} measures: {2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="133" />
      <source>Reading {0} layer(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="142" />
      <source>Weighting and assigning records of {0} measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="170" />
      <source>Areas of '{0}' scored with harm scheme '{1}' (version {2}, edition {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="225" />
      <source>Counting layer '{0}' for scheme layer '{1}' in the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="229" />
      <source>Layer '{0}': {1} records counted in the database; {2} rows of counts came back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="287" />
      <source>Scheme '{0}': none of the {1} records of its layers was counted in any area of '{2}', so every area scores 0: {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="238" />
      <source>Measure '{0}' ({1}): {2} records of layer '{3}' = {4}; harm {5}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="271" />
      <source>Layer '{0}': {1} records in = {2} in at least one measure + {3} in none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="279" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="437" />
      <source>{0} records lay on a boundary shared by areas (or in an overlap); each counted once, in the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="211" />
      <source>Scheme '{0}', measure '{1}': layer '{2}', field '{3}': {4} code(s) have no weight in harm table '{5}': {6}. Add them to the table or set the measure's missing_weight to zero or default.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="218" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="359" />
      <source>Scheme '{0}': {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="241" />
      <source>Measure '{0}': {1} records with code(s) not in harm table '{2}' weigh {3}: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="254" />
      <source>Measure '{0}': {1} records have no usable weight in field '{2}' (NULL, not a number or negative): counted as invalid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="258" />
      <source>Measure '{0}': {1} records have no threat score in '{2}': weighted without it (factor 1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="262" />
      <source>Measure '{0}': {1} link(s) lead nowhere ({2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="264" />
      <source>Measure '{0}' has no date field: all its records count, whatever the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="267" />
      <source>Measure '{0}': field '{1}' has dates that cannot be read, e.g. {2}; those records are invalid for the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="247" />
      <source>Measure '{0}': {1} records are anti-social behaviour or another category with no Crime Severity Score: they weigh 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="251" />
      <source>Measure '{0}': {1} records matched table rows flagged '{2}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/base.py" line="116" />
      <source>{0}: '{1}' is not a date; write it as 2024-01-31.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/base.py" line="79" />
      <source>Layer '{0}' ({1}) cannot be read by QGIS ({2}). Coordinates absurdly far away (near ±1e308) cause this: find them with the expression abs(x($geometry)) &gt; 1e9 or abs(y($geometry)) &gt; 1e9.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="18" />
      <source>Harm scoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="19" />
      <source>Preparing data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="20" />
      <source>Change over time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="21" />
      <source>Harm hotspots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="22" />
      <source>Maps and briefings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="23" />
      <source>Community</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="136" />
      <source> and </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="165" />
      <source>Polygons (a record counts in the area that contains it) or street lines (a record counts on the nearest street within the search distance). The analysis runs in this layer's CRS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="169" />
      <source>A unique id per area. A record on a boundary shared by two areas counts once, in the area whose id sorts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="173" />
      <source>A readable name for tables, charts and the panel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="182" />
      <source>Which geography the areas are, written into the output's provenance. Automatic guesses from the layer and id field names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="192" />
      <source>Population or households by area code, e.g. ONS mid-year estimates by LSOA; joined to the areas' ids. Used instead of the population field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="197" />
      <source>The column holding the area codes that match the area id field, e.g. LSOA11CD.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="200" />
      <source>The column holding the population or households, e.g. Persons_All-Ages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="211" />
      <source>A denominators table needs the area code column and the denominator column (DENOMINATOR_CODE, DENOMINATOR_FIELD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="163" />
      <source>Areas (sectors, wards or streets)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="180" />
      <source>Geography</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="191" />
      <source>Denominators table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="196" />
      <source>Area code column in the denominators table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="199" />
      <source>Denominator column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="227" />
      <source>Denominators: {0} of {1} areas matched in {2}; {3} code(s) of the table are not areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="58" />
      <source>Layer '{0}' given as {1} holds {2} geometries; choose a polygon layer (or a line layer of streets).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="65" />
      <source>Layer '{0}' has no id field '{1}'. Fields: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="72" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="235" />
      <source>Layer '{0}' given as {1} has no features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="76" />
      <source>Layer '{0}': {1} feature(s) have no value in id field '{2}' (feature ids {3}). Every area needs an id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="83" />
      <source>Layer '{0}': id field '{1}' has {2} duplicated id(s): {3}. Make ids unique or dissolve the areas first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="88" />
      <source>Layer '{0}': {1} invalid area geometries were repaired before use (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="93" />
      <source>Layer '{0}': {1} area(s) have no geometry and can hold no records (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="116" />
      <source>feature {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="118" />
      <source>Layer '{0}': repairing {1} area(s) left lines or points, which hold no records and were dropped (only the polygons are used and written): {2}{3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="123" />
      <source>Layer '{0}': {1} area(s) have no area at all (zero-area polygons, such as slivers): repaired, nothing polygonal is left, so they hold no records and are written without geometry (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="133" />
      <source>{0} line(s) {1:.6g} {2} long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="135" />
      <source>{0} point(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="221" />
      <source>Denominators table {0}: {1} row(s) not used: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="224" />
      <source>{0} area(s) of '{1}' have no denominator in {2} (column '{3}'); their rates are empty: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="102" />
      <source>Layer '{0}': {1} area(s) have no positive population in '{2}'; their harm_per_1000 is empty (feature ids {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="181" />
      <source>Automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="181" />
      <source>Sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="181" />
      <source>Ward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="181" />
      <source>Street</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="217" />
      <source>Denominators table problem: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/columns.py" line="28" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="249" />
      <source>Layer '{0}' has no field '{1}'. Fields: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/crs.py" line="19" />
      <source>Layer '{0}' is in a geographic CRS ({1}): the analysis runs in degrees. Reproject the areas to a projected CRS such as EPSG:27700 first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/crs.py" line="22" />
      <source>Layer '{0}' is in a geographic CRS ({1}): the search distance is in degrees. Reproject the area layers to a projected CRS such as EPSG:27700 first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/crs.py" line="25" />
      <source>Layer '{0}' is in a geographic CRS ({1}): cells and distances in degrees have no fixed size. Reproject it to a projected CRS such as EPSG:27700 first, or give a boundary layer in one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/crs.py" line="28" />
      <source>Layer '{0}' is in a geographic CRS ({1}): a distance band in degrees means different distances north-south and east-west. Reproject the layer to a projected CRS such as EPSG:27700 first, or choose contiguity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/crs.py" line="32" />
      <source>Layer '{0}' is in a geographic CRS ({1}): the nearest neighbours are found in degrees. Reproject to a projected CRS such as EPSG:27700 for true distances.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="61" />
      <source>Point records to weight by harm: offences, nominals, partner records. Leave empty when a harm scheme is given instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="64" />
      <source>The events' date: a date, a date-time, or text (2019-02-15, 15/02/2019, or month-only 2019-02 as data.police.uk writes it). A date-time counts on the date it shows in its own time zone (its local date), never converted to UTC. Month-only dates, or a field the SOC Harm police.uk importer marked month-only, make every period whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="70" />
      <source>Only records for which this expression is true are used; the rest are counted as filtered in the reconciliation. An expression that cannot be read or names a field the layer lacks stops the run before any record is read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="81" />
      <source>A harm scheme (JSON) to use instead of the events and harm table: its measures' records, weights and date fields. Measures without a date field cannot be placed in time: their records are counted as no_date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="154" />
      <source>Give either an events layer (EVENTS, with its code and date fields) or a harm scheme (SCHEME).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="236" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="304" />
      <source>layer '{0}' weighted by {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="239" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="307" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="87" />
      <source>{0} are left out by the filter {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="398" />
      <source>harm scheme '{0}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="401" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="135" />
      <source>{0} are selected by no measure of the scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="78" />
      <source>With events (not a scheme): the field naming each record's theme, e.g. soc_theme (drugs, firearms, ...). Each distinct value is a theme.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="151" />
      <source>A harm scheme is given: the events layer and harm table are not used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="76" />
      <source>Theme field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="187" />
      <source>Layer '{0}': choose its date field (DATE_FIELD): change over time needs each record's date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="192" />
      <source>Layer '{0}' has no theme field '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="380" />
      <source>Scheme '{0}': measure(s) {1} have no date field, so their records cannot be placed in time; they are counted as no_date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="418" />
      <source>No record of {0} is left to compare: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="421" />
      <source>No record of {0} lies in any area of '{1}', so every area has 0 records in every period: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="447" />
      <source>{0} records have a date that cannot be read in {1}, e.g. {2}: they are counted as unparseable_date and compared in no period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="451" />
      <source>{0} holds month-only dates (recorded by the police.uk import): periods are whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="355" />
      <source>Scheme '{0}', measure '{1}': {2} code(s) have no weight in harm table '{3}': {4}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="454" />
      <source>{0} holds month-only dates (e.g. 2019-02): periods are whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="457" />
      <source>{0} mixes month-only dates with full dates: every record is taken by its month and periods are whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="109" />
      <source>the Engine parameter asks for the desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="110" />
      <source>only one of the areas and the events is a PostGIS layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="111" />
      <source>the areas and the events are in different databases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="112" />
      <source>only selected features are used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="113" />
      <source>the input has a feature limit or a filter of its own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="114" />
      <source>the filter has a part the database cannot evaluate exactly as QGIS does</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="115" />
      <source>the records output goes to a file or another database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="116" />
      <source>the areas are street lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="117" />
      <source>a layer is an SQL query, not a table or view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="118" />
      <source>a layer has curved geometries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="119" />
      <source>the events come from a view with no key column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="120" />
      <source>Python's PostgreSQL driver (psycopg2) is not installed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="121" />
      <source>the records are split by a theme field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="122" />
      <source>only selected events are used, and their layer has no integer or text key column to name them by in the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="124" />
      <source>areas read have the same id as areas of the table that are not read (a selection or a subset string), and the table has no integer or text key column to tell them apart in the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="127" />
      <source>the cells are cut to the boundary, so each record is tested against its polygons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="128" />
      <source>the events are not in the grid's CRS: the database's transformation could differ from QGIS's in the last digits, and a record on a cell edge could change cell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="130" />
      <source>a link's record ids cannot be compared in the database exactly as QGIS compares them (a column that is neither integer nor text, or text in a database not encoded in UTF-8)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="133" />
      <source>a measure layer has no integer key column, so the database cannot name its records by the feature ids QGIS gives them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="72" />
      <source>Where the records are counted. Automatic counts them in PostgreSQL when both layers are PostGIS layers of one database, so that no record leaves it; the outputs are the same either way. The log and the provenance (engine, engine_reason) say which engine ran and why.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="191" />
      <source>Engine: PostGIS. The areas and every measure layer of the scheme are PostGIS layers of one database; the records are counted there and only counts come back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="327" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="427" />
      <source>Cancelled: the query was cancelled in the database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="69" />
      <source>Engine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="194" />
      <source>Engine: PostGIS. The events are a PostGIS layer; the records are placed in cells there and only counts per cell come back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="336" />
      <source>Layer '{0}': the database reported an error ({1}). Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="490" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="598" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme_database.py" line="262" />
      <source>Records written in the database as table "{0}"."{1}" ({2} records): none left it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="197" />
      <source>Engine: PostGIS. Areas and events are PostGIS layers of one database; the records are counted there and only counts per area come back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="330" />
      <source>Layer '{0}': the connection to the database failed or was lost ({1}). Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="334" />
      <source>Layer '{0}': the database refused ({1}). Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="421" />
      <source>The harm table went to the database as a temporary table of {0} codes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="70" />
      <source>Automatic (in the database when areas and events are PostGIS layers of one database)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="71" />
      <source>Desktop (read every record into QGIS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="369" />
      <source>Layer '{0}': table {1} has no spatial index on column '{2}': the database reads every record for every area (slow on a large table, the counts are the same). Create one with CREATE INDEX ... USING GIST.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="424" />
      <source>The harm table went to the database as a list of {0} values: this user may not create temporary tables there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="450" />
      <source>Layer '{0}': area id(s) {1} of the areas read are also held by areas of the table that are not read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="453" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="200" />
      <source>Engine: desktop, though PostGIS layers are given: {0} ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/expressions.py" line="66" />
      <source>{0}: the expression {1} keeps none of the {2} records of layer '{3}': all are counted as filtered and none is scored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/expressions.py" line="25" />
      <source>{0}: the expression {1} cannot be read: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/expressions.py" line="30" />
      <source>{0}: layer '{1}' has no field(s) {2}, which the expression {3} names. Its fields: {4}. Double quotes name a field, single quotes a text value ("code" = '8N').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/expressions.py" line="62" />
      <source>{0}: the expression {1} cannot be evaluated on the records of layer '{2}': {3}. No record would be kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="61" />
      <source>Point records to weight by harm: offences, nominals, partner records. Records without a location are kept and counted as no_geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="65" />
      <source>The field holding each record's code, matched to the harm table ignoring case, extra spaces and characters that show nothing (zero-width spaces, soft hyphens, byte-order marks), with full-width forms folded (Unicode NFKC): a Home Office offence code (e.g. 8N) or a data.police.uk category (e.g. Burglary).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="74" />
      <source>Built-in weights. The category table weights each data.police.uk category by the count-weighted mean of its offences' scores; anti-social behaviour has no score and weighs 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="78" />
      <source>Your own weights, e.g. the Cambridge Crime Harm Index: a CSV with columns code and weight, and optionally label. When given it is used instead of the built-in table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="84" />
      <source>What to do with a record whose code is not in the harm table. It is never dropped silently: the log and the records output count such codes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="89" />
      <source>The weight given to codes with no weight when 'Default weight' is chosen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="92" />
      <source>A date, date-time or text field (2019-02-15, 15/02/2019, or month-only 2019-02 as data.police.uk writes). Needed for a period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="96" />
      <source>First day of the period (inclusive). Month-only dates count whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="99" />
      <source>Last day of the period (inclusive).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="102" />
      <source>Only records for which this expression is true are scored; the rest are kept in the records output with status filtered. An expression that cannot be read or names a field the layer lacks stops the run before any record is read; one that keeps no record is warned about.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="256" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="326" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="393" />
      <source>Filter events (FILTER)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="60" />
      <source>Events (offences or other records)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="64" />
      <source>Offence code or category field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="70" />
      <source>Harm table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="77" />
      <source>Custom harm table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="81" />
      <source>Codes with no weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="87" />
      <source>Default weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="91" />
      <source>Date field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="101" />
      <source>Filter events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="407" />
      <source>Layer '{0}', field '{1}': {2} code(s) have no weight in harm table '{3}': {4}. Add them to a custom table or choose another 'Codes with no weight' option.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="350" />
      <source>Layer '{0}' has no field '{1}' for offence codes. Fields: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="354" />
      <source>Field '{0}' of layer '{1}' is of type {2}; offence codes must be text or whole numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="358" />
      <source>Field '{0}' of layer '{1}' holds numbers; they are matched as text codes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="371" />
      <source>A period (start or end) needs a date field on layer '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="377" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="320" />
      <source>Layer '{0}' ({1}) is reprojected to the areas' CRS ({2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="422" />
      <source>Field '{0}' of layer '{1}' has dates that cannot be read, e.g. {2}; those records are invalid for the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="435" />
      <source>Layer '{0}' has no records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="71" />
      <source>ONS Crime Severity Score by Home Office offence code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="72" />
      <source>ONS Crime Severity Score by data.police.uk category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="82" />
      <source>Fail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="82" />
      <source>Weight 0 (warn)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="82" />
      <source>Default weight (warn)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="173" />
      <source>Cannot read the harm table {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="363" />
      <source>Layer '{0}' has no date field '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="365" />
      <source>Field '{0}' of layer '{1}' is of type {2}; a date field must be a date, date-time or text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="380" />
      <source>Layer '{0}' is in {1}: without the OSTN15 grid installed, QGIS converts to British National Grid with a Helmert transform accurate to a few metres; records near a boundary may fall on the other side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="447" />
      <source>{0} records with {1} code(s) not in harm table '{2}' weigh 0: {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="461" />
      <source>{0} records are anti-social behaviour or another category with no Crime Severity Score: they weigh 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="450" />
      <source>{0} records with {1} code(s) not in harm table '{2}' weigh the default {3}: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="464" />
      <source>{0} records matched table rows flagged '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="65" />
      <source>Which areas count as each area's neighbours. Contiguity suits areas that tile the force (wards, LSOAs, grid cells). Distance band: every area whose centre lies within the distance (needs a projected CRS). K nearest: the K areas with the nearest centres (every area gets K neighbours).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="72" />
      <source>With a distance band: the distance between area centres (centroids) within which areas are neighbours, in the layer's units.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="77" />
      <source>With k nearest: how many neighbours each area gets.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="102" />
      <source>Testing hundreds of areas at once finds some 'significant' ones by chance. The false discovery rate keeps the share of false hot spots among those found near the chosen level; Bonferroni is the strictest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="108" />
      <source>An area is significant where its corrected p-value is below this (0.05: 95 % confidence). The confidence bins (99, 95, 90 %) do not depend on it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="392" />
      <source>Every area with a value has all the other areas as neighbours (the distance band or K reaches them all): choose fewer neighbours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="394" />
      <source>No area with a value has a neighbour with a value: choose a distance band or K nearest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="61" />
      <source>Neighbours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="70" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="63" />
      <source>Distance band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="75" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="63" />
      <source>K nearest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="82" />
      <source>Divide each area's weights by their total. With the neighbour choices here every neighbour weighs the same, so z-scores and p-values do not change; only the size of local Moran's I does.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="90" />
      <source>0: p-values from the normal distribution (analytical z only). Otherwise conditional permutations: each area keeps its value and the other values are shuffled over its neighbours this many times; p = twice the smaller tail. The smallest possible p is 2/(permutations + 1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="97" />
      <source>Seed of the permutations: the same seed gives the same p-values on every run.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="99" />
      <source>Correction for testing every area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="276" />
      <source>Neighbours ({0}): {1} areas, {2:.1f} neighbours on average (fewest {3}, most {4}), built in {5:.2f} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="80" />
      <source>Row-standardise the weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="88" />
      <source>Permutations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="208" />
      <source>Layer '{0}' given as {1} holds {2} geometries; hot spot statistics need polygons (areas or grid cells).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="282" />
      <source>{0} area(s) shared no vertex with any other area; their neighbours were found by testing the geometries.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="287" />
      <source>Layer '{0}': {1} area(s) have no neighbours (islands) and get no statistic (status no_neighbours): feature ids {2}. A distance band or k nearest gives every area neighbours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="377" />
      <source>K nearest (K) is {0}, but layer '{1}' has {2} areas with a geometry: with K of {3} or more every area's neighbours are all the other areas, so no area can differ from its neighbours and none can be tested. Choose K below {3} (8 is usual), or contiguity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="396" />
      <source>Layer '{0}': no area could be tested ({1}). {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="399" />
      <source>Layer '{0}': {1} area(s) have all the other areas with a value as neighbours, so their statistic is undefined (status undefined): feature ids {2}. Choose fewer neighbours (a smaller distance band or K).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="411" />
      <source>Layer '{0}', field '{1}': {2} area(s) hold a value that is infinite or larger in size than {3}, e.g. {4}: feature ids {5}. Correct or remove these values (an area with no value, NULL, is left out).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="420" />
      <source>Layer '{0}': only {1} areas have a value. Local statistics need about 30 areas or more to be trusted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="427" />
      <source>Layer '{0}', field '{1}': {2} area(s) have no value (NULL). They are left out of the statistic, never counted as 0, and written with empty results and status null_value: feature ids {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="436" />
      <source>Layer '{0}': {1} area(s) have no geometry and get no statistic (status no_geometry): feature ids {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="443" />
      <source>With {0} permutations the smallest p-value is {1:.4f}; after the {2} correction over {3} areas none can be below {4}. Use more permutations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="459" />
      <source>{0} area(s) have the smallest p-value {1} permutations can give ({2:.4f}) but are not significant after the {3} correction over {4} areas. More permutations would tell them apart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="62" />
      <source>Queen contiguity (sharing a boundary or a corner)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="62" />
      <source>Rook contiguity (sharing a boundary)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="100" />
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="100" />
      <source>False discovery rate (Benjamini-Hochberg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="100" />
      <source>Bonferroni</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="266" />
      <source>Choose a distance band greater than 0 (DISTANCE).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="272" />
      <source>Layer '{0}', feature id {1}: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="320" />
      <source>Layer '{0}' has no field '{1}'.{2} Fields: {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="359" />
      <source>Layer '{0}', field '{1}': every area has the same value, so no area can stand out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="363" />
      <source>Layer '{0}', field '{1}': {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="29" />
      <source>Previous period of equal length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="29" />
      <source>Same period a year earlier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="29" />
      <source>Mean of the previous N periods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="50" />
      <source>What the current period is compared with: the period of the same length just before it; the same period a year earlier (the default: it removes the seasons); or the mean of the N periods of the same length before it. A current period of whole months has baselines of whole months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="56" />
      <source>With 'Mean of the previous N periods': how many periods. Periods the data do not wholly cover are left out of the mean, and the log says so.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="61" />
      <source>A change is significant when its p-value is below this. With many areas some will pass by chance: at 0.05, about 1 in 20 areas with no real change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="65" />
      <source>Seed of the Monte Carlo test of harm (used only where harm_test is monte_carlo): the same seed gives the same p-values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="133" />
      <source>Periods cannot be compared: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="37" />
      <source>Current period start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="41" />
      <source>Current period end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="49" />
      <source>Baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="54" />
      <source>N (periods in a mean baseline)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="109" />
      <source>The current period starts ({0}) after it ends ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="111" />
      <source>The current period {0} is longer than a year: the same period a year earlier would overlap it. Choose another baseline or a shorter period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="114" />
      <source>The current period {0} lies outside the data of {1}, which cover {2}: there is nothing to compare.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="118" />
      <source>The baseline {0} ({1} period(s)) lies outside the data of {2}, which cover {3}: the baseline is longer than the data before the current period. Choose a later current period, a shorter baseline or fewer periods.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="123" />
      <source>No record of {0} at all falls in the current period {1}: the data for it are most likely missing (data.police.uk lacks some months for some forces). Choose another period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="127" />
      <source>No record of {0} at all falls in the baseline period(s) {1}: the data for them are most likely missing. Choose another baseline (e.g. the mean of the previous N periods, which leaves such periods out).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="132" />
      <source>No record of {0} has a date that can be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="91" />
      <source>No current period end given: using {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="94" />
      <source>No current period start given: using {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="139" />
      <source>The dates are month-only, so the current period {0} is widened to whole months: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="143" />
      <source>The data ({0}) cover only part of the current period {1}: it is compared as {2}, and every baseline period is cut the same way. It is never compared as if whole.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="148" />
      <source>The data ({0}) cover only part of the baseline period {1}: it is compared as {2}, and the current period is cut the same way.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="152" />
      <source>No record at all falls in baseline period(s) {0} (missing data?): they are left out, and the baseline is the mean of {1} period(s), not {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="157" />
      <source>The data do not wholly cover baseline period(s) {0}: the baseline is the mean of {1} period(s), not {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="29" />
      <source>Layer '{0}': {1} record(s) lie absurdly far away (a coordinate beyond ±{2:,.0f} map units, farther than any place on Earth in any coordinate system): they are counted as invalid (feature ids {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="36" />
      <source>Layer '{0}': {1} of {2} record(s) have a geometry that is not a point, or a coordinate that is not a number (NaN or infinite): they are counted as invalid (feature ids {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="50" />
      <source>Layer '{0}' given as {1} has no geometry: all {2} records are counted as no_geometry and none is placed in an area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="55" />
      <source>Layer '{0}' given as {1} holds {2} geometries, not points: all {3} records are counted as invalid and none is placed in an area. Choose a point layer, or make points first (e.g. with Centroids).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="70" />
      <source>Layer '{0}' has no CRS and its coordinates look like longitude and latitude in degrees (all {1} located records lie within ±180, ±90): distances and sizes would be in degrees. Set the layer's CRS (e.g. EPSG:4326 for GPS coordinates) and reproject it to a projected CRS such as EPSG:27700 first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="77" />
      <source>Layer '{0}' has no CRS: its coordinates are used as they are, in units nobody stated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="80" />
      <source>Layer '{0}' has no CRS and its coordinates look like longitude and latitude in degrees (all {1} located records lie within ±180, ±90), but with no CRS they are taken as {2}, where they lie far from the areas: expect them outside. Set the layer's CRS (e.g. EPSG:4326 for GPS coordinates) and run again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="88" />
      <source>Layer '{0}' has no CRS: its coordinates are taken to be in the areas' CRS ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="42" />
      <source>A harm scheme file: its measures, where their records come from and how each is weighted. The plugin ships three in its resources/schemes folder: soc_place_harm.json (SOC place-based harm, nine measures), consumer_detriment.json and neighbourhood_policeuk.json.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="49" />
      <source>Layers that replace the scheme's sources of the same name (the layer's name, its table name in a GeoPackage, or its file name). A scheme layer not given here is looked for in the project by name, or read from the path the scheme gives. When the scheme reads a single layer and one layer is given, that layer is used whatever its name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="61" />
      <source>Choose a harm scheme file (SCHEME).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="334" />
      <source>Scheme '{0}', measure '{1}', key 'filter'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="40" />
      <source>Harm scheme (JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="47" />
      <source>Layers for the scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="322" />
      <source>Reading layer '{0}' for scheme layer '{1}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="95" />
      <source>The scheme reads one layer, '{0}': using layer '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="107" />
      <source>Scheme '{0}' needs layer(s) {1}, which are not among the LAYERS given ({2}), the project's layers or files. Add them to LAYERS (named as the scheme names them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="65" />
      <source>Harm scheme problem: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="165" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="313" />
      <source>Scheme '{0}', measure '{1}': layer '{2}' has no field '{3}'. Its fields: {4}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="110" />
      <source>cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="112" />
      <source>Layer '{0}': none of its {1} records was counted in any cell, so every cell scores 0: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="116" />
      <source>Layer '{0}': none of its {1} records was counted in any area of '{2}', so every area scores 0: {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="74" />
      <source>{0} lie outside every one of the {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="76" />
      <source> (the records lie within {0}, the {1} within {2}: are both layers in the right place and CRS?)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="85" />
      <source>{0} have an invalid location or, for the period, a date that cannot be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="90" />
      <source>{0} fall outside the period {1} to {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="92" />
      <source> (their dates run from {0} to {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="95" />
      <source>{0} are {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/outputs/areas.py" line="109" />
      <source>A geometry of type {0} could not be made multi-part for the output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="65" />
      <source>SOC Harm {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="76" />
      <source>SOC Harm needs the Python packages {0}, which this QGIS cannot import, so its algorithms are not loaded. The QGIS installers for Windows include them; on Debian or Ubuntu install python3-pandas and python3-shapely.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/area_layers.py" line="68" />
      <source>Areas cannot be measured on the unknown ellipsoid '{0}': choose another in the project's properties.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/area_repair.py" line="129" />
      <source>A repaired area's part of type {0} could not be kept as a polygon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="216" />
      <source>Score harm by area (socharm:scoreharm) or Score areas with a harm scheme (socharm:scorescheme)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="213" />
      <source>Compare harm between periods (socharm:harmchange)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="215" />
      <source>Harm hotspots (socharm:hotspots)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="319" />
      <source>the zones map (ZONES) or table (OUTPUT) of Intervention impact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="329" />
      <source>the COHORTS table of Referral impact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="135" />
      <source>The {0} layer cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="139" />
      <source>Layer '{0}' ({1}) has none of the fields {2}: give a layer written by SOC Harm's {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="143" />
      <source>Layer '{0}' ({1}) has no features: there is nothing to brief on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="153" />
      <source>Layer '{0}' ({1}) has no area id field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="158" />
      <source>Layer '{0}': the area name field '{1}' identifies a person, so areas are labelled by '{2}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="204" />
      <source>Layer '{0}': the area id field '{1}' identifies a person, so areas are labelled by their rank.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="232" />
      <source>Area ranked {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="309" />
      <source>Layer '{0}' has no field {1}: give {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="322" />
      <source>Layer '{0}' carries no results of Intervention impact in its provenance: the 'Did it work?' page shows only the records and harm by zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="92" />
      <source>{0} · produced {1} with SOC Harm {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="97" />
      <source>Page {0} of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="351" />
      <source>km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="95" />
      <source>produced {0} with SOC Harm {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="273" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="445" />
      <source>The table '{0}' has more rows than fit on its page: the last rows are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/layers.py" line="50" />
      <source>Could not copy the fields {0} of layer '{1}' to draw them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/layers.py" line="76" />
      <source>Layer '{0}' has no spatial index: its maps are drawn more slowly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/options.py" line="49" />
      <source>The atlas would have {0} pages, one for each area of layer '{1}', and a briefing pack's atlas has at most {2}. Filter the layer to the areas you need (e.g. one district, or the areas with the most harm), use a coarser geography with these areas as its detail areas (DETAIL), or turn the atlas off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/options.py" line="65" />
      <source>Cannot write the briefing pack to '{0}': it is a folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/options.py" line="63" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/options.py" line="71" />
      <source>Cannot write the briefing pack to '{0}': {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="174" />
      <source>[withheld]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="317" />
      <source>Briefing pack laid out: {0} pages ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="101" />
      <source>Unknown marking '{0}': use one of {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="104" />
      <source>Unknown language '{0}': use one of {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="117" />
      <source>Layer '{0}' has no harm_score field: score it with Score harm by area first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="195" />
      <source>The layout template '{0}' is missing: reinstall SOC Harm or restore the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="201" />
      <source>The layout template '{0}' cannot be read as XML.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="204" />
      <source>The layout template '{0}' has no page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="312" />
      <source>{0} identifier values found in the pack's text were withheld.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="357" />
      <source>Writing the briefing pack to '{0}' failed: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="424" />
      <source>Writing page {0} of the briefing pack to '{1}' failed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="135" />
      <source>No area of '{0}' matches an area of '{1}' by '{2}': the ranked table shows no change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="204" />
      <source>Before and after an operation: target, buffer and control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="95" />
      <source>Harm compared with the baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="97" />
      <source>What changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="103" />
      <source>No baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="106" />
      <source>Change in harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="113" />
      <source>Change in harm (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="114" />
      <source>Full colour, thick outline: significant change. Pale: not significant. Grey: no % change (none in the baseline).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="133" />
      <source>Sorted: significant changes first, then by change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="169" />
      <source>Where harm clusters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="185" />
      <source>Hot and cold spots of harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="190" />
      <source>A hot spot is an area whose harm, with its neighbours', is higher than chance would give across the whole force.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="194" />
      <source>Significant hot and cold spots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="195" />
      <source>Hottest first, then the coldest; z-score of Gi*.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="210" />
      <source>Did it work?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="228" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="218" />
      <source>Zones by result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="229" />
      <source>Control: the rest of the force, or the control layer given (outlined).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="239" />
      <source>The measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="357" />
      <source>This area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="440" />
      <source>Method, sources and data protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="441" />
      <source>How the figures in this pack were made, and what it leaves out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="447" />
      <source>Each record counts once, in the area that holds it, weighted by the harm of its offence; an area's harm is the sum of its records' weights, and areas are ranked by it (1 = most harm).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="530" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="60" />
      <source>Contains public sector information licensed under the Open Government Licence v3.0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="48" />
      <source>{0} ranked by harm · {1} · weights: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="82" />
      <source>Move: places up (▲) or down (▼) the ranking since the baseline. Change in bold colour is significant.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="87" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="195" />
      <source>Key points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="138" />
      <source>How to read it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="240" />
      <source>What the measures say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="405" />
      <source>Rank: across the whole force.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="409" />
      <source>Key figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="409" />
      <source>Harm by measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="422" />
      <source>no % change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="442" />
      <source>Where the figures come from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="443" />
      <source>Every record accounted for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="444" />
      <source>Data protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="445" />
      <source>Sources and licences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="468" />
      <source>The scored layer carries no SOC Harm provenance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="495" />
      <source>No counts are suppressed (SUPPRESS_BELOW is 0).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="506" />
      <source>THIS PACK INCLUDES PERSONAL DATA: it was made with INCLUDE_PERSONAL. Handle it at the marking shown and share it only with those who need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="509" />
      <source>Safe to share: the pack names no person. No names, person or nominal ids, dates of birth, addresses, phone numbers or vehicle registrations appear in any table, label or sentence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="519" />
      <source>No field of the layers looks like an identifier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="535" />
      <source>Harm weights: Office for National Statistics, Crime Severity Score (experimental statistics), Open Government Licence v3.0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="53" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="389" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="337" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="376" />
      <source>Harm ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="58" />
      <source>Harm ({0}), {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="60" />
      <source>Labels: harm rank of the top {0} {1} (1 = most harm; none on areas without harm). Classes: natural breaks (Jenks).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="78" />
      <source>Harm in {0}; share of the total across all {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="85" />
      <source>Top {0} {1} by harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="95" />
      <source>Harm {0} compared with {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="122" />
      <source>A change counts as significant when a test finds it unlikely to be chance (p &lt; {0}); the method page says which tests.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="127" />
      <source>Significant increases: {0}; significant decreases: {1}; too few records to tell: {2} (of {3} {4}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="137" />
      <source>Change by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="170" />
      <source>Hot and cold spots of harm (Getis-Ord Gi*) across {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="186" />
      <source>Confidence after any correction for multiple tests; dark outlines: {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="207" />
      <source>After: {0} · before: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="237" />
      <source>Intervals: {0} %. Relative effect above 1: the target improved against the control.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="354" />
      <source>{0}: rank {1} of {2} {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="355" />
      <source>Harm {0} · {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="381" />
      <source>Harm by {0} ({1}), classes across the whole force</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="384" />
      <source>Labels: force-wide harm rank of the top {0} {1} here. Thick outline: this {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="391" />
      <source>Labels: harm rank of the top {0} {1}. Thick outline: this {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="417" />
      <source>Harm: {0} {1}, {2} of the force total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="419" />
      <source>Records: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="461" />
      <source>Period: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="462" />
      <source>Areas: {0} {1} from layer '{2}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="527" />
      <source>Marking: {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="531" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="61" />
      <source>Boundaries: contains OS data © Crown copyright and database right {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="537" />
      <source>Made with QGIS and the SOC Harm plugin {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="80" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="135" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="403" />
      <source>Record counts below {0} are shown as &lt;{0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="120" />
      <source>{0} is compared with the baseline, {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="232" />
      <source>Referral cohorts: mean harm of the linked records per nominal in the window before and after referral; cohorts of fewer than {0} nominals are not shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="406" />
      <source>{0} in {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="415" />
      <source>Rank {0} of {1} {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="424" />
      <source>Change on the baseline: {0}, {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="432" />
      <source>Most harm: {0} (rank {1} of all {2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="452" />
      <source>Harm weights: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="453" />
      <source>Version {0}; file {1}; SHA-256 {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="457" />
      <source>Harm scheme: {0}, version {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="465" />
      <source>Scored by {0} (SOC Harm {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="472" />
      <source>Change: {0} against {1}, from layer '{2}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="492" />
      <source>Detail: {0} {1} from layer '{2}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="494" />
      <source>Record counts below {0} are shown as &lt;{0} in every table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="521" />
      <source>{0} identifier values found in text were replaced by [withheld].</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="524" />
      <source>Small numbers: a count below {0} could help identify a person, so it is shown as &lt;{0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="416" />
      <source> (was {0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="429" />
      <source>Gi*: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="460" />
      <source>Measures: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="482" />
      <source>neighbours: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="484" />
      <source>{0} permutations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="486" />
      <source>correction: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="488" />
      <source>alpha {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="489" />
      <source>Hot spots: Getis-Ord Gi* from layer '{0}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="515" />
      <source>Identifier fields included: {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="517" />
      <source>Identifier fields found in the layers and left out: {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="476" />
      <source>Test for {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="46" />
      <source>harm points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="56" />
      <source>harm table not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="22" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="31" />
      <source>all dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="45" />
      <source>CSS points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="52" />
      <source>{0}, version {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="55" />
      <source>scheme {0}, version {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="159" />
      <source>name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="160" />
      <source>person id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="161" />
      <source>date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="162" />
      <source>address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="163" />
      <source>phone number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="164" />
      <source>vehicle registration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="165" />
      <source>email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="166" />
      <source>marked personal by the scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/outputs.py" line="148" />
      <source>the .qml file could not be written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/outputs.py" line="115" />
      <source>Could not write features to {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/outputs.py" line="115" />
      <source>no reason given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/outputs.py" line="143" />
      <source>Could not store the provenance in {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/outputs.py" line="150" />
      <source>Could not store the style in {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="490" />
      <source>Invalid date, weight or location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="363" />
      <source>{0} to {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/translate.py" line="89" />
      <source>The translation file '{0}' of SOC Harm cannot be read. Reinstall the plugin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soc_harm_plugin/translate.py" line="82" />
      <source>The translation file '{0}' of SOC Harm is missing. Reinstall the plugin (in a checkout of its code, run make translations).</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
