import Foundation
import RundeCore

/// The run loop of the live screen: the only place where the log, the clock and the terminal
/// meet. Reads input, updates the ``AppState``, writes commands through the log writer, folds
/// what another terminal appended, and draws only what changed.
@MainActor
public final class LiveSession {
    private let writer: MeetingLogWriter
    private let terminal: Terminal
    private var state: AppState
    private var shown: Frame?

    public init(writer: MeetingLogWriter, terminal: Terminal, state: AppState) {
        self.writer = writer
        self.terminal = terminal
        self.state = state
    }

    /// Runs until the facilitator quits, a signal arrives, or the terminal goes away.
    /// - Returns: the exit status (0, or 128 + the signal's number).
    public func run() -> Int32 {
        draw()
        while true {
            if let signal = terminal.pendingSignal { return 128 + signal }
            if terminal.hungUp { return 129 }
            let events = terminal.read(timeout: 250)
            var changed = false
            for event in events {
                if case .resize = event {
                    shown = nil
                    terminal.redrawAll()
                }
                let effects: [Effect]
                if case .click(let point) = event, let shown { effects = state.click(point, on: shown) } else { effects = state.update(event) }
                for effect in effects {
                    switch effect {
                    case .quit: return 0
                    case .submit(let command): submit(command)
                    }
                }
                changed = true
            }
            let now = Date()
            if Int(now.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970) {
                state.tick(now)
                changed = true
            }
            if (try? writer.refresh()) == true {
                state.logChanged(writer.meeting.state)
                changed = true
            }
            if changed { draw() }
        }
    }

    private func submit(_ command: Command) {
        do {
            try writer.submit(command, by: state.user)
            state.receive(.success(writer.meeting.state))
        } catch {
            state.receive(.failure(error))
        }
    }

    /// Renders the state and sends the terminal only the cells that changed.
    private func draw() {
        let frame = state.render(size: terminal.size)
        terminal.draw(frame.screen.changes(since: shown?.screen), cursor: frame.cursor)
        shown = frame
    }
}
