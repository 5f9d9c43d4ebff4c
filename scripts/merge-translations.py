#!/usr/bin/env python3
"""Merges translated entries into a .ts file.

Input: JSON lists of {context, source, translation} (a list of forms for numerus entries), as
produced when a batch of strings is translated outside Qt Linguist. Entries are matched by
context and source; matched messages lose their "unfinished" mark.
Usage: merge-translations.py TS_FILE JSON...
"""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, *json_paths = sys.argv[1:]
translations = {}
for path in json_paths:
    for entry in json.load(open(path, encoding="utf-8")):
        translations[(entry["context"], entry["source"])] = entry["translation"]

tree = ET.parse(ts_path)
merged = missing = 0
for context in tree.getroot().iter("context"):
    name = context.find("name").text
    for message in context.findall("message"):
        key = (name, message.find("source").text)
        translation = message.find("translation")
        if key not in translations:
            if translation.get("type") == "unfinished":
                missing += 1
            continue
        value = translations[key]
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        translation.attrib.pop("type", None)
        merged += 1
with open(ts_path, "wb") as output:
    output.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(output, encoding="utf-8")
print(f"{ts_path}: merged {merged}, still unfinished {missing}", file=sys.stderr)
