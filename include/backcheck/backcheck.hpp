// Public API of the backcheck screening core.
//
// Every entry point takes and returns JSON text and never throws: problems with
// the input are reported inside the returned document (`errors[]`), so the same
// functions can sit behind a command-line tool, a WebAssembly binding or a test.
#pragma once

#include <string>
#include <string_view>

namespace backcheck {

// Version of the core, reported as `coreVersion` in every result.
std::string coreVersion();

// Evaluates the visitor's answers (input schema, docs/input.schema.json) and
// returns the result document: triage, findings, scores, plan, errors.
std::string evaluate(std::string_view answersJson);

// Checks the answers without evaluating them: {"valid": bool, "errors": [...]}.
std::string validate(std::string_view answersJson);

// The protocol (steps, questions, answer options, ranges, red flags) as JSON,
// from which the widget renders its steps.
std::string protocol();

}  // namespace backcheck
