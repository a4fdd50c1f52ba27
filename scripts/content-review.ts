/**
 * npm run content:review [-- --today=YYYY-MM-DD]
 * Prints, grouped by caisse, a checklist of the content facts not checked against their source for 12 months
 * and of those still to confirm (src/domain/review.ts). Exits 1 when a fact is overdue, so that a scheduled
 * job can remind the editors; it is not part of `npm test` (a build never fails because time passed).
 */
import { content } from '../src/domain/content.ts';
import { formatReview, reviewContent } from '../src/domain/review.ts';

const option = process.argv.find((arg) => arg.startsWith('--today='));
const today = option ? option.slice('--today='.length) : new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`--today: expected YYYY-MM-DD, got "${today}"`);
  process.exit(2);
}
const review = reviewContent(content, today);
process.stdout.write(formatReview(review));
process.exit(review.overdue > 0 ? 1 : 0);
