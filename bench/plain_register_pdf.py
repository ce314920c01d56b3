"""The floor for the 来访登记表: a plain ReportLab script printing the same rows and font.

    python bench/plain_register_pdf.py FONT_FILE CELLS.json OUT.pdf

It imports ReportLab only (nothing of xinfang), registers the font file the plain way (a
TTFont on the file, parsed in this process, no cache), and builds one plain Table of the cell
strings: unwrapped, header repeated, grid drawn, on A4 landscape. bench_print_process.py runs
it as a whole process; bench_register_pdf.py calls build_plain_table_pdf in-process.
"""

from __future__ import annotations

import io
import json
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

HEADER = [
    "序号", "来访时间", "离开时间", "姓名", "性别", "联系电话", "身份证号", "人数",
    "单位/住址", "来访事由", "类别", "接待对象", "车牌", "处理结果", "登记人", "备注",
]  # fmt: skip


def build_plain_table_pdf(cells: list[list[str]], font: str) -> bytes:
    """One Table of HEADER + ``cells`` in ``font`` (already registered), 8 pt on 10 pt."""
    buffer = io.BytesIO()
    pagesize = landscape(A4)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=10 * mm,
        bottomMargin=10 * mm,
    )
    width = pagesize[0] - 20 * mm
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), font, 8, 10),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ]
    )
    data = [HEADER, *cells]
    doc.build(
        [Table(data, colWidths=[width / len(HEADER)] * len(HEADER), repeatRows=1, style=style)]
    )
    return buffer.getvalue()


def main() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font_file, cells_file, output = sys.argv[1:4]
    pdfmetrics.registerFont(TTFont("PlainCJK", font_file, subfontIndex=0))
    with open(cells_file, encoding="utf-8") as source:
        cells = json.load(source)
    with open(output, "wb") as target:
        target.write(build_plain_table_pdf(cells, "PlainCJK"))


if __name__ == "__main__":
    main()
