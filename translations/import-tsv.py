#!/usr/bin/env python3
"""Fills unfinished messages of translations/kasir_id.ts from hand-over tables, and the plural
forms of translations/kasir_en.ts.

    cmake --build build --target kasir_lupdate      # collect the messages of the code first
    translations/import-tsv.py docs/translations-*-id.tsv
    cmake --build build --target kasir_lupdate      # normalise the files again

A table has one message a line: context<TAB>English source<TAB>Indonesian, "\\n" for a line
break, "#" starts a comment line. Finished translations are never overwritten. Placeholders
(%1, %2, %n) must match the source, or the line is refused. English plural forms are made from
"(s)" in the source: "%n item(s)" -> "%n item" / "%n items". Prints what is still unfinished;
the exit status is 1 when something is.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def placeholders(text):
    return sorted(set(re.findall(r'%(?:\d+|n)', text)))


def read_tables(paths):
    table = {}
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) != 3:
                    sys.exit(f'{path}:{number}: expected context, source and translation')
                ctx, src, tr = (p.replace('\\n', '\n') for p in parts)
                if placeholders(src) != placeholders(tr):
                    sys.exit(f'{path}:{number}: placeholders differ: {src!r} -> {tr!r}')
                table.setdefault((ctx, src), tr)
    return table


def set_translation(message, forms):
    t = message.find('translation')
    for child in list(t):
        t.remove(child)
    t.attrib.pop('type', None)
    if message.get('numerus') == 'yes':
        t.text = None
        for form in forms:
            ET.SubElement(t, 'numerusform').text = form
    else:
        t.text = forms[0]


def unfinished(message):
    t = message.find('translation')
    return t is None or t.get('type') == 'unfinished'


def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')


def main():
    table = read_tables(sys.argv[1:])
    left = []

    path = os.path.join(HERE, 'kasir_id.ts')
    tree = ET.parse(path)
    for ctx in tree.getroot().findall('context'):
        name = ctx.find('name').text
        for m in ctx.findall('message'):
            if not unfinished(m):
                continue
            src = m.find('source').text
            tr = table.get((name, src))
            if tr is None:
                left.append(f'kasir_id.ts: {name}: {src!r}')
            else:
                set_translation(m, [tr]) # Indonesian has one plural form
    write(tree, path)

    path = os.path.join(HERE, 'kasir_en.ts')
    tree = ET.parse(path)
    for ctx in tree.getroot().findall('context'):
        name = ctx.find('name').text
        for m in ctx.findall('message'):
            if m.get('numerus') != 'yes' or not unfinished(m):
                continue
            src = m.find('source').text
            if '(s)' in src:
                set_translation(m, [src.replace('(s)', ''), src.replace('(s)', 's')])
            else:
                left.append(f'kasir_en.ts (plural): {name}: {src!r}')
    write(tree, path)

    for line in left:
        print('unfinished:', line)
    return 1 if left else 0


if __name__ == '__main__':
    sys.exit(main())
