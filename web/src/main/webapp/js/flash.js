// A message that outlives one re-render ("The case is acknowledged"), shown once at the top.

let message = null;

export function flash(text) {
  message = text;
}

export function take() {
  const text = message;
  message = null;
  return text;
}
