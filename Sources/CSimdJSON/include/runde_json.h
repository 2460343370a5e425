#ifndef RUNDE_JSON_H
#define RUNDE_JSON_H

// A C face on Debian's simdjson (libsimdjson-dev), which is C++: it parses one JSON text and
// lays its values out flat, in document order, for RundeCore's `Decoder` over them.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    RUNDE_JSON_NULL,
    RUNDE_JSON_FALSE,
    RUNDE_JSON_TRUE,
    RUNDE_JSON_INTEGER,
    /// An integer above INT64_MAX.
    RUNDE_JSON_UNSIGNED,
    RUNDE_JSON_REAL,
    RUNDE_JSON_STRING,
    RUNDE_JSON_ARRAY,
    RUNDE_JSON_OBJECT,
} runde_json_kind;

/// One value. An array is followed by its elements, an object by its members, each a string
/// value (the key) and then the member's value; `end` is the index just after the last of them.
typedef struct {
    /// A string's UTF-8 bytes, unescaped and checked (not NUL-terminated; may hold NUL).
    const char *text;
    union {
        int64_t integer;
        uint64_t unsigned_integer;
        double real;
    } number;
    /// A string's bytes, an array's elements or an object's members.
    uint32_t count;
    uint32_t end;
    uint8_t kind;
} runde_json_value;

/// What `runde_json_read` returns for an object that names a key twice (simdjson's own error
/// codes are smaller).
#define RUNDE_JSON_DUPLICATE_KEY 1000

typedef struct runde_json_reader runde_json_reader;

runde_json_reader *runde_json_reader_new(void);
void runde_json_reader_free(runde_json_reader *reader);

/// Parses `length` bytes as one JSON text. On success sets `values` and `count` (valid until the
/// reader's next read) and returns 0; otherwise simdjson's error code or
/// RUNDE_JSON_DUPLICATE_KEY.
int runde_json_read(runde_json_reader *reader, const void *bytes, size_t length, const runde_json_value **values, size_t *count);

#ifdef __cplusplus
}
#endif

#endif
