#include "runde_json.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <simdjson.h>
#include <vector>

struct runde_json_reader {
    simdjson::dom::parser parser;
    /// The text copied with the zero padding simdjson reads past its end.
    std::vector<uint8_t> padded;
    std::vector<runde_json_value> values;
};

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

void append_string(std::vector<runde_json_value> &values, std::string_view text) {
    runde_json_value value{};
    value.kind = RUNDE_JSON_STRING;
    value.text = text.data();
    value.count = static_cast<uint32_t>(text.size());
    value.end = static_cast<uint32_t>(values.size() + 1);
    values.push_back(value);
}

/// Whether the object at `object`, already laid out in `values` with its `count` members, names
/// one key twice: JSONDecoder has its own rule for which one counts. A line's objects have a
/// few members, compared pairwise without allocating; a larger one is sorted.
bool has_duplicate_keys(const std::vector<runde_json_value> &values, size_t object, uint32_t count) {
    std::string_view few[16];
    std::vector<std::string_view> many;
    std::string_view *keys = few;
    if (count > 16) {
        many.resize(count);
        keys = many.data();
    }
    size_t at = object + 1;
    for (uint32_t i = 0; i < count; i++) {
        keys[i] = std::string_view(values[at].text, values[at].count);
        at = values[at + 1].end;
    }
    if (count > 16) {
        std::sort(many.begin(), many.end());
        return std::adjacent_find(many.begin(), many.end()) != many.end();
    }
    for (uint32_t i = 0; i < count; i++)
        for (uint32_t j = i + 1; j < count; j++)
            if (keys[i] == keys[j]) return true;
    return false;
}

/// Lays `json` out at the end of `values`; false for an object that names a key twice.
bool append(std::vector<runde_json_value> &values, element json) {
    size_t index = values.size();
    values.push_back(runde_json_value{});
    runde_json_value value{};
    switch (json.type()) {
    case element_type::OBJECT: {
        value.kind = RUNDE_JSON_OBJECT;
        // The object and array are held here: ranging over the result's value straight would
        // range over a temporary that is gone by the first member.
        simdjson::dom::object object = json.get_object().value_unsafe();
        for (auto member : object) {
            append_string(values, member.key);
            if (!append(values, member.value)) return false;
            value.count++;
        }
        if (has_duplicate_keys(values, index, value.count)) return false;
        break;
    }
    case element_type::ARRAY: {
        value.kind = RUNDE_JSON_ARRAY;
        simdjson::dom::array array = json.get_array().value_unsafe();
        for (element inner : array) {
            if (!append(values, inner)) return false;
            value.count++;
        }
        break;
    }
    case element_type::STRING: {
        std::string_view text = json.get_string().value_unsafe();
        value.kind = RUNDE_JSON_STRING;
        value.text = text.data();
        value.count = static_cast<uint32_t>(text.size());
        break;
    }
    case element_type::INT64:
        value.kind = RUNDE_JSON_INTEGER;
        value.number.integer = json.get_int64().value_unsafe();
        break;
    case element_type::UINT64:
        value.kind = RUNDE_JSON_UNSIGNED;
        value.number.unsigned_integer = json.get_uint64().value_unsafe();
        break;
    case element_type::DOUBLE:
        value.kind = RUNDE_JSON_REAL;
        value.number.real = json.get_double().value_unsafe();
        break;
    case element_type::BOOL:
        value.kind = json.get_bool().value_unsafe() ? RUNDE_JSON_TRUE : RUNDE_JSON_FALSE;
        break;
    case element_type::NULL_VALUE:
        value.kind = RUNDE_JSON_NULL;
        break;
    }
    value.end = static_cast<uint32_t>(values.size());
    values[index] = value;
    return true;
}

}  // namespace

extern "C" {

runde_json_reader *runde_json_reader_new(void) { return new (std::nothrow) runde_json_reader(); }

void runde_json_reader_free(runde_json_reader *reader) { delete reader; }

int runde_json_read(runde_json_reader *reader, const void *bytes, size_t length, const runde_json_value **values, size_t *count) {
    if (length > UINT32_MAX) return simdjson::CAPACITY;
    try {
        reader->padded.resize(length + simdjson::SIMDJSON_PADDING);
        std::memcpy(reader->padded.data(), bytes, length);
        std::memset(reader->padded.data() + length, 0, simdjson::SIMDJSON_PADDING);
        element root;
        auto error = reader->parser.parse(reader->padded.data(), length, false).get(root);
        if (error) return error;
        reader->values.clear();
        if (!append(reader->values, root)) return RUNDE_JSON_DUPLICATE_KEY;
    } catch (const std::bad_alloc &) {
        return simdjson::MEMALLOC;
    }
    *values = reader->values.data();
    *count = reader->values.size();
    return 0;
}

}
