#include "side_answers.hpp"

#include <cstring>

namespace backcheck::detail {
namespace {

using json = JsonValue;

// A side's keys: the method, the qualitative key, and the degree keys.
struct SideKeys {
  const char* qualitative;
  const char* degrees[2];
};

constexpr SideKeys kRotationKeys{"compare", {"internalDegrees", "externalDegrees"}};
constexpr SideKeys kExtensionKeys{"thigh", {"degrees", nullptr}};

bool isDegreeKey(const SideKeys& keys, std::string_view key) {
  for (const char* name : keys.degrees) {
    if (name != nullptr && key == name) return true;
  }
  return false;
}

// The member `key` (readSideShape checked it is there), else a null value.
const json& member(const json& object, const char* key) {
  static const json kNull;
  const json* found = object.find(key);
  return found != nullptr ? *found : kNull;
}

// Checks the object, its keys against the method, and reads the method.
// Returns false when the side cannot be used.
bool readSideShape(const SideKeys& keys, const json& value, const JsonPath& path, Method& method,
                   ErrorList& errors) {
  if (!value.isObject()) {
    errors.add("wrong_type", path, "Expected an object.");
    return false;
  }
  const json* found = value.find("method");
  if (found == nullptr) {
    errors.add("missing_field", path.child("method"), "method is required.");
    return false;
  }
  const int index = readOption(*found, path.child("method"), methodNames(), errors);
  if (index < 0) return false;
  method = static_cast<Method>(index);
  const bool qualitative = method == Method::Compare;
  bool ok = true;
  bool hasAnswer = false;
  for (const json& entry : value.items) {
    const std::string_view key = entry.key;
    if (key == "method") continue;
    const bool isQualitative = key == keys.qualitative;
    if (!isQualitative && !isDegreeKey(keys, key)) {
      errors.add("unknown_field", path.child(key), "Unknown field.");
      ok = false;
    } else if (isQualitative != qualitative) {
      errors.add("field_not_for_method", path.child(key), "Not used with this method.");
      ok = false;
    } else {
      hasAnswer = true;
    }
  }
  if (!hasAnswer) {
    const char* expected = qualitative ? keys.qualitative : keys.degrees[0];
    errors.add("missing_field", path.child(expected), "This method needs an answer.");
    ok = false;
  }
  return ok;
}

bool readDegrees(const Question& question, const json& side, const JsonPath& path, const char* key,
                 std::optional<double>& out, ErrorList& errors) {
  const json* found = side.find(key);
  if (found == nullptr) return true;
  double degrees = 0;
  if (!readNumberInRange(*found, path.child(key), question.minInclusive, question.maxInclusive,
                         false, degrees, errors)) {
    return false;
  }
  out = degrees;
  return true;
}

}  // namespace

std::optional<HipRotation> readHipRotation(const Question& question, const json& value,
                                           const JsonPath& path, ErrorList& errors) {
  HipRotation rotation;
  if (!readSideShape(kRotationKeys, value, path, rotation.method, errors)) return std::nullopt;
  if (rotation.method == Method::Compare) {
    const int index =
        readOption(member(value, "compare"), path.child("compare"), question.options, errors);
    if (index < 0) return std::nullopt;
    rotation.compare = static_cast<RotationCompare>(index);
    return rotation;
  }
  const bool internalOk =
      readDegrees(question, value, path, "internalDegrees", rotation.internalDegrees, errors);
  const bool externalOk =
      readDegrees(question, value, path, "externalDegrees", rotation.externalDegrees, errors);
  if (!internalOk || !externalOk) return std::nullopt;
  return rotation;
}

std::optional<HipExtension> readHipExtension(const Question& question, const json& value,
                                             const JsonPath& path, ErrorList& errors) {
  HipExtension extension;
  if (!readSideShape(kExtensionKeys, value, path, extension.method, errors)) return std::nullopt;
  if (extension.method == Method::Compare) {
    const int index =
        readOption(member(value, "thigh"), path.child("thigh"), question.options, errors);
    if (index < 0) return std::nullopt;
    extension.thigh = static_cast<ThighPosition>(index);
    return extension;
  }
  if (!readDegrees(question, value, path, "degrees", extension.degrees, errors)) {
    return std::nullopt;
  }
  return extension;
}

}  // namespace backcheck::detail
