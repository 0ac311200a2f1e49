// A small strict JSON reader (RFC 8259) for the answers: no exceptions, no
// strtod/printf (each would link ~7 KB of soft-float and formatting code into
// the WebAssembly module), recursion bounded by a depth limit.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace backcheck::detail {

// One parsed value. Object members are kept sorted by key (byte order): the
// order nlohmann's std::map made, so errors come out in the same order as before.
struct JsonValue {
  enum class Kind : unsigned char { Null, Boolean, Unsigned, Signed, Float, String, Array, Object };

  Kind kind = Kind::Null;
  bool boolean = false;
  std::uint64_t integer = 0;  // Unsigned: the value; Signed: the int64 bits
  double number = 0;          // every number kind, as a double
  // Strings are views: into the parsed text, or (for the rare string with an
  // escape) into `decoded` of the document's root. Each std::string was a
  // malloc per key longer than the small-string buffer (10 bytes in
  // WebAssembly's libc++), a tenth of an evaluate() call there.
  std::string_view text;                         // String: the value (UTF-8)
  std::string_view key;                          // set on object members
  std::vector<JsonValue> items;                  // Array items or Object members
  std::vector<std::unique_ptr<char[]>> decoded;  // root only: unescaped strings

  bool isObject() const { return kind == Kind::Object; }
  bool isArray() const { return kind == Kind::Array; }
  bool isString() const { return kind == Kind::String; }
  bool isNumber() const {
    return kind == Kind::Unsigned || kind == Kind::Signed || kind == Kind::Float;
  }
  bool isInteger() const { return kind == Kind::Unsigned || kind == Kind::Signed; }
  // The member named `name`, or nullptr.
  const JsonValue* find(std::string_view name) const;
};

// Why a text was refused. A key written twice in one object (in a safety
// check the second `safety` must not silently replace the first) and a number
// this reader cannot round correctly are refused, with the JSON pointer
// (RFC 6901) of the key or the number.
enum class JsonFault : unsigned char { None, Syntax, DuplicateKey, InexactNumber };
struct JsonParse {
  JsonFault fault = JsonFault::None;
  std::string path;  // DuplicateKey, InexactNumber: where
  bool ok() const { return fault == JsonFault::None; }
};

// Parses `text` (the whole text, surrounding whitespace allowed, one leading
// UTF-8 BOM skipped as nlohmann does); `text` must outlive `out`, whose
// strings are views into it. Syntax: any syntax error, nesting deeper than
// `maxDepth`, a number beyond double's range; a syntax error anywhere wins
// over a duplicate key or an inexact number.
JsonParse parseJson(std::string_view text, int maxDepth, JsonValue& out);

}  // namespace backcheck::detail
