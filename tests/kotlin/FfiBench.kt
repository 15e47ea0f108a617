// The FFI cost, seen from the app's side: the generated Kotlin bindings of hechting on
// the JVM through JNA, timed call by call.
//
//   FfiBench <db> [YYYY-MM-DD] [locale] [--quick] [--strict] [--probe]
//
// <db> is a journal the benchmark may write to (scripts/ffi-bench.sh passes a private
// copy of the 100,000-moment fixture, never the fixture itself). When it has no child,
// one child with 5,000 moments is created through the API first. The date is the
// caller's "today" (the fixture's is 2025-06-30; default: the real today), the locale
// the phone's (default de-DE, as in the Rust suite: chain de -> nl).
//
// How it times (the steady state an app sees):
// - Warm-up: 10,000 calls of every operation, past HotSpot's C2 threshold (about 5,000
//   calls) for every generated method, each a method of its own (3,000 gave the same
//   medians here; the margin costs a few seconds).
// - Then rounds of bursts: 100 calls of one operation, the next operation, … (round-
//   robin, so that drift on the machine hits all operations alike), every call timed by
//   itself with System.nanoTime (a pair costs ~20–40 ns, printed below, not subtracted).
// - Before every burst the harness lets JNA catch up (JnaCleanup.settle): every JNA
//   Structure the bindings make (a call status per native call, a RustBuffer per
//   record) owns a block of native memory that JNA frees on its one "JNA Cleaner" thread
//   after a GC, keeping every live block in a map until then. Calls made back to back
//   by the hundred thousand outrun that thread: the map grows to millions of entries
//   and every further call slows down (a queue that grows, not a steady state; a
//   trivial call then costs 15–30 µs). Without the settling, the trivial calls were
//   also timed amid what the heavy operations before them left (+20% on the median,
//   p90 ×1.6). An app makes a handful of calls per screen; a burst of 100 keeps what a
//   burst itself leaves behind in the numbers (the mean column: GC pauses and the
//   cleaner's work inside a burst) and starts from the state an app's next screen
//   starts from.
// The table gives median, p10–p90 and mean in µs per call. Exits non-zero when a call
// returns something unexpected, and with --strict when a target is missed.
//
// --probe prints instead where the microseconds of a trivial call go: each piece of the
// generated call path (call status, native call, handle clone, RustBuffer, lifting)
// timed in isolation, the same way.
//
// Compiled and run by scripts/ffi-bench.sh (release libhechting, -Djna.library.path).

import com.sun.jna.Memory
import com.sun.jna.Native
import com.sun.jna.Pointer
import java.io.File
import java.lang.management.ManagementFactory
import java.time.Instant
import java.time.LocalDate
import java.time.temporal.ChronoUnit
import kotlin.system.exitProcess
import nl.hechting.ChildInput
import nl.hechting.Core
import nl.hechting.FfiConverterTypeLocaleInfo
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

/** The median cost of a System.nanoTime() pair, in ns: what every timed call carries. */
fun timerNs(): Long {
    val r = LongArray(200_000) { val s = System.nanoTime(); System.nanoTime() - s }
    r.sort()
    return r[r.size / 2]
}

/** Collections so far, all collectors (explicit System.gc() included). */
fun gcCount(): Long = ManagementFactory.getGarbageCollectorMXBeans().sumOf { maxOf(it.collectionCount, 0L) }

/**
 * JNA's native memory behind every Structure: com.sun.jna.Memory mallocs a block per
 * Structure, enters it in a map of live blocks and registers it with JNA's cleaner; the
 * "JNA Cleaner" thread frees it (and leaves the map) once a GC found the Structure
 * unreachable. The map's size is the backlog; read through reflection (JNA 5.x), and
 * when that fails the harness only waits.
 */
object JnaCleanup {
    private val live: Map<*, *>? = try {
        Memory::class.java.getDeclaredField("allocatedMemory").let { f ->
            f.isAccessible = true
            f.get(null) as? Map<*, *>
        }
    } catch (e: Exception) {
        null
    }

    /** JNA memory blocks not yet freed, or -1 when this JNA does not tell. */
    fun pending(): Int = live?.size ?: -1

    /** A GC, then waits (at most 1 s) until JNA's cleaner thread has freed what it found. */
    fun settle() {
        System.gc()
        val m = live
        if (m == null) {
            Thread.sleep(20)
            return
        }
        val deadline = System.nanoTime() + 1_000_000_000L
        var last = m.size
        var still = 0
        while (still < 5 && System.nanoTime() < deadline) {
            Thread.sleep(1)
            val n = m.size
            if (n < last) {
                last = n
                still = 0
            } else {
                still++
            }
        }
    }
}

/** What a burst left: JNA blocks pending before bursts and right after them, GCs inside. */
class BurstStats {
    val before = ArrayList<Int>()
    val after = ArrayList<Int>()
    var gcsInside = 0L

    fun line(): String {
        val b = before.sorted()
        val a = after.sorted()
        return if (b.isEmpty() || b[0] < 0) {
            "JNA's backlog not observable with this JNA (waited 20 ms after a GC instead); $gcsInside GCs inside the timed bursts"
        } else {
            "JNA memory blocks not yet freed: median ${b[b.size / 2]} when a burst starts, " +
                "median ${a[a.size / 2]} (max ${a.last()}) when it ends; $gcsInside GCs inside the timed bursts"
        }
    }
}

/**
 * Runs `ops` as the bench does: `warmups` untimed calls each, then `rounds` rounds of a
 * burst of `perBurst` calls per operation, JNA settled before every burst. `timed(op)`
 * makes one call and returns its ns.
 */
fun <T> runBursts(ops: List<T>, warmups: Int, rounds: Int, perBurst: Int, samplesOf: (T) -> MutableList<Long>, timed: (T) -> Long): BurstStats {
    for (op in ops) repeat(warmups) { timed(op) }
    val stats = BurstStats()
    for (r in 0 until rounds) {
        for (op in ops) {
            JnaCleanup.settle()
            stats.before.add(JnaCleanup.pending())
            val g0 = gcCount()
            val into = samplesOf(op)
            repeat(perBurst) { into.add(timed(op)) }
            stats.gcsInside += gcCount() - g0
            stats.after.add(JnaCleanup.pending())
        }
    }
    return stats
}

/** The first cells of a table row (name, calls, median, p10–p90, mean) and the median. */
fun row(name: String, samples: List<Long>): Pair<String, Double> {
    val sorted = samples.toLongArray().also { it.sort() }
    val med = pct(sorted, 0.5)
    val mean = sorted.average() / 1000.0
    return "| $name | ${sorted.size} | ${us(med)} | ${us(pct(sorted, 0.1))}–${us(pct(sorted, 0.9))} | ${us(mean)} |" to med
}

fun footer(warmups: Int, rounds: Int, perBurst: Int, timer: Long, stats: BurstStats) {
    val gcs = ManagementFactory.getGarbageCollectorMXBeans().joinToString(" + ") { it.name }
    println("- $warmups warm-up calls per operation, then ${rounds}×$perBurst timed calls each: bursts of $perBurst, round-robin, each call timed alone (a System.nanoTime pair: $timer ns, not subtracted). Before every burst: System.gc() and a wait until JNA's cleaner thread has freed what the GC found. Median and p10–p90 per call; mean = all timed calls, so it carries the GC pauses and JNA cleanup that fell inside bursts.")
    println("- ${stats.line()}.")
    println("- ${System.getProperty("java.vm.name")} ${System.getProperty("java.version")}, GC: $gcs (the JVM's default, no GC flags); JNA ${Native.VERSION} (direct mapping: Native.register); load average: ${File("/proc/loadavg").takeIf { it.exists() }?.readText()?.split(" ")?.take(3)?.joinToString(" ") ?: "?"}.")
}

// ---- --probe: where the microseconds of a trivial call go ----

/**
 * The same symbols as the generated UniffiLib, with the call status passed as a plain
 * Pointer to one reused block: no Structure to allocate, write before or read after the
 * call (what a JNI-based binding passes). For the probe only.
 */
object LeanLib {
    init {
        Native.register(LeanLib::class.java, "hechting")
    }

    external fun uniffi_hechting_fn_clone_core(handle: Long, status: Pointer): Long
    external fun uniffi_hechting_fn_free_core(handle: Long, status: Pointer)
    external fun uniffi_hechting_fn_method_core_ui_strings_version(handle: Long, status: Pointer): Long
}

class Piece(val name: String, val timed: () -> Long) {
    val samples = ArrayList<Long>()
}

inline fun time1(block: () -> Unit): Long {
    val s = System.nanoTime()
    block()
    return System.nanoTime() - s
}

fun probe(core: Core, quick: Boolean) {
    var sink = 0L
    val lean = Memory(32).also { it.clear() } // LeanLib's call status, reused
    val status = nl.hechting.UniffiRustCallStatus() // the generated status, reused
    val h0 = core.uniffiCloneHandle() // a reference of our own to the Core, freed below
    fun clone(): Long = LeanLib.uniffi_hechting_fn_clone_core(h0, lean)
    fun buffer() = nl.hechting.UniffiLib.uniffi_hechting_fn_method_core_locale_info(clone(), status)
    fun free(b: nl.hechting.RustBuffer.ByValue) = nl.hechting.UniffiLib.ffi_hechting_rustbuffer_free(b, status)

    val pieces = listOf(
        Piece("bare direct-mapped call: ffi_hechting_uniffi_contract_version() → Int") {
            time1 { sink += nl.hechting.IntegrityCheckingUniffiLib.ffi_hechting_uniffi_contract_version() }
        },
        Piece("JNA `Memory(32)`: malloc + JNA's map of live blocks + cleaner registration") {
            time1 { sink += Memory(32).size() }
        },
        Piece("`RustBuffer.ByValue()`: a JNA Structure (3 fields, 1 Memory)") {
            time1 { sink += nl.hechting.RustBuffer.ByValue().len }
        },
        Piece("`UniffiRustCallStatus()`: a Structure holding a RustBuffer.ByValue (2 Structures, 2 Memory)") {
            time1 { sink += nl.hechting.UniffiRustCallStatus().code }
        },
        Piece("clone_core with the status as a Pointer (own mapping): Rust's Arc clone + the native transition") {
            var h = 0L
            val t = time1 { h = LeanLib.uniffi_hechting_fn_clone_core(h0, lean) }
            LeanLib.uniffi_hechting_fn_free_core(h, lean)
            t
        },
        Piece("clone_core with a reused `UniffiRustCallStatus`: + JNA writes the Structure before the call, reads it after") {
            var h = 0L
            val t = time1 { h = nl.hechting.UniffiLib.uniffi_hechting_fn_clone_core(h0, status) }
            LeanLib.uniffi_hechting_fn_free_core(h, lean)
            t
        },
        Piece("one generated call: `core.uniffiCloneHandle()` (new status, call, check): the shape of a top-level fn → number") {
            var h = 0L
            val t = time1 { h = core.uniffiCloneHandle() }
            LeanLib.uniffi_hechting_fn_free_core(h, lean)
            t
        },
        Piece("lean trivial method: clone + ui_strings_version, status as a Pointer (what the Rust side costs)") {
            time1 { sink += LeanLib.uniffi_hechting_fn_method_core_ui_strings_version(LeanLib.uniffi_hechting_fn_clone_core(h0, lean), lean) }
        },
        Piece("**`core.uiStringsVersion()`**: 2 generated calls (clone + method), 2 statuses") {
            time1 { sink += core.uiStringsVersion() }
        },
        Piece("locale_info with a reused status → `RustBuffer.ByValue` (JNA makes a new Structure for the result)") {
            val h = clone()
            var b: nl.hechting.RustBuffer.ByValue? = null
            val t = time1 { b = nl.hechting.UniffiLib.uniffi_hechting_fn_method_core_locale_info(h, status) }
            free(b!!)
            t
        },
        Piece("lift a LocaleInfo: `asByteBuffer()` + `FfiConverterTypeLocaleInfo.read`") {
            val b = buffer()
            val t = time1 { sink += FfiConverterTypeLocaleInfo.read(b.asByteBuffer()!!).chain.size }
            free(b)
            t
        },
        Piece("ffi_hechting_rustbuffer_free with a reused status (RustBuffer passed by value)") {
            val b = buffer()
            time1 { free(b) }
        },
        Piece("`RustBuffer.free(buf)` as generated (new status + the call)") {
            val b = buffer()
            time1 { nl.hechting.RustBuffer.free(b) }
        },
        Piece("**`core.localeInfo()`**: 3 generated calls (clone, method, free), 3 statuses, a RustBuffer") {
            time1 { sink += core.localeInfo().chain.size }
        },
    )
    val warmups = if (quick) 500 else 10_000
    val rounds = if (quick) 5 else 30
    val timer = timerNs()
    val stats = runBursts(pieces, warmups, rounds, 100, { it.samples }) { it.timed() }
    LeanLib.uniffi_hechting_fn_free_core(h0, lean)

    println("| piece of a call (JVM → JNA → libhechting, release), timed alone | calls | median | p10–p90 | mean |")
    println("|---|---:|---:|---:|---:|")
    for (p in pieces) println(row(p.name, p.samples).first)
    println()
    footer(warmups, rounds, 100, timer, stats)
    if (sink == 42L) println()
}

fun main(args: Array<String>) {
    val quick = args.contains("--quick")
    val strict = args.contains("--strict")
    val probeOnly = args.contains("--probe")
    val pos = args.filter { !it.startsWith("--") }
    if (pos.isEmpty()) {
        System.err.println("usage: FfiBench <db> [YYYY-MM-DD] [locale] [--quick] [--strict] [--probe]")
        exitProcess(2)
    }
    val db = File(pos[0])
    val today: LocalDate = pos.getOrNull(1)?.let { LocalDate.parse(it) } ?: LocalDate.now()
    val locale = pos.getOrNull(2) ?: "de-DE"
    val warmups = if (quick) 200 else 10_000
    val rounds = 20
    val perRound = if (quick) 10 else 100 // samples per operation = rounds × perRound

    // The first Core also loads libhechting through JNA, and on a fresh copy makes the
    // day's automatic backup: timed once, for information only.
    val t0 = System.nanoTime()
    val core = Core(db.path, listOf(locale))
    val openUs = (System.nanoTime() - t0) / 1000.0

    core.use {
        if (probeOnly) {
            probe(core, quick)
            return
        }
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
        // The home screen as an app makes it now: one call, and the UI strings copied
        // only when their version moved (the language changed), not on every screen.
        var stringsVersion = core.uiStringsVersion()
        var copied: Map<String, String> = strings
        val homeOne = Op("home screen in one call: home() (child, age, tip for today, latest 5, the UI strings' version)", "≤ 150 µs", 150.0) {
            val h = core.home(id, today, 5)
            if (h.uiStringsVersion != stringsVersion) {
                copied = core.uiStrings()
                stringsVersion = h.uiStringsVersion
            }
            sink += (h.tip?.tip?.title?.length ?: 0) + h.age.label.length + h.latest.size + copied.size
            null
        }
        val home = Op("home screen as four calls: tip for today + age + latest 5 moments + uiStrings()", "—", null) {
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
            Op("bare JNA call: ffi_hechting_uniffi_contract_version() → Int (no UniFFI machinery)", "—", null) {
                nl.hechting.IntegrityCheckingUniffiLib.ffi_hechting_uniffi_contract_version()
            },
            // The trivial call: no work in Rust (an atomic load) and no data, a number
            // back. What the generated bindings cost for any method of Core at least.
            Op("trivial call: uiStringsVersion() — a Core method, nothing done in Rust, a number back: 2 native calls (handle clone + method), 2 call-status Structures", "≤ 5 µs", 5.0) {
                core.uiStringsVersion()
            },
            // A record back costs a RustBuffer: a third native call to free it and a
            // third call status, plus the Structure JNA makes for the returned buffer.
            Op("small record: localeInfo() — a Core method, a record back: 3 native calls (clone, method, RustBuffer free), 3 call statuses + 1 RustBuffer", "—", null) {
                core.localeInfo()
            },
            Op("small list: availableLocales() — as localeInfo(), 7 records back", "—", null) { core.availableLocales() },
            Op("journal: newest page of 50 (one child)", "—", null) { core.moments(page50) },
            homeOne,
            home,
            Op("  of which: tip for today (already delivered)", "—", null) { core.tipForDay(id, today) },
            Op("  of which: age", "—", null) { core.age(id, today) },
            Op("  of which: latest 5 moments", "—", null) { core.moments(latest5) },
            Op("  of which: ui_strings() (${strings.size} strings, cached in Rust)", "—", null) { core.uiStrings() },
        )

        // The first home screen of this JVM, before any warm-up (interpreted bindings).
        val f0 = System.nanoTime()
        homeOne.body()
        val firstHomeUs = (System.nanoTime() - f0) / 1000.0

        val timer = timerNs()
        val stats = runBursts(ops, warmups, rounds, perRound, { it.samples }) { op ->
            val s = System.nanoTime()
            val v = op.body()
            val t = System.nanoTime() - s
            if (v != null) sink += 1
            t
        }

        println("| operation (JVM → JNA → libhechting, release) | calls | median | p10–p90 | mean | target | met? |")
        println("|---|---:|---:|---:|---:|---|:---:|")
        var missed = false
        for (op in ops) {
            val (cells, med) = row(op.name, op.samples)
            val met = op.limitUs?.let { if (med <= it) "yes" else { missed = true; "**no**" } } ?: "—"
            println("$cells ${op.target} | $met |")
        }
        println()
        println("- Targets are on the median. The trivial-call target is held by a call that does nothing in Rust and returns a number (uiStringsVersion); a record back (localeInfo) adds a RustBuffer and its free, a third native call: `scripts/ffi-bench.sh --probe` times each piece.")
        println("- Journal: ${db.name}${if (created > 0) " (created here: 5,000 moments)" else ""}; child born ${child.birthDate}, today $today (age: ${age.label}); locale $locale → ${core.localeInfo().chain.joinToString(" → ")}. Today's tip: \"${tip.tip.title}\".")
        footer(warmups, rounds, perRound, timer, stats)
        println("- First Core of the JVM: ${us(openUs)} (loads libhechting through JNA and checks its checksums; opens the journal, on a fresh copy with the day's quick_check and automatic backup). First home screen before warm-up: ${us(firstHomeUs)}.")
        if (sink == 42L) println() // keep the results alive
        if (missed) System.err.println("FfiBench: a target was missed")
        if (missed && strict && !quick) exitProcess(1)
    }
}
