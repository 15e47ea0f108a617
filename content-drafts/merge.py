#!/usr/bin/env python3
"""Appends batches to the catalog in assets/ and i18n/ (run from the project root).
Usage: merge.py BATCH_DIR...  Fails on an id the catalog already has (or retired)."""
import sys, re, shutil, pathlib, tomllib
main = pathlib.Path('.')
LOCS = ['nl','en','de','tr','ar','ary']
ids = {t['id'] for t in tomllib.load(open(main/'assets/tips.toml','rb'))['tip']}
retired = {t['id'] for t in tomllib.load(open(main/'assets/tips.toml','rb')).get('retired',[])}
for b in sys.argv[1:]:
    b = pathlib.Path(b)
    toml_text = (b/'assets/tips.toml').read_text()
    bt = tomllib.loads(toml_text)['tip']
    clash = [t['id'] for t in bt if t['id'] in ids or t['id'] in retired]
    if clash:
        print(f'{b.name}: id clash {clash}', file=sys.stderr); sys.exit(1)
    ids |= {t['id'] for t in bt}
    body = re.sub(r'(?m)^#.*\n', '', toml_text).strip()
    with open(main/'assets/tips.toml','a') as f:
        f.write(f'\n\n# ---- {b.name} ----\n\n' + body + '\n')
    for loc in LOCS:
        text = (b/f'i18n/{loc}/tips.ftl').read_text()
        text = re.sub(r'(?m)^#.*\n', '', text).strip()
        with open(main/f'i18n/{loc}/tips.ftl','a') as f:
            f.write('\n\n' + text + '\n')
    print(f'{b.name}: {len(bt)} tips')
print(f'{len(ids)} tips in all')
