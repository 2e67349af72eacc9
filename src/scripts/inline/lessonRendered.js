// Inlined by LessonLayout (minified at build time): skip off-screen blocks only after each has
// been laid out once (see the layout's style).
addEventListener('load', () =>
  requestAnimationFrame(() =>
    requestAnimationFrame(() => document.documentElement.classList.add('lesson-rendered')),
  ),
);
