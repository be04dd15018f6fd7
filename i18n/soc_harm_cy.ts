<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en">
  <context>
    <name>SocHarm</name>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="132" />
      <source>no records with a location to estimate a bandwidth from</source>
      <translation>nid oes cofnodion â lleoliad i amcangyfrif lled band ohonynt</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="138" />
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="147" />
      <source>every record lies at one place, so no bandwidth can be estimated</source>
      <translation>mae pob cofnod yn yr un lle, felly ni ellir amcangyfrif lled band</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="283" />
      <source>points outside the raster</source>
      <translation>pwyntiau y tu allan i'r raster</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="352" />
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="360" />
      <source>the pixel area must be positive</source>
      <translation>rhaid i arwynebedd y picsel fod yn bositif</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="59" />
      <source>{0} pixels of size {1:g}; at most {2} are allowed; a pixel size of at least {3:g} fits</source>
      <translation>{0} o bicseli o faint {1:g}; caniateir {2} ar y mwyaf; mae maint picsel o {3:g} o leiaf yn ffitio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="203" />
      <source>the pixel size must be a positive number, not {0!r}</source>
      <translation>rhaid i faint y picsel fod yn rhif positif, nid {0!r}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="205" />
      <source>the bandwidth must be a positive number, not {0!r}</source>
      <translation>rhaid i'r lled band fod yn rhif positif, nid {0!r}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/density.py" line="86" />
      <source>unknown kernel {0!r}; choose one of {1}</source>
      <translation>cnewyllyn anhysbys {0!r}; dewiswch un o: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/analyses/emerging.py" line="153" />
      <source>every bin has the same value ({0})</source>
      <translation>mae gan bob bin yr un gwerth ({0})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="154" />
      <source>The survey has no respondents.</source>
      <translation>Nid oes ymatebwyr yn yr arolwg.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="156" />
      <source>The minimum number of respondents must be at least 1.</source>
      <translation>Rhaid i'r nifer lleiaf o ymatebwyr fod yn 1 o leiaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="158" />
      <source>Choose at least one field naming priorities.</source>
      <translation>Dewiswch o leiaf un maes sy'n enwi blaenoriaethau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="175" />
      <source>Periods need a date field.</source>
      <translation>Mae angen maes dyddiad ar gyfer cyfnodau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="167" />
      <source>The confidence scale's lowest value ({0}) is above its highest ({1}).</source>
      <translation>Mae gwerth isaf y raddfa hyder ({0}) yn uwch na'i gwerth uchaf ({1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="351" />
      <source>The confidence field has {0} values for {1} respondents.</source>
      <translation>Mae gan y maes hyder {0} o werthoedd ar gyfer {1} o ymatebwyr.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="197" />
      <source>Demographic field '{0}' cannot make an output field name.</source>
      <translation>Ni all y maes demograffig '{0}' wneud enw maes allbwn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="202" />
      <source>Demographic field '{0}' has {1} values for {2} respondents.</source>
      <translation>Mae gan y maes demograffig '{0}' {1} o werthoedd ar gyfer {2} o ymatebwyr.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/priorities.py" line="318" />
      <source>A priority field has {0} values for {1} respondents.</source>
      <translation>Mae gan faes blaenoriaeth {0} o werthoedd ar gyfer {1} o ymatebwyr.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="208" />
      <source>The priorities layer has no pri_&lt;category&gt; fields: give the output of 'Community priorities by area'.</source>
      <translation>Nid oes gan yr haen blaenoriaethau feysydd pri_&lt;category&gt;: rhowch allbwn 'Blaenoriaethau cymunedol fesul ardal'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="305" />
      <source>Choose at least one harm field.</source>
      <translation>Dewiswch o leiaf un maes niwed.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="307" />
      <location filename="../soc_harm_plugin/domain/community/survey.py" line="235" />
      <source>At most two periods can be compared.</source>
      <translation>Dim ond dau gyfnod ar y mwyaf y gellir eu cymharu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="317" />
      <source>Weights must not be negative.</source>
      <translation>Ni chaiff pwysiadau fod yn negatif.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="320" />
      <source>The weights of the components given are all 0.</source>
      <translation>Mae pwysiadau'r elfennau a roddwyd i gyd yn 0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="324" />
      <source>Both periods need the same harm fields.</source>
      <translation>Mae angen yr un meysydd niwed ar y ddau gyfnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="309" />
      <source>Unknown normalisation '{0}'.</source>
      <translation>Normaleiddio anhysbys: '{0}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="311" />
      <source>Unknown need direction '{0}'.</source>
      <translation>Cyfeiriad angen anhysbys: '{0}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="313" />
      <source>The concern table has {0} period(s) for {1} harm period(s).</source>
      <translation>Mae gan y tabl pryderon {0} cyfnod ar gyfer {1} cyfnod niwed.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="104" />
      <source>Theme mapping entry '{0}' has no '=': write category=theme1,theme2</source>
      <translation>Nid oes '=' yn y cofnod themâu '{0}': ysgrifennwch category=theme1,theme2</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="109" />
      <source>Theme mapping entry '{0}' names no category.</source>
      <translation>Nid yw'r cofnod themâu '{0}' yn enwi categori.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="384" />
      <source>The need values are {0} for {1} areas.</source>
      <translation>Mae {0} o werthoedd angen ar gyfer {1} o ardaloedd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/recommend.py" line="327" />
      <source>Harm field '{0}' has {1} values for {2} areas.</source>
      <translation>Mae gan y maes niwed '{0}' {1} o werthoedd ar gyfer {2} o ardaloedd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/survey.py" line="170" />
      <source>'{0}' cannot make an output field name ({1}).</source>
      <translation>Ni all '{0}' wneud enw maes allbwn ({1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/survey.py" line="133" />
      <source>Priority category '{0}' cannot make a field name: use letters, digits and underscores, starting with a letter.</source>
      <translation>Ni all y categori blaenoriaeth '{0}' wneud enw maes: defnyddiwch lythrenni, digidau a thanlinellau, gan ddechrau gyda llythyren.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/survey.py" line="238" />
      <source>A period starts ({0}) after it ends ({1}).</source>
      <translation>Mae cyfnod yn dechrau ({0}) ar ôl iddo orffen ({1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/community/survey.py" line="242" />
      <source>The two periods must not overlap: period 1 must end before period 2 starts (period 1 ends {0}, period 2 starts {1}).</source>
      <translation>Ni chaiff y ddau gyfnod orgyffwrdd: rhaid i gyfnod 1 orffen cyn i gyfnod 2 ddechrau (mae cyfnod 1 yn gorffen {0}, mae cyfnod 2 yn dechrau {1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/geometry/grid.py" line="123" />
      <source>the extent has no width or height (every record at one place)</source>
      <translation>nid oes lled nac uchder i'r estyniad (pob cofnod yn yr un lle)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/geometry/grid.py" line="71" />
      <source>{0} cells of size {1:g} over this extent; at most {2} are allowed; a cell size of at least {3:g} fits</source>
      <translation>{0} o gelloedd o faint {1:g} dros yr estyniad hwn; caniateir {2} ar y mwyaf; mae maint cell o {3:g} o leiaf yn ffitio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/geometry/grid.py" line="396" />
      <source>unknown grid shape {0!r}</source>
      <translation>siâp grid anhysbys {0!r}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/geometry/grid.py" line="398" />
      <source>the cell size must be a positive number, not {0!r}</source>
      <translation>rhaid i faint y gell fod yn rhif positif, nid {0!r}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/geometry/grid.py" line="401" />
      <source>the extent {0} is not a rectangle</source>
      <translation>nid yw'r estyniad {0} yn betryal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="56" />
      <source>{0}: the file is empty</source>
      <translation>{0}: mae'r ffeil yn wag</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="91" />
      <source>{0}: no row has a code and a positive value in '{1}'</source>
      <translation>{0}: nid oes gan unrhyw res god a gwerth positif yn '{1}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="48" />
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="350" />
      <source>{0}: cannot read the file ({1})</source>
      <translation>{0}: ni ellir darllen y ffeil ({1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="61" />
      <source>{0}: no column '{1}'; columns: {2}</source>
      <translation>{0}: dim colofn '{1}'; colofnau: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="74" />
      <source>row {0}: no code</source>
      <translation>rhes {0}: dim cod</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="82" />
      <source>row {0} ({1}): value {2} is not positive</source>
      <translation>rhes {0} ({1}): nid yw'r gwerth {2} yn bositif</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="86" />
      <source>{0}: row {1}: code '{2}' appears again (first in row {3})</source>
      <translation>{0}: rhes {1}: mae'r cod '{2}' yn ymddangos eto (yn gyntaf yn rhes {3})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/denominators.py" line="79" />
      <source>row {0} ({1}): value '{2}' is not a number</source>
      <translation>rhes {0} ({1}): nid yw'r gwerth '{2}' yn rhif</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="226" />
      <source>weight is empty</source>
      <translation>mae'r pwysiad yn wag</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="328" />
      <source>the table has no data rows (only a header)</source>
      <translation>nid oes rhesi data yn y tabl (pennawd yn unig)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="205" />
      <source>{0}: row {1}</source>
      <translation>{0}: rhes {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="207" />
      <source>{0}: row {1}, column '{2}'</source>
      <translation>{0}: rhes {1}, colofn '{2}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="254" />
      <source>the file is empty: expected a header with columns code and weight</source>
      <translation>mae'r ffeil yn wag: roedd disgwyl pennawd gyda'r colofnau code (cod) a weight (pwysiad)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="269" />
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="135" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="106" />
      <source>none</source>
      <translation>dim</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="274" />
      <source>1 (header)</source>
      <translation>1 (pennawd)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="305" />
      <source>code is empty</source>
      <translation>mae'r cod yn wag</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="234" />
      <source>weight "{0}" is not a finite number</source>
      <translation>nid yw'r pwysiad "{0}" yn rhif meidraidd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="236" />
      <source>weight "{0}" is negative; weights must be 0 or more</source>
      <translation>mae'r pwysiad "{0}" yn negatif; rhaid i bwysiadau fod yn 0 neu fwy</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="238" />
      <source>weight "{0}" {1}</source>
      <translation>pwysiad "{0}": {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="272" />
      <source>(the file looks semicolon- or tab-separated; save it as comma-separated CSV)</source>
      <translation>(mae'n ymddangos bod y ffeil wedi'i gwahanu gan hanner colon neu dab; cadwch hi fel CSV wedi'i wahanu gan goma)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="370" />
      <source>unknown built-in harm table '{0}'; choose one of {1}</source>
      <translation>tabl niwed adeiledig anhysbys '{0}'; dewiswch un o: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="387" />
      <source>{0}: key '{1}' does not match the file name</source>
      <translation>{0}: nid yw'r allwedd '{1}' yn cyfateb i enw'r ffeil</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="389" />
      <source>{0}: the table has no version</source>
      <translation>{0}: nid oes fersiwn gan y tabl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="218" />
      <source>the file is not UTF-8 text (byte 0x{0:02x} at offset {1}); save it as 'CSV UTF-8'</source>
      <translation>nid yw'r ffeil yn destun UTF-8 (beit 0x{0:02x} yn safle {1}); cadwch hi fel 'CSV UTF-8'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="232" />
      <source>weight "{0}" is not a number</source>
      <translation>nid yw'r pwysiad "{0}" yn rhif</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="256" />
      <source>not a valid CSV header ({0})</source>
      <translation>nid yw'n bennawd CSV dilys ({0})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="382" />
      <source>{0}: cannot read the table's description ({1})</source>
      <translation>{0}: ni ellir darllen disgrifiad y tabl ({1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="385" />
      <source>{0}: not valid JSON ({1})</source>
      <translation>{0}: nid yw'n JSON dilys ({1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="264" />
      <source>column appears twice in the header (columns {0} and {1})</source>
      <translation>mae'r golofn yn ymddangos ddwywaith yn y pennawd (colofnau {0} a {1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="275" />
      <source>required column '{0}' not found; columns found: {1}</source>
      <translation>ni chafwyd hyd i'r golofn ofynnol '{0}'; colofnau a gafwyd: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="299" />
      <source>not valid CSV ({0})</source>
      <translation>nid yw'n CSV dilys ({0})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/harm_table.py" line="312" />
      <source>code '{0}' has weight {1} here but the same code ('{2}') has weight {3} in row {4}</source>
      <translation>mae gan y cod '{0}' y pwysiad {1} yma ond mae gan yr un cod ('{2}') y pwysiad {3} yn rhes {4}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="207" />
      <source>the file must hold a JSON object with 'version' and 'measures'</source>
      <translation>rhaid i'r ffeil ddal gwrthrych JSON gyda 'version' a 'measures'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="220" />
      <source>key 'name' must be a non-empty text</source>
      <translation>rhaid i'r allwedd 'name' fod yn destun nad yw'n wag</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="223" />
      <source>key 'measures' must be a non-empty list</source>
      <translation>rhaid i'r allwedd 'measures' fod yn rhestr nad yw'n wag</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="257" />
      <source>measure {0}</source>
      <translation>mesur {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="320" />
      <source>must be a list of field names</source>
      <translation>rhaid iddo fod yn rhestr o enwau meysydd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="332" />
      <source>must be more than 0 when a threat_field is given</source>
      <translation>rhaid iddo fod yn fwy na 0 pan roddir threat_field</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="390" />
      <source>must be an object</source>
      <translation>rhaid iddo fod yn wrthrych</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="403" />
      <source>'group_types' must be a list of group types, e.g. ["OCG"]</source>
      <translation>rhaid i 'group_types' fod yn rhestr o fathau o grwpiau, e.e. ["OCG"]</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="411" />
      <source>give a link 'table' or a 'nominal_id_field' on the record, not both</source>
      <translation>rhowch 'table' cyswllt neu 'nominal_id_field' ar y cofnod, nid y ddau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="420" />
      <source>'group_types' needs 'nominals', 'nominal_id' and 'group_type_field'</source>
      <translation>mae angen 'nominals' (unigolion enwol), 'nominal_id' a 'group_type_field' ar 'group_types'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="259" />
      <source>measure '{0}'</source>
      <translation>mesur '{0}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="281" />
      <source>must be text</source>
      <translation>rhaid iddo fod yn destun</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="283" />
      <source>is required</source>
      <translation>mae'n ofynnol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="336" />
      <source>is required with method 'table'</source>
      <translation>mae'n ofynnol gyda'r dull 'table'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="417" />
      <source>needs a link 'table' (with record_id, table_record_id, table_nominal_id) or a 'nominal_id_field'</source>
      <translation>mae angen 'table' cyswllt (gyda record_id, table_record_id, table_nominal_id) neu 'nominal_id_field'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="204" />
      <source>Scheme {0}: {1}</source>
      <translation>Cynllun {0}: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="210" />
      <source>key 'version' must be a whole number (this plugin reads version {0})</source>
      <translation>rhaid i'r allwedd 'version' fod yn rhif cyfan (mae'r ategyn hwn yn darllen fersiwn {0})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="212" />
      <source>version {0} was written for a newer SOC Harm; this plugin reads schemes up to version {1}. Update the plugin.</source>
      <translation>ysgrifennwyd fersiwn {0} ar gyfer SOC Harm mwy diweddar; mae'r ategyn hwn yn darllen cynlluniau hyd at fersiwn {1}. Diweddarwch yr ategyn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="217" />
      <source>unknown key(s) {0}; allowed: {1}</source>
      <translation>allwedd(i) anhysbys {0}; a ganiateir: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="262" />
      <source>Scheme {0}, {1}, key '{2}': {3}</source>
      <translation>Cynllun {0}, {1}, allwedd '{2}': {3}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="265" />
      <source>Scheme {0}, measure {1}: must be a JSON object</source>
      <translation>Cynllun {0}, mesur {1}: rhaid iddo fod yn wrthrych JSON</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="268" />
      <source>unknown key; allowed: {0}</source>
      <translation>allwedd anhysbys; a ganiateir: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="271" />
      <source>must be lowercase letters, digits and _ (starting with a letter, at most 25), e.g. 'ocg_crime'; got {0!r}</source>
      <translation>rhaid iddo fod yn llythrennau bach, digidau a _ (gan ddechrau gyda llythyren, 25 ar y mwyaf), e.e. 'ocg_crime'; cafwyd {0!r}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="274" />
      <source>'{0}' is reserved for the scheme's totals; choose another key</source>
      <translation>mae '{0}' wedi'i gadw ar gyfer cyfansymiau'r cynllun; dewiswch allwedd arall</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="314" />
      <source>unknown weight method '{0}'; use one of {1}</source>
      <translation>dull pwysiad anhysbys '{0}'; defnyddiwch un o: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="317" />
      <source>must be one of {0}</source>
      <translation>rhaid iddo fod yn un o: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="343" />
      <source>method 'fixed' needs a 'weight', or an 'equivalent_code' with its 'harm_table'</source>
      <translation>mae angen 'weight' (pwysiad) ar y dull 'fixed', neu 'equivalent_code' gyda'i 'harm_table'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="345" />
      <source>give either 'weight' or 'equivalent_code', not both</source>
      <translation>rhowch naill ai 'weight' (pwysiad) neu 'equivalent_code', nid y ddau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="361" />
      <source>a fixed weight must say why it was chosen (e.g. 'a drug-related death weighed like manslaughter')</source>
      <translation>rhaid i bwysiad sefydlog ddweud pam y'i dewiswyd (e.e. 'marwolaeth sy'n gysylltiedig â chyffuriau wedi'i phwysoli fel dynladdiad')</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="365" />
      <source>is required with method 'field'</source>
      <translation>mae'n ofynnol gyda'r dull 'field' (maes)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="393" />
      <source>unknown key '{0}'; allowed: {1}</source>
      <translation>allwedd anhysbys '{0}'; a ganiateir: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="190" />
      <source>Scheme {0}: cannot read the file ({1})</source>
      <translation>Cynllun {0}: ni ellir darllen y ffeil ({1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="194" />
      <source>Scheme {0}: not UTF-8 text</source>
      <translation>Cynllun {0}: nid yw'n destun UTF-8</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="196" />
      <source>Scheme {0}: not valid JSON ({1})</source>
      <translation>Cynllun {0}: nid yw'n JSON dilys ({1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="230" />
      <source>measure {0}: key '{1}' is used twice; each measure needs its own key</source>
      <translation>mesur {0}: defnyddir yr allwedd '{1}' ddwywaith; mae angen ei allwedd ei hun ar bob mesur</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="239" />
      <source>measure '{0}', key 'dimension': '{1}' and '{2}' both become field {3}; spell them the same</source>
      <translation>mesur '{0}', allwedd 'dimension': mae '{1}' a '{2}' ill dau'n troi'n faes {3}; sillafwch nhw yr un fath</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="291" />
      <source>must be a number; got {0!r}</source>
      <translation>rhaid iddo fod yn rhif; cafwyd {0!r}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="297" />
      <source>must be a finite number; got {0}</source>
      <translation>rhaid iddo fod yn rhif meidraidd; cafwyd {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="299" />
      <source>must be 0 or more; got {0}</source>
      <translation>rhaid iddo fod yn 0 neu fwy; cafwyd {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="309" />
      <source>{0} is {1}, which {2}</source>
      <translation>{0} yw {1}, ac mae'r gwerth hwnnw: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="338" />
      <source>is required with method 'table' (a built-in key: {0}, or a CSV file)</source>
      <translation>mae'n ofynnol gyda'r dull 'table' (allwedd adeiledig: {0}, neu ffeil CSV)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="348" />
      <source>is required with an 'equivalent_code'</source>
      <translation>mae'n ofynnol gydag 'equivalent_code'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="378" />
      <source>'{0}' is neither a built-in table ({1}) nor a file ({2} not found)</source>
      <translation>nid yw '{0}' yn dabl adeiledig ({1}) nac yn ffeil (ni chafwyd hyd i {2})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="398" />
      <source>'{0}' must be text</source>
      <translation>rhaid i '{0}' fod yn destun</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="302" />
      <source>{0} is above the largest number accepted, {1}</source>
      <translation>mae {0} yn uwch na'r rhif mwyaf a dderbynnir, {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="359" />
      <source>the weight times the factor</source>
      <translation>y pwysiad wedi'i luosi â'r ffactor</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="415" />
      <source>a link table needs '{0}'</source>
      <translation>mae angen '{0}' ar dabl cyswllt</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="352" />
      <source>code '{0}' is not in harm table '{1}'</source>
      <translation>nid yw'r cod '{0}' yn y tabl niwed '{1}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme.py" line="355" />
      <source>the weight of code '{0}' times the factor</source>
      <translation>pwysiad y cod '{0}' wedi'i luosi â'r ffactor</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme_scoring.py" line="587" />
      <source>Measure '{0}': layer '{1}' has {2} record(s) whose weight ({3}) is not a finite number or is above the largest weight accepted, {4}, e.g. {5}: feature ids {6}. Correct or remove these values.</source>
      <translation>Mesur '{0}': mae gan yr haen '{1}' {2} cofnod nad yw eu pwysiad ({3}) yn rhif meidraidd neu sy'n uwch na'r pwysiad mwyaf a dderbynnir, {4}, e.e. {5}: dynodyddion nodweddion {6}. Cywirwch neu dilëwch y gwerthoedd hyn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme_scoring.py" line="618" />
      <source>Measure '{0}': layer '{1}' was not given</source>
      <translation>Mesur '{0}': ni roddwyd yr haen '{1}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/harm/scheme_scoring.py" line="620" />
      <source>Measure '{0}': layer '{1}' has no field '{2}'</source>
      <translation>Mesur '{0}': nid oes gan yr haen '{1}' faes '{2}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/limits.py" line="58" />
      <source>is not a number (NaN)</source>
      <translation>nid yw'n rhif (NaN)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/limits.py" line="60" />
      <source>is not a finite number</source>
      <translation>nid yw'n rhif meidraidd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/limits.py" line="62" />
      <source>is negative; weights must be 0 or more</source>
      <translation>mae'n negatif; rhaid i bwysiadau fod yn 0 neu fwy</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/limits.py" line="64" />
      <source>is above the largest weight accepted, {0} (homicide weighs 7,973.39 in the ONS Crime Severity Score); a weight this large is a mistake</source>
      <translation>mae'n uwch na'r pwysiad mwyaf a dderbynnir, {0} (pwysiad lladdiad yw 7,973.39 yn Sgôr Difrifoldeb Troseddau'r SYG); camgymeriad yw pwysiad mor fawr</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="579" />
      <source>Longitude is empty but Latitude is not</source>
      <translation>Mae Longitude yn wag ond nid yw Latitude</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="580" />
      <source>Latitude is empty but Longitude is not</source>
      <translation>Mae Latitude yn wag ond nid yw Longitude</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="514" />
      <source>the quote that opens cell {0}{1} is not closed on this line</source>
      <translation>nid yw'r dyfynnod sy'n agor cell {0}{1} yn cael ei gau ar y llinell hon</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="577" />
      <source>Month is empty</source>
      <translation>Mae Month yn wag</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="626" />
      <source>{0} '{1}' is not a number</source>
      <translation>{0}: nid yw '{1}' yn rhif</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="629" />
      <source>{0} {1} is outside -{2:g}..{2:g}</source>
      <translation>{0}: mae {1} y tu allan i -{2:g}..{2:g}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="128" />
      <source>It looks like a data.police.uk outcomes file; import the -street.csv file of the same month.</source>
      <translation>Mae'n edrych fel ffeil canlyniadau data.police.uk; mewnforiwch ffeil -street.csv yr un mis.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="196" />
      <source>{0}: no such file or folder</source>
      <translation>{0}: nid oes ffeil na ffolder o'r fath</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="577" />
      <source>Month '{0}' is not a month (YYYY-MM)</source>
      <translation>Month: nid yw '{0}' yn fis (YYYY-MM)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="126" />
      <source>In the header line {0}.</source>
      <translation>Yn llinell y pennawd {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="131" />
      <source>It looks like a data.police.uk stop-and-search file; import the -street.csv file of the same month.</source>
      <translation>Mae'n edrych fel ffeil stopio a chwilio data.police.uk; mewnforiwch ffeil -street.csv yr un mis.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="133" />
      <source>{0}: the header has no column {1} (columns found: {2}).</source>
      <translation>{0}: nid oes colofn {1} yn y pennawd (colofnau a gafwyd: {2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="427" />
      <source>{0}: cannot be read ({1})</source>
      <translation>{0}: ni ellir ei darllen ({1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/policeuk.py" line="508" />
      <source>the line cannot be split into cells ({0})</source>
      <translation>ni ellir rhannu'r llinell yn gelloedd ({0})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="193" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="171" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="451" />
      <source>Not significant</source>
      <translation>Ddim yn arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="167" />
      <source>Significant rise</source>
      <translation>Cynnydd arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="169" />
      <source>Significant fall</source>
      <translation>Gostyngiad arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="173" />
      <source>Too few to tell</source>
      <translation>Rhy ychydig i farnu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="182" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="448" />
      <source>Hot spot, 99 % confidence</source>
      <translation>Man poeth, hyder 99 %</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="184" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="449" />
      <source>Hot spot, 95 % confidence</source>
      <translation>Man poeth, hyder 95 %</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="186" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="450" />
      <source>Hot spot, 90 % confidence</source>
      <translation>Man poeth, hyder 90 %</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="188" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="452" />
      <source>Cold spot, 90 % confidence</source>
      <translation>Man oer, hyder 90 %</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="190" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="453" />
      <source>Cold spot, 95 % confidence</source>
      <translation>Man oer, hyder 95 %</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="192" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="454" />
      <source>Cold spot, 99 % confidence</source>
      <translation>Man oer, hyder 99 %</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="220" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="325" />
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="34" />
      <source>Rank</source>
      <translation>Safle</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="225" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="325" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="341" />
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="38" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="281" />
      <source>Records</source>
      <translation>Cofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="225" />
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="39" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="281" />
      <source>Share</source>
      <translation>Cyfran</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="257" />
      <source>Records now</source>
      <translation>Cofnodion nawr</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="257" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="591" />
      <source>Records before</source>
      <translation>Cofnodion o'r blaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="257" />
      <source>Harm now</source>
      <translation>Niwed nawr</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="257" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="591" />
      <source>Harm before</source>
      <translation>Niwed o'r blaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="258" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="228" />
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="42" />
      <source>Change</source>
      <translation>Newid</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="258" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="285" />
      <source>Result</source>
      <translation>Canlyniad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="325" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="225" />
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="37" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="281" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="68" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="76" />
      <source>Harm</source>
      <translation>Niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="325" />
      <source>Share of sector</source>
      <translation>Cyfran o'r sector</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="347" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="488" />
      <source>Counted in an area</source>
      <translation>Wedi'i gyfrif mewn ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="349" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="488" />
      <source>Outside every area</source>
      <translation>Y tu allan i bob ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="351" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="490" />
      <source>No location</source>
      <translation>Dim lleoliad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="353" />
      <source>Invalid location or date</source>
      <translation>Lleoliad neu ddyddiad annilys</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="355" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="489" />
      <source>Left out by the filter</source>
      <translation>Wedi'i hepgor gan yr hidlydd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="357" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="489" />
      <source>Outside the period</source>
      <translation>Y tu allan i'r cyfnod</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="521" />
      <source>Target</source>
      <translation>Targed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="523" />
      <source>Buffer</source>
      <translation>Clustogfa</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="525" />
      <source>Control</source>
      <translation>Ardal reoli</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="532" />
      <source>Reduction</source>
      <translation>Gostyngiad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="534" />
      <source>Increase</source>
      <translation>Cynnydd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="536" />
      <source>No evidence of a change</source>
      <translation>Dim tystiolaeth o newid</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="543" />
      <source>Displacement</source>
      <translation>Dadleoli</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="545" />
      <source>Diffusion of benefit</source>
      <translation>Lledaenu budd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="547" />
      <source>Neither</source>
      <translation>Dim un</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="630" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="665" />
      <source>Interval</source>
      <translation>Cyfwng</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="640" />
      <source>Referred</source>
      <translation>Wedi'u hatgyfeirio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="642" />
      <source>Comparison</source>
      <translation>Cymhariaeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="644" />
      <source>Difference (referred − comparison)</source>
      <translation>Gwahaniaeth (wedi'u hatgyfeirio − cymhariaeth)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="689" />
      <source>OFFICIAL</source>
      <translation>SWYDDOGOL</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="691" />
      <source>OFFICIAL-SENSITIVE</source>
      <translation>SWYDDOGOL-SENSITIF</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="137" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="153" />
      <source>new</source>
      <translation>newydd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="149" />
      <source>too few</source>
      <translation>rhy ychydig</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="223" />
      <source>Move</source>
      <translation>Symudiad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="225" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="257" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="325" />
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="285" />
      <location filename="../soc_harm_plugin/gui/records_model.py" line="25" />
      <source>Area</source>
      <translation>Ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="285" />
      <source>Gi* z-score</source>
      <translation>Sgôr z Gi*</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="328" />
      <source>Hot spot</source>
      <translation>Man poeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="341" />
      <source>Count</source>
      <translation>Nifer</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="591" />
      <source>Zone</source>
      <translation>Parth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="591" />
      <source>Records after</source>
      <translation>Cofnodion ar ôl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="591" />
      <source>Harm after</source>
      <translation>Niwed ar ôl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="631" />
      <location filename="../soc_harm_plugin/gui/records_model.py" line="26" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="281" />
      <source>Measure</source>
      <translation>Mesur</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="631" />
      <source>Value</source>
      <translation>Gwerth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="631" />
      <source>Reading</source>
      <translation>Darlleniad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="664" />
      <source>Cohort</source>
      <translation>Carfan</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="664" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="95" />
      <source>Nominals</source>
      <translation>Unigolion enwol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="664" />
      <source>Mean harm before</source>
      <translation>Niwed cymedrig cyn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="664" />
      <source>Mean harm after</source>
      <translation>Niwed cymedrig ar ôl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="664" />
      <source>Mean change</source>
      <translation>Newid cymedrig</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="665" />
      <source>Method</source>
      <translation>Dull</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="607" />
      <source>Relative effect, records (target against control)</source>
      <translation>Effaith gymharol, cofnodion (targed yn erbyn yr ardal reoli)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="611" />
      <source>Relative effect, harm</source>
      <translation>Effaith gymharol, niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="614" />
      <source>Buffer against control, records</source>
      <translation>Clustogfa yn erbyn yr ardal reoli, cofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="616" />
      <source>Weighted displacement quotient, records</source>
      <translation>Cyniferydd dadleoli wedi'i bwysoli, cofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="619" />
      <source>Weighted displacement quotient, harm</source>
      <translation>Cyniferydd dadleoli wedi'i bwysoli, niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="622" />
      <source>Total net effect, records prevented</source>
      <translation>Cyfanswm yr effaith net, cofnodion a ataliwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="623" />
      <source>Total net effect, harm prevented</source>
      <translation>Cyfanswm yr effaith net, niwed a ataliwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="627" />
      <source>undefined</source>
      <translation>heb ei ddiffinio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="629" />
      <source>{0} % interval</source>
      <translation>cyfwng {0} %</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="304" />
      <source>hot {0}</source>
      <translation>poeth {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="306" />
      <source>cold {0}</source>
      <translation>oer {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/briefing.py" line="337" />
      <source>Records read</source>
      <translation>Cofnodion a ddarllenwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="42" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="110" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="74" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="78" />
      <source>areas</source>
      <translation>ardaloedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="58" />
      <source>area</source>
      <translation>ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="33" />
      <source>sectors</source>
      <translation>sectorau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="35" />
      <source>wards</source>
      <translation>wardiau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="37" />
      <source>streets</source>
      <translation>strydoedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="39" />
      <source>LSOAs</source>
      <translation>ACEHI</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="41" />
      <source>grid cells</source>
      <translation>celloedd grid</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="49" />
      <source>sector</source>
      <translation>sector</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="51" />
      <source>ward</source>
      <translation>ward</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="53" />
      <source>street</source>
      <translation>stryd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="55" />
      <source>LSOA</source>
      <translation>ACEHI</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="57" />
      <source>grid cell</source>
      <translation>cell grid</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="80" />
      <source>no harm change could be computed</source>
      <translation>dim modd cyfrifo newid yn y niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="83" />
      <source>harm unchanged</source>
      <translation>niwed heb newid</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="91" />
      <source>a significant increase</source>
      <translation>cynnydd arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="93" />
      <source>a significant decrease</source>
      <translation>gostyngiad arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="95" />
      <source>not a significant change</source>
      <translation>nid yw'n newid arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="97" />
      <source>too few records to tell</source>
      <translation>rhy ychydig o gofnodion i farnu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="344" />
      <source>Each measure compares the target with the control: it assumes the control shows what would have happened in the target without the operation.</source>
      <translation>Mae pob mesur yn cymharu'r targed â'r ardal reoli: mae'n tybio bod yr ardal reoli yn dangos beth fyddai wedi digwydd yn y targed heb yr ymgyrch.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="71" />
      <source>{0} stayed at rank {1}</source>
      <translation>Arhosodd {0} yn safle {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="79" />
      <source>harm up from none in the baseline</source>
      <translation>niwed wedi codi o ddim yn y llinell sylfaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="86" />
      <source>harm down {0}</source>
      <translation>niwed wedi gostwng {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="136" />
      <source>led by {0}</source>
      <translation>dan arweiniad: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="154" />
      <source>{0}: {1}.</source>
      <translation>{0}: {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="167" />
      <source>{0}; {1}.</source>
      <translation>{0}; {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="287" />
      <source>The relative effect on records in the target could not be computed: a zone has no record in either period.</source>
      <translation>Ni ellid cyfrifo'r effaith gymharol ar gofnodion yn y targed: nid oes gan un parth gofnod yn y naill gyfnod na'r llall.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="307" />
      <source>no evidence of a change</source>
      <translation>dim tystiolaeth o newid</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="313" />
      <source>Displacement is judged only where the target shows a reduction.</source>
      <translation>Dim ond lle mae'r targed yn dangos gostyngiad y caiff dadleoli ei farnu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="66" />
      <source>{0} is at rank {1} (no baseline rank)</source>
      <translation>Mae {0} yn safle {1} (dim safle yn y llinell sylfaen)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="68" />
      <source>{0} rose from rank {1} to {2}</source>
      <translation>Cododd {0} o safle {1} i {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="70" />
      <source>{0} fell from rank {1} to {2}</source>
      <translation>Disgynnodd {0} o safle {1} i {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="85" />
      <source>harm up {0}</source>
      <translation>niwed wedi codi {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="127" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="135" />
      <source>mostly {0}</source>
      <translation>yn bennaf: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="153" />
      <source>{0}: {1}, {2}.</source>
      <translation>{0}: {1}, {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="162" />
      <source>{0}; {1}, {2}, {3}.</source>
      <translation>{0}; {1}, {2}, {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="164" />
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="166" />
      <source>{0}; {1}, {2}.</source>
      <translation>{0}; {1}, {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="198" />
      <source>{0} has the most harm: {1} of the total across {2} {3}.</source>
      <translation>{0} sydd â'r mwyaf o niwed: {1} o'r cyfanswm ar draws pob un o'r {3} ({2} i gyd).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="214" />
      <source>Overall, harm is unchanged on the baseline.</source>
      <translation>At ei gilydd, nid yw'r niwed wedi newid o'i gymharu â'r llinell sylfaen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="251" />
      <source>{0} of {1} {2} are hot spots of harm ({3} at 99 % confidence)</source>
      <translation>Mae {0} o'r {2} (allan o {1}) yn fannau poeth niwed ({3} gyda hyder 99 %)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="253" />
      <source>{0} of {1} {2} are hot spots of harm</source>
      <translation>Mae {0} o'r {2} (allan o {1}) yn fannau poeth niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="256" />
      <source>{0}; none is a cold spot.</source>
      <translation>{0}; nid oes yr un yn fan oer.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="315" />
      <source>The weighted displacement quotient is undefined (the target had no record before, or the control none in a period).</source>
      <translation>Mae'r cyniferydd dadleoli wedi'i bwysoli heb ei ddiffinio (nid oedd gan y targed gofnod cyn, neu nid oedd gan yr ardal reoli un mewn cyfnod).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="124" />
      <source>{0} ({1} of the rise)</source>
      <translation>{0} ({1} o'r cynnydd)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="126" />
      <source>{0} ({1} of the fall)</source>
      <translation>{0} ({1} o'r gostyngiad)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="131" />
      <source>{0} and {1}</source>
      <translation>{0}, {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="133" />
      <source>{0}, {1} and {2}</source>
      <translation>{0}, {1}, {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="195" />
      <source>No harm was recorded in any of the {0} {1}.</source>
      <translation>Ni chofnodwyd niwed yn yr un o'r {1} ({0} i gyd).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="203" />
      <source>The top {0} {1} hold {2} of all harm.</source>
      <translation>Mae'r {0} uchaf o'r {1} yn dal {2} o'r holl niwed.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="228" />
      <source>Harm rose significantly in {0} of {1} {2} and fell significantly in {3}.</source>
      <translation>Cododd y niwed yn arwyddocaol mewn {0} o'r {2} (allan o {1}) a gostyngodd yn arwyddocaol mewn {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="249" />
      <source>None of the {0} {1} is a significant hot or cold spot of harm.</source>
      <translation>Nid yw'r un o'r {1} ({0} i gyd) yn fan poeth nac yn fan oer arwyddocaol o ran niwed.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="255" />
      <source>{0}; {1} are cold spots.</source>
      <translation>{0}; mae {1} yn fannau oer.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="306" />
      <source>a reduction</source>
      <translation>gostyngiad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="306" />
      <source>an increase</source>
      <translation>cynnydd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="308" />
      <source>Harm in the target: relative effect {0} ({1} interval {2}): {3}.</source>
      <translation>Niwed yn y targed: effaith gymharol {0} (cyfwng {1} {2}): {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="231" />
      <source>Harm rose significantly in {0} of {1} {2} and fell significantly in none.</source>
      <translation>Cododd y niwed yn arwyddocaol mewn {0} o'r {2} (allan o {1}) ac ni ostyngodd yn arwyddocaol yn yr un.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="293" />
      <source>Against the control, records in the target fell by {0} (relative effect {1}, {2} interval {3}): a reduction.</source>
      <translation>O'u cymharu â'r ardal reoli, gostyngodd y cofnodion yn y targed: {0} (effaith gymharol {1}, cyfwng {2} {3}): gostyngiad.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="337" />
      <source>Net of any displacement, about {0} fewer records in target and buffer than the control's trend gives.</source>
      <translation>Ar ôl unrhyw ddadleoli, tua {0} yn llai o gofnodion yn y targed a'r glustogfa nag y mae tuedd yr ardal reoli yn ei roi.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="341" />
      <source>Net of displacement, about {0} more records in target and buffer than the control's trend gives.</source>
      <translation>Ar ôl dadleoli, tua {0} yn fwy o gofnodion yn y targed a'r glustogfa nag y mae tuedd yr ardal reoli yn ei roi.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="216" />
      <source>Overall, harm is up {0} on the baseline, {1}.</source>
      <translation>Ar y cyfan, mae niwed i fyny {0} o'i gymharu â'r llinell sylfaen, {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="234" />
      <source>Harm fell significantly in {0} of {1} {2} and rose significantly in none.</source>
      <translation>Gostyngodd y niwed yn arwyddocaol mewn {0} o'r {2} (allan o {1}) ac ni chododd yn arwyddocaol yn yr un.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="237" />
      <source>No change in harm in any of the {0} {1} is larger than chance would give.</source>
      <translation>Nid yw'r newid yn y niwed yn yr un o'r {1} ({0} i gyd) yn fwy na'r hyn a fyddai'n digwydd ar hap.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="297" />
      <source>Against the control, records in the target rose by {0} (relative effect {1}, {2} interval {3}): an increase.</source>
      <translation>O'u cymharu â'r ardal reoli, cododd y cofnodion yn y targed: {0} (effaith gymharol {1}, cyfwng {2} {3}): cynnydd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="301" />
      <source>Against the control, records in the target changed by {0} (relative effect {1}, {2} interval {3}, which includes 1): no evidence of a change.</source>
      <translation>O'u cymharu â'r ardal reoli, newidiodd y cofnodion yn y targed: {0} (effaith gymharol {1}, cyfwng {2} {3}, sy'n cynnwys 1): dim tystiolaeth o newid.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="218" />
      <source>Overall, harm is down {0} on the baseline, {1}.</source>
      <translation>Ar y cyfan, mae niwed i lawr {0} o'i gymharu â'r llinell sylfaen, {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="319" />
      <source>The buffer shows displacement: about {0} of the fall in the target reappeared around it (weighted displacement quotient {1}, {2} interval {3}).</source>
      <translation>Mae'r glustogfa'n dangos dadleoli: ailymddangosodd tua {0} o'r gostyngiad yn y targed o'i amgylch (cyniferydd dadleoli wedi'i bwysoli {1}, cyfwng {2} {3}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="324" />
      <source>The buffer shows displacement larger than the fall in the target (weighted displacement quotient {0}, {1} interval {2}).</source>
      <translation>Mae'r glustogfa'n dangos dadleoli sy'n fwy na'r gostyngiad yn y targed (cyniferydd dadleoli wedi'i bwysoli {0}, cyfwng {1} {2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="328" />
      <source>The buffer shows a diffusion of benefit: records fell around the target too (weighted displacement quotient {0}, {1} interval {2}).</source>
      <translation>Mae'r glustogfa'n dangos lledaenu budd: gostyngodd y cofnodion o amgylch y targed hefyd (cyniferydd dadleoli wedi'i bwysoli {0}, cyfwng {1} {2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="332" />
      <source>The buffer shows neither displacement nor a diffusion of benefit (weighted displacement quotient {0}).</source>
      <translation>Nid yw'r glustogfa'n dangos dadleoli na lledaenu budd (cyniferydd dadleoli wedi'i bwysoli {0}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="220" />
      <source>Overall, harm is up {0} on the baseline.</source>
      <translation>At ei gilydd, mae'r niwed wedi codi {0} o'i gymharu â'r llinell sylfaen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/sharing/narrative.py" line="222" />
      <source>Overall, harm is down {0} on the baseline.</source>
      <translation>At ei gilydd, mae'r niwed wedi gostwng {0} o'i gymharu â'r llinell sylfaen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/domain/stats/hotspots.py" line="316" />
      <location filename="../soc_harm_plugin/domain/stats/local_moran.py" line="96" />
      <source>every area has the same value ({0})</source>
      <translation>mae gan bob ardal yr un gwerth ({0})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="47" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="59" />
      <source>Sectors</source>
      <translation>Sectorau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="47" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="60" />
      <source>Wards</source>
      <translation>Wardiau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="47" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="71" />
      <source>Streets</source>
      <translation>Strydoedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="47" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="84" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="330" />
      <source>Other areas</source>
      <translation>Ardaloedd eraill</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="53" />
      <source>All harm</source>
      <translation>Yr holl niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="622" />
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="150" />
      <source>Select an area to see its records</source>
      <translation>Dewiswch ardal i weld ei chofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="66" />
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="726" />
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="62" />
      <source>SOC Harm</source>
      <translation>SOC Harm</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="100" />
      <source>The scored layer to rank: a SOC Harm output in the project</source>
      <translation>Yr haen wedi'i sgorio i'w graddio: allbwn SOC Harm yn y prosiect</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="104" />
      <source>Switch between sectors, wards and streets where their outputs are loaded</source>
      <translation>Newid rhwng sectorau, wardiau a strydoedd lle mae eu hallbynnau wedi'u llwytho</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="113" />
      <source>Rank by all harm, one measure, or one dimension of harm</source>
      <translation>Graddio yn ôl yr holl niwed, un mesur, neu un dimensiwn o'r niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="116" />
      <source>Filter by id or name</source>
      <translation>Hidlo yn ôl dynodydd neu enw</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="167" />
      <source>Export ranking…</source>
      <translation>Allforio'r rhestr safleoedd…</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="169" />
      <source>Export records…</source>
      <translation>Allforio'r cofnodion…</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="171" />
      <source>Include personal fields</source>
      <translation>Cynnwys meysydd personol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="173" />
      <source>Off (safe to share): fields that name or identify people (names, person and nominal ids, dates of birth, addresses, phone numbers, vehicle registrations, and fields the scheme marks personal) are left out of exports.</source>
      <translation>I ffwrdd (diogel i'w rannu): caiff meysydd sy'n enwi neu'n adnabod pobl (enwau, dynodyddion personau ac unigolion enwol, dyddiadau geni, cyfeiriadau, rhifau ffôn, rhifau cofrestru cerbydau, a meysydd y mae'r cynllun yn eu nodi'n rhai personol) eu hepgor o'r allforion.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="190" />
      <source>Re-score</source>
      <translation>Ail-sgorio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="192" />
      <source>Run the algorithm that made this layer again, with the same parameters, in the background; the new output is added to the project.</source>
      <translation>Rhedeg yr algorithm a greodd yr haen hon eto, gyda'r un paramedrau, yn y cefndir; caiff yr allbwn newydd ei ychwanegu at y prosiect.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="198" />
      <source>Cancel</source>
      <translation>Canslo</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="608" />
      <source>No code</source>
      <translation>Dim cod</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="618" />
      <source>This output has no records table: run it with the 'Records with their weight and status' output to list the records under each area.</source>
      <translation>Nid oes gan yr allbwn hwn dabl cofnodion: rhedwch ef gyda'r allbwn 'Cofnodion gyda'u pwysiad a'u statws' i restru'r cofnodion o dan bob ardal.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="653" />
      <source>Re-scoring in the background…</source>
      <translation>Wrthi'n ail-sgorio yn y cefndir…</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="55" />
      <source>Dimension: {0}</source>
      <translation>Dimensiwn: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="105" />
      <source>Layer</source>
      <translation>Haen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="117" />
      <source>Rank by</source>
      <translation>Graddio yn ôl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="448" />
      <source>No scored layer: run Score harm by area, or make a scored layer active.</source>
      <translation>Dim haen wedi'i sgorio: rhedwch 'Sgorio niwed fesul ardal', neu wnewch haen wedi'i sgorio yn weithredol.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="461" />
      <source>This output records no run parameters: run the algorithm again from the toolbox once to re-score from here.</source>
      <translation>Nid yw'r allbwn hwn yn cofnodi paramedrau'r rhediad: rhedwch yr algorithm eto o'r blwch offer unwaith er mwyn ail-sgorio o'r fan hon.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="581" />
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="450" />
      <source>{0} areas</source>
      <translation>{0} o ardaloedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="679" />
      <source>Re-scored: {0}</source>
      <translation>Wedi ail-sgorio: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="177" />
      <source>Show counts below {0}</source>
      <translation>Dangos niferoedd o dan {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="179" />
      <source>Off (safe to share): counts below {0}, 0 included, are exported as "&lt;{0}", as in the briefing pack.</source>
      <translation>I ffwrdd (diogel i'w rannu): caiff niferoedd o dan {0}, gan gynnwys 0, eu hallforio fel "&lt;{0}", fel yn y pecyn briffio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="554" />
      <source>{0} records in {1}</source>
      <translation>{0} o gofnodion: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="585" />
      <source>What each measure contributes: {0}</source>
      <translation>Cyfraniad pob mesur: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="587" />
      <source>Harm by offence code: {0}</source>
      <translation>Niwed yn ôl cod trosedd: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="597" />
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="603" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="181" />
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="498" />
      <source>Other</source>
      <translation>Arall</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="621" />
      <source>The records file '{0}' cannot be found.</source>
      <translation>Nid oes modd dod o hyd i'r ffeil cofnodion '{0}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="718" />
      <source>Layer '{0}' could not be added to the project.</source>
      <translation>Nid oedd modd ychwanegu'r haen '{0}' at y prosiect.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="676" />
      <source>{0} (re-scored)</source>
      <translation>{0} (wedi ail-sgorio)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="452" />
      <source>{0} of {1} areas</source>
      <translation>{0} allan o {1} o ardaloedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/harm_panel.py" line="557" />
      <source>(records of the first {0} selected areas)</source>
      <translation>(cofnodion yr ardaloedd cyntaf a ddewiswyd, hyd at {0})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="153" />
      <source>Export ranking</source>
      <translation>Allforio'r rhestr safleoedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="153" />
      <source>Export records</source>
      <translation>Allforio'r cofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="154" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="154" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="166" />
      <source>Left out as personal: {0}.</source>
      <translation>Wedi'u hepgor am eu bod yn bersonol: {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="168" />
      <source>{0} counts below {1} shown as "&lt;{1}".</source>
      <translation>Dangoswyd {0} o niferoedd o dan {1} fel "&lt;{1}".</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="170" />
      <source>Wrote {0} rows to {1}.</source>
      <translation>Ysgrifennwyd {0} o resi i {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="48" />
      <source>Records of {0}</source>
      <translation>Cofnodion {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/panel_tables.py" line="162" />
      <source>Could not write the table: {0}</source>
      <translation>Nid oedd modd ysgrifennu'r tabl: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="35" />
      <source>Id</source>
      <translation>Dynodydd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="36" />
      <source>Name</source>
      <translation>Enw</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="40" />
      <source>Per 1,000</source>
      <translation>Fesul 1,000</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="41" />
      <source>Per km²</source>
      <translation>Fesul km²</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="43" />
      <source>Rank move</source>
      <translation>Symudiad safle</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="233" />
      <source>A significant increase on the baseline</source>
      <translation>Cynnydd arwyddocaol o'i gymharu â'r llinell sylfaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="234" />
      <source>A significant decrease on the baseline</source>
      <translation>Gostyngiad arwyddocaol o'i gymharu â'r llinell sylfaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="235" />
      <source>No significant change on the baseline</source>
      <translation>Dim newid arwyddocaol o'i gymharu â'r llinell sylfaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="236" />
      <source>Too few records to tell</source>
      <translation>Rhy ychydig o gofnodion i farnu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/ranking_model.py" line="255" />
      <source>Harm: {0}</source>
      <translation>Niwed: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="27" />
      <source>Weight</source>
      <translation>Pwysiad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="28" />
      <source>Date</source>
      <translation>Dyddiad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="29" />
      <source>Code</source>
      <translation>Cod</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="30" />
      <source>Harm table code</source>
      <translation>Cod y tabl niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="31" />
      <source>Status</source>
      <translation>Statws</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="32" />
      <source>Source layer</source>
      <translation>Haen ffynhonnell</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="33" />
      <source>Source feature</source>
      <translation>Nodwedd ffynhonnell</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="34" />
      <source>Distance</source>
      <translation>Pellter</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/records_model.py" line="35" />
      <source>Dimension</source>
      <translation>Dimensiwn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/rescore.py" line="116" />
      <source>Re-scoring failed: see the Processing log.</source>
      <translation>Methodd yr ail-sgorio: gweler y log Prosesu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/rescore.py" line="56" />
      <source>This output records no run parameters: run the algorithm again from the toolbox once, then re-score from here.</source>
      <translation>Nid yw'r allbwn hwn yn cofnodi paramedrau'r rhediad: rhedwch yr algorithm eto o'r blwch offer unwaith, yna ail-sgoriwch o'r fan hon.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/rescore.py" line="89" />
      <source>Re-scoring was cancelled.</source>
      <translation>Cafodd yr ail-sgorio ei ganslo.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/rescore.py" line="75" />
      <source>SOC Harm: re-scoring {0}</source>
      <translation>SOC Harm: wrthi'n ail-sgorio {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/rescore.py" line="60" />
      <source>Algorithm '{0}' is not available: is the SOC Harm plugin enabled?</source>
      <translation>Nid yw'r algorithm '{0}' ar gael: a yw'r ategyn SOC Harm wedi'i alluogi?</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/gui/table_export.py" line="30" />
      <source>{0}: the table's columns could not be set up</source>
      <translation>{0}: nid oedd modd gosod colofnau'r tabl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/plugin.py" line="36" />
      <source>SOC Harm panel</source>
      <translation>Panel SOC Harm</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/plugin.py" line="40" />
      <source>Areas ranked by harm, with the records under each, linked to the map</source>
      <translation>Ardaloedd wedi'u graddio yn ôl niwed, gyda'r cofnodion o dan bob un, wedi'u cysylltu â'r map</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="97" />
      <source>Compare harm between periods</source>
      <translation>Cymharu niwed rhwng cyfnodau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="106" />
      <source>First day of the current period. Empty: the first day of the month of the period end.</source>
      <translation>Diwrnod cyntaf y cyfnod presennol. Yn wag: diwrnod cyntaf mis diwedd y cyfnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="107" />
      <source>Last day of the current period (inclusive). Empty: the end of the last month the data wholly cover.</source>
      <translation>Diwrnod olaf y cyfnod presennol (yn gynhwysol). Yn wag: diwedd y mis olaf y mae'r data yn ei gwmpasu'n llwyr.</translation>
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
      <translation>Darllen ardaloedd</translation>
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
      <translation>Darllen cofnodion</translation>
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
      <translation>Ysgrifennu allbynnau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="110" />
      <source>Every area with n_current, n_baseline, harm_current, harm_baseline, harm_change, harm_change_pct (harm_change_pct_reason where it is null), p_count, p_harm, harm_test, rank_current, rank_baseline, rank_change, change_class and count_change_class (increase, decrease, no_change, too_few), current_period and baseline_period.</source>
      <translation>Pob ardal gyda n_current, n_baseline, harm_current, harm_baseline, harm_change, harm_change_pct (harm_change_pct_reason lle mae'n null), p_count, p_harm, harm_test, rank_current, rank_baseline, rank_change, change_class a count_change_class (increase, decrease, no_change, too_few), current_period a baseline_period.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="119" />
      <source>What the drivers of a change are: the harm table's offence category of each record (a table without a category column gives each code's label), or its code. With a harm scheme the drivers are always the scheme's measures.</source>
      <translation>Beth yw ysgogwyr newid: categori trosedd pob cofnod yn y tabl niwed (mae tabl heb golofn categori yn rhoi label pob cod), neu ei god. Gyda chynllun niwed, mesurau'r cynllun yw'r ysgogwyr bob amser.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="126" />
      <source>A table of what drove each area's change: one row per area and driver (offence category, code or scheme measure) with a record in either period, and rows for the force (scope force). Fields area_id, driver, n_current, n_baseline, harm_current, harm_baseline, harm_change and share_of_change: the driver's part of the area's change in harm, in %, signs kept, so an area's shares add up to 100 (a driver that fell while the area rose has a negative share). Where the area's harm did not change there is no share (share_reason no_change).</source>
      <translation>Tabl o'r hyn a ysgogodd newid pob ardal: un rhes i bob ardal ac ysgogydd (categori trosedd, cod neu fesur cynllun) sydd â chofnod yn y naill gyfnod neu'r llall, a rhesi i'r heddlu (scope force). Meysydd area_id, driver, n_current, n_baseline, harm_current, harm_baseline, harm_change a share_of_change: rhan yr ysgogydd o newid yr ardal mewn niwed, mewn %, gyda'r arwyddion, felly mae cyfrannau ardal yn adio i 100 (mae gan ysgogydd a ostyngodd tra cododd yr ardal gyfran negatif). Lle na newidiodd niwed yr ardal nid oes cyfran (share_reason no_change).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="132" />
      <source>Force: records in the current period</source>
      <translation>Heddlu: cofnodion yn y cyfnod presennol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="133" />
      <source>Force: records in the baseline</source>
      <translation>Heddlu: cofnodion yn y llinell sylfaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="134" />
      <source>Force: harm in the current period</source>
      <translation>Heddlu: niwed yn y cyfnod presennol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="135" />
      <source>Force: harm in the baseline</source>
      <translation>Heddlu: niwed yn y llinell sylfaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="136" />
      <source>Force: change in harm (%)</source>
      <translation>Heddlu: newid yn y niwed (%)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="137" />
      <source>Force: p-value of the change in records</source>
      <translation>Heddlu: gwerth p y newid yn y cofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="138" />
      <source>Force: p-value of the change in harm</source>
      <translation>Heddlu: gwerth p y newid yn y niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="140" />
      <source>Force: change in harm (class)</source>
      <translation>Heddlu: newid yn y niwed (dosbarth)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="141" />
      <source>Force: change in records (class)</source>
      <translation>Heddlu: newid yn y cofnodion (dosbarth)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="142" />
      <source>Current period compared</source>
      <translation>Y cyfnod presennol a gymharwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="143" />
      <source>Baseline compared</source>
      <translation>Y llinell sylfaen a gymharwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="197" />
      <source>Change in harm in areas of '{0}': {1} against {2}.</source>
      <translation>Newid yn y niwed yn ardaloedd '{0}': {1} yn erbyn {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="292" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="204" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="250" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="163" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="418" />
      <source>Records in: {0} = {1}</source>
      <translation>Cofnodion yn y mewnbwn: {0} = {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="299" />
      <source>Force total: harm {0:,.1f} against {1:,.1f} ({2}): {3} (p = {4}); records {5} against {6:,.1f}: {7} (p = {8}).</source>
      <translation>Cyfanswm yr heddlu: niwed {0:,.1f} yn erbyn {1:,.1f} ({2}): {3} (p = {4}); cofnodion {5} yn erbyn {6:,.1f}: {7} (p = {8}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="301" />
      <source>no baseline harm</source>
      <translation>dim niwed yn y llinell sylfaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="309" />
      <source>Areas by change in harm: {0} increase, {1} decrease, {2} no_change, {3} too_few.</source>
      <translation>Ardaloedd yn ôl newid yn y niwed: {0} increase, {1} decrease, {2} no_change, {3} too_few.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="109" />
      <source>Areas with their change in harm</source>
      <translation>Ardaloedd gyda'u newid yn y niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="115" />
      <source>Drivers by</source>
      <translation>Ysgogwyr yn ôl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="124" />
      <source>Drivers of the change</source>
      <translation>Ysgogwyr y newid</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="160" />
      <source>Comparing {0} with {1}</source>
      <translation>Cymharu {0} â {1}</translation>
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
      <translation>Tarddiad: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="294" />
      <source>No record at all falls in period(s) {0}: is data missing for them? They are compared as zero.</source>
      <translation>Nid oes yr un cofnod o gwbl yn y cyfnod(au) {0}: a yw'r data ar eu cyfer ar goll? Cânt eu cymharu fel sero.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="205" />
      <source>What drove the change in harm in areas of '{0}': {1} against {2}, by {3}.</source>
      <translation>Yr hyn a ysgogodd y newid mewn niwed yn ardaloedd '{0}': {1} yn erbyn {2}, yn ôl {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="241" />
      <source>Force: what drove the change in harm: {0}.</source>
      <translation>Yr heddlu: yr hyn a ysgogodd y newid mewn niwed: {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="116" />
      <source>Offence category (the harm table's category)</source>
      <translation>Categori trosedd (categori'r tabl niwed)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="117" />
      <source>Code (as in the harm table)</source>
      <translation>Cod (fel yn y tabl niwed)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_change.py" line="232" />
      <source>Harm table '{0}' has no category column: the drivers are its codes' labels.</source>
      <translation>Nid oes gan y tabl niwed '{0}' golofn categori: labeli ei godau yw'r ysgogwyr.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="54" />
      <source>Harm over time</source>
      <translation>Niwed dros amser</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="341" />
      <source>Baseline mean</source>
      <translation>Cymedr y llinell sylfaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="343" />
      <source>Partial period (not compared)</source>
      <translation>Cyfnod rhannol (heb ei gymharu)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="344" />
      <source>No record at all (missing data?)</source>
      <translation>Dim cofnod o gwbl (data ar goll?)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="346" />
      <source>Areas with the most harm (↑ / ↓: significant trend)</source>
      <translation>Ardaloedd â'r mwyaf o niwed (↑ / ↓: tuedd arwyddocaol)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="64" />
      <source>Count and weigh records by calendar month, quarter (January-March, ...) or year.</source>
      <translation>Cyfrif a phwysoli cofnodion fesul mis calendr, chwarter (Ionawr-Mawrth, ...) neu flwyddyn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="68" />
      <source>Leave out records before this day. Empty: from the first dated record.</source>
      <translation>Hepgor cofnodion cyn y diwrnod hwn. Yn wag: o'r cofnod cyntaf sydd â dyddiad.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="71" />
      <source>Leave out records after this day. Empty: to the last dated record. A period the series covers only in part is flagged partial and left out of the trend and the band.</source>
      <translation>Hepgor cofnodion ar ôl y diwrnod hwn. Yn wag: hyd at y cofnod olaf sydd â dyddiad. Caiff cyfnod nad yw'r gyfres ond yn ei gwmpasu'n rhannol ei nodi'n rhannol a'i hepgor o'r duedd a'r band.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="76" />
      <source>A Mann-Kendall trend with a p-value below this is up or down; otherwise none.</source>
      <translation>Mae tuedd Mann-Kendall sydd â gwerth p is na hyn yn mynd i fyny neu i lawr (up, down); fel arall nid oes tuedd (none).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="80" />
      <source>The expected band is the baseline mean plus or minus this many standard deviations (never narrower than chance alone makes it). 2 flags about 1 period in 20 by chance; 3 is the classic control-chart limit.</source>
      <translation>Y band disgwyliedig yw cymedr y llinell sylfaen plws neu finws y nifer hwn o wyriadau safonol (byth yn gulach na'r hyn y mae siawns yn unig yn ei roi). Mae 2 yn tynnu sylw at tua 1 cyfnod o bob 20 ar hap; 3 yw terfyn clasurol siart reoli.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="87" />
      <source>How many whole periods before the latest build the band: 0 takes them all.</source>
      <translation>Faint o gyfnodau cyfan cyn yr un diweddaraf sy'n ffurfio'r band: mae 0 yn eu cymryd i gyd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="91" />
      <source>The chart shows the force total and this many areas with the most harm over the series.</source>
      <translation>Mae'r siart yn dangos cyfanswm yr heddlu a'r nifer hwn o'r ardaloedd â'r mwyaf o niwed dros y gyfres.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="94" />
      <source>One row per area and period, and one per period for the whole force (level force, area_id empty): level, area_id, area_name, period, period_start, period_end, partial (1 when the data cover the period only in part), no_data (1 when the data hold no record at all in it), n and harm. Every period is listed, with 0 where an area has no record.</source>
      <translation>Un rhes ar gyfer pob ardal a chyfnod, ac un ar gyfer pob cyfnod ar gyfer yr heddlu cyfan (level force, area_id yn wag): level, area_id, area_name, period, period_start, period_end, partial (1 pan nad yw'r data ond yn cwmpasu'r cyfnod yn rhannol), no_data (1 pan nad oes gan y data yr un cofnod o gwbl ynddo), n a harm (nifer a niwed). Caiff pob cyfnod ei restru, gyda 0 lle nad oes gan ardal gofnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="100" />
      <source>One row per area and one for the force: n_total, harm_total and periods (whole periods), mk_s, mk_tau, mk_p, sen_slope (harm per period), trend_class (up, down, none), latest_period, latest_n, latest_harm, band_mean, band_low, band_high, latest_flag (above, below, within) and chart_rank.</source>
      <translation>Un rhes ar gyfer pob ardal ac un ar gyfer yr heddlu: n_total, harm_total a periods (cyfnodau cyfan), mk_s, mk_tau, mk_p, sen_slope (niwed fesul cyfnod), trend_class (up, down, none), latest_period, latest_n, latest_harm, band_mean, band_low, band_high, latest_flag (above, below, within) a chart_rank.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="107" />
      <source>The force total with its band and Sen's slope, over the top areas' series.</source>
      <translation>Cyfanswm yr heddlu gyda'i fand a goledd Sen, dros gyfresi'r ardaloedd uchaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="111" />
      <source>The same chart as an SVG, to edit or scale in reports.</source>
      <translation>Yr un siart fel SVG, i'w olygu neu i newid ei faint mewn adroddiadau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="112" />
      <source>Force: Kendall's tau</source>
      <translation>Heddlu: tau Kendall</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="113" />
      <source>Force: Mann-Kendall p-value</source>
      <translation>Heddlu: gwerth p Mann-Kendall</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="114" />
      <source>Force: Sen's slope (harm per period)</source>
      <translation>Heddlu: goledd Sen (niwed fesul cyfnod)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="115" />
      <source>Force: trend</source>
      <translation>Heddlu: tuedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="116" />
      <source>Force: latest period against its band</source>
      <translation>Heddlu: y cyfnod diweddaraf o'i gymharu â'i fand</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="117" />
      <source>Latest whole period</source>
      <translation>Y cyfnod cyfan diweddaraf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="182" />
      <source>Harm by {0} in areas of '{1}', {2}.</source>
      <translation>Niwed yn ardaloedd '{1}' (cyfnodau: {0}), {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="217" />
      <source>The data cover no whole period: there is no trend and no band.</source>
      <translation>Nid yw'r data yn cwmpasu unrhyw gyfnod cyfan: nid oes tuedd na band.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="332" />
      <source>month</source>
      <translation>mis</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="332" />
      <source>quarter</source>
      <translation>chwarter</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="332" />
      <source>year</source>
      <translation>blwyddyn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="334" />
      <source>Source: {0}. Force trend: {1} (Mann-Kendall p = {2}); latest whole {3} {4}: {5} its expected band.</source>
      <translation>Ffynhonnell: {0}. Tuedd yr heddlu: {1} (p Mann-Kendall = {2}); y cyfnod cyfan diweddaraf ({3} {4}) o'i gymharu â'i fand disgwyliedig: {5}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="350" />
      <source>Harm (weighted records)</source>
      <translation>Niwed (cofnodion wedi'u pwysoli)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="351" />
      <source>Force total</source>
      <translation>Cyfanswm yr heddlu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="62" />
      <source>Periods</source>
      <translation>Cyfnodau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="66" />
      <source>Series start</source>
      <translation>Dechrau'r gyfres</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="70" />
      <source>Series end</source>
      <translation>Diwedd y gyfres</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="74" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="106" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="59" />
      <source>Significance level</source>
      <translation>Lefel arwyddocâd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="78" />
      <source>Band width (standard deviations)</source>
      <translation>Lled y band (gwyriadau safonol)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="84" />
      <source>Baseline periods for the band</source>
      <translation>Cyfnodau sylfaen ar gyfer y band</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="89" />
      <source>Areas in the chart</source>
      <translation>Ardaloedd yn y siart</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="93" />
      <source>Harm by period (long table)</source>
      <translation>Niwed fesul cyfnod (tabl hir)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="99" />
      <source>Trend per area</source>
      <translation>Tuedd fesul ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="105" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="97" />
      <source>Chart (PNG)</source>
      <translation>Siart (PNG)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="109" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="101" />
      <source>Chart (SVG)</source>
      <translation>Siart (SVG)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="133" />
      <source>The series covers {0} ({1} to {2}), by {3}.</source>
      <translation>Mae'r gyfres yn cwmpasu {0} ({1} i {2}), cyfnodau: {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="339" />
      <source>Expected band (baseline mean ± {0} sd)</source>
      <translation>Band disgwyliedig (cymedr y llinell sylfaen ± {0} gwyriad safonol)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="342" />
      <source>Sen's slope: {0:+,.0f} per {1}</source>
      <translation>Goledd Sen: {0:+,.0f} fesul {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="345" />
      <source>Latest period: {0}</source>
      <translation>Cyfnod diweddaraf: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="366" />
      <source>No record of {0} has a date that can be read: there is no series.</source>
      <translation>Nid oes gan yr un o gofnodion {0} ddyddiad y gellir ei ddarllen: nid oes cyfres.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="371" />
      <source>The series starts ({0}) after it ends ({1}).</source>
      <translation>Mae'r gyfres yn dechrau ({0}) ar ôl iddi orffen ({1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="374" />
      <source>The series {0} to {1} lies outside the data of {2}, which cover {3}.</source>
      <translation>Mae'r gyfres {0} i {1} y tu allan i ddata {2}, sy'n cwmpasu {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="208" />
      <source>The data cover period(s) {0} only in part: they are listed (partial = 1) but left out of the trend and the band.</source>
      <translation>Dim ond yn rhannol y mae'r data yn cwmpasu'r cyfnod(au) {0}: cânt eu rhestru (partial = 1) ond eu hepgor o'r duedd a'r band.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="212" />
      <source>No record at all falls in period(s) {0}: is data missing for them? They are listed (no_data = 1, n and harm 0) but left out of the trend and the band.</source>
      <translation>Nid oes yr un cofnod o gwbl yn y cyfnod(au) {0}: a yw'r data ar eu cyfer ar goll? Cânt eu rhestru (no_data = 1, gyda n a harm, sef nifer a niwed, yn 0) ond eu hepgor o'r duedd a'r band.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="228" />
      <source>Force total: trend {0} (tau {1}, p {2}, Sen's slope {3} per period); latest period {4}: harm {5:,.1f}, {6} its band [{7}, {8}].</source>
      <translation>Cyfanswm yr heddlu: tuedd {0} (tau {1}, p {2}, goledd Sen {3} fesul cyfnod); cyfnod diweddaraf {4}: niwed {5:,.1f}; o'i gymharu â'i fand [{7}, {8}]: {6}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="349" />
      <source>Harm by {0}: force total and top areas</source>
      <translation>Niwed fesul {0}: cyfanswm yr heddlu a'r ardaloedd uchaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="62" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="282" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="87" />
      <source>Month</source>
      <translation>Mis</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="62" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="282" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="87" />
      <source>Quarter</source>
      <translation>Chwarter</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="62" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="87" />
      <source>Year</source>
      <translation>Blwyddyn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="219" />
      <source>The data cover a single whole period ({0}): a trend needs at least 3 and a band at least 3 (2 before the latest). Choose a shorter period unit or more data.</source>
      <translation>Dim ond un cyfnod cyfan ({0}) y mae'r data yn ei gwmpasu: mae tuedd angen o leiaf 3, a band o leiaf 3 (2 cyn yr un diweddaraf). Dewiswch uned cyfnod fyrrach neu fwy o ddata.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="320" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="279" />
      <source>No chart: matplotlib cannot be imported ({0}).</source>
      <translation>Dim siart: nid oes modd mewnforio matplotlib ({0}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/harm_trend.py" line="224" />
      <source>The data cover {0} whole periods: a trend needs at least 3, a band at least 3 (2 before the latest).</source>
      <translation>Mae'r data yn cwmpasu {0} cyfnod cyfan: mae tuedd angen o leiaf 3, a band o leiaf 3 (2 cyn yr un diweddaraf).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="89" />
      <source>Intervention impact (did it work?)</source>
      <translation>Effaith ymyriad (a weithiodd?)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="96" />
      <source>The events' date (needed): a date, a date-time, or text (2019-02-15, 15/02/2019, or month-only 2019-02 as data.police.uk writes it). Month-only dates make both periods whole months.</source>
      <translation>Dyddiad y digwyddiadau (angenrheidiol): dyddiad, dyddiad-amser, neu destun (2019-02-15, 15/02/2019, neu fis yn unig 2019-02 fel y mae data.police.uk yn ei ysgrifennu). Mae dyddiadau mis yn unig yn gwneud y ddau gyfnod yn fisoedd cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="184" />
      <source>Reading the zones</source>
      <translation>Darllen y parthau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="458" />
      <source>the target had no record before</source>
      <translation>nid oedd gan y targed gofnod cyn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="460" />
      <source>the control has no record in a period</source>
      <translation>nid oes gan yr ardal reoli gofnod mewn cyfnod</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="462" />
      <source>the target did not change against the control</source>
      <translation>ni newidiodd y targed o'i gymharu â'r ardal reoli</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="103" />
      <source>The polygon(s) where the operation ran; several are merged. Distances and areas are in this layer's CRS (use a projected CRS such as EPSG:27700).</source>
      <translation>Y polygon(au) lle cynhaliwyd yr ymgyrch; mae sawl un yn cael eu huno. Mae pellteroedd ac arwynebeddau yn CRS yr haen hon (defnyddiwch CRS wedi'i daflunio fel EPSG:27700).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="108" />
      <source>The buffer is a ring this wide around the target, where crime could be displaced to (a few hundred metres for street crime). Not used when a buffer layer is given.</source>
      <translation>Cylch mor llydan â hyn o amgylch y targed yw'r glustogfa, lle gallai troseddau gael eu dadleoli iddo (ychydig gannoedd o fetrau ar gyfer troseddau stryd). Ni chaiff ei ddefnyddio pan roddir haen glustogfa.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="113" />
      <source>Polygons to use as the buffer instead of a ring, e.g. the neighbouring wards. The target is cut out of them.</source>
      <translation>Polygonau i'w defnyddio fel y glustogfa yn lle cylch, e.e. y wardiau cyfagos. Mae'r targed yn cael ei dorri allan ohonynt.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="117" />
      <source>Comparable places the operation did not reach. Empty: the rest of the force (every record outside target and buffer). A control that overlaps target or buffer is clipped, with a warning.</source>
      <translation>Lleoedd tebyg na chyrhaeddodd yr ymgyrch. Gwag: gweddill yr heddlu (pob cofnod y tu allan i'r targed a'r glustogfa). Mae ardal reoli sy'n gorgyffwrdd â'r targed neu'r glustogfa yn cael ei docio, gyda rhybudd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="120" />
      <source>Before: start</source>
      <translation>Cyn: dechrau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="120" />
      <source>First day of the period before the operation.</source>
      <translation>Diwrnod cyntaf y cyfnod cyn yr ymgyrch.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="121" />
      <source>Before: end</source>
      <translation>Cyn: diwedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="122" />
      <source>Last day of the period before (inclusive). It must end before the after period starts.</source>
      <translation>Diwrnod olaf y cyfnod cyn (yn gynwysedig). Rhaid iddo orffen cyn i'r cyfnod ar ôl ddechrau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="124" />
      <source>After: start (the intervention date)</source>
      <translation>Ar ôl: dechrau (dyddiad yr ymyriad)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="125" />
      <source>First day of the period after: the day the operation began, or later to leave out a settling-in period.</source>
      <translation>Diwrnod cyntaf y cyfnod ar ôl: y diwrnod y dechreuodd yr ymgyrch, neu'n hwyrach i hepgor cyfnod ymgartrefu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="127" />
      <source>After: end</source>
      <translation>Ar ôl: diwedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="127" />
      <source>Last day of the period after (inclusive).</source>
      <translation>Diwrnod olaf y cyfnod ar ôl (yn gynwysedig).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="132" />
      <source>The level of every interval: 0.95 gives 95 % intervals.</source>
      <translation>Lefel pob cyfwng: mae 0.95 yn rhoi cyfyngau 95 %.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="136" />
      <source>How many bootstrap replicates give the intervals of the harm measures and the quotients. 1,999 puts the 95 % limits on whole replicates.</source>
      <translation>Faint o atgynyrchiadau bootstrap sy'n rhoi cyfyngau'r mesurau niwed a'r cyniferyddion. Mae 1,999 yn gosod y terfynau 95 % ar atgynyrchiadau cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="141" />
      <source>Seed of the bootstrap: the same seed gives the same intervals.</source>
      <translation>Hedyn y bootstrap: mae'r un hedyn yn rhoi'r un cyfyngau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="144" />
      <source>One row per zone (target, buffer, control): n_before, n_after, harm_before, harm_after.</source>
      <translation>Un rhes i bob parth (target, buffer, control): n_before, n_after, harm_before, harm_after.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="147" />
      <source>The three zones as polygons with the same fields, area_km2 and result (the target's and the buffer's class), styled by result. Its provenance holds every result, for the briefing pack's 'Did it work?' page.</source>
      <translation>Y tri pharth fel polygonau gyda'r un meysydd, area_km2 a result (dosbarth y targed a'r glustogfa), wedi'u harddullio yn ôl result. Mae ei darddiad yn dal pob canlyniad, ar gyfer tudalen 'A weithiodd?' y pecyn briffio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="151" />
      <source>Relative effect size (records)</source>
      <translation>Maint effaith gymharol (cofnodion)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="152" />
      <source>Relative effect size: lower limit</source>
      <translation>Maint effaith gymharol: terfyn isaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="153" />
      <source>Relative effect size: upper limit</source>
      <translation>Maint effaith gymharol: terfyn uchaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="154" />
      <source>Relative effect on harm</source>
      <translation>Effaith gymharol ar niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="155" />
      <source>Relative effect on harm: lower limit</source>
      <translation>Effaith gymharol ar niwed: terfyn isaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="156" />
      <source>Relative effect on harm: upper limit</source>
      <translation>Effaith gymharol ar niwed: terfyn uchaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="157" />
      <source>Weighted displacement quotient (records)</source>
      <translation>Cyniferydd dadleoli wedi'i bwysoli (cofnodion)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="158" />
      <source>WDQ (records): lower limit</source>
      <translation>WDQ (cofnodion): terfyn isaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="159" />
      <source>WDQ (records): upper limit</source>
      <translation>WDQ (cofnodion): terfyn uchaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="160" />
      <source>Weighted displacement quotient (harm)</source>
      <translation>Cyniferydd dadleoli wedi'i bwysoli (niwed)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="161" />
      <source>WDQ (harm): lower limit</source>
      <translation>WDQ (niwed): terfyn isaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="162" />
      <source>WDQ (harm): upper limit</source>
      <translation>WDQ (niwed): terfyn uchaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="163" />
      <source>Total net effect (records prevented)</source>
      <translation>Cyfanswm yr effaith net (cofnodion a ataliwyd)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="164" />
      <source>Total net effect (harm prevented)</source>
      <translation>Cyfanswm yr effaith net (niwed a ataliwyd)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="165" />
      <source>Buffer against control (records)</source>
      <translation>Clustogfa yn erbyn yr ardal reoli (cofnodion)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="166" />
      <source>Buffer against control: lower limit</source>
      <translation>Clustogfa yn erbyn yr ardal reoli: terfyn isaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="167" />
      <source>Buffer against control: upper limit</source>
      <translation>Clustogfa yn erbyn yr ardal reoli: terfyn uchaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="168" />
      <source>Buffer against control (harm)</source>
      <translation>Clustogfa yn erbyn yr ardal reoli (niwed)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="169" />
      <source>Buffer against control (harm): lower limit</source>
      <translation>Clustogfa yn erbyn yr ardal reoli (niwed): terfyn isaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="170" />
      <source>Buffer against control (harm): upper limit</source>
      <translation>Clustogfa yn erbyn yr ardal reoli (niwed): terfyn uchaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="173" />
      <source>Target: reduction, no_evidence or increase</source>
      <translation>Targed: reduction, no_evidence neu increase</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="174" />
      <source>Buffer: displacement, diffusion_of_benefit or neither</source>
      <translation>Clustogfa: displacement, diffusion_of_benefit neu neither</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="175" />
      <source>Target, by harm</source>
      <translation>Targed, yn ôl niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="176" />
      <source>Buffer, by harm</source>
      <translation>Clustogfa, yn ôl niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="204" />
      <source>A buffer layer is given: the buffer width is not used.</source>
      <translation>Mae haen glustogfa wedi'i rhoi: nid yw lled y glustogfa'n cael ei ddefnyddio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="212" />
      <source>Choose the events' date field (DATE_FIELD): before and after need each record's date.</source>
      <translation>Dewiswch faes dyddiad y digwyddiadau (DATE_FIELD): mae cyn ac ar ôl angen dyddiad pob cofnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="288" />
      <source>Records and harm in target, buffer and control, {0} against {1}.</source>
      <translation>Cofnodion a niwed yn y targed, y glustogfa a'r ardal reoli, {0} yn erbyn {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="374" />
      <source>The periods cannot be compared: {0}</source>
      <translation>Ni ellir cymharu'r cyfnodau: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="416" />
      <source>No record lies in the control in either period: there is nothing to compare the target with. Choose another control or a narrower buffer.</source>
      <translation>Nid oes cofnod yn yr ardal reoli yn y naill gyfnod na'r llall: nid oes dim i gymharu'r targed ag ef. Dewiswch ardal reoli arall neu glustogfa gulach.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="420" />
      <source>No record lies in the target before the operation: the weighted displacement quotient is undefined (there was nothing to reduce).</source>
      <translation>Nid oes cofnod yn y targed cyn yr ymgyrch: mae'r cyniferydd dadleoli wedi'i bwysoli heb ei ddiffinio (nid oedd dim i'w leihau).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="423" />
      <source>No record lies in the buffer in either period: displacement cannot be measured.</source>
      <translation>Nid oes cofnod yn y glustogfa yn y naill gyfnod na'r llall: ni ellir mesur dadleoli.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="426" />
      <source>The control has no record in one period: the quotients are undefined.</source>
      <translation>Nid oes gan yr ardal reoli gofnod mewn un cyfnod: mae'r cyniferyddion heb eu diffinio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="440" />
      <source>records</source>
      <translation>cofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="441" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="65" />
      <source>harm</source>
      <translation>niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="102" />
      <source>Target area (where the operation ran)</source>
      <translation>Ardal darged (lle cynhaliwyd yr ymgyrch)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="106" />
      <source>Buffer width</source>
      <translation>Lled y glustogfa</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="111" />
      <source>Buffer area (instead of a width)</source>
      <translation>Ardal glustogi (yn lle lled)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="116" />
      <source>Control area</source>
      <translation>Ardal reoli</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="130" />
      <source>Confidence level</source>
      <translation>Lefel hyder</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="134" />
      <source>Bootstrap draws</source>
      <translation>Tyniadau bootstrap</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="140" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="95" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="64" />
      <source>Random seed</source>
      <translation>Hedyn hap</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="143" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="255" />
      <source>Records and harm by zone</source>
      <translation>Cofnodion a niwed fesul parth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="146" />
      <source>Zones map</source>
      <translation>Map y parthau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="256" />
      <source>Measuring the effect ({0} bootstrap draws)</source>
      <translation>Mesur yr effaith ({0} o dyniadau bootstrap)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="351" />
      <source>Before: {0}; after: {1}.</source>
      <translation>Cyn: {0}; ar ôl: {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="357" />
      <source>The {0} period starts ({1}) after it ends ({2}).</source>
      <translation>Mae'r cyfnod ({0}) yn dechrau ({1}) ar ôl iddo orffen ({2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="359" />
      <source>The periods overlap: before {0}, after {1}. The before period must end before the after period starts (with month-only dates, in an earlier month).</source>
      <translation>Mae'r cyfnodau'n gorgyffwrdd: cyn {0}, ar ôl {1}. Rhaid i'r cyfnod cyn orffen cyn i'r cyfnod ar ôl ddechrau (gyda dyddiadau mis yn unig, mewn mis cynharach).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="363" />
      <source>The after period ({0}) comes before the before period ({1}).</source>
      <translation>Mae'r cyfnod ar ôl ({0}) yn dod cyn y cyfnod cyn ({1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="366" />
      <source>The intervention date {0} is after the last record of layer '{1}', whose data cover {2}: there is no after period to measure.</source>
      <translation>Mae dyddiad yr ymyriad {0} ar ôl cofnod olaf yr haen '{1}', y mae ei data'n cwmpasu {2}: nid oes cyfnod ar ôl i'w fesur.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="370" />
      <source>The before period {0} lies outside the data of layer '{1}', which cover {2}.</source>
      <translation>Mae'r cyfnod cyn {0} y tu allan i ddata'r haen '{1}', sy'n cwmpasu {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="373" />
      <source>No record of layer '{0}' has a date that can be read.</source>
      <translation>Nid oes gan unrhyw gofnod yn yr haen '{0}' ddyddiad y gellir ei ddarllen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="380" />
      <source>Layer '{0}' (the target) has no area.</source>
      <translation>Nid oes gan yr haen '{0}' (y targed) arwynebedd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="385" />
      <source>The buffer width is {0}: give a width above 0 or a buffer layer.</source>
      <translation>Lled y glustogfa yw {0}: rhowch led uwch na 0 neu haen glustogfa.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="387" />
      <source>Layer '{0}' (the control, {1} km²) lies wholly inside the target and buffer: nothing is left to compare with. Choose a control outside them or a narrower buffer.</source>
      <translation>Mae'r haen '{0}' (yr ardal reoli, {1} km²) yn gyfan gwbl y tu mewn i'r targed a'r glustogfa: nid oes dim ar ôl i gymharu ag ef. Dewiswch ardal reoli y tu allan iddynt neu glustogfa gulach.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="404" />
      <source>Zones: target {0:.2f} km², buffer {1:.2f} km²{2}.</source>
      <translation>Parthau: targed {0:.2f} km², clustogfa {1:.2f} km²{2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="434" />
      <source>Relative effect size (records): {0} ({1} interval {2} to {3}){4}: {5}.</source>
      <translation>Maint effaith gymharol (cofnodion): {0} (cyfwng {1} {2} – {3}){4}: {5}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="436" />
      <source>, with 0.5 added to each count (a count was 0)</source>
      <translation>, gyda 0.5 wedi'i ychwanegu at bob nifer (roedd un nifer yn 0)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="437" />
      <source>Relative effect on harm: {0} ({1} interval {2} to {3}): {4}.</source>
      <translation>Effaith gymharol ar niwed: {0} (cyfwng {1} {2} – {3}): {4}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="453" />
      <source>Target: {0}; buffer: {1} (by harm: {2}; {3}).</source>
      <translation>Targed: {0}; clustogfa: {1} (yn ôl niwed: {2}; {3}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="190" />
      <source>Layer '{0}' is in a geographic CRS ({1}): the buffer width and the areas are in degrees. Reproject the target to a projected CRS such as EPSG:27700 first.</source>
      <translation>Mae'r haen '{0}' mewn CRS daearyddol ({1}): mae lled y glustogfa a'r arwynebeddau mewn graddau. Ailtaflunio'r targed i CRS wedi'i daflunio fel EPSG:27700 yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="196" />
      <source>Layer '{0}' (the target) has no polygon.</source>
      <translation>Nid oes gan yr haen '{0}' (y targed) bolygon.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="242" />
      <source>Field '{0}' of layer '{1}' has dates that cannot be read, e.g. {2}: those records are counted as unparseable_date.</source>
      <translation>Mae gan y maes '{0}' yn yr haen '{1}' ddyddiadau na ellir eu darllen, e.e. {2}: mae'r cofnodion hynny wedi'u cyfrif fel unparseable_date.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="304" />
      <source>Layer '{0}' ({1}) is reprojected to the target's CRS ({2}).</source>
      <translation>Mae'r haen '{0}' ({1}) wedi'i hailtaflunio i CRS y targed ({2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="331" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="121" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="85" />
      <source>The data cover {0} ({1} to {2}).</source>
      <translation>Mae'r data yn cwmpasu {0} ({1} i {2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="383" />
      <source>Layer '{0}' (the buffer) leaves no area around the target: it lies inside it.</source>
      <translation>Nid yw'r haen '{0}' (y glustogfa) yn gadael unrhyw ardal o amgylch y targed: mae y tu mewn iddo.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="411" />
      <source>No record lies in the target (layer '{0}') in either period: there is nothing to measure. Check the target, the periods and the events' CRS.</source>
      <translation>Nid oes cofnod yn y targed (yr haen '{0}') yn y naill gyfnod na'r llall: nid oes dim i'w fesur. Gwiriwch y targed, y cyfnodau a CRS y digwyddiadau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="315" />
      <source>Feature {0} of layer '{1}' cannot be reprojected from {2} to {3}.</source>
      <translation>Ni ellir ailtaflunio nodwedd {0} yn yr haen '{1}' o {2} i {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="328" />
      <source>Give the date {0}.</source>
      <translation>Rhowch y dyddiad {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="339" />
      <source>The dates are month-only, so the {0} period {1} is widened to whole months: {2}.</source>
      <translation>Mis yn unig yw'r dyddiadau, felly mae'r cyfnod ({0}) {1} wedi'i ehangu i fisoedd cyfan: {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="396" />
      <source>The buffer layer covered {0} km² of the target: the target is cut out of it.</source>
      <translation>Roedd yr haen glustogfa'n gorchuddio {0} km² o'r targed: mae'r targed wedi'i dorri allan ohoni.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="403" />
      <source>No control layer: the control is every record outside target and buffer.</source>
      <translation>Dim haen reoli: yr ardal reoli yw pob cofnod y tu allan i'r targed a'r glustogfa.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="405" />
      <source>, control {0:.2f} km²</source>
      <translation>, ardal reoli {0:.2f} km²</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="443" />
      <source>Weighted displacement quotient ({0}) undefined: {1}.</source>
      <translation>Cyniferydd dadleoli wedi'i bwysoli ({0}) heb ei ddiffinio: {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="446" />
      <source>Weighted displacement quotient ({0}): {1} ({2} interval {3} to {4}); total net effect {5}.</source>
      <translation>Cyniferydd dadleoli wedi'i bwysoli ({0}): {1} (cyfwng {2} {3} – {4}); cyfanswm yr effaith net {5}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="343" />
      <source>The data ({0}) cover only part of the period {1}: records are counted for {2}. The control covers the same days, so the relative measures still compare like with like.</source>
      <translation>Dim ond rhan o'r cyfnod {1} y mae'r data ({0}) yn ei chwmpasu: mae cofnodion wedi'u cyfrif ar gyfer {2}. Mae'r ardal reoli'n cwmpasu'r un diwrnodau, felly mae'r mesurau cymharol yn dal i gymharu tebyg â thebyg.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="399" />
      <source>Layer '{0}' (the control) overlaps the target or buffer by {1} km² ({2} % of it): that part is cut out of the control.</source>
      <translation>Mae'r haen '{0}' (yr ardal reoli) yn gorgyffwrdd â'r targed neu'r glustogfa: {1} km² ({2} % ohoni): mae'r rhan honno wedi'i thorri allan o'r ardal reoli.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="451" />
      <source>The target barely changed against the control, so the quotient ({0}) is not read as displacement.</source>
      <translation>Prin y newidiodd y targed o'i gymharu â'r ardal reoli, felly nid yw'r cyniferydd ({0}) yn cael ei ddarllen fel dadleoli.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/intervention_impact.py" line="348" />
      <source>Records from {0} to {1}, between the periods, are counted as out_of_period.</source>
      <translation>Mae cofnodion {0} – {1}, rhwng y cyfnodau, wedi'u cyfrif fel out_of_period.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="67" />
      <source>SOC performance framework</source>
      <translation>Fframwaith perfformiad SOC</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="283" />
      <source>significant increase</source>
      <translation>cynnydd arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="283" />
      <source>significant decrease</source>
      <translation>gostyngiad arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="284" />
      <source>no significant change</source>
      <translation>dim newid arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="284" />
      <source>too few to tell</source>
      <translation>rhy ychydig i farnu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="285" />
      <source>new (baseline 0)</source>
      <translation>newydd (llinell sylfaen 0)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="285" />
      <source>no records</source>
      <translation>dim cofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="285" />
      <source>no dates: not compared</source>
      <translation>dim dyddiadau: heb ei gymharu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="287" />
      <source>Change in harm against the baseline (%)</source>
      <translation>Newid yn y niwed o'i gymharu â'r llinell sylfaen (%)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="77" />
      <source>With a harm scheme: one theme per measure (its label), or per dimension (drugs, firearms, ...). With events: the values of the theme field.</source>
      <translation>Gyda chynllun niwed: un thema ar gyfer pob mesur (ei label), neu ar gyfer pob dimensiwn (cyffuriau, arfau tanio, ...). Gyda digwyddiadau: gwerthoedd y maes thema.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="82" />
      <source>The last day reported: the month, quarter and year views are the 1, 3 and 12 whole months ending then (a quarter end gives the calendar quarter). Empty: the end of the last month the data wholly cover.</source>
      <translation>Y diwrnod olaf yr adroddir arno: golygon y mis, y chwarter a'r flwyddyn yw'r 1, 3 a 12 mis cyfan sy'n gorffen bryd hynny (mae diwedd chwarter yn rhoi'r chwarter calendr). Yn wag: diwedd y mis olaf y mae'r data yn ei gwmpasu'n llwyr.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="88" />
      <source>Add a row per area for every theme and view, after the force rows.</source>
      <translation>Ychwanegu rhes ar gyfer pob ardal ar gyfer pob thema a golwg, ar ôl rhesi'r heddlu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="91" />
      <source>One row per theme, view (month, quarter, year) and level (force, then each area): the periods compared, n and harm in both, the change and its % (with the reason where it is null), p_count, p_harm, harm_test, count_change_class and change_class (increase, decrease, no_change, too_few), and the Mann-Kendall trend over the view's calendar periods (mk_tau, mk_p, sen_slope, trend_class). Save it as CSV or XLSX. A theme 'all' holds every theme together.</source>
      <translation>Un rhes ar gyfer pob thema, golwg (month, quarter, year) a lefel (force, sef yr heddlu, yna pob ardal): y cyfnodau a gymharwyd, n a niwed yn y ddau, y newid a'i % (gyda'r rheswm lle mae'n null), p_count, p_harm, harm_test, count_change_class a change_class (increase, decrease, no_change, too_few), a thuedd Mann-Kendall dros gyfnodau calendr y golwg (mk_tau, mk_p, sen_slope, trend_class). Cadwch ef fel CSV neu XLSX. Mae thema 'all' yn dal pob thema gyda'i gilydd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="99" />
      <source>Each theme's change in harm against its baseline for the three views, coloured by significance.</source>
      <translation>Newid pob thema yn y niwed o'i gymharu â'i llinell sylfaen ar gyfer y tair golwg, wedi'i liwio yn ôl arwyddocâd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="103" />
      <source>The same chart as an SVG.</source>
      <translation>Yr un siart fel SVG.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="199" />
      <source>SOC performance framework for '{0}': {1} themes, month, quarter and 12 months to {2}.</source>
      <translation>Fframwaith perfformiad SOC ar gyfer '{0}': {1} o themâu, mis, chwarter a 12 mis hyd at {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="282" />
      <source>12 months</source>
      <translation>12 mis</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="75" />
      <source>Themes</source>
      <translation>Themâu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="80" />
      <source>Reporting period end</source>
      <translation>Diwedd y cyfnod adrodd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="87" />
      <source>Break down by area</source>
      <translation>Dadansoddi fesul ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="90" />
      <source>Performance framework table</source>
      <translation>Tabl y fframwaith perfformiad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="228" />
      <source>No theme field and no scheme: the table has the theme 'all' only.</source>
      <translation>Dim maes thema a dim cynllun: dim ond y thema 'all' sydd yn y tabl.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="119" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="83" />
      <source>No record of {0} has a date that can be read: there are no periods to compare.</source>
      <translation>Nid oes gan yr un o gofnodion {0} ddyddiad y gellir ei ddarllen: nid oes cyfnodau i'w cymharu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="229" />
      <source>All themes</source>
      <translation>Pob thema</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="234" />
      <source>No reporting period end given: using {0}.</source>
      <translation>Ni roddwyd diwedd i'r cyfnod adrodd: defnyddir {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="239" />
      <source>The reporting period end {0} is not the end of a month: the views end on {1}, the last whole month.</source>
      <translation>Nid yw diwedd y cyfnod adrodd, {0}, ar ddiwedd mis: mae'r golygon yn gorffen ar {1}, y mis cyfan olaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="250" />
      <source>All themes, {0} {1} against {2}: harm {3} ({4}): {5}.</source>
      <translation>Pob thema, golwg {0}, {1} yn erbyn {2}: niwed {3} ({4}): {5}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="288" />
      <source>SOC performance framework to {0}</source>
      <translation>Fframwaith perfformiad SOC hyd at {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="289" />
      <source>Source: {0}. Labels: current / baseline harm.</source>
      <translation>Ffynhonnell: {0}. Labeli: niwed presennol / niwed y llinell sylfaen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="75" />
      <source>The scheme's measures</source>
      <translation>Mesurau'r cynllun</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="75" />
      <source>The scheme's dimensions</source>
      <translation>Dimensiynau'r cynllun</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="148" />
      <source>View {0}: {1}</source>
      <translation>Golwg {0}: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/performance_framework.py" line="224" />
      <source>{0} records have no theme: they count only in the theme 'all'.</source>
      <translation>Nid oes gan {0} o gofnodion thema: maent yn cyfrif yn y thema 'all' yn unig.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="90" />
      <source>Impact of nominal referrals</source>
      <translation>Effaith atgyfeirio unigolion enwol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="119" />
      <source>Linked records (offences or other events)</source>
      <translation>Cofnodion cysylltiedig (troseddau neu ddigwyddiadau eraill)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="120" />
      <source>The records linked to nominals, weighted by harm as socharm:scoreharm weights them. Every record needs a date.</source>
      <translation>Y cofnodion sydd wedi'u cysylltu ag unigolion enwol, wedi'u pwysoli yn ôl niwed fel y mae socharm:scoreharm yn eu pwysoli. Mae angen dyddiad ar bob cofnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="123" />
      <source>Each record's date (a date, a date-time or text; month-only 2019-02 works). The data cover the months from the first to the last dated record: a referral whose windows reach outside them is counted, not compared.</source>
      <translation>Dyddiad pob cofnod (dyddiad, dyddiad-amser neu destun; mae mis yn unig 2019-02 yn gweithio). Mae'r data'n cwmpasu'r misoedd o'r cofnod dyddiedig cyntaf i'r olaf: caiff atgyfeiriad y mae ei ffenestri'n mynd y tu hwnt iddynt ei gyfrif, nid ei gymharu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="226" />
      <source>Reading nominals</source>
      <translation>Darllen yr unigolion enwol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="232" />
      <source>Reading linked records</source>
      <translation>Darllen y cofnodion cysylltiedig</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="248" />
      <source>Reading links</source>
      <translation>Darllen y cysylltiadau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="260" />
      <source>Matching referred nominals with comparisons</source>
      <translation>Paru'r unigolion enwol a atgyfeiriwyd ag unigolion cymharu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="96" />
      <source>One row per nominal (a layer or a table), with an id and the date each was referred to a diversionary scheme or disrupted.</source>
      <translation>Un rhes ar gyfer pob unigolyn enwol (haen neu dabl), gyda dynodydd a'r dyddiad y cafodd pob un ei atgyfeirio i gynllun dargyfeirio neu y tarfwyd arno.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="101" />
      <source>The id the links use. Ids compare as text (12, 12.0 and '12' are one id). Rows without an id, or sharing one, are counted and left out.</source>
      <translation>Y dynodydd y mae'r cysylltiadau'n ei ddefnyddio. Caiff dynodyddion eu cymharu fel testun (mae 12, 12.0 a '12' yn un dynodydd). Caiff rhesi heb ddynodydd, neu sy'n rhannu un, eu cyfrif a'u gadael allan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="106" />
      <source>A date, date-time or text (2024-03-15, 15/03/2024, or month-only 2024-03). Only its month is used. Empty: never referred, so the nominal may be a comparison. A value that is not a date is counted as invalid_referral_date.</source>
      <translation>Dyddiad, dyddiad-amser neu destun (2024-03-15, 15/03/2024, neu fis yn unig 2024-03). Dim ond y mis a ddefnyddir. Gwag: ni chafodd ei atgyfeirio erioed, felly gall yr unigolyn enwol fod yn gymhariaeth. Caiff gwerth nad yw'n ddyddiad ei gyfrif fel invalid_referral_date.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="113" />
      <source>Optional: a field such as group_type. A referred nominal is then compared only with nominals of the same value (exact matching), so a difference between kinds of nominal is not read as the effect of referral.</source>
      <translation>Dewisol: maes fel group_type. Yna caiff unigolyn enwol a atgyfeiriwyd ei gymharu ag unigolion enwol sydd â'r un gwerth yn unig (paru union), fel nad yw gwahaniaeth rhwng mathau o unigolion enwol yn cael ei ddarllen fel effaith yr atgyfeirio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="130" />
      <source>One row per link between a record and a nominal, as a harm scheme's link table (e.g. offence_nominal_links). Give this, or a nominal id field on the records.</source>
      <translation>Un rhes ar gyfer pob cysylltiad rhwng cofnod ac unigolyn enwol, fel tabl cysylltiadau cynllun niwed (e.e. offence_nominal_links). Rhowch hwn, neu faes dynodydd unigolyn enwol ar y cofnodion.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="136" />
      <source>With a link table: the records' id field (e.g. offence_id).</source>
      <translation>Gyda thabl cysylltiadau: maes dynodydd y cofnodion (e.e. offence_id).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="140" />
      <source>The link table's field holding the record id.</source>
      <translation>Maes y tabl cysylltiadau sy'n dal dynodydd y cofnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="144" />
      <source>The link table's field holding the nominal id.</source>
      <translation>Maes y tabl cysylltiadau sy'n dal dynodydd yr unigolyn enwol.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="148" />
      <source>Instead of a link table: a field of the records holding the linked nominal's id, or several separated by the separator.</source>
      <translation>Yn lle tabl cysylltiadau: maes yn y cofnodion sy'n dal dynodydd yr unigolyn enwol cysylltiedig, neu sawl un wedi'u gwahanu gan y gwahanydd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="153" />
      <source>With a nominal id field on the records: the character between ids (e.g. N1;N2). Empty: one id per record.</source>
      <translation>Gyda maes dynodydd unigolyn enwol ar y cofnodion: y nod rhwng dynodyddion (e.e. N1;N2). Gwag: un dynodydd ar gyfer pob cofnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="159" />
      <source>The window before: this many whole months before the month of referral (which is in neither window).</source>
      <translation>Y ffenestr cyn: y nifer hwn o fisoedd cyfan cyn mis yr atgyfeirio (nad yw yn y naill ffenestr na'r llall).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="163" />
      <source>The window after: this many whole months after the month of referral.</source>
      <translation>Y ffenestr ar ôl: y nifer hwn o fisoedd cyfan ar ôl mis yr atgyfeirio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="167" />
      <source>Study only referrals from this month. Nominals referred later than a studied nominal's window after may be its comparison (not yet referred); nominals referred earlier never are.</source>
      <translation>Astudio atgyfeiriadau o'r mis hwn yn unig. Gall unigolion enwol a atgyfeiriwyd ar ôl ffenestr ar ôl unigolyn enwol a astudir fod yn gymhariaeth iddo (heb eu hatgyfeirio eto); nid yw unigolion enwol a atgyfeiriwyd yn gynharach byth.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="172" />
      <source>Study only referrals up to this month (inclusive).</source>
      <translation>Astudio atgyfeiriadau hyd at y mis hwn yn unig (yn gynhwysol).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="176" />
      <source>How many not-referred nominals each referred nominal is matched with (without replacement).</source>
      <translation>Gyda faint o unigolion enwol heb eu hatgyfeirio y caiff pob unigolyn enwol a atgyfeiriwyd ei baru (heb amnewid).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="181" />
      <source>A comparison must lie within this many pooled standard deviations of log(1 + harm before) of its referred nominal (0.2: Austin 2011). A referral with none that close is counted as referred_unmatched. 0: no caliper.</source>
      <translation>Rhaid i gymhariaeth fod o fewn y nifer hwn o wyriadau safonol cyfun o log(1 + niwed cyn) i'w unigolyn enwol a atgyfeiriwyd (0.2: Austin 2011). Caiff atgyfeiriad heb yr un mor agos â hynny ei gyfrif fel referred_unmatched. 0: dim caliper.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="188" />
      <source>Of the intervals.</source>
      <translation>Y cyfyngau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="192" />
      <source>Small-number suppression in the cohort table: a cohort of 1 to this number minus 1 nominals is written "&lt;5" (for 5), and its means and interval are left empty. 0 writes every count.</source>
      <translation>Atal niferoedd bach yn nhabl y carfanau: caiff carfan o 1 hyd at y rhif hwn llai 1 o unigolion enwol ei hysgrifennu fel "&lt;5" (ar gyfer 5), a chaiff ei chymedrau a'i chyfwng eu gadael yn wag. Mae 0 yn ysgrifennu pob nifer.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="197" />
      <source>Off (the default), the per-nominal table names each nominal by a reference (P0001...) that is not its id, and no personal field of the nominals is copied. On, it adds nominal_id: the table then holds personal data.</source>
      <translation>I ffwrdd (y rhagosodiad), mae'r tabl fesul unigolyn enwol yn enwi pob unigolyn enwol wrth gyfeirnod (P0001...) nad yw'n ddynodydd iddo, ac ni chaiff unrhyw faes personol o'r unigolion enwol ei gopïo. Ymlaen, mae'n ychwanegu nominal_id: mae'r tabl wedyn yn dal data personol.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="203" />
      <source>One row per nominal: ref, group, referred (1/0), referral_date (month), status, cohort, matched_to, window_month, n_before, n_after, harm_before, harm_after, harm_change. Pseudonymous, but about people: for the analyst, not for sharing.</source>
      <translation>Un rhes ar gyfer pob unigolyn enwol: ref, group, referred (1/0), referral_date (mis), status, cohort, matched_to, window_month, n_before, n_after, harm_before, harm_after, harm_change. Ffugenwol, ond am bobl: i'r dadansoddwr, nid i'w rannu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="209" />
      <source>Three rows (referred, comparison, difference): cohort, n_nominals ("&lt;5" when small), mean_harm_before, mean_harm_after, mean_change, ci_low, ci_high and method. Safe to share.</source>
      <translation>Tair rhes (referred, comparison, difference): cohort, n_nominals ("&lt;5" pan fo'n fach), mean_harm_before, mean_harm_after, mean_change, ci_low, ci_high a method. Diogel i'w rannu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="212" />
      <source>Effect: difference in mean change of linked harm, referred minus comparison</source>
      <translation>Effaith: y gwahaniaeth yn y newid cymedrig yn y niwed cysylltiedig, wedi'u hatgyfeirio llai cymhariaeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="214" />
      <source>Effect: lower end of the interval</source>
      <translation>Effaith: pen isaf y cyfwng</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="215" />
      <source>Effect: upper end of the interval</source>
      <translation>Effaith: pen uchaf y cyfwng</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="216" />
      <source>Referred nominals compared</source>
      <translation>Unigolion enwol a atgyfeiriwyd a gymharwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="217" />
      <source>Comparison nominals</source>
      <translation>Unigolion enwol cymharu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="460" />
      <source>{0} nominals of layer '{1}' have no id in field '{2}' (feature ids {3}): left out.</source>
      <translation>Nid oes gan {0} o unigolion enwol yr haen '{1}' ddynodydd yn y maes '{2}' (dynodyddion nodweddion {3}): wedi'u gadael allan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="462" />
      <source>{0} nominals of layer '{1}' share an id in field '{2}' with another (feature ids {3}): left out, and their links counted as nominal_not_compared.</source>
      <translation>Mae {0} o unigolion enwol yr haen '{1}' yn rhannu dynodydd yn y maes '{2}' ag un arall (dynodyddion nodweddion {3}): wedi'u gadael allan, a'u cysylltiadau wedi'u cyfrif fel nominal_not_compared.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="508" />
      <source>no interval from one pair</source>
      <translation>dim cyfwng o un pâr</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="99" />
      <source>Nominal id field</source>
      <translation>Maes dynodydd yr unigolyn enwol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="104" />
      <source>Referral (or disruption) date field</source>
      <translation>Maes dyddiad yr atgyfeirio (neu'r tarfu)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="110" />
      <source>Compare within groups of</source>
      <translation>Cymharu o fewn grwpiau yn ôl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="128" />
      <source>Link table (record id to nominal id)</source>
      <translation>Tabl cysylltiadau (dynodydd cofnod i ddynodydd unigolyn enwol)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="134" />
      <source>Record id field</source>
      <translation>Maes dynodydd y cofnod</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="138" />
      <source>Link table: record id field</source>
      <translation>Tabl cysylltiadau: maes dynodydd y cofnod</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="142" />
      <source>Link table: nominal id field</source>
      <translation>Tabl cysylltiadau: maes dynodydd yr unigolyn enwol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="146" />
      <source>Nominal id field on the records</source>
      <translation>Maes dynodydd yr unigolyn enwol ar y cofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="151" />
      <source>Separator of several ids</source>
      <translation>Gwahanydd sawl dynodydd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="157" />
      <source>Months before referral</source>
      <translation>Misoedd cyn yr atgyfeirio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="161" />
      <source>Months after referral</source>
      <translation>Misoedd ar ôl yr atgyfeirio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="165" />
      <source>Referrals from</source>
      <translation>Atgyfeiriadau yn dechrau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="171" />
      <source>Referrals to</source>
      <translation>Atgyfeiriadau yn gorffen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="174" />
      <source>Comparison nominals per referral</source>
      <translation>Unigolion enwol cymharu ar gyfer pob atgyfeiriad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="179" />
      <source>Caliper (standard deviations)</source>
      <translation>Caliper (gwyriadau safonol)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="186" />
      <source>Confidence level (%)</source>
      <translation>Lefel hyder (%)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="190" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="110" />
      <source>Show counts below this as &lt;N</source>
      <translation>Dangos niferoedd o dan hyn fel &lt;N</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="196" />
      <source>Include nominal ids</source>
      <translation>Cynnwys dynodyddion unigolion enwol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="202" />
      <source>Nominals: harm before and after</source>
      <translation>Unigolion enwol: niwed cyn ac ar ôl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="208" />
      <source>Cohorts: mean change and interval</source>
      <translation>Carfanau: newid cymedrig a chyfwng</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="276" />
      <source>Harm linked to each nominal of '{0}' before and after referral ({1} months each side). Personal data: not for sharing.</source>
      <translation>Niwed wedi'i gysylltu â phob unigolyn enwol yn '{0}' cyn ac ar ôl yr atgyfeirio (nifer y misoedd bob ochr: {1}). Data personol: nid i'w rannu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="280" />
      <source>Referred nominals of '{0}' against matched comparisons: mean change in linked harm with its interval.</source>
      <translation>Unigolion enwol a atgyfeiriwyd yn '{0}' o'u cymharu ag unigolion wedi'u paru: y newid cymedrig yn y niwed cysylltiedig gyda'i gyfwng.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="451" />
      <source>Nominals in: {0} = {1}</source>
      <translation>Unigolion enwol i mewn: {0} = {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="454" />
      <source>Links in: {0} = {1}</source>
      <translation>Cysylltiadau i mewn: {0} = {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="455" />
      <source>Records in: {0} = {1} linked to a nominal + {2} linked to none</source>
      <translation>Cofnodion i mewn: {0} = {1} wedi'u cysylltu ag unigolyn enwol + {2} heb eu cysylltu ag unrhyw un</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="239" />
      <source>Layer '{0}': choose its date field (DATE_FIELD): harm before and after a referral needs each record's date.</source>
      <translation>Haen '{0}': dewiswch ei maes dyddiad (DATE_FIELD): mae niwed cyn ac ar ôl atgyfeiriad yn gofyn am ddyddiad pob cofnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="325" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="110" />
      <source>Layer '{0}' has no field '{1}' ({2}). Fields: {3}</source>
      <translation>Nid oes gan yr haen '{0}' faes '{1}' ({2}). Meysydd: {3}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="339" />
      <source>Field '{0}' of layer '{1}' is of type {2}; a referral date must be a date, date-time or text.</source>
      <translation>Mae'r maes '{0}' yn yr haen '{1}' o'r math {2}; rhaid i ddyddiad atgyfeirio fod yn ddyddiad, dyddiad-amser neu destun.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="343" />
      <source>Field '{0}' of layer '{1}' looks like a personal identifier; grouping by it would write it to the outputs. Choose a field such as group_type, or turn on 'Include nominal ids'.</source>
      <translation>Mae'r maes '{0}' yn yr haen '{1}' yn edrych fel dynodydd personol; byddai grwpio yn ôl y maes yn ei ysgrifennu i'r allbynnau. Dewiswch faes fel group_type, neu trowch 'Cynnwys dynodyddion unigolion enwol' ymlaen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="368" />
      <source>Layer '{0}' has no nominals.</source>
      <translation>Nid oes unigolion enwol yn yr haen '{0}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="372" />
      <source>Layer '{0}', field '{1}': no nominal has a referral date that can be read ({2} nominals{3}); nothing to compare.</source>
      <translation>Haen '{0}', maes '{1}': nid oes gan unrhyw unigolyn enwol ddyddiad atgyfeirio y gellir ei ddarllen (unigolion enwol: {2}{3}); dim i'w gymharu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="393" />
      <source>Say how records are linked to nominals: a link table (LINK_TABLE, with RECORD_ID, LINK_RECORD_ID and LINK_NOMINAL_ID), or a field of layer '{0}' holding nominal ids (NOMINAL_ID_FIELD).</source>
      <translation>Dywedwch sut mae cofnodion wedi'u cysylltu ag unigolion enwol: tabl cysylltiadau (LINK_TABLE, gyda RECORD_ID, LINK_RECORD_ID a LINK_NOMINAL_ID), neu faes yn yr haen '{0}' sy'n dal dynodyddion unigolion enwol (NOMINAL_ID_FIELD).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="471" />
      <source>{0} nominals of layer '{1}' have a referral date that cannot be read in field '{2}', e.g. {3} (feature ids {4}): counted as invalid_referral_date, never compared.</source>
      <translation>Mae gan {0} o unigolion enwol yr haen '{1}' ddyddiad atgyfeirio na ellir ei ddarllen yn y maes '{2}', e.e. {3} (dynodyddion nodweddion {4}): wedi'u cyfrif fel invalid_referral_date, byth yn cael eu cymharu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="480" />
      <source>{0} referred nominals have a window of {1} months before or {2} after their referral month outside the data ({3} to {4}): counted as referred_window_outside_data, not compared.</source>
      <translation>Mae gan {0} o unigolion enwol a atgyfeiriwyd ffenestr (misoedd cyn: {1}; misoedd ar ôl: {2}) o amgylch mis eu hatgyfeirio y tu allan i'r data ({3} – {4}): wedi'u cyfrif fel referred_window_outside_data, heb eu cymharu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="487" />
      <source>{0} referred nominals have no comparison close enough in harm before (caliper {1:g} SD = {2:.3f} on log(1 + harm)): counted as referred_unmatched, left out of the effect.</source>
      <translation>Nid oes gan {0} o unigolion enwol a atgyfeiriwyd gymhariaeth sy'n ddigon agos o ran niwed cyn (caliper {1:g} SD = {2:.3f} ar log(1 + niwed)): wedi'u cyfrif fel referred_unmatched, wedi'u gadael allan o'r effaith.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="493" />
      <source>{0} links name a nominal that is not in layer '{1}' (field '{2}'): counted as link_to_unknown_nominal.</source>
      <translation>Mae {0} o gysylltiadau yn enwi unigolyn enwol nad yw yn yr haen '{1}' (maes '{2}'): wedi'u cyfrif fel link_to_unknown_nominal.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="498" />
      <source>{0} links of table '{1}' name a record that is not in layer '{2}' (field '{3}'): counted as link_to_unknown_record.</source>
      <translation>Mae {0} o gysylltiadau yn y tabl '{1}' yn enwi cofnod nad yw yn yr haen '{2}' (maes '{3}'): wedi'u cyfrif fel link_to_unknown_record.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="503" />
      <source>{0} links are to records whose date cannot be read in field '{1}' of layer '{2}': counted as unparseable_date.</source>
      <translation>Mae {0} o gysylltiadau i gofnodion na ellir darllen eu dyddiad yn y maes '{1}' yn yr haen '{2}': wedi'u cyfrif fel unparseable_date.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="508" />
      <source>{0:g} % interval {1:,.1f} to {2:,.1f}</source>
      <translation>cyfwng {0:g} %: {1:,.1f} – {2:,.1f}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="511" />
      <source>Referred minus comparison, change in linked harm from {0} months before to {1} after: {2:,.1f} ({3}); {4} referred nominals, {5} comparisons.</source>
      <translation>Wedi'u hatgyfeirio llai cymhariaeth, y newid yn y niwed cysylltiedig (misoedd cyn: {0}; misoedd ar ôl: {1}): {2:,.1f} ({3}); {4} o unigolion enwol a atgyfeiriwyd, {5} o unigolion cymharu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="516" />
      <source>Fewer than {0} nominals in a cohort: the cohort table shows its count as &lt;{0} and leaves its means empty.</source>
      <translation>Llai na {0} o unigolion enwol mewn carfan: mae tabl y carfanau'n dangos ei nifer fel &lt;{0} ac yn gadael ei chymedrau'n wag.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="525" />
      <source>No referral in field '{0}' of layer '{1}' can be compared: each needs {2} whole months of records before its month and {3} after, and the records run from {4} to {5}. Shorten the windows or give records that cover them.</source>
      <translation>Ni ellir cymharu unrhyw atgyfeiriad yn y maes '{0}' yn yr haen '{1}': mae angen cofnodion ar bob un am fisoedd cyfan cyn ei fis (nifer: {2}) ac ar ei ôl (nifer: {3}), ac mae'r cofnodion yn rhedeg {4} – {5}. Byrhewch y ffenestri neu rhowch gofnodion sy'n eu cwmpasu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="533" />
      <source>No nominal of layer '{0}' was referred in the period studied (field '{1}'): nothing to compare.</source>
      <translation>Ni chafodd unrhyw unigolyn enwol yn yr haen '{0}' ei atgyfeirio yn y cyfnod a astudir (maes '{1}'): dim i'w gymharu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="264" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="314" />
      <source>The design cannot be run: {0}</source>
      <translation>Ni ellir rhedeg y cynllun dadansoddi: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="321" />
      <source>Choose the {0} field of layer '{1}'.</source>
      <translation>Dewiswch y maes {0} yn yr haen '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="399" />
      <source>A link table is given: the nominal id field on the records ('{0}') is not used.</source>
      <translation>Mae tabl cysylltiadau wedi'i roi: ni ddefnyddir maes dynodydd yr unigolyn enwol ar y cofnodion ('{0}').</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="312" />
      <source>Referrals from ({0}) is after referrals to ({1}).</source>
      <translation>Mae dechrau'r atgyfeiriadau ({0}) ar ôl eu diwedd ({1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/change/referral_impact.py" line="375" />
      <source>, e.g. {0}</source>
      <translation>, e.e. {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="95" />
      <source>Community priorities by area</source>
      <translation>Blaenoriaethau cymunedol fesul ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="258" />
      <source>Reading survey responses</source>
      <translation>Darllen ymatebion i'r arolwg</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="102" />
      <source>One record per respondent: points near where they live, or a table with an area code. Only the fields chosen below are read; respondent identifiers never are.</source>
      <translation>Un cofnod ar gyfer pob ymatebydd: pwyntiau yn agos at ble maent yn byw, neu dabl gyda chod ardal. Dim ond y meysydd a ddewisir isod sy'n cael eu darllen; nid yw dynodyddion ymatebwyr byth yn cael eu darllen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="107" />
      <source>The code of each respondent's area (e.g. the ward from their postcode), matched to the area ids ignoring case and spaces. Leave empty to place survey points in the area polygons instead.</source>
      <translation>Cod ardal pob ymatebydd (e.e. y ward o'i god post), wedi'i baru â dynodyddion yr ardaloedd gan anwybyddu priflythrennau a bylchau. Gadewch yn wag i osod pwyntiau'r arolwg ym mholygonau'r ardaloedd yn lle hynny.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="111" />
      <source>The areas to report on (wards, neighbourhoods). Every area is in the output, with or without respondents.</source>
      <translation>Yr ardaloedd i adrodd arnynt (wardiau, cymdogaethau). Mae pob ardal yn yr allbwn, gydag ymatebwyr neu hebddynt.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="115" />
      <source>A unique id per area; survey area codes match it.</source>
      <translation>Dynodydd unigryw ar gyfer pob ardal; mae codau ardal yr arolwg yn cyfateb iddo.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="119" />
      <source>A readable name for tables.</source>
      <translation>Enw darllenadwy ar gyfer tablau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="123" />
      <source>Fields naming priority categories: one per answer (priority_1, priority_2, ...) or one holding a list separated by ';' or ','. A respondent naming a category in several fields counts once.</source>
      <translation>Meysydd sy'n enwi categorïau blaenoriaeth: un ar gyfer pob ateb (priority_1, priority_2, ...) neu un sy'n dal rhestr wedi'i gwahanu gan ';' neu ','. Caiff ymatebydd sy'n enwi categori mewn sawl maes ei gyfrif unwaith.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="128" />
      <source>The known categories, separated by commas; each gets a field pri_&lt;category&gt;. Answers outside the list are counted and listed in the log, never dropped silently. Matched ignoring case, spaces and hyphens (ASB and anti-social behaviour are antisocial_behaviour).</source>
      <translation>Y categorïau hysbys, wedi'u gwahanu gan gomas; mae pob un yn cael maes pri_&lt;category&gt;. Caiff atebion y tu allan i'r rhestr eu cyfrif a'u rhestru yn y log, a byth eu gollwng yn dawel. Cânt eu paru gan anwybyddu priflythrennau, bylchau a chysylltnodau (mae ASB ac anti-social behaviour ill dau yn antisocial_behaviour).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="134" />
      <source>A score per respondent (e.g. 1-5); gives mean_confidence. Values that are not numbers or lie off the scale are counted and left out.</source>
      <translation>Sgôr ar gyfer pob ymatebydd (e.e. 1-5); mae'n rhoi mean_confidence. Caiff gwerthoedd nad ydynt yn rhifau, neu sydd oddi ar y raddfa, eu cyfrif a'u hepgor.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="139" />
      <source>The lowest valid value of the confidence scale.</source>
      <translation>Gwerth dilys isaf y raddfa hyder.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="143" />
      <source>The highest valid value of the confidence scale.</source>
      <translation>Gwerth dilys uchaf y raddfa hyder.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="147" />
      <source>Questions such as age band, sex or ethnicity. Each gives answered_&lt;field&gt; (the share who answered) and, with a population table, rep_&lt;field&gt;.</source>
      <translation>Cwestiynau fel band oedran, rhyw neu ethnigrwydd. Mae pob un yn rhoi answered_&lt;field&gt; (cyfran y rhai a atebodd) a, gyda thabl poblogaeth, rep_&lt;field&gt;.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="152" />
      <source>Demographic answers counted as not answered, like an empty value (separated by ';').</source>
      <translation>Atebion demograffig a gyfrifir fel rhai heb eu hateb, fel gwerth gwag (wedi'u gwahanu gan ';').</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="156" />
      <source>A table (layer or CSV) with one row per area, question and group, e.g. W001, age_band, 65+, 1200. Compares the respondents' mix with the population's: rep_&lt;field&gt; is the index of dissimilarity, 0 = the same mix, 1 = no overlap.</source>
      <translation>Tabl (haen neu CSV) gydag un rhes ar gyfer pob ardal, cwestiwn a grŵp, e.e. W001, age_band, 65+, 1200. Mae'n cymharu cymysgedd yr ymatebwyr â chymysgedd y boblogaeth: rep_&lt;field&gt; yw'r mynegai annhebygrwydd, 0 = yr un cymysgedd, 1 = dim gorgyffwrdd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="162" />
      <source>The area code of each row, matched to the area ids.</source>
      <translation>Cod ardal pob rhes, wedi'i baru â dynodyddion yr ardaloedd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="166" />
      <source>Which demographic field the row is about: the survey field's name (e.g. age_band).</source>
      <translation>Pa faes demograffig y mae'r rhes yn ymwneud ag ef: enw maes yr arolwg (e.e. age_band).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="170" />
      <source>The group, written as the survey writes the answer (e.g. 65+).</source>
      <translation>Y grŵp, wedi'i ysgrifennu fel y mae'r arolwg yn ysgrifennu'r ateb (e.e. 65+).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="174" />
      <source>How many people of the area are in the group.</source>
      <translation>Faint o bobl yr ardal sydd yn y grŵp.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="178" />
      <source>The date of each response (a date, or text as 2024-06-15, 15/06/2024 or 2024-06). Needed for periods.</source>
      <translation>Dyddiad pob ymateb (dyddiad, neu destun fel 2024-06-15, 15/06/2024 neu 2024-06). Mae ei angen ar gyfer cyfnodau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="182" />
      <source>First day of the (first) period, inclusive. Without any period every response counts.</source>
      <translation>Diwrnod cyntaf y cyfnod (cyntaf), yn gynhwysol. Heb unrhyw gyfnod, mae pob ymateb yn cyfrif.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="185" />
      <source>Last day of the (first) period, inclusive.</source>
      <translation>Diwrnod olaf y cyfnod (cyntaf), yn gynhwysol.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="188" />
      <source>With a second period every field is written twice, &lt;field&gt;_p1 and &lt;field&gt;_p2 side by side, with &lt;field&gt;_change (period 2 minus period 1): what changed after action.</source>
      <translation>Gydag ail gyfnod, caiff pob maes ei ysgrifennu ddwywaith, &lt;field&gt;_p1 a &lt;field&gt;_p2 ochr yn ochr, gyda &lt;field&gt;_change (cyfnod 2 llai cyfnod 1): yr hyn a newidiodd ar ôl gweithredu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="192" />
      <source>Last day of the second period, inclusive. The periods must not overlap.</source>
      <translation>Diwrnod olaf yr ail gyfnod, yn gynhwysol. Rhaid i'r cyfnodau beidio â gorgyffwrdd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="196" />
      <source>Areas with fewer respondents (but at least one) are small: with suppression on, all their values are empty and their status is 'suppressed'. A representativeness index also needs this many answers to the question.</source>
      <translation>Mae ardaloedd â llai o ymatebwyr na hyn (ond o leiaf un) yn fach: gydag atal ymlaen, mae eu holl werthoedd yn wag a'u statws yw 'suppressed'. Mae angen o leiaf y nifer hwn o atebion i'r cwestiwn ar fynegai cynrychioldeb hefyd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="202" />
      <source>On: no value of a small area leaves the algorithm, so the output can be shared. Off: small areas keep their values with status 'low_count', for analysts only; the provenance records that the output is not for sharing.</source>
      <translation>Ymlaen: nid oes unrhyw werth ardal fach yn gadael yr algorithm, felly gellir rhannu'r allbwn. I ffwrdd: mae ardaloedd bach yn cadw eu gwerthoedd gyda'r statws 'low_count', ar gyfer dadansoddwyr yn unig; mae'r tarddiad yn cofnodi nad yw'r allbwn i'w rannu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="207" />
      <source>Every area with status, respondents, pri_&lt;category&gt; (share 0-1 of respondents naming it), mean_confidence, confidence_n and, per demographic field, answered_&lt;field&gt; and rep_&lt;field&gt;.</source>
      <translation>Pob ardal gyda'i statws, ymatebwyr, pri_&lt;category&gt; (cyfran 0-1 yr ymatebwyr sy'n ei enwi), mean_confidence, confidence_n ac, ar gyfer pob maes demograffig, answered_&lt;field&gt; a rep_&lt;field&gt;.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="209" />
      <source>Respondents in</source>
      <translation>Ymatebwyr yn y mewnbwn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="210" />
      <source>Respondents counted in an area</source>
      <translation>Ymatebwyr a gyfrifwyd mewn ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="211" />
      <source>Areas suppressed</source>
      <translation>Ardaloedd wedi'u hatal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="310" />
      <source>What residents of each area of '{0}' name as priorities, from '{1}'.</source>
      <translation>Yr hyn y mae preswylwyr pob ardal yn '{0}' yn ei enwi fel blaenoriaethau, o '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="339" />
      <source>area code</source>
      <translation>cod ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="339" />
      <source>question</source>
      <translation>cwestiwn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="340" />
      <source>group</source>
      <translation>grŵp</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="340" />
      <source>count</source>
      <translation>nifer</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="101" />
      <source>Survey responses</source>
      <translation>Ymatebion i'r arolwg</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="105" />
      <source>Respondent's area code field</source>
      <translation>Maes cod ardal yr ymatebydd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="110" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="59" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="48" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="176" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="213" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="324" />
      <source>Areas</source>
      <translation>Ardaloedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="114" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="168" />
      <source>Area id field</source>
      <translation>Maes dynodydd yr ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="117" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="172" />
      <source>Area name field</source>
      <translation>Maes enw'r ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="121" />
      <source>Priority fields</source>
      <translation>Meysydd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="126" />
      <source>Priority categories</source>
      <translation>Categorïau blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="132" />
      <source>Confidence or trust field</source>
      <translation>Maes hyder neu ymddiriedaeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="137" />
      <source>Lowest confidence score</source>
      <translation>Sgôr hyder isaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="141" />
      <source>Highest confidence score</source>
      <translation>Sgôr hyder uchaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="145" />
      <source>Demographic fields</source>
      <translation>Meysydd demograffig</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="150" />
      <source>Answers that mean no answer</source>
      <translation>Atebion sy'n golygu dim ateb</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="154" />
      <source>Population by group</source>
      <translation>Poblogaeth yn ôl grŵp</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="160" />
      <source>Population: area code field</source>
      <translation>Poblogaeth: maes cod ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="164" />
      <source>Population: question field</source>
      <translation>Poblogaeth: maes cwestiwn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="168" />
      <source>Population: group field</source>
      <translation>Poblogaeth: maes grŵp</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="172" />
      <source>Population: count field</source>
      <translation>Poblogaeth: maes nifer</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="176" />
      <source>Survey date field</source>
      <translation>Maes dyddiad yr arolwg</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="181" />
      <source>Period 1 start</source>
      <translation>Dechrau cyfnod 1</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="184" />
      <source>Period 1 end</source>
      <translation>Diwedd cyfnod 1</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="187" />
      <source>Period 2 start</source>
      <translation>Dechrau cyfnod 2</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="191" />
      <source>Period 2 end</source>
      <translation>Diwedd cyfnod 2</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="194" />
      <source>Minimum respondents per area</source>
      <translation>Isafswm ymatebwyr fesul ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="200" />
      <source>Suppress small areas (output for sharing)</source>
      <translation>Atal ardaloedd bach (allbwn i'w rannu)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="206" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="110" />
      <source>Community priorities</source>
      <translation>Blaenoriaethau cymunedol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="290" />
      <source>Summarising {0} responses by area</source>
      <translation>Crynhoi {0} o ymatebion fesul ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="355" />
      <source>Respondents in: {0} = {1}</source>
      <translation>Ymatebwyr yn y mewnbwn: {0} = {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="466" />
      <source> (period {0})</source>
      <translation> (cyfnod {0})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="226" />
      <source>Choose at least one priority field of layer '{0}'.</source>
      <translation>Dewiswch o leiaf un maes blaenoriaeth o'r haen '{0}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="244" />
      <source>A period needs a survey date field on layer '{0}'.</source>
      <translation>Mae angen maes dyddiad yr arolwg ar yr haen '{0}' ar gyfer cyfnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="262" />
      <source>Layer '{0}' has no point geometry: choose its area code field, so respondents can be placed in areas by code.</source>
      <translation>Nid oes geometreg pwyntiau gan yr haen '{0}': dewiswch ei maes cod ardal, fel y gellir gosod ymatebwyr mewn ardaloedd yn ôl cod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="272" />
      <source>Layer '{0}' has no survey responses: nothing to report.</source>
      <translation>Nid oes gan yr haen '{0}' ymatebion i arolwg: dim byd i adrodd arno.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="373" />
      <source>{0} respondents have no readable date and are in no period.</source>
      <translation>Nid oes gan {0} o ymatebwyr ddyddiad darllenadwy, ac nid ydynt mewn unrhyw gyfnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="379" />
      <source>{0} respondents answered outside the period(s).</source>
      <translation>Atebodd {0} o ymatebwyr y tu allan i'r cyfnod(au).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="382" />
      <source>{0} answers are not among the priority categories and are not in any pri_ field: {1}. Add them to the categories to count them.</source>
      <translation>Nid yw {0} o atebion ymhlith y categorïau blaenoriaeth ac nid ydynt mewn unrhyw faes pri_: {1}. Ychwanegwch nhw at y categorïau i'w cyfrif.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="386" />
      <source>{0} confidence values are not numbers or lie off the scale and are left out, e.g. {1}</source>
      <translation>Caiff {0} o werthoedd hyder nad ydynt yn rhifau, neu sydd oddi ar y raddfa, eu hepgor, e.e. {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="413" />
      <source>Answers to '{0}' with no group in the population table (they count against representativeness): {1}</source>
      <translation>Atebion i '{0}' heb grŵp yn y tabl poblogaeth (maent yn cyfrif yn erbyn cynrychioldeb): {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="441" />
      <source>{0} have no readable date</source>
      <translation>nid oes gan {0} ddyddiad darllenadwy</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="442" />
      <source>{0} answered outside the period(s) {1}</source>
      <translation>atebodd {0} y tu allan i'r cyfnod(au) {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="451" />
      <source> (the answers run from {0} to {1})</source>
      <translation> (mae'r atebion yn rhedeg o {0} i {1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="452" />
      <source>No respondent of '{0}' was counted in any area, so no area has a share: {1}.</source>
      <translation>Ni chafodd yr un ymatebydd o '{0}' ei gyfrif mewn unrhyw ardal, felly nid oes gan yr un ardal gyfran: {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="231" />
      <source>Priority categories: {0}</source>
      <translation>Categorïau blaenoriaeth: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="236" />
      <source>Field '{0}' of layer '{1}' looks like a personal identifier (an id, name, address or contact): it cannot be a priority, confidence or demographic field, so none of its values can reach an output.</source>
      <translation>Mae'r maes '{0}' yn yr haen '{1}' yn edrych fel dynodydd personol (dynodydd, enw, cyfeiriad neu fanylion cyswllt): ni all fod yn faes blaenoriaeth, hyder na demograffig, felly ni all yr un o'i werthoedd gyrraedd allbwn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="300" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="294" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="189" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="114" />
      <source>Layer '{0}': {1}</source>
      <translation>Haen '{0}': {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="332" />
      <source>Survey periods: {0}</source>
      <translation>Cyfnodau'r arolwg: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="343" />
      <source>Population table '{0}': choose its {1} field ({2}). Fields: {3}</source>
      <translation>Tabl poblogaeth '{0}': dewiswch ei faes {1} ({2}). Meysydd: {3}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="359" />
      <source>{0} respondents of '{1}' have no location and are in no area.</source>
      <translation>Nid oes gan {0} o ymatebwyr '{1}' leoliad, ac nid ydynt mewn unrhyw ardal.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="362" />
      <source>{0} respondents of '{1}' have no area code and are in no area.</source>
      <translation>Nid oes gan {0} o ymatebwyr '{1}' god ardal, ac nid ydynt mewn unrhyw ardal.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="366" />
      <source>{0} respondents of '{1}' lie outside every area.</source>
      <translation>Mae {0} o ymatebwyr '{1}' y tu allan i bob ardal.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="370" />
      <source>{0} respondents of '{1}' have an area code that is no area: {2}</source>
      <translation>Mae gan {0} o ymatebwyr '{1}' god ardal nad yw'n cyfateb i unrhyw ardal: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="376" />
      <source>Dates that cannot be read, e.g. {0}</source>
      <translation>Dyddiadau na ellir eu darllen, e.e. {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="393" />
      <source>{0} areas have fewer than {1} respondents{2}: suppressed (values empty).</source>
      <translation>Mae gan {0} o ardaloedd lai na {1} o ymatebwyr{2}: wedi'u hatal (gwerthoedd yn wag).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="405" />
      <source>Too few answered '{0}' to say how representative the respondents are (fewer than {1} answers){2} in {3} areas: {4}</source>
      <translation>Rhy ychydig a atebodd '{0}' i ddweud pa mor gynrychioliadol yw'r ymatebwyr (llai na {1} o atebion){2} mewn {3} o ardaloedd: {4}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="409" />
      <source>The population table has no groups for '{0}' in {1} areas: {2}</source>
      <translation>Nid oes grwpiau ar gyfer '{0}' gan y tabl poblogaeth mewn {1} o ardaloedd: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="418" />
      <source>{0} population rows have an area code that is no area; they are left out.</source>
      <translation>Mae gan {0} o resi poblogaeth god ardal nad yw'n cyfateb i unrhyw ardal; cânt eu hepgor.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="436" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="83" />
      <source>{0} have no location</source>
      <translation>nid oes gan {0} leoliad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="436" />
      <source>{0} have no area code</source>
      <translation>nid oes gan {0} god ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="438" />
      <source>{0} lie outside every area</source>
      <translation>mae {0} y tu allan i bob ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="438" />
      <source>{0} have an area code that is no area</source>
      <translation>mae gan {0} god ardal nad yw'n cyfateb i unrhyw ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="457" />
      <source>Every area with respondents{0} has fewer than {1} (MIN_RESPONDENTS), so all {2} are suppressed and no area has a share. A lower minimum, or no suppression, gives shares in an output that is not for sharing.</source>
      <translation>Mae gan bob ardal sydd ag ymatebwyr{0} lai na {1} (MIN_RESPONDENTS), felly mae pob un o'r {2} wedi'u hatal ac nid oes gan yr un ardal gyfran. Mae isafswm is, neu ddim atal, yn rhoi cyfrannau mewn allbwn nad yw i'w rannu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="397" />
      <source>{0} areas have fewer than {1} respondents{2}: their values are shown. This output is not for sharing.</source>
      <translation>Mae gan {0} o ardaloedd lai na {1} o ymatebwyr{2}: dangosir eu gwerthoedd. Nid yw'r allbwn hwn i'w rannu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="421" />
      <source>{0} population rows have no valid count; they are left out.</source>
      <translation>Nid oes gan {0} o resi poblogaeth nifer dilys; cânt eu hepgor.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="424" />
      <source>{0} population rows are about questions not chosen as demographic fields; they are left out.</source>
      <translation>Mae {0} o resi poblogaeth yn ymwneud â chwestiynau na ddewiswyd fel meysydd demograffig; cânt eu hepgor.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/community_priorities.py" line="427" />
      <source>{0} population rows have no group; they are left out.</source>
      <translation>Nid oes grŵp gan {0} o resi poblogaeth; cânt eu hepgor.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="72" />
      <source>Recommend streets to focus on</source>
      <translation>Argymell strydoedd i ganolbwyntio arnynt</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="192" />
      <source>Reading streets and their harm</source>
      <translation>Darllen strydoedd a'u niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="212" />
      <source>Reading community priorities</source>
      <translation>Darllen blaenoriaethau cymunedol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="490" />
      <source>drug dealing</source>
      <translation>delio cyffuriau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="490" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="501" />
      <source>anti-social behaviour</source>
      <translation>ymddygiad gwrthgymdeithasol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="491" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="502" />
      <source>burglary</source>
      <translation>bwrgleriaeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="491" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="502" />
      <source>vehicle crime</source>
      <translation>troseddau cerbydau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="491" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="500" />
      <source>violence</source>
      <translation>trais</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="492" />
      <source>knife crime</source>
      <translation>troseddau cyllyll</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="492" />
      <source>scams</source>
      <translation>sgamiau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="492" />
      <source>speeding</source>
      <translation>goryrru</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="493" />
      <source>litter</source>
      <translation>sbwriel</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="493" />
      <source>criminal damage</source>
      <translation>difrod troseddol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="500" />
      <source>drugs</source>
      <translation>cyffuriau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="500" />
      <source>acquisitive crime</source>
      <translation>troseddau meddiangar</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="501" />
      <source>firearms</source>
      <translation>arfau tanio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="501" />
      <source>economic crime</source>
      <translation>troseddau economaidd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="502" />
      <source>drug supply</source>
      <translation>cyflenwi cyffuriau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="503" />
      <source>weapons</source>
      <translation>arfau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="503" />
      <source>other crime</source>
      <translation>troseddau eraill</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="80" />
      <source>The output of 'Score harm by area' or 'Score areas with a harm scheme' for streets (or wards): the harm fields are read from it.</source>
      <translation>Allbwn 'Sgorio niwed fesul ardal' neu 'Sgorio ardaloedd gyda chynllun niwed' ar gyfer strydoedd (neu wardiau): darllenir y meysydd niwed ohono.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="85" />
      <source>A unique id per street or area.</source>
      <translation>Dynodydd unigryw ar gyfer pob stryd neu ardal.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="89" />
      <source>A readable name, copied to the output.</source>
      <translation>Enw darllenadwy, wedi'i gopïo i'r allbwn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="94" />
      <source>One or more harm fields; their sum is the harm component. Each field's theme comes from its name and matches residents' priorities: dim_drugs or drugs_harm_score -&gt; drugs, drug_supply_harm -&gt; drug_supply, harm_score -&gt; all crime. Choose fields that do not overlap (not harm_score with its own dimensions).</source>
      <translation>Un maes niwed neu fwy; eu swm yw'r elfen niwed. Daw thema pob maes o'i enw ac mae'n cyfateb i flaenoriaethau'r preswylwyr: dim_drugs neu drugs_harm_score -&gt; drugs, drug_supply_harm -&gt; drug_supply, harm_score -&gt; pob trosedd. Dewiswch feysydd nad ydynt yn gorgyffwrdd (nid harm_score gyda'i ddimensiynau ei hun).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="101" />
      <source>The field holding each street's wider area code (e.g. ward_id on streets) that the priorities and the need values are given by. Empty: the street id itself.</source>
      <translation>Y maes sy'n dal cod ardal ehangach pob stryd (e.e. ward_id ar strydoedd) y rhoddir y blaenoriaethau a'r gwerthoedd angen yn ôl iddo. Yn wag: dynodydd y stryd ei hun.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="106" />
      <source>The same streets scored for a second period (same id and harm fields): every per-period output field is written twice, &lt;field&gt;_p1 and &lt;field&gt;_p2, with harm_change, concern_change and focus_rank_change. Harm and concern are normalised over both periods together.</source>
      <translation>Yr un strydoedd wedi'u sgorio ar gyfer ail gyfnod (yr un meysydd dynodydd a niwed): caiff pob maes allbwn fesul cyfnod ei ysgrifennu ddwywaith, &lt;field&gt;_p1 a &lt;field&gt;_p2, gyda harm_change, concern_change a focus_rank_change. Caiff niwed a phryder eu normaleiddio dros y ddau gyfnod gyda'i gilydd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="112" />
      <source>The output of 'Community priorities by area' (pri_&lt;category&gt; shares; suppressed areas stay unknown). One or two periods, matched to the harm periods.</source>
      <translation>Allbwn 'Blaenoriaethau cymunedol fesul ardal' (cyfrannau pri_&lt;category&gt;; mae ardaloedd wedi'u hatal yn aros yn anhysbys). Un neu ddau gyfnod, wedi'u paru â'r cyfnodau niwed.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="117" />
      <source>The id of each area in the priorities layer, matched to the survey and need area field (ignoring case and spaces).</source>
      <translation>Dynodydd pob ardal yn yr haen blaenoriaethau, wedi'i baru â maes ardal yr arolwg a'r angen (gan anwybyddu priflythrennau a bylchau).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="122" />
      <source>Changes to the documented mapping of priority categories to harm themes, one category per entry: category=theme1,theme2; another=theme. An entry replaces that category's themes; 'litter=' gives it none.</source>
      <translation>Newidiadau i'r mapio a ddogfennwyd o gategorïau blaenoriaeth i themâu niwed, un categori ym mhob eitem: category=theme1,theme2; another=theme. Mae eitem yn disodli themâu'r categori hwnnw; mae 'litter=' yn rhoi dim un iddo.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="129" />
      <source>Any layer or table holding a need value per area, e.g. a deprivation decile per ward. It can be the streets layer itself.</source>
      <translation>Unrhyw haen neu dabl sy'n dal gwerth angen ar gyfer pob ardal, e.e. degradd amddifadedd ar gyfer pob ward. Gall fod yn haen y strydoedd ei hun.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="134" />
      <source>The area id in the need layer, matched to the survey and need area field.</source>
      <translation>Dynodydd yr ardal yn yr haen angen, wedi'i baru â maes ardal yr arolwg a'r angen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="138" />
      <source>The need value (any number).</source>
      <translation>Y gwerth angen (unrhyw rif).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="142" />
      <source>Which way the need value points.</source>
      <translation>I ba gyfeiriad y mae'r gwerth angen yn pwyntio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="147" />
      <source>How each component becomes 0-1 before weighting. Rank percentile (the default) keeps the order: harm is concentrated in a few streets, and it still tells the rest apart. Min-max keeps distances (twice the harm, twice as far up) but leaves most streets near 0, so the ward-level concern and need decide between them.</source>
      <translation>Sut mae pob elfen yn troi'n 0-1 cyn pwysoli. Mae canradd safle (y rhagosodiad) yn cadw'r drefn: mae niwed wedi'i grynhoi mewn ychydig o strydoedd, ac mae'n dal i wahaniaethu rhwng y gweddill. Mae min-max yn cadw pellteroedd (dwywaith y niwed, dwywaith mor uchel) ond yn gadael y rhan fwyaf o strydoedd yn agos at 0, felly pryder ac angen ar lefel ward sy'n penderfynu rhyngddynt.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="154" />
      <source>Weights need not add up to 1: focus_score divides by the sum of the weights of the components a street has a value for.</source>
      <translation>Nid oes rhaid i'r pwysiadau adio i 1: mae focus_score yn rhannu â swm pwysiadau'r elfennau y mae gan stryd werth ar eu cyfer.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="159" />
      <source>Concern: the share of respondents naming a priority that matches the harm themes, weighted by the street's harm in each theme.</source>
      <translation>Pryder: cyfran yr ymatebwyr sy'n enwi blaenoriaeth sy'n cyfateb i'r themâu niwed, wedi'i phwysoli yn ôl niwed y stryd ym mhob thema.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="164" />
      <source>Need: the need value, pointed so that more need scores higher.</source>
      <translation>Angen: y gwerth angen, wedi'i gyfeirio fel bod mwy o angen yn sgorio'n uwch.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="167" />
      <source>Every street ranked (focus_rank 1 = focus first) with each component shown: the harm fields, harm_value, harm_norm, concern, concern_norm, respondents, need_value, need_norm, focus_score, reason_codes and a plain-language reason.</source>
      <translation>Pob stryd wedi'i graddio (focus_rank 1 = canolbwyntio arni gyntaf) gyda phob elfen yn cael ei dangos: y meysydd niwed, harm_value, harm_norm, concern, concern_norm, respondents (ymatebwyr), need_value, need_norm, focus_score, reason_codes a rheswm mewn iaith glir.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="170" />
      <source>Streets ranked</source>
      <translation>Strydoedd wedi'u graddio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="171" />
      <source>Street to focus on first</source>
      <translation>Y stryd i ganolbwyntio arni gyntaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="239" />
      <source>Streets of '{0}' ranked for focus by harm, residents' concern and need.</source>
      <translation>Strydoedd '{0}' wedi'u graddio i ganolbwyntio arnynt yn ôl niwed, pryder preswylwyr ac angen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="455" />
      <source>no recorded harm</source>
      <translation>dim niwed wedi'i gofnodi</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="457" />
      <source>no harm value</source>
      <translation>dim gwerth niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="78" />
      <source>Streets or areas scored by harm</source>
      <translation>Strydoedd neu ardaloedd wedi'u sgorio yn ôl niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="83" />
      <source>Street (area) id field</source>
      <translation>Maes dynodydd y stryd (ardal)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="87" />
      <source>Name field</source>
      <translation>Maes enw</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="91" />
      <source>Harm fields</source>
      <translation>Meysydd niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="99" />
      <source>Survey and need area field</source>
      <translation>Maes ardal yr arolwg a'r angen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="104" />
      <source>Scored for period 2</source>
      <translation>Wedi'u sgorio ar gyfer cyfnod 2</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="115" />
      <source>Community priorities: area id field</source>
      <translation>Blaenoriaethau cymunedol: maes dynodydd yr ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="120" />
      <source>Priority to harm theme mapping</source>
      <translation>Mapio blaenoriaethau i themâu niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="127" />
      <source>Need or vulnerability</source>
      <translation>Angen neu fregusrwydd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="132" />
      <source>Need: area id field</source>
      <translation>Angen: maes dynodydd yr ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="136" />
      <source>Need: value field</source>
      <translation>Angen: maes gwerth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="140" />
      <source>More need is</source>
      <translation>Mwy o angen yw</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="144" />
      <source>Normalise components by</source>
      <translation>Normaleiddio elfennau yn ôl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="152" />
      <source>Weight of harm</source>
      <translation>Pwysiad niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="157" />
      <source>Weight of residents' concern</source>
      <translation>Pwysiad pryder preswylwyr</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="162" />
      <source>Weight of need</source>
      <translation>Pwysiad angen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="166" />
      <source>Recommended streets</source>
      <translation>Strydoedd a argymhellir</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="231" />
      <source>Writing {0} ranked streets</source>
      <translation>Ysgrifennu {0} o strydoedd wedi'u graddio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="368" />
      <source>Components: {0}; weights {1}</source>
      <translation>Elfennau: {0}; pwysiadau {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="479" />
      <source>highest-need decile</source>
      <translation>degradd yr angen mwyaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="182" />
      <source>Choose at least one harm field of layer '{0}'.</source>
      <translation>Dewiswch o leiaf un maes niwed o'r haen '{0}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="261" />
      <source>Layer '{0}' (period 2) has no id field '{1}'.</source>
      <translation>Nid oes gan yr haen '{0}' (cyfnod 2) faes dynodydd '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="268" />
      <source>{0} streets are not in '{1}' (period 2); their period-2 harm is empty and counts as 0: {2}</source>
      <translation>Nid yw {0} o strydoedd yn '{1}' (cyfnod 2); mae eu niwed yng nghyfnod 2 yn wag ac yn cyfrif fel 0: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="273" />
      <source>{0} features of '{1}' (period 2) are not among the streets and are left out.</source>
      <translation>Nid yw {0} o nodweddion '{1}' (cyfnod 2) ymhlith y strydoedd, ac fe'u hepgorir.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="288" />
      <source>Community priorities '{0}': choose its area id field. Fields: {1}</source>
      <translation>Blaenoriaethau cymunedol '{0}': dewiswch ei faes dynodydd ardal. Meysydd: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="298" />
      <source>'{0}' holds two periods; the streets have one: the second (latest) period's priorities are used.</source>
      <translation>Mae '{0}' yn dal dau gyfnod; mae gan y strydoedd un: defnyddir blaenoriaethau'r ail gyfnod (y diweddaraf).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="334" />
      <source>Need layer '{0}': choose its area id field and its value field.</source>
      <translation>Haen angen '{0}': dewiswch ei maes dynodydd ardal a'i maes gwerth.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="345" />
      <source>Need layer '{0}' has several rows for {1} ids; the first is used: {2}</source>
      <translation>Mae gan yr haen angen '{0}' sawl rhes ar gyfer {1} o ddynodyddion; defnyddir y gyntaf: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="351" />
      <source>{0} streets have no need value in '{1}'; need leaves their score (its weight too).</source>
      <translation>Nid oes gan {0} o strydoedd werth angen yn '{1}'; nid yw angen yn rhan o'u sgôr (na'i bwysiad chwaith).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="358" />
      <source>{0} harm values are empty; they count as 0.</source>
      <translation>Mae {0} o werthoedd niwed yn wag; maent yn cyfrif fel 0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="360" />
      <source>No priority category maps to the harm theme(s) {0}: residents' concern cannot match them. Change the priority to harm theme mapping.</source>
      <translation>Nid oes yr un categori blaenoriaeth yn cyfateb i'r thema/themâu niwed {0}: ni all pryder preswylwyr gyfateb iddynt. Newidiwch y mapio blaenoriaethau i themâu niwed.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="364" />
      <source>{0} streets have an area code that is not in '{1}': they have no concern value.</source>
      <translation>Mae gan {0} o strydoedd god ardal nad yw yn '{1}': nid oes ganddynt werth pryder.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="371" />
      <source>Harm theme '{0}' from field(s) {1}</source>
      <translation>Thema niwed '{0}' o'r maes/meysydd {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="466" />
      <source>{0} % of respondents name {1}</source>
      <translation>mae {0} % o'r ymatebwyr yn enwi {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="468" />
      <source>no respondent names a matching priority</source>
      <translation>nid oes yr un ymatebydd yn enwi blaenoriaeth gyfatebol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="469" />
      <source>too few respondents to report their concern</source>
      <translation>rhy ychydig o ymatebwyr i adrodd ar eu pryder</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="470" />
      <source>no survey respondents</source>
      <translation>dim ymatebwyr i'r arolwg</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="471" />
      <source>no priority matches these harm themes</source>
      <translation>nid oes yr un flaenoriaeth yn cyfateb i'r themâu niwed hyn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="472" />
      <source>no survey data for this area</source>
      <translation>dim data arolwg ar gyfer yr ardal hon</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="478" />
      <source>most deprived decile</source>
      <translation>y ddegradd fwyaf difreintiedig</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="482" />
      <source>very high need (top 10 %)</source>
      <translation>angen uchel iawn (10 % uchaf)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="482" />
      <source>high need (top 25 %)</source>
      <translation>angen uchel (25 % uchaf)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="483" />
      <source>moderate need</source>
      <translation>angen cymedrol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="483" />
      <source>low need</source>
      <translation>angen isel</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="483" />
      <source>no need value</source>
      <translation>dim gwerth angen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="141" />
      <source>Higher values</source>
      <translation>Gwerthoedd uwch</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="141" />
      <source>Lower values (e.g. deprivation decile 1 = most deprived)</source>
      <translation>Gwerthoedd is (e.e. degradd amddifadedd 1 = y mwyaf difreintiedig)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="145" />
      <source>Min-max (0 = lowest, 1 = highest)</source>
      <translation>Min-max (0 = isaf, 1 = uchaf)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="145" />
      <source>Rank percentile (share of the other streets with a lower value)</source>
      <translation>Canradd safle (cyfran y strydoedd eraill sydd â gwerth is)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="189" />
      <source>Priority to harm theme mapping: {0}</source>
      <translation>Mapio blaenoriaethau i themâu niwed: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="204" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="69" />
      <source>Layer '{0}' has no field '{1}'.</source>
      <translation>Nid oes gan yr haen '{0}' faes '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="226" />
      <source>Cannot rank the streets of '{0}': {1}</source>
      <translation>Nid oes modd graddio strydoedd '{0}': {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="250" />
      <source>Layer '{0}' has no harm field '{1}'. Fields: {2}</source>
      <translation>Nid oes gan yr haen '{0}' faes niwed '{1}'. Meysydd: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="253" />
      <source>Field '{0}' of layer '{1}' is of type {2}; a harm field must be numeric.</source>
      <translation>Mae'r maes '{0}' yn yr haen '{1}' o'r math {2}; rhaid i faes niwed fod yn rhifol.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="302" />
      <source>'{0}' holds one period; the streets have two: the same priorities are used for both, so concern_change is 0.</source>
      <translation>Mae '{0}' yn dal un cyfnod; mae gan y strydoedd ddau: defnyddir yr un blaenoriaethau ar gyfer y ddau, felly mae concern_change yn 0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="392" />
      <source>Field '{0}' would appear twice in the output: choose other id, name or harm fields.</source>
      <translation>Byddai'r maes '{0}' yn ymddangos ddwywaith yn yr allbwn: dewiswch feysydd dynodydd, enw neu niwed eraill.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="459" />
      <source>very high harm (top 10 %)</source>
      <translation>niwed uchel iawn (10 % uchaf)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="459" />
      <source>high harm (top 25 %)</source>
      <translation>niwed uchel (25 % uchaf)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="460" />
      <source>moderate harm</source>
      <translation>niwed cymedrol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="460" />
      <source>low harm</source>
      <translation>niwed isel</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="479" />
      <source>need decile {0} of 10 (1 = most need)</source>
      <translation>degradd angen {0} o 10 (1 = yr angen mwyaf)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="462" />
      <source>very high {0} harm (top 10 %)</source>
      <translation>niwed {0} uchel iawn (10 % uchaf)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="462" />
      <source>high {0} harm (top 25 %)</source>
      <translation>niwed {0} uchel (25 % uchaf)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="463" />
      <source>moderate {0} harm</source>
      <translation>niwed {0} cymedrol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="463" />
      <source>low {0} harm</source>
      <translation>niwed {0} isel</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/community/recommend_streets.py" line="478" />
      <source>deprivation decile {0}</source>
      <translation>degradd amddifadedd {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="54" />
      <source>Harm concentration</source>
      <translation>Crynodiad niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="62" />
      <source>One feature (or table row) per unit with a value, e.g. the areas scored by socharm:scoreharm or a table of groups.</source>
      <translation>Un nodwedd (neu res tabl) ar gyfer pob uned sydd â gwerth, e.e. yr ardaloedd a sgoriwyd gan socharm:scoreharm neu dabl o grwpiau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="68" />
      <source>Each unit's harm. Units with no value (NULL) are left out and reported, never counted as 0; negative values are refused.</source>
      <translation>Niwed pob uned. Caiff unedau heb werth (NULL) eu hepgor a'u nodi yn yr adroddiad, a byth eu cyfrif fel 0; caiff gwerthoedd negatif eu gwrthod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="73" />
      <source>Each unit's count of records (e.g. harm_n), to compare concentration by counts with concentration by harm.</source>
      <translation>Nifer cofnodion pob uned (e.e. harm_n), i gymharu crynodiad yn ôl niferoedd â chrynodiad yn ôl niwed.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="78" />
      <source>Written as 'unit' in the Lorenz table; without it, the feature id.</source>
      <translation>Wedi'i ysgrifennu fel 'unit' yn nhabl Lorenz; hebddo, dynodydd y nodwedd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="81" />
      <source>One row per unit and measure ('value', and 'count' with a count field): rank (1 = most), unit, value, cum_share_units and cum_share_value, in percent.</source>
      <translation>Un rhes ar gyfer pob uned a mesur ('value', a 'count' gyda maes nifer): rank (safle; 1 = y mwyaf), unit, value, cum_share_units a cum_share_value, fel canrannau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="86" />
      <source>A PNG of the Lorenz curves, read from the top: the share of the value held by the top x % of units.</source>
      <translation>PNG o gromliniau Lorenz, wedi'u darllen o'r brig: cyfran y gwerth a ddelir gan yr x % uchaf o unedau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="87" />
      <source>Gini (harm)</source>
      <translation>Gini (niwed)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="88" />
      <source>% of units holding half the harm</source>
      <translation>% o unedau sy'n dal hanner y niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="89" />
      <source>Gini (counts)</source>
      <translation>Gini (niferoedd)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="90" />
      <source>% of units holding half the records</source>
      <translation>% o unedau sy'n dal hanner y cofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="92" />
      <source>Units with a value</source>
      <translation>Unedau â gwerth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="93" />
      <source>Units with no value</source>
      <translation>Unedau heb werth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="94" />
      <source>Units with no count</source>
      <translation>Unedau heb nifer</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="171" />
      <source>Concentration of '{0}' over the units of '{1}'.</source>
      <translation>Crynodiad '{0}' dros unedau '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="60" />
      <source>Units (areas, streets, nominals or groups)</source>
      <translation>Unedau (ardaloedd, strydoedd, unigolion enwol neu grwpiau)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="65" />
      <source>Value field (harm)</source>
      <translation>Maes gwerth (niwed)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="71" />
      <source>Count field</source>
      <translation>Maes nifer</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="76" />
      <source>Unit id field</source>
      <translation>Maes dynodydd yr uned</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="80" />
      <source>Lorenz table</source>
      <translation>Tabl Lorenz</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="84" />
      <source>Lorenz chart</source>
      <translation>Siart Lorenz</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="178" />
      <source>% of units (most first)</source>
      <translation>% o unedau (y mwyaf yn gyntaf)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="179" />
      <source>% of the total</source>
      <translation>% o'r cyfanswm</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="180" />
      <source>Equal shares</source>
      <translation>Cyfrannau cyfartal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="181" />
      <source>{label}: Gini {gini}; {share} % of units hold half</source>
      <translation>{label}: Gini {gini}; mae {share} % o unedau yn dal hanner</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="121" />
      <source>Layer '{0}' has no features.</source>
      <translation>Nid oes gan yr haen '{0}' nodweddion.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="134" />
      <source>Layer '{0}': {1} unit(s) have no value in field '{2}' (feature ids {3}); they are left out, not counted as 0.</source>
      <translation>Haen '{0}': nid oes gan {1} uned werth yn y maes '{2}' (dynodyddion nodweddion {3}); cânt eu hepgor, nid eu cyfrif fel 0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="139" />
      <source>Layer '{0}': field '{1}' adds up to 0 over {2} unit(s): its shares and Gini are undefined.</source>
      <translation>Haen '{0}': mae'r maes '{1}' yn adio i 0 dros {2} uned: nid yw ei gyfrannau na'i Gini wedi'u diffinio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="143" />
      <source>{0}: Gini {1:.3f}; {2:.1f} % of units ({3} of {4}) hold half of the total {5:.6g}.</source>
      <translation>{0}: Gini {1:.3f}; mae {2:.1f} % o unedau ({3} o {4}) yn dal hanner y cyfanswm {5:.6g}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="177" />
      <source>Concentration in '{0}'</source>
      <translation>Crynodiad yn '{0}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="113" />
      <source>Field '{0}' of layer '{1}' is of type {2}; {3} must be numeric.</source>
      <translation>Mae'r maes '{0}' yn yr haen '{1}' o'r math {2}; rhaid i {3} fod yn rhifol.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/concentration.py" line="129" />
      <source>Layer '{0}': {1} unit(s) have a negative value in field '{2}' (feature ids {3}); a concentration needs values of 0 or more.</source>
      <translation>Haen '{0}': mae gan {1} uned werth negatif yn y maes '{2}' (dynodyddion nodweddion {3}); mae crynodiad angen gwerthoedd o 0 neu fwy.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="66" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="99" />
      <source>Emerging hotspots</source>
      <translation>Mannau poeth sy'n dod i'r amlwg</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="72" />
      <source>Polygons to analyse (wards, LSOAs, or cells from 'Aggregate harm to a grid'); a record counts in the area that contains it. The analysis runs in this layer's CRS.</source>
      <translation>Polygonau i'w dadansoddi (wardiau, ACEHI, neu gelloedd o 'Crynhoi niwed i grid'); mae cofnod yn cyfrif yn yr ardal sy'n ei gynnwys. Mae'r dadansoddiad yn rhedeg yn CRS yr haen hon.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="135" />
      <source>the date field</source>
      <translation>y maes dyddiad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="139" />
      <source>Building the space-time cube</source>
      <translation>Adeiladu'r ciwb gofod-amser</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="178" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="338" />
      <source>Finding neighbours</source>
      <translation>Canfod cymdogion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="80" />
      <source>First day analysed. Empty: from the first dated record. Slices are calendar months, quarters or years, so choose the first day of one.</source>
      <translation>Y diwrnod cyntaf a ddadansoddir. Yn wag: o'r cofnod cyntaf sydd â dyddiad. Misoedd, chwarteri neu flynyddoedd calendr yw'r sleisys, felly dewiswch ddiwrnod cyntaf un ohonynt.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="84" />
      <source>Last day analysed. Empty: to the last dated record. A last slice the data cover only in part holds less harm and can look like a cold spot.</source>
      <translation>Y diwrnod olaf a ddadansoddir. Yn wag: hyd at y cofnod olaf sydd â dyddiad. Mae sleisen olaf nad yw'r data ond yn ei chwmpasu'n rhannol yn dal llai o niwed a gall edrych fel man oer.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="89" />
      <source>The length of each time slice: calendar month, quarter (January-March, ...) or year. The trend needs about 10 slices or more.</source>
      <translation>Hyd pob sleisen amser: mis calendr, chwarter (Ionawr-Mawrth, ...) neu flwyddyn. Mae'r duedd angen tua 10 sleisen neu fwy.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="94" />
      <source>How many earlier slices count as neighbours of each slice, as in ArcGIS (1: this slice and the one before).</source>
      <translation>Faint o sleisys cynharach sy'n cyfrif fel cymdogion pob sleisen, fel yn ArcGIS (1: y sleisen hon a'r un cyn hynny).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="100" />
      <source>Every area with ehs_class (new_hot, consecutive_hot, intensifying_hot, persistent_hot, diminishing_hot, sporadic_hot, oscillating_hot, historical_hot, the same eight ending _cold, or no_pattern), the trend of its z-scores (ehs_trend_z, ehs_trend_p, ehs_tau), its hot and cold slices, the last slice's z and bin, its harm and records, ehs_neighbours and ehs_status.</source>
      <translation>Pob ardal gydag ehs_class (new_hot, consecutive_hot, intensifying_hot, persistent_hot, diminishing_hot, sporadic_hot, oscillating_hot, historical_hot, yr un wyth yn gorffen ag _cold, neu no_pattern), tuedd ei sgorau z (ehs_trend_z, ehs_trend_p, ehs_tau), ei sleisys poeth ac oer, z a bin y sleisen olaf, ei niwed a'i chofnodion, ehs_neighbours ac ehs_status.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="109" />
      <source>A table with one row per area and slice: area_id, slice, slice_start, harm, records, gi_z, gi_p_adj, gi_bin.</source>
      <translation>Tabl gydag un rhes ar gyfer pob ardal a sleisen: area_id, slice, slice_start, harm (niwed), records (cofnodion), gi_z, gi_p_adj, gi_bin.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="111" />
      <source>Time slices</source>
      <translation>Sleisys amser</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="112" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="78" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="99" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="77" />
      <source>Records in</source>
      <translation>Cofnodion yn y mewnbwn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="113" />
      <source>Records in the time slices</source>
      <translation>Cofnodion yn y sleisys amser</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="228" />
      <source>Emerging hot spots of harm in '{0}' by {1}, {2} to {3}.</source>
      <translation>Mannau poeth niwed sy'n dod i'r amlwg yn '{0}' (sleisen amser: {1}), {2} i {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="78" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="67" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="95" />
      <source>Period start</source>
      <translation>Dechrau'r cyfnod</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="83" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="71" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="98" />
      <source>Period end</source>
      <translation>Diwedd y cyfnod</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="87" />
      <source>Time slice</source>
      <translation>Sleisen amser</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="92" />
      <source>Neighbourhood time steps</source>
      <translation>Camau amser y gymdogaeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="108" />
      <source>Space-time bins</source>
      <translation>Biniau gofod-amser</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="174" />
      <source>{0} slices by {1} from {2} to {3}; {4} areas x {0} slices = {5} bins</source>
      <translation>{0} o sleisys ({1}) o {2} i {3}; {4} o ardaloedd x {0} o sleisys = {5} o finiau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="187" />
      <source>Every area has the same harm in every slice: nothing can stand out.</source>
      <translation>Mae gan bob ardal yr un niwed ym mhob sleisen: ni all dim sefyll allan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="191" />
      <source>Patterns: {0}</source>
      <translation>Patrymau: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="119" />
      <source>Layer '{0}' holds lines; emerging hot spots need polygons (areas or grid cells).</source>
      <translation>Mae'r haen '{0}' yn dal llinellau; mae mannau poeth sy'n dod i'r amlwg angen polygonau (ardaloedd neu gelloedd grid).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="128" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="112" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="373" />
      <source>The period starts ({0}) after it ends ({1}).</source>
      <translation>Mae'r cyfnod yn dechrau ({0}) ar ôl iddo orffen ({1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="143" />
      <source>No record of {0} lies in any area of '{1}': there are no hot spots to find.</source>
      <translation>Nid oes yr un o gofnodion {0} mewn unrhyw ardal yn '{1}': nid oes mannau poeth i'w canfod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="147" />
      <source>No record of {0} in the areas has a date that can be read: there are no time slices.</source>
      <translation>Nid oes gan yr un o gofnodion {0} yn yr ardaloedd ddyddiad y gellir ei ddarllen: nid oes sleisys amser.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="152" />
      <source>The dated records span {0} {1} slice(s); emerging hot spots need at least 2 (10 or more for a useful trend). Choose a shorter time slice or a longer period.</source>
      <translation>Mae'r cofnodion â dyddiad yn rhychwantu {0} sleisen ({1}); mae mannau poeth sy'n dod i'r amlwg angen o leiaf 2 (10 neu fwy ar gyfer tuedd ddefnyddiol). Dewiswch sleisen amser fyrrach neu gyfnod hwy.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="159" />
      <source>No record of {0} in the areas falls in the period {1} to {2}: their dates run from {3} to {4}.</source>
      <translation>Nid oes yr un o gofnodion {0} yn yr ardaloedd yn y cyfnod {1} i {2}: mae eu dyddiadau'n rhedeg o {3} i {4}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="166" />
      <source>Only {0} time slices: the Mann-Kendall trend has little power with fewer than 10, so few areas can be intensifying or diminishing.</source>
      <translation>Dim ond {0} sleisen amser: ychydig o bŵer sydd gan duedd Mann-Kendall gyda llai na 10, felly ychydig o ardaloedd a all fod yn dwysáu neu'n lleihau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="249" />
      <source>The period starts on {0}, inside the slice {1}: that first slice is only partly covered.</source>
      <translation>Mae'r cyfnod yn dechrau ar {0}, y tu mewn i'r sleisen {1}: dim ond yn rhannol y caiff y sleisen gyntaf honno ei chwmpasu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/emerging_hotspots.py" line="253" />
      <source>The period ends on {0}, inside the slice {1}: that last slice is only partly covered and may look cold.</source>
      <translation>Mae'r cyfnod yn gorffen ar {0}, y tu mewn i'r sleisen {1}: dim ond yn rhannol y caiff y sleisen olaf honno ei chwmpasu, a gall edrych yn oer.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="52" />
      <source>Harm density surface</source>
      <translation>Arwyneb dwysedd niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="160" />
      <source>Writing the raster</source>
      <translation>Ysgrifennu'r raster</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="62" />
      <source>How far each record's harm spreads, as the radius of QGIS's heatmap. 0 estimates it from the records: 0.9 x min(SD, 1.20 x Dm) x n^-0.2 (ArcGIS's spatial Silverman rule, weighted by harm); the log and provenance state the value.</source>
      <translation>Pa mor bell y mae niwed pob cofnod yn lledaenu, fel radiws map gwres QGIS. Mae 0 yn ei amcangyfrif o'r cofnodion: 0.9 x min(SD, 1.20 x Dm) x n^-0.2 (rheol Silverman ofodol ArcGIS, wedi'i phwysoli yn ôl niwed); mae'r log a'r tarddiad yn nodi'r gwerth.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="68" />
      <source>The side of a pixel. 0 chooses the smaller of the records' shorter side / 150 and the bandwidth / 5, rounded down to 1, 2, 2.5 or 5 x 10^k.</source>
      <translation>Ochr picsel. Mae 0 yn dewis y lleiaf o ochr fyrraf estyniad y cofnodion / 150 a'r lled band / 5, wedi'i dalgrynnu i lawr i 1, 2, 2.5 neu 5 x 10^k.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="73" />
      <source>The shapes of QGIS's heatmap, in its order. Quartic (biweight) is the usual choice for crime maps.</source>
      <translation>Siapiau map gwres QGIS, yn yr un drefn. 'Cwartig' (deubwysol) yw'r dewis arferol ar gyfer mapiau troseddau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="76" />
      <source>A GeoTIFF of harm per square kilometre, opening styled in classes of 1 to 5 times the mean of the pixels with harm. Summed over its pixels times the pixel area it gives the total harm.</source>
      <translation>GeoTIFF o niwed fesul cilometr sgwâr, sy'n agor wedi'i arddullio mewn dosbarthiadau o 1 i 5 gwaith cymedr y picseli sydd â niwed. O'i adio dros ei bicseli a'i luosi ag arwynebedd picsel, mae'n rhoi cyfanswm y niwed.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="79" />
      <source>Records in the surface</source>
      <translation>Cofnodion yn yr arwyneb</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="80" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="101" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="79" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="96" />
      <source>Total harm</source>
      <translation>Cyfanswm y niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="81" />
      <source>Bandwidth used</source>
      <translation>Lled band a ddefnyddiwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="82" />
      <source>Pixel size used</source>
      <translation>Maint picsel a ddefnyddiwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="83" />
      <source>Highest harm per km²</source>
      <translation>Niwed uchaf fesul km²</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="118" />
      <source>none at all</source>
      <translation>dim o gwbl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="190" />
      <source>Harm per km² from '{0}' with {1} ({2}): {3} kernel, bandwidth {4:.1f} {5}, pixels of {6:g} {5}.</source>
      <translation>Niwed fesul km² o '{0}' gyda {1} ({2}): cnewyllyn {3}, lled band {4:.1f} {5}, picseli o {6:g} {5}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="59" />
      <source>Bandwidth (kernel radius, 0 = automatic)</source>
      <translation>Lled band (radiws y cnewyllyn, 0 = awtomatig)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="66" />
      <source>Pixel size (0 = automatic)</source>
      <translation>Maint picsel (0 = awtomatig)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="71" />
      <source>Kernel shape</source>
      <translation>Siâp y cnewyllyn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="75" />
      <source>Harm density (harm per km²)</source>
      <translation>Dwysedd niwed (niwed fesul km²)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="151" />
      <source>Spreading the harm of {0} records over {1} x {2} pixels</source>
      <translation>Lledaenu niwed {0} o gofnodion dros {1} x {2} o bicseli</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="186" />
      <source>Harm in the surface: {0:.6g} of {1:.6g} (pixels x pixel area).</source>
      <translation>Niwed yn yr arwyneb: {0:.6g} o {1:.6g} (picseli x arwynebedd picsel).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="268" />
      <source>up to the mean ({0:.4g})</source>
      <translation>hyd at y cymedr ({0:.4g})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="271" />
      <source>over {0} times the mean</source>
      <translation>dros {0} gwaith y cymedr</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="295" />
      <source>GDAL has no driver '{0}' to write {1}.</source>
      <translation>Nid oes gan GDAL yrrwr '{0}' i ysgrifennu {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="120" />
      <source>Layer '{0}' has no records with a location in the period and filter chosen ({1}): there is no harm to map (with a BANDWIDTH given, an empty period gives a surface of zeros).</source>
      <translation>Nid oes gan yr haen '{0}' gofnodion â lleoliad yn y cyfnod a'r hidlydd a ddewiswyd ({1}): nid oes niwed i'w fapio (gyda BANDWIDTH wedi'i roi, mae cyfnod gwag yn rhoi arwyneb o seroau).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="125" />
      <source>Layer '{0}' has no records with a location in the period and filter chosen ({1}): the surface is 0 everywhere.</source>
      <translation>Nid oes gan yr haen '{0}' gofnodion â lleoliad yn y cyfnod a'r hidlydd a ddewiswyd ({1}): mae'r arwyneb yn 0 ym mhobman.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="136" />
      <source>Bandwidth {0:.1f} {1} (automatic: 0.9 x min(SD {2:.1f}, 1.20 x Dm {3:.1f}) x n^-0.2 with n = {4:.0f} records' effective number, weighted by harm).</source>
      <translation>Lled band {0:.1f} {1} (awtomatig: 0.9 x min(SD {2:.1f}, 1.20 x Dm {3:.1f}) x n^-0.2 gydag n = {4:.0f}, nifer effeithiol y cofnodion, wedi'i bwysoli yn ôl niwed).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="210" />
      <source>Pixel size {0:g} {1} (automatic: the smaller of the records' shorter side / {2} and the bandwidth / {3}, rounded down to 1, 2, 2.5 or 5 x 10^k).</source>
      <translation>Maint picsel {0:g} {1} (awtomatig: y lleiaf o ochr fyrraf estyniad y cofnodion / {2} a'r lled band / {3}, wedi'i dalgrynnu i lawr i 1, 2, 2.5 neu 5 x 10^k).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="215" />
      <source>The pixel size ({0:g}) is larger than the bandwidth ({1:g}): each record's harm stays in about one pixel. Choose a smaller PIXEL_SIZE for a smooth surface.</source>
      <translation>Mae maint y picsel ({0:g}) yn fwy na'r lled band ({1:g}): mae niwed pob cofnod yn aros mewn tua un picsel. Dewiswch PIXEL_SIZE llai i gael arwyneb llyfn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="270" />
      <source>{0} to {1} times the mean</source>
      <translation>{0} i {1} gwaith y cymedr</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="72" />
      <source>Quartic</source>
      <translation>Cwartig</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="72" />
      <source>Triangular</source>
      <translation>Trionglog</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="72" />
      <source>Uniform</source>
      <translation>Unffurf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="72" />
      <source>Triweight</source>
      <translation>Tribwysol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="72" />
      <source>Epanechnikov</source>
      <translation>Epanechnikov</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="92" />
      <source>{0} {1} is negative: give a positive distance in map units, or 0 for automatic.</source>
      <translation>Mae {0} {1} yn negatif: rhowch bellter positif mewn unedau map, neu 0 ar gyfer awtomatig.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="222" />
      <source>Pixel size {0:g} makes {1} pixels; at most {2} are allowed. Choose a PIXEL_SIZE of at least {3:g}, or a smaller BANDWIDTH.</source>
      <translation>Mae maint picsel {0:g} yn gwneud {1} o bicseli; caniateir {2} ar y mwyaf. Dewiswch PIXEL_SIZE o {3:g} o leiaf, neu BANDWIDTH llai.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_density.py" line="132" />
      <source>Every record of layer '{0}' lies at one place, so no bandwidth can be estimated: give a BANDWIDTH.</source>
      <translation>Mae pob cofnod yn yr haen '{0}' yn yr un lle, felly nid oes modd amcangyfrif lled band: rhowch BANDWIDTH.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="58" />
      <source>Aggregate harm to a grid</source>
      <translation>Crynhoi niwed i grid</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="67" />
      <source>Squares, or hexagons of the same area (every neighbour of a hexagon shares an edge with it).</source>
      <translation>Sgwariau, neu hecsagonau o'r un arwynebedd (mae pob cymydog i hecsagon yn rhannu ymyl ag ef).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="71" />
      <source>The side of a square cell; a hexagon has the same area. 0 chooses the shorter side of the extent / 50, rounded down to 1, 2, 2.5 or 5 x 10^k (the log and provenance state it).</source>
      <translation>Ochr cell sgwâr; mae gan hecsagon yr un arwynebedd. Mae 0 yn dewis ochr fyrraf yr estyniad / 50, wedi'i thalgrynnu i lawr i 1, 2, 2.5 neu 5 x 10^k (mae'r log a'r tarddiad yn ei nodi).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="75" />
      <source>The area to cover with cells. Default: the boundary layer's extent, or else the extent of every record with a location (whatever the filter or period, so grids of different periods line up).</source>
      <translation>Yr ardal i'w gorchuddio â chelloedd. Rhagosodiad: estyniad yr haen ffin, neu fel arall estyniad pob cofnod sydd â lleoliad (beth bynnag yw'r hidlydd neu'r cyfnod, fel bod gridiau cyfnodau gwahanol yn cyd-fynd).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="80" />
      <source>Polygons of the study area, e.g. the force or the wards: only cells that overlap them are kept. Empty cells inside are kept (as zeros) because hotspot statistics need them. The analysis runs in this layer's CRS.</source>
      <translation>Polygonau'r ardal astudio, e.e. yr heddlu neu'r wardiau: dim ond celloedd sy'n gorgyffwrdd â nhw a gedwir. Caiff celloedd gwag y tu mewn eu cadw (fel seroau) gan fod ystadegau mannau poeth eu hangen. Mae'r dadansoddiad yn rhedeg yn CRS yr haen hon.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="85" />
      <source>Cut the edge cells to the boundary and count only records inside it. Off (the default), cells stay whole and equal in size, as hotspot statistics assume, and every record in a kept cell counts.</source>
      <translation>Torri'r celloedd ymyl i'r ffin a chyfrif y cofnodion y tu mewn iddi yn unig. I ffwrdd (y rhagosodiad), mae'r celloedd yn aros yn gyfan ac o'r un maint, fel y mae ystadegau mannau poeth yn ei dybio, ac mae pob cofnod mewn cell a gedwir yn cyfrif.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="91" />
      <source>One polygon per cell with cell_id, harm_n, harm_score, harm_rank, harm_share and harm_per_km2, the fields of socharm:scoreharm.</source>
      <translation>Un polygon ar gyfer pob cell gyda cell_id, harm_n, harm_score, harm_rank, harm_share a harm_per_km2, meysydd socharm:scoreharm.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="97" />
      <source>Every input record once: its cell (area_id), weight, matched harm-table code and status (assigned, outside, no_geometry, invalid, filtered, out_of_period).</source>
      <translation>Pob cofnod mewnbwn unwaith: ei gell (area_id), ei bwysiad, y cod tabl niwed a gyfatebodd, a'i statws (assigned, outside, no_geometry, invalid, filtered, out_of_period).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="100" />
      <source>Records in a cell</source>
      <translation>Cofnodion mewn cell</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="102" />
      <source>Cells</source>
      <translation>Celloedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="103" />
      <source>Cell size used</source>
      <translation>Maint cell a ddefnyddiwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="287" />
      <source>Harm from '{0}' with {1} ({2}) in {3} cells of {4:g} {5}.</source>
      <translation>Niwed o '{0}' gyda {1} ({2}) mewn {3} o gelloedd o {4:g} {5}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="65" />
      <source>Cell shape</source>
      <translation>Siâp y gell</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="69" />
      <source>Cell size (0 = automatic)</source>
      <translation>Maint cell (0 = awtomatig)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="74" />
      <source>Extent</source>
      <translation>Estyniad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="78" />
      <source>Boundary (study area)</source>
      <translation>Ffin (ardal astudio)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="84" />
      <source>Cut cells to the boundary</source>
      <translation>Torri celloedd i'r ffin</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="90" />
      <source>Grid cells scored by harm</source>
      <translation>Celloedd grid wedi'u sgorio yn ôl niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="94" />
      <source>Records with their cell and status</source>
      <translation>Cofnodion gyda'u cell a'u statws</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="173" />
      <source>Reading the boundary</source>
      <translation>Darllen y ffin</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="235" />
      <source>The extent has no width or height, so no cell size can be chosen from it: give a CELL_SIZE.</source>
      <translation>Nid oes gan yr estyniad led nac uchder, felly nid oes modd dewis maint cell ohono: rhowch CELL_SIZE.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="244" />
      <source>Making {0} cells</source>
      <translation>Creu celloedd {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="244" />
      <source>square</source>
      <translation>sgwâr</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="245" />
      <source>hexagon</source>
      <translation>hecsagonol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="299" />
      <source>The EXTENT given is empty.</source>
      <translation>Mae'r EXTENT a roddwyd yn wag.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="110" />
      <source>Cell size {0} is negative: give a positive size in map units, or 0 for automatic.</source>
      <translation>Mae maint cell {0} yn negatif: rhowch faint positif mewn unedau map, neu 0 ar gyfer awtomatig.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="138" />
      <source>{0} records lay on an edge between cells; each counted once, in the cell with the lowest cell_id (to its west or south).</source>
      <translation>Roedd {0} o gofnodion ar ymyl rhwng celloedd; cafodd pob un ei gyfrif unwaith, yn y gell â'r cell_id isaf (i'r gorllewin neu i'r de ohono).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="201" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="192" />
      <source>Weighting and placing {0} records in {1} cells</source>
      <translation>Pwysoli a gosod {0} o gofnodion mewn {1} o gelloedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="238" />
      <source>Cell size {0:g} {1} (automatic: the shorter side of the extent, {2:g}, / {3}, rounded down to 1, 2, 2.5 or 5 x 10^k).</source>
      <translation>Maint cell {0:g} {1} (awtomatig: ochr fyrraf yr estyniad, {2:g}, / {3}, wedi'i dalgrynnu i lawr i 1, 2, 2.5 neu 5 x 10^k).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="308" />
      <source>Layer '{0}' has no records with a location, so the grid has no extent: give an EXTENT or a BOUNDARY to make a grid of empty cells.</source>
      <translation>Nid oes gan yr haen '{0}' gofnodion â lleoliad, felly nid oes gan y grid estyniad: rhowch EXTENT neu BOUNDARY i greu grid o gelloedd gwag.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="65" />
      <source>Square</source>
      <translation>Sgwâr</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="65" />
      <source>Hexagon</source>
      <translation>Hecsagon</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="249" />
      <source>Cell size {0:g} makes {1} cells over the extent; at most {2} are allowed. Choose a CELL_SIZE of at least {3:g}, or a smaller EXTENT.</source>
      <translation>Mae maint cell {0:g} yn gwneud {1} o gelloedd dros yr estyniad; caniateir {2} ar y mwyaf. Dewiswch CELL_SIZE o {3:g} o leiaf, neu EXTENT llai.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="257" />
      <source>No cell overlaps the boundary layer '{0}' within the extent.</source>
      <translation>Nid oes yr un gell yn gorgyffwrdd â'r haen ffin '{0}' o fewn yr estyniad.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="177" />
      <source>Layer '{0}' given as the boundary has no polygons.</source>
      <translation>Nid oes gan yr haen '{0}' a roddwyd fel y ffin bolygonau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/harm_grid.py" line="232" />
      <source>Every record of layer '{0}' lies at one place, so no cell size can be chosen from the extent: give a CELL_SIZE or an EXTENT.</source>
      <translation>Mae pob cofnod yn yr haen '{0}' yn yr un lle, felly nid oes modd dewis maint cell o'r estyniad: rhowch CELL_SIZE neu EXTENT.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="56" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="75" />
      <source>Hotspots vs harmspots</source>
      <translation>Mannau poeth cyfrif yn erbyn mannau poeth niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="93" />
      <source> Run 'Score harm by area' first, or choose the count and harm fields.</source>
      <translation> Rhedwch 'Sgorio niwed fesul ardal' yn gyntaf, neu ddewiswch y meysydd nifer a niwed.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="63" />
      <source>The output of 'Score harm by area' (or 'Aggregate harm to a grid'): polygons with harm_n (records) and harm_score (harm).</source>
      <translation>Allbwn 'Sgorio niwed fesul ardal' (neu 'Crynhoi niwed i grid'): polygonau gyda harm_n (cofnodion) a harm_score (niwed).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="68" />
      <source>Empty: harm_n, as 'Score harm by area' writes it.</source>
      <translation>Yn wag: harm_n, fel y mae 'Sgorio niwed fesul ardal' yn ei ysgrifennu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="72" />
      <source>Empty: harm_score, as 'Score harm by area' writes it.</source>
      <translation>Yn wag: harm_score, fel y mae 'Sgorio niwed fesul ardal' yn ei ysgrifennu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="76" />
      <source>Every area with count_z, count_p_adj, count_bin, harm_z, harm_p_adj, harm_bin and hotharm_class: hot_both, hot_harm_only (hot by harm, not by count: the places a count map misses), hot_count_only, cold_both or other; hotharm_neighbours and hotharm_status.</source>
      <translation>Pob ardal gyda count_z, count_p_adj, count_bin, harm_z, harm_p_adj, harm_bin a hotharm_class: hot_both, hot_harm_only (poeth o ran niwed, nid o ran nifer: y lleoedd y mae map niferoedd yn eu methu), hot_count_only, cold_both neu other; hotharm_neighbours a hotharm_status.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="81" />
      <source>Areas hot by harm and by count</source>
      <translation>Ardaloedd poeth o ran niwed ac o ran nifer</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="81" />
      <source>Areas hot by harm only</source>
      <translation>Ardaloedd poeth o ran niwed yn unig</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="83" />
      <source>Areas hot by count only</source>
      <translation>Ardaloedd poeth o ran nifer yn unig</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="83" />
      <source>Areas cold by both</source>
      <translation>Ardaloedd oer o ran y ddau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="149" />
      <source>Hotspots by record count against harmspots by harm in layer '{0}'.</source>
      <translation>Mannau poeth yn ôl nifer y cofnodion yn erbyn mannau poeth yn ôl niwed yn yr haen '{0}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="62" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="59" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="68" />
      <source>Areas scored by harm</source>
      <translation>Ardaloedd wedi'u sgorio yn ôl niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="66" />
      <source>Record count field</source>
      <translation>Maes nifer y cofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="70" />
      <source>Harm field</source>
      <translation>Maes niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="102" />
      <source>Computing Gi* of counts and of harm ({0} permutations)</source>
      <translation>Cyfrifo Gi* niferoedd a niwed ({0} o drynewidiadau)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="121" />
      <source>{0} areas: {1} hot by both, {2} hot by harm only (missed by a count map), {3} hot by count only, {4} cold by both; {5} left out (NULL value).</source>
      <translation>{0} o ardaloedd: {1} yn boeth o ran y ddau, {2} yn boeth o ran niwed yn unig (wedi'u methu gan fap niferoedd), {3} yn boeth o ran nifer yn unig, {4} yn oer o ran y ddau; {5} wedi'u hepgor (gwerth NULL).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hot_harm.py" line="109" />
      <source>Layer '{0}': every area has the same count or the same harm ('{1}', '{2}'), so no area can stand out.</source>
      <translation>Haen '{0}': mae gan bob ardal yr un nifer neu'r un niwed ('{1}', '{2}'), felly ni all yr un ardal sefyll allan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="53" />
      <source>Harm hotspots (Getis-Ord Gi*)</source>
      <translation>Mannau poeth niwed (Getis-Ord Gi*)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="60" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="49" />
      <source>Polygons with a value to test: areas scored by 'Score harm by area' or cells from 'Aggregate harm to a grid'.</source>
      <translation>Polygonau â gwerth i'w brofi: ardaloedd a sgoriwyd gan 'Sgorio niwed fesul ardal' neu gelloedd o 'Crynhoi niwed i grid'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="66" />
      <source>The value whose clusters are sought: harm_score (harm), harm_n (records) or a rate. Areas with NULL are left out, never counted as 0.</source>
      <translation>Y gwerth y chwilir am ei glystyrau: harm_score (niwed), harm_n (cofnodion) neu gyfradd. Caiff ardaloedd â NULL eu hepgor, a byth eu cyfrif fel 0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="71" />
      <source>Every area with gi_z, gi_p, gi_p_adj, gi_sig, gi_bin (-3 to 3: cold or hot at 99, 95, 90 % confidence after the correction; 0 not significant), gi_neighbours and gi_status (ok, null_value, no_geometry, no_neighbours, undefined).</source>
      <translation>Pob ardal gyda gi_z, gi_p, gi_p_adj, gi_sig, gi_bin (-3 i 3: oer neu boeth gyda hyder 99, 95, 90 % ar ôl y cywiriad; 0 ddim yn arwyddocaol), gi_neighbours a gi_status (ok, null_value, no_geometry, no_neighbours, undefined).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="74" />
      <source>Significant hot spots</source>
      <translation>Mannau poeth arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="75" />
      <source>Significant cold spots</source>
      <translation>Mannau oer arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="76" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="67" />
      <source>Areas tested</source>
      <translation>Ardaloedd a brofwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="111" />
      <source>Getis-Ord Gi* hot and cold spots of '{0}' in layer '{1}'.</source>
      <translation>Mannau poeth ac oer Getis-Ord Gi* '{0}' yn yr haen '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="63" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="52" />
      <source>Value field</source>
      <translation>Maes gwerth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="70" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="172" />
      <source>Hot and cold spots</source>
      <translation>Mannau poeth ac oer</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="86" />
      <source>Computing Gi* ({0} permutations)</source>
      <translation>Cyfrifo Gi* ({0} o drynewidiadau)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/hotspots.py" line="90" />
      <source>{0} areas tested: {1} hot spots and {2} cold spots at {3} after the {4} correction; {5} left out (NULL value).</source>
      <translation>Profwyd {0} o ardaloedd: {1} o fannau poeth a {2} o fannau oer ar {3} ar ôl y cywiriad {4}; {5} wedi'u hepgor (gwerth NULL).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="42" />
      <source>Harm clusters and outliers (local Moran's I)</source>
      <translation>Clystyrau ac allanolion niwed (I Moran lleol)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="55" />
      <source>The value whose clusters and outliers are sought: harm_score (harm), harm_n (records) or a rate. Areas with NULL are left out, never counted as 0.</source>
      <translation>Y gwerth y chwilir am ei glystyrau a'i allanolion: harm_score (niwed), harm_n (cofnodion) neu gyfradd. Caiff ardaloedd â NULL eu hepgor, a byth eu cyfrif fel 0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="61" />
      <source>Every area with lm_i, lm_z, lm_p, lm_p_adj, lm_quad (HH and LL clusters, HL and LH outliers, ns not significant), lm_neighbours and lm_status (ok, null_value, no_geometry, no_neighbours, undefined).</source>
      <translation>Pob ardal gyda lm_i, lm_z, lm_p, lm_p_adj, lm_quad (clystyrau HH ac LL, allanolion HL ac LH, ns ddim yn arwyddocaol), lm_neighbours a lm_status (ok, null_value, no_geometry, no_neighbours, undefined).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="64" />
      <source>High-high clusters</source>
      <translation>Clystyrau uchel-uchel</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="64" />
      <source>Low-low clusters</source>
      <translation>Clystyrau isel-isel</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="65" />
      <source>High-low outliers</source>
      <translation>Allanolion uchel-isel</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="65" />
      <source>Low-high outliers</source>
      <translation>Allanolion isel-uchel</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="106" />
      <source>Local Moran's I clusters and outliers of '{0}' in layer '{1}'.</source>
      <translation>Clystyrau ac allanolion I Moran lleol '{0}' yn yr haen '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="60" />
      <source>Clusters and outliers</source>
      <translation>Clystyrau ac allanolion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="77" />
      <source>Computing local Moran's I ({0} permutations)</source>
      <translation>Cyfrifo I Moran lleol ({0} o drynewidiadau)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/hotspots/local_moran.py" line="82" />
      <source>{0} areas tested: {1} HH, {2} LL, {3} HL, {4} LH, {5} not significant; {6} left out (NULL value).</source>
      <translation>Profwyd {0} o ardaloedd: {1} HH, {2} LL, {3} HL, {4} LH, {5} ddim yn arwyddocaol; {6} wedi'u hepgor (gwerth NULL).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="48" />
      <source>Export briefing pack</source>
      <translation>Allforio pecyn briffio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="60" />
      <source>The output of Score harm by area or Score areas with a harm scheme (fields harm_score, harm_rank, harm_n, harm_share). Its provenance gives the period and the harm table.</source>
      <translation>Allbwn 'Sgorio niwed fesul ardal' neu 'Sgorio ardaloedd gyda chynllun niwed' (meysydd harm_score, harm_rank, harm_n, harm_share). Mae ei darddiad yn rhoi'r cyfnod a'r tabl niwed.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="64" />
      <source>The output of Compare harm between periods for the same areas: adds the change map and table, rank moves (▲▼) and change to the ranked table, and what changed to the narrative.</source>
      <translation>Allbwn 'Cymharu niwed rhwng cyfnodau' ar gyfer yr un ardaloedd: mae'n ychwanegu'r map a'r tabl newid, symudiadau safle (▲▼) a newid at y tabl safleoedd, a'r hyn a newidiodd at y naratif.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="68" />
      <source>The output of Harm hotspots (Getis-Ord Gi*, field gi_bin): adds the hot spot map and the significant hot and cold spots.</source>
      <translation>Allbwn 'Mannau poeth niwed' (Getis-Ord Gi*, maes gi_bin): mae'n ychwanegu'r map mannau poeth a'r mannau poeth ac oer arwyddocaol.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="72" />
      <source>Smaller areas scored by harm, drawn and ranked on each area's atlas page. They belong to an area through a field named like its id field (e.g. sector_id), else by location.</source>
      <translation>Ardaloedd llai wedi'u sgorio yn ôl niwed, wedi'u darlunio a'u graddio ar dudalen atlas pob ardal. Maent yn perthyn i ardal drwy faes sydd â'r un enw â'i maes dynodydd (e.e. sector_id), neu fel arall yn ôl lleoliad.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="77" />
      <source>The zones map (ZONES) of Intervention impact: adds a 'Did it work?' page with the zones by result, what the relative effect, the weighted displacement quotient and the total net effect say, with their intervals, and records and harm by zone (counts below the threshold as &lt;5). Its results come from the layer's provenance.</source>
      <translation>Map parthau (ZONES) 'Effaith ymyriad': mae'n ychwanegu tudalen 'A weithiodd?' gyda'r parthau yn ôl canlyniad, yr hyn y mae'r effaith gymharol, y cyniferydd dadleoli wedi'i bwysoli a chyfanswm yr effaith net yn ei ddweud, gyda'u cyfyngau, a chofnodion a niwed fesul parth (niferoedd o dan y trothwy fel &lt;5). Daw ei ganlyniadau o darddiad yr haen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="84" />
      <source>A table of referral cohorts (fields cohort, n_nominals, mean_harm_before, mean_harm_after, mean_change, ci_low, ci_high, method), e.g. the COHORTS output of Referral impact: shown on the 'Did it work?' page. A cohort of fewer nominals than the threshold shows as &lt;5 without its means.</source>
      <translation>Tabl o garfanau atgyfeirio (meysydd cohort, n_nominals, mean_harm_before, mean_harm_after, mean_change, ci_low, ci_high, method), e.e. allbwn COHORTS 'Effaith atgyfeirio': wedi'i ddangos ar y dudalen 'A weithiodd?'. Mae carfan â llai o unigolion enwol na'r trothwy yn cael ei dangos fel &lt;5 heb ei chymedrau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="89" />
      <source>The title on the first page and in every page's footer.</source>
      <translation>Y teitl ar y dudalen gyntaf ac yn nhroedyn pob tudalen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="92" />
      <source>Printed in the header and footer of every page.</source>
      <translation>Wedi'i argraffu ym mhennyn a throedyn pob tudalen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="99" />
      <source>The words of every page: English, Welsh, or both with Welsh first on each page, as Welsh public bodies print them (a heading as 'Cymraeg / English', a paragraph in Welsh then in English), the security marking in both languages. Dates follow the language (1 Ionawr 2024); numbers are the same in each. Whatever the language of QGIS.</source>
      <translation>Geiriau pob tudalen: Saesneg, Cymraeg, neu'r ddwy iaith gyda'r Gymraeg yn gyntaf ar bob tudalen, fel y mae cyrff cyhoeddus Cymru yn eu hargraffu (pennawd fel 'Cymraeg / English', paragraff yn Gymraeg ac yna yn Saesneg), a'r marc diogelwch yn y ddwy iaith. Mae dyddiadau'n dilyn yr iaith (1 Ionawr 2024); mae'r rhifau yr un fath ym mhob iaith. Beth bynnag yw iaith QGIS.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="112" />
      <source>Small-number suppression: a record count below this number is printed as "&lt;5" (for 5) in every table. 0 prints every count.</source>
      <translation>Atal niferoedd bach: caiff nifer cofnodion o dan y rhif hwn ei argraffu fel "&lt;5" (ar gyfer 5) ym mhob tabl. Mae 0 yn argraffu pob nifer.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="122" />
      <source>Off (the default), the pack is safe to share: no names, person or nominal ids, dates of birth, addresses, phone numbers or vehicle registrations in any table, label or sentence. On, the scored layer's identifier fields are added to its table; the pack then holds personal data.</source>
      <translation>I ffwrdd (y rhagosodiad), mae'r pecyn yn ddiogel i'w rannu: dim enwau, dynodyddion personau nac unigolion enwol, dyddiadau geni, cyfeiriadau, rhifau ffôn na rhifau cofrestru cerbydau mewn unrhyw dabl, label na brawddeg. Ymlaen, caiff meysydd dynodydd yr haen wedi'i sgorio eu hychwanegu at ei thabl; mae'r pecyn wedyn yn cynnwys data personol.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="129" />
      <source>The PDF: A4 landscape pages, text searchable.</source>
      <translation>Y PDF: tudalennau A4 tirwedd, gyda thestun y gellir chwilio ynddo.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="133" />
      <source>A folder to write each page to as page_01.png, page_02.png, ... (150 dpi), for slides and e-mail.</source>
      <translation>Ffolder i ysgrifennu pob tudalen iddo fel page_01.png, page_02.png, ... (150 dpi), ar gyfer sleidiau ac e-bost.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="134" />
      <source>Pages</source>
      <translation>Tudalennau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="165" />
      <source>Reading the layers</source>
      <translation>Darllen yr haenau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="63" />
      <source>Change between periods</source>
      <translation>Newid rhwng cyfnodau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="67" />
      <source>Hot spots</source>
      <translation>Mannau poeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="71" />
      <source>Detail areas (e.g. wards)</source>
      <translation>Ardaloedd manwl (e.e. wardiau)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="75" />
      <source>Did it work? (zones of Intervention impact)</source>
      <translation>A weithiodd? (parthau 'Effaith ymyriad')</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="82" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="241" />
      <source>Referral cohorts</source>
      <translation>Carfanau atgyfeirio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="88" />
      <source>Title</source>
      <translation>Teitl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="91" />
      <source>Security marking</source>
      <translation>Marc diogelwch</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="95" />
      <source>Language of the pack</source>
      <translation>Iaith y pecyn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="104" />
      <source>Areas in the ranked table</source>
      <translation>Ardaloedd yn y tabl safleoedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="115" />
      <source>One page per area (atlas)</source>
      <translation>Un dudalen ar gyfer pob ardal (atlas)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="121" />
      <source>Include personal data</source>
      <translation>Cynnwys data personol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="127" />
      <source>Briefing pack (PDF)</source>
      <translation>Pecyn briffio (PDF)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="131" />
      <source>Pages as PNG images</source>
      <translation>Tudalennau fel delweddau PNG</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="148" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="88" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="90" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="246" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="50" />
      <source>Harm briefing</source>
      <translation>Briff niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="186" />
      <source>Briefing pack: {0} pages{1}</source>
      <translation>Pecyn briffio: {0} o dudalennau{1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="191" />
      <source>Pack: {0}</source>
      <translation>Pecyn: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="106" />
      <source>How many of the most harmful areas the first page's table lists and its map labels with their rank (at most {0}); on each atlas page, how many of its detail areas are labelled with their rank. An area without harm never gets a rank label.</source>
      <translation>Faint o'r ardaloedd â'r mwyaf o niwed y mae tabl y dudalen gyntaf yn eu rhestru a'i map yn eu labelu â'u safle (uchafswm: {0}); ar bob tudalen atlas, faint o'i hardaloedd manwl sy'n cael label safle. Nid yw ardal heb niwed byth yn cael label safle.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="116" />
      <source>Adds a page for each scored area, most harm first, with its detail areas drawn and ranked. At most {0} pages: with more areas the pack is refused (filter the layer, or use a coarser geography with these areas as detail areas). Pages are written one at a time, so a long atlas needs no more memory than a short one.</source>
      <translation>Yn ychwanegu tudalen ar gyfer pob ardal a sgoriwyd, y mwyaf o niwed yn gyntaf, gyda'i hardaloedd manwl wedi'u darlunio a'u graddio. Uchafswm y tudalennau: {0}; gyda mwy o ardaloedd, gwrthodir y pecyn (hidlwch yr haen, neu defnyddiwch ddaearyddiaeth frasach gyda'r ardaloedd hyn yn ardaloedd manwl). Ysgrifennir y tudalennau un ar y tro, felly nid oes angen mwy o gof ar atlas hir nag ar un byr.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="177" />
      <source>Writing {0} pages to {1}, one at a time</source>
      <translation>Yn ysgrifennu {0} o dudalennau, un ar y tro: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="96" />
      <source>English</source>
      <translation>Saesneg</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="96" />
      <source>Welsh (Cymraeg)</source>
      <translation>Cymraeg</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="97" />
      <source>Bilingual, Welsh first (Cymraeg a Saesneg)</source>
      <translation>Dwyieithog, y Gymraeg yn gyntaf (Cymraeg a Saesneg)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="169" />
      <source>INCLUDE_PERSONAL is on: the pack may hold personal data. Handle it at its marking ({0}).</source>
      <translation>Mae INCLUDE_PERSONAL ymlaen: gall y pecyn gynnwys data personol. Triniwch ef yn unol â'i farc diogelwch ({0}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="174" />
      <source>Identifier fields left out of the pack: {0}</source>
      <translation>Meysydd dynodydd a hepgorwyd o'r pecyn: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="179" />
      <source>Writing the pages as images to {0}</source>
      <translation>Ysgrifennu'r tudalennau fel delweddau i {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/briefing_pack.py" line="187" />
      <source>, {0} images</source>
      <translation>, {0} o ddelweddau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="47" />
      <source>Style harm map</source>
      <translation>Arddullio map niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="58" />
      <source>A layer written by SOC Harm (or any layer with the field to map). The style is applied to it and saved into its file as the default style.</source>
      <translation>Haen a ysgrifennwyd gan SOC Harm (neu unrhyw haen sydd â'r maes i'w fapio). Caiff yr arddull ei chymhwyso iddi a'i chadw yn ei ffeil fel yr arddull ragosodedig.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="63" />
      <source>Empty: harm_score for harm, harm_change_pct for change, gi_bin for hotspot.</source>
      <translation>Yn wag: harm_score ar gyfer niwed, harm_change_pct ar gyfer newid, gi_bin ar gyfer man poeth.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="67" />
      <source>harm: graduated, sequential yellow-orange-red ramp (readable in greyscale and by colour-blind readers). change: diverging blue-red with a break at 0; significant changes (change_class increase or decrease) in full colour with a thick outline, others pale. hotspot: Gi* confidence bins -3 to 3 in the standard hot and cold spot colours.</source>
      <translation>niwed: graddedig, graddliw dilyniannol melyn-oren-coch (darllenadwy mewn graddlwyd a gan ddarllenwyr lliwddall). newid: graddliw dargyfeiriol glas-coch gyda thoriad ar 0; newidiadau arwyddocaol (change_class increase neu decrease) mewn lliw llawn gydag amlinell drwchus, y lleill yn olau. man poeth: biniau hyder Gi* -3 i 3 yn lliwiau safonol mannau poeth ac oer.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="74" />
      <source>How class breaks are chosen for harm and change (natural breaks by default). Hotspot bins are fixed.</source>
      <translation>Sut y dewisir toriadau dosbarth ar gyfer niwed a newid (toriadau naturiol yn ddiofyn). Mae biniau mannau poeth yn sefydlog.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="78" />
      <source>For harm and change. A change map also breaks at 0, which can add a class.</source>
      <translation>Ar gyfer niwed a newid. Mae map newid hefyd yn torri ar 0, a all ychwanegu dosbarth.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="81" />
      <source>Label the areas with the most harm with their harm rank (#1 = most harm). Off, the labels are set up but hidden: switch them on in the layer's label settings.</source>
      <translation>Labelu'r ardaloedd â'r mwyaf o niwed â'u safle niwed (#1 = y mwyaf o niwed). Os yw hyn i ffwrdd, mae'r labeli wedi'u gosod ond yn gudd: trowch nhw ymlaen yng ngosodiadau labeli'r haen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="91" />
      <source>Styled layer</source>
      <translation>Haen wedi'i harddullio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="92" />
      <source>Where the style was saved</source>
      <translation>Lle cadwyd yr arddull</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="136" />
      <source>Hot spot bins are fixed (-3 to 3): the method and number of classes are not used.</source>
      <translation>Mae biniau mannau poeth yn sefydlog (-3 i 3): ni ddefnyddir y dull na nifer y dosbarthiadau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="57" />
      <source>Layer to style</source>
      <translation>Haen i'w harddullio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="61" />
      <source>Field to map</source>
      <translation>Maes i'w fapio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="65" />
      <source>Style</source>
      <translation>Arddull</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="72" />
      <source>Classes by</source>
      <translation>Dosbarthiadau yn ôl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="76" />
      <source>Number of classes</source>
      <translation>Nifer y dosbarthiadau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="80" />
      <source>Show rank labels</source>
      <translation>Dangos labeli safle</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="85" />
      <source>Rank labels on the top</source>
      <translation>Labeli safle ar y rhai uchaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="155" />
      <source>Styled '{0}' as a {1} map of '{2}'.</source>
      <translation>Arddulliwyd '{0}' fel map o'r math {1} o '{2}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="87" />
      <source>Only the areas ranked 1 to this number get a rank label (default {0}), and never an area without harm: areas without harm all share one rank, which says nothing and buries the map.</source>
      <translation>Dim ond yr ardaloedd yn safle 1 hyd at y rhif hwn sy'n cael label safle (rhagosodiad: {0}), a byth ardal heb niwed: mae pob ardal heb niwed yn rhannu'r un safle, nad yw'n dweud dim ac sy'n cuddio'r map.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="106" />
      <source>Layer '{0}' has no field '{1}' for a {2} map: choose the field to map, or give the output of the SOC Harm algorithm that writes it.</source>
      <translation>Nid oes gan yr haen '{0}' faes '{1}' ar gyfer map o'r math {2}: dewiswch y maes i'w fapio, neu rowch allbwn yr algorithm SOC Harm sy'n ei ysgrifennu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="111" />
      <source>Field '{0}' of layer '{1}' is not numeric: a {2} map needs numbers.</source>
      <translation>Nid yw'r maes '{0}' yn yr haen '{1}' yn rhifol: mae map o'r math {2} angen rhifau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="125" />
      <source>Layer '{0}' has no features: the style has no classes until it is applied again.</source>
      <translation>Nid oes gan yr haen '{0}' nodweddion: nid oes gan yr arddull ddosbarthiadau nes iddi gael ei chymhwyso eto.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="133" />
      <source>Layer '{0}' has no change_class field: significant changes cannot be emphasised.</source>
      <translation>Nid oes gan yr haen '{0}' faes change_class: nid oes modd pwysleisio newidiadau arwyddocaol.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="150" />
      <source>Style saved as the default of {0}</source>
      <translation>Cadwyd yr arddull fel rhagosodiad {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="152" />
      <source>Layer '{0}' is not a file QGIS can store a style in (provider '{1}'): the style is applied to the loaded layer only.</source>
      <translation>Nid yw'r haen '{0}' yn ffeil y gall QGIS storio arddull ynddi (darparwr '{1}'): caiff yr arddull ei chymhwyso i'r haen a lwythwyd yn unig.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="65" />
      <source>change</source>
      <translation>newid</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="65" />
      <source>hotspot</source>
      <translation>man poeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="73" />
      <source>Jenks</source>
      <translation>Jenks</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="73" />
      <source>quantile</source>
      <translation>cwantil</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="73" />
      <source>equal interval</source>
      <translation>cyfyngau cyfartal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="73" />
      <source>pretty</source>
      <translation>toriadau crwn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="117" />
      <source>Layer '{0}', field '{1}': {2} feature(s) hold a value that is not a finite number (inf, -inf or NaN) or is larger in size than {3}, which no class can hold, e.g. {4}: feature ids {5}. Correct or remove these values, then style the layer again.</source>
      <translation>Haen '{0}', maes '{1}': mae {2} nodwedd yn dal gwerth nad yw'n rhif meidraidd (inf, -inf neu NaN) neu sy'n fwy o ran maint na {3}, na all yr un dosbarth ei ddal, e.e. {4}: dynodyddion nodweddion {5}. Cywirwch neu ddilëwch y gwerthoedd hyn, yna arddulliwch yr haen eto.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="128" />
      <source>Layer '{0}', field '{1}': no feature has a value (all {2} are NULL), so no area gets a class and the map shows none. Choose a field with values.</source>
      <translation>Haen '{0}', maes '{1}': nid oes gan yr un nodwedd werth (mae pob un o'r {2} yn NULL), felly nid oes yr un ardal yn cael dosbarth ac nid yw'r map yn dangos dim. Dewiswch faes sydd â gwerthoedd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/maps/style_harm.py" line="146" />
      <source>The style of layer '{0}' could not be saved: {1}</source>
      <translation>Nid oedd modd cadw arddull yr haen '{0}': {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="47" />
      <source>Assign records to areas</source>
      <translation>Neilltuo cofnodion i ardaloedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="56" />
      <source>Offences, nominals or any point records. Every record appears in the output, with or without a location.</source>
      <translation>Troseddau, unigolion enwol neu unrhyw gofnodion pwynt. Mae pob cofnod yn ymddangos yn yr allbwn, gyda lleoliad neu hebddo.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="72" />
      <source>Street lines; a record gets the nearest street within the search distance (ties: the id that sorts first).</source>
      <translation>Llinellau strydoedd; mae cofnod yn cael y stryd agosaf o fewn y pellter chwilio (os oes dwy yr un mor agos: y dynodydd sy'n dod gyntaf wrth drefnu).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="77" />
      <source>A unique id per street, copied into the output.</source>
      <translation>Dynodydd unigryw ar gyfer pob stryd, wedi'i gopïo i'r allbwn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="81" />
      <source>How far a record may lie from its nearest street and still be assigned to it, in the units of the first area layer's CRS (metres for EPSG:27700).</source>
      <translation>Pa mor bell y caiff cofnod fod o'i stryd agosaf a chael ei neilltuo iddi o hyd, yn unedau CRS yr haen ardaloedd gyntaf (metrau ar gyfer EPSG:27700).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="85" />
      <source>All input fields plus sector_id, ward_id, street_id, street_dist, sector_status, ward_status, street_status (assigned or outside; empty when that layer was not given) and status (ok, no_geometry, invalid).</source>
      <translation>Pob maes mewnbwn ynghyd â sector_id, ward_id, street_id, street_dist, sector_status, ward_status, street_status (assigned neu outside; yn wag pan na roddwyd yr haen honno) a status (ok, no_geometry, invalid).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="98" />
      <source>Give at least one of Sectors, Wards or Streets.</source>
      <translation>Rhowch o leiaf un o'r canlynol: Sectorau, Wardiau neu Strydoedd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="55" />
      <source>Records (points)</source>
      <translation>Cofnodion (pwyntiau)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="64" />
      <source>Polygons; a record gets the id of the one that contains it. A record on a boundary shared by two areas goes to the area whose id sorts first.</source>
      <translation>Polygonau; mae cofnod yn cael dynodydd yr un sy'n ei gynnwys. Mae cofnod ar ffin a rennir gan ddwy ardal yn mynd i'r ardal y daw ei dynodydd gyntaf wrth drefnu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="69" />
      <source>A unique id per area, copied into the output.</source>
      <translation>Dynodydd unigryw ar gyfer pob ardal, wedi'i gopïo i'r allbwn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="75" />
      <source>Street id field</source>
      <translation>Maes dynodydd y stryd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="79" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="62" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="63" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="86" />
      <source>Street search distance</source>
      <translation>Pellter chwilio am stryd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="84" />
      <source>Records with areas</source>
      <translation>Cofnodion gydag ardaloedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="129" />
      <source>Records of '{0}' with their areas.</source>
      <translation>Cofnodion '{0}' gyda'u hardaloedd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="138" />
      <source>Choose the id field for layer '{0}'.</source>
      <translation>Dewiswch y maes dynodydd ar gyfer yr haen '{0}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="190" />
      <source>Layer '{0}': none of its {1} records has a location, so none is assigned to an area: {2}.</source>
      <translation>Haen '{0}': nid oes gan yr un o'i {1} o gofnodion leoliad, felly nid oes yr un wedi'i neilltuo i ardal: {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="200" />
      <source>'{0}': {1} records assigned, {2} outside</source>
      <translation>'{0}': {1} o gofnodion wedi'u neilltuo, {2} y tu allan</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="219" />
      <source>Records of '{0}' ({1}) are matched to the areas in {2}; the output keeps their own geometry.</source>
      <translation>Caiff cofnodion '{0}' ({1}) eu paru â'r ardaloedd yn {2}; mae'r allbwn yn cadw eu geometreg eu hunain.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="197" />
      <source>{0} records lay on a boundary shared by areas of '{1}'; each went to the area whose id sorts first.</source>
      <translation>Roedd {0} o gofnodion ar ffin a rennir gan ardaloedd '{1}'; aeth pob un i'r ardal y daw ei dynodydd gyntaf wrth drefnu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="206" />
      <source>Layer '{0}': none of its records is assigned to '{1}': {2}.</source>
      <translation>Haen '{0}': nid oes yr un o'i chofnodion wedi'i neilltuo i '{1}': {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="273" />
      <location filename="../soc_harm_plugin/processing_provider/outputs/areas.py" line="29" />
      <source>Layer '{0}' already has a field '{1}'; its values are replaced.</source>
      <translation>Mae gan yr haen '{0}' faes '{1}' eisoes; caiff ei werthoedd eu disodli.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="67" />
      <source>{0} id field</source>
      <translation>Maes dynodydd {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="203" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="122" />
      <source>{0} lie farther than the street search distance ({1:g}) from every street</source>
      <translation>mae {0} yn bellach na'r pellter chwilio am stryd ({1:g}) o bob stryd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/assign_areas.py" line="193" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="239" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="307" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="401" />
      <source>{0} have an invalid location</source>
      <translation>mae gan {0} leoliad annilys</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="84" />
      <source>Import data.police.uk crimes</source>
      <translation>Mewnforio troseddau data.police.uk</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="446" />
      <source>No coordinates</source>
      <translation>Dim cyfesurynnau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="446" />
      <source>Outside the force area</source>
      <translation>Y tu allan i ardal yr heddlu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="447" />
      <source>Crime ID seen before</source>
      <translation>Crime ID wedi'i weld o'r blaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="447" />
      <source>Row cannot be read</source>
      <translation>Ni ellir darllen y rhes</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="448" />
      <source>Quote not closed on its line</source>
      <translation>Dyfynnod heb ei gau ar ei linell</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="214" />
      <source>outcomes files</source>
      <translation>ffeiliau canlyniadau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="215" />
      <source>stop-and-search files</source>
      <translation>ffeiliau stopio a chwilio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="216" />
      <source>other CSV files (not named *-street.csv)</source>
      <translation>ffeiliau CSV eraill (heb eu henwi'n *-street.csv)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="217" />
      <source>hidden files</source>
      <translation>ffeiliau cudd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="94" />
      <source>One data.police.uk street crime CSV, or a folder of them: the monthly sub-folders of the bulk download are read too. In a folder only *-street.csv files are imported; outcomes and stop-and-search files are skipped and counted. To give a folder, type or paste its path.</source>
      <translation>Un CSV troseddau stryd data.police.uk, neu ffolder ohonynt: caiff is-ffolderi misol y lawrlwythiad swmp eu darllen hefyd. Mewn ffolder, dim ond ffeiliau *-street.csv a fewnforir; caiff ffeiliau canlyniadau a ffeiliau stopio a chwilio eu hepgor a'u cyfrif. I roi ffolder, teipiwch neu ludwch ei lwybr.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="102" />
      <source>Polygons of the area to keep (a force, a district, some LSOAs). Crimes outside every polygon go to the rejected rows as outside_force_area; a crime on the boundary is kept.</source>
      <translation>Polygonau'r ardal i'w chadw (heddlu, dosbarth, rhai ACEHI). Mae troseddau y tu allan i bob polygon yn mynd i'r rhesi a wrthodwyd fel outside_force_area; caiff trosedd ar y ffin ei chadw.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="107" />
      <source>One point per crime in British National Grid (EPSG:27700) with crime_id, month (the first day of the month: data.police.uk gives months only), category, lsoa_code, lsoa_name, location, force, outcome, context, source_file and source_line. Ready for Score harm by area with the data.police.uk category table.</source>
      <translation>Un pwynt ar gyfer pob trosedd yng Ngrid Cenedlaethol Prydain (EPSG:27700) gyda crime_id, month (diwrnod cyntaf y mis: dim ond misoedd y mae data.police.uk yn eu rhoi), category, lsoa_code, lsoa_name, location, force (heddlu), outcome, context, source_file a source_line. Yn barod ar gyfer 'Sgorio niwed fesul ardal' gyda thabl categorïau data.police.uk.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="114" />
      <source>Every row not imported, with its reason (no_coordinates, outside_force_area, duplicate_crime_id, unreadable_row, unclosed_quote), a detail, its file and line, and all its columns as written; a point where it has a location.</source>
      <translation>Pob rhes na chafodd ei mewnforio, gyda'i rheswm (no_coordinates, outside_force_area, duplicate_crime_id, unreadable_row, unclosed_quote), manylyn, ei ffeil a'i llinell, a'i holl golofnau fel y'u hysgrifennwyd; pwynt lle mae ganddi leoliad.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="118" />
      <source>Files read</source>
      <translation>Ffeiliau a ddarllenwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="119" />
      <source>Rows read</source>
      <translation>Rhesi a ddarllenwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="120" />
      <source>Crimes imported</source>
      <translation>Troseddau a fewnforiwyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="121" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="112" />
      <source>Rows not imported</source>
      <translation>Rhesi heb eu mewnforio</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="128" />
      <source>Choose a data.police.uk CSV file or a folder of them.</source>
      <translation>Dewiswch ffeil CSV data.police.uk neu ffolder ohonynt.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="195" />
      <source>data.police.uk street crimes from {0} ({1} files, {2} to {3}) in British National Grid. Field month holds the first day of each crime's month: data.police.uk gives the month only. {4}</source>
      <translation>Troseddau stryd data.police.uk o {0} ({1} o ffeiliau, {2} i {3}) yng Ngrid Cenedlaethol Prydain. Mae'r maes month yn dal diwrnod cyntaf mis pob trosedd: dim ond y mis y mae data.police.uk yn ei roi. {4}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="91" />
      <source>Street crime CSV file or folder</source>
      <translation>Ffeil neu ffolder CSV troseddau stryd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="100" />
      <source>Force area</source>
      <translation>Ardal yr heddlu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="106" />
      <source>Crimes</source>
      <translation>Troseddau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="140" />
      <source>Reading {0} file(s)</source>
      <translation>Darllen {0} ffeil</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="158" />
      <source>Placing {0} rows in British National Grid</source>
      <translation>Gosod {0} o resi yng Ngrid Cenedlaethol Prydain</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="187" />
      <source>Writing {0} crimes</source>
      <translation>Ysgrifennu {0} o droseddau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="254" />
      <source>Coordinates are in WGS 84 (EPSG:4326): without the OSTN15 grid installed{0}, QGIS converts to British National Grid with a Helmert transform ('{1}') accurate to a few metres; crimes near a boundary may fall on the other side.</source>
      <translation>Mae'r cyfesurynnau yn WGS 84 (EPSG:4326): heb osod y grid OSTN15{0}, mae QGIS yn trosi i Grid Cenedlaethol Prydain gyda thrawsffurfiad Helmert ('{1}') sy'n gywir i o fewn ychydig fetrau; gall troseddau ger ffin ddisgyn yr ochr arall iddi.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="288" />
      <source>Rows in: {0} = {1} imported + {2} rejected ({3})</source>
      <translation>Rhesi yn y mewnbwn: {0} = {1} wedi'u mewnforio + {2} wedi'u gwrthod ({3})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="135" />
      <source>Folder '{0}' holds no data.police.uk street crime files (*-street.csv). Skipped: {1}</source>
      <translation>Nid yw'r ffolder '{0}' yn dal unrhyw ffeiliau troseddau stryd data.police.uk (*-street.csv). Wedi'u hepgor: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="137" />
      <source>nothing</source>
      <translation>dim</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="202" />
      <source>Rows of data.police.uk files not imported, with their reason, file and line. {0}</source>
      <translation>Rhesi ffeiliau data.police.uk na chawsant eu mewnforio, gyda'u rheswm, eu ffeil a'u llinell. {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="220" />
      <source>Skipped {0} {1}: {2}</source>
      <translation>Hepgorwyd {0} o {1}: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="232" />
      <source>Layer '{0}' given as the force area has no polygons.</source>
      <translation>Nid oes gan yr haen '{0}' a roddwyd fel ardal yr heddlu bolygonau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="235" />
      <source>Layer '{0}': {1} invalid polygon(s) were repaired before use.</source>
      <translation>Haen '{0}': cafodd {1} polygon annilys eu hatgyweirio cyn eu defnyddio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="248" />
      <source>Coordinates converted to British National Grid with '{0}'.</source>
      <translation>Troswyd y cyfesurynnau i Grid Cenedlaethol Prydain gyda '{0}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="270" />
      <source>{0} ({1}): {2} rows read from {3} lines (1 header, {4} blank), {5} imported, {6} rejected{7}</source>
      <translation>{0} ({1}): darllenwyd {2} o resi o {3} o linellau (1 pennyn, {4} yn wag), {5} wedi'u mewnforio, {6} wedi'u gwrthod{7}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="292" />
      <source>{0} line(s) have a quote that is not closed on the same line: each was rejected on its own as unclosed_quote and reading went on at the next line, e.g. {1}</source>
      <translation>Mae gan {0} llinell ddyfynnod nad yw'n cael ei gau ar yr un llinell: cafodd pob un ei gwrthod ar ei phen ei hun fel unclosed_quote ac aeth y darllen ymlaen o'r llinell nesaf, e.e. {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="298" />
      <source>{0} rows could not be read, e.g. {1}</source>
      <translation>Nid oedd modd darllen {0} o resi, e.e. {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="302" />
      <source>{0} crimes have a category that the harm table '{1}' does not know: {2}</source>
      <translation>Mae gan {0} o droseddau gategori nad yw'r tabl niwed '{1}' yn ei adnabod: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="306" />
      <source>No crime was imported, so the output layer is empty: {0}.</source>
      <translation>Ni fewnforiwyd yr un drosedd, felly mae'r haen allbwn yn wag: {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="309" />
      <source>the files hold no rows</source>
      <translation>nid oes rhesi yn y ffeiliau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="132" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="153" />
      <source>Cannot import data.police.uk crimes: {0}</source>
      <translation>Nid oes modd mewnforio troseddau data.police.uk: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="149" />
      <source>Cannot import data.police.uk crimes: {0} Nothing was imported. Fix the file's header, or move it out of the folder, and run again.</source>
      <translation>Nid oes modd mewnforio troseddau data.police.uk: {0} Ni fewnforiwyd dim. Cywirwch bennyn y ffeil, neu symudwch hi allan o'r ffolder, a rhedwch eto.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="172" />
      <source>None of the crimes lies in the force area: all {0} with a location are outside_force_area. The crimes lie within {1}, the force area within {2} (British National Grid): is it the right layer, in the right place and CRS?</source>
      <translation>Nid oes yr un o'r troseddau yn ardal yr heddlu: mae pob un o'r {0} sydd â lleoliad yn outside_force_area. Mae'r troseddau o fewn {1}, ac ardal yr heddlu o fewn {2} (Grid Cenedlaethol Prydain): ai dyma'r haen gywir, yn y lle cywir a'r CRS cywir?</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="243" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="171" />
      <source>Harm table problem: {0}</source>
      <translation>Problem gyda'r tabl niwed: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="265" />
      <source>{0}: empty file (no header, no rows).</source>
      <translation>{0}: ffeil wag (dim pennyn, dim rhesi).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="268" />
      <source>{0}: a header and no rows.</source>
      <translation>{0}: pennyn a dim rhesi.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="276" />
      <source>{0} is not UTF-8: read as {1}.</source>
      <translation>Nid yw {0} yn UTF-8: wedi'i darllen fel {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="278" />
      <source>{0}: values separated by '{1}', not commas.</source>
      <translation>{0}: gwerthoedd wedi'u gwahanu gan '{1}', nid comas.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="281" />
      <source>{0} has no column {1}: left empty.</source>
      <translation>Nid oes gan {0} golofn {1}: wedi'i gadael yn wag.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="284" />
      <source>{0} has columns that are not data.police.uk's: {1}. They are not imported (rejected rows keep them in 'extra').</source>
      <translation>Mae gan {0} golofnau nad ydynt yn perthyn i data.police.uk: {1}. Ni chânt eu mewnforio (mae rhesi a wrthodwyd yn eu cadw yn 'extra').</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/preparing/import_police_uk.py" line="307" />
      <source>{0} rows rejected ({1})</source>
      <translation>gwrthodwyd {0} o resi ({1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="49" />
      <source>Score harm by area</source>
      <translation>Sgorio niwed fesul ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="59" />
      <source>Residents per area: adds harm_per_1000, the harm per 1,000 residents.</source>
      <translation>Preswylwyr ym mhob ardal: mae'n ychwanegu harm_per_1000, y niwed fesul 1,000 o breswylwyr.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="64" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="65" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="88" />
      <source>With street lines as areas: how far a record may lie from its nearest street and still count on it.</source>
      <translation>Gyda llinellau strydoedd fel ardaloedd: pa mor bell y caiff cofnod fod o'i stryd agosaf a dal i gyfrif arni.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="69" />
      <source>Every area with its own attributes plus harm_n, harm_score, harm_rank, harm_share, harm_per_km2 (and harm_per_1000).</source>
      <translation>Pob ardal gyda'i phriodoleddau ei hun ynghyd â harm_n, harm_score, harm_rank, harm_share, harm_per_km2 (a harm_per_1000).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="75" />
      <source>Every input record once: its area, weight, matched harm-table code and status (assigned, outside, no_geometry, invalid, filtered, out_of_period).</source>
      <translation>Pob cofnod mewnbwn unwaith: ei ardal, ei bwysiad, y cod tabl niwed a gyfatebodd, a'i statws (assigned, outside, no_geometry, invalid, filtered, out_of_period).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="78" />
      <source>Records assigned to an area</source>
      <translation>Cofnodion wedi'u neilltuo i ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="145" />
      <source>Areas of '{0}' scored by harm from '{1}' with {2} ({3}).</source>
      <translation>Ardaloedd '{0}' wedi'u sgorio yn ôl niwed o '{1}' gyda {2} ({3}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="56" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="74" />
      <source>Population field</source>
      <translation>Maes poblogaeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="72" />
      <source>Records with their weight and status</source>
      <translation>Cofnodion gyda'u pwysiad a'u statws</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="178" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="201" />
      <source>Weighting and assigning {0} records</source>
      <translation>Pwysoli a neilltuo {0} o gofnodion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="116" />
      <source>Layer '{0}' has no records: every area scores 0.</source>
      <translation>Nid oes gan yr haen '{0}' gofnodion: mae pob ardal yn sgorio 0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="118" />
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="275" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="437" />
      <source>Layer '{0}': {1} multipoint records have several points; each was placed at its first point.</source>
      <translation>Haen '{0}': mae gan {1} o gofnodion aml-bwynt sawl pwynt; cafodd pob un ei osod ar ei bwynt cyntaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_harm.py" line="162" />
      <source>{0} records lay on a boundary shared by areas of '{1}' (or in an overlap); each counted once, in the area whose id sorts first.</source>
      <translation>Roedd {0} o gofnodion ar ffin a rennir gan ardaloedd '{1}' (neu mewn gorgyffwrdd); cafodd pob un ei gyfrif unwaith, yn yr ardal y daw ei dynodydd gyntaf wrth drefnu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="56" />
      <source>Score areas with a harm scheme</source>
      <translation>Sgorio ardaloedd gyda chynllun niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="68" />
      <source>First day of the period (inclusive), applied to each measure's date field. Measures without a date field count all their records, and the log says so.</source>
      <translation>Diwrnod cyntaf y cyfnod (yn gynhwysol), wedi'i gymhwyso i faes dyddiad pob mesur. Mae mesurau heb faes dyddiad yn cyfrif eu holl gofnodion, ac mae'r log yn dweud hynny.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="72" />
      <source>Last day of the period (inclusive). Month-only dates (2019-02) count whole months.</source>
      <translation>Diwrnod olaf y cyfnod (yn gynhwysol). Mae dyddiadau mis yn unig (2019-02) yn cyfrif misoedd cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="77" />
      <source>Residents (or households) per area: adds &lt;measure&gt;_per_1000 and harm_per_1000.</source>
      <translation>Preswylwyr (neu aelwydydd) ym mhob ardal: mae'n ychwanegu &lt;measure&gt;_per_1000 a harm_per_1000.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="83" />
      <source>Every area with, per measure, &lt;key&gt;_n, &lt;key&gt;_harm, &lt;key&gt;_rank and &lt;key&gt;_share (its part of the area's total, %); per dimension dim_&lt;dimension&gt;; then harm_n, harm_score (the primary harm score), harm_rank, harm_share and harm_per_km2.</source>
      <translation>Pob ardal gyda, ar gyfer pob mesur, &lt;key&gt;_n, &lt;key&gt;_harm, &lt;key&gt;_rank a &lt;key&gt;_share (ei ran o gyfanswm yr ardal, %); ar gyfer pob dimensiwn, dim_&lt;dimension&gt;; yna harm_n, harm_score (y brif sgôr niwed), harm_rank, harm_share a harm_per_km2.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="90" />
      <source>One row per record and measure it was selected for (measure holds the key), with its area, weight and status; records no measure selected are listed once with status filtered. No personal fields are copied.</source>
      <translation>Un rhes ar gyfer pob cofnod a phob mesur y cafodd ei ddewis ar ei gyfer (mae measure yn dal allwedd y mesur), gyda'i ardal, ei bwysiad a'i statws; caiff cofnodion na ddewisodd unrhyw fesur mohonynt eu rhestru unwaith gyda'r statws filtered. Ni chaiff unrhyw feysydd personol eu copïo.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="93" />
      <source>Records in (all source layers)</source>
      <translation>Cofnodion yn y mewnbwn (pob haen ffynhonnell)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="94" />
      <source>Records counted (a record counts once in each measure)</source>
      <translation>Cofnodion a gyfrifwyd (mae cofnod yn cyfrif unwaith ym mhob mesur)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="82" />
      <source>Areas scored by the scheme</source>
      <translation>Ardaloedd wedi'u sgorio gan y cynllun</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="87" />
      <source>Records with their measures and weights</source>
      <translation>Cofnodion gyda'u mesurau a'u pwysiadau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="106" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="344" />
      <source>Scheme '{0}' ({1} measures: {2})</source>
      <translation>Cynllun '{0}' ({1} o fesurau: {2})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="133" />
      <source>Reading {0} layer(s)</source>
      <translation>Darllen {0} haen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="142" />
      <source>Weighting and assigning records of {0} measures</source>
      <translation>Pwysoli a neilltuo cofnodion {0} o fesurau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="170" />
      <source>Areas of '{0}' scored with harm scheme '{1}' (version {2}, edition {3}).</source>
      <translation>Ardaloedd '{0}' wedi'u sgorio gyda'r cynllun niwed '{1}' (fersiwn {2}, argraffiad {3}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="225" />
      <source>Counting layer '{0}' for scheme layer '{1}' in the database</source>
      <translation>Cyfrif yr haen '{0}' ar gyfer haen y cynllun '{1}' yn y gronfa ddata</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="229" />
      <source>Layer '{0}': {1} records counted in the database; {2} rows of counts came back</source>
      <translation>Haen '{0}': cyfrifwyd {1} o gofnodion yn y gronfa ddata; daeth {2} rhes o niferoedd yn ôl</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="287" />
      <source>Scheme '{0}': none of the {1} records of its layers was counted in any area of '{2}', so every area scores 0: {3}.</source>
      <translation>Cynllun '{0}': ni chafodd yr un o'r {1} o gofnodion yn ei haenau ei gyfrif mewn unrhyw ardal yn '{2}', felly mae pob ardal yn sgorio 0: {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="238" />
      <source>Measure '{0}' ({1}): {2} records of layer '{3}' = {4}; harm {5}</source>
      <translation>Mesur '{0}' ({1}): {2} o gofnodion yr haen '{3}' = {4}; niwed {5}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="271" />
      <source>Layer '{0}': {1} records in = {2} in at least one measure + {3} in none.</source>
      <translation>Haen '{0}': {1} o gofnodion yn y mewnbwn = {2} mewn o leiaf un mesur + {3} mewn dim un.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="279" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="437" />
      <source>{0} records lay on a boundary shared by areas (or in an overlap); each counted once, in the area whose id sorts first.</source>
      <translation>Roedd {0} o gofnodion ar ffin a rennir gan ardaloedd (neu mewn gorgyffwrdd); cafodd pob un ei gyfrif unwaith, yn yr ardal y daw ei dynodydd gyntaf wrth drefnu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="211" />
      <source>Scheme '{0}', measure '{1}': layer '{2}', field '{3}': {4} code(s) have no weight in harm table '{5}': {6}. Add them to the table or set the measure's missing_weight to zero or default.</source>
      <translation>Cynllun '{0}', mesur '{1}': haen '{2}', maes '{3}': nid oes gan {4} cod bwysiad yn y tabl niwed '{5}': {6}. Ychwanegwch nhw at y tabl neu osodwch missing_weight y mesur i zero neu default.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="218" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="359" />
      <source>Scheme '{0}': {1}</source>
      <translation>Cynllun '{0}': {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="241" />
      <source>Measure '{0}': {1} records with code(s) not in harm table '{2}' weigh {3}: {4}</source>
      <translation>Mesur '{0}': mae gan {1} o gofnodion â chod(au) nad ydynt yn y tabl niwed '{2}' bwysiad o {3}: {4}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="254" />
      <source>Measure '{0}': {1} records have no usable weight in field '{2}' (NULL, not a number or negative): counted as invalid.</source>
      <translation>Mesur '{0}': nid oes gan {1} o gofnodion bwysiad defnyddiadwy yn y maes '{2}' (NULL, nid rhif, neu negatif): wedi'u cyfrif fel invalid.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="258" />
      <source>Measure '{0}': {1} records have no threat score in '{2}': weighted without it (factor 1).</source>
      <translation>Mesur '{0}': nid oes gan {1} o gofnodion sgôr bygythiad yn '{2}': wedi'u pwysoli hebddi (ffactor 1).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="262" />
      <source>Measure '{0}': {1} link(s) lead nowhere ({2}).</source>
      <translation>Mesur '{0}': nid yw {1} cyswllt yn arwain i unman ({2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="264" />
      <source>Measure '{0}' has no date field: all its records count, whatever the period.</source>
      <translation>Nid oes gan y mesur '{0}' faes dyddiad: mae ei holl gofnodion yn cyfrif, beth bynnag yw'r cyfnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="267" />
      <source>Measure '{0}': field '{1}' has dates that cannot be read, e.g. {2}; those records are invalid for the period.</source>
      <translation>Mesur '{0}': mae gan y maes '{1}' ddyddiadau na ellir eu darllen, e.e. {2}; mae'r cofnodion hynny'n annilys ar gyfer y cyfnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="247" />
      <source>Measure '{0}': {1} records are anti-social behaviour or another category with no Crime Severity Score: they weigh 0.</source>
      <translation>Mesur '{0}': mae {1} o gofnodion yn ymddygiad gwrthgymdeithasol neu'n gategori arall heb Sgôr Difrifoldeb Troseddau: eu pwysiad yw 0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/algorithms/scoring/score_scheme.py" line="251" />
      <source>Measure '{0}': {1} records matched table rows flagged '{2}'.</source>
      <translation>Mesur '{0}': cyfatebodd {1} o gofnodion i resi tabl wedi'u nodi'n '{2}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/base.py" line="116" />
      <source>{0}: '{1}' is not a date; write it as 2024-01-31.</source>
      <translation>{0}: nid yw '{1}' yn ddyddiad; ysgrifennwch ef fel 2024-01-31.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/base.py" line="79" />
      <source>Layer '{0}' ({1}) cannot be read by QGIS ({2}). Coordinates absurdly far away (near ±1e308) cause this: find them with the expression abs(x($geometry)) &gt; 1e9 or abs(y($geometry)) &gt; 1e9.</source>
      <translation>Ni all QGIS ddarllen yr haen '{0}' ({1}) ({2}). Cyfesurynnau sydd yn afresymol o bell (tua ±1e308) sy'n achosi hyn: dewch o hyd iddynt gyda'r mynegiad abs(x($geometry)) &gt; 1e9 or abs(y($geometry)) &gt; 1e9.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="18" />
      <source>Harm scoring</source>
      <translation>Sgorio niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="19" />
      <source>Preparing data</source>
      <translation>Paratoi data</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="20" />
      <source>Change over time</source>
      <translation>Newid dros amser</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="21" />
      <source>Harm hotspots</source>
      <translation>Mannau poeth niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="22" />
      <source>Maps and briefings</source>
      <translation>Mapiau a briffiau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/groups.py" line="23" />
      <source>Community</source>
      <translation>Cymuned</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="136" />
      <source> and </source>
      <translation> a </translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="165" />
      <source>Polygons (a record counts in the area that contains it) or street lines (a record counts on the nearest street within the search distance). The analysis runs in this layer's CRS.</source>
      <translation>Polygonau (mae cofnod yn cyfrif yn yr ardal sy'n ei gynnwys) neu linellau strydoedd (mae cofnod yn cyfrif ar y stryd agosaf o fewn y pellter chwilio). Mae'r dadansoddiad yn rhedeg yn CRS yr haen hon.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="169" />
      <source>A unique id per area. A record on a boundary shared by two areas counts once, in the area whose id sorts first.</source>
      <translation>Dynodydd unigryw ar gyfer pob ardal. Mae cofnod ar ffin a rennir gan ddwy ardal yn cyfrif unwaith, yn yr ardal y daw ei dynodydd gyntaf wrth drefnu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="173" />
      <source>A readable name for tables, charts and the panel.</source>
      <translation>Enw darllenadwy ar gyfer tablau, siartiau a'r panel.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="182" />
      <source>Which geography the areas are, written into the output's provenance. Automatic guesses from the layer and id field names.</source>
      <translation>Pa ddaearyddiaeth yw'r ardaloedd, wedi'i hysgrifennu yn nharddiad yr allbwn. Mae 'Awtomatig' yn dyfalu o enwau'r haen a'r maes dynodydd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="192" />
      <source>Population or households by area code, e.g. ONS mid-year estimates by LSOA; joined to the areas' ids. Used instead of the population field.</source>
      <translation>Poblogaeth neu aelwydydd yn ôl cod ardal, e.e. amcangyfrifon canol blwyddyn SYG fesul ACEHI; wedi'u cysylltu â dynodyddion yr ardaloedd. Defnyddir hyn yn lle'r maes poblogaeth.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="197" />
      <source>The column holding the area codes that match the area id field, e.g. LSOA11CD.</source>
      <translation>Y golofn sy'n dal y codau ardal sy'n cyfateb i'r maes dynodydd ardal, e.e. LSOA11CD.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="200" />
      <source>The column holding the population or households, e.g. Persons_All-Ages.</source>
      <translation>Y golofn sy'n dal y boblogaeth neu'r aelwydydd, e.e. Persons_All-Ages.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="211" />
      <source>A denominators table needs the area code column and the denominator column (DENOMINATOR_CODE, DENOMINATOR_FIELD).</source>
      <translation>Mae tabl enwaduron angen y golofn cod ardal a'r golofn enwadur (DENOMINATOR_CODE, DENOMINATOR_FIELD).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="163" />
      <source>Areas (sectors, wards or streets)</source>
      <translation>Ardaloedd (sectorau, wardiau neu strydoedd)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="180" />
      <source>Geography</source>
      <translation>Daearyddiaeth</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="191" />
      <source>Denominators table (CSV)</source>
      <translation>Tabl enwaduron (CSV)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="196" />
      <source>Area code column in the denominators table</source>
      <translation>Colofn cod ardal yn y tabl enwaduron</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="199" />
      <source>Denominator column</source>
      <translation>Colofn enwadur</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="227" />
      <source>Denominators: {0} of {1} areas matched in {2}; {3} code(s) of the table are not areas.</source>
      <translation>Enwaduron: cafodd {0} o'r {1} o ardaloedd eu paru yn {2}; nid yw {3} cod o'r tabl yn ardaloedd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="58" />
      <source>Layer '{0}' given as {1} holds {2} geometries; choose a polygon layer (or a line layer of streets).</source>
      <translation>Mae'r haen '{0}' a roddwyd fel {1} yn dal geometregau o'r math {2}; dewiswch haen bolygonau (neu haen linellau o strydoedd).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="65" />
      <source>Layer '{0}' has no id field '{1}'. Fields: {2}</source>
      <translation>Nid oes gan yr haen '{0}' faes dynodydd '{1}'. Meysydd: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="72" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="235" />
      <source>Layer '{0}' given as {1} has no features.</source>
      <translation>Nid oes gan yr haen '{0}' a roddwyd fel {1} nodweddion.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="76" />
      <source>Layer '{0}': {1} feature(s) have no value in id field '{2}' (feature ids {3}). Every area needs an id.</source>
      <translation>Haen '{0}': nid oes gan {1} nodwedd werth yn y maes dynodydd '{2}' (dynodyddion nodweddion {3}). Mae pob ardal angen dynodydd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="83" />
      <source>Layer '{0}': id field '{1}' has {2} duplicated id(s): {3}. Make ids unique or dissolve the areas first.</source>
      <translation>Haen '{0}': mae gan y maes dynodydd '{1}' {2} dynodydd dyblyg: {3}. Gwnewch y dynodyddion yn unigryw neu doddwch yr ardaloedd yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="88" />
      <source>Layer '{0}': {1} invalid area geometries were repaired before use (feature ids {2}).</source>
      <translation>Haen '{0}': cafodd {1} o geometregau ardal annilys eu hatgyweirio cyn eu defnyddio (dynodyddion nodweddion {2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="93" />
      <source>Layer '{0}': {1} area(s) have no geometry and can hold no records (feature ids {2}).</source>
      <translation>Haen '{0}': nid oes geometreg gan {1} ardal ac ni allant ddal cofnodion (dynodyddion nodweddion {2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="116" />
      <source>feature {0}: {1}</source>
      <translation>nodwedd {0}: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="118" />
      <source>Layer '{0}': repairing {1} area(s) left lines or points, which hold no records and were dropped (only the polygons are used and written): {2}{3}.</source>
      <translation>Haen '{0}': gadawodd atgyweirio {1} ardal linellau neu bwyntiau, nad ydynt yn dal cofnodion ac a ollyngwyd (dim ond y polygonau a ddefnyddir ac a ysgrifennir): {2}{3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="123" />
      <source>Layer '{0}': {1} area(s) have no area at all (zero-area polygons, such as slivers): repaired, nothing polygonal is left, so they hold no records and are written without geometry (feature ids {2}).</source>
      <translation>Haen '{0}': nid oes gan {1} ardal unrhyw arwynebedd o gwbl (polygonau ag arwynebedd sero, fel stribedi tenau): ar ôl eu hatgyweirio, nid oes dim polygonaidd ar ôl, felly nid ydynt yn dal cofnodion a chânt eu hysgrifennu heb geometreg (dynodyddion nodweddion {2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="133" />
      <source>{0} line(s) {1:.6g} {2} long</source>
      <translation>{0} llinell o hyd {1:.6g} {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="135" />
      <source>{0} point(s)</source>
      <translation>{0} pwynt</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="221" />
      <source>Denominators table {0}: {1} row(s) not used: {2}</source>
      <translation>Tabl enwaduron {0}: {1} rhes heb eu defnyddio: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="224" />
      <source>{0} area(s) of '{1}' have no denominator in {2} (column '{3}'); their rates are empty: {4}</source>
      <translation>Nid oes gan {0} ardal yn '{1}' enwadur yn {2} (colofn '{3}'); mae eu cyfraddau'n wag: {4}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="102" />
      <source>Layer '{0}': {1} area(s) have no positive population in '{2}'; their harm_per_1000 is empty (feature ids {3}).</source>
      <translation>Haen '{0}': nid oes gan {1} ardal boblogaeth bositif yn '{2}'; mae eu harm_per_1000 yn wag (dynodyddion nodweddion {3}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="181" />
      <source>Automatic</source>
      <translation>Awtomatig</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="181" />
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="181" />
      <source>Ward</source>
      <translation>Ward</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="181" />
      <source>Street</source>
      <translation>Stryd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/areas.py" line="217" />
      <source>Denominators table problem: {0}</source>
      <translation>Problem gyda'r tabl enwaduron: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/columns.py" line="28" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="249" />
      <source>Layer '{0}' has no field '{1}'. Fields: {2}</source>
      <translation>Nid oes gan yr haen '{0}' faes '{1}'. Meysydd: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/crs.py" line="19" />
      <source>Layer '{0}' is in a geographic CRS ({1}): the analysis runs in degrees. Reproject the areas to a projected CRS such as EPSG:27700 first.</source>
      <translation>Mae'r haen '{0}' mewn CRS daearyddol ({1}): mae'r dadansoddiad yn rhedeg mewn graddau. Ail-daflunwch yr ardaloedd i CRS wedi'i daflunio, fel EPSG:27700, yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/crs.py" line="22" />
      <source>Layer '{0}' is in a geographic CRS ({1}): the search distance is in degrees. Reproject the area layers to a projected CRS such as EPSG:27700 first.</source>
      <translation>Mae'r haen '{0}' mewn CRS daearyddol ({1}): mae'r pellter chwilio mewn graddau. Ail-daflunwch yr haenau ardaloedd i CRS wedi'i daflunio, fel EPSG:27700, yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/crs.py" line="25" />
      <source>Layer '{0}' is in a geographic CRS ({1}): cells and distances in degrees have no fixed size. Reproject it to a projected CRS such as EPSG:27700 first, or give a boundary layer in one.</source>
      <translation>Mae'r haen '{0}' mewn CRS daearyddol ({1}): nid oes maint sefydlog i gelloedd a phellteroedd mewn graddau. Ail-daflunwch hi i CRS wedi'i daflunio, fel EPSG:27700, yn gyntaf, neu rowch haen ffin mewn CRS felly.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/crs.py" line="28" />
      <source>Layer '{0}' is in a geographic CRS ({1}): a distance band in degrees means different distances north-south and east-west. Reproject the layer to a projected CRS such as EPSG:27700 first, or choose contiguity.</source>
      <translation>Mae'r haen '{0}' mewn CRS daearyddol ({1}): mae band pellter mewn graddau yn golygu pellteroedd gwahanol o'r gogledd i'r de ac o'r dwyrain i'r gorllewin. Ail-daflunwch yr haen i CRS wedi'i daflunio, fel EPSG:27700, yn gyntaf, neu ddewiswch gyffiniaeth.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/crs.py" line="32" />
      <source>Layer '{0}' is in a geographic CRS ({1}): the nearest neighbours are found in degrees. Reproject to a projected CRS such as EPSG:27700 for true distances.</source>
      <translation>Mae'r haen '{0}' mewn CRS daearyddol ({1}): caiff y cymdogion agosaf eu canfod mewn graddau. Ail-daflunwch i CRS wedi'i daflunio, fel EPSG:27700, i gael pellteroedd gwir.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="61" />
      <source>Point records to weight by harm: offences, nominals, partner records. Leave empty when a harm scheme is given instead.</source>
      <translation>Cofnodion pwynt i'w pwysoli yn ôl niwed: troseddau, unigolion enwol, cofnodion partneriaid. Gadewch yn wag pan roddir cynllun niwed yn lle hynny.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="64" />
      <source>The events' date: a date, a date-time, or text (2019-02-15, 15/02/2019, or month-only 2019-02 as data.police.uk writes it). A date-time counts on the date it shows in its own time zone (its local date), never converted to UTC. Month-only dates, or a field the SOC Harm police.uk importer marked month-only, make every period whole months.</source>
      <translation>Dyddiad y digwyddiadau: dyddiad, dyddiad-amser, neu destun (2019-02-15, 15/02/2019, neu fis yn unig 2019-02 fel y mae data.police.uk yn ei ysgrifennu). Mae dyddiad-amser yn cyfrif ar y dyddiad y mae'n ei ddangos yn ei gylchfa amser ei hun (ei ddyddiad lleol), heb ei drosi i UTC byth. Mae dyddiadau mis yn unig, neu faes a nodwyd yn fis yn unig gan fewnforiwr police.uk SOC Harm, yn gwneud pob cyfnod yn fisoedd cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="70" />
      <source>Only records for which this expression is true are used; the rest are counted as filtered in the reconciliation. An expression that cannot be read or names a field the layer lacks stops the run before any record is read.</source>
      <translation>Dim ond cofnodion y mae'r mynegiad hwn yn wir ar eu cyfer a ddefnyddir; caiff y gweddill eu cyfrif fel filtered yn y cysoniad. Mae mynegiad na ellir ei ddarllen, neu sy'n enwi maes nad yw yn yr haen, yn atal y rhediad cyn darllen unrhyw gofnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="81" />
      <source>A harm scheme (JSON) to use instead of the events and harm table: its measures' records, weights and date fields. Measures without a date field cannot be placed in time: their records are counted as no_date.</source>
      <translation>Cynllun niwed (JSON) i'w ddefnyddio yn lle'r digwyddiadau a'r tabl niwed: cofnodion, pwysiadau a meysydd dyddiad ei fesurau. Ni ellir gosod mesurau heb faes dyddiad mewn amser: caiff eu cofnodion eu cyfrif fel no_date.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="154" />
      <source>Give either an events layer (EVENTS, with its code and date fields) or a harm scheme (SCHEME).</source>
      <translation>Rhowch naill ai haen digwyddiadau (EVENTS, gyda'i meysydd cod a dyddiad) neu gynllun niwed (SCHEME).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="236" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="304" />
      <source>layer '{0}' weighted by {1}</source>
      <translation>haen '{0}' wedi'i phwysoli yn ôl {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="239" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="307" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="87" />
      <source>{0} are left out by the filter {1}</source>
      <translation>mae {0} wedi'u hepgor gan yr hidlydd {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="398" />
      <source>harm scheme '{0}'</source>
      <translation>cynllun niwed '{0}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="401" />
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="135" />
      <source>{0} are selected by no measure of the scheme</source>
      <translation>nid yw {0} wedi'u dewis gan unrhyw fesur yn y cynllun</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="78" />
      <source>With events (not a scheme): the field naming each record's theme, e.g. soc_theme (drugs, firearms, ...). Each distinct value is a theme.</source>
      <translation>Gyda digwyddiadau (nid cynllun): y maes sy'n enwi thema pob cofnod, e.e. soc_theme (drugs, firearms, ...). Mae pob gwerth gwahanol yn thema.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="151" />
      <source>A harm scheme is given: the events layer and harm table are not used.</source>
      <translation>Rhoddwyd cynllun niwed: ni ddefnyddir yr haen digwyddiadau na'r tabl niwed.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="76" />
      <source>Theme field</source>
      <translation>Maes thema</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="187" />
      <source>Layer '{0}': choose its date field (DATE_FIELD): change over time needs each record's date.</source>
      <translation>Haen '{0}': dewiswch ei maes dyddiad (DATE_FIELD): mae newid dros amser angen dyddiad pob cofnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="192" />
      <source>Layer '{0}' has no theme field '{1}'.</source>
      <translation>Nid oes gan yr haen '{0}' faes thema '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="380" />
      <source>Scheme '{0}': measure(s) {1} have no date field, so their records cannot be placed in time; they are counted as no_date.</source>
      <translation>Cynllun '{0}': nid oes gan y mesur(au) {1} faes dyddiad, felly ni ellir gosod eu cofnodion mewn amser; cânt eu cyfrif fel no_date.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="418" />
      <source>No record of {0} is left to compare: {1}.</source>
      <translation>Nid oes yr un o gofnodion {0} ar ôl i'w gymharu: {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="421" />
      <source>No record of {0} lies in any area of '{1}', so every area has 0 records in every period: {2}.</source>
      <translation>Nid oes yr un o gofnodion {0} mewn unrhyw ardal yn '{1}', felly mae gan bob ardal 0 cofnod ym mhob cyfnod: {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="447" />
      <source>{0} records have a date that cannot be read in {1}, e.g. {2}: they are counted as unparseable_date and compared in no period.</source>
      <translation>Mae gan {0} o gofnodion ddyddiad na ellir ei ddarllen yn {1}, e.e. {2}: cânt eu cyfrif fel unparseable_date ac ni chânt eu cymharu mewn unrhyw gyfnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="451" />
      <source>{0} holds month-only dates (recorded by the police.uk import): periods are whole months.</source>
      <translation>Mae {0} yn dal dyddiadau mis yn unig (wedi'u cofnodi gan y mewnforio police.uk): mae'r cyfnodau'n fisoedd cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="355" />
      <source>Scheme '{0}', measure '{1}': {2} code(s) have no weight in harm table '{3}': {4}.</source>
      <translation>Cynllun '{0}', mesur '{1}': nid oes gan {2} cod bwysiad yn y tabl niwed '{3}': {4}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="454" />
      <source>{0} holds month-only dates (e.g. 2019-02): periods are whole months.</source>
      <translation>Mae {0} yn dal dyddiadau mis yn unig (e.e. 2019-02): mae'r cyfnodau'n fisoedd cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/dated_records.py" line="457" />
      <source>{0} mixes month-only dates with full dates: every record is taken by its month and periods are whole months.</source>
      <translation>Mae {0} yn cymysgu dyddiadau mis yn unig â dyddiadau llawn: caiff pob cofnod ei gymryd yn ôl ei fis ac mae'r cyfnodau'n fisoedd cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="109" />
      <source>the Engine parameter asks for the desktop</source>
      <translation>mae'r paramedr Peiriant yn gofyn am y bwrdd gwaith</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="110" />
      <source>only one of the areas and the events is a PostGIS layer</source>
      <translation>dim ond un o'r ardaloedd a'r digwyddiadau sy'n haen PostGIS</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="111" />
      <source>the areas and the events are in different databases</source>
      <translation>mae'r ardaloedd a'r digwyddiadau mewn cronfeydd data gwahanol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="112" />
      <source>only selected features are used</source>
      <translation>dim ond y nodweddion a ddewiswyd a ddefnyddir</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="113" />
      <source>the input has a feature limit or a filter of its own</source>
      <translation>mae gan y mewnbwn derfyn nodweddion neu hidlydd ei hun</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="114" />
      <source>the filter has a part the database cannot evaluate exactly as QGIS does</source>
      <translation>mae gan yr hidlydd ran na all y gronfa ddata ei gwerthuso yn union fel y mae QGIS yn ei gwerthuso</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="115" />
      <source>the records output goes to a file or another database</source>
      <translation>mae allbwn y cofnodion yn mynd i ffeil neu i gronfa ddata arall</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="116" />
      <source>the areas are street lines</source>
      <translation>llinellau strydoedd yw'r ardaloedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="117" />
      <source>a layer is an SQL query, not a table or view</source>
      <translation>ymholiad SQL yw haen, nid tabl na golwg</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="118" />
      <source>a layer has curved geometries</source>
      <translation>mae gan haen geometregau crwm</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="119" />
      <source>the events come from a view with no key column</source>
      <translation>daw'r digwyddiadau o olwg heb golofn allwedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="120" />
      <source>Python's PostgreSQL driver (psycopg2) is not installed</source>
      <translation>nid yw gyrrwr PostgreSQL Python (psycopg2) wedi'i osod</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="121" />
      <source>the records are split by a theme field</source>
      <translation>mae'r cofnodion wedi'u rhannu yn ôl maes thema</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="122" />
      <source>only selected events are used, and their layer has no integer or text key column to name them by in the database</source>
      <translation>dim ond digwyddiadau a ddewiswyd a ddefnyddir, ac nid oes gan eu haen golofn allwedd cyfanrif neu destun i'w henwi yn y gronfa ddata</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="124" />
      <source>areas read have the same id as areas of the table that are not read (a selection or a subset string), and the table has no integer or text key column to tell them apart in the database</source>
      <translation>mae gan ardaloedd a ddarllenwyd yr un dynodydd ag ardaloedd o'r tabl na chawsant eu darllen (detholiad neu linyn is-set), ac nid oes gan y tabl golofn allwedd cyfanrif neu destun i'w gwahaniaethu yn y gronfa ddata</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="127" />
      <source>the cells are cut to the boundary, so each record is tested against its polygons</source>
      <translation>caiff y celloedd eu torri i'r ffin, felly caiff pob cofnod ei brofi yn erbyn ei pholygonau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="128" />
      <source>the events are not in the grid's CRS: the database's transformation could differ from QGIS's in the last digits, and a record on a cell edge could change cell</source>
      <translation>nid yw'r digwyddiadau yn CRS y grid: gallai trawsffurfiad y gronfa ddata fod yn wahanol i un QGIS yn y digidau olaf, a gallai cofnod ar ymyl cell newid cell</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="130" />
      <source>a link's record ids cannot be compared in the database exactly as QGIS compares them (a column that is neither integer nor text, or text in a database not encoded in UTF-8)</source>
      <translation>ni ellir cymharu dynodyddion cofnodion cyswllt yn y gronfa ddata yn union fel y mae QGIS yn eu cymharu (colofn nad yw'n gyfanrif nac yn destun, neu destun mewn cronfa ddata nad yw wedi'i hamgodio yn UTF-8)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="133" />
      <source>a measure layer has no integer key column, so the database cannot name its records by the feature ids QGIS gives them</source>
      <translation>nid oes gan haen fesur golofn allwedd cyfanrif, felly ni all y gronfa ddata enwi ei chofnodion wrth y dynodyddion nodweddion y mae QGIS yn eu rhoi iddynt</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="72" />
      <source>Where the records are counted. Automatic counts them in PostgreSQL when both layers are PostGIS layers of one database, so that no record leaves it; the outputs are the same either way. The log and the provenance (engine, engine_reason) say which engine ran and why.</source>
      <translation>Ble caiff y cofnodion eu cyfrif. Mae Awtomatig yn eu cyfrif yn PostgreSQL pan fo'r ddwy haen yn haenau PostGIS o un gronfa ddata, fel nad oes yr un cofnod yn ei gadael; mae'r allbynnau yr un fath y naill ffordd neu'r llall. Mae'r log a'r tarddiad (engine, engine_reason) yn nodi pa beiriant a redodd a pham.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="191" />
      <source>Engine: PostGIS. The areas and every measure layer of the scheme are PostGIS layers of one database; the records are counted there and only counts come back.</source>
      <translation>Peiriant: PostGIS. Mae'r ardaloedd a phob haen fesur yn y cynllun yn haenau PostGIS o un gronfa ddata; caiff y cofnodion eu cyfrif yno a dim ond niferoedd sy'n dod yn ôl.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="327" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="427" />
      <source>Cancelled: the query was cancelled in the database.</source>
      <translation>Wedi'i ganslo: cafodd yr ymholiad ei ganslo yn y gronfa ddata.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="69" />
      <source>Engine</source>
      <translation>Peiriant</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="194" />
      <source>Engine: PostGIS. The events are a PostGIS layer; the records are placed in cells there and only counts per cell come back.</source>
      <translation>Peiriant: PostGIS. Mae'r digwyddiadau yn haen PostGIS; caiff y cofnodion eu gosod mewn celloedd yno a dim ond niferoedd fesul cell sy'n dod yn ôl.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="336" />
      <source>Layer '{0}': the database reported an error ({1}). Nothing was written.</source>
      <translation>Haen '{0}': rhoddodd y gronfa ddata wall ({1}). Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="490" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="598" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme_database.py" line="262" />
      <source>Records written in the database as table "{0}"."{1}" ({2} records): none left it.</source>
      <translation>Ysgrifennwyd y cofnodion yn y gronfa ddata fel y tabl "{0}"."{1}" (nifer y cofnodion: {2}): ni adawodd yr un ohonynt.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="197" />
      <source>Engine: PostGIS. Areas and events are PostGIS layers of one database; the records are counted there and only counts per area come back.</source>
      <translation>Peiriant: PostGIS. Mae'r ardaloedd a'r digwyddiadau yn haenau PostGIS o un gronfa ddata; caiff y cofnodion eu cyfrif yno a dim ond niferoedd fesul ardal sy'n dod yn ôl.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="330" />
      <source>Layer '{0}': the connection to the database failed or was lost ({1}). Nothing was written.</source>
      <translation>Haen '{0}': methodd y cysylltiad â'r gronfa ddata neu fe'i collwyd ({1}). Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="334" />
      <source>Layer '{0}': the database refused ({1}). Nothing was written.</source>
      <translation>Haen '{0}': gwrthododd y gronfa ddata ({1}). Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="421" />
      <source>The harm table went to the database as a temporary table of {0} codes.</source>
      <translation>Aeth y tabl niwed i'r gronfa ddata fel tabl dros dro o godau (nifer: {0}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="70" />
      <source>Automatic (in the database when areas and events are PostGIS layers of one database)</source>
      <translation>Awtomatig (yn y gronfa ddata pan fo'r ardaloedd a'r digwyddiadau yn haenau PostGIS o un gronfa ddata)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="71" />
      <source>Desktop (read every record into QGIS)</source>
      <translation>Bwrdd gwaith (darllen pob cofnod i mewn i QGIS)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="369" />
      <source>Layer '{0}': table {1} has no spatial index on column '{2}': the database reads every record for every area (slow on a large table, the counts are the same). Create one with CREATE INDEX ... USING GIST.</source>
      <translation>Haen '{0}': nid oes gan y tabl {1} fynegai gofodol ar y golofn '{2}': mae'r gronfa ddata yn darllen pob cofnod ar gyfer pob ardal (araf ar dabl mawr, mae'r niferoedd yr un fath). Crëwch un gyda CREATE INDEX ... USING GIST.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="424" />
      <source>The harm table went to the database as a list of {0} values: this user may not create temporary tables there.</source>
      <translation>Aeth y tabl niwed i'r gronfa ddata fel rhestr o werthoedd (nifer: {0}): ni chaiff y defnyddiwr hwn greu tablau dros dro yno.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="450" />
      <source>Layer '{0}': area id(s) {1} of the areas read are also held by areas of the table that are not read.</source>
      <translation>Haen '{0}': mae'r dynodydd(ion) ardal {1} o'r ardaloedd a ddarllenwyd hefyd gan ardaloedd o'r tabl na chawsant eu darllen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="453" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/engine.py" line="200" />
      <source>Engine: desktop, though PostGIS layers are given: {0} ({1}).</source>
      <translation>Peiriant: bwrdd gwaith, er bod haenau PostGIS wedi'u rhoi: {0} ({1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/expressions.py" line="66" />
      <source>{0}: the expression {1} keeps none of the {2} records of layer '{3}': all are counted as filtered and none is scored.</source>
      <translation>{0}: nid yw'r mynegiad {1} yn cadw yr un o'r {2} o gofnodion yn yr haen '{3}': caiff pob un eu cyfrif fel filtered ac ni chaiff yr un ei sgorio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/expressions.py" line="25" />
      <source>{0}: the expression {1} cannot be read: {2}</source>
      <translation>{0}: nid oes modd darllen y mynegiad {1}: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/expressions.py" line="30" />
      <source>{0}: layer '{1}' has no field(s) {2}, which the expression {3} names. Its fields: {4}. Double quotes name a field, single quotes a text value ("code" = '8N').</source>
      <translation>{0}: nid oes gan yr haen '{1}' y maes/meysydd {2}, y mae'r mynegiad {3} yn eu henwi. Ei meysydd: {4}. Mae dyfynodau dwbl yn enwi maes, a dyfynodau sengl yn enwi gwerth testun ("code" = '8N').</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/expressions.py" line="62" />
      <source>{0}: the expression {1} cannot be evaluated on the records of layer '{2}': {3}. No record would be kept.</source>
      <translation>{0}: nid oes modd gwerthuso'r mynegiad {1} ar gofnodion yr haen '{2}': {3}. Ni fyddai'r un cofnod yn cael ei gadw.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="61" />
      <source>Point records to weight by harm: offences, nominals, partner records. Records without a location are kept and counted as no_geometry.</source>
      <translation>Cofnodion pwynt i'w pwysoli yn ôl niwed: troseddau, unigolion enwol, cofnodion partneriaid. Caiff cofnodion heb leoliad eu cadw a'u cyfrif fel no_geometry.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="65" />
      <source>The field holding each record's code, matched to the harm table ignoring case, extra spaces and characters that show nothing (zero-width spaces, soft hyphens, byte-order marks), with full-width forms folded (Unicode NFKC): a Home Office offence code (e.g. 8N) or a data.police.uk category (e.g. Burglary).</source>
      <translation>Y maes sy'n dal cod pob cofnod, wedi'i baru â'r tabl niwed gan anwybyddu priflythrennau, bylchau ychwanegol a nodau nad ydynt yn dangos dim (bylchau lled sero, cysylltnodau meddal, nodau trefn beit), gyda ffurfiau lled llawn wedi'u plygu (Unicode NFKC): cod trosedd y Swyddfa Gartref (e.e. 8N) neu gategori data.police.uk (e.e. Burglary).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="74" />
      <source>Built-in weights. The category table weights each data.police.uk category by the count-weighted mean of its offences' scores; anti-social behaviour has no score and weighs 0.</source>
      <translation>Pwysiadau adeiledig. Mae'r tabl categorïau yn pwysoli pob categori data.police.uk yn ôl cymedr sgorau ei droseddau, wedi'i bwysoli yn ôl nifer; nid oes sgôr gan ymddygiad gwrthgymdeithasol, ac mae ei bwysiad yn 0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="78" />
      <source>Your own weights, e.g. the Cambridge Crime Harm Index: a CSV with columns code and weight, and optionally label. When given it is used instead of the built-in table.</source>
      <translation>Eich pwysiadau eich hun, e.e. Mynegai Niwed Troseddau Caergrawnt: CSV gyda'r colofnau code a weight, a label yn ddewisol. Pan gaiff ei roi, caiff ei ddefnyddio yn lle'r tabl adeiledig.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="84" />
      <source>What to do with a record whose code is not in the harm table. It is never dropped silently: the log and the records output count such codes.</source>
      <translation>Beth i'w wneud â chofnod nad yw ei god yn y tabl niwed. Ni chaiff byth ei ollwng yn dawel: mae'r log ac allbwn y cofnodion yn cyfrif codau o'r fath.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="89" />
      <source>The weight given to codes with no weight when 'Default weight' is chosen.</source>
      <translation>Y pwysiad a roddir i godau heb bwysiad pan ddewisir 'Pwysiad rhagosodedig'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="92" />
      <source>A date, date-time or text field (2019-02-15, 15/02/2019, or month-only 2019-02 as data.police.uk writes). Needed for a period.</source>
      <translation>Maes dyddiad, dyddiad-amser neu destun (2019-02-15, 15/02/2019, neu fis yn unig 2019-02 fel y mae data.police.uk yn ysgrifennu). Mae ei angen ar gyfer cyfnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="96" />
      <source>First day of the period (inclusive). Month-only dates count whole months.</source>
      <translation>Diwrnod cyntaf y cyfnod (yn gynhwysol). Mae dyddiadau mis yn unig yn cyfrif misoedd cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="99" />
      <source>Last day of the period (inclusive).</source>
      <translation>Diwrnod olaf y cyfnod (yn gynhwysol).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="102" />
      <source>Only records for which this expression is true are scored; the rest are kept in the records output with status filtered. An expression that cannot be read or names a field the layer lacks stops the run before any record is read; one that keeps no record is warned about.</source>
      <translation>Dim ond cofnodion y mae'r mynegiad hwn yn wir ar eu cyfer a gaiff eu sgorio; caiff y gweddill eu cadw yn allbwn y cofnodion gyda'r statws filtered. Mae mynegiad na ellir ei ddarllen, neu sy'n enwi maes nad yw yn yr haen, yn atal y rhediad cyn darllen unrhyw gofnod; rhoddir rhybudd am fynegiad nad yw'n cadw unrhyw gofnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="256" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="326" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="393" />
      <source>Filter events (FILTER)</source>
      <translation>Hidlo digwyddiadau (FILTER)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="60" />
      <source>Events (offences or other records)</source>
      <translation>Digwyddiadau (troseddau neu gofnodion eraill)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="64" />
      <source>Offence code or category field</source>
      <translation>Maes cod trosedd neu gategori</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="70" />
      <source>Harm table</source>
      <translation>Tabl niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="77" />
      <source>Custom harm table (CSV)</source>
      <translation>Tabl niwed wedi'i addasu (CSV)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="81" />
      <source>Codes with no weight</source>
      <translation>Codau heb bwysiad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="87" />
      <source>Default weight</source>
      <translation>Pwysiad rhagosodedig</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="91" />
      <source>Date field</source>
      <translation>Maes dyddiad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="101" />
      <source>Filter events</source>
      <translation>Hidlo digwyddiadau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="407" />
      <source>Layer '{0}', field '{1}': {2} code(s) have no weight in harm table '{3}': {4}. Add them to a custom table or choose another 'Codes with no weight' option.</source>
      <translation>Haen '{0}', maes '{1}': nid oes gan {2} cod bwysiad yn y tabl niwed '{3}': {4}. Ychwanegwch nhw at dabl wedi'i addasu neu ddewiswch opsiwn 'Codau heb bwysiad' arall.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="350" />
      <source>Layer '{0}' has no field '{1}' for offence codes. Fields: {2}</source>
      <translation>Nid oes gan yr haen '{0}' faes '{1}' ar gyfer codau troseddau. Meysydd: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="354" />
      <source>Field '{0}' of layer '{1}' is of type {2}; offence codes must be text or whole numbers.</source>
      <translation>Mae'r maes '{0}' yn yr haen '{1}' o'r math {2}; rhaid i godau troseddau fod yn destun neu'n rhifau cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="358" />
      <source>Field '{0}' of layer '{1}' holds numbers; they are matched as text codes.</source>
      <translation>Mae'r maes '{0}' yn yr haen '{1}' yn dal rhifau; cânt eu paru fel codau testun.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="371" />
      <source>A period (start or end) needs a date field on layer '{0}'.</source>
      <translation>Mae angen maes dyddiad ar yr haen '{0}' ar gyfer cyfnod (dechrau neu ddiwedd).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="377" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="320" />
      <source>Layer '{0}' ({1}) is reprojected to the areas' CRS ({2}).</source>
      <translation>Caiff yr haen '{0}' ({1}) ei hail-daflunio i CRS yr ardaloedd ({2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="422" />
      <source>Field '{0}' of layer '{1}' has dates that cannot be read, e.g. {2}; those records are invalid for the period.</source>
      <translation>Mae gan y maes '{0}' yn yr haen '{1}' ddyddiadau na ellir eu darllen, e.e. {2}; mae'r cofnodion hynny'n annilys ar gyfer y cyfnod.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="435" />
      <source>Layer '{0}' has no records.</source>
      <translation>Nid oes gan yr haen '{0}' gofnodion.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="71" />
      <source>ONS Crime Severity Score by Home Office offence code</source>
      <translation>Sgôr Difrifoldeb Troseddau SYG yn ôl cod trosedd y Swyddfa Gartref</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="72" />
      <source>ONS Crime Severity Score by data.police.uk category</source>
      <translation>Sgôr Difrifoldeb Troseddau SYG yn ôl categori data.police.uk</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="82" />
      <source>Fail</source>
      <translation>Methu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="82" />
      <source>Weight 0 (warn)</source>
      <translation>Pwysiad 0 (rhybuddio)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="82" />
      <source>Default weight (warn)</source>
      <translation>Pwysiad rhagosodedig (rhybuddio)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="173" />
      <source>Cannot read the harm table {0}: {1}</source>
      <translation>Nid oes modd darllen y tabl niwed {0}: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="363" />
      <source>Layer '{0}' has no date field '{1}'.</source>
      <translation>Nid oes gan yr haen '{0}' faes dyddiad '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="365" />
      <source>Field '{0}' of layer '{1}' is of type {2}; a date field must be a date, date-time or text.</source>
      <translation>Mae'r maes '{0}' yn yr haen '{1}' o'r math {2}; rhaid i faes dyddiad fod yn ddyddiad, yn ddyddiad-amser neu'n destun.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="380" />
      <source>Layer '{0}' is in {1}: without the OSTN15 grid installed, QGIS converts to British National Grid with a Helmert transform accurate to a few metres; records near a boundary may fall on the other side.</source>
      <translation>Mae'r haen '{0}' yn {1}: heb osod y grid OSTN15, mae QGIS yn trosi i Grid Cenedlaethol Prydain gyda thrawsffurfiad Helmert sy'n gywir i o fewn ychydig fetrau; gall cofnodion ger ffin ddisgyn yr ochr arall iddi.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="447" />
      <source>{0} records with {1} code(s) not in harm table '{2}' weigh 0: {3}</source>
      <translation>Mae gan {0} o gofnodion â {1} cod nad ydynt yn y tabl niwed '{2}' bwysiad o 0: {3}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="461" />
      <source>{0} records are anti-social behaviour or another category with no Crime Severity Score: they weigh 0.</source>
      <translation>Mae {0} o gofnodion yn ymddygiad gwrthgymdeithasol neu'n gategori arall heb Sgôr Difrifoldeb Troseddau: eu pwysiad yw 0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="450" />
      <source>{0} records with {1} code(s) not in harm table '{2}' weigh the default {3}: {4}</source>
      <translation>Mae gan {0} o gofnodion â {1} cod nad ydynt yn y tabl niwed '{2}' y pwysiad rhagosodedig {3}: {4}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/harm.py" line="464" />
      <source>{0} records matched table rows flagged '{1}'.</source>
      <translation>Cyfatebodd {0} o gofnodion i resi tabl wedi'u nodi'n '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="65" />
      <source>Which areas count as each area's neighbours. Contiguity suits areas that tile the force (wards, LSOAs, grid cells). Distance band: every area whose centre lies within the distance (needs a projected CRS). K nearest: the K areas with the nearest centres (every area gets K neighbours).</source>
      <translation>Pa ardaloedd sy'n cyfrif fel cymdogion pob ardal. Mae cyffiniaeth yn addas i ardaloedd sy'n teilio'r heddlu (wardiau, ACEHI, celloedd grid). Band pellter: pob ardal y mae ei chanol o fewn y pellter (mae angen CRS wedi'i daflunio). K agosaf: y K ardal sydd â'r canolau agosaf (mae pob ardal yn cael K cymydog).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="72" />
      <source>With a distance band: the distance between area centres (centroids) within which areas are neighbours, in the layer's units.</source>
      <translation>Gyda band pellter: y pellter rhwng canolau ardaloedd (canolbwyntiau) y mae ardaloedd o'i fewn yn gymdogion, yn unedau'r haen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="77" />
      <source>With k nearest: how many neighbours each area gets.</source>
      <translation>Gyda k agosaf: faint o gymdogion y mae pob ardal yn eu cael.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="102" />
      <source>Testing hundreds of areas at once finds some 'significant' ones by chance. The false discovery rate keeps the share of false hot spots among those found near the chosen level; Bonferroni is the strictest.</source>
      <translation>Mae profi cannoedd o ardaloedd ar unwaith yn canfod rhai 'arwyddocaol' ar hap. Mae'r gyfradd darganfyddiadau ffug yn cadw cyfran y mannau poeth ffug ymhlith y rhai a ganfyddir yn agos at y lefel a ddewiswyd; Bonferroni yw'r llymaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="108" />
      <source>An area is significant where its corrected p-value is below this (0.05: 95 % confidence). The confidence bins (99, 95, 90 %) do not depend on it.</source>
      <translation>Mae ardal yn arwyddocaol lle mae ei gwerth p wedi'i gywiro yn is na hyn (0.05: hyder 95 %). Nid yw'r biniau hyder (99, 95, 90 %) yn dibynnu arno.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="392" />
      <source>Every area with a value has all the other areas as neighbours (the distance band or K reaches them all): choose fewer neighbours.</source>
      <translation>Mae gan bob ardal sydd â gwerth yr holl ardaloedd eraill yn gymdogion (mae'r band pellter neu K yn eu cyrraedd i gyd): dewiswch lai o gymdogion.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="394" />
      <source>No area with a value has a neighbour with a value: choose a distance band or K nearest.</source>
      <translation>Nid oes gan yr un ardal sydd â gwerth gymydog sydd â gwerth: dewiswch fand pellter neu K agosaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="61" />
      <source>Neighbours</source>
      <translation>Cymdogion</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="70" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="63" />
      <source>Distance band</source>
      <translation>Band pellter</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="75" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="63" />
      <source>K nearest</source>
      <translation>K agosaf</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="82" />
      <source>Divide each area's weights by their total. With the neighbour choices here every neighbour weighs the same, so z-scores and p-values do not change; only the size of local Moran's I does.</source>
      <translation>Rhannu pwysiadau pob ardal â'u cyfanswm. Gyda'r dewisiadau cymdogion yma mae pwysiad pob cymydog yr un fath, felly nid yw sgorau z a gwerthoedd p yn newid; dim ond maint I Moran lleol sy'n newid.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="90" />
      <source>0: p-values from the normal distribution (analytical z only). Otherwise conditional permutations: each area keeps its value and the other values are shuffled over its neighbours this many times; p = twice the smaller tail. The smallest possible p is 2/(permutations + 1).</source>
      <translation>0: gwerthoedd p o'r dosraniad normal (z dadansoddol yn unig). Fel arall, trynewidiadau amodol: mae pob ardal yn cadw ei gwerth a chaiff y gwerthoedd eraill eu cymysgu dros ei chymdogion y nifer hwn o weithiau; p = dwywaith y gynffon leiaf. Y p lleiaf posibl yw 2/(trynewidiadau + 1).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="97" />
      <source>Seed of the permutations: the same seed gives the same p-values on every run.</source>
      <translation>Hedyn y trynewidiadau: mae'r un hedyn yn rhoi'r un gwerthoedd p bob tro.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="99" />
      <source>Correction for testing every area</source>
      <translation>Cywiriad am brofi pob ardal</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="276" />
      <source>Neighbours ({0}): {1} areas, {2:.1f} neighbours on average (fewest {3}, most {4}), built in {5:.2f} s</source>
      <translation>Cymdogion ({0}): {1} o ardaloedd, {2:.1f} cymydog ar gyfartaledd (lleiaf {3}, mwyaf {4}), wedi'u hadeiladu mewn {5:.2f} s</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="80" />
      <source>Row-standardise the weights</source>
      <translation>Safoni'r pwysiadau fesul rhes</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="88" />
      <source>Permutations</source>
      <translation>Trynewidiadau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="208" />
      <source>Layer '{0}' given as {1} holds {2} geometries; hot spot statistics need polygons (areas or grid cells).</source>
      <translation>Mae'r haen '{0}' a roddwyd fel {1} yn dal geometregau o'r math {2}; mae ystadegau mannau poeth angen polygonau (ardaloedd neu gelloedd grid).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="282" />
      <source>{0} area(s) shared no vertex with any other area; their neighbours were found by testing the geometries.</source>
      <translation>Nid oedd {0} ardal yn rhannu fertig ag unrhyw ardal arall; canfuwyd eu cymdogion drwy brofi'r geometregau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="287" />
      <source>Layer '{0}': {1} area(s) have no neighbours (islands) and get no statistic (status no_neighbours): feature ids {2}. A distance band or k nearest gives every area neighbours.</source>
      <translation>Haen '{0}': nid oes gan {1} ardal gymdogion (ynysoedd) ac nid ydynt yn cael ystadegyn (statws no_neighbours): dynodyddion nodweddion {2}. Mae band pellter neu k agosaf yn rhoi cymdogion i bob ardal.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="377" />
      <source>K nearest (K) is {0}, but layer '{1}' has {2} areas with a geometry: with K of {3} or more every area's neighbours are all the other areas, so no area can differ from its neighbours and none can be tested. Choose K below {3} (8 is usual), or contiguity.</source>
      <translation>Mae K agosaf (K) yn {0}, ond mae gan yr haen '{1}' {2} ardal â geometreg: gyda K o {3} neu fwy, cymdogion pob ardal yw'r holl ardaloedd eraill, felly ni all yr un ardal fod yn wahanol i'w chymdogion ac ni ellir profi'r un. Dewiswch K o dan {3} (8 yw'r arfer), neu gyffiniaeth.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="396" />
      <source>Layer '{0}': no area could be tested ({1}). {2}</source>
      <translation>Haen '{0}': nid oedd modd profi'r un ardal ({1}). {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="399" />
      <source>Layer '{0}': {1} area(s) have all the other areas with a value as neighbours, so their statistic is undefined (status undefined): feature ids {2}. Choose fewer neighbours (a smaller distance band or K).</source>
      <translation>Haen '{0}': mae gan {1} ardal yr holl ardaloedd eraill sydd â gwerth yn gymdogion, felly nid yw eu hystadegyn wedi'i ddiffinio (statws undefined): dynodyddion nodweddion {2}. Dewiswch lai o gymdogion (band pellter neu K llai).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="411" />
      <source>Layer '{0}', field '{1}': {2} area(s) hold a value that is infinite or larger in size than {3}, e.g. {4}: feature ids {5}. Correct or remove these values (an area with no value, NULL, is left out).</source>
      <translation>Haen '{0}', maes '{1}': mae {2} ardal yn dal gwerth sy'n anfeidraidd neu'n fwy o ran maint na {3}, e.e. {4}: dynodyddion nodweddion {5}. Cywirwch neu ddilëwch y gwerthoedd hyn (caiff ardal heb werth, NULL, ei hepgor).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="420" />
      <source>Layer '{0}': only {1} areas have a value. Local statistics need about 30 areas or more to be trusted.</source>
      <translation>Haen '{0}': dim ond {1} ardal sydd â gwerth. Mae ystadegau lleol angen tua 30 ardal neu fwy i fod yn ddibynadwy.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="427" />
      <source>Layer '{0}', field '{1}': {2} area(s) have no value (NULL). They are left out of the statistic, never counted as 0, and written with empty results and status null_value: feature ids {3}.</source>
      <translation>Haen '{0}', maes '{1}': nid oes gan {2} ardal werth (NULL). Cânt eu hepgor o'r ystadegyn, byth eu cyfrif fel 0, a'u hysgrifennu gyda chanlyniadau gwag a'r statws null_value: dynodyddion nodweddion {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="436" />
      <source>Layer '{0}': {1} area(s) have no geometry and get no statistic (status no_geometry): feature ids {2}.</source>
      <translation>Haen '{0}': nid oes geometreg gan {1} ardal ac nid ydynt yn cael ystadegyn (statws no_geometry): dynodyddion nodweddion {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="443" />
      <source>With {0} permutations the smallest p-value is {1:.4f}; after the {2} correction over {3} areas none can be below {4}. Use more permutations.</source>
      <translation>Gyda {0} o drynewidiadau, y gwerth p lleiaf yw {1:.4f}; ar ôl y cywiriad {2} dros {3} o ardaloedd, ni all yr un fod o dan {4}. Defnyddiwch fwy o drynewidiadau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="459" />
      <source>{0} area(s) have the smallest p-value {1} permutations can give ({2:.4f}) but are not significant after the {3} correction over {4} areas. More permutations would tell them apart.</source>
      <translation>Mae gan {0} ardal y gwerth p lleiaf y gall {1} o drynewidiadau ei roi ({2:.4f}) ond nid ydynt yn arwyddocaol ar ôl y cywiriad {3} dros {4} o ardaloedd. Byddai mwy o drynewidiadau yn gwahaniaethu rhyngddynt.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="62" />
      <source>Queen contiguity (sharing a boundary or a corner)</source>
      <translation>Cyffiniaeth brenhines (rhannu ffin neu gornel)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="62" />
      <source>Rook contiguity (sharing a boundary)</source>
      <translation>Cyffiniaeth castell (rhannu ffin)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="100" />
      <source>None</source>
      <translation>Dim</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="100" />
      <source>False discovery rate (Benjamini-Hochberg)</source>
      <translation>Cyfradd darganfyddiadau ffug (Benjamini-Hochberg)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="100" />
      <source>Bonferroni</source>
      <translation>Bonferroni</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="266" />
      <source>Choose a distance band greater than 0 (DISTANCE).</source>
      <translation>Dewiswch fand pellter sy'n fwy na 0 (DISTANCE).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="272" />
      <source>Layer '{0}', feature id {1}: {2}</source>
      <translation>Haen '{0}', dynodydd nodwedd {1}: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="320" />
      <source>Layer '{0}' has no field '{1}'.{2} Fields: {3}</source>
      <translation>Nid oes gan yr haen '{0}' faes '{1}'.{2} Meysydd: {3}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="359" />
      <source>Layer '{0}', field '{1}': every area has the same value, so no area can stand out.</source>
      <translation>Haen '{0}', maes '{1}': mae gan bob ardal yr un gwerth, felly ni all yr un ardal sefyll allan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/neighbours.py" line="363" />
      <source>Layer '{0}', field '{1}': {2}</source>
      <translation>Haen '{0}', maes '{1}': {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="29" />
      <source>Previous period of equal length</source>
      <translation>Y cyfnod blaenorol o'r un hyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="29" />
      <source>Same period a year earlier</source>
      <translation>Yr un cyfnod flwyddyn yn gynharach</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="29" />
      <source>Mean of the previous N periods</source>
      <translation>Cymedr yr N cyfnod blaenorol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="50" />
      <source>What the current period is compared with: the period of the same length just before it; the same period a year earlier (the default: it removes the seasons); or the mean of the N periods of the same length before it. A current period of whole months has baselines of whole months.</source>
      <translation>Yr hyn y caiff y cyfnod presennol ei gymharu ag ef: y cyfnod o'r un hyd yn union cyn hynny; yr un cyfnod flwyddyn yn gynharach (y rhagosodiad: mae'n dileu effaith y tymhorau); neu gymedr yr N cyfnod o'r un hyd cyn hynny. Mae gan gyfnod presennol o fisoedd cyfan linellau sylfaen o fisoedd cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="56" />
      <source>With 'Mean of the previous N periods': how many periods. Periods the data do not wholly cover are left out of the mean, and the log says so.</source>
      <translation>Gyda 'Cymedr yr N cyfnod blaenorol': faint o gyfnodau. Caiff cyfnodau nad yw'r data yn eu cwmpasu'n llwyr eu hepgor o'r cymedr, ac mae'r log yn dweud hynny.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="61" />
      <source>A change is significant when its p-value is below this. With many areas some will pass by chance: at 0.05, about 1 in 20 areas with no real change.</source>
      <translation>Mae newid yn arwyddocaol pan fo'i werth p yn is na hyn. Gyda llawer o ardaloedd, bydd rhai yn pasio ar hap: ar 0.05, tua 1 o bob 20 ardal heb newid go iawn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="65" />
      <source>Seed of the Monte Carlo test of harm (used only where harm_test is monte_carlo): the same seed gives the same p-values.</source>
      <translation>Hedyn prawf Monte Carlo y niwed (dim ond lle mae harm_test yn monte_carlo y'i defnyddir): mae'r un hedyn yn rhoi'r un gwerthoedd p.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="133" />
      <source>Periods cannot be compared: {0}</source>
      <translation>Nid oes modd cymharu'r cyfnodau: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="37" />
      <source>Current period start</source>
      <translation>Dechrau'r cyfnod presennol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="41" />
      <source>Current period end</source>
      <translation>Diwedd y cyfnod presennol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="49" />
      <source>Baseline</source>
      <translation>Llinell sylfaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="54" />
      <source>N (periods in a mean baseline)</source>
      <translation>N (cyfnodau yng nghymedr y llinell sylfaen)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="109" />
      <source>The current period starts ({0}) after it ends ({1}).</source>
      <translation>Mae'r cyfnod presennol yn dechrau ({0}) ar ôl iddo orffen ({1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="111" />
      <source>The current period {0} is longer than a year: the same period a year earlier would overlap it. Choose another baseline or a shorter period.</source>
      <translation>Mae'r cyfnod presennol {0} yn hwy na blwyddyn: byddai'r un cyfnod flwyddyn yn gynharach yn gorgyffwrdd ag ef. Dewiswch linell sylfaen arall neu gyfnod byrrach.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="114" />
      <source>The current period {0} lies outside the data of {1}, which cover {2}: there is nothing to compare.</source>
      <translation>Mae'r cyfnod presennol {0} y tu allan i ddata {1}, sy'n cwmpasu {2}: nid oes dim i'w gymharu.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="118" />
      <source>The baseline {0} ({1} period(s)) lies outside the data of {2}, which cover {3}: the baseline is longer than the data before the current period. Choose a later current period, a shorter baseline or fewer periods.</source>
      <translation>Mae'r llinell sylfaen {0} ({1} cyfnod) y tu allan i ddata {2}, sy'n cwmpasu {3}: mae'r llinell sylfaen yn hwy na'r data cyn y cyfnod presennol. Dewiswch gyfnod presennol diweddarach, llinell sylfaen fyrrach neu lai o gyfnodau.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="123" />
      <source>No record of {0} at all falls in the current period {1}: the data for it are most likely missing (data.police.uk lacks some months for some forces). Choose another period.</source>
      <translation>Nid oes yr un o gofnodion {0} o gwbl yn y cyfnod presennol {1}: mae'n fwyaf tebygol bod y data ar ei gyfer ar goll (mae rhai misoedd ar goll o data.police.uk ar gyfer rhai heddluoedd). Dewiswch gyfnod arall.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="127" />
      <source>No record of {0} at all falls in the baseline period(s) {1}: the data for them are most likely missing. Choose another baseline (e.g. the mean of the previous N periods, which leaves such periods out).</source>
      <translation>Nid oes yr un o gofnodion {0} o gwbl yn y cyfnod(au) sylfaen {1}: mae'n fwyaf tebygol bod y data ar eu cyfer ar goll. Dewiswch linell sylfaen arall (e.e. cymedr yr N cyfnod blaenorol, sy'n hepgor cyfnodau o'r fath).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="132" />
      <source>No record of {0} has a date that can be read.</source>
      <translation>Nid oes gan yr un o gofnodion {0} ddyddiad y gellir ei ddarllen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="91" />
      <source>No current period end given: using {0}.</source>
      <translation>Ni roddwyd diwedd i'r cyfnod presennol: defnyddir {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="94" />
      <source>No current period start given: using {0}.</source>
      <translation>Ni roddwyd dechrau i'r cyfnod presennol: defnyddir {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="139" />
      <source>The dates are month-only, so the current period {0} is widened to whole months: {1}.</source>
      <translation>Mis yn unig yw'r dyddiadau, felly caiff y cyfnod presennol {0} ei ehangu i fisoedd cyfan: {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="143" />
      <source>The data ({0}) cover only part of the current period {1}: it is compared as {2}, and every baseline period is cut the same way. It is never compared as if whole.</source>
      <translation>Dim ond rhan o'r cyfnod presennol {1} y mae'r data ({0}) yn ei chwmpasu: caiff ei gymharu fel {2}, a chaiff pob cyfnod sylfaen ei docio yn yr un ffordd. Ni chaiff byth ei gymharu fel pe bai'n gyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="148" />
      <source>The data ({0}) cover only part of the baseline period {1}: it is compared as {2}, and the current period is cut the same way.</source>
      <translation>Dim ond rhan o'r cyfnod sylfaen {1} y mae'r data ({0}) yn ei chwmpasu: caiff ei gymharu fel {2}, a chaiff y cyfnod presennol ei docio yn yr un ffordd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="152" />
      <source>No record at all falls in baseline period(s) {0} (missing data?): they are left out, and the baseline is the mean of {1} period(s), not {2}.</source>
      <translation>Nid oes yr un cofnod o gwbl yn y cyfnod(au) sylfaen {0} (data ar goll?): cânt eu hepgor, a'r llinell sylfaen yw cymedr {1} cyfnod, nid {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/periods.py" line="157" />
      <source>The data do not wholly cover baseline period(s) {0}: the baseline is the mean of {1} period(s), not {2}.</source>
      <translation>Nid yw'r data yn cwmpasu'r cyfnod(au) sylfaen {0} yn llwyr: y llinell sylfaen yw cymedr {1} cyfnod, nid {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="29" />
      <source>Layer '{0}': {1} record(s) lie absurdly far away (a coordinate beyond ±{2:,.0f} map units, farther than any place on Earth in any coordinate system): they are counted as invalid (feature ids {3}).</source>
      <translation>Haen '{0}': mae {1} cofnod yn hurt o bell (cyfesuryn y tu hwnt i ±{2:,.0f} o unedau map, yn bellach nag unrhyw le ar y Ddaear mewn unrhyw system gyfesurynnau): cânt eu cyfrif fel invalid (dynodyddion nodweddion {3}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="36" />
      <source>Layer '{0}': {1} of {2} record(s) have a geometry that is not a point, or a coordinate that is not a number (NaN or infinite): they are counted as invalid (feature ids {3}).</source>
      <translation>Haen '{0}': mae {1} o'r {2} cofnod â geometreg nad yw'n bwynt, neu â chyfesuryn nad yw'n rhif (NaN neu anfeidraidd): cânt eu cyfrif fel invalid (dynodyddion nodweddion {3}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="50" />
      <source>Layer '{0}' given as {1} has no geometry: all {2} records are counted as no_geometry and none is placed in an area.</source>
      <translation>Nid oes geometreg gan yr haen '{0}' a roddwyd fel {1}: caiff pob un o'r {2} o gofnodion eu cyfrif fel no_geometry ac ni chaiff yr un ei osod mewn ardal.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="55" />
      <source>Layer '{0}' given as {1} holds {2} geometries, not points: all {3} records are counted as invalid and none is placed in an area. Choose a point layer, or make points first (e.g. with Centroids).</source>
      <translation>Mae'r haen '{0}' a roddwyd fel {1} yn dal geometregau o'r math {2}, nid pwyntiau: caiff pob un o'r {3} o gofnodion eu cyfrif fel invalid ac ni chaiff yr un ei osod mewn ardal. Dewiswch haen bwyntiau, neu grëwch bwyntiau yn gyntaf (e.e. gyda'r algorithm Centroids).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="70" />
      <source>Layer '{0}' has no CRS and its coordinates look like longitude and latitude in degrees (all {1} located records lie within ±180, ±90): distances and sizes would be in degrees. Set the layer's CRS (e.g. EPSG:4326 for GPS coordinates) and reproject it to a projected CRS such as EPSG:27700 first.</source>
      <translation>Nid oes gan yr haen '{0}' CRS ac mae ei chyfesurynnau'n edrych fel hydred a lledred mewn graddau (mae pob un o'r {1} o gofnodion â lleoliad o fewn ±180, ±90): byddai pellteroedd a meintiau mewn graddau. Gosodwch CRS yr haen (e.e. EPSG:4326 ar gyfer cyfesurynnau GPS) a'i hail-daflunio i CRS wedi'i daflunio, fel EPSG:27700, yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="77" />
      <source>Layer '{0}' has no CRS: its coordinates are used as they are, in units nobody stated.</source>
      <translation>Nid oes gan yr haen '{0}' CRS: caiff ei chyfesurynnau eu defnyddio fel y maent, mewn unedau na nododd neb.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="80" />
      <source>Layer '{0}' has no CRS and its coordinates look like longitude and latitude in degrees (all {1} located records lie within ±180, ±90), but with no CRS they are taken as {2}, where they lie far from the areas: expect them outside. Set the layer's CRS (e.g. EPSG:4326 for GPS coordinates) and run again.</source>
      <translation>Nid oes gan yr haen '{0}' CRS ac mae ei chyfesurynnau'n edrych fel hydred a lledred mewn graddau (mae pob un o'r {1} o gofnodion â lleoliad o fewn ±180, ±90), ond heb CRS cânt eu trin fel {2}, lle maent ymhell o'r ardaloedd: disgwyliwch iddynt fod y tu allan. Gosodwch CRS yr haen (e.e. EPSG:4326 ar gyfer cyfesurynnau GPS) a rhedwch eto.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/point_checks.py" line="88" />
      <source>Layer '{0}' has no CRS: its coordinates are taken to be in the areas' CRS ({1}).</source>
      <translation>Nid oes gan yr haen '{0}' CRS: tybir bod ei chyfesurynnau yn CRS yr ardaloedd ({1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="42" />
      <source>A harm scheme file: its measures, where their records come from and how each is weighted. The plugin ships three in its resources/schemes folder: soc_place_harm.json (SOC place-based harm, nine measures), consumer_detriment.json and neighbourhood_policeuk.json.</source>
      <translation>Ffeil cynllun niwed: ei fesurau, o ble y daw eu cofnodion a sut y caiff pob un ei bwysoli. Mae'r ategyn yn cynnwys tri yn ei ffolder resources/schemes: soc_place_harm.json (niwed SOC ar sail lle, naw mesur), consumer_detriment.json a neighbourhood_policeuk.json.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="49" />
      <source>Layers that replace the scheme's sources of the same name (the layer's name, its table name in a GeoPackage, or its file name). A scheme layer not given here is looked for in the project by name, or read from the path the scheme gives. When the scheme reads a single layer and one layer is given, that layer is used whatever its name.</source>
      <translation>Haenau sy'n disodli ffynonellau'r cynllun sydd â'r un enw (enw'r haen, enw ei thabl mewn GeoPackage, neu enw ei ffeil). Os na roddir haen cynllun yma, chwilir amdani yn y prosiect yn ôl ei henw, neu gaiff ei darllen o'r llwybr y mae'r cynllun yn ei roi. Pan fo'r cynllun yn darllen un haen ac un haen yn cael ei rhoi, defnyddir yr haen honno beth bynnag yw ei henw.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="61" />
      <source>Choose a harm scheme file (SCHEME).</source>
      <translation>Dewiswch ffeil cynllun niwed (SCHEME).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="334" />
      <source>Scheme '{0}', measure '{1}', key 'filter'</source>
      <translation>Cynllun '{0}', mesur '{1}', allwedd 'filter'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="40" />
      <source>Harm scheme (JSON)</source>
      <translation>Cynllun niwed (JSON)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="47" />
      <source>Layers for the scheme</source>
      <translation>Haenau ar gyfer y cynllun</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="322" />
      <source>Reading layer '{0}' for scheme layer '{1}'</source>
      <translation>Darllen yr haen '{0}' ar gyfer haen y cynllun '{1}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="95" />
      <source>The scheme reads one layer, '{0}': using layer '{1}'.</source>
      <translation>Mae'r cynllun yn darllen un haen, '{0}': defnyddir yr haen '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="107" />
      <source>Scheme '{0}' needs layer(s) {1}, which are not among the LAYERS given ({2}), the project's layers or files. Add them to LAYERS (named as the scheme names them).</source>
      <translation>Mae'r cynllun '{0}' angen yr haen/haenau {1}, nad ydynt ymhlith y LAYERS a roddwyd ({2}), haenau'r prosiect na ffeiliau. Ychwanegwch nhw at LAYERS (wedi'u henwi fel y mae'r cynllun yn eu henwi).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="65" />
      <source>Harm scheme problem: {0}</source>
      <translation>Problem gyda'r cynllun niwed: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="165" />
      <location filename="../soc_harm_plugin/processing_provider/inputs/scheme.py" line="313" />
      <source>Scheme '{0}', measure '{1}': layer '{2}' has no field '{3}'. Its fields: {4}</source>
      <translation>Cynllun '{0}', mesur '{1}': nid oes gan yr haen '{2}' faes '{3}'. Ei meysydd: {4}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="110" />
      <source>cells</source>
      <translation>celloedd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="112" />
      <source>Layer '{0}': none of its {1} records was counted in any cell, so every cell scores 0: {2}.</source>
      <translation>Haen '{0}': ni chafodd yr un o'i {1} o gofnodion ei gyfrif mewn unrhyw gell, felly mae pob cell yn sgorio 0: {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="116" />
      <source>Layer '{0}': none of its {1} records was counted in any area of '{2}', so every area scores 0: {3}.</source>
      <translation>Haen '{0}': ni chafodd yr un o'i {1} o gofnodion ei gyfrif mewn unrhyw ardal yn '{2}', felly mae pob ardal yn sgorio 0: {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="74" />
      <source>{0} lie outside every one of the {1}</source>
      <translation>mae {0} y tu allan i bob un o'r {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="76" />
      <source> (the records lie within {0}, the {1} within {2}: are both layers in the right place and CRS?)</source>
      <translation> (mae'r cofnodion o fewn {0}, a'r {1} o fewn {2}: a yw'r ddwy haen yn y lle cywir a'r CRS cywir?)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="85" />
      <source>{0} have an invalid location or, for the period, a date that cannot be read</source>
      <translation>mae gan {0} leoliad annilys neu, ar gyfer y cyfnod, ddyddiad na ellir ei ddarllen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="90" />
      <source>{0} fall outside the period {1} to {2}</source>
      <translation>mae {0} y tu allan i'r cyfnod {1} i {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="92" />
      <source> (their dates run from {0} to {1})</source>
      <translation> (mae eu dyddiadau'n rhedeg o {0} i {1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/nothing_counted.py" line="95" />
      <source>{0} are {1}</source>
      <translation>mae gan {0} y statws {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/outputs/areas.py" line="109" />
      <source>A geometry of type {0} could not be made multi-part for the output.</source>
      <translation>Nid oedd modd gwneud geometreg o'r math {0} yn aml-ran ar gyfer yr allbwn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="65" />
      <source>SOC Harm {0}</source>
      <translation>SOC Harm {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/processing_provider/provider.py" line="76" />
      <source>SOC Harm needs the Python packages {0}, which this QGIS cannot import, so its algorithms are not loaded. The QGIS installers for Windows include them; on Debian or Ubuntu install python3-pandas and python3-shapely.</source>
      <translation>Mae SOC Harm angen y pecynnau Python {0}, na all y QGIS hwn eu mewnforio, felly ni chaiff ei algorithmau eu llwytho. Mae gosodwyr QGIS ar gyfer Windows yn eu cynnwys; ar Debian neu Ubuntu, gosodwch python3-pandas a python3-shapely.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/area_layers.py" line="68" />
      <source>Areas cannot be measured on the unknown ellipsoid '{0}': choose another in the project's properties.</source>
      <translation>Nid oes modd mesur ardaloedd ar yr elipsoid anhysbys '{0}': dewiswch un arall ym mhriodweddau'r prosiect.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/area_repair.py" line="129" />
      <source>A repaired area's part of type {0} could not be kept as a polygon.</source>
      <translation>Nid oedd modd cadw rhan o'r math {0} o ardal a atgyweiriwyd fel polygon.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="216" />
      <source>Score harm by area (socharm:scoreharm) or Score areas with a harm scheme (socharm:scorescheme)</source>
      <translation>Sgorio niwed fesul ardal (socharm:scoreharm) neu Sgorio ardaloedd gyda chynllun niwed (socharm:scorescheme)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="213" />
      <source>Compare harm between periods (socharm:harmchange)</source>
      <translation>Cymharu niwed rhwng cyfnodau (socharm:harmchange)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="215" />
      <source>Harm hotspots (socharm:hotspots)</source>
      <translation>Mannau poeth niwed (socharm:hotspots)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="319" />
      <source>the zones map (ZONES) or table (OUTPUT) of Intervention impact</source>
      <translation>map parthau (ZONES) neu dabl (OUTPUT) 'Effaith ymyriad'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="329" />
      <source>the COHORTS table of Referral impact</source>
      <translation>tabl COHORTS 'Effaith atgyfeirio'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="135" />
      <source>The {0} layer cannot be read.</source>
      <translation>Nid oes modd darllen yr haen {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="139" />
      <source>Layer '{0}' ({1}) has none of the fields {2}: give a layer written by SOC Harm's {3}.</source>
      <translation>Nid oes gan yr haen '{0}' ({1}) yr un o'r meysydd {2}: rhowch haen a ysgrifennwyd gan algorithm SOC Harm {3}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="143" />
      <source>Layer '{0}' ({1}) has no features: there is nothing to brief on.</source>
      <translation>Nid oes gan yr haen '{0}' ({1}) nodweddion: nid oes dim i'w gynnwys yn y briff.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="153" />
      <source>Layer '{0}' ({1}) has no area id field.</source>
      <translation>Nid oes gan yr haen '{0}' ({1}) faes dynodydd ardal.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="158" />
      <source>Layer '{0}': the area name field '{1}' identifies a person, so areas are labelled by '{2}'.</source>
      <translation>Haen '{0}': mae'r maes enw ardal '{1}' yn adnabod person, felly caiff ardaloedd eu labelu yn ôl '{2}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="204" />
      <source>Layer '{0}': the area id field '{1}' identifies a person, so areas are labelled by their rank.</source>
      <translation>Haen '{0}': mae'r maes dynodydd ardal '{1}' yn adnabod person, felly caiff ardaloedd eu labelu yn ôl eu safle.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="232" />
      <source>Area ranked {0}</source>
      <translation>Ardal yn safle {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="309" />
      <source>Layer '{0}' has no field {1}: give {2}.</source>
      <translation>Nid oes gan yr haen '{0}' faes {1}: rhowch {2}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/areas.py" line="322" />
      <source>Layer '{0}' carries no results of Intervention impact in its provenance: the 'Did it work?' page shows only the records and harm by zone.</source>
      <translation>Nid oes canlyniadau 'Effaith ymyriad' yn nharddiad yr haen '{0}': dim ond y cofnodion a'r niwed fesul parth y mae'r dudalen 'A weithiodd?' yn eu dangos.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="92" />
      <source>{0} · produced {1} with SOC Harm {2}</source>
      <translation>{0} · cynhyrchwyd {1} gyda SOC Harm {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="97" />
      <source>Page {0} of {1}</source>
      <translation>Tudalen {0} o {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="351" />
      <source>km</source>
      <translation>km</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="95" />
      <source>produced {0} with SOC Harm {1}</source>
      <translation>cynhyrchwyd {0} gyda SOC Harm {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="273" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/items.py" line="445" />
      <source>The table '{0}' has more rows than fit on its page: the last rows are left out.</source>
      <translation>Mae gan y tabl '{0}' fwy o resi nag sy'n ffitio ar ei dudalen: caiff y rhesi olaf eu hepgor.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/layers.py" line="50" />
      <source>Could not copy the fields {0} of layer '{1}' to draw them.</source>
      <translation>Nid oedd modd copïo meysydd {0} yr haen '{1}' i'w darlunio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/layers.py" line="76" />
      <source>Layer '{0}' has no spatial index: its maps are drawn more slowly.</source>
      <translation>Nid oes mynegai gofodol gan yr haen '{0}': caiff ei mapiau eu darlunio'n arafach.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/options.py" line="49" />
      <source>The atlas would have {0} pages, one for each area of layer '{1}', and a briefing pack's atlas has at most {2}. Filter the layer to the areas you need (e.g. one district, or the areas with the most harm), use a coarser geography with these areas as its detail areas (DETAIL), or turn the atlas off.</source>
      <translation>Byddai gan yr atlas {0} o dudalennau, un ar gyfer pob ardal yn yr haen '{1}', ac uchafswm atlas pecyn briffio yw {2}. Hidlwch yr haen i'r ardaloedd sydd eu hangen arnoch (e.e. un ardal weinyddol, neu'r ardaloedd â'r mwyaf o niwed), defnyddiwch ddaearyddiaeth frasach gyda'r ardaloedd hyn yn ardaloedd manwl (DETAIL), neu diffoddwch yr atlas.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/options.py" line="65" />
      <source>Cannot write the briefing pack to '{0}': it is a folder.</source>
      <translation>Nid oes modd ysgrifennu'r pecyn briffio i '{0}': ffolder ydyw.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/options.py" line="63" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/options.py" line="71" />
      <source>Cannot write the briefing pack to '{0}': {1}</source>
      <translation>Nid oes modd ysgrifennu'r pecyn briffio i '{0}': {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="174" />
      <source>[withheld]</source>
      <translation>[wedi'i ddal yn ôl]</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="317" />
      <source>Briefing pack laid out: {0} pages ({1}).</source>
      <translation>Gosodwyd y pecyn briffio: {0} o dudalennau ({1}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="101" />
      <source>Unknown marking '{0}': use one of {1}.</source>
      <translation>Marc diogelwch anhysbys '{0}': defnyddiwch un o {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="104" />
      <source>Unknown language '{0}': use one of {1}.</source>
      <translation>Iaith anhysbys '{0}': defnyddiwch un o: {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="117" />
      <source>Layer '{0}' has no harm_score field: score it with Score harm by area first.</source>
      <translation>Nid oes gan yr haen '{0}' faes harm_score: sgoriwch hi gyda 'Sgorio niwed fesul ardal' yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="195" />
      <source>The layout template '{0}' is missing: reinstall SOC Harm or restore the file.</source>
      <translation>Mae'r templed gosodiad '{0}' ar goll: ailosodwch SOC Harm neu adferwch y ffeil.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="201" />
      <source>The layout template '{0}' cannot be read as XML.</source>
      <translation>Nid oes modd darllen y templed gosodiad '{0}' fel XML.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="204" />
      <source>The layout template '{0}' has no page.</source>
      <translation>Nid oes tudalen yn y templed gosodiad '{0}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="312" />
      <source>{0} identifier values found in the pack's text were withheld.</source>
      <translation>Cafodd {0} o werthoedd dynodydd a ganfuwyd yn nhestun y pecyn eu dal yn ôl.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="357" />
      <source>Writing the briefing pack to '{0}' failed: {1}</source>
      <translation>Methodd ysgrifennu'r pecyn briffio i '{0}': {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="424" />
      <source>Writing page {0} of the briefing pack to '{1}' failed.</source>
      <translation>Methodd ysgrifennu tudalen {0} o'r pecyn briffio i '{1}'.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pack.py" line="135" />
      <source>No area of '{0}' matches an area of '{1}' by '{2}': the ranked table shows no change.</source>
      <translation>Nid oes yr un ardal yn '{0}' yn cyfateb i ardal yn '{1}' yn ôl '{2}': nid yw'r tabl safleoedd yn dangos newid.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="204" />
      <source>Before and after an operation: target, buffer and control</source>
      <translation>Cyn ac ar ôl ymgyrch: targed, clustogfa ac ardal reoli</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="95" />
      <source>Harm compared with the baseline</source>
      <translation>Niwed o'i gymharu â'r llinell sylfaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="97" />
      <source>What changed</source>
      <translation>Beth sydd wedi newid</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="103" />
      <source>No baseline</source>
      <translation>Dim llinell sylfaen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="106" />
      <source>Change in harm</source>
      <translation>Newid yn y niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="113" />
      <source>Change in harm (%)</source>
      <translation>Newid yn y niwed (%)</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="114" />
      <source>Full colour, thick outline: significant change. Pale: not significant. Grey: no % change (none in the baseline).</source>
      <translation>Lliw llawn, amlinell drwchus: newid arwyddocaol. Golau: ddim yn arwyddocaol. Llwyd: dim newid % (dim niwed yn y llinell sylfaen).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="133" />
      <source>Sorted: significant changes first, then by change.</source>
      <translation>Trefn: newidiadau arwyddocaol yn gyntaf, yna yn ôl newid.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="169" />
      <source>Where harm clusters</source>
      <translation>Lle mae niwed yn clystyru</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="185" />
      <source>Hot and cold spots of harm</source>
      <translation>Mannau poeth ac oer niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="190" />
      <source>A hot spot is an area whose harm, with its neighbours', is higher than chance would give across the whole force.</source>
      <translation>Man poeth yw ardal y mae ei niwed, ynghyd â niwed ei chymdogion, yn uwch na'r hyn a fyddai'n digwydd ar hap ar draws yr heddlu cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="194" />
      <source>Significant hot and cold spots</source>
      <translation>Mannau poeth ac oer arwyddocaol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="195" />
      <source>Hottest first, then the coldest; z-score of Gi*.</source>
      <translation>Y poethaf yn gyntaf, yna'r oeraf; sgôr z Gi*.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="210" />
      <source>Did it work?</source>
      <translation>A weithiodd?</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="228" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="218" />
      <source>Zones by result</source>
      <translation>Parthau yn ôl canlyniad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="229" />
      <source>Control: the rest of the force, or the control layer given (outlined).</source>
      <translation>Ardal reoli: gweddill yr heddlu, neu'r haen reoli a roddwyd (amlinell).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="239" />
      <source>The measures</source>
      <translation>Y mesurau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="357" />
      <source>This area</source>
      <translation>Yr ardal hon</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="440" />
      <source>Method, sources and data protection</source>
      <translation>Dull, ffynonellau a diogelu data</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="441" />
      <source>How the figures in this pack were made, and what it leaves out</source>
      <translation>Sut y lluniwyd y ffigurau yn y pecyn hwn, a'r hyn y mae'n ei hepgor</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="447" />
      <source>Each record counts once, in the area that holds it, weighted by the harm of its offence; an area's harm is the sum of its records' weights, and areas are ranked by it (1 = most harm).</source>
      <translation>Mae pob cofnod yn cyfrif unwaith, yn yr ardal sy'n ei ddal, wedi'i bwysoli yn ôl niwed ei drosedd; niwed ardal yw swm pwysiadau ei chofnodion, a chaiff ardaloedd eu graddio yn ôl hynny (1 = y mwyaf o niwed).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="530" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="60" />
      <source>Contains public sector information licensed under the Open Government Licence v3.0.</source>
      <translation>Yn cynnwys gwybodaeth sector cyhoeddus a drwyddedir o dan y Drwydded Llywodraeth Agored v3.0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="48" />
      <source>{0} ranked by harm · {1} · weights: {2}</source>
      <translation>{0} wedi'u graddio yn ôl niwed · {1} · pwysiadau: {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="82" />
      <source>Move: places up (▲) or down (▼) the ranking since the baseline. Change in bold colour is significant.</source>
      <translation>Symudiad: nifer y safleoedd i fyny (▲) neu i lawr (▼) y rhestr safleoedd ers y llinell sylfaen. Mae newid mewn lliw trwm yn arwyddocaol.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="87" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="195" />
      <source>Key points</source>
      <translation>Pwyntiau allweddol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="138" />
      <source>How to read it</source>
      <translation>Sut i'w ddarllen</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="240" />
      <source>What the measures say</source>
      <translation>Beth mae'r mesurau'n ei ddweud</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="405" />
      <source>Rank: across the whole force.</source>
      <translation>Safle: ar draws yr heddlu cyfan.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="409" />
      <source>Key figures</source>
      <translation>Ffigurau allweddol</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="409" />
      <source>Harm by measure</source>
      <translation>Niwed yn ôl mesur</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="422" />
      <source>no % change</source>
      <translation>dim newid %</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="442" />
      <source>Where the figures come from</source>
      <translation>O ble y daw'r ffigurau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="443" />
      <source>Every record accounted for</source>
      <translation>Pob cofnod wedi'i gyfrif</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="444" />
      <source>Data protection</source>
      <translation>Diogelu data</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="445" />
      <source>Sources and licences</source>
      <translation>Ffynonellau a thrwyddedau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="468" />
      <source>The scored layer carries no SOC Harm provenance.</source>
      <translation>Nid oes tarddiad SOC Harm gan yr haen wedi'i sgorio.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="495" />
      <source>No counts are suppressed (SUPPRESS_BELOW is 0).</source>
      <translation>Nid oes unrhyw niferoedd wedi'u hatal (mae SUPPRESS_BELOW yn 0).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="506" />
      <source>THIS PACK INCLUDES PERSONAL DATA: it was made with INCLUDE_PERSONAL. Handle it at the marking shown and share it only with those who need it.</source>
      <translation>MAE'R PECYN HWN YN CYNNWYS DATA PERSONOL: cafodd ei wneud gydag INCLUDE_PERSONAL. Triniwch ef yn unol â'r marc diogelwch a ddangosir, a'i rannu dim ond â'r rhai y mae arnynt ei angen.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="509" />
      <source>Safe to share: the pack names no person. No names, person or nominal ids, dates of birth, addresses, phone numbers or vehicle registrations appear in any table, label or sentence.</source>
      <translation>Diogel i'w rannu: nid yw'r pecyn yn enwi unrhyw berson. Nid oes enwau, dynodyddion personau nac unigolion enwol, dyddiadau geni, cyfeiriadau, rhifau ffôn na rhifau cofrestru cerbydau yn ymddangos mewn unrhyw dabl, label na brawddeg.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="519" />
      <source>No field of the layers looks like an identifier.</source>
      <translation>Nid oes yr un maes yn yr haenau yn edrych fel dynodydd.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="535" />
      <source>Harm weights: Office for National Statistics, Crime Severity Score (experimental statistics), Open Government Licence v3.0.</source>
      <translation>Pwysiadau niwed: Swyddfa Ystadegau Gwladol, Sgôr Difrifoldeb Troseddau (ystadegau arbrofol), Trwydded Llywodraeth Agored v3.0.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="53" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="389" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="337" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="376" />
      <source>Harm ({0})</source>
      <translation>Niwed ({0})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="58" />
      <source>Harm ({0}), {1}</source>
      <translation>Niwed ({0}), {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="60" />
      <source>Labels: harm rank of the top {0} {1} (1 = most harm; none on areas without harm). Classes: natural breaks (Jenks).</source>
      <translation>Labeli: safle niwed y {0} uchaf o'r {1} (1 = y mwyaf o niwed; dim ar ardaloedd heb niwed). Dosbarthiadau: toriadau naturiol (Jenks).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="78" />
      <source>Harm in {0}; share of the total across all {1}.</source>
      <translation>Niwed mewn {0}; cyfran o'r cyfanswm ar draws pob un o'r {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="85" />
      <source>Top {0} {1} by harm</source>
      <translation>{0} uchaf o'r {1} yn ôl niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="95" />
      <source>Harm {0} compared with {1}</source>
      <translation>Niwed yn y cyfnod {0} o'i gymharu â'r cyfnod {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="122" />
      <source>A change counts as significant when a test finds it unlikely to be chance (p &lt; {0}); the method page says which tests.</source>
      <translation>Mae newid yn cyfrif yn arwyddocaol pan fo prawf yn canfod ei bod yn annhebygol mai siawns ydyw (p &lt; {0}); mae tudalen y dull yn nodi pa brofion.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="127" />
      <source>Significant increases: {0}; significant decreases: {1}; too few records to tell: {2} (of {3} {4}).</source>
      <translation>Cynnydd arwyddocaol: {0}; gostyngiad arwyddocaol: {1}; rhy ychydig o gofnodion i farnu: {2} ({4}: {3} i gyd).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="137" />
      <source>Change by {0}</source>
      <translation>Newid yn ôl {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="170" />
      <source>Hot and cold spots of harm (Getis-Ord Gi*) across {0}</source>
      <translation>Mannau poeth ac oer niwed (Getis-Ord Gi*) ar draws pob un o'r {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="186" />
      <source>Confidence after any correction for multiple tests; dark outlines: {0}.</source>
      <translation>Hyder ar ôl unrhyw gywiriad ar gyfer profion lluosog; amlinellau tywyll: {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="207" />
      <source>After: {0} · before: {1}</source>
      <translation>Ar ôl: {0} · cyn: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="237" />
      <source>Intervals: {0} %. Relative effect above 1: the target improved against the control.</source>
      <translation>Cyfyngau: {0} %. Effaith gymharol uwch nag 1: gwellodd y targed o'i gymharu â'r ardal reoli.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="354" />
      <source>{0}: rank {1} of {2} {3}</source>
      <translation>{0}: safle {1} o {2} ({3})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="355" />
      <source>Harm {0} · {1}</source>
      <translation>Niwed {0} · {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="381" />
      <source>Harm by {0} ({1}), classes across the whole force</source>
      <translation>Niwed yn ôl {0} ({1}), dosbarthiadau ar draws yr heddlu cyfan</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="384" />
      <source>Labels: force-wide harm rank of the top {0} {1} here. Thick outline: this {2}.</source>
      <translation>Labeli: safle niwed ar draws yr heddlu y {0} uchaf o'r {1} yma. Amlinell drwchus: yr ardal hon ({2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="391" />
      <source>Labels: harm rank of the top {0} {1}. Thick outline: this {2}.</source>
      <translation>Labeli: safle niwed y {0} uchaf o'r {1}. Amlinell drwchus: yr ardal hon ({2}).</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="417" />
      <source>Harm: {0} {1}, {2} of the force total</source>
      <translation>Niwed: {0} {1}, {2} o gyfanswm yr heddlu</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="419" />
      <source>Records: {0}</source>
      <translation>Cofnodion: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="461" />
      <source>Period: {0}</source>
      <translation>Cyfnod: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="462" />
      <source>Areas: {0} {1} from layer '{2}'</source>
      <translation>Ardaloedd: {0} ({1}) o'r haen '{2}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="527" />
      <source>Marking: {0}.</source>
      <translation>Marc diogelwch: {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="531" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="61" />
      <source>Boundaries: contains OS data © Crown copyright and database right {0}.</source>
      <translation>Ffiniau: yn cynnwys data'r Arolwg Ordnans © Hawlfraint y Goron a hawl cronfa ddata {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="537" />
      <source>Made with QGIS and the SOC Harm plugin {0}.</source>
      <translation>Wedi'i wneud gyda QGIS ac ategyn SOC Harm {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="80" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="135" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="403" />
      <source>Record counts below {0} are shown as &lt;{0}.</source>
      <translation>Dangosir niferoedd cofnodion o dan {0} fel &lt;{0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="120" />
      <source>{0} is compared with the baseline, {1}.</source>
      <translation>Caiff {0} ei gymharu â'r llinell sylfaen, {1}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="232" />
      <source>Referral cohorts: mean harm of the linked records per nominal in the window before and after referral; cohorts of fewer than {0} nominals are not shown.</source>
      <translation>Carfanau atgyfeirio: niwed cymedrig y cofnodion cysylltiedig fesul unigolyn enwol yn y cyfnod cyn ac ar ôl atgyfeirio; nid yw carfanau â llai na {0} o unigolion enwol yn cael eu dangos.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="406" />
      <source>{0} in {1}</source>
      <translation>{0} o fewn {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="415" />
      <source>Rank {0} of {1} {2}</source>
      <translation>Safle {0} o {1} ({2})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="424" />
      <source>Change on the baseline: {0}, {1}</source>
      <translation>Newid o'i gymharu â'r llinell sylfaen: {0}, {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="432" />
      <source>Most harm: {0} (rank {1} of all {2})</source>
      <translation>Y mwyaf o niwed: {0} (safle {1} ymhlith pob un o'r {2})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="452" />
      <source>Harm weights: {0}</source>
      <translation>Pwysiadau niwed: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="453" />
      <source>Version {0}; file {1}; SHA-256 {2}</source>
      <translation>Fersiwn {0}; ffeil {1}; SHA-256 {2}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="457" />
      <source>Harm scheme: {0}, version {1}</source>
      <translation>Cynllun niwed: {0}, fersiwn {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="465" />
      <source>Scored by {0} (SOC Harm {1})</source>
      <translation>Sgoriwyd gan {0} (SOC Harm {1})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="472" />
      <source>Change: {0} against {1}, from layer '{2}'</source>
      <translation>Newid: {0} yn erbyn {1}, o'r haen '{2}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="492" />
      <source>Detail: {0} {1} from layer '{2}'</source>
      <translation>Manylion: {0} ({1}) o'r haen '{2}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="494" />
      <source>Record counts below {0} are shown as &lt;{0} in every table.</source>
      <translation>Dangosir niferoedd cofnodion o dan {0} fel &lt;{0} ym mhob tabl.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="521" />
      <source>{0} identifier values found in text were replaced by [withheld].</source>
      <translation>Cafodd {0} o werthoedd dynodydd a ganfuwyd mewn testun eu disodli gan [withheld].</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="524" />
      <source>Small numbers: a count below {0} could help identify a person, so it is shown as &lt;{0}.</source>
      <translation>Niferoedd bach: gallai nifer o dan {0} helpu i adnabod person, felly caiff ei ddangos fel &lt;{0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="416" />
      <source> (was {0})</source>
      <translation> (roedd yn {0})</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="429" />
      <source>Gi*: {0}</source>
      <translation>Gi*: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="460" />
      <source>Measures: {0}</source>
      <translation>Mesurau: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="482" />
      <source>neighbours: {0}</source>
      <translation>cymdogion: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="484" />
      <source>{0} permutations</source>
      <translation>{0} o drynewidiadau</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="486" />
      <source>correction: {0}</source>
      <translation>cywiriad: {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="488" />
      <source>alpha {0}</source>
      <translation>alffa {0}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="489" />
      <source>Hot spots: Getis-Ord Gi* from layer '{0}'</source>
      <translation>Mannau poeth: Getis-Ord Gi* o'r haen '{0}'</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="515" />
      <source>Identifier fields included: {0}.</source>
      <translation>Meysydd dynodydd a gynhwyswyd: {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="517" />
      <source>Identifier fields found in the layers and left out: {0}.</source>
      <translation>Meysydd dynodydd a ganfuwyd yn yr haenau ac a hepgorwyd: {0}.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/pages.py" line="476" />
      <source>Test for {0}: {1}</source>
      <translation>Prawf ar gyfer {0}: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="46" />
      <source>harm points</source>
      <translation>pwyntiau niwed</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="56" />
      <source>harm table not recorded</source>
      <translation>tabl niwed heb ei gofnodi</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="22" />
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="31" />
      <source>all dates</source>
      <translation>pob dyddiad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="45" />
      <source>CSS points</source>
      <translation>pwyntiau CSS</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="52" />
      <source>{0}, version {1}</source>
      <translation>{0}, fersiwn {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="55" />
      <source>scheme {0}, version {1}</source>
      <translation>cynllun {0}, fersiwn {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="159" />
      <source>name</source>
      <translation>enw</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="160" />
      <source>person id</source>
      <translation>dynodydd person</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="161" />
      <source>date of birth</source>
      <translation>dyddiad geni</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="162" />
      <source>address</source>
      <translation>cyfeiriad</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="163" />
      <source>phone number</source>
      <translation>rhif ffôn</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="164" />
      <source>vehicle registration</source>
      <translation>rhif cofrestru cerbyd</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="165" />
      <source>email</source>
      <translation>e-bost</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/briefing/text.py" line="166" />
      <source>marked personal by the scheme</source>
      <translation>wedi'i nodi'n bersonol gan y cynllun</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/outputs.py" line="148" />
      <source>the .qml file could not be written</source>
      <translation>nid oedd modd ysgrifennu'r ffeil .qml</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/outputs.py" line="115" />
      <source>Could not write features to {0}: {1}</source>
      <translation>Nid oedd modd ysgrifennu nodweddion i {0}: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/outputs.py" line="115" />
      <source>no reason given</source>
      <translation>ni roddwyd rheswm</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/outputs.py" line="143" />
      <source>Could not store the provenance in {0}: {1}</source>
      <translation>Nid oedd modd storio'r tarddiad yn {0}: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/outputs.py" line="150" />
      <source>Could not store the style in {0}: {1}</source>
      <translation>Nid oedd modd storio'r arddull yn {0}: {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="490" />
      <source>Invalid date, weight or location</source>
      <translation>Dyddiad, pwysiad neu leoliad annilys</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/qgis_io/styles.py" line="363" />
      <source>{0} to {1}</source>
      <translation>{0} – {1}</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/translate.py" line="89" />
      <source>The translation file '{0}' of SOC Harm cannot be read. Reinstall the plugin.</source>
      <translation>Ni ellir darllen ffeil gyfieithu SOC Harm '{0}'. Ailosodwch yr ategyn.</translation>
    </message>
    <message>
      <location filename="../soc_harm_plugin/translate.py" line="82" />
      <source>The translation file '{0}' of SOC Harm is missing. Reinstall the plugin (in a checkout of its code, run make translations).</source>
      <translation>Mae ffeil gyfieithu SOC Harm '{0}' ar goll. Ailosodwch yr ategyn (mewn copi o'i god, rhedwch make translations).</translation>
    </message>
  </context>
</TS>
