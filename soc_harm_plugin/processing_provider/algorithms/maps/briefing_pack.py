"""socharm:briefingpack: a print-ready, safe-to-share briefing pack (PDF, and PNG pages)."""
from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ....qgis_io.briefing.options import (LANGUAGES, MARKINGS, MAX_ATLAS_PAGES, MAX_TOP_N, BriefingError, PackOptions,
                                          check_writable)
from ....qgis_io.briefing.pack import BriefingPack
from ....translate import MissingCatalogue, catalogue
from ... import groups
from ...base import SocHarmAlgorithm, with_help
from ....compat import AlgorithmFlag, NumberType, SourceType


class BriefingPackAlgorithm(SocHarmAlgorithm):
    ALGORITHM_ID = "briefingpack"
    GROUP_ID = groups.MAPS
    INPUT = "INPUT"
    CHANGE = "CHANGE"
    HOTSPOTS = "HOTSPOTS"
    DETAIL = "DETAIL"
    IMPACT = "IMPACT"
    COHORTS = "COHORTS"
    TITLE = "TITLE"
    MARKING = "MARKING"
    LANGUAGE = "LANGUAGE"
    TOP_N = "TOP_N"
    SUPPRESS_BELOW = "SUPPRESS_BELOW"
    ATLAS = "ATLAS"
    INCLUDE_PERSONAL = "INCLUDE_PERSONAL"
    OUTPUT = "OUTPUT"
    OUTPUT_IMAGES = "OUTPUT_IMAGES"

    def display_name(self) -> str:
        return self.tr("Export briefing pack")


    def flags(self):
        # lays out and renders a print layout: the main thread only
        return super().flags() | AlgorithmFlag.NoThreading

    def initAlgorithm(self, config=None):
        tr = self.tr
        polygons = [SourceType.VectorPolygon, SourceType.VectorLine]
        self.add_parameter(with_help(
            QgsProcessingParameterVectorLayer(self.INPUT, tr("Areas scored by harm"), polygons),
            tr("The output of Score harm by area or Score areas with a harm scheme (fields harm_score, harm_rank, "
               "harm_n, harm_share). Its provenance gives the period and the harm table.")))
        self.add_parameter(with_help(
            QgsProcessingParameterVectorLayer(self.CHANGE, tr("Change between periods"), polygons, optional=True),
            tr("The output of Compare harm between periods for the same areas: adds the change map and table, rank "
               "moves (\u25b2\u25bc) and change to the ranked table, and what changed to the narrative.")))
        self.add_parameter(with_help(
            QgsProcessingParameterVectorLayer(self.HOTSPOTS, tr("Hot spots"), polygons, optional=True),
            tr("The output of Harm hotspots (Getis-Ord Gi*, field gi_bin): adds the hot spot map and the "
               "significant hot and cold spots.")))
        self.add_parameter(with_help(
            QgsProcessingParameterVectorLayer(self.DETAIL, tr("Detail areas (e.g. wards)"), polygons, optional=True),
            tr("Smaller areas scored by harm, drawn and ranked on each area's atlas page. They belong to an area "
               "through a field named like its id field (e.g. sector_id), else by location.")))
        self.add_parameter(with_help(
            QgsProcessingParameterVectorLayer(self.IMPACT, tr("Did it work? (zones of Intervention impact)"),
                                              [SourceType.Vector], optional=True),
            tr("The zones map (ZONES) of Intervention impact: adds a 'Did it work?' page with the zones by result, "
               "what the relative effect, the weighted displacement quotient and the total net effect say, with "
               "their intervals, and records and harm by zone (counts below the threshold as <5). Its results come "
               "from the layer's provenance.")))
        self.add_parameter(with_help(
            QgsProcessingParameterVectorLayer(self.COHORTS, tr("Referral cohorts"), [SourceType.Vector],
                                              optional=True),
            tr("A table of referral cohorts (fields cohort, n_nominals, mean_harm_before, mean_harm_after, "
               "mean_change, ci_low, ci_high, method), e.g. the COHORTS output of Referral impact: shown on the "
               "'Did it work?' page. A cohort of fewer nominals than the threshold shows as <5 without its means.")))
        self.add_parameter(with_help(
            QgsProcessingParameterString(self.TITLE, tr("Title"), defaultValue=tr("Harm briefing")),
            tr("The title on the first page and in every page's footer.")))
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.MARKING, tr("Security marking"), options=list(MARKINGS), defaultValue=0),
            tr("Printed in the header and footer of every page.")))
        # options in the order of LANGUAGES (en, cy, bilingual): the codes the run stores
        self.add_parameter(with_help(
            QgsProcessingParameterEnum(self.LANGUAGE, tr("Language of the pack"),
                                       options=[tr("English"), tr("Welsh (Cymraeg)"),
                                                tr("Bilingual, Welsh first (Cymraeg a Saesneg)")],
                                       defaultValue=0),
            tr("The words of every page: English, Welsh, or both with Welsh first on each page, as Welsh public "
               "bodies print them (a heading as 'Cymraeg / English', a paragraph in Welsh then in English), the "
               "security marking in both languages. Dates follow the language (1 Ionawr 2024); numbers are the same "
               "in each. Whatever the language of QGIS.")))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.TOP_N, tr("Areas in the ranked table"), NumberType.Integer,
                                         defaultValue=10, minValue=1, maxValue=MAX_TOP_N),
            tr("How many of the most harmful areas the first page's table lists and its map labels with their rank "
               "(at most {0}); on each atlas page, how many of its detail areas are labelled with their rank. An "
               "area without harm never gets a rank label.").format(MAX_TOP_N)))
        self.add_parameter(with_help(
            QgsProcessingParameterNumber(self.SUPPRESS_BELOW, tr("Show counts below this as <N"), NumberType.Integer,
                                         defaultValue=5, minValue=0),
            tr("Small-number suppression: a record count below this number is printed as \"<5\" (for 5) in every "
               "table. 0 prints every count.")))
        self.add_parameter(with_help(
            QgsProcessingParameterBoolean(self.ATLAS, tr("One page per area (atlas)"), defaultValue=False),
            tr("Adds a page for each scored area, most harm first, with its detail areas drawn and ranked. At most "
               "{0} pages: with more areas the pack is refused (filter the layer, or use a coarser geography with "
               "these areas as detail areas). Pages are written one at a time, so a long atlas needs no more "
               "memory than a short one.").format(MAX_ATLAS_PAGES)))
        self.add_parameter(with_help(
            QgsProcessingParameterBoolean(self.INCLUDE_PERSONAL, tr("Include personal data"), defaultValue=False),
            tr("Off (the default), the pack is safe to share: no names, person or nominal ids, dates of birth, "
               "addresses, phone numbers or vehicle registrations in any table, label or sentence. On, the "
               "scored layer's identifier fields are added to its table; the pack then holds personal data."),
            advanced=True))
        self.add_parameter(with_help(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Briefing pack (PDF)"),
                                                  fileFilter="PDF files (*.pdf *.PDF)"),
            tr("The PDF: A4 landscape pages, text searchable.")))
        self.add_parameter(with_help(
            QgsProcessingParameterFolderDestination(self.OUTPUT_IMAGES, tr("Pages as PNG images"), optional=True,
                                                    createByDefault=False),
            tr("A folder to write each page to as page_01.png, page_02.png, ... (150 dpi), for slides and e-mail.")))
        self.add_output(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def processAlgorithm(self, parameters, context, feedback):
        scored = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if scored is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        change = self.parameterAsVectorLayer(parameters, self.CHANGE, context)
        hotspots = self.parameterAsVectorLayer(parameters, self.HOTSPOTS, context)
        detail = self.parameterAsVectorLayer(parameters, self.DETAIL, context)
        impact = self.parameterAsVectorLayer(parameters, self.IMPACT, context)
        cohorts = self.parameterAsVectorLayer(parameters, self.COHORTS, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        images = self.parameterAsString(parameters, self.OUTPUT_IMAGES, context)
        options = PackOptions(
            title=self.parameterAsString(parameters, self.TITLE, context) or self.tr("Harm briefing"),
            marking=MARKINGS[self.parameterAsEnum(parameters, self.MARKING, context)],
            language=LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
            top_n=self.parameterAsInt(parameters, self.TOP_N, context),
            suppress_below=self.parameterAsInt(parameters, self.SUPPRESS_BELOW, context),
            atlas=self.parameterAsBool(parameters, self.ATLAS, context),
            include_personal=self.parameterAsBool(parameters, self.INCLUDE_PERSONAL, context),
        )
        if not output.lower().endswith(".pdf"):
            output += ".pdf"
        if options.language != "en":
            try:
                catalogue("cy")  # the Welsh words come from the plugin's catalogue: say so before any work
            except MissingCatalogue as error:
                raise QgsProcessingException(str(error))
        try:
            check_writable(Path(output))
            feedback.pushInfo(self.tr("Reading the layers"))
            pack = BriefingPack(scored, options, change=change, hotspots=hotspots, detail=detail, feedback=feedback,
                                is_canceled=feedback.isCanceled, impact=impact, cohorts=cohorts)
            if options.include_personal:
                feedback.pushWarning(self.tr("INCLUDE_PERSONAL is on: the pack may hold personal data. Handle it "
                                             "at its marking ({0}).").format(
                    options.marking))
            identifiers = pack.all_identifiers()
            if identifiers and not options.include_personal:
                feedback.pushInfo(self.tr("Identifier fields left out of the pack: {0}").format(
                    ", ".join("{0}.{1}".format(layer, name) for layer, name, _ in identifiers)))
            feedback.setProgress(5)
            feedback.pushInfo(self.tr("Writing {0} pages to {1}, one at a time").format(len(pack.pages), output))
            if images:
                feedback.pushInfo(self.tr("Writing the pages as images to {0}").format(images))
            written = pack.export(Path(output), Path(images) if images else None)
            if feedback.isCanceled():
                return {}
        except BriefingError as error:
            raise QgsProcessingException(str(error))
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Briefing pack: {0} pages{1}").format(
            len(pack.pages), self.tr(", {0} images").format(len(written)) if written else ""))
        summary = {"pages": pack.pages, "marking": options.marking, "language": options.language,
                   "suppress_below": options.suppress_below,
                   "include_personal": options.include_personal}
        feedback.pushInfo(self.tr("Pack: {0}").format(json.dumps(summary)))
        return {self.OUTPUT: output, self.OUTPUT_IMAGES: images or None, "PAGES": len(pack.pages)}
