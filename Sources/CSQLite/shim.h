// SQLite from the system (Debian's libsqlite3-dev), built with FTS5.
#include <sqlite3.h>

/// SQLITE_TRANSIENT, a macro Swift cannot import: SQLite copies a bound value before the call returns.
static inline sqlite3_destructor_type runde_sqlite_transient(void) { return SQLITE_TRANSIENT; }
