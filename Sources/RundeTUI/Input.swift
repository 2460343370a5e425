/// A key as the screen's logic sees it, whatever the terminal sent.
public enum Key: Hashable, Sendable {
    case char(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    /// Ctrl+Left and Ctrl+Right (or Alt+b / Alt+f): a word back and forward.
    case wordLeft, wordRight
    /// Ctrl+Backspace (or Ctrl+W): delete the word before the cursor.
    case deleteWordBack
    /// A control key other than those above, by its letter: Ctrl+C is `.ctrl("c")`.
    case ctrl(Character)
    case function(Int)
}

/// What reaches the screen's logic from outside.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// Text the terminal marked as pasted (bracketed paste), line breaks as `"\n"`. It goes
    /// into the open text field, if any, and is never taken as keys.
    case paste(String)
    case resize(Size)
    /// A left click at a cell.
    case click(Point)
}
