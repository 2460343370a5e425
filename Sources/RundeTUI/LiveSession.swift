import Foundation
import RundeCore

/// The run loop of the live screen: the only place where the log, the clock and the terminal
/// meet. Reads input, updates the ``AppState``, writes commands through the log writer, folds
/// what another terminal appended, and draws only what changed.
@MainActor
public final class LiveSession {
    private let feed: any MeetingFeed
    /// Nil when following read-only: then nothing is ever written.
    private let writer: MeetingLogWriter?
    private let terminal: Terminal
    private var state: AppState

    public init(writer: MeetingLogWriter, terminal: Terminal, state: AppState) {
        feed = writer
        self.writer = writer
        self.terminal = terminal
        self.state = state
    }

    /// The same screen over a log it only reads (`runde follow`): only keys that read act.
    public init(following follower: MeetingLogFollower, terminal: Terminal, state: AppState) {
        feed = follower
        writer = nil
        self.terminal = terminal
        self.state = state
        self.state.watching = true
    }

    /// Runs until the facilitator quits, a signal arrives, or the terminal goes away.
    /// - Returns: the exit status (0, or 128 + the signal's number).
    public func run() -> Int32 {
        terminal.run(
            render: { state.render(size: $0) },
            handle: { event, frame in
                let effects: [Effect]
                if case .click(let point) = event { effects = state.click(point, on: frame) } else { effects = state.update(event) }
                for effect in effects {
                    switch effect {
                    case .quit: return false
                    case .submit(let command): submit(command)
                    }
                }
                return true
            },
            idle: {
                var changed = false
                let now = Date()
                if Int(now.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970) {
                    state.tick(now)
                    if !state.logPath.isEmpty { _ = state.noteNewFork(of: URL(fileURLWithPath: state.logPath)) }
                    changed = true
                }
                let warning = state.logWarning
                do throws(LogError) {
                    if try feed.refresh() {
                        state.logChanged(feed.meeting.state)
                        changed = true
                    }
                    state.logProblem(nil)
                } catch {
                    // Removed, replaced or cut short under us, or damaged by another writer: say so
                    // until it is back; the next command is refused meanwhile.
                    state.logProblem(error)
                }
                return changed || state.logWarning != warning
            })
    }

    private func submit(_ command: Command) {
        guard let writer else { return }
        do {
            try writer.submit(command, by: state.user)
            state.receive(.success(writer.meeting.state))
        } catch {
            state.receive(.failure(error))
        }
    }
}
