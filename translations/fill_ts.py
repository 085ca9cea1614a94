#!/usr/bin/env python3
"""Fills a Qt .ts file from a JSON dictionary of translations, and checks each one.

    translations/fill_ts.py nomesync_de.json translations/nomesync_de.ts

The JSON maps a source text to its translation, or for a plural (%n) message to the list of
plural forms. "context/source" keys win over plain "source" keys, for the rare text that needs
a different translation in one context. Every message found gets type="unfinished" removed;
unfinished messages the dictionary has no translation for are reported and stay unfinished. A translation whose
placeholders (%1.., %n, %v, %m) or count of & accelerators differs from the source is refused.
Run `cmake --build build --target update_translations` first so the .ts lists every source.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n|v|m)")
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+);")


def placeholders(text):
    return sorted(p.replace("L", "") for p in PLACEHOLDER.findall(text))


def accelerators(text):
    text = ENTITY.sub("", text).replace("&&", "")
    return len(re.findall(r"&(?=\S)", text))


def problems(source, translation):
    found = []
    if placeholders(source) != placeholders(translation):
        found.append("placeholders %s != %s" % (placeholders(source), placeholders(translation)))
    if accelerators(source) != accelerators(translation):
        found.append("accelerators %d != %d" % (accelerators(source), accelerators(translation)))
    return found


def main():
    dictionary_path, ts_path = sys.argv[1], sys.argv[2]
    with open(dictionary_path, encoding="utf-8") as f:
        dictionary = json.load(f)
    tree = ET.parse(ts_path)
    missing, refused, filled = [], [], 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            wanted = dictionary.get(name + "/" + source, dictionary.get(source))
            element = message.find("translation")
            if wanted is None:
                if element.get("type") is not None:  # unfinished, and nothing to fill it with
                    missing.append("%s: %s" % (name, source))
                continue
            plural = message.get("numerus") == "yes"
            forms = wanted if isinstance(wanted, list) else [wanted]
            if plural != isinstance(wanted, list):
                refused.append("%s: %s: plural forms expected: %s" % (name, source, plural))
                continue
            bad = [p for form in forms for p in problems(source, form)]
            if bad:
                refused.append("%s: %s: %s" % (name, source, "; ".join(bad)))
                continue
            for child in list(element):
                element.remove(child)
            element.attrib.pop("type", None)
            if plural:
                element.text = None
                for form in forms:
                    ET.SubElement(element, "numerusform").text = form
            else:
                element.text = forms[0]
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; ElementTree drops it.
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>\n",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', 1)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")
    for line in refused:
        print("refused:", line, file=sys.stderr)
    for line in missing:
        print("missing:", line, file=sys.stderr)
    print("%s: %d filled, %d missing, %d refused" % (ts_path, filled, len(missing), len(refused)))
    return 1 if missing or refused else 0


if __name__ == "__main__":
    sys.exit(main())
