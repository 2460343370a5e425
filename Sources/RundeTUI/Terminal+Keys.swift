// What ncurses reads, before ``KeyDecoder`` turns it into keys, pastes, resizes and clicks.

extension Terminal {
    /// One thing `wget_wch` handed over, before decoding.
    package enum RawInput: Hashable, Sendable {
        /// A character (`OK` from `wget_wch`): a Unicode scalar value, control characters included.
        case char(UInt32)
        /// A key code (`KEY_CODE_YES`) in ncurses' standard range, such as `KEY_UP`.
        case keyCode(Int32)
        /// A key the terminfo entry knows only by name (code above `KEY_MAX`), such as `kLFT5`.
        case keyName(String)
        /// `KEY_RESIZE`, with the size ncurses reported right after it.
        case resized(Size)
        /// `KEY_MOUSE` that was a left click, at a cell.
        case clicked(Point)
    }

    /// ncurses' key codes (curses.h, octal as there). They are fixed values; ``Terminal`` checks
    /// them against the header in debug builds, so this file needs no `import CNcurses`.
    enum KeyCode {
        static let down: Int32 = 0o402
        static let up: Int32 = 0o403
        static let left: Int32 = 0o404
        static let right: Int32 = 0o405
        static let home: Int32 = 0o406
        static let backspace: Int32 = 0o407
        static let f0: Int32 = 0o410
        static let delete: Int32 = 0o512
        static let pageDown: Int32 = 0o522
        static let pageUp: Int32 = 0o523
        static let enter: Int32 = 0o527
        static let keypadA1: Int32 = 0o534
        static let keypadA3: Int32 = 0o535
        static let keypadC1: Int32 = 0o537
        static let keypadC3: Int32 = 0o540
        static let backTab: Int32 = 0o541
        static let end: Int32 = 0o550
        static let find: Int32 = 0o552
        static let select: Int32 = 0o601
        static let shiftEnd: Int32 = 0o602
        static let shiftHome: Int32 = 0o607
        static let shiftLeft: Int32 = 0o611
        static let shiftRight: Int32 = 0o622
    }

    /// Decodes raw input as one whole read after which nothing more came: a sequence cut off
    /// at its end is taken as the keys it holds, and a paste not ended by its end marker is
    /// still open (so not in the answer). See ``KeyDecoder`` for the mapping.
    nonisolated static func decode(_ raw: [RawInput]) -> [InputEvent] {
        var decoder = KeyDecoder()
        return decoder.decode(raw) + decoder.idle(milliseconds: 0)
    }
}
