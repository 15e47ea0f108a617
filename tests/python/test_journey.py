#!/usr/bin/env python3
"""A parent's journey through the generated Python bindings of hechting.

    python3 tests/python/test_journey.py [BINDINGS_DIR [LIBRARY]]

BINDINGS_DIR holds the generated hechting.py (default: target/bindings/python),
LIBRARY is libhechting.so (default: target/debug/libhechting.so). Both are copied into
a temp dir, since the generated module loads the library from its own directory.
Exits non-zero on the first failed check. Run bindings/generate.sh first.
"""

import datetime as dt
import importlib
import json
import os
import shutil
import struct
import sys
import tempfile
import threading
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def load_bindings(workdir):
    bindings = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "bindings", "python")
    default_lib = "libhechting.dylib" if sys.platform == "darwin" else "libhechting.so"
    library = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "target", "debug", default_lib)
    pkg = os.path.join(workdir, "py")
    os.makedirs(pkg)
    shutil.copy(os.path.join(bindings, "hechting.py"), pkg)
    shutil.copy(library, os.path.join(pkg, os.path.basename(library)))
    sys.path.insert(0, pkg)
    return importlib.import_module("hechting")


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def expect_error(h, cls, fn):
    """Runs fn, which must raise `cls` (a HechtingError variant); returns the error."""
    try:
        fn()
    except h.HechtingError as e:
        check(isinstance(e, cls), f"expected {cls.__name__}, got {e!r}")
        return e
    raise AssertionError(f"expected {cls.__name__}, nothing was raised")


def journey(h, workdir):
    today = dt.date.today()
    iso = lambda d: d  # dates cross as datetime.date
    now = dt.datetime.now(dt.timezone.utc)
    offset_min = 120

    db = os.path.join(workdir, "hechting.sqlite")
    core = h.Core(db, ["nl-NL"])
    check(os.path.exists(db), "the database file exists")
    info = core.locale_info()
    check(info.locale == "nl" and info.direction == h.Direction.LTR, f"nl first: {info}")

    # ---- children: twins and a preterm baby ----
    twin_birth, twin_due = today - dt.timedelta(days=60), today - dt.timedelta(days=55)
    anna = core.add_child(h.ChildInput(name="Anna", birth_date=iso(twin_birth), due_date=iso(twin_due)), iso(today))
    bram = core.add_child(h.ChildInput(name=" Bram ", birth_date=iso(twin_birth), due_date=iso(twin_due)), iso(today))
    check(bram.name == "Bram", "the name is trimmed")
    check(anna.birth_date == bram.birth_date == iso(twin_birth), "twins share a birth date")
    check(anna.id != bram.id, "twins are two children")
    check(isinstance(anna.created_at, dt.datetime) and anna.deleted_at is None, "instants cross as datetimes")
    pre_birth = today - dt.timedelta(days=30)
    pre_due = pre_birth + dt.timedelta(weeks=10)
    pim = core.add_child(h.ChildInput(name="Pim", birth_date=iso(pre_birth), due_date=iso(pre_due)), iso(today))
    check(len(core.children()) == 3, "three children")
    check(core.child(pim.id).due_date == iso(pre_due), "child by id")

    a_age, b_age = core.age(anna.id, iso(today)), core.age(bram.id, iso(today))
    check(a_age.age.days == 60 and a_age.label == b_age.label, f"twins are the same age: {a_age}")
    check(a_age.age.corrected_days is None, "born 5 days early: no corrected age")
    p_age = core.age(pim.id, iso(today))
    check(p_age.age.days == 30 and p_age.age.corrected_days == 30 - 70, f"preterm corrected age: {p_age}")
    check(p_age.age.tip_age_days == -40 and p_age.age.phase == h.Phase.NEWBORN, "tips follow the corrected age, below zero until the due date")
    check(p_age.label and p_age.phase_label, "age words")

    bram = core.update_child(bram.id, h.ChildInput(name="Bram Jr", birth_date=iso(twin_birth), due_date=iso(twin_due)), iso(today))
    check(bram.name == "Bram Jr", "child renamed")
    core.remove_child(bram.id)
    check(len(core.children()) == 2, "removed child leaves the list")
    expect_error(h, h.HechtingError.NotFound, lambda: core.child(bram.id))
    check(core.restore_child(bram.id).deleted_at is None, "child restored")

    # ---- moments: log, edit, delete, restore ----
    def log(child, kind, minutes_ago, note=None, **kw):
        at = now - dt.timedelta(minutes=minutes_ago)
        return core.log_moment(child.id, h.MomentInput(kind=kind, occurred_at=at, utc_offset_minutes=offset_min, note=note, **kw))

    cuddle = log(anna, h.MomentKind.CUDDLE, 30, "Samen op de bank", duration_minutes=15, caregiver="Papa")
    check(cuddle.kind == h.MomentKind.CUDDLE and cuddle.duration_minutes == 15, f"logged: {cuddle}")
    check(abs((cuddle.occurred_at - (now - dt.timedelta(minutes=30))).total_seconds()) < 0.002, "instant round trip")
    song = log(anna, h.MomentKind.SINGING, 90, "Een slaapliedje gezongen")
    edited = core.update_moment(cuddle.id, h.MomentInput(kind=h.MomentKind.SKIN_TO_SKIN, occurred_at=cuddle.occurred_at,
                                                         utc_offset_minutes=offset_min, note="Huid op huid na het badje"))
    check(edited.kind == h.MomentKind.SKIN_TO_SKIN and edited.note == "Huid op huid na het badje", "moment edited")
    check(edited.updated_at >= edited.created_at and edited.caregiver is None, "edit replaces the fields")
    core.delete_moment(song.id)
    check(expect_error(h, h.HechtingError.NotFound, lambda: core.moment(song.id)).code == h.ErrorCode.MOMENT_NOT_FOUND, "deleted")
    deleted = core.deleted_moments(anna.id, 10)
    check([m.id for m in deleted] == [song.id] and deleted[0].deleted_at is not None, "undo list")
    check(core.restore_moment(song.id).deleted_at is None, "moment restored")
    check(core.moment(song.id).note == "Een slaapliedje gezongen", "moment by id")

    # ---- journal pages and search ----
    kinds = [h.MomentKind.PLAY, h.MomentKind.READING, h.MomentKind.BATH]
    for i in range(12):
        log(bram, kinds[i % 3], 10 + i * 60, f"moment {i}" + (" met de giraf" if i == 7 else ""))
    seen, cursor, pages = [], None, 0
    while True:
        page = core.moments(h.MomentQuery(child_id=bram.id, limit=5, cursor=cursor))
        pages += 1
        seen += page.items
        cursor = page.next_cursor
        if cursor is None:
            break
    check(pages == 3 and len(seen) == 12 and len({m.id for m in seen}) == 12, f"3 pages of 12: {pages}, {len(seen)}")
    check(all(a.occurred_at >= b.occurred_at for a, b in zip(seen, seen[1:])), "newest first")
    found = core.moments(h.MomentQuery(child_id=bram.id, text="giraf"))
    check([m.note for m in found.items] == ["moment 7 met de giraf"], f"search: {found.items}")
    everyone = core.moments(h.MomentQuery(text="slaapliedje"))
    check([m.id for m in everyone.items] == [song.id], "search across children")
    baths = core.moments(h.MomentQuery(child_id=bram.id, kinds=[h.MomentKind.BATH], limit=500))
    check(len(baths.items) == 4, "filter by kind")
    last_local = max(m.local_date for m in seen)
    summaries = core.day_summaries(bram.id, iso(today - dt.timedelta(days=2)), iso(today + dt.timedelta(days=1)))
    check(sum(s.total for s in summaries) == 12, f"day summaries: {summaries}")
    check(any(s.date == last_local for s in summaries), "summaries are by local day")
    check(all(sum(c.count for c in s.counts) == s.total for s in summaries), "counts add up")
    check(len(core.moment_kinds()) == 18 and all(k.label for k in core.moment_kinds()), "18 kinds with labels")
    check(core.kind_label(h.MomentKind.CUDDLE) == core.ui_strings()["kind-cuddle"], "kind label")

    # ---- tips in nl, then in ar ----
    tip = core.tip_for_day(anna.id, iso(today))
    check(tip is not None and tip.tip.title and tip.tip.body and tip.date == iso(today), f"today's tip: {tip}")
    check(core.tip_for_day(anna.id, iso(today)).tip.id == tip.tip.id, "the same tip all day")
    preview_nl = core.upcoming_tips(anna.id, iso(today), 7)
    check([t.date for t in preview_nl] == [iso(today + dt.timedelta(days=i)) for i in range(7)], "7 days")
    check(preview_nl[0].tip.id == tip.tip.id, "the preview starts with today's tip")
    check(len({t.tip.id for t in preview_nl}) == 7, "a different tip each day")

    # A Moroccan phone set to Darija reads Darija, then Arabic, then Dutch.
    ary = core.set_locales(["ary-MA"])
    check(ary.locale == "ary" and ary.direction == h.Direction.RTL and ary.chain == ["ary", "ar", "nl"], f"ary-MA reads Darija: {ary}")
    tip_ary = core.tip_for_day(anna.id, iso(today))
    check(tip_ary.tip.id == tip.tip.id and tip_ary.tip.title, "the same tip in Darija")
    info = core.set_locales(["ar-MA"])
    check(core.tip_for_day(anna.id, iso(today)).tip.title != tip_ary.tip.title, "Darija is not the Arabic text")
    check(info.locale == "ar" and info.direction == h.Direction.RTL, f"ar-MA reads Arabic, rtl: {info}")
    check(info.chain[-1] == "nl", "the chain ends in nl")
    tip_ar = core.tip_for_day(anna.id, iso(today))
    check(tip_ar.tip.id == tip.tip.id and tip_ar.tip.title, "same tip, in the new language")
    preview_ar = core.upcoming_tips(anna.id, iso(today), 7)
    check([t.tip.id for t in preview_ar] == [t.tip.id for t in preview_nl], "the preview does not depend on the language")
    for planned in preview_ar[1:]:
        shown = core.tip_for_day(anna.id, planned.date)
        check(shown.tip.id == planned.tip.id, f"day {planned.date}: the app shows what was previewed")
    strings_ar = core.ui_strings()
    check(strings_ar.get("kind-cuddle") and strings_ar["kind-cuddle"] != "Knuffelen", "Arabic UI strings")

    state = core.tip_feedback(anna.id, tip.tip.id, h.Feedback.FAVOURITE)
    check(state.favourite and not state.tried, f"favourite: {state}")
    state = core.tip_feedback(anna.id, tip.tip.id, h.Feedback.TRIED)
    check(state.favourite and state.tried, "tried")
    check([t.id for t in core.favourite_tips(anna.id)] == [tip.tip.id], "favourites")
    check(core.tip_for_day(anna.id, iso(today)).feedback.favourite, "feedback shows on the tip")
    history = core.tip_history(anna.id, None, 5)
    check(len(history) == 5 and history[0].date == preview_ar[-1].date, "history, newest first")
    older = core.tip_history(anna.id, history[-1].date, 5)
    check(len(older) == 2 and older[-1].date == iso(today), "history pages")
    other = preview_nl[1].tip.id
    check(core.tip_feedback(bram.id, other, h.Feedback.NOT_FOR_ME).not_for_me, "not for me")
    check(not core.tip_feedback(bram.id, other, h.Feedback.UNDO_NOT_FOR_ME).not_for_me, "undo not for me")
    check(expect_error(h, h.HechtingError.NotFound,
                       lambda: core.tip_feedback(anna.id, "no-such-tip", h.Feedback.TRIED)).code == h.ErrorCode.TIP_NOT_FOUND, "tip")

    themes = core.themes()
    check(len(themes) == 9 and all(t.enabled and t.label for t in themes), "9 themes, all on")
    core.set_theme_enabled(h.Theme.PLAY, False)
    check([t.theme for t in core.themes() if not t.enabled] == [h.Theme.PLAY], "play off")
    core.set_theme_enabled(h.Theme.PLAY, True)
    preview = core.tip_preview(100, False)
    check(preview.age_days == 100 and preview.candidates, "tip preview for authors")
    check(all(c.from_day <= 100 <= c.to_day for c in preview.candidates if not preview.any_age_fallback), "windows hold")

    # ---- languages and strings ----
    locales = core.available_locales()
    check({"nl", "en", "de", "tr", "ar", "ary"} <= {l.tag for l in locales}, f"locales: {locales}")
    check([l.direction for l in locales if l.tag == "ar"] == [h.Direction.RTL], "ar is rtl")
    check(core.set_language("en").locale == "en", "the parent's choice wins")
    check(core.set_locales(["ar-MA"]).locale == "en", "and is kept when the phone changes")
    check(core.set_language(None).locale == "ar", "follow the phone again")
    core.set_locales(["nl-NL"])
    strings = core.ui_strings()
    for key in ["kind-cuddle", "kind-skin-to-skin", "phase-newborn", "error-name-empty"]:
        check(strings.get(key), f"UI string {key}")
    three = core.ui_string("age-days", {"days": h.Arg.NUMBER(3)})
    check("3" in three, f"placeable filled: {three}")
    check(core.ui_string("age-corrected", {"age": h.Arg.TEXT("9 maanden"), "corrected": h.Arg.NUMBER(7)}), "text arg")
    check(core.ui_string("kind-cuddle.hint", {}), "attribute")

    # ---- articles ----
    articles = core.articles()
    check(articles and all(a.title and a.minutes > 0 for a in articles), "articles")
    article = core.article(articles[0].id)
    check(article.blocks and article.title == articles[0].title, "an article")
    check(all(isinstance(b, (h.Block.HEADING, h.Block.PARAGRAPH, h.Block.BULLET_LIST, h.Block.QUOTE)) for b in article.blocks),
          "blocks")
    check(any(s.text for b in article.blocks if b.is_PARAGRAPH() for s in b.spans), "spans with text")
    check(expect_error(h, h.HechtingError.NotFound, lambda: core.article("nope")).code == h.ErrorCode.ARTICLE_NOT_FOUND, "no article")

    # ---- typed errors with codes ----
    e = expect_error(h, h.HechtingError.InvalidInput, lambda: core.add_child(h.ChildInput(name="  ", birth_date=iso(today)), iso(today)))
    check(e.field == "name" and e.code == h.ErrorCode.NAME_EMPTY and h.error_code(e) == h.ErrorCode.NAME_EMPTY, f"empty name: {e!r}")
    check(strings.get(h.error_message_id(h.error_code(e))), "the error has a UI string")
    e = expect_error(h, h.HechtingError.InvalidInput, lambda: core.add_child(h.ChildInput(name="X", birth_date=iso(today + dt.timedelta(days=3))), iso(today)))
    check(e.field == "birth_date" and e.code == h.ErrorCode.BIRTH_DATE_IN_FUTURE, f"bad date names its field: {e!r}")
    e = expect_error(h, h.HechtingError.NotFound, lambda: core.tip_for_day(str(uuid.uuid4()), iso(today)))
    check(e.code == h.ErrorCode.CHILD_NOT_FOUND and h.error_code(e) == h.ErrorCode.CHILD_NOT_FOUND, f"unknown child: {e!r}")
    e = expect_error(h, h.HechtingError.InvalidInput, lambda: core.upcoming_tips(anna.id, iso(today), 61))
    check(e.code == h.ErrorCode.DAYS_OUT_OF_RANGE, "at most 60 days")
    old = dt.datetime(1999, 12, 31, tzinfo=dt.timezone.utc)
    e = expect_error(h, h.HechtingError.InvalidInput,
                     lambda: core.log_moment(anna.id, h.MomentInput(kind=h.MomentKind.OTHER, occurred_at=old, utc_offset_minutes=0)))
    check(e.field == "occurred_at", "time out of range")

    # ---- four threads at once ----
    errors = []

    def writer(n):
        try:
            for i in range(25):
                log(pim, h.MomentKind.FEEDING, n * 100 + i, f"thread {n} #{i}")
                core.moments(h.MomentQuery(child_id=pim.id, limit=10))
        except Exception as ex:  # noqa: BLE001 - reported below
            errors.append(ex)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check(not errors, f"threads failed: {errors}")
    check(len(core.moments(h.MomentQuery(child_id=pim.id, limit=500)).items) == 100, "100 moments from 4 threads")
    core.interrupt()  # nothing running: a no-op
    check(len(core.children()) == 3, "usable after interrupt")
    del core  # closes the database

    # ---- safety: backups, export and import, a damaged file ----
    safe_path = os.path.join(workdir, "safety.sqlite")
    safe = h.Core(safe_path, ["nl"])
    check(safe.open_outcome() == h.OpenOutcome.NORMAL(), "a normal open")
    kid = safe.add_child(h.ChildInput(name="Sam", birth_date=iso(today - dt.timedelta(days=10))), iso(today))
    for i in range(3):
        safe.log_moment(kid.id, h.MomentInput(kind=h.MomentKind.BATH, occurred_at=now - dt.timedelta(hours=i), utc_offset_minutes=60))
    backup = safe.backup_now()
    check(backup.name.startswith("backup-") and backup.size_bytes > 0 and backup.date == today, f"backup: {backup}")
    check(backup.name in [b.name for b in safe.backups()], "backups lists it")
    safe.log_moment(kid.id, h.MomentInput(kind=h.MomentKind.WALK, occurred_at=now, utc_offset_minutes=60))
    count = lambda c: len(c.moments(h.MomentQuery(limit=500)).items)
    check(count(safe) == 4, "4 moments")
    safe.restore_backup(backup.name)
    check(count(safe) == 3, "the backup is back")
    e = expect_error(h, h.HechtingError.NotFound, lambda: safe.restore_backup("backup-1999-01-01.sqlite"))
    check(e.code == h.ErrorCode.BACKUP_NOT_FOUND, "unknown backup")

    exported = safe.export_json()
    doc = json.loads(exported)
    check(len(doc["children"]) == 1 and len(doc["moments"]) == 3, "the export holds the journal")
    export_file = os.path.join(workdir, "export.json")
    safe.export_to_file(export_file)
    check(json.load(open(export_file))["moments"] == doc["moments"], "export to a file")

    class Progress(h.ImportProgress):
        def __init__(self, core):
            self.calls = []
            self.core = core

        def progress(self, done, total):
            # Calling the Core from the callback must not deadlock: it runs outside
            # the import's lock.
            self.calls.append((done, total, len(self.core.children())))

    other = h.Core(":memory:", ["nl"])
    progress = Progress(other)
    report = other.import_json_with_progress(exported, progress)
    check(report.added >= 4 and report.updated == 0, f"import into another phone: {report}")
    check(progress.calls and progress.calls[-1][0] == progress.calls[-1][1], f"progress: {progress.calls[-3:]}")
    again = other.import_json(exported)
    check(again.added == 0 and again.updated == 0 and again.unchanged == report.added, f"import twice: {again}")
    check(count(other) == 3 and other.children()[0].name == "Sam", "imported rows")
    e = expect_error(h, h.HechtingError.InvalidInput, lambda: other.import_json("{ not json"))
    check(h.error_message_id(h.error_code(e)).startswith("error-import-"), f"bad import: {e!r}")
    tip_id = preview_nl[0].tip.id
    check(other.tip(tip_id).id == tip_id and other.tip(tip_id).title, "a tip by id")
    del other

    del safe
    with open(safe_path, "wb") as f:
        f.write(b"PK\x03\x04 this is a zip file, not a journal")

    # The core's log lines reach the app's own log, without a parent's words.
    class Lines(h.LogSink):
        def __init__(self):
            self.lines = []

        def log(self, level, target, message):
            self.lines.append((level, target, message))

    lines = Lines()
    h.set_log_sink(lines, h.LogLevel.WARN)
    safe = h.Core(safe_path, ["nl"])
    h.set_log_sink(None, h.LogLevel.WARN)
    check(any(level == h.LogLevel.ERROR and "damaged" in message for level, _, message in lines.lines),
          f"the recovery is logged to the app: {lines.lines}")
    check(not any("Sam" in message for _, _, message in lines.lines), "no name in a log line")
    outcome = safe.open_outcome()
    check(isinstance(outcome, h.OpenOutcome.RESTORED_BACKUP), f"damaged file: {outcome}")
    check(outcome.backup_name.startswith("backup-") and os.path.exists(outcome.damaged_copy), f"kept: {outcome}")
    check(count(safe) == 3, "the backup's moments are back")
    del safe

    # ---- share with partner: two journals, one bundle each way ----
    phone_a = h.Core(os.path.join(workdir, "phone-a.sqlite"), ["nl"])
    phone_b = h.Core(os.path.join(workdir, "phone-b.sqlite"), ["nl"])
    e = expect_error(h, h.HechtingError.InvalidInput, lambda: phone_a.share_bundle())
    check(e.field == "pairing_code" and e.code == h.ErrorCode.PAIRING_CODE_MISSING, f"no code yet: {e!r}")
    e = expect_error(h, h.HechtingError.InvalidInput, lambda: phone_a.set_pairing_code("kort"))
    check(e.field == "pairing_code" and e.code == h.ErrorCode.PAIRING_CODE_TOO_SHORT, f"short code: {e!r}")
    phone_a.set_pairing_code("Appel boom 17")
    phone_b.set_pairing_code("appel  boom 17")
    check(phone_b.has_pairing_code(), "the code is kept")
    noor = phone_a.add_child(h.ChildInput(name="Noor", birth_date=today - dt.timedelta(days=40)), today)
    bundle = phone_a.share_bundle()
    check(isinstance(bundle, bytes) and 0 < len(bundle) < 2048, f"a small bundle of bytes: {len(bundle)}")
    check(phone_b.receive_bundle(bundle).added == 1, "the child arrives")

    # Both log apart, then one exchange each way.
    def log_on(c, kind, hours_ago, note):
        return c.log_moment(noor.id, h.MomentInput(kind=kind, occurred_at=now - dt.timedelta(hours=hours_ago),
                                                   utc_offset_minutes=60, note=note))
    on_a = log_on(phone_a, h.MomentKind.CUDDLE, 3, "knuffel op telefoon A")
    log_on(phone_a, h.MomentKind.BATH, 2, "badje")
    on_b = log_on(phone_b, h.MomentKind.SINGING, 1, "liedje op telefoon B")
    phone_b.delete_moment(log_on(phone_b, h.MomentKind.WALK, 5, "weg ermee").id)
    phone_b.tip_feedback(noor.id, tip_id, h.Feedback.FAVOURITE)
    to_b = phone_a.share_bundle()
    report = phone_b.receive_bundle(to_b)
    check(report.added == 2 and report.updated == 0, f"a's two moments: {report}")
    check(phone_a.receive_bundle(phone_b.share_bundle()).added == 3, "b's moments, its removal and its answer")
    journal_of = lambda c: sorted((m.id, m.note) for m in c.moments(h.MomentQuery(limit=500)).items)
    check(journal_of(phone_a) == journal_of(phone_b) and len(journal_of(phone_a)) == 3, f"one journal: {journal_of(phone_a)}")
    check(phone_a.moment(on_b.id).note == "liedje op telefoon B" and phone_b.moment(on_a.id).kind == h.MomentKind.CUDDLE, "both ways")
    check([t.id for t in phone_a.favourite_tips(noor.id)] == [tip_id], "tip answers travel")
    again = phone_b.receive_bundle(to_b)
    check(again.added == 0 and again.updated == 0, f"the same bundle twice changes nothing: {again}")

    # A wrong code, a changed byte, a newer format: refused, nothing changed.
    stranger = h.Core(":memory:", ["nl"])
    stranger.set_pairing_code("een heel andere code")
    e = expect_error(h, h.HechtingError.InvalidInput, lambda: stranger.receive_bundle(to_b))
    check(e.field == "bundle" and h.error_code(e) == h.ErrorCode.SHARE_NOT_OPENED, f"wrong code: {e!r}")
    check(stranger.children() == [], "the stranger's journal is unchanged")
    before = phone_b.export_json()
    tampered = bytearray(to_b)
    tampered[-1] ^= 1
    e = expect_error(h, h.HechtingError.InvalidInput, lambda: phone_b.receive_bundle(bytes(tampered)))
    check(e.code == h.ErrorCode.SHARE_NOT_OPENED, f"tampered: {e!r}")
    newer = bytearray(to_b)
    newer[4] = 2
    e = expect_error(h, h.HechtingError.InvalidInput, lambda: phone_b.receive_bundle(bytes(newer)))
    check(e.code == h.ErrorCode.SHARE_FORMAT_UNSUPPORTED, f"newer format: {e!r}")
    check(phone_b.export_json() == before, "refused bundles change nothing")
    message_id = h.error_message_id(h.ErrorCode.SHARE_NOT_OPENED)
    check(message_id == "error-share-not-opened" and phone_b.ui_string(message_id, {}) != message_id, "the error has a UI string")
    del phone_a, phone_b, stranger

    # ---- a database from a newer version ----
    newer = os.path.join(workdir, "newer.sqlite")
    made = h.Core(newer, ["nl"])
    made.add_child(h.ChildInput(name="Z", birth_date=iso(today)), iso(today))
    del made
    with open(newer, "r+b") as f:
        f.seek(60)
        f.write(struct.pack(">I", 99))
    before = open(newer, "rb").read()
    e = expect_error(h, h.HechtingError.DatabaseTooNew, lambda: h.Core(newer, ["nl"]))
    check(e.found == 99 and e.supported < 99 and h.error_code(e) == h.ErrorCode.DATABASE_TOO_NEW, f"too new: {e!r}")
    check(open(newer, "rb").read() == before, "the newer file is left untouched")


def main():
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="hechting-py-") as workdir:
        h = load_bindings(workdir)
        journey(h, workdir)
    print(f"python journey: ok ({time.monotonic() - start:.2f}s)")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print(f"python journey: FAILED: {e}", file=sys.stderr)
        sys.exit(1)
