// The same test the server makes (PatientIdentifiers): a personnummer or samordningsnummer, 10 or
// 12 digits, with or without a separator, with a valid check digit. The page warns kindly before
// sending; the server still decides.

const CANDIDATE = /(?<!\d)(\d{2})?(\d{6})[-+]?(\d{4})(?!\d)/g;

function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function plausibleDate(six) {
  const month = Number(six.slice(2, 4));
  let day = Number(six.slice(4, 6));
  if (day > 60) day -= 60;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function containsIdentityNumber(text) {
  if (!text) return false;
  for (const match of text.matchAll(CANDIDATE)) {
    const ten = match[2] + match[3];
    if (plausibleDate(match[2]) && luhn(ten)) return true;
  }
  return false;
}

export function isIdentityNumber(text) {
  const trimmed = (text || '').trim();
  const match = /^(\d{2})?(\d{6})[-+]?(\d{4})$/.exec(trimmed);
  return Boolean(match && plausibleDate(match[2]) && luhn(match[2] + match[3]));
}
