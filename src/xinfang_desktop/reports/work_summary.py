"""The year-end 总结 draft as an editable Word document (.docx) and as a PDF.

Word: headings use the built-in 标题 1 style, so Word's and WPS's 导航 pane lists the six parts;
body text is 仿宋 16 pt and headings 黑体, as 党政机关公文 (GB/T 9704) set them, on A4 with the
standard margins, so the principal only finishes the text.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from xinfang_desktop.domain.dates import chinese_date
from xinfang_desktop.domain.work_summary import SummaryDraft
from xinfang_desktop.reports.cjk_text import cjk_paragraph
from xinfang_desktop.reports.fonts import register_cjk_font
from xinfang_desktop.reports.page_frame import PageFrame

BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
TITLE_FONT = "宋体"
BODY_SIZE = Pt(16)
TITLE_SIZE = Pt(22)
CHANNEL_TABLE_AFTER = "三、"


def _set_fonts(run_or_style, east_asian: str, size: Pt | None = None, bold: bool = False) -> None:
    font = run_or_style.font
    font.name = east_asian
    font.bold = bold
    if size is not None:
        font.size = size
    font.color.rgb = RGBColor(0, 0, 0)
    # python-docx sets only the Latin font; Chinese text takes w:eastAsia.
    element = run_or_style.element
    r_pr = element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = r_pr.makeelement(qn("w:rFonts"), {})
        r_pr.append(fonts)
    fonts.set(qn("w:eastAsia"), east_asian)


def _page_setup(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)


def _styles(document) -> None:
    normal = document.styles["Normal"]
    _set_fonts(normal, BODY_FONT, BODY_SIZE)
    normal.paragraph_format.first_line_indent = Pt(32)  # two characters
    normal.paragraph_format.line_spacing = Pt(28)
    heading = document.styles["Heading 1"]
    _set_fonts(heading, HEADING_FONT, BODY_SIZE)
    heading.paragraph_format.first_line_indent = Pt(32)
    heading.paragraph_format.space_before = Pt(6)
    heading.paragraph_format.space_after = Pt(0)
    title = document.styles["Title"]
    _set_fonts(title, TITLE_FONT, TITLE_SIZE, bold=True)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _centered(document, text: str, style: str = "Normal"):
    paragraph = document.add_paragraph(text, style=style)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Pt(0)
    return paragraph


def _channel_table(document, draft: SummaryDraft) -> None:
    rows = [c for c in draft.channels if c.cases]
    if not rows:
        return
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, ("渠道", "件数", "人次"), strict=True):
        cell.text = text
    for channel in rows:
        cells = table.add_row().cells
        cells[0].text = channel.label
        cells[1].text = str(channel.cases)
        cells[2].text = str(channel.persons)
    for row in table.rows:
        for index, cell in enumerate(row.cells):
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.first_line_indent = Pt(0)
                paragraph.alignment = (
                    WD_ALIGN_PARAGRAPH.LEFT if index == 0 else WD_ALIGN_PARAGRAPH.RIGHT
                )


def build_work_summary_docx(draft: SummaryDraft) -> bytes:
    document = Document()
    _page_setup(document)
    _styles(document)
    core = document.core_properties
    core.title = draft.title
    core.author = draft.unit_name
    core.subject = "信访稳定工作总结（草稿）"
    document.add_paragraph(draft.title, style="Title")
    _centered(document, draft.subtitle)
    document.add_paragraph(draft.opening)
    for section in draft.sections:
        document.add_heading(section.heading, level=1)
        for text in section.paragraphs:
            document.add_paragraph(text)
        if section.heading.startswith(CHANNEL_TABLE_AFTER):
            _channel_table(document, draft)
    for text in (draft.unit_name, chinese_date(draft.signed_on)):
        if text:
            closing = document.add_paragraph(text)
            closing.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            closing.paragraph_format.first_line_indent = Pt(0)
            closing.paragraph_format.right_indent = Pt(32)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def build_work_summary_pdf(draft: SummaryDraft) -> bytes:
    """The same draft as a PDF, for reading and filing before it is finished in Word."""
    font = register_cjk_font()
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=20, firstLineIndent=24)
    heading = ParagraphStyle("heading", parent=body, fontSize=13, spaceBefore=6)
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=TA_CENTER)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    frame = PageFrame(
        unit_name=draft.unit_name,
        title=draft.title,
        subtitle="草稿",
        printed_at=draft.signed_on,
    )
    story = [
        cjk_paragraph(draft.title, title),
        cjk_paragraph(draft.subtitle, title),
        Spacer(1, 4 * mm),
        cjk_paragraph(draft.opening, body),
    ]
    for section in draft.sections:
        story.append(cjk_paragraph(section.heading, heading))
        story.extend(cjk_paragraph(text, body) for text in section.paragraphs)
        if section.heading.startswith(CHANNEL_TABLE_AFTER):
            rows = [["渠道", "件数", "人次"]] + [
                [c.label, str(c.cases), str(c.persons)] for c in draft.channels if c.cases
            ]
            if len(rows) > 1:
                table = Table(rows, colWidths=[50 * mm, 30 * mm, 30 * mm])
                table.setStyle(
                    TableStyle(
                        [
                            ("FONTNAME", (0, 0), (-1, -1), font),
                            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                        ]
                    )
                )
                story.append(table)
    story.append(Spacer(1, 8 * mm))
    story.extend(
        cjk_paragraph(text, right)
        for text in (draft.unit_name, chinese_date(draft.signed_on))
        if text
    )
    return frame.build(story)
