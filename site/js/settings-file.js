// Settings as a JSON file: what "Download settings" writes and "Load settings"
// accepts. parseSettings never throws; it returns every problem it found.
import { OPTIONS, checkOption, checkUrl } from './options.js';

export const FORMAT = 'backcheck-settings';
export const VERSION = 1;
export const MAX_FILE_BYTES = 64 * 1024;

export function serializeSettings(settings, widgetHost) {
  const attributes = {};
  for (const { name, type } of OPTIONS) {
    const value = settings[name];
    if (type === 'bool') attributes[name] = value === true;
    else if (typeof value === 'string' && value.trim()) attributes[name] = value.trim();
  }
  return `${JSON.stringify({ format: FORMAT, version: VERSION, widgetHost, attributes }, null, 2)}\n`;
}

/** @returns {{ settings?: object, widgetHost?: string, errors: string[] }} */
export function parseSettings(text) {
  if (text.length > MAX_FILE_BYTES) return { errors: [`The file is larger than ${MAX_FILE_BYTES / 1024} KB; a settings file is much smaller.`] };
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { errors: [`The file is not valid JSON (${error.message}).`] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { errors: ['The file must hold one JSON object.'] };
  if (data.format !== FORMAT) return { errors: [`This is not a backcheck settings file ("format" must be "${FORMAT}").`] };
  if (data.version !== VERSION) return { errors: [`Settings version ${JSON.stringify(data.version)} is not supported; this page reads version ${VERSION}.`] };

  const errors = [];
  const attributes = data.attributes;
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) {
    return { errors: ['"attributes" must be an object of widget settings.'] };
  }
  const known = new Map(OPTIONS.map((o) => [o.name, o]));
  const settings = {};
  for (const [name, value] of Object.entries(attributes)) {
    const option = known.get(name);
    if (!option) {
      errors.push(`Unknown setting "${name}".`);
      continue;
    }
    const problem = checkOption(option, value);
    if (problem) errors.push(`${name}: ${problem}`);
    else settings[name] = value;
  }
  for (const option of OPTIONS) {
    if (option.required && !(option.name in attributes)) errors.push(`${option.name}: This is required.`);
  }
  let widgetHost;
  if (data.widgetHost !== undefined) {
    const problem = typeof data.widgetHost === 'string' ? checkUrl(data.widgetHost) : 'Use text here.';
    if (problem) errors.push(`widgetHost: ${problem}`);
    else widgetHost = data.widgetHost;
  }
  return errors.length ? { errors } : { settings, widgetHost, errors };
}
