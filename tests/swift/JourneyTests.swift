// A parent's journey through the generated Swift bindings of hechting, as XCTest.
//
// Needs a Mac with Xcode (no Swift toolchain on CI): bindings/ios/build.sh copies this
// file into the generated Swift package (target/ios/Hechting/Tests/HechtingTests), then
//   cd target/ios/Hechting
//   xcodebuild test -scheme Hechting -destination 'platform=iOS Simulator,name=iPhone 16'
// or, with the macOS slice built (HECHTING_MACOS=1 bindings/ios/build.sh), `swift test`.

import Foundation
import XCTest
import Hechting

final class JourneyTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("hechting-swift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    // ---- helpers ----

    private let calendar = Calendar(identifier: .gregorian)

    /// The phone's local date `days` from today, as the core takes it: a Gregorian
    /// year, month and day (`CalendarDate` is `DateComponents`).
    private func iso(_ days: Int = 0) -> CalendarDate {
        let date = calendar.date(byAdding: .day, value: days, to: Date())!
        let c = calendar.dateComponents(in: TimeZone.current, from: date)
        return DateComponents(calendar: calendar, year: c.year, month: c.month, day: c.day)
    }

    /// Runs `body`, which must throw a `HechtingError`; returns it.
    private func hechtingError(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> HechtingError? {
        do {
            try body()
            XCTFail("expected a HechtingError, nothing was thrown", file: file, line: line)
        } catch let error as HechtingError {
            return error
        } catch {
            XCTFail("expected a HechtingError, got \(error)", file: file, line: line)
        }
        return nil
    }

    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [Error] = []
        func add(_ e: Error) { lock.lock(); errors.append(e); lock.unlock() }
        var all: [Error] { lock.lock(); defer { lock.unlock() }; return errors }
    }

    // ---- the journey ----

    func testJourney() throws {
        let now = Date()
        let offsetMin: Int32 = 120
        let db = dir.appendingPathComponent("hechting.sqlite").path
        let core = try Core(dbPath: db, preferredLocales: ["nl-NL"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: db))
        XCTAssertEqual(core.localeInfo().locale, "nl")
        XCTAssertEqual(core.localeInfo().direction, .ltr)

        // Children: twins and a preterm baby (born 10 weeks before the due date).
        let anna = try core.addChild(input: ChildInput(name: "Anna", birthDate: iso(-60), dueDate: iso(-55)), today: iso())
        var bram = try core.addChild(input: ChildInput(name: " Bram ", birthDate: iso(-60), dueDate: iso(-55)), today: iso())
        XCTAssertEqual(bram.name, "Bram")
        XCTAssertEqual(anna.birthDate, bram.birthDate)
        XCTAssertNotEqual(anna.id, bram.id)
        XCTAssertNil(anna.deletedAt)
        XCTAssertLessThanOrEqual(anna.createdAt, Date())
        let pim = try core.addChild(input: ChildInput(name: "Pim", birthDate: iso(-30), dueDate: iso(40)), today: iso())
        XCTAssertEqual(try core.children().count, 3)
        XCTAssertEqual(try core.child(id: pim.id).dueDate, iso(40))

        let aAge = try core.age(childId: anna.id, date: iso())
        let bAge = try core.age(childId: bram.id, date: iso())
        XCTAssertEqual(aAge.age.days, 60)
        XCTAssertEqual(aAge.label, bAge.label)
        XCTAssertNil(aAge.age.correctedDays)
        let pAge = try core.age(childId: pim.id, date: iso())
        XCTAssertEqual(pAge.age.days, 30)
        XCTAssertEqual(pAge.age.correctedDays, -40)
        XCTAssertEqual(pAge.age.tipAgeDays, -40)
        XCTAssertEqual(pAge.age.phase, .newborn)
        XCTAssertFalse(pAge.label.isEmpty)

        bram = try core.updateChild(id: bram.id, input: ChildInput(name: "Bram Jr", birthDate: iso(-60), dueDate: iso(-55)), today: iso())
        XCTAssertEqual(bram.name, "Bram Jr")
        try core.removeChild(id: bram.id)
        XCTAssertEqual(try core.children().count, 2)
        XCTAssertEqual(hechtingError { _ = try core.child(id: bram.id) }, .NotFound(code: .childNotFound))
        XCTAssertNil(try core.restoreChild(id: bram.id).deletedAt)

        // Moments: log, edit, delete, restore.
        func log(_ childId: String, _ kind: MomentKind, minutesAgo: Int, note: String? = nil) throws -> Moment {
            try core.logMoment(childId: childId, input: MomentInput(
                kind: kind, occurredAt: now.addingTimeInterval(Double(-60 * minutesAgo)), utcOffsetMinutes: offsetMin, note: note))
        }
        let cuddle = try core.logMoment(childId: anna.id, input: MomentInput(
            kind: .cuddle, occurredAt: now.addingTimeInterval(-30 * 60), utcOffsetMinutes: offsetMin,
            note: "Samen op de bank", durationMinutes: 15, caregiver: "Papa"))
        XCTAssertEqual(cuddle.kind, .cuddle)
        XCTAssertEqual(cuddle.durationMinutes, 15)
        XCTAssertEqual(cuddle.occurredAt.timeIntervalSince1970, now.addingTimeInterval(-30 * 60).timeIntervalSince1970, accuracy: 0.002)
        let song = try log(anna.id, .singing, minutesAgo: 90, note: "Een slaapliedje gezongen")
        let edited = try core.updateMoment(id: cuddle.id, input: MomentInput(
            kind: .skinToSkin, occurredAt: cuddle.occurredAt, utcOffsetMinutes: offsetMin, note: "Huid op huid na het badje"))
        XCTAssertEqual(edited.kind, .skinToSkin)
        XCTAssertEqual(edited.note, "Huid op huid na het badje")
        XCTAssertNil(edited.caregiver)
        XCTAssertGreaterThanOrEqual(edited.updatedAt, edited.createdAt)
        try core.deleteMoment(id: song.id)
        XCTAssertEqual(hechtingError { _ = try core.moment(id: song.id) }, .NotFound(code: .momentNotFound))
        let deleted = try core.deletedMoments(childId: anna.id, limit: 10)
        XCTAssertEqual(deleted.map(\.id), [song.id])
        XCTAssertNotNil(deleted.first?.deletedAt)
        XCTAssertNil(try core.restoreMoment(id: song.id).deletedAt)
        XCTAssertEqual(try core.moment(id: song.id).note, "Een slaapliedje gezongen")

        // Journal pages (cursor) and search.
        let kinds: [MomentKind] = [.play, .reading, .bath]
        for i in 0..<12 {
            _ = try log(bram.id, kinds[i % 3], minutesAgo: 10 + i * 60, note: "moment \(i)" + (i == 7 ? " met de giraf" : ""))
        }
        var seen: [Moment] = []
        var cursor: String? = nil
        var pages = 0
        repeat {
            let page = try core.moments(query: MomentQuery(childId: bram.id, limit: 5, cursor: cursor))
            pages += 1
            seen += page.items
            cursor = page.nextCursor
        } while cursor != nil
        XCTAssertEqual(pages, 3)
        XCTAssertEqual(Set(seen.map(\.id)).count, 12)
        XCTAssertTrue(zip(seen, seen.dropFirst()).allSatisfy { $0.occurredAt >= $1.occurredAt }, "newest first")
        let found = try core.moments(query: MomentQuery(childId: bram.id, text: "giraf"))
        XCTAssertEqual(found.items.map(\.note), ["moment 7 met de giraf"])
        XCTAssertEqual(try core.moments(query: MomentQuery(text: "slaapliedje")).items.map(\.id), [song.id])
        XCTAssertEqual(try core.moments(query: MomentQuery(childId: bram.id, kinds: [.bath], limit: 500)).items.count, 4)
        let summaries = try core.daySummaries(childId: bram.id, from: iso(-2), to: iso(1))
        XCTAssertEqual(summaries.reduce(0) { $0 + $1.total }, 12)
        XCTAssertTrue(summaries.contains { $0.date == seen[0].localDate })
        XCTAssertEqual(core.momentKinds().count, 18)
        XCTAssertEqual(core.kindLabel(kind: .cuddle), core.uiStrings()["kind-cuddle"])

        // Today's tip and a 7-day preview in nl, then in ar.
        let tip = try XCTUnwrap(try core.tipForDay(childId: anna.id, date: iso()))
        XCTAssertFalse(tip.tip.title.isEmpty)
        XCTAssertFalse(tip.tip.body.isEmpty)
        XCTAssertEqual(tip.date, iso())
        XCTAssertEqual(try core.tipForDay(childId: anna.id, date: iso())?.tip.id, tip.tip.id, "the same tip all day")
        let previewNl = try core.upcomingTips(childId: anna.id, from: iso(), days: 7)
        XCTAssertEqual(previewNl.map(\.date), (0..<7).map { iso($0) })
        XCTAssertEqual(previewNl.first?.tip.id, tip.tip.id)
        XCTAssertEqual(Set(previewNl.map(\.tip.id)).count, 7)

        let ar = try core.setLocales(preferredLocales: ["ar-MA"])
        XCTAssertEqual(ar.locale, "ar")
        XCTAssertEqual(ar.direction, .rtl)
        XCTAssertEqual(ar.chain.last, "nl")
        XCTAssertEqual(try core.tipForDay(childId: anna.id, date: iso())?.tip.id, tip.tip.id)
        let previewAr = try core.upcomingTips(childId: anna.id, from: iso(), days: 7)
        XCTAssertEqual(previewAr.map(\.tip.id), previewNl.map(\.tip.id))
        for planned in previewAr.dropFirst() {
            XCTAssertEqual(try core.tipForDay(childId: anna.id, date: planned.date)?.tip.id, planned.tip.id,
                           "the app shows what the notification previewed")
        }
        let stringsAr = core.uiStrings()
        XCTAssertFalse((stringsAr["kind-cuddle"] ?? "").isEmpty)
        XCTAssertNotEqual(stringsAr["kind-cuddle"], "Knuffelen")

        // Feedback.
        var state = try core.tipFeedback(childId: anna.id, tipId: tip.tip.id, feedback: .favourite)
        XCTAssertTrue(state.favourite)
        XCTAssertFalse(state.tried)
        state = try core.tipFeedback(childId: anna.id, tipId: tip.tip.id, feedback: .tried)
        XCTAssertTrue(state.favourite && state.tried)
        XCTAssertEqual(try core.favouriteTips(childId: anna.id).map(\.id), [tip.tip.id])
        let history = try core.tipHistory(childId: anna.id, before: nil, limit: 5)
        XCTAssertEqual(history.count, 5)
        XCTAssertEqual(history.first?.date, previewAr.last?.date)
        let older = try core.tipHistory(childId: anna.id, before: history.last?.date, limit: 5)
        XCTAssertEqual(older.count, 2)
        XCTAssertEqual(older.last?.date, iso())
        XCTAssertTrue(try core.tipFeedback(childId: bram.id, tipId: previewNl[1].tip.id, feedback: .notForMe).notForMe)
        XCTAssertFalse(try core.tipFeedback(childId: bram.id, tipId: previewNl[1].tip.id, feedback: .undoNotForMe).notForMe)

        let themes = try core.themes()
        XCTAssertEqual(themes.count, 9)
        try core.setThemeEnabled(theme: .play, enabled: false)
        XCTAssertEqual(try core.themes().filter { !$0.enabled }.map(\.theme), [.play])
        try core.setThemeEnabled(theme: .play, enabled: true)
        XCTAssertFalse(core.tipPreview(ageDays: 100, bornEarly: false).candidates.isEmpty)

        // Languages and UI strings.
        XCTAssertTrue(Set(core.availableLocales().map(\.tag)).isSuperset(of: ["nl", "en", "de", "tr", "ar"]))
        XCTAssertEqual(try core.setLanguage(tag: "en").locale, "en")
        XCTAssertEqual(try core.setLanguage(tag: nil).locale, "ar")
        _ = try core.setLocales(preferredLocales: ["nl-NL"])
        let strings = core.uiStrings()
        for key in ["kind-cuddle", "kind-skin-to-skin", "phase-newborn", "error-name-empty"] {
            XCTAssertFalse((strings[key] ?? "").isEmpty, key)
        }
        XCTAssertTrue(core.uiString(key: "age-days", args: ["days": .number(value: 3)]).contains("3"))
        XCTAssertTrue(core.uiString(key: "age-corrected", args: ["age": .text(value: "9 maanden"), "corrected": .number(value: 7)])
            .contains("9 maanden"))

        // Articles, drawn natively from blocks.
        let articles = core.articles()
        XCTAssertFalse(articles.isEmpty)
        let article = try core.article(id: articles[0].id)
        XCTAssertFalse(article.blocks.isEmpty)
        for block in article.blocks {
            switch block {
            case let .heading(level, spans): XCTAssertTrue(level >= 1 && !spans.isEmpty)
            case let .paragraph(spans), let .quote(spans): XCTAssertFalse(spans.isEmpty)
            case let .bulletList(items): XCTAssertFalse(items.isEmpty)
            }
        }
        XCTAssertEqual(hechtingError { _ = try core.article(id: "nope") }, .NotFound(code: .articleNotFound))

        // Four threads at once.
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 4) { n in
            do {
                for i in 0..<25 {
                    _ = try log(pim.id, .feeding, minutesAgo: n * 100 + i, note: "thread \(n) #\(i)")
                    _ = try core.moments(query: MomentQuery(childId: pim.id, limit: 10))
                }
            } catch {
                failures.add(error)
            }
        }
        XCTAssertTrue(failures.all.isEmpty, "\(failures.all)")
        XCTAssertEqual(try core.moments(query: MomentQuery(childId: pim.id, limit: 500)).items.count, 100)
        core.interrupt()
        XCTAssertEqual(try core.children().count, 3)
    }

    func testErrorsAreTypedWithCodes() throws {
        let core = try Core(dbPath: ":memory:", preferredLocales: ["nl"])
        let empty = hechtingError { _ = try core.addChild(input: ChildInput(name: "  ", birthDate: iso()), today: iso()) }
        XCTAssertEqual(empty, .InvalidInput(field: "name", code: .nameEmpty))
        XCTAssertEqual(empty.map { errorCode(error: $0) }, .nameEmpty)
        XCTAssertFalse(core.uiString(key: errorMessageId(code: .nameEmpty), args: [:]).isEmpty)
        let badDate = hechtingError { _ = try core.addChild(input: ChildInput(name: "X", birthDate: iso(3)), today: iso()) }
        XCTAssertEqual(badDate, .InvalidInput(field: "birth_date", code: .birthDateInFuture))
        let unknown = hechtingError { _ = try core.tipForDay(childId: UUID().uuidString.lowercased(), date: iso()) }
        XCTAssertEqual(unknown, .NotFound(code: .childNotFound))
        XCTAssertEqual(unknown.map { errorCode(error: $0) }, .childNotFound)
    }

    private final class Progress: ImportProgress, @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [(Int64, Int64)] = []
        func progress(done: Int64, total: Int64) { lock.lock(); seen.append((done, total)); lock.unlock() }
        var calls: [(Int64, Int64)] { lock.lock(); defer { lock.unlock() }; return seen }
    }

    func testBackupsExportImportAndADamagedFile() throws {
        let path = dir.appendingPathComponent("safety.sqlite").path
        let now = Date()
        var exported = ""
        do {
            let safe = try Core(dbPath: path, preferredLocales: ["nl"])
            XCTAssertEqual(safe.openOutcome(), .normal)
            let kid = try safe.addChild(input: ChildInput(name: "Sam", birthDate: iso(-10)), today: iso())
            for i in 0..<3 {
                _ = try safe.logMoment(childId: kid.id, input: MomentInput(
                    kind: .bath, occurredAt: now.addingTimeInterval(Double(-3600 * i)), utcOffsetMinutes: 60))
            }
            let backup = try safe.backupNow()
            XCTAssertTrue(backup.name.hasPrefix("backup-"))
            XCTAssertGreaterThan(backup.sizeBytes, 0)
            XCTAssertTrue(try safe.backups().contains { $0.name == backup.name })
            _ = try safe.logMoment(childId: kid.id, input: MomentInput(kind: .walk, occurredAt: now, utcOffsetMinutes: 60))
            XCTAssertEqual(try safe.moments(query: MomentQuery(limit: 500)).items.count, 4)
            try safe.restoreBackup(name: backup.name)
            XCTAssertEqual(try safe.moments(query: MomentQuery(limit: 500)).items.count, 3)
            XCTAssertEqual(hechtingError { try safe.restoreBackup(name: "backup-1999-01-01.sqlite") }, .NotFound(code: .backupNotFound))
            exported = try safe.exportJson()
            XCTAssertTrue(exported.contains(kid.id))
            let file = dir.appendingPathComponent("export.json")
            try safe.exportToFile(path: file.path)
            XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains(kid.id))
        }

        let other = try Core(dbPath: ":memory:", preferredLocales: ["nl"])
        let progress = Progress()
        let report = try other.importJsonWithProgress(json: exported, progress: progress)
        XCTAssertGreaterThanOrEqual(report.added, 4)
        XCTAssertEqual(report.updated, 0)
        XCTAssertFalse(progress.calls.isEmpty)
        XCTAssertEqual(progress.calls.last?.0, progress.calls.last?.1)
        let again = try other.importJson(json: exported)
        XCTAssertEqual(again, ImportReport(added: 0, updated: 0, unchanged: report.added))
        XCTAssertEqual(try other.children().map(\.name), ["Sam"])
        let bad = hechtingError { _ = try other.importJson(json: "{ not json") }
        XCTAssertEqual(bad.map { errorCode(error: $0) }, .importInvalid)

        try Data("PK\u{03}\u{04} this is a zip file, not a journal".utf8).write(to: URL(fileURLWithPath: path))
        let reopened = try Core(dbPath: path, preferredLocales: ["nl"])
        guard case let .restoredBackup(damagedCopy, backupName) = reopened.openOutcome() else {
            return XCTFail("expected a restored backup, got \(reopened.openOutcome())")
        }
        XCTAssertTrue(backupName.hasPrefix("backup-"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: damagedCopy))
        XCTAssertEqual(try reopened.moments(query: MomentQuery(limit: 500)).items.count, 3)
    }

    func testShareWithPartnerBothWays() throws {
        let phoneA = try Core(dbPath: dir.appendingPathComponent("phone-a.sqlite").path, preferredLocales: ["nl"])
        let phoneB = try Core(dbPath: dir.appendingPathComponent("phone-b.sqlite").path, preferredLocales: ["nl"])
        XCTAssertEqual(hechtingError { _ = try phoneA.shareBundle() }, .InvalidInput(field: "pairing_code", code: .pairingCodeMissing))
        try phoneA.setPairingCode(code: "Appel boom 17")
        try phoneB.setPairingCode(code: "appel  boom 17")
        let noor = try phoneA.addChild(input: ChildInput(name: "Noor", birthDate: iso(-40)), today: iso())
        let first: Data = try phoneA.shareBundle()
        XCTAssertLessThan(first.count, 2048)
        XCTAssertEqual(try phoneB.receiveBundle(bundle: first).added, 1)

        let now = Date()
        let onA = try phoneA.logMoment(childId: noor.id, input: MomentInput(kind: .cuddle, occurredAt: now.addingTimeInterval(-7200), utcOffsetMinutes: 60, note: "knuffel"))
        let onB = try phoneB.logMoment(childId: noor.id, input: MomentInput(kind: .singing, occurredAt: now.addingTimeInterval(-3600), utcOffsetMinutes: 60, note: "liedje"))
        let toB = try phoneA.shareBundle()
        XCTAssertEqual(try phoneB.receiveBundle(bundle: toB).added, 1)
        XCTAssertEqual(try phoneA.receiveBundle(bundle: try phoneB.shareBundle()).added, 1)
        XCTAssertEqual(try phoneA.moment(id: onB.id).note, "liedje")
        XCTAssertEqual(try phoneB.moment(id: onA.id).note, "knuffel")
        let again = try phoneB.receiveBundle(bundle: toB)
        XCTAssertEqual(again.added + again.updated, 0)

        let stranger = try Core(dbPath: ":memory:", preferredLocales: ["nl"])
        try stranger.setPairingCode(code: "een heel andere code")
        XCTAssertEqual(hechtingError { _ = try stranger.receiveBundle(bundle: toB) }, .InvalidInput(field: "bundle", code: .shareNotOpened))
        XCTAssertTrue(try stranger.children().isEmpty)
    }

    func testNewerDatabaseIsRefusedAndLeftUntouched() throws {
        let path = dir.appendingPathComponent("newer.sqlite").path
        do {
            let core = try Core(dbPath: path, preferredLocales: ["nl"])
            _ = try core.addChild(input: ChildInput(name: "Z", birthDate: iso()), today: iso())
        } // released: the database is closed
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        handle.seek(toFileOffset: 60)
        handle.write(Data([0, 0, 0, 99])) // user_version, big-endian
        handle.closeFile()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = hechtingError { _ = try Core(dbPath: path, preferredLocales: ["nl"]) }
        guard case let .DatabaseTooNew(found, supported)? = error else {
            return XCTFail("expected DatabaseTooNew, got \(String(describing: error))")
        }
        XCTAssertEqual(found, 99)
        XCTAssertLessThan(supported, 99)
        XCTAssertEqual(error.map { errorCode(error: $0) }, .databaseTooNew)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }
}
