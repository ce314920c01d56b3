"""Refresh the English catalogue from the code, fill what the word list knows, compile the .qm.

    .venv/bin/python scripts/update_translations.py            # refresh, fill, compile, list gaps
    .venv/bin/python scripts/update_translations.py --check    # the same, exit 1 if any gap

Steps:
1. pyside6-lupdate over src/xinfang_desktop (every tr()/translate() call), obsolete entries dropped.
2. The validation templates (context "validation"): the Chinese templates of FieldError and the
   rota's Conflict, which the UI passes through QCoreApplication.translate; lupdate cannot see
   them because they are not written inside a translate call, so they are found here by reading
   the code.
3. Unfinished entries whose source text is in scripts/english_texts.py get that translation;
   translations already in the .ts are kept.
4. pyside6-lrelease writes resources/translations/xinfang_en.qm.
5. Every entry still unfinished is printed with its file and line: add it to english_texts.py
   (or translate it in Qt Linguist) and run again.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "src" / "xinfang_desktop"
TS_FILE = ROOT / "resources" / "translations" / "xinfang_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
VALIDATION_CONTEXT = "validation"  # domain/errors.py TRANSLATION_CONTEXT
# Calls whose template argument (second positional, or template=) the UI translates.
TEMPLATE_CALLS = {"FieldError": 1, "Conflict": 1}
# Module constants passed to translate() by name.
TEMPLATE_CONSTANTS = {"CALENDAR_WARNING"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def qt_tool(name: str) -> str:
    """pyside6-<name> on PATH, else the binary bundled inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    bundled = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if bundled.exists():
        return str(bundled)
    raise SystemExit(f"找不到 pyside6-{name}：请先安装 PySide6")


def source_files() -> list[Path]:
    return sorted(SOURCE_DIR.rglob("*.py"))


def _template_nodes(tree: ast.Module):
    """Yield the string nodes that serve as validation templates in one module."""
    constants: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            constants[node.target.id] = node.value

    def strings(expr: ast.expr | None):
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            yield expr
        elif isinstance(expr, ast.IfExp):
            yield from strings(expr.body)
            yield from strings(expr.orelse)
        elif isinstance(expr, ast.Name) and expr.id in constants:
            yield from strings(constants[expr.id])

    for name in TEMPLATE_CONSTANTS:
        if name in constants:
            yield from strings(constants[name])
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if called in TEMPLATE_CALLS:
                position = TEMPLATE_CALLS[called]
                if len(node.args) > position:
                    yield from strings(node.args[position])
                for keyword in node.keywords:
                    if keyword.arg == "template":
                        yield from strings(keyword.value)
        # Checks like id_number_problem() return the template the caller puts in a FieldError.
        elif isinstance(node, ast.FunctionDef) and node.name.endswith("_problem"):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return):
                    yield from strings(inner.value)


def validation_templates() -> dict[str, tuple[Path, int]]:
    """Each Chinese validation template and the first place it is written."""
    found: dict[str, tuple[Path, int]] = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in _template_nodes(tree):
            if CJK.search(node.value):
                found.setdefault(node.value, (path, node.lineno))
    return found


def read_translations(ts_file: Path) -> dict[tuple[str, str], str]:
    """Finished translations already in a .ts, by (context, source)."""
    if not ts_file.exists():
        return {}
    kept = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                kept[(name, message.findtext("source"))] = translation.text
    return kept


def run_lupdate(ts_file: Path) -> None:
    files = [str(p) for p in source_files()]
    subprocess.run(
        [
            qt_tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "absolute",
            *files,
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def name_module_contexts(root: ET.Element) -> None:
    """lupdate files a module-level ``tr()`` helper under a nameless context; app.py's helper
    translates in the context "app", so its messages move there."""
    named = {c.findtext("name"): c for c in root.findall("context")}
    nameless = named.get(None) or named.get("")
    if nameless is None:
        return
    target = named.get("app")
    if target is None:
        target = ET.SubElement(root, "context")
        ET.SubElement(target, "name").text = "app"
    for message in nameless.findall("message"):
        location = message.find("location")
        if location is not None and location.get("filename", "").endswith("/app.py"):
            nameless.remove(message)
            target.append(message)
    if not nameless.findall("message"):
        root.remove(nameless)


def add_validation_context(root: ET.Element, previous: dict[tuple[str, str], str]) -> None:
    templates = validation_templates()
    for context in root.findall("context"):
        if context.findtext("name") == VALIDATION_CONTEXT:
            root.remove(context)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = VALIDATION_CONTEXT
    for source, (path, line) in templates.items():
        message = ET.SubElement(context, "message")
        relative = Path(_relpath(path, TS_FILE.parent))
        ET.SubElement(message, "location", filename=relative.as_posix(), line=str(line))
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        known = previous.get((VALIDATION_CONTEXT, source))
        if known:
            translation.text = known
        else:
            translation.set("type", "unfinished")


def _relpath(path: Path, start: Path) -> str:
    import os

    return os.path.relpath(path, start)


def fill_from_word_list(root: ET.Element) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from english_texts import BY_CONTEXT, ENGLISH

    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.text and not translation.get("type"):
                continue
            source = message.findtext("source")
            english = BY_CONTEXT.get((name, source)) or ENGLISH.get(source)
            if english:
                translation.text = english
                translation.attrib.pop("type", None)


def unfinished(root: ET.Element) -> list[tuple[str, str, str]]:
    gaps = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") or not (translation.text or "").strip():
                where = message.find("location")
                place = f"{where.get('filename')}:{where.get('line')}" if where is not None else ""
                gaps.append((name, message.findtext("source"), place))
    return gaps


def write_ts(root: ET.Element, ts_file: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any entry is unfinished")
    args = parser.parse_args(argv)

    previous = read_translations(TS_FILE)
    run_lupdate(TS_FILE)
    tree = ET.parse(TS_FILE)
    root = tree.getroot()
    name_module_contexts(root)
    add_validation_context(root, previous)
    fill_from_word_list(root)
    write_ts(root, TS_FILE)
    compile_qm(TS_FILE, QM_FILE)

    total = sum(1 for _ in root.iter("message"))
    gaps = unfinished(root)
    for context, source, place in gaps:
        print(f"未翻译  {place}  [{context}]  {source!r}")
    print(f"{TS_FILE.relative_to(ROOT)}: {total} 条，未翻译 {len(gaps)} 条；已生成 {QM_FILE.name}")
    return 1 if args.check and gaps else 0


if __name__ == "__main__":
    sys.exit(main())
