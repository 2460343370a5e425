import Foundation

extension Terminal {
    /// The run loop every screen shares: draw, wait for input, hand each event over with the
    /// frame it landed on, redraw only what changed. Ends when `handle` answers false (status
    /// 0), on SIGINT/SIGTERM/SIGHUP (128 + the signal) or when the terminal goes away (129).
    ///
    /// - Parameters:
    ///   - render: the screen for the current state at a size.
    ///   - handle: one event (a click comes with the frame it landed on); false to stop.
    ///   - idle: called after every wait; true when something changed without input (the
    ///     clock, another terminal's append).
    public func run(
        render: (Size) -> Frame, handle: (InputEvent, Frame) -> Bool, idle: () -> Bool = { false }
    ) -> Int32 {
        var shown = render(size)
        draw(shown.screen.changes(since: nil), cursor: shown.cursor)
        while true {
            if let signal = pendingSignal { return 128 + signal }
            if hungUp { return 129 }
            var changed = false
            var repaint = false
            for event in read(timeout: 250) {
                if case .resize = event {
                    redrawAll()
                    repaint = true
                }
                // A window too small to show the keys lets none act (``Frame/accepts(_:)``).
                guard shown.accepts(event) else { continue }
                guard handle(event, shown) else { return 0 }
                changed = true
            }
            if idle() { changed = true }
            guard changed else { continue }
            let frame = render(size)
            draw(frame.screen.changes(since: repaint ? nil : shown.screen), cursor: frame.cursor)
            shown = frame
        }
    }
}
