import CNcurses
import RundeCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real terminal, through ncursesw: the only type in runde that talks to ncurses.
///
/// It draws ``Run``s from ``Screen/changes(since:)``, reads input as ``InputEvent``s and reports
/// its size; everything else about the screen is plain values elsewhere. One at a time, on the
/// main actor; call ``end()`` before printing anything or exiting.
///
/// ```swift
/// let terminal = try Terminal(noColor: false, crashMessage: "Loggen er i \(path); ingenting gjekk tapt.")
/// defer { terminal.end() }
/// while terminal.pendingSignal == nil, !terminal.hungUp {
///     for event in terminal.read(timeout: 100) { … }
///     terminal.draw(next.changes(since: shown), cursor: nil)
/// }
/// ```
@MainActor
public final class Terminal {
    /// Set when the locale was not UTF-8 and runde fell back to `C.UTF-8` (or found no UTF-8
    /// at all); print it after ``end()``.
    public private(set) var localeWarning: String?
    /// True once the terminal has gone away (the window closed, the ssh link dropped): input
    /// reports an error and `poll` says the tty hung up. The run loop should end then, rather
    /// than read again and again.
    public private(set) var hungUp = false
    /// Whether colours are drawn: false under `NO_COLOR` or on a terminal without colours.
    public let colors: Bool

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var cursorShown: Bool?
    private var lastSize = Size(width: 80, height: 24)
    private var decoder = KeyDecoder()

    /// Takes over the terminal: locale, signal handlers, then ncurses in raw mode.
    ///
    /// - Parameters:
    ///   - noColor: draw no colours (pass true when `NO_COLOR` is set and not empty); bold,
    ///     reverse, dim and underline still show.
    ///   - crashMessage: written to standard error after a crash, once the terminal is
    ///     restored: where the log is and that nothing written was lost.
    ///   - language: the language of ``localeWarning`` and of errors.
    /// - Throws: ``TerminalError`` when standard input or output is not a terminal, `TERM` is
    ///   not set, or ncurses knows no such terminal type. The terminal is then untouched.
    public init(noColor: Bool, crashMessage: String = "", language: Language = .nn) throws(TerminalError) {
        assert(Self.keyCodesMatchHeader, "Terminal.KeyCode differs from curses.h")
        localeWarning = Self.setUTF8Locale(language)
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        guard let type = getenv("TERM").map({ String(cString: $0) }), !type.isEmpty else { throw .noTerminalType }

        // Before ncurses starts: it then leaves SIGINT and SIGTERM to us, and the tty settings
        // saved for a crash are the shell's.
        SignalHandlers.install(crashMessage: crashMessage)
        // newterm, not initscr: initscr prints an error and exits the process on an unknown TERM.
        guard let screen = newterm(nil, ncs_stdout(), ncs_stdin()), let window = ncs_stdscr() else {
            SignalHandlers.uninstall()
            throw .unknownTerminal(type)
        }
        self.screen = screen
        self.window = window
        raw()  // Ctrl-C, Ctrl-Z, Ctrl-S arrive as keys; the screen decides what they do
        noecho()
        nonl()
        keypad(window, true)
        if getenv("ESCDELAY") == nil { set_escdelay(25) }  // a lone Esc after 25 ms, not 1 s
        mousemask(ncs_button1_clicked(), nil)
        mouseinterval(0)  // report the press at once; no waiting to tell clicks from drags
        colors = !noColor && Self.startColors()
        setCursor(shown: false)
        lastSize = size
        // Bracketed paste: the terminal marks a paste with ESC [ 200 ~ … ESC [ 201 ~, so pasted
        // text is told apart from keys however fast either comes. Terminals without it ignore this.
        Self.writeToTerminal(Self.bracketedPasteOn)
    }

    /// The terminal's size in cells, as ncurses last saw it (updated on each resize).
    public var size: Size {
        guard let window else { return lastSize }
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Draws the runs, places the cursor (or hides it when nil) and updates the terminal once.
    ///
    /// Runs that start outside the screen are skipped; ``Screen`` keeps every run within its row.
    public func draw(_ runs: [Run], cursor: Point?) {
        guard let window else { return }
        let size = self.size
        for run in runs where (0..<size.height).contains(run.point.y) && (0..<size.width).contains(run.point.x) {
            wattr_set(window, Self.attributes(of: run.style), pair(of: run.style), nil)
            let text = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
            // ERR after writing the bottom-right cell is expected (the cursor cannot move on).
            _ = mvwaddwstr(window, Int32(run.point.y), Int32(run.point.x), text)
        }
        wattr_set(window, 0, 0, nil)
        if let cursor, (0..<size.height).contains(cursor.y), (0..<size.width).contains(cursor.x) {
            setCursor(shown: true)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            setCursor(shown: false)
        }
        wrefresh(window)
    }

    /// Makes the next ``draw(_:cursor:)`` clear the terminal and repaint every cell, for
    /// after a resize or when something else wrote over the screen. Draw a whole frame
    /// (`changes(since: nil)`) next.
    public func redrawAll() {
        guard let window else { return }
        clearok(window, true)
    }

    /// Waits up to `milliseconds` for input, then takes everything else already waiting and
    /// decodes it with the ``KeyDecoder`` kept across reads: keys, each on its own and in order,
    /// pastes (only what the terminal marks as one), resizes and clicks.
    ///
    /// Answers empty on timeout, and sets ``hungUp`` when the terminal has gone away.
    public func read(timeout milliseconds: Int) -> [InputEvent] {
        guard let window, !hungUp else { return [] }
        let wait = Int32(clamping: max(0, milliseconds))
        wtimeout(window, wait)
        guard let first = next(window) else {
            hungUp = Self.inputHungUp()
            return hungUp ? [] : decoder.idle(milliseconds: Int(wait))
        }
        var events = decoder.decode(drain(window, after: first))
        if decoder.awaitsSequence {
            // The read cut an escape sequence (or a paste's end marker) short: give the rest a
            // moment, or take what came as keys (a lone Esc).
            wtimeout(window, Self.sequenceWait)
            if let more = next(window) {
                events += decoder.decode(drain(window, after: more))
            } else {
                events += decoder.idle(milliseconds: Int(Self.sequenceWait))
            }
        }
        return events
    }

    /// Gives the terminal back: ends ncurses and restores the signal handlers. Safe to call
    /// more than once; after it, drawing and reading do nothing.
    public func end() {
        if let window {
            lastSize = size
            wattr_set(window, 0, 0, nil)
            setCursor(shown: true)
            endwin()
            Self.writeToTerminal(Self.bracketedPasteOff)
            self.window = nil
        }
        if let screen {
            delscreen(screen)
            self.screen = nil
        }
        SignalHandlers.uninstall()
    }

    // MARK: - Input

    private static let readLimit = 1 << 16
    /// Milliseconds to wait for the rest of an escape sequence a read cut short.
    private static let sequenceWait: Int32 = 25

    /// `first` and everything else already waiting, up to ``readLimit`` (the rest stays for
    /// the next read).
    private func drain(_ window: UnsafeMutablePointer<WINDOW>, after first: [RawInput]) -> [RawInput] {
        wtimeout(window, 0)
        var raw = first
        while raw.count < Self.readLimit, let more = next(window) {
            raw += more
        }
        return raw
    }

    /// One `wget_wch`: nil on ERR (timeout or error), else what it read ([] for a mouse
    /// event other than a left click, or an unnamed key).
    private func next(_ window: UnsafeMutablePointer<WINDOW>) -> [RawInput]? {
        var wide: wint_t = 0
        switch wget_wch(window, &wide) {
        case OK:
            return [.char(wide)]
        case KEY_CODE_YES:
            let code = Int32(bitPattern: wide)
            switch code {
            case KEY_RESIZE: return [.resized(size)]
            case KEY_MOUSE: return Self.click().map { [.clicked($0)] } ?? []
            case ...KEY_MAX: return [.keyCode(code)]
            default: return keyname(code).map { [.keyName(String(cString: $0))] } ?? []
            }
        default:
            return nil
        }
    }

    private static func click() -> Point? {
        var event = MEVENT()
        guard getmouse(&event) == OK, event.bstate & (ncs_button1_pressed() | ncs_button1_clicks()) != 0 else { return nil }
        return Point(x: Int(event.x), y: Int(event.y))
    }

    /// After an ERR from `wget_wch`: whether fd 0 hung up or failed. Without this check a
    /// vanished pty makes every read fail at once, and the loop spins at 100 % CPU.
    private static func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    // MARK: - Output

    static let bracketedPasteOn = "\u{1B}[?2004h"
    static let bracketedPasteOff = "\u{1B}[?2004l"

    /// Writes a control sequence straight to fd 1, past ncurses (which has no call for it).
    private static func writeToTerminal(_ sequence: String) {
        fflush(ncs_stdout())
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBufferPointer { write(1, $0.baseAddress, $0.count) }
    }

    private func setCursor(shown: Bool) {
        guard cursorShown != shown else { return }
        cursorShown = shown
        curs_set(shown ? 1 : 0)
    }

    private static func attributes(of style: Style) -> attr_t {
        var attributes: attr_t = 0
        if style.bold { attributes |= ncs_a_bold() }
        if style.reverse { attributes |= ncs_a_reverse() }
        if style.dim { attributes |= ncs_a_dim() }
        if style.underline { attributes |= ncs_a_underline() }
        return attributes
    }

    /// The colour pair of a style: pair n + 1 is `Color.allCases[n]` on the default background.
    private func pair(of style: Style) -> Int16 {
        guard colors, let color = style.foreground, let index = Color.allCases.firstIndex(of: color) else { return 0 }
        return Int16(index + 1)
    }

    /// Starts colours with one pair per ``Color``; false when the terminal has none to give.
    private static func startColors() -> Bool {
        guard has_colors(), start_color() == OK, ncs_color_pairs() > Color.allCases.count else { return false }
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        for (index, color) in Color.allCases.enumerated() {
            init_pair(Int16(index + 1), Int16(foreground(color)), background)
        }
        return true
    }

    private static func foreground(_ color: Color) -> Int32 {
        switch color {
        case .red: COLOR_RED
        case .green: COLOR_GREEN
        case .yellow: COLOR_YELLOW
        case .blue: COLOR_BLUE
        case .magenta: COLOR_MAGENTA
        case .cyan: COLOR_CYAN
        case .white: COLOR_WHITE
        }
    }

    // MARK: - Start-up

    /// Sets the locale from the environment; when that gives no UTF-8, sets `LC_CTYPE` to
    /// `C.UTF-8`, without which ncurses drops every æ, ø and å. Answers the warning, if any.
    private static func setUTF8Locale(_ language: Language) -> String? {
        setlocale(LC_ALL, "")
        guard codeset() != "UTF-8" else { return nil }
        var asked = "LANG="
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty {
                asked = "\(name)=\(value)"
                break
            }
        }
        setlocale(LC_CTYPE, "C.UTF-8")
        let fellBack = codeset() == "UTF-8"
        return TerminalError.localeWarning(asked: asked, fellBack: fellBack)[language]
    }

    private static func codeset() -> String {
        nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
    }

    private static var keyCodesMatchHeader: Bool {
        [KeyCode.down, KeyCode.up, KeyCode.left, KeyCode.right, KeyCode.home, KeyCode.backspace, KeyCode.f0, KeyCode.delete]
            == [KEY_DOWN, KEY_UP, KEY_LEFT, KEY_RIGHT, KEY_HOME, KEY_BACKSPACE, KEY_F0, KEY_DC]
            && [KeyCode.pageDown, KeyCode.pageUp, KeyCode.enter, KeyCode.backTab, KeyCode.end, KeyCode.shiftLeft, KeyCode.shiftRight]
                == [KEY_NPAGE, KEY_PPAGE, KEY_ENTER, KEY_BTAB, KEY_END, KEY_SLEFT, KEY_SRIGHT]
            && [KeyCode.keypadA1, KeyCode.keypadA3, KeyCode.keypadC1, KeyCode.keypadC3, KeyCode.find, KeyCode.select]
                == [KEY_A1, KEY_A3, KEY_C1, KEY_C3, KEY_FIND, KEY_SELECT]
            && [KeyCode.shiftEnd, KeyCode.shiftHome] == [KEY_SEND, KEY_SHOME]
    }
}

/// Why the live screen could not start.
public enum TerminalError: Error, Equatable, Sendable {
    /// Standard input or output is not a terminal (a pipe, a file, no tty under cron).
    case notATerminal
    /// `TERM` is not set or empty.
    case noTerminalType
    /// ncurses has no terminfo entry for this `TERM`.
    case unknownTerminal(String)

    /// What went wrong and what to do next.
    public func message(_ language: Language) -> String {
        switch self {
        case .notATerminal:
            Translation(
                nn: "Møteskjermen treng ein terminal: standard inn og ut kan ikkje vere ei fil eller eit røyr.",
                nb: "Møteskjermen trenger en terminal: standard inn og ut kan ikke være en fil eller et rør.",
                en: "The meeting screen needs a terminal: standard input and output cannot be a file or a pipe.")[language]
        case .noTerminalType:
            Translation(
                nn: "TERM er ikkje sett, så runde veit ikkje kva terminal dette er. Prøv TERM=xterm-256color.",
                nb: "TERM er ikke satt, så runde vet ikke hvilken terminal dette er. Prøv TERM=xterm-256color.",
                en: "TERM is not set, so runde cannot tell what terminal this is. Try TERM=xterm-256color.")[language]
        case .unknownTerminal(let type):
            Translation(
                nn: "Terminaltypen «\(type)» (TERM) er ukjend på denne maskina. Prøv TERM=xterm-256color.",
                nb: "Terminaltypen «\(type)» (TERM) er ukjent på denne maskinen. Prøv TERM=xterm-256color.",
                en: "The terminal type \"\(type)\" (TERM) is unknown on this machine. Try TERM=xterm-256color.")[language]
        }
    }

    static func localeWarning(asked: String, fellBack: Bool) -> Translation {
        fellBack
            ? Translation(
                nn: "Språkoppsettet \(asked) finst ikkje her eller er ikkje UTF-8, så runde brukte C.UTF-8 for skjermen. Vel ein UTF-8-locale frå `locale -a`.",
                nb: "Språkoppsettet \(asked) finnes ikke her eller er ikke UTF-8, så runde brukte C.UTF-8 for skjermen. Velg en UTF-8-locale fra `locale -a`.",
                en: "The locale \(asked) is not installed here or not UTF-8, so runde used C.UTF-8 for the screen. Choose a UTF-8 locale from `locale -a`.")
            : Translation(
                nn: "Språkoppsettet \(asked) finst ikkje her eller er ikkje UTF-8, og ingen UTF-8-locale er installert: æ, ø og å vart borte på skjermen.",
                nb: "Språkoppsettet \(asked) finnes ikke her eller er ikke UTF-8, og ingen UTF-8-locale er installert: æ, ø og å ble borte på skjermen.",
                en: "The locale \(asked) is not installed here or not UTF-8, and no UTF-8 locale is: æ, ø and å were missing on screen.")
    }
}
