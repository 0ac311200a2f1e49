// Demo booking page: lists the prefilled parameters the widget's booking link
// carried (name, e-mail, utm_*). Values are shown with textContent only.
const LABELS = {
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'E-mail',
  phone: 'Phone',
  utm_source: 'utm_source',
  utm_medium: 'utm_medium',
  utm_campaign: 'utm_campaign',
  utm_content: 'utm_content',
  utm_term: 'utm_term',
};
const MAX_ITEMS = 30;
const MAX_LENGTH = 200;

const list = document.getElementById('params');
const empty = document.getElementById('params-empty');
const params = [...new URLSearchParams(location.search)].slice(0, MAX_ITEMS);

// Known parameters first, in a fixed order; anything else after them.
const known = Object.keys(LABELS);
params.sort(([a], [b]) => rank(a) - rank(b));
function rank(key) {
  const i = known.indexOf(key);
  return i === -1 ? known.length : i;
}

for (const [key, value] of params) {
  const dt = document.createElement('dt');
  dt.textContent = LABELS[key] ?? key.slice(0, 40);
  const dd = document.createElement('dd');
  dd.textContent = value.length > MAX_LENGTH ? `${value.slice(0, MAX_LENGTH)}…` : value;
  dd.dataset.param = key;
  list.append(dt, dd);
}
if (params.length > 0) {
  list.hidden = false;
  empty.hidden = true;
}
