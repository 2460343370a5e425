import Foundation
import RundeCore
import RundeTestSupport
import Testing

@testable import RundeTUI

/// A hand-written log with terminal controls in its texts: no cell of any screen made from it
/// holds one; each is drawn in its visible form.
@MainActor
@Suite struct HostileScreenTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    /// A meetings folder holding week 38 of the example team, rewritten to hold controls.
    static func hostileMeetings() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runde-tui-\(UUID().uuidString)/meetings")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = repository.appendingPathComponent("Examples/heimetenesta/meetings/2026-09-14-1400-teammote-veke-38.jsonl")
        try HostileLog.lines(from: source).write(to: folder.appendingPathComponent(source.lastPathComponent))
        return folder
    }

    static func text(of frame: Frame) -> String {
        (0..<frame.screen.size.height).map { frame.screen.row($0) }.joined(separator: "\n")
    }

    static func unsafe(_ text: String) -> [UInt32] {
        text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || ControlCharacters.isUnsafe($0) }
            .map(\.value)
    }

    @Test func theLiveScreenDrawsControlsVisibly() throws {
        let url = try Self.hostileMeetings().appendingPathComponent("2026-09-14-1400-teammote-veke-38.jsonl")
        let loaded = try MeetingLog.read(url)
        let records = loaded.meeting.records
        var shown = false
        for count in stride(from: 1, through: records.count, by: 5) {
            let meeting = try Meeting(records: Array(records.prefix(count)))
            let state = AppState(meeting: meeting.state, now: records[count - 1].at, timeZone: .gmt, user: "kari")
            for size in Self.sizes {
                let screen = Self.text(of: state.render(size: size))
                #expect(Self.unsafe(screen).isEmpty, "after \(count) events at \(size)")
                shown = shown || screen.contains("␛]0;X␇")
            }
        }
        #expect(shown, "the hostile title is on the screen, drawn visibly")
    }

    @Test func theReviewScreenDrawsControlsVisibly() throws {
        let archive = Archive(folder: try Self.hostileMeetings())
        #expect(archive.damaged.isEmpty)
        var review = ReviewState(archive: archive, team: "Heimetenesta", language: .nn, timeZone: .gmt, today: try #require(Day("2026-11-01")))
        var screens: [String] = []
        for size in Self.sizes { screens.append(Self.text(of: review.render(size: size))) }
        _ = review.update(.key(.enter))
        for size in Self.sizes { screens.append(Self.text(of: review.render(size: size))) }
        for screen in screens { #expect(Self.unsafe(screen).isEmpty, "\(screen)") }
        #expect(screens.contains { $0.contains("␛]0;X␇") }, "the hostile text is on the screen, drawn visibly")
    }
}
