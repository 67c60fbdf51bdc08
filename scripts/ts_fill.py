#!/usr/bin/env python3
"""Developer aid for translations/cisiamo_it.ts (not used by the program).

  ts_fill.py FILE.ts list              unfinished entries as JSON lines
  ts_fill.py FILE.ts apply MAP.json    fill unfinished entries from MAP
  ts_fill.py FILE.ts same              fill unfinished entries that have no
                                       plural with their source (English)

MAP is a JSON object: "source" -> "translation" (any context), or
"Context|source" -> "translation" (one context). For %n plurals the value is
a list ["singular", "plural"]. Run `cmake --build build --target
update_translations` first so that the .ts knows every string.
"""
import json
import sys
import xml.etree.ElementTree as ET


def entries(root):
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            yield name, message


def main():
    path, command = sys.argv[1], sys.argv[2]
    tree = ET.parse(path)
    root = tree.getroot()
    if command == 'list':
        for name, message in entries(root):
            t = message.find('translation')
            if t is not None and t.get('type') == 'unfinished':
                print(json.dumps({'context': name, 'source': message.findtext('source'),
                                  'numerus': message.get('numerus') == 'yes'}, ensure_ascii=False))
        return
    if command == 'same':
        mapping = {message.findtext('source'): message.findtext('source')
                   for _, message in entries(root) if message.get('numerus') != 'yes'}
    else:
        mapping = json.load(open(sys.argv[3], encoding='utf-8'))
    filled = missing = 0
    for name, message in entries(root):
        t = message.find('translation')
        if t is None or t.get('type') != 'unfinished':
            continue
        source = message.findtext('source')
        value = mapping.get(f'{name}|{source}', mapping.get(source))
        if value is None:
            missing += 1
            continue
        for child in list(t):
            t.remove(child)
        t.text = None
        if message.get('numerus') == 'yes':
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ET.SubElement(t, 'numerusform').text = form
        else:
            t.text = value[0] if isinstance(value, list) else value
        del t.attrib['type']
        filled += 1
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    print(f'filled {filled}, still unfinished {missing}', file=sys.stderr)


if __name__ == '__main__':
    main()
