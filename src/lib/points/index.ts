export * from './types';
export { compose, plainText } from './compose';
export { talkingPoints, choosePoints, byStrength, MAX_POINTS } from './build';
export { rowTexts } from './row-texts';
export { notePoints, type NotedPoint, type PointNote } from './notes';
export { pointsPlainText, pointsHtml, pointsMarkdown, segmentsHtml } from './render';
export { pointsInput, pointsScope, type PointsTables } from './input';
export { profileRegionRows } from './region-rows';
