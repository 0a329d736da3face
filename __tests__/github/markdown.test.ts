// The one taming of model text: what GitHub would render as a ping, hidden HTML or a fetched image
// in prose is defused; code GitHub surely shows as code keeps its text, but never our markers.
import { describe, expect, it } from 'vitest'
import { codeBlock, codeSpan, tameModelText } from '../../src/github/markdown.js'

describe('tameModelText', () => {
  it('defuses mentions, raw HTML and images in prose', () => {
    const tamed = tameModelText(
      'Hi @octocat <!-- x --> <img src="http://e/x?d=1"> ![a](http://e/p?d=1) ![r][ref]',
    )
    expect(tamed).toBe(
      'Hi @\u200doctocat &lt;!-- x --> &lt;img src="http://e/x?d=1"> !\\[a](http://e/p?d=1) !\\[r][ref]',
    )
  })

  it('keeps code as it is, except our own markers', () => {
    const text =
      'run `npm i @types/node` then\n\n```html\n<img src=x> <!-- note -->\n<!-- codex-pr-action:tracking run=1 -->\n```\n'
    const tamed = tameModelText(text)
    expect(tamed).toContain('`npm i @types/node`')
    expect(tamed).toContain('<img src=x> <!-- note -->')
    expect(tamed).not.toContain('<!-- codex-pr-action')
    expect(tamed).toContain('<!\u200d-- codex-pr-action:tracking run=1 -->')
  })

  it('tames what only looks like code to a naive reading', () => {
    // Escaped backticks open no code span, and `~~~` mid-line opens no fence, on GitHub.
    expect(tameModelText('\\`<!-- hidden -->\\`')).toBe('\\`&lt;!-- hidden -->\\`')
    expect(tameModelText('see ~~~ <img src=http://e/t.png> ~~~')).toBe(
      'see ~~~ &lt;img src=http://e/t.png> ~~~',
    )
  })

  it('leaves comparisons alone, and in plain texts disarms the same hazards invisibly', () => {
    expect(tameModelText('a < b and x<3, done!')).toBe('a < b and x<3, done!')
    expect(tameModelText('Fix @octocat <b> ![x](y) <!-- h -->', 'plain')).toBe(
      'Fix @\u200doctocat <\u200db> !\u200d[x](y) <\u200d!-- h -->',
    )
    expect(tameModelText('<!-- codex-pr-action -->', 'plain')).not.toContain('<!-- codex-pr-action')
  })

  it('breaks our markers in the code the harness builds', () => {
    expect(codeSpan('<!-- codex-pr-action:approval-state v1 x -->')).not.toContain('<!-- codex-pr-action')
    expect(codeBlock('<!-- codex-pr-action -->')).not.toContain('<!-- codex-pr-action')
  })
})
