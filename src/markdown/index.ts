/**
 * Render-time Markdown plugins of the site. See README.md in this folder.
 */
export { remarkMentionLinks, createMentionMatcher, findMentions, linkMentions } from './mention-links.ts';
export type { MentionLinksOptions, MentionMatcher, Mention, MentionEntity } from './mention-links.ts';
export { remarkFigureMarks, describeFigure, figureRanges } from './figure-marks.ts';
export type { FigureMarksOptions, FigureMark, FigureNote, MarkedFigure } from './figure-marks.ts';
export { satteriPlugin, satteriTransformers } from './satteri.ts';
export { markdownFingerprint } from './fingerprint.ts';
export type { SatteriAdapterOptions, SatteriMdastPlugin, SatteriMdastContext } from './satteri.ts';
