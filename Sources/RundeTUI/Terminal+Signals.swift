// Signals: SIGINT, SIGTERM and SIGHUP only set a flag the run loop polls; a crash restores the
// tty before the Swift backtracer prints (NCURSES-NOTES.md §3). Handlers are installed before
// ncurses starts, so ncurses leaves SIGINT and SIGTERM to us.

import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Terminal {
    /// The stop signal (SIGINT, SIGTERM or SIGHUP) that arrived since the terminal started, if
    /// any. The run loop polls it, calls ``end()`` and exits with status 128 + the signal.
    ///
    /// With `raw()` a typed Ctrl-C is a key (`.ctrl("c")`), not a signal; this reports `kill`,
    /// a closed terminal window and the like.
    public var pendingSignal: Int32? {
        let signal = pendingSignalFlag.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }
}

/// The last stop signal that arrived; 0 for none. Written only by the handler.
private let pendingSignalFlag = Atomic<Int32>(0)

/// Set by the first crash handler to run, so a second crashing thread writes nothing more.
private let crashReported = Atomic<Bool>(false)

/// What a crash handler needs, prepared beforehand: a handler may not allocate or take locks.
private struct CrashRecord {
    /// The tty settings from before ncurses changed them.
    var saved = termios()
    var hasSaved = false
    /// The bytes to write to fd 2: reset the screen modes, then the caller's message.
    var message = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    /// The dispositions ours replaced, indexed by signal number.
    var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
}

// Swift 6 counts a global unsafe pointer as shared mutable state. The record it points at is
// written only by `SignalHandlers` on the main actor while none of our handlers is installed,
// and only read by the handlers, so no access races with a write.
nonisolated(unsafe) private let crashRecord: UnsafeMutablePointer<CrashRecord> = {
    let record = UnsafeMutablePointer<CrashRecord>.allocate(capacity: 1)
    record.initialize(to: CrashRecord())
    return record
}()

/// Installs and removes runde's signal handlers; used only by ``Terminal``.
@MainActor
enum SignalHandlers {
    /// Signals that ask runde to stop: the handler records them for the run loop.
    static let stops: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// Signals of a crash: the handler restores the tty, then hands over to the backtracer.
    static let crashes: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    private static var installed = false

    /// Saves the tty settings of fd 0 and installs the handlers. Call before ncurses starts.
    ///
    /// - Parameter crashMessage: printed to fd 2 after a crash, once the tty is restored.
    static func install(crashMessage: String) {
        guard !installed else { return }
        installed = true
        let record = crashRecord
        record.pointee.hasSaved = tcgetattr(0, &record.pointee.saved) == 0
        // Leave the alternate screen, show the cursor, reset attributes, stop mouse reports,
        // keypad-transmit mode and bracketed paste: what ncurses' endwin and Terminal.end
        // would have undone.
        let reset =
            "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?1l\u{1B}>"
            + Terminal.bracketedPasteOff + "\r\n"
        let text = reset + crashMessage.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        let bytes = Array((crashMessage.isEmpty ? reset : text + "\r\n").utf8)
        record.pointee.message.deallocate()
        record.pointee.message = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = record.pointee.message.initialize(from: bytes)

        var stop = sigaction()
        setHandler(&stop) { signal in pendingSignalFlag.store(signal, ordering: .relaxed) }
        // No SA_RESTART: a signal interrupts the wait for input, so the loop sees it at once.
        stop.sa_flags = 0
        for signal in stops {
            sigaction(signal, &stop, record.pointee.previous + Int(signal))
        }

        var crash = sigaction()
        sigemptyset(&crash.sa_mask)
        let onCrash: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { number, info, _ in
            let record = crashRecord
            if record.pointee.hasSaved {
                _ = tcsetattr(0, TCSANOW, &record.pointee.saved)
            }
            if !crashReported.exchange(true, ordering: .relaxed) {
                _ = write(2, record.pointee.message.baseAddress, record.pointee.message.count)
            }
            let code = info?.pointee.si_code ?? 0
            if code == 0 {
                // SI_USER: another process sent it (`kill -SEGV`). There is no fault to report,
                // and the backtracer would let the process run on with the tty restored: die.
                _ = signal(number, SIG_DFL)
                _ = raise(number)
                return
            }
            // Hand over to whoever had the signal before (the Swift backtracer). A fault
            // happens again when this returns; a trap or an abort (si_code < 0: raise,
            // abort) has to be raised again.
            _ = sigaction(number, record.pointee.previous + Int(number), nil)
            if number == SIGTRAP || code < 0 {
                _ = raise(number)
            }
        }
        #if canImport(Glibc)
            crash.__sigaction_handler.sa_sigaction = onCrash
        #else
            crash.__sigaction_u.__sa_sigaction = onCrash
        #endif
        // SA_ONSTACK: use the alternate stack, if the thread has one, after a stack overflow.
        // (Not SA_RESETHAND: its value 0x80000000 traps in `Int32(_:)`.)
        crash.sa_flags = Int32(SA_SIGINFO | SA_ONSTACK)
        for signal in crashes {
            sigaction(signal, &crash, record.pointee.previous + Int(signal))
        }
    }

    /// Puts back the dispositions ``install(crashMessage:)`` replaced. Call after ncurses ended.
    static func uninstall() {
        guard installed else { return }
        installed = false
        for signal in stops + crashes {
            sigaction(signal, crashRecord.pointee.previous + Int(signal), nil)
        }
    }

    private static func setHandler(_ action: inout sigaction, _ handler: @convention(c) (Int32) -> Void) {
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
    }
}
