// The lesson components MDX authors import: `import { Callout, Theorem } from '../../components/lesson';`
export { default as Callout } from './Callout.astro';
export { default as Definition } from './Definition.astro';
export { default as Theorem } from './Theorem.astro';
export { default as Legend } from './Legend.astro';
export { default as Term } from './Term.astro';
export { default as Recap } from './Recap.astro';
export { default as References } from './References.astro';
export { default as Ref } from './Ref.astro';
export { default as SourceExcerpt } from './SourceExcerpt.astro';
export { default as Questions } from './Questions.astro';
export { default as Question } from './Question.astro';
export { default as LessonLink } from './LessonLink.astro';
// Computed numbers: {math`…${x}…`} sets them inside a formula, {num(x)} in running text.
export { math, num } from './math.ts';
export { figures, places, sig } from '../../src/lib/typeset/texNumber.ts';
export { paren } from '../../src/lib/typeset/tex.ts';
export { default as LineFigure } from './LineFigure.astro';
