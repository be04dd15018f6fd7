<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
  <context>
    <name>SocHarm</name>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="90" />
      <source>Impact of nominal referrals</source>
      <translation>Effaith atgyfeirio unigolion enwol</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="113" />
      <source>Linked records (offences or other events)</source>
      <translation>Cofnodion cysylltiedig (troseddau neu ddigwyddiadau eraill)</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="114" />
      <source>The records linked to nominals, weighted by harm as socharm:scoreharm weights them. Every record needs a date.</source>
      <translation>Y cofnodion sydd wedi'u cysylltu ag unigolion enwol, wedi'u pwysoli yn ôl niwed fel y mae socharm:scoreharm yn eu pwysoli. Mae angen dyddiad ar bob cofnod.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="116" />
      <source>Each record's date (a date, a date-time or text; month-only 2019-02 works). The data cover the months from the first to the last dated record: a referral whose windows reach outside them is counted, not compared.</source>
      <translation>Dyddiad pob cofnod (dyddiad, dyddiad-amser neu destun; mae mis yn unig 2019-02 yn gweithio). Mae'r data'n cwmpasu'r misoedd o'r cofnod dyddiedig cyntaf i'r olaf: caiff atgyfeiriad y mae ei ffenestri'n mynd y tu hwnt iddynt ei gyfrif, nid ei gymharu.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="202" />
      <source>Reading nominals</source>
      <translation>Darllen yr unigolion enwol</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="208" />
      <source>Reading linked records</source>
      <translation>Darllen y cofnodion cysylltiedig</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="222" />
      <source>Reading links</source>
      <translation>Darllen y cysylltiadau</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="234" />
      <source>Matching referred nominals with comparisons</source>
      <translation>Paru'r unigolion enwol a atgyfeiriwyd ag unigolion cymharu</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="96" />
      <source>One row per nominal (a layer or a table), with an id and the date each was referred to a diversionary scheme or disrupted.</source>
      <translation>Un rhes ar gyfer pob unigolyn enwol (haen neu dabl), gyda dynodydd a'r dyddiad y cafodd pob un ei atgyfeirio i gynllun dargyfeirio neu y tarfwyd arno.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="99" />
      <source>The id the links use. Ids compare as text (12, 12.0 and '12' are one id). Rows without an id, or sharing one, are counted and left out.</source>
      <translation>Y dynodydd y mae'r cysylltiadau'n ei ddefnyddio. Caiff dynodyddion eu cymharu fel testun (mae 12, 12.0 a '12' yn un dynodydd). Caiff rhesi heb ddynodydd, neu sy'n rhannu un, eu cyfrif a'u gadael allan.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="103" />
      <source>A date, date-time or text (2024-03-15, 15/03/2024, or month-only 2024-03). Only its month is used. Empty: never referred, so the nominal may be a comparison. A value that is not a date is counted as invalid_referral_date.</source>
      <translation>Dyddiad, dyddiad-amser neu destun (2024-03-15, 15/03/2024, neu fis yn unig 2024-03). Dim ond y mis a ddefnyddir. Gwag: ni chafodd ei atgyfeirio erioed, felly gall yr unigolyn enwol fod yn gymhariaeth. Caiff gwerth nad yw'n ddyddiad ei gyfrif fel invalid_referral_date.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="108" />
      <source>Optional: a field such as group_type. A referred nominal is then compared only with nominals of the same value (exact matching), so a difference between kinds of nominal is not read as the effect of referral.</source>
      <translation>Dewisol: maes fel group_type. Yna caiff unigolyn enwol a atgyfeiriwyd ei gymharu ag unigolion enwol sydd â'r un gwerth yn unig (paru union), fel nad yw gwahaniaeth rhwng mathau o unigolion enwol yn cael ei ddarllen fel effaith yr atgyfeirio.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="122" />
      <source>One row per link between a record and a nominal, as a harm scheme's link table (e.g. offence_nominal_links). Give this, or a nominal id field on the records.</source>
      <translation>Un rhes ar gyfer pob cysylltiad rhwng cofnod ac unigolyn enwol, fel tabl cysylltiadau cynllun niwed (e.e. offence_nominal_links). Rhowch hwn, neu faes dynodydd unigolyn enwol ar y cofnodion.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="126" />
      <source>With a link table: the records' id field (e.g. offence_id).</source>
      <translation>Gyda thabl cysylltiadau: maes dynodydd y cofnodion (e.e. offence_id).</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="130" />
      <source>The link table's field holding the record id.</source>
      <translation>Maes y tabl cysylltiadau sy'n dal dynodydd y cofnod.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="134" />
      <source>The link table's field holding the nominal id.</source>
      <translation>Maes y tabl cysylltiadau sy'n dal dynodydd yr unigolyn enwol.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="138" />
      <source>Instead of a link table: a field of the records holding the linked nominal's id, or several separated by the separator.</source>
      <translation>Yn lle tabl cysylltiadau: maes yn y cofnodion sy'n dal dynodydd yr unigolyn enwol cysylltiedig, neu sawl un wedi'u gwahanu gan y gwahanydd.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="141" />
      <source>With a nominal id field on the records: the character between ids (e.g. N1;N2). Empty: one id per record.</source>
      <translation>Gyda maes dynodydd unigolyn enwol ar y cofnodion: y nod rhwng dynodyddion (e.e. N1;N2). Gwag: un dynodydd ar gyfer pob cofnod.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="146" />
      <source>The window before: this many whole months before the month of referral (which is in neither window).</source>
      <translation>Y ffenestr cyn: y nifer hwn o fisoedd cyfan cyn mis yr atgyfeirio (nad yw yn y naill ffenestr na'r llall).</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="150" />
      <source>The window after: this many whole months after the month of referral.</source>
      <translation>Y ffenestr ar ôl: y nifer hwn o fisoedd cyfan ar ôl mis yr atgyfeirio.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="153" />
      <source>Study only referrals from this month. Nominals referred later than a studied nominal's window after may be its comparison (not yet referred); nominals referred earlier never are.</source>
      <translation>Astudio atgyfeiriadau o'r mis hwn yn unig. Gall unigolion enwol a atgyfeiriwyd ar ôl ffenestr ar ôl unigolyn enwol a astudir fod yn gymhariaeth iddo (heb eu hatgyfeirio eto); nid yw unigolion enwol a atgyfeiriwyd yn gynharach byth.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="157" />
      <source>Study only referrals up to this month (inclusive).</source>
      <translation>Astudio atgyfeiriadau hyd at y mis hwn yn unig (yn gynhwysol).</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="161" />
      <source>How many not-referred nominals each referred nominal is matched with (without replacement).</source>
      <translation>Gyda faint o unigolion enwol heb eu hatgyfeirio y caiff pob unigolyn enwol a atgyfeiriwyd ei baru (heb amnewid).</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="165" />
      <source>A comparison must lie within this many pooled standard deviations of log(1 + harm before) of its referred nominal (0.2: Austin 2011). A referral with none that close is counted as referred_unmatched. 0: no caliper.</source>
      <translation>Rhaid i gymhariaeth fod o fewn y nifer hwn o wyriadau safonol cyfun o log(1 + niwed cyn) i'w unigolyn enwol a atgyfeiriwyd (0.2: Austin 2011). Caiff atgyfeiriad heb yr un mor agos â hynny ei gyfrif fel referred_unmatched. 0: dim caliper.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="170" />
      <source>Of the intervals.</source>
      <translation>Y cyfyngau.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="174" />
      <source>Small-number suppression in the cohort table: a cohort of 1 to this number minus 1 nominals is written "&lt;5" (for 5), and its means and interval are left empty. 0 writes every count.</source>
      <translation>Atal niferoedd bach yn nhabl y carfanau: caiff carfan o 1 hyd at y rhif hwn llai 1 o unigolion enwol ei hysgrifennu fel "&lt;5" (ar gyfer 5), a chaiff ei chymedrau a'i chyfwng eu gadael yn wag. Mae 0 yn ysgrifennu pob nifer.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="178" />
      <source>Off (the default), the per-nominal table names each nominal by a reference (P0001...) that is not its id, and no personal field of the nominals is copied. On, it adds nominal_id: the table then holds personal data.</source>
      <translation>I ffwrdd (y rhagosodiad), mae'r tabl fesul unigolyn enwol yn enwi pob unigolyn enwol wrth gyfeirnod (P0001...) nad yw'n ddynodydd iddo, ac ni chaiff unrhyw faes personol o'r unigolion enwol ei gopïo. Ymlaen, mae'n ychwanegu nominal_id: mae'r tabl wedyn yn dal data personol.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="183" />
      <source>One row per nominal: ref, group, referred (1/0), referral_date (month), status, cohort, matched_to, window_month, n_before, n_after, harm_before, harm_after, harm_change. Pseudonymous, but about people: for the analyst, not for sharing.</source>
      <translation>Un rhes ar gyfer pob unigolyn enwol: ref, group, referred (1/0), referral_date (mis), status, cohort, matched_to, window_month, n_before, n_after, harm_before, harm_after, harm_change. Ffugenwol, ond am bobl: i'r dadansoddwr, nid i'w rannu.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="187" />
      <source>Three rows (referred, comparison, difference): cohort, n_nominals ("&lt;5" when small), mean_harm_before, mean_harm_after, mean_change, ci_low, ci_high and method. Safe to share.</source>
      <translation>Tair rhes (referred, comparison, difference): cohort, n_nominals ("&lt;5" pan fo'n fach), mean_harm_before, mean_harm_after, mean_change, ci_low, ci_high a method. Diogel i'w rannu.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="189" />
      <source>Effect: difference in mean change of linked harm, referred minus comparison</source>
      <translation>Effaith: y gwahaniaeth yn y newid cymedrig yn y niwed cysylltiedig, wedi'u hatgyfeirio llai cymhariaeth</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="190" />
      <source>Effect: lower end of the interval</source>
      <translation>Effaith: pen isaf y cyfwng</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="191" />
      <source>Effect: upper end of the interval</source>
      <translation>Effaith: pen uchaf y cyfwng</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="192" />
      <source>Referred nominals compared</source>
      <translation>Unigolion enwol a atgyfeiriwyd a gymharwyd</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="193" />
      <source>Comparison nominals</source>
      <translation>Unigolion enwol cymharu</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="420" />
      <source>{0} nominals of layer '{1}' have no id in field '{2}' (feature ids {3}): left out.</source>
      <translation>Nid oes gan {0} o unigolion enwol yr haen '{1}' ddynodydd yn y maes '{2}' (dynodyddion nodweddion {3}): wedi'u gadael allan.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="421" />
      <source>{0} nominals of layer '{1}' share an id in field '{2}' with another (feature ids {3}): left out, and their links counted as nominal_not_compared.</source>
      <translation>Mae {0} o unigolion enwol yr haen '{1}' yn rhannu dynodydd yn y maes '{2}' ag un arall (dynodyddion nodweddion {3}): wedi'u gadael allan, a'u cysylltiadau wedi'u cyfrif fel nominal_not_compared.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="454" />
      <source>no interval from one pair</source>
      <translation>dim cyfwng o un pâr</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="95" />
      <source>Nominals</source>
      <translation>Unigolion enwol</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="98" />
      <source>Nominal id field</source>
      <translation>Maes dynodydd yr unigolyn enwol</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="101" />
      <source>Referral (or disruption) date field</source>
      <translation>Maes dyddiad yr atgyfeirio (neu'r tarfu)</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="106" />
      <source>Compare within groups of</source>
      <translation>Cymharu o fewn grwpiau yn ôl</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="120" />
      <source>Link table (record id to nominal id)</source>
      <translation>Tabl cysylltiadau (dynodydd cofnod i ddynodydd unigolyn enwol)</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="125" />
      <source>Record id field</source>
      <translation>Maes dynodydd y cofnod</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="128" />
      <source>Link table: record id field</source>
      <translation>Tabl cysylltiadau: maes dynodydd y cofnod</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="132" />
      <source>Link table: nominal id field</source>
      <translation>Tabl cysylltiadau: maes dynodydd yr unigolyn enwol</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="136" />
      <source>Nominal id field on the records</source>
      <translation>Maes dynodydd yr unigolyn enwol ar y cofnodion</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="140" />
      <source>Separator of several ids</source>
      <translation>Gwahanydd sawl dynodydd</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="144" />
      <source>Months before referral</source>
      <translation>Misoedd cyn yr atgyfeirio</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="148" />
      <source>Months after referral</source>
      <translation>Misoedd ar ôl yr atgyfeirio</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="152" />
      <source>Referrals from</source>
      <translation>Atgyfeiriadau yn dechrau</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="156" />
      <source>Referrals to</source>
      <translation>Atgyfeiriadau yn gorffen</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="159" />
      <source>Comparison nominals per referral</source>
      <translation>Unigolion enwol cymharu ar gyfer pob atgyfeiriad</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="163" />
      <source>Caliper (standard deviations)</source>
      <translation>Caliper (gwyriadau safonol)</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="168" />
      <source>Confidence level (%)</source>
      <translation>Lefel hyder (%)</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="177" />
      <source>Include nominal ids</source>
      <translation>Cynnwys dynodyddion unigolion enwol</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="182" />
      <source>Nominals: harm before and after</source>
      <translation>Unigolion enwol: niwed cyn ac ar ôl</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="186" />
      <source>Cohorts: mean change and interval</source>
      <translation>Carfanau: newid cymedrig a chyfwng</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="250" />
      <source>Harm linked to each nominal of '{0}' before and after referral ({1} months each side). Personal data: not for sharing.</source>
      <translation>Niwed wedi'i gysylltu â phob unigolyn enwol yn '{0}' cyn ac ar ôl yr atgyfeirio (nifer y misoedd bob ochr: {1}). Data personol: nid i'w rannu.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="253" />
      <source>Referred nominals of '{0}' against matched comparisons: mean change in linked harm with its interval.</source>
      <translation>Unigolion enwol a atgyfeiriwyd yn '{0}' o'u cymharu ag unigolion wedi'u paru: y newid cymedrig yn y niwed cysylltiedig gyda'i gyfwng.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="411" />
      <source>Nominals in: {0} = {1}</source>
      <translation>Unigolion enwol i mewn: {0} = {1}</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="414" />
      <source>Links in: {0} = {1}</source>
      <translation>Cysylltiadau i mewn: {0} = {1}</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="415" />
      <source>Records in: {0} = {1} linked to a nominal + {2} linked to none</source>
      <translation>Cofnodion i mewn: {0} = {1} wedi'u cysylltu ag unigolyn enwol + {2} heb eu cysylltu ag unrhyw un</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="215" />
      <source>Layer '{0}': choose its date field (DATE_FIELD): harm before and after a referral needs each record's date.</source>
      <translation>Haen '{0}': dewiswch ei maes dyddiad (DATE_FIELD): mae niwed cyn ac ar ôl atgyfeiriad yn gofyn am ddyddiad pob cofnod.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="310" />
      <source>Field '{0}' of layer '{1}' is of type {2}; a referral date must be a date, date-time or text.</source>
      <translation>Mae'r maes '{0}' yn yr haen '{1}' o'r math {2}; rhaid i ddyddiad atgyfeirio fod yn ddyddiad, dyddiad-amser neu destun.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="314" />
      <source>Field '{0}' of layer '{1}' looks like a personal identifier; grouping by it would write it to the outputs. Choose a field such as group_type, or turn on 'Include nominal ids'.</source>
      <translation>Mae'r maes '{0}' yn yr haen '{1}' yn edrych fel dynodydd personol; byddai grwpio yn ôl y maes yn ei ysgrifennu i'r allbynnau. Dewiswch faes fel group_type, neu trowch 'Cynnwys dynodyddion unigolion enwol' ymlaen.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="337" />
      <source>Layer '{0}' has no nominals.</source>
      <translation>Nid oes unigolion enwol yn yr haen '{0}'.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="341" />
      <source>Layer '{0}', field '{1}': no nominal has a referral date that can be read ({2} nominals{3}); nothing to compare.</source>
      <translation>Haen '{0}', maes '{1}': nid oes gan unrhyw unigolyn enwol ddyddiad atgyfeirio y gellir ei ddarllen (unigolion enwol: {2}{3}); dim i'w gymharu.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="359" />
      <source>Say how records are linked to nominals: a link table (LINK_TABLE, with RECORD_ID, LINK_RECORD_ID and LINK_NOMINAL_ID), or a field of layer '{0}' holding nominal ids (NOMINAL_ID_FIELD).</source>
      <translation>Dywedwch sut mae cofnodion wedi'u cysylltu ag unigolion enwol: tabl cysylltiadau (LINK_TABLE, gyda RECORD_ID, LINK_RECORD_ID a LINK_NOMINAL_ID), neu faes yn yr haen '{0}' sy'n dal dynodyddion unigolion enwol (NOMINAL_ID_FIELD).</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="427" />
      <source>{0} nominals of layer '{1}' have a referral date that cannot be read in field '{2}', e.g. {3} (feature ids {4}): counted as invalid_referral_date, never compared.</source>
      <translation>Mae gan {0} o unigolion enwol yr haen '{1}' ddyddiad atgyfeirio na ellir ei ddarllen yn y maes '{2}', e.e. {3} (dynodyddion nodweddion {4}): wedi'u cyfrif fel invalid_referral_date, byth yn cael eu cymharu.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="433" />
      <source>{0} referred nominals have a window of {1} months before or {2} after their referral month outside the data ({3} to {4}): counted as referred_window_outside_data, not compared.</source>
      <translation>Mae gan {0} o unigolion enwol a atgyfeiriwyd ffenestr (misoedd cyn: {1}; misoedd ar ôl: {2}) o amgylch mis eu hatgyfeirio y tu allan i'r data ({3} – {4}): wedi'u cyfrif fel referred_window_outside_data, heb eu cymharu.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="438" />
      <source>{0} referred nominals have no comparison close enough in harm before (caliper {1:g} SD = {2:.3f} on log(1 + harm)): counted as referred_unmatched, left out of the effect.</source>
      <translation>Nid oes gan {0} o unigolion enwol a atgyfeiriwyd gymhariaeth sy'n ddigon agos o ran niwed cyn (caliper {1:g} SD = {2:.3f} ar log(1 + niwed)): wedi'u cyfrif fel referred_unmatched, wedi'u gadael allan o'r effaith.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="442" />
      <source>{0} links name a nominal that is not in layer '{1}' (field '{2}'): counted as link_to_unknown_nominal.</source>
      <translation>Mae {0} o gysylltiadau yn enwi unigolyn enwol nad yw yn yr haen '{1}' (maes '{2}'): wedi'u cyfrif fel link_to_unknown_nominal.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="446" />
      <source>{0} links of table '{1}' name a record that is not in layer '{2}' (field '{3}'): counted as link_to_unknown_record.</source>
      <translation>Mae {0} o gysylltiadau yn y tabl '{1}' yn enwi cofnod nad yw yn yr haen '{2}' (maes '{3}'): wedi'u cyfrif fel link_to_unknown_record.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="450" />
      <source>{0} links are to records whose date cannot be read in field '{1}' of layer '{2}': counted as unparseable_date.</source>
      <translation>Mae {0} o gysylltiadau i gofnodion na ellir darllen eu dyddiad yn y maes '{1}' yn yr haen '{2}': wedi'u cyfrif fel unparseable_date.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="454" />
      <source>{0:g} % interval {1:,.1f} to {2:,.1f}</source>
      <translation>cyfwng {0:g} %: {1:,.1f} – {2:,.1f}</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="456" />
      <source>Referred minus comparison, change in linked harm from {0} months before to {1} after: {2:,.1f} ({3}); {4} referred nominals, {5} comparisons.</source>
      <translation>Wedi'u hatgyfeirio llai cymhariaeth, y newid yn y niwed cysylltiedig (misoedd cyn: {0}; misoedd ar ôl: {1}): {2:,.1f} ({3}); {4} o unigolion enwol a atgyfeiriwyd, {5} o unigolion cymharu.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="459" />
      <source>Fewer than {0} nominals in a cohort: the cohort table shows its count as &lt;{0} and leaves its means empty.</source>
      <translation>Llai na {0} o unigolion enwol mewn carfan: mae tabl y carfanau'n dangos ei nifer fel &lt;{0} ac yn gadael ei chymedrau'n wag.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="466" />
      <source>No referral in field '{0}' of layer '{1}' can be compared: each needs {2} whole months of records before its month and {3} after, and the records run from {4} to {5}. Shorten the windows or give records that cover them.</source>
      <translation>Ni ellir cymharu unrhyw atgyfeiriad yn y maes '{0}' yn yr haen '{1}': mae angen cofnodion ar bob un am fisoedd cyfan cyn ei fis (nifer: {2}) ac ar ei ôl (nifer: {3}), ac mae'r cofnodion yn rhedeg {4} – {5}. Byrhewch y ffenestri neu rhowch gofnodion sy'n eu cwmpasu.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="472" />
      <source>No nominal of layer '{0}' was referred in the period studied (field '{1}'): nothing to compare.</source>
      <translation>Ni chafodd unrhyw unigolyn enwol yn yr haen '{0}' ei atgyfeirio yn y cyfnod a astudir (maes '{1}'): dim i'w gymharu.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="238" />
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="286" />
      <source>The design cannot be run: {0}</source>
      <translation>Ni ellir rhedeg y cynllun dadansoddi: {0}</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="293" />
      <source>Choose the {0} field of layer '{1}'.</source>
      <translation>Dewiswch y maes {0} yn yr haen '{1}'.</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="364" />
      <source>A link table is given: the nominal id field on the records ('{0}') is not used.</source>
      <translation>Mae tabl cysylltiadau wedi'i roi: ni ddefnyddir maes dynodydd yr unigolyn enwol ar y cofnodion ('{0}').</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="284" />
      <source>Referrals from ({0}) is after referrals to ({1}).</source>
      <translation>Mae dechrau'r atgyfeiriadau ({0}) ar ôl eu diwedd ({1}).</translation>
    </message>
    <message>
      <location filename="../../soc_harm_plugin/processing_provider/algorithms/referral_impact.py" line="343" />
      <source>, e.g. {0}</source>
      <translation>, e.e. {0}</translation>
    </message>
  </context>
</TS>
