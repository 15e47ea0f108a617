// A parent's journey through the generated Kotlin bindings of hechting, on the JVM.
//
// Compiled against target/bindings/kotlin/nl/hechting/hechting.kt and JNA, run with
// -Djna.library.path=<dir of libhechting.so>; tests/run-bindings.sh does both. Exits
// non-zero on the first failed check.

import java.io.File
import java.io.RandomAccessFile
import java.nio.file.Files
import java.time.Instant
import java.time.LocalDate
import java.time.temporal.ChronoUnit
import java.util.Collections
import java.util.UUID
import kotlin.concurrent.thread
import kotlin.system.exitProcess
import nl.hechting.Arg
import nl.hechting.Block
import nl.hechting.ChildInput
import nl.hechting.Core
import nl.hechting.Direction
import nl.hechting.ErrorCode
import nl.hechting.Feedback
import nl.hechting.HechtingException
import nl.hechting.ImportProgress
import nl.hechting.MomentInput
import nl.hechting.MomentKind
import nl.hechting.MomentQuery
import nl.hechting.OpenOutcome
import nl.hechting.Phase
import nl.hechting.Theme
import nl.hechting.errorCode
import nl.hechting.errorMessageId

class CheckFailed(message: String) : Exception(message)

fun check(cond: Boolean, what: () -> String) {
    if (!cond) throw CheckFailed(what())
}

/** Runs [block], which must throw [E]; returns the exception. */
inline fun <reified E : HechtingException> expectError(block: () -> Unit): E {
    try {
        block()
    } catch (e: HechtingException) {
        if (e is E) return e
        throw CheckFailed("expected ${E::class.simpleName}, got ${e::class.simpleName}: ${e.message}")
    }
    throw CheckFailed("expected ${E::class.simpleName}, nothing was thrown")
}

fun journey(dir: File) {
    val today = LocalDate.now()
    // Dates cross as java.time.LocalDate.
    val iso = { d: LocalDate -> d }
    val now = Instant.now()
    val offsetMin = 120

    var tipId = ""
    val db = File(dir, "hechting.sqlite")
    Core(db.path, listOf("nl-NL")).use { core ->
        check(db.exists()) { "the database file exists" }
        val info = core.localeInfo()
        check(info.locale == "nl" && info.direction == Direction.LTR) { "nl first: $info" }

        // ---- children: twins and a preterm baby ----
        val twinBirth = today.minusDays(60)
        val twinDue = today.minusDays(55)
        val anna = core.addChild(ChildInput("Anna", iso(twinBirth), iso(twinDue)), iso(today))
        var bram = core.addChild(ChildInput(" Bram ", iso(twinBirth), iso(twinDue)), iso(today))
        check(bram.name == "Bram") { "the name is trimmed" }
        check(anna.birthDate == iso(twinBirth) && bram.birthDate == anna.birthDate) { "twins share a birth date" }
        check(anna.id != bram.id) { "twins are two children" }
        check(anna.deletedAt == null && !anna.createdAt.isAfter(Instant.now())) { "instants cross as Instant" }
        val preBirth = today.minusDays(30)
        val preDue = preBirth.plusWeeks(10)
        val pim = core.addChild(ChildInput(name = "Pim", birthDate = iso(preBirth), dueDate = iso(preDue)), iso(today))
        check(core.children().size == 3) { "three children" }
        check(core.child(pim.id).dueDate == iso(preDue)) { "child by id" }

        val aAge = core.age(anna.id, iso(today))
        val bAge = core.age(bram.id, iso(today))
        check(aAge.age.days == 60L && aAge.label == bAge.label) { "twins are the same age: $aAge" }
        check(aAge.age.correctedDays == null) { "born 5 days early: no corrected age" }
        val pAge = core.age(pim.id, iso(today))
        check(pAge.age.days == 30L && pAge.age.correctedDays == -40L) { "preterm corrected age: $pAge" }
        check(pAge.age.tipAgeDays == -40L && pAge.age.phase == Phase.NEWBORN) { "tips follow the corrected age, below zero until the due date" }
        check(pAge.label.isNotEmpty() && pAge.phaseLabel.isNotEmpty()) { "age words" }

        // The home screen in one call; the UI strings copied only when their version moves.
        val home = core.home(anna.id, iso(today), 5)
        check(home.child.id == anna.id && home.age.label == aAge.label && home.tip != null) { "home: $home" }
        val version = core.uiStringsVersion()
        check(home.uiStringsVersion == version && core.uiStringsVersion() == version) { "the strings' version holds still" }

        bram = core.updateChild(bram.id, ChildInput("Bram Jr", iso(twinBirth), iso(twinDue)), iso(today))
        check(bram.name == "Bram Jr") { "child renamed" }
        core.removeChild(bram.id)
        check(core.children().size == 2) { "removed child leaves the list" }
        expectError<HechtingException.NotFound> { core.child(bram.id) }
        check(core.restoreChild(bram.id).deletedAt == null) { "child restored" }

        // ---- moments: log, edit, delete, restore ----
        fun log(childId: String, kind: MomentKind, minutesAgo: Long, note: String? = null) =
            core.logMoment(childId, MomentInput(kind, now.minus(minutesAgo, ChronoUnit.MINUTES), offsetMin, note))

        val cuddle = core.logMoment(
            anna.id,
            MomentInput(
                kind = MomentKind.CUDDLE,
                occurredAt = now.minus(30, ChronoUnit.MINUTES),
                utcOffsetMinutes = offsetMin,
                note = "Samen op de bank",
                durationMinutes = 15,
                caregiver = "Papa",
            ),
        )
        check(cuddle.kind == MomentKind.CUDDLE && cuddle.durationMinutes == 15) { "logged: $cuddle" }
        check(cuddle.occurredAt.toEpochMilli() == now.minus(30, ChronoUnit.MINUTES).toEpochMilli()) { "instant round trip" }
        val song = log(anna.id, MomentKind.SINGING, 90, "Een slaapliedje gezongen")
        val edited = core.updateMoment(
            cuddle.id,
            MomentInput(MomentKind.SKIN_TO_SKIN, cuddle.occurredAt, offsetMin, note = "Huid op huid na het badje"),
        )
        check(edited.kind == MomentKind.SKIN_TO_SKIN && edited.note == "Huid op huid na het badje") { "moment edited" }
        check(!edited.updatedAt.isBefore(edited.createdAt) && edited.caregiver == null) { "edit replaces the fields" }
        core.deleteMoment(song.id)
        val gone = expectError<HechtingException.NotFound> { core.moment(song.id) }
        check(gone.code == ErrorCode.MOMENT_NOT_FOUND) { "deleted: ${gone.code}" }
        val deleted = core.deletedMoments(anna.id, 10)
        check(deleted.map { it.id } == listOf(song.id) && deleted[0].deletedAt != null) { "undo list" }
        check(core.restoreMoment(song.id).deletedAt == null) { "moment restored" }
        check(core.moment(song.id).note == "Een slaapliedje gezongen") { "moment by id" }

        // ---- journal pages and search ----
        val kinds = listOf(MomentKind.PLAY, MomentKind.READING, MomentKind.BATH)
        for (i in 0 until 12) {
            log(bram.id, kinds[i % 3], 10L + i * 60, "moment $i" + if (i == 7) " met de giraf" else "")
        }
        val seen = mutableListOf<nl.hechting.Moment>()
        var cursor: String? = null
        var pages = 0
        do {
            val page = core.moments(MomentQuery(childId = bram.id, limit = 5, cursor = cursor))
            pages++
            seen += page.items
            cursor = page.nextCursor
        } while (cursor != null)
        check(pages == 3 && seen.size == 12 && seen.map { it.id }.toSet().size == 12) { "3 pages of 12: $pages, ${seen.size}" }
        check(seen.zipWithNext().all { (a, b) -> !a.occurredAt.isBefore(b.occurredAt) }) { "newest first" }
        val found = core.moments(MomentQuery(childId = bram.id, text = "giraf"))
        check(found.items.map { it.note } == listOf("moment 7 met de giraf")) { "search: ${found.items}" }
        check(core.moments(MomentQuery(text = "slaapliedje")).items.map { it.id } == listOf(song.id)) { "search all" }
        val baths = core.moments(MomentQuery(childId = bram.id, kinds = listOf(MomentKind.BATH), limit = 500))
        check(baths.items.size == 4) { "filter by kind" }
        val summaries = core.daySummaries(bram.id, iso(today.minusDays(2)), iso(today.plusDays(1)))
        check(summaries.sumOf { it.total.toInt() } == 12) { "day summaries: $summaries" }
        check(summaries.any { it.date == seen.first().localDate }) { "summaries are by local day" }
        check(summaries.all { s -> s.counts.sumOf { it.count.toInt() } == s.total.toInt() }) { "counts add up" }
        check(core.momentKinds().size == 18 && core.momentKinds().all { it.label.isNotEmpty() }) { "18 kinds" }
        check(core.kindLabel(MomentKind.CUDDLE) == core.uiStrings()["kind-cuddle"]) { "kind label" }

        // ---- tips in nl, then in ar ----
        val tip = core.tipForDay(anna.id, iso(today)) ?: throw CheckFailed("no tip today")
        check(tip.tip.title.isNotEmpty() && tip.tip.body.isNotEmpty() && tip.date == iso(today)) { "today's tip: $tip" }
        check(core.tipForDay(anna.id, iso(today))?.tip?.id == tip.tip.id) { "the same tip all day" }
        val previewNl = core.upcomingTips(anna.id, iso(today), 7)
        tipId = previewNl[0].tip.id
        check(previewNl.map { it.date } == (0L until 7L).map { iso(today.plusDays(it)) }) { "7 days" }
        check(previewNl[0].tip.id == tip.tip.id) { "the preview starts with today's tip" }
        check(previewNl.map { it.tip.id }.toSet().size == 7) { "a different tip each day" }

        // A Moroccan phone set to Darija reads Darija, then Arabic, then Dutch.
        val ary = core.setLocales(listOf("ary-MA"))
        check(ary.locale == "ary" && ary.direction == Direction.RTL && ary.chain == listOf("ary", "ar", "nl")) { "ary-MA reads Darija: $ary" }
        val tipAry = core.tipForDay(anna.id, iso(today))
        check(tipAry?.tip?.id == tip.tip.id && tipAry.tip.title.isNotEmpty()) { "the same tip in Darija" }
        val ar = core.setLocales(listOf("ar-MA"))
        check(core.tipForDay(anna.id, iso(today))?.tip?.title != tipAry?.tip?.title) { "Darija is not the Arabic text" }
        check(ar.locale == "ar" && ar.direction == Direction.RTL) { "ar-MA reads Arabic, rtl: $ar" }
        check(ar.chain.last() == "nl") { "the chain ends in nl" }
        val tipAr = core.tipForDay(anna.id, iso(today))
        check(tipAr?.tip?.id == tip.tip.id && tipAr.tip.title.isNotEmpty()) { "same tip, in the new language" }
        val previewAr = core.upcomingTips(anna.id, iso(today), 7)
        check(previewAr.map { it.tip.id } == previewNl.map { it.tip.id }) { "the preview does not depend on the language" }
        for (planned in previewAr.drop(1)) {
            val shown = core.tipForDay(anna.id, planned.date)
            check(shown?.tip?.id == planned.tip.id) { "day ${planned.date}: the app shows what was previewed" }
        }
        val stringsAr = core.uiStrings()
        check(!stringsAr["kind-cuddle"].isNullOrEmpty() && stringsAr["kind-cuddle"] != "Knuffelen") { "Arabic UI strings" }

        var state = core.tipFeedback(anna.id, tip.tip.id, Feedback.FAVOURITE)
        check(state.favourite && !state.tried) { "favourite: $state" }
        state = core.tipFeedback(anna.id, tip.tip.id, Feedback.TRIED)
        check(state.favourite && state.tried) { "tried" }
        check(core.favouriteTips(anna.id).map { it.id } == listOf(tip.tip.id)) { "favourites" }
        check(core.tipForDay(anna.id, iso(today))?.feedback?.favourite == true) { "feedback shows on the tip" }
        val history = core.tipHistory(anna.id, null, 5)
        check(history.size == 5 && history[0].date == previewAr.last().date) { "history, newest first" }
        val older = core.tipHistory(anna.id, history.last().date, 5)
        check(older.size == 2 && older.last().date == iso(today)) { "history pages" }
        val other = previewNl[1].tip.id
        check(core.tipFeedback(bram.id, other, Feedback.NOT_FOR_ME).notForMe) { "not for me" }
        check(!core.tipFeedback(bram.id, other, Feedback.UNDO_NOT_FOR_ME).notForMe) { "undo not for me" }
        val noTip = expectError<HechtingException.NotFound> { core.tipFeedback(anna.id, "no-such-tip", Feedback.TRIED) }
        check(noTip.code == ErrorCode.TIP_NOT_FOUND) { "unknown tip" }

        val themes = core.themes()
        check(themes.size == 9 && themes.all { it.enabled && it.label.isNotEmpty() }) { "9 themes, all on" }
        core.setThemeEnabled(Theme.PLAY, false)
        check(core.themes().filter { !it.enabled }.map { it.theme } == listOf(Theme.PLAY)) { "play off" }
        core.setThemeEnabled(Theme.PLAY, true)
        val preview = core.tipPreview(100, false)
        check(preview.ageDays == 100L && preview.candidates.isNotEmpty()) { "tip preview for authors" }

        // ---- languages and strings ----
        val locales = core.availableLocales()
        check(locales.map { it.tag }.containsAll(listOf("nl", "en", "de", "tr", "ar", "ary"))) { "locales: $locales" }
        check(locales.first { it.tag == "ar" }.direction == Direction.RTL) { "ar is rtl" }
        check(core.setLanguage("en").locale == "en") { "the parent's choice wins" }
        check(core.setLocales(listOf("ar-MA")).locale == "en") { "and is kept when the phone changes" }
        check(core.setLanguage(null).locale == "ar") { "follow the phone again" }
        core.setLocales(listOf("nl-NL"))
        val strings = core.uiStrings()
        for (key in listOf("kind-cuddle", "kind-skin-to-skin", "phase-newborn", "error-name-empty")) {
            check(!strings[key].isNullOrEmpty()) { "UI string $key" }
        }
        val three = core.uiString("age-days", mapOf("days" to Arg.Number(3.0)))
        check("3" in three) { "placeable filled: $three" }
        val corrected = core.uiString("age-corrected", mapOf("age" to Arg.Text("9 maanden"), "corrected" to Arg.Number(7.0)))
        check("9 maanden" in corrected) { "text arg: $corrected" }
        check(core.uiString("kind-cuddle.hint", emptyMap()).isNotEmpty()) { "attribute" }

        // ---- articles ----
        val articles = core.articles()
        check(articles.isNotEmpty() && articles.all { it.title.isNotEmpty() && it.minutes > 0 }) { "articles" }
        val article = core.article(articles[0].id)
        check(article.blocks.isNotEmpty() && article.title == articles[0].title) { "an article" }
        val paragraphText = article.blocks.filterIsInstance<Block.Paragraph>().flatMap { it.spans }.joinToString("") { it.text }
        check(paragraphText.isNotEmpty()) { "paragraphs with spans" }
        check(article.blocks.all { b ->
            when (b) {
                is Block.Heading -> b.level >= 1 && b.spans.isNotEmpty()
                is Block.Paragraph -> b.spans.isNotEmpty()
                is Block.BulletList -> b.items.isNotEmpty()
                is Block.Quote -> b.spans.isNotEmpty()
            }
        }) { "blocks" }
        val noArticle = expectError<HechtingException.NotFound> { core.article("nope") }
        check(noArticle.code == ErrorCode.ARTICLE_NOT_FOUND) { "no article" }

        // ---- typed errors with codes ----
        val empty = expectError<HechtingException.InvalidInput> {
            core.addChild(ChildInput("  ", birthDate = iso(today)), iso(today))
        }
        check(empty.field == "name" && empty.code == ErrorCode.NAME_EMPTY && errorCode(empty) == ErrorCode.NAME_EMPTY) { "empty name: $empty" }
        check(!strings[errorMessageId(errorCode(empty))].isNullOrEmpty()) { "the error has a UI string" }
        // An impossible date cannot be written in Kotlin at all; a date that is wrong
        // for its field is refused naming the field.
        val badDate = expectError<HechtingException.InvalidInput> {
            core.addChild(ChildInput("X", birthDate = iso(today.plusDays(3))), iso(today))
        }
        check(badDate.field == "birth_date" && badDate.code == ErrorCode.BIRTH_DATE_IN_FUTURE) { "bad date names its field: $badDate" }
        val unknown = expectError<HechtingException.NotFound> { core.tipForDay(UUID.randomUUID().toString(), iso(today)) }
        check(unknown.code == ErrorCode.CHILD_NOT_FOUND && errorCode(unknown) == ErrorCode.CHILD_NOT_FOUND) { "unknown child: $unknown" }
        val tooMany = expectError<HechtingException.InvalidInput> { core.upcomingTips(anna.id, iso(today), 61) }
        check(tooMany.code == ErrorCode.DAYS_OUT_OF_RANGE) { "at most 60 days" }

        // ---- four threads at once ----
        val failures = Collections.synchronizedList(mutableListOf<Throwable>())
        val threads = (0 until 4).map { n ->
            thread(name = "writer-$n") {
                try {
                    for (i in 0 until 25) {
                        log(pim.id, MomentKind.FEEDING, n * 100L + i, "thread $n #$i")
                        core.moments(MomentQuery(childId = pim.id, limit = 10))
                    }
                } catch (e: Throwable) {
                    failures += e
                }
            }
        }
        threads.forEach { it.join() }
        check(failures.isEmpty()) { "threads failed: $failures" }
        check(core.moments(MomentQuery(childId = pim.id, limit = 500)).items.size == 100) { "100 moments from 4 threads" }
        core.interrupt() // nothing running: a no-op
        check(core.children().size == 3) { "usable after interrupt" }
    } // closed: the database file is released

    // ---- safety: backups, export and import, a damaged file ----
    val safePath = File(dir, "safety.sqlite").path
    var exported = ""
    Core(safePath, listOf("nl")).use { safe ->
        check(safe.openOutcome() == OpenOutcome.Normal) { "a normal open" }
        val kid = safe.addChild(ChildInput("Sam", birthDate = iso(today.minusDays(10))), iso(today))
        for (i in 0L until 3L) {
            safe.logMoment(kid.id, MomentInput(MomentKind.BATH, now.minus(i, ChronoUnit.HOURS), 60))
        }
        val backup = safe.backupNow()
        check(backup.name.startsWith("backup-") && backup.sizeBytes > 0 && backup.date == today) { "backup: $backup" }
        check(safe.backups().any { it.name == backup.name }) { "backups lists it" }
        safe.logMoment(kid.id, MomentInput(MomentKind.WALK, now, 60))
        check(safe.moments(MomentQuery(limit = 500)).items.size == 4) { "4 moments" }
        safe.restoreBackup(backup.name)
        check(safe.moments(MomentQuery(limit = 500)).items.size == 3) { "the backup is back" }
        val noBackup = expectError<HechtingException.NotFound> { safe.restoreBackup("backup-1999-01-01.sqlite") }
        check(noBackup.code == ErrorCode.BACKUP_NOT_FOUND) { "unknown backup" }

        exported = safe.exportJson()
        check(exported.contains("\"moments\"") && exported.contains(kid.id)) { "the export holds the journal" }
        val exportFile = File(dir, "export.json")
        safe.exportToFile(exportFile.path)
        check(exportFile.readText().contains(kid.id)) { "export to a file" }
    }
    Core(":memory:", listOf("nl")).use { other ->
        val calls = Collections.synchronizedList(mutableListOf<Pair<Long, Long>>())
        val report = other.importJsonWithProgress(
            exported,
            object : ImportProgress {
                override fun progress(done: Long, total: Long) {
                    // Calling the Core from the callback must not deadlock.
                    other.children()
                    calls += done to total
                }
            },
        )
        check(report.added >= 4 && report.updated == 0) { "import into another phone: $report" }
        check(calls.isNotEmpty() && calls.last().first == calls.last().second) { "progress: $calls" }
        val again = other.importJson(exported)
        check(again.added == 0 && again.updated == 0 && again.unchanged == report.added) { "import twice: $again" }
        check(other.moments(MomentQuery(limit = 500)).items.size == 3 && other.children()[0].name == "Sam") { "imported" }
        val bad = expectError<HechtingException.InvalidInput> { other.importJson("{ not json") }
        check(errorMessageId(errorCode(bad)).startsWith("error-import-")) { "bad import: $bad" }
        check(other.tip(tipId).id == tipId) { "a tip by id" }
    }
    File(safePath).writeBytes("PK\u0003\u0004 this is a zip file, not a journal".toByteArray())
    Core(safePath, listOf("nl")).use { safe ->
        val outcome = safe.openOutcome()
        check(outcome is OpenOutcome.RestoredBackup && outcome.backupName.startsWith("backup-") &&
            File(outcome.damagedCopy).exists()) { "damaged file: $outcome" }
        check(safe.moments(MomentQuery(limit = 500)).items.size == 3) { "the backup's moments are back" }
    }

    // ---- share with partner: two journals, one bundle each way ----
    Core(File(dir, "phone-a.sqlite").path, listOf("nl")).use { phoneA ->
        Core(File(dir, "phone-b.sqlite").path, listOf("nl")).use { phoneB ->
            val noCode = expectError<HechtingException.InvalidInput> { phoneA.shareBundle() }
            check(noCode.field == "pairing_code" && noCode.code == ErrorCode.PAIRING_CODE_MISSING) { "no code yet: $noCode" }
            val short = expectError<HechtingException.InvalidInput> { phoneA.setPairingCode("kort") }
            check(short.code == ErrorCode.PAIRING_CODE_TOO_SHORT) { "short code: $short" }
            phoneA.setPairingCode("Appel boom 17")
            phoneB.setPairingCode("appel  boom 17")
            check(phoneB.hasPairingCode()) { "the code is kept" }
            val noor = phoneA.addChild(ChildInput("Noor", birthDate = today.minusDays(40)), today)
            val first: ByteArray = phoneA.shareBundle()
            check(first.isNotEmpty() && first.size < 2048) { "a small bundle: ${first.size} bytes" }
            check(phoneB.receiveBundle(first).added == 1) { "the child arrives" }

            // Both log apart, then one exchange each way.
            fun logOn(c: Core, kind: MomentKind, hoursAgo: Long, note: String) =
                c.logMoment(noor.id, MomentInput(kind, now.minus(hoursAgo, ChronoUnit.HOURS), 60, note))
            val onA = logOn(phoneA, MomentKind.CUDDLE, 3, "knuffel op telefoon A")
            logOn(phoneA, MomentKind.BATH, 2, "badje")
            val onB = logOn(phoneB, MomentKind.SINGING, 1, "liedje op telefoon B")
            phoneB.deleteMoment(logOn(phoneB, MomentKind.WALK, 5, "weg ermee").id)
            phoneB.tipFeedback(noor.id, tipId, Feedback.FAVOURITE)
            val toB = phoneA.shareBundle()
            val report = phoneB.receiveBundle(toB)
            check(report.added == 2 && report.updated == 0) { "a's two moments: $report" }
            check(phoneA.receiveBundle(phoneB.shareBundle()).added == 3) { "b's moments, its removal and its answer" }
            fun journalOf(c: Core) = c.moments(MomentQuery(limit = 500)).items.map { it.id to it.note }.sortedBy { it.first }
            check(journalOf(phoneA) == journalOf(phoneB) && journalOf(phoneA).size == 3) { "one journal: ${journalOf(phoneA)}" }
            check(phoneA.moment(onB.id).note == "liedje op telefoon B" && phoneB.moment(onA.id).kind == MomentKind.CUDDLE) { "both ways" }
            check(phoneA.favouriteTips(noor.id).map { it.id } == listOf(tipId)) { "tip answers travel" }
            val again = phoneB.receiveBundle(toB)
            check(again.added == 0 && again.updated == 0) { "the same bundle twice changes nothing: $again" }

            // A wrong code, a changed byte, a newer format: refused, nothing changed.
            Core(":memory:", listOf("nl")).use { stranger ->
                stranger.setPairingCode("een heel andere code")
                val wrong = expectError<HechtingException.InvalidInput> { stranger.receiveBundle(toB) }
                check(wrong.field == "bundle" && errorCode(wrong) == ErrorCode.SHARE_NOT_OPENED) { "wrong code: $wrong" }
                check(stranger.children().isEmpty()) { "the stranger's journal is unchanged" }
            }
            val before = phoneB.exportJson()
            val tampered = toB.copyOf().also { it[it.size - 1] = (it[it.size - 1].toInt() xor 1).toByte() }
            val bad = expectError<HechtingException.InvalidInput> { phoneB.receiveBundle(tampered) }
            check(bad.code == ErrorCode.SHARE_NOT_OPENED) { "tampered: $bad" }
            val newer = toB.copyOf().also { it[4] = 2 }
            val tooNew = expectError<HechtingException.InvalidInput> { phoneB.receiveBundle(newer) }
            check(tooNew.code == ErrorCode.SHARE_FORMAT_UNSUPPORTED) { "newer format: $tooNew" }
            check(phoneB.exportJson() == before) { "refused bundles change nothing" }
            check(errorMessageId(ErrorCode.SHARE_NOT_OPENED) == "error-share-not-opened") { "the error's UI string" }
        }
    }

    // ---- a database from a newer version ----
    val newer = File(dir, "newer.sqlite")
    Core(newer.path, listOf("nl")).use { it.addChild(ChildInput("Z", birthDate = iso(today)), iso(today)) }
    RandomAccessFile(newer, "rw").use { f ->
        f.seek(60)
        f.writeInt(99) // big-endian, as SQLite stores user_version
    }
    val before = newer.readBytes()
    val tooNew = expectError<HechtingException.DatabaseTooNew> { Core(newer.path, listOf("nl")).close() }
    check(tooNew.found == 99 && tooNew.supported < 99 && errorCode(tooNew) == ErrorCode.DATABASE_TOO_NEW) { "too new: $tooNew" }
    check(newer.readBytes().contentEquals(before)) { "the newer file is left untouched" }
}

fun main() {
    val start = System.nanoTime()
    val dir = Files.createTempDirectory("hechting-kt-").toFile()
    try {
        journey(dir)
    } catch (e: CheckFailed) {
        System.err.println("kotlin journey: FAILED: ${e.message}")
        exitProcess(1)
    } finally {
        dir.deleteRecursively()
    }
    println("kotlin journey: ok (%.2fs)".format((System.nanoTime() - start) / 1e9))
}
