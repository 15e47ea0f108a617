#!/usr/bin/env python3
"""Checks a draft batch: python3 content-drafts/check.py content-drafts/<batch>
- assets/tips.toml parses; fields valid; ids kebab-case, unique, not already in .
- every locale (nl en de tr ar ary) has .title (<=60 chars) and .body (<=400 chars) for every id
- no stray ids in ftl; Fluent-safe single-line values (no { } ; no line starting with [ * .)
"""
import re, sys, tomllib, pathlib
root = pathlib.Path(sys.argv[1])
main = pathlib.Path(".")
LOCS = ["nl", "en", "de", "tr", "ar", "ary"]
THEMES = {"bonding","touch","play","talk","soothing","routine","carers","feelings","self_care"}
CONCEPTS = set(re.findall(r'^\s+"([a-z_]+)",$', (main/"core/src/tips/catalog.rs").read_text(), re.M))
ok = True
def bad(msg):
    global ok; ok = False; print("PROBLEM:", msg)
existing = {t["id"] for t in tomllib.load(open(main/"assets/tips.toml","rb"))["tip"]}
tips = tomllib.load(open(root/"assets/tips.toml","rb")).get("tip", [])
ids = []
for t in tips:
    i = t.get("id","?")
    ids.append(i)
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", i): bad(f"{i}: id not kebab-case")
    if i in existing: bad(f"{i}: id already in the main catalog")
    extra = set(t) - {"id","from_day","to_day","theme","concept","priority","show_by_day","born_early"}
    if extra: bad(f"{i}: unknown fields {extra}")
    for f in ("from_day","to_day","theme","concept","priority"):
        if f not in t: bad(f"{i}: missing {f}")
    if t.get("from_day",0) > t.get("to_day",0): bad(f"{i}: from_day after to_day")
    if t.get("theme") not in THEMES: bad(f"{i}: theme {t.get('theme')}")
    if t.get("concept") not in CONCEPTS: bad(f"{i}: concept {t.get('concept')}")
    if t.get("priority") not in (1,2,3): bad(f"{i}: priority")
    if t.get("born_early") and t.get("to_day",0) >= 0: bad(f"{i}: born_early tips must end before day 0")
if len(set(ids)) != len(ids): bad("duplicate ids in batch")
msg_re = re.compile(r"^([a-z][a-z0-9-]*) =\s*$")
for loc in LOCS:
    p = root/"i18n"/loc/"tips.ftl"
    if not p.exists(): bad(f"{loc}: no tips.ftl"); continue
    msgs = {}; cur = None
    for n, line in enumerate(p.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"): continue
        m = msg_re.match(line)
        if m: cur = m.group(1); msgs.setdefault(cur, {}); continue
        m = re.match(r"^    \.(title|body) = (.+)$", line)
        if m and cur:
            v = m.group(2)
            if "{" in v or "}" in v: bad(f"{loc}:{n}: braces not allowed")
            msgs[cur][m.group(1)] = v; continue
        bad(f"{loc}:{n}: unexpected line (values must be on one line): {line[:60]}")
    for i in ids:
        m = msgs.get(i)
        if not m or "title" not in m or "body" not in m: bad(f"{loc}: {i} missing title or body"); continue
        if len(m["title"]) > 60: bad(f"{loc}: {i} title {len(m['title'])} > 60 chars")
        if len(m["body"]) > 400: bad(f"{loc}: {i} body {len(m['body'])} > 400 chars")
    for i in set(msgs) - set(ids): bad(f"{loc}: {i} not in tips.toml")
print(f"{len(ids)} tips checked:", "OK" if ok else "PROBLEMS")
sys.exit(0 if ok else 1)
