"""A print-ready briefing pack: a multi-page PDF laid out from .qpt templates.

Pages (A4 landscape, each from its template in resources/templates/):

1. summary (``briefing_summary.qpt``): the harm map with rank labels, legend,
   scale bar, north arrow and attribution; key points (the generated
   narrative); the top-N table with rank moves and harm change.
2. what changed (``briefing_change.qpt``), with a change layer: the diverging
   change map, significant changes emphasised; every area's change.
3. hot spots (``briefing_hotspots.qpt``), with a hot spot layer: Gi* bins
   and the significant hot and cold spots.
4. did it work? (``briefing_impact.qpt``), with the zones map of Intervention
   impact (and/or referral cohorts): the zones by result, the measures with
   their intervals in words, records and harm by zone, cohorts (small ones
   hidden).
5. one page per area of the scored layer, most harm first, with ATLAS
   (``briefing_atlas.qpt``): the area with its detail areas (e.g. wards)
   drawn and ranked, and its harm by measure when a scheme scored it.
6. method (``briefing_method.qpt``): the harm table's provenance, every
   record accounted for, data protection, sources and licences.

The marking (OFFICIAL, OFFICIAL-SENSITIVE) is printed in the header and
footer of every page. The PDF's text is real text, so it can be searched.

Safe to share: tables, map labels and the narrative print only area labels
and figures. Fields that identify a person (privacy.identifier_fields, with
the scheme's personal fields from the provenance) are never read into the
pack's map layers; an area name field that is one is replaced by the area
id. As a last check, every text placed on a page is scrubbed of the values
those fields hold. Counts below ``suppress_below`` print as "<5". With
``include_personal`` the identifier fields of the scored layer are added to
its table and nothing is scrubbed.

The layers the pack draws are memory copies, so the user's layers and
styles are never touched; the layout lives in a private project.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from qgis.core import (
    Qgis,
    QgsAbstractLayoutIterator,
    QgsLayoutExporter,
    QgsLayoutItemPage,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPointF, QSize
from qgis.PyQt.QtXml import QDomDocument

from ...about import resource_path
from ...domain.sharing import briefing
from ...domain.sharing.privacy import (
    Scrubber,
    describe_fields,
    identifier_values,
    personal_fields_of,
)
from ...domain.language import languages
from ...translate import speaking, tr
from .areas import (
    CHANGE_FIELDS,
    HARM_FIELDS,
    HOTSPOT_FIELDS,
    BriefingLayer,
    _logger,
    join_change,
    read_briefing_layer,
    read_cohort_rows,
    read_impact_layer,
)
from .items import _plain_glyphs
from .options import BriefingError, LANGUAGES, MARKINGS, PackOptions, check_atlas_pages
from .pages import PageBuilders
from .words import PageWords


# ------------------------------------------------------------------ the pack


class BriefingPack(PageBuilders):
    """Writes the pack page by page (:meth:`export`): each page is laid out alone, written
    and let go, so memory does not grow with the pages. :meth:`build` lays every page
    out in one layout instead, to look at or test a small pack."""

    def __init__(self, scored: QgsVectorLayer, options: PackOptions, change: Optional[QgsVectorLayer] = None,
                 hotspots: Optional[QgsVectorLayer] = None, detail: Optional[QgsVectorLayer] = None,
                 feedback=None, is_canceled: Callable[[], bool] = lambda: False,
                 impact: Optional[QgsVectorLayer] = None, cohorts: Optional[QgsVectorLayer] = None):
        self.options = options
        self.log = _logger(feedback)
        self.feedback = feedback
        self.is_canceled = is_canceled
        if options.marking not in MARKINGS:
            raise BriefingError(tr("Unknown marking '{0}': use one of {1}.").format(options.marking, ", ".join(
                MARKINGS)))
        if options.language not in LANGUAGES:
            raise BriefingError(tr("Unknown language '{0}': use one of {1}.").format(options.language, ", ".join(
                LANGUAGES)))
        self.languages = languages.languages_of(options.language)  # in print order: Welsh first when both
        self._words: Optional[PageWords] = None  # a bilingual page's texts while it is laid out
        self.template_dir = Path(options.template_dir) if options.template_dir else resource_path("templates")
        self._templates: Dict[str, Tuple[QDomDocument, object]] = {}
        for kind in self._kinds_needed(change, hotspots, impact is not None or cohorts is not None):
            self._template(kind)  # a missing template fails before any work
        include = options.include_personal
        if options.atlas:
            check_atlas_pages(scored)  # before reading anything: the refusal comes at once
        self.scored = read_briefing_layer(scored, "scored", HARM_FIELDS + ("harm_rank",), include, log=self.log)
        if "harm_score" not in scored.fields().names():
            raise BriefingError(tr(
                "Layer '{0}' has no harm_score field: score it with Score harm by area first.").format(scored.name()))
        extra_personal = personal_fields_of(self.scored.provenance)
        self.change = read_briefing_layer(change, "change", CHANGE_FIELDS, include, extra_personal,
                                          self.log) if change else None
        self.hotspots = read_briefing_layer(hotspots, "hotspots", HOTSPOT_FIELDS, include, extra_personal,
                                            self.log) if hotspots else None
        self.detail = read_briefing_layer(detail, "detail", HARM_FIELDS, include, extra_personal,
                                          self.log) if detail else None
        self.impact = read_impact_layer(impact, self.log) if impact is not None else None
        self.cohorts = read_cohort_rows(cohorts) if cohorts is not None else None
        if self.hotspots is not None and self.detail is not None:
            bins = {a.key: a.hotspot_bin for a in self.hotspots.figures}
            for area in self.detail.figures:
                area.hotspot_bin = bins.get(area.key, area.hotspot_bin)
        if self.change is not None:
            matched = join_change(self.scored, self.change)
            if matched == 0:
                self.log.warning(tr("No area of '{0}' matches an area of '{1}' by '{2}': the ranked table shows no "
                                    "change.").format(
                    scored.name(), change.name(), self.scored.id_field))
        self.scrub = self._scrubber()
        self.project = QgsProject()
        self.project.setCrs(scored.crs())
        self.layout: Optional[QgsPrintLayout] = None
        self._keep: List[QgsVectorLayer] = []  # layers the layout draws: alive until the page is written
        self._plan = self._page_plan()
        self.pages: List[str] = [kind for kind, _ in self._plan]
        self.page_items: List[Dict[str, object]] = []
        self._page_number = 0  # the page being laid out, from 0
        self._atlas: Dict[str, dict] = {}  # what every atlas page shares, made on the first one (per language)

    # -------------------------------------------------------------- privacy

    def all_identifiers(self) -> List[Tuple[str, str, str]]:
        """(layer name, field, category) of every identifier field in the inputs."""
        out = []
        for area_layer in self._layers():
            for name, category in describe_fields(area_layer.identifiers):
                out.append((area_layer.layer.name(), name, category))
        return out

    def _layers(self) -> List[BriefingLayer]:
        return [x for x in (self.scored, self.change, self.hotspots, self.detail) if x is not None]

    def _scrubber(self) -> Scrubber:
        if self.options.include_personal:
            return Scrubber([])
        values = set()
        for area_layer in self._layers():
            values |= identifier_values(area_layer.personal_values, area_layer.identifiers)
        return Scrubber(values)

    def publish(self, text: str, block: bool = False) -> str:
        """Every text the pack prints passes here: identifiers withheld, and on a bilingual
        page each text paired with its English (``block``: paragraphs, else one line)."""
        if text:
            self.scrub.replacement = tr("[withheld]")
            text = self.scrub(text)
        return self._words.text(text, block) if self._words is not None else text

    # -------------------------------------------------------------- templates

    def _kinds_needed(self, change, hotspots, impact: bool = False) -> List[str]:
        kinds = ["summary", "method"] + (["impact"] if impact else [])
        if change is not None:
            kinds.append("change")
        if hotspots is not None:
            kinds.append("hotspots")
        if self.options.atlas:
            kinds.append("atlas")
        return kinds

    def _template(self, kind: str):
        if kind in self._templates:
            return self._templates[kind]
        path = self.template_dir / "briefing_{0}.qpt".format(kind)
        if not path.is_file():
            raise BriefingError(tr(
                "The layout template '{0}' is missing: reinstall SOC Harm or restore the file.").format(path))
        document = QDomDocument()
        ok = document.setContent(path.read_text(encoding="utf-8"))
        ok = ok[0] if isinstance(ok, tuple) else ok
        if not ok:
            raise BriefingError(tr("The layout template '{0}' cannot be read as XML.").format(path))
        size = _template_page_size(document)
        if size is None:
            raise BriefingError(tr("The layout template '{0}' has no page.").format(path))
        self._templates[kind] = (document, size)
        return self._templates[kind]

    def _add_page(self, kind: str) -> Dict[str, object]:
        document, size = self._template(kind)
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(size)
        self.layout.pageCollection().addPage(page)
        top = page.pos().y()
        items = self.layout.addItemsFromXml(document.documentElement(), document, QgsReadWriteContext(),
                                            QPointF(1.0, top + 1.0), True)
        by_id: Dict[str, object] = {}
        for item in items:
            _plain_glyphs(item)
            if item.id():
                by_id[item.id()] = item
        self.page_items.append(by_id)
        return by_id

    def _layout_page(self) -> int:
        """The index, in the layout, of the page being laid out."""
        return self.layout.pageCollection().pageCount() - 1

    # -------------------------------------------------------------- build

    def _page_plan(self) -> List[Tuple[str, Optional[briefing.AreaFigures]]]:
        """Every page in order: (template kind, the area of an atlas page)."""
        plan: List[Tuple[str, Optional[briefing.AreaFigures]]] = [("summary", None)]
        if self.change is not None:
            plan.append(("change", None))
        if self.hotspots is not None:
            plan.append(("hotspots", None))
        if self.impact is not None or self.cohorts is not None:
            plan.append(("impact", None))
        if self.options.atlas:
            plan += [("atlas", area) for area in briefing.by_rank(self.scored.figures)]
        plan.append(("method", None))
        return plan

    def _new_layout(self) -> QgsPrintLayout:
        layout = QgsPrintLayout(self.project)
        layout.setName(self.options.title or tr("Harm briefing"))
        layout.renderContext().setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)
        return layout

    def _lay_out(self, index: int) -> None:
        """Add page ``index`` of the pack to the current layout, in the pack's language; a
        bilingual page is laid out in English on a layout of its own first, to pair each of
        its Welsh texts with the English one (:class:`~.words.PageWords`)."""
        if len(self.languages) == 1:
            with speaking(self.languages[0]):
                self._fill_page(index)
            return
        kept = (self.layout, self.page_items, self._keep, self.scrub.replaced)
        words = PageWords()
        self._words = words
        try:
            self.layout, self.page_items, self._keep = self._new_layout(), [], []
            with speaking(languages.ENGLISH):
                self._fill_page(index)
            self.layout, self.page_items, self._keep, self.scrub.replaced = kept  # the English layout is let go
            words.replaying = True
            with speaking(languages.WELSH):
                self._fill_page(index)
        finally:
            self._words = None

    def _fill_page(self, index: int) -> None:
        kind, area = self._plan[index]
        self._page_number = index
        if kind == "summary":
            self._summary_page()
        elif kind == "change":
            self._change_page()
        elif kind == "hotspots":
            self._hotspot_page()
        elif kind == "atlas":
            self._atlas_page(area)
        elif kind == "impact":
            self._impact_page()
        else:
            self._method_page()

    def build(self) -> QgsPrintLayout:
        """Every page in one layout, to look at or test. Its memory grows with the pages:
        :meth:`export` writes a pack page by page."""
        self.layout = self._new_layout()
        self.page_items = []
        self._keep = []
        for index in range(len(self._plan)):
            if self._canceled():
                break
            self._lay_out(index)
        self._report()
        return self.layout

    def page_layout(self, index: int) -> QgsPrintLayout:
        """A new layout holding page ``index`` alone (the previous page's layout and layers are let go)."""
        self.layout = None
        self.page_items = []
        self._keep = []
        self.layout = self._new_layout()
        self._lay_out(index)
        return self.layout

    def _report(self) -> None:
        if self.scrub.replaced:
            self.log.warning(tr("{0} identifier values found in the pack's text were withheld.").format(
                self.scrub.replaced))
        counts: Dict[str, int] = {}
        for kind in self.pages:
            counts[kind] = counts.get(kind, 0) + 1
        self.log.info(tr("Briefing pack laid out: {0} pages ({1}).").format(
            len(self.pages), ", ".join(kind if n == 1 else "{0} \u00d7 {1}".format(kind, n) for kind,
                                       n in counts.items())))

    def _canceled(self) -> bool:
        return bool(self.is_canceled())


    # -------------------------------------------------------------- export

    def export(self, path: Path, images: Optional[Path] = None, dpi: int = 300, image_dpi: int = 150) -> List[Path]:
        """Write the PDF page by page (and each page as page_NN.png in ``images``): a page
        is laid out alone, written, and let go before the next, so memory stays that of
        one page however many pages the pack has. The PNGs written, in order."""
        path = Path(path)
        folder = Path(images) if images else None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        stream = _PageStream(self, folder, image_dpi)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # searchable text
        settings.forceVectorOutput = True
        settings.rasterizeWholeImage = False
        settings.appendGeoreference = False
        settings.exportMetadata = True
        settings.simplifyGeometries = True
        result, error = QgsLayoutExporter.exportToPdf(stream, str(path), settings, self.feedback)
        self.layout = None
        self._keep = []
        canceled = stream.canceled or result == QgsLayoutExporter.ExportResult.Canceled
        if stream.error is not None or canceled:
            try:
                os.remove(path)  # a pack cut short is not a pack
            except OSError:
                pass
            if stream.error is not None:
                raise stream.error
            return stream.written
        if result != QgsLayoutExporter.ExportResult.Success:
            raise BriefingError(tr("Writing the briefing pack to '{0}' failed: {1}").format(path, error or result))
        self._report()
        return stream.written

    def export_pdf(self, path: Path, images: Optional[Path] = None) -> Path:
        """:meth:`export`, returning the PDF's path."""
        self.export(path, images)
        return Path(path)


class _PageStream(QgsAbstractLayoutIterator):
    """Gives QgsLayoutExporter the pack one page at a time, each in a layout of its own.

    QGIS's exporter asks for the next page only after writing the previous one, and
    the previous page's layout and layers are let go then: an atlas of a thousand
    pages needs the memory of one."""

    def __init__(self, pack: "BriefingPack", images: Optional[Path], image_dpi: int):
        super().__init__()
        self.pack = pack
        self.images = images
        self.image_dpi = image_dpi
        self.index = -1
        self._layout: Optional[QgsPrintLayout] = None
        self.written: List[Path] = []
        self.error: Optional[Exception] = None
        self.canceled = False

    def beginRender(self) -> bool:  # noqa: N802 (QGIS's name)
        self.index = -1
        return True

    def endRender(self) -> bool:  # noqa: N802
        self._layout = None
        return True

    def count(self) -> int:
        return len(self.pack.pages)

    def filePath(self, baseFilePath: str, extension: str) -> str:  # noqa: N802,N803
        return baseFilePath

    def layout(self):
        return self._layout

    def next(self) -> bool:
        self._layout = None  # the page just written goes
        self.index += 1
        if self.index >= len(self.pack.pages):
            return False
        if self.pack._canceled():
            self.canceled = True
            return False
        try:  # an exception must not cross into QGIS's C++ loop: keep it, stop, raise it after
            self._layout = self.pack.page_layout(self.index)
            if self.images is not None:
                self.written.append(self._write_image())
        except Exception as error:  # noqa: BLE001 (raised again by BriefingPack.export)
            self.error = error
            self._layout = None
            return False
        return True

    def _write_image(self) -> Path:
        image = QgsLayoutExporter(self._layout).renderPageToImage(0, QSize(), self.image_dpi)
        path = self.images / "page_{0:02d}.png".format(self.index + 1)
        if image.isNull() or not image.save(str(path), "PNG"):
            raise BriefingError(tr("Writing page {0} of the briefing pack to '{1}' failed.").format(self.index + 1,
                    path))
        return path


def _template_page_size(document: QDomDocument):
    """The size of the template's first page (QgsLayoutSize), read from its XML."""
    from qgis.core import QgsLayoutSize

    pages = document.documentElement().firstChildElement("PageCollection")
    item = pages.firstChildElement("LayoutItem") if not pages.isNull() else pages
    while not item.isNull():
        if item.hasAttribute("size"):
            size = QgsLayoutSize.decodeSize(item.attribute("size"))
            if size.width() > 0 and size.height() > 0:
                return size
        item = item.nextSiblingElement("LayoutItem")
    return None
