// HTML validation of every built page (tests/e2e/site-html.spec.ts): conformance to the HTML
// standard and document-level rules, plus the few checks that matter for this site.
export default {
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    // Every script is served by the site itself; SRI guards against a third-party CDN we do not use.
    'require-sri': 'off',
    // The speaker view shows the current and the next slide, each with its own <h1>; HTML allows it.
    'heading-level': ['error', { allowMultipleH1: true }],
    // The Content-Security-Policy blocks style="…" attributes, so none may be written.
    'no-inline-style': 'error',
    'wcag/h37': 'error',
    'no-dup-class': 'error',
    'no-implicit-close': 'error',
    'close-order': 'error',
  },
};
