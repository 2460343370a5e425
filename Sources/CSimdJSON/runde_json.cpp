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

/// Whether `keys` names one key twice: JSONDecoder has its own rule for which one counts.
bool has_duplicates(std::vector<std::string_view> &keys) {
    if (keys.size() <= 16) {
        for (size_t i = 0; i < keys.size(); i++)
            for (size_t j = i + 1; j < keys.size(); j++)
                if (keys[i] == keys[j]) return true;
        return false;
    }
    std::sort(keys.begin(), keys.end());
    return std::adjacent_find(keys.begin(), keys.end()) != keys.end();
}

/// Lays `json` out at the end of `values`; false for an object that names a key twice.
bool append(std::vector<runde_json_value> &values, element json) {
    size_t index = values.size();
    values.push_back(runde_json_value{});
    runde_json_value value{};
    switch (json.type()) {
    case element_type::OBJECT: {
        value.kind = RUNDE_JSON_OBJECT;
        std::vector<std::string_view> keys;
        // The object and array are held here: ranging over the result's value straight would
        // range over a temporary that is gone by the first member.
        simdjson::dom::object object = json.get_object().value_unsafe();
        for (auto member : object) {
            keys.push_back(member.key);
            append_string(values, member.key);
            if (!append(values, member.value)) return false;
            value.count++;
        }
        if (has_duplicates(keys)) return false;
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
