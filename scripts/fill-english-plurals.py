#!/usr/bin/env python3
"""Fills the English plural forms of translations/twelve-factor-inspector_en.ts.

Source strings mark plurals as "finding(s)" / "process(es)"; the singular drops the
parenthesis, the plural keeps its letters. Already finished entries are left alone.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/twelve-factor-inspector_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    for form in list(translation):
        translation.remove(form)
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    del translation.attrib["type"]
    changed += 1
with open(path, "wb") as output:
    output.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(output, encoding="utf-8")
print(f"{path}: filled {changed} plural entries", file=sys.stderr)
