// The accessibility statement that the law on accessibility of digital public services
// (DOS-lagen, 2018:1937) asks for, with a way to report a problem. Readable without signing in.

import { h } from '../dom.js';
import { t } from '../i18n.js';

export default async function accessibility() {
  const paragraphs = (...keys) => keys.map((key) => h('p', {}, t(key)));
  return {
    title: t('a11y.title'),
    content: h('div', { class: 'prose-page' },
      h('h1', {}, t('a11y.title')),
      paragraphs('a11y.intro.1', 'a11y.intro.2'),
      h('h2', {}, t('a11y.status')),
      paragraphs('a11y.status.1', 'a11y.status.2'),
      h('h2', {}, t('a11y.known')),
      h('ul', {}, ['a11y.known.1', 'a11y.known.2'].map((key) => h('li', {}, t(key)))),
      h('h2', {}, t('a11y.report')),
      h('p', {}, t('a11y.report.1'), ' ',
        h('a', { href: `mailto:${t('a11y.report.address')}` }, t('a11y.report.address')), '.'),
      h('p', {}, t('a11y.report.2')),
      h('h2', {}, t('a11y.supervision')),
      h('p', {}, t('a11y.supervision.1'), ' ', h('a', { href: 'https://www.digg.se/tdosanmalan' }, t('a11y.supervision.link')), '.'),
      h('h2', {}, t('a11y.how')),
      h('p', {}, t('a11y.how.1')),
      h('p', { class: 'hint' }, t('a11y.updated'))),
  };
}
