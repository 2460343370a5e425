// The ncursesw wide-character API for Swift. The defines must come before every include:
// SwiftPM drops them from pkg-config's flags (see NCURSES-NOTES.md §1).
#define _XOPEN_SOURCE 700
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros and globals Swift cannot import (or cannot read under strict concurrency).
static inline WINDOW *ncs_stdscr(void) { return stdscr; }
static inline int ncs_lines(void) { return LINES; }
static inline int ncs_cols(void) { return COLS; }
static inline attr_t ncs_a_bold(void) { return A_BOLD; }
static inline attr_t ncs_a_reverse(void) { return A_REVERSE; }
static inline attr_t ncs_a_dim(void) { return A_DIM; }
static inline attr_t ncs_a_underline(void) { return A_UNDERLINE; }
static inline mmask_t ncs_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t ncs_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t ncs_button1_clicks(void) { return BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON1_TRIPLE_CLICKED; }
static inline int ncs_colors(void) { return COLORS; }
static inline int ncs_color_pairs(void) { return COLOR_PAIRS; }
// newterm() takes FILE pointers; Glibc's stdin/stdout are globals Swift 6 cannot read.
static inline FILE *ncs_stdout(void) { return stdout; }
static inline FILE *ncs_stdin(void) { return stdin; }
