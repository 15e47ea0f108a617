// The FFI cost, seen from the app's side: the generated Kotlin bindings of hechting on
// the JVM through JNA, timed call by call.
//
//   FfiBench <db> [YYYY-MM-DD] [locale] [--quick] [--strict]
//
// <db> is a journal the benchmark may write to (scripts/ffi-bench.sh passes a private
// copy of the 100,000-moment fixture, never the fixture itself). When it has no child,
// one child with 5,000 moments is created through the API first. The date is the
// caller's "today" (the fixture's is 2025-06-30; default: the real today), the locale
// the phone's (default de-DE, as in the Rust suite: chain de -> nl).
//
// After a warm-up (the JIT compiles the bindings' lowering/lifting code), every
// operation is timed call by call with System.nanoTime, round-robin so that drift on
// the machine hits all operations alike, and a Markdown table goes to stdout: median,
// p10 and p90 in µs. Exits non-zero when a call returns something unexpected, and with
// --strict when a target is missed.
//
// Compiled and run by scripts/ffi-bench.sh (release libhechting, -Djna.library.path).

import java.io.File
import java.time.Instant
import java.time.LocalDate
import java.time.temporal.ChronoUnit
import kotlin.system.exitProcess
import nl.hechting.ChildInput
import nl.hechting.Core
import nl.hechting.MomentInput
import nl.hechting.MomentKind
import nl.hechting.MomentQuery

class Op(val name: String, val target: String, val limitUs: Double?, val body: () -> Any?) {
    val samples = ArrayList<Long>()
}

fun pct(sorted: LongArray, p: Double): Double {
    if (sorted.isEmpty()) return Double.NaN
    val i = ((sorted.size - 1) * p).let { Math.round(it).toInt() }
    return sorted[i] / 1000.0
}

fun us(x: Double): String = when {
    x >= 1000.0 -> String.format("%.2f ms", x / 1000.0)
    x >= 100.0 -> String.format("%.0f µs", x)
    x >= 10.0 -> String.format("%.1f µs", x)
    else -> String.format("%.2f µs", x)
}

fun fail(msg: String): Nothing {
    System.err.println("FfiBench: $msg")
    exitProcess(1)
}

fun main(args: Array<String>) {
    val quick = args.contains("--quick")
    val strict = args.contains("--strict")
    val pos = args.filter { !it.startsWith("--") }
    if (pos.isEmpty()) {
        System.err.println("usage: FfiBench <db> [YYYY-MM-DD] [locale] [--quick] [--strict]")
        exitProcess(2)
    }
    val db = File(pos[0])
    val today: LocalDate = pos.getOrNull(1)?.let { LocalDate.parse(it) } ?: LocalDate.now()
    val locale = pos.getOrNull(2) ?: "de-DE"
    val warmups = if (quick) 200 else 3000
    val rounds = 20
    val perRound = if (quick) 10 else 100 // samples per operation = rounds × perRound

    // The first Core also loads libhechting through JNA, and on a fresh copy makes the
    // day's automatic backup: timed once, for information only.
    val t0 = System.nanoTime()
    val core = Core(db.path, listOf(locale))
    val openUs = (System.nanoTime() - t0) / 1000.0

    core.use {
        var children = core.children()
        var created = 0
        if (children.isEmpty()) {
            // No fixture: a journal of 5,000 moments made through the API.
            val birth = today.minusDays(400)
            val child = core.addChild(ChildInput("Bench", birth, null), today)
            val kinds = MomentKind.values()
            val end = today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
            val words = listOf("glimlach", "knuffel", "samen", "liedje", "bad", "boekje", "wandeling", "giraf")
            for (i in 0 until 5000) {
                val at: Instant = end.minus(((5000 - i) * 115L), ChronoUnit.MINUTES)
                val note = if (i % 10 == 0) null else (0 until 6 + i % 9).joinToString(" ") { words[(i * 7 + it * 3) % words.size] }
                core.logMoment(child.id, MomentInput(kinds[i % kinds.size], at, 120, note))
            }
            created = 5000
            children = core.children()
        }
        val child = children.first()
        val id = child.id

        val page50 = MomentQuery(childId = id, limit = 50)
        val latest5 = MomentQuery(childId = id, limit = 5)

        // Sanity: the calls return what the home screen needs.
        if (core.moments(page50).items.size != 50) fail("newest page: not 50 moments")
        if (core.moments(latest5).items.size != 5) fail("latest: not 5 moments")
        val tip = core.tipForDay(id, today) ?: fail("no tip for $today")
        val strings = core.uiStrings()
        if (strings.size < 100) fail("only ${strings.size} UI strings")
        val age = core.age(id, today)

        var sink = 0L
        val home = Op("home screen: tip for today + age + latest 5 moments + ui_strings()", "< 1 ms", 1000.0) {
            val t = core.tipForDay(id, today)
            val a = core.age(id, today)
            val m = core.moments(latest5)
            val s = core.uiStrings()
            sink += (t?.tip?.title?.length ?: 0) + a.label.length + m.items.size + s.size
            null
        }
        val ops = listOf(
            // A JNA direct-mapped call with no UniFFI machinery (no call status, no
            // RustBuffer, no handle clone): the floor under every method below.
            Op("bare JNA call: ffi_hechting_uniffi_contract_version() → Int", "—", null) {
                nl.hechting.IntegrityCheckingUniffiLib.ffi_hechting_uniffi_contract_version()
            },
            Op("trivial call: localeInfo()", "—", null) { core.localeInfo() },
            Op("trivial call: availableLocales()", "—", null) { core.availableLocales() },
            Op("journal: newest page of 50 (one child)", "—", null) { core.moments(page50) },
            home,
            Op("  of which: tip for today (already delivered)", "—", null) { core.tipForDay(id, today) },
            Op("  of which: age", "—", null) { core.age(id, today) },
            Op("  of which: latest 5 moments", "—", null) { core.moments(latest5) },
            Op("  of which: ui_strings() (${strings.size} strings, cached in Rust)", "—", null) { core.uiStrings() },
        )

        // The first home screen of this JVM, before any warm-up (interpreted bindings).
        val f0 = System.nanoTime()
        home.body()
        val firstHomeUs = (System.nanoTime() - f0) / 1000.0

        for (op in ops) repeat(warmups) { sink += (op.body()?.hashCode() ?: 0).toLong() }
        System.gc()
        for (r in 0 until rounds) {
            for (op in ops) {
                repeat(perRound) {
                    val s = System.nanoTime()
                    val v = op.body()
                    op.samples.add(System.nanoTime() - s)
                    if (v != null) sink += 1
                }
            }
        }

        println("| operation (JVM → JNA → libhechting, release) | calls | median | p10–p90 | target | met? |")
        println("|---|---:|---:|---:|---|:---:|")
        var missed = false
        for (op in ops) {
            val sorted = op.samples.toLongArray().also { it.sort() }
            val med = pct(sorted, 0.5)
            val met = op.limitUs?.let { if (med < it) "yes" else { missed = true; "**no**" } } ?: "—"
            println("| ${op.name} | ${sorted.size} | ${us(med)} | ${us(pct(sorted, 0.1))}–${us(pct(sorted, 0.9))} | ${op.target} | $met |")
        }
        println()
        println("- Journal: ${db.name}${if (created > 0) " (created here: 5,000 moments)" else ""}; child born ${child.birthDate}, today $today (age: ${age.label}); locale $locale → ${core.localeInfo().chain.joinToString(" → ")}.")
        println("- Today's tip: \"${tip.tip.title}\". $warmups warm-up calls per operation, then ${rounds}×$perRound timed calls each, round-robin.")
        println("- First Core of the JVM: ${us(openUs)} (loads libhechting through JNA and checks its checksums; opens the journal, on a fresh copy with the day's quick_check and automatic backup). First home screen before warm-up: ${us(firstHomeUs)}.")
        println("- ${System.getProperty("java.vm.name")} ${System.getProperty("java.version")}; load average: ${File("/proc/loadavg").takeIf { it.exists() }?.readText()?.split(" ")?.take(3)?.joinToString(" ") ?: "?"}.")
        if (sink == 42L) println() // keep the results alive
        if (missed) System.err.println("FfiBench: a target was missed")
        if (missed && strict && !quick) exitProcess(1)
    }
}
