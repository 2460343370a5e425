// libFuzzer's entry point (NCURSES-NOTES.md §6). Only declarations here: built with
// `--sanitize=fuzzer` this file is compiled as a library and libFuzzer supplies `main`; in a
// normal build the program does nothing. Run it with `make fuzz`.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.selected.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
